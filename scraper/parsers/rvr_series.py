"""Parser for the RVR "Fachkräfte-Reihe" page and pages built like it.

It anchors on what a reader sees, never on TYPO3 class names or heading levels:
the section headings "Nächster Termin"/"Nächste Termine" and "Rückblick", the
labels "Thema:", "Zielgruppe:", "Ort:", "Programm", and German date patterns.
So a relaunch with other classes, heading levels, ``<br>``-separated labels, a
definition list or a table still parses. See docs/parser.md.

Events come out upcoming first (the "Nächster Termin" part, by date and time),
then past (the "Rückblick", by date); cancelled events stay in their part.
Pages that are not usable series pages are refused with :class:`NotASeriesPage`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from scraper.dates import search_when
from scraper.errors import NotASeriesPage
from scraper.model import Event, EventStatus, Page, Series
from scraper.parsers._events import (
    LABEL_RE,
    Draft,
    UpcomingReader,
    date_at_start,
    read_past,
)
from scraper.parsers._fields import event_key, find_contacts
from scraper.parsers._lines import Document, Line, page_text, read_document

_UPCOMING_RE = (
    r"(?:unser(?:e)?\s+)?(?:nächster?|nächsten|kommende[n]?|aktuelle[rn]?)\s+"
    r"(?:termine?|veranstaltung(?:en)?|workshops?)(?:\s*:\s*(?P<rest>.*))?"
)
_PAST_RE = (
    r"(?:rückblick|rückschau|(?:vergangene|bisherige)\s+(?:termine|veranstaltungen))"
    r"\b[^.!?]{0,50}"
)
_UPCOMING = re.compile(f"^{_UPCOMING_RE}$", re.IGNORECASE)
_ANCHOR = re.compile(f"^(?:(?P<up>{_UPCOMING_RE})|{_PAST_RE})$", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
_UTC = ZoneInfo("UTC")  # only whether a heading holds a date matters here
_MIN_TEXT = 200  # characters of visible text below which a page counts as an empty shell
_ANCHOR_MAX = 60  # a section heading is short (or "Nächster Termin: <date …>")


def parse_rvr_series(text: str, url: str, tz: ZoneInfo) -> Page:
    """Parse a series page's HTML into a :class:`Page`; raise ``NotASeriesPage`` if unusable."""
    doc = read_document(text, url)
    lines = doc.lines
    sections = _sections(lines)
    if not sections:
        raise NotASeriesPage(_why_not(text, doc))
    year = _series_year(lines, sections[0][0])
    contacts, used = find_contacts(lines, lambda line: _blocked(line, tz, year))
    upcoming: list[Event] = []
    past: list[Event] = []
    for start, stop, kind in sections:
        body = [line for i, line in enumerate(lines[start:stop], start) if i not in used]
        if kind == "upcoming":
            upcoming += _upcoming_events(body, tz, year)
        else:
            if len(body) < 2:
                raise NotASeriesPage("'Rückblick' is empty: the page seems cut off")
            past += [_event(d, "past") for d in read_past(body[1:], tz, year)]
    if not doc.complete and not doc.has_footer and not contacts:
        raise NotASeriesPage(
            "the document is cut off inside its events part (no closing </body>, no footer)"
        )
    if not upcoming and not past and not any(kind == "upcoming" for *_, kind in sections):
        raise NotASeriesPage("'Rückblick' section without any event")
    upcoming.sort(key=lambda e: (e.date, e.start.isoformat() if e.start else ""))
    past.sort(key=lambda e: e.date)
    title, subtitle = _series_heading(lines, sections[0][0], doc.title)
    events = _unique_keys(upcoming + past)
    return Page(url=url, series=Series(title, subtitle), events=events, contacts=tuple(contacts))


def _sections(lines: Sequence[Line]) -> list[tuple[int, int, str]]:
    """``(first line, end, kind)`` of each "Nächster Termin"/"Rückblick" part.

    A part ends at the next anchor, or at a heading without a date that is not
    below the anchor (an anchor that is only bold text is ended by any heading).
    """
    found: list[tuple[int, str, int]] = []
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > 200 or (len(text) > _ANCHOR_MAX and text.find(":", 0, 30) < 0):
            continue
        m = _ANCHOR.match(text)
        if m is not None:
            found.append((i, "upcoming" if m.group("up") else "past", line.level))
    sections = []
    for k, (i, kind, level) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(lines)
        for j in range(i + 1, stop):
            other = lines[j]
            ends = other.level and (not level or other.level <= level)
            if ends and search_when(other.text, _UTC, default_year=2000) is None:
                stop = j
                break
        sections.append((i, stop, kind))
    return sections


