"""A parsed page as a readable German summary (``rvr-watch parse --format text``)."""

from __future__ import annotations

import datetime as dt

from scraper.model import Event, Page

WEEKDAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
SECTIONS = (
    ("upcoming", "Nächste Termine"),
    ("cancelled", "Abgesagt"),
    ("past", "Rückblick"),
)


def format_when(event: Event) -> str:
    """``Do., 27.11.2025, 17:00–19:00 Uhr`` (only what the page states)."""
    when = f"{WEEKDAYS[event.date.weekday()]}, {event.date:%d.%m.%Y}"
    last_day = event.end.date() if event.end else None
    if last_day and last_day != event.date:
        when += f" – {WEEKDAYS[last_day.weekday()]}, {last_day:%d.%m.%Y}"
    if event.start:
        when += f", {_clock(event.start)}"
        if event.end and event.end != event.start:
            when += f"–{_clock(event.end)}"
        when += " Uhr"
    return when


def render_page_text(page: Page) -> str:
    """The page's series, events by section, and contacts, as plain German text."""
    lines = [page.series.title]
    if page.series.subtitle:
        lines.append(page.series.subtitle)
    lines.append(f"Quelle: {page.url}")
    for status, heading in SECTIONS:
        events = [event for event in page.events if event.status == status]
        if status == "upcoming" or events:
            lines += ["", f"{heading} ({len(events)})"]
            lines += [line for event in events for line in _event_lines(event)]
            if not events:
                lines.append("  (keine angekündigt)")
    if page.contacts:
        lines += ["", "Kontakt"]
        for contact in page.contacts:
            parts = [contact.name, contact.email, contact.phone]
            lines.append("  " + ", ".join(part for part in parts if part))
    return "\n".join(lines) + "\n"


def _event_lines(event: Event) -> list[str]:
    lines = [f"  {format_when(event)} — {event.title}"]
    if event.location and event.location.text:
        lines.append(f"    Ort: {event.location.text}")
    if event.audience:
        lines.append(f"    Zielgruppe: {event.audience}")
    if event.note:
        lines.append(f"    Hinweis: {event.note}")
    for link in event.links:
        size = f" ({link.size})" if link.size else ""
        lines.append(f"    {link.label}: {link.url}{size}")
    return lines


def _clock(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"
