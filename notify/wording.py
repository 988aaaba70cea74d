"""The words of messages in German and English, and how dates, times and values read."""

from __future__ import annotations

import datetime as dt
from typing import Literal
from zoneinfo import ZoneInfo

from scraper.model import Event

Language = Literal["de", "en"]

_DE: dict[str, str] = {
    "new_date": "Neuer Termin",
    "rescheduled": "Termin verschoben",
    "updated": "Termin geändert",
    "cancelled": "Termin abgesagt",
    "removed": "Termin entfernt",
    "concluded": "Veranstaltung abgeschlossen",
    "monitor_error": "Seite nicht erreichbar",
    "monitor_recovered": "Seite wieder erreichbar",
    "lead_new_date": "Auf der Seite steht ein neuer Termin.",
    "lead_rescheduled": "Dieser Termin findet zu einer anderen Zeit statt.",
    "lead_updated": "Die Angaben zu diesem Termin haben sich geändert.",
    "lead_cancelled": "Dieser Termin wurde abgesagt. Er findet nicht statt.",
    "lead_removed": (
        "Ein Termin steht nicht mehr auf der Seite, ohne als abgesagt markiert zu sein. "
        "Bitte prüfen Sie die Seite."
    ),
    "lead_concluded": "Eine Veranstaltung ist vorüber und steht nun im Rückblick.",
    "lead_monitor_error": (
        "Die Seite „{page}“ kann seit {since} nicht geprüft werden "
        "({failures} fehlgeschlagene Prüfungen in Folge)."
    ),
    "lead_monitor_recovered": (
        "Die Seite „{page}“ wird wieder erfolgreich geprüft. Sie war seit {since} "
        "nicht erreichbar ({failures} fehlgeschlagene Prüfungen)."
    ),
    "while_down": (
        "Solange die Seite nicht erreichbar ist, werden keine Änderungen erkannt. "
        "Sie erhalten eine Nachricht, sobald sie wieder funktioniert."
    ),
    "last_error": "Letzter Fehler",
    "what_changed": "Was sich geändert hat:",
    "schedule": "Wann",
    "date": "Datum",
    "time": "Uhrzeit",
    "audience": "Zielgruppe",
    "note": "Hinweis",
    "none": "keine Angabe",
    "ics_name": "termin",
    "ics_names": "termine",
    "field_date": "Datum",
    "field_start": "Beginn",
    "field_end": "Ende",
    "field_title": "Titel",
    "field_venue": "Veranstaltungsort",
    "field_street": "Straße",
    "field_postcode": "Postleitzahl",
    "field_city": "Stadt",
    "field_location": "Wo",
    "field_audience": "Zielgruppe",
    "field_links": "Links",
    "field_status": "Status",
    "field_note": "Hinweis",
    "field_summary": "Zusammenfassung",
    "status_upcoming": "angekündigt",
    "status_past": "im Rückblick",
    "status_cancelled": "abgesagt",
    "changes": "{count} Änderungen",
    "when": "Wann",
    "where": "Wo",
    "for_whom": "Zielgruppe",
    "links": "Links",
    "untitled": "(ohne Titel)",
    "was": "bisher",
    "now": "jetzt",
    "badge_cancelled": "ABGESAGT",
    "open_page": "Zur Seite „{page}“",
    "open_pages": "Seiten",
    "more_changes": "… und {count} weitere Änderungen – alle stehen auf der Seite.",
    "why": (
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite "
        "„{page}“ eingetragen ist."
    ),
    "why_kinds": (
        "Sie erhalten diese Nachricht, weil Ihre Adresse bei rvr-watch für die Seite "
        "„{page}“ eingetragen ist, für: {kinds}."
    ),
    "stop_link": "Keine Nachrichten mehr erhalten: ",
    "stop_link_label": "abbestellen",
    "stop_ask": (
        "Wenn Sie keine Nachrichten mehr möchten, antworten Sie bitte dem Absender "
        "dieser Nachricht; er betreibt rvr-watch für Sie und trägt Sie aus."
    ),
    "detected": "Erkannt am {when} von rvr-watch.",
    "kinds_new_date": "neue Termine",
    "kinds_rescheduled": "verschobene Termine",
    "kinds_updated": "geänderte Angaben",
    "kinds_cancelled": "Absagen",
    "kinds_removed": "entfernte Termine",
    "kinds_concluded": "abgeschlossene Veranstaltungen",
    "kinds_monitor_error": "Störungen der Seite",
    "and": "und",
    "doc_pdf": "PDF",
}