def _upcoming_events(body: Sequence[Line], tz: ZoneInfo, year: int | None) -> list[Event]:
    """Events of one "Nächster Termin" part; refuses a part without a usable date."""
    head, rest = body[0], body[1:]
    inline = _UPCOMING.match(head.text)
    reader = UpcomingReader(tz, year)
    if inline and inline.group("rest"):
        # "Nächster Termin: 27.11.2025 …" in one line: the value is the first line.
        value = inline.group("rest")
        plain = _UPCOMING.match(head.plain)
        reader.feed(_with_text(head, value, (plain.group("rest") if plain else None) or value))
    for line in rest:
        reader.feed(line)
    drafts = reader.finish()
    events = []
    for draft in drafts:
        if draft.when is None:
            if draft.has_content() and not reader.tba:
                what = draft.title or draft.heading or "?"
                raise NotASeriesPage(
                    f"an event under 'Nächster Termin' has no parsable date ({what!r}): "
                    "the page seems cut off or changed"
                )
            continue
        events.append(_event(draft, "upcoming"))
    if not events and not reader.tba:
        raise NotASeriesPage(
            "'Nächster Termin' is followed by no parsable date: the page seems cut off or changed"
        )
    return events


def _with_text(line: Line, text: str, plain: str) -> Line:
    return Line(text, plain, line.level, line.bold, line.tag, line.anchors, line.boxes)


def _event(draft: Draft, status: EventStatus) -> Event:
    assert draft.when is not None  # drafts without a date are dropped or refused before
    when = draft.when
    title = draft.title or draft.heading or ""
    return Event(
        key=event_key(when.date, title),
        status="cancelled" if draft.cancelled else status,
        title=title,
        date=when.date,
        start=when.start,
        end=when.end,
        audience=draft.audience,
        note=draft.note,
        location=draft.location,
        links=tuple(draft.links),
        summary=draft.summary,
    )


def _unique_keys(events: list[Event]) -> tuple[Event, ...]:
    """Keys are unique within a page: a repeated key gets "-2", "-3" …"""
    seen: dict[str, int] = {}
    out = []
    for event in events:
        n = seen[event.key] = seen.get(event.key, 0) + 1
        out.append(dataclasses.replace(event, key=f"{event.key}-{n}") if n > 1 else event)
    return tuple(out)


def _blocked(line: Line, tz: ZoneInfo, year: int | None) -> bool:
    """Lines a contact box never contains: section headings, event labels, date lines."""
    text = line.text
    if date_at_start(text, tz, year):
        return True
    if len(text) > _ANCHOR_MAX and text.find(":", 0, 30) < 0:
        return False
    return bool(_ANCHOR.match(text) or LABEL_RE.match(text))


def _series_year(lines: Sequence[Line], first_section: int) -> int | None:
    """The year in the series title ("Fachkräfte-Reihe 2025"), for dates without one."""
    for line in lines[:first_section]:
        if line.level == 1:
            m = _YEAR.search(line.text)
            return int(m.group(1)) if m else None
    return None


def _series_heading(
    lines: Sequence[Line], first_section: int, page_title: str
) -> tuple[str, str | None]:
    """The h1 (else the first heading, else the <title>) and the heading that introduces
    the text below it: one not ending in ":" and followed by a line that is no heading."""
    head = lines[:first_section]
    index = next((i for i, line in enumerate(head) if line.level == 1), None)
    if index is None:
        index = next((i for i, line in enumerate(head) if line.level), None)
    if index is None:
        return re.split(r"\s*[:|–]\s", page_title, maxsplit=1)[0] or page_title, None
    subtitle = None
    for i in range(index + 1, len(head)):
        line = head[i]
        follower = lines[i + 1] if i + 1 < len(lines) else None
        if (
            line.heading_like
            and not line.text.endswith(":")
            and follower is not None
            and not follower.heading_like
        ):
            subtitle = line.text
            break
    return head[index].text, subtitle


_MAINTENANCE = ("wartungsarbeiten", "wartungsmodus", "wartungsarbeit", "maintenance")
_NOT_FOUND = ("seite nicht gefunden", "page not found", "404", "nicht gefunden")
_CONSENT = ("cookie", "einwillig", "zustimm", "consent", "datenschutzeinstellungen")


def _why_not(html: str, doc: Document) -> str:
    """Name, for an operator, why a page without series sections is not usable."""
    title = doc.title.lower()
    words = page_text(html)
    if any(w in title or w in words for w in _MAINTENANCE):
        return "maintenance notice ('Wartungsarbeiten') instead of the series page"
    headings = " ".join(line.text.lower() for line in doc.lines if line.heading_like)
    if any(w in title or w in headings for w in _NOT_FOUND):
        return "'Seite nicht gefunden': a not-found page served with a success status"
    if sum(w in words for w in _CONSENT) >= 2:
        return "cookie/consent wall instead of the page content"
    if sum(len(line.text) for line in doc.lines) < _MIN_TEXT:
        return "empty page: no visible main text (JavaScript-only shell?)"
    return "no 'Nächster Termin' or 'Rückblick' section: not a series page"