_EN: dict[str, str] = {
    "new_date": "New date",
    "rescheduled": "Date moved",
    "updated": "Date updated",
    "cancelled": "Date cancelled",
    "removed": "Date removed",
    "concluded": "Event concluded",
    "monitor_error": "Page unreachable",
    "monitor_recovered": "Page reachable again",
    "lead_new_date": "A new date is listed on the page.",
    "lead_rescheduled": "This date now takes place at a different time.",
    "lead_updated": "The details of this date have changed.",
    "lead_cancelled": "This date has been cancelled. It will not take place.",
    "lead_removed": (
        "A date is no longer listed on the page, without being marked as cancelled. "
        "Please check the page."
    ),
    "lead_concluded": "An event is over and now listed in the review.",
    "lead_monitor_error": (
        "The page “{page}” could not be checked since {since} ({failures} failed checks in a row)."
    ),
    "lead_monitor_recovered": (
        "The page “{page}” is being checked successfully again. It had been unreachable "
        "since {since} ({failures} failed checks)."
    ),
    "while_down": (
        "While the page is unreachable, no changes are detected. "
        "You will get a message as soon as it works again."
    ),
    "last_error": "Last error",
    "what_changed": "What changed:",
    "schedule": "When",
    "date": "Date",
    "time": "Time",
    "audience": "Audience",
    "note": "Note",
    "none": "not stated",
    "ics_name": "event",
    "ics_names": "events",
    "field_date": "Date",
    "field_start": "Start",
    "field_end": "End",
    "field_title": "Title",
    "field_venue": "Venue",
    "field_street": "Street",
    "field_postcode": "Postcode",
    "field_city": "City",
    "field_location": "Where",
    "field_audience": "Audience",
    "field_links": "Links",
    "field_status": "Status",
    "field_note": "Note",
    "field_summary": "Summary",
    "status_upcoming": "announced",
    "status_past": "in the review",
    "status_cancelled": "cancelled",
    "changes": "{count} changes",
    "when": "When",
    "where": "Where",
    "for_whom": "Audience",
    "links": "Links",
    "untitled": "(untitled)",
    "was": "was",
    "now": "now",
    "badge_cancelled": "CANCELLED",
    "open_page": "Open “{page}”",
    "open_pages": "Pages",
    "more_changes": "… and {count} more changes – all of them are on the page.",
    "why": (
        "You receive this message because your address is subscribed in rvr-watch to "
        "the page “{page}”."
    ),
    "why_kinds": (
        "You receive this message because your address is subscribed in rvr-watch to "
        "the page “{page}”, for: {kinds}."
    ),
    "stop_link": "Stop these messages: ",
    "stop_link_label": "unsubscribe",
    "stop_ask": (
        "To stop these messages, please reply to the sender of this message; they run "
        "rvr-watch for you and will remove you."
    ),
    "detected": "Detected on {when} by rvr-watch.",
    "kinds_new_date": "new dates",
    "kinds_rescheduled": "moved dates",
    "kinds_updated": "changed details",
    "kinds_cancelled": "cancellations",
    "kinds_removed": "removed dates",
    "kinds_concluded": "concluded events",
    "kinds_monitor_error": "page outages",
    "and": "and",
    "doc_pdf": "PDF",
}

WORDS: dict[Language, dict[str, str]] = {"de": _DE, "en": _EN}

WEEKDAYS: dict[Language, tuple[str, ...]] = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS: dict[Language, tuple[str, ...]] = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def full_date(day: dt.date, language: Language) -> str:
    """``Donnerstag, 27. November 2025`` / ``Thursday, 27 November 2025``."""
    weekday = WEEKDAYS[language][day.weekday()]
    month = MONTHS[language][day.month - 1]
    if language == "de":
        return f"{weekday}, {day.day}. {month} {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


def short_date(day: dt.date, language: Language) -> str:
    """``27.11.2025`` / ``27 Nov 2025``."""
    if language == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1][:3]} {day.year}"


def clock(moment: dt.datetime, language: Language) -> str:
    """``17:00 Uhr`` / ``17:00``."""
    return f"{moment:%H:%M} Uhr" if language == "de" else f"{moment:%H:%M}"


def when_text(moment: dt.datetime, language: Language, *, with_day: bool) -> str:
    """A point in time: ``20.11.2025, 10:15 Uhr`` (``with_day`` adds the weekday)."""
    day = full_date(moment.date(), language) if with_day else short_date(moment.date(), language)
    return f"{day}, {clock(moment, language)}"


def when_rows(event: Event, language: Language, tz: ZoneInfo) -> list[tuple[str, str]]:
    """Date and (when known) time of an event as label/value rows, in ``tz``."""
    words = WORDS[language]
    start = event.start.astimezone(tz) if event.start else None
    end = event.end.astimezone(tz) if event.end else None
    if start is not None and end is not None and end.date() != start.date():
        days = f"{full_date(start.date(), language)} – {full_date(end.date(), language)}"
        times = (
            f"Beginn {clock(start, language)}, Ende {clock(end, language)}"
            if language == "de"
            else f"starts {clock(start, language)}, ends {clock(end, language)}"
        )
        return [(words["date"], days), (words["time"], times)]
    rows = [(words["date"], full_date(event.date, language))]
    if start is not None and end is not None:
        rows.append((words["time"], f"{start:%H:%M}–{clock(end, language)}"))
    elif start is not None:
        since = "ab" if language == "de" else "from"
        rows.append((words["time"], f"{since} {clock(start, language)}"))
    return rows


def format_value(field: str, value: object, language: Language, tz: ZoneInfo) -> str:
    """A changed field's old or new value (JSON-able) as a person reads it."""
    if value is None or value in ("", [], {}):
        return WORDS[language]["none"]
    try:
        if field == "date" and isinstance(value, str):
            return full_date(dt.date.fromisoformat(value), language)
        if field in ("start", "end") and isinstance(value, str):
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone(tz)
            return when_text(moment, language, with_day=False)
    except ValueError:
        return str(value)
    if field == "status" and isinstance(value, str):
        return WORDS[language].get(f"status_{value}", value)
    if isinstance(value, list | tuple):
        return "; ".join(format_value("", item, language, tz) for item in value)
    if isinstance(value, dict):
        return _dict_value(value)
    return str(value)


def _dict_value(value: dict[object, object]) -> str:
    if "url" in value:
        label, url = value.get("label"), value["url"]
        return f"{label} ({url})" if label and label != url else str(url)
    if value.get("text"):
        return str(value["text"])
    return ", ".join(str(item) for item in value.values() if item not in (None, ""))


def number(count: int, language: Language) -> str:
    """``9.990`` / ``9,990``: a count as people write it in ``language``."""
    grouped = f"{count:,}"
    return grouped.replace(",", ".") if language == "de" else grouped


def enumeration(items: list[str], language: Language) -> str:
    """``a, b und c`` / ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {WORDS[language]['and']} {items[-1]}"
