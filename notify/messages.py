"""Changes and monitor alerts → one message per subscriber and check, in German or English.

Pure: no I/O, no clock. Several notices found in one check become ONE message whose
title summarises them. Every message comes as plain text, HTML (e-mail, Matrix) and
Markdown; scraped text is cleaned and escaped (see :mod:`notify.markup`), titles are one
line of at most 200 characters, each field at most 500, each body at most 20,000.
A new date (and, when the caller gives a stable calendar UID, a moved, changed or
cancelled one) comes with an ``.ics`` attachment.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from notify import ics
from notify.markup import (
    Block,
    Bullets,
    Fields,
    Heading,
    Line,
    Link,
    Para,
    cap,
    clean_untrusted,
    to_html,
    to_markdown,
    to_text,
)
from notify.wording import WORDS, Language, format_value, short_date, when_rows, when_text
from scraper.model import Event

if TYPE_CHECKING:
    from storage.diff import Change

TITLE_MAX = 200
FIELD_MAX = 500
BODY_MAX = 20_000
MonitorKind = Literal["monitor_error", "monitor_recovered"]
_SCHEDULE_FIELDS = ("date", "start", "end")
_PLACE_FIELDS = ("venue", "street", "postcode", "city", "location")


@dataclass(frozen=True, slots=True)
class EventNotice:
    """A detected change of one event, with the page it was found on.

    ``calendar_uid`` is a UID that stays the same for the event across reschedules
    (from storage); with it, moved, changed and cancelled events get an ``.ics`` update
    (``sequence`` must grow with each). Without it only new dates get one.
    """

    change: Change
    page_name: str
    page_url: str
    detected_at: dt.datetime
    page_title: str | None = None
    calendar_uid: str | None = None
    sequence: int = 0


@dataclass(frozen=True, slots=True)
class MonitorNotice:
    """A page failing ``failures`` checks in a row since ``since``, or working again."""

    kind: MonitorKind
    page_name: str
    page_url: str
    since: dt.datetime
    failures: int
    last_error: str
    detected_at: dt.datetime
    page_title: str | None = None


Notice = EventNotice | MonitorNotice


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True, slots=True)
class Message:
    """What a subscriber receives: a one-line title and the body in three formats."""

    title: str
    text: str
    html: str
    markdown: str
    attachments: tuple[Attachment, ...] = ()
    # E-mail only: the one-click unsubscribe URL for List-Unsubscribe (RFC 8058).
    list_unsubscribe: str | None = None


def render_message(
    notices: Sequence[Notice], *, language: Language = "de", tz: ZoneInfo
) -> Message:
    """Render the notices of one check (at least one) as one message in ``language``."""
    if not notices:
        raise ValueError("render_message needs at least one notice")
    words = WORDS[language]
    several = len(notices) > 1
    sections = [_section(notice, language, tz, heading=several) for notice in notices]
    pages = list(dict.fromkeys(_clean_url(notice.page_url) for notice in notices))
    latest = max(notice.detected_at for notice in notices).astimezone(tz)
    closing: list[Block] = [
        Fields(tuple((words["page"], (Link(url, url),)) for url in pages)),
        Para((words["footer"].format(when=when_text(latest, language, with_day=False)),)),
    ]
    kept = _fitting(sections, closing)
    blocks = [block for section in sections[:kept] for block in section]
    if kept < len(sections):
        blocks.append(Para((words["more"].format(count=len(sections) - kept),)))
    blocks += closing
    return Message(
        title=_title(notices, language, tz),
        text=to_text(blocks),
        html=to_html(blocks),
        markdown=to_markdown(blocks),
        attachments=_attachments(notices, language, tz),
    )


def _fitting(sections: Sequence[list[Block]], closing: list[Block]) -> int:
    """How many sections fit in BODY_MAX in every format (at least one, always shown)."""
    budget = BODY_MAX - 1_000 - max(len(r(closing)) for r in (to_text, to_html, to_markdown))
    used = [0, 0, 0]
    for count, section in enumerate(sections):
        sizes = [len(r(section)) + 2 for r in (to_text, to_html, to_markdown)]
        if count and any(u + s > budget for u, s in zip(used, sizes, strict=True)):
            return count
        used = [u + s for u, s in zip(used, sizes, strict=True)]
    return len(sections)


# --- titles -----------------------------------------------------------------------------


def _title(notices: Sequence[Notice], language: Language, tz: ZoneInfo) -> str:
    if len(notices) == 1:
        return _notice_title(notices[0], language, tz)
    labels = {_page_label(notice) for notice in notices}
    label = labels.pop() if len(labels) == 1 else "rvr-watch"
    return cap(WORDS[language]["several"].format(label=label, count=len(notices)), TITLE_MAX)


def _notice_title(notice: Notice, language: Language, tz: ZoneInfo) -> str:
    words = WORDS[language]
    if isinstance(notice, MonitorNotice):
        return cap(f"{words[notice.kind]}: {_page_label(notice)}", TITLE_MAX)
    kind = notice.change.kind
    event = notice.change.event
    place = _short_place(event)
    suffix = f" – {short_date(event.date, language)}" + (f", {place}" if place else "")
    prefix = f"{words[kind]}: "
    room = max(20, TITLE_MAX - len(prefix) - len(suffix))
    return cap(prefix + clean_untrusted(event.title, room) + suffix, TITLE_MAX)


def _page_label(notice: Notice) -> str:
    return clean_untrusted(notice.page_title or notice.page_name, 100)


def _short_place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    return clean_untrusted(loc.city or loc.venue or "", 60)


# --- sections ---------------------------------------------------------------------------


def _section(notice: Notice, language: Language, tz: ZoneInfo, *, heading: bool) -> list[Block]:
    blocks: list[Block] = []
    if heading:
        blocks.append(Heading((_notice_title(notice, language, tz),)))
    if isinstance(notice, MonitorNotice):
        return blocks + _monitor_blocks(notice, language, tz)
    change = notice.change
    kind = change.kind
    words = WORDS[language]
    blocks.append(Para((words[f"lead_{kind}"],)))
    blocks.append(Fields(_event_rows(change.event, language, tz)))
    changed = _changed_lines(change, kind, language, tz)
    if changed:
        blocks.append(Para((words["what_changed"],)))
        blocks.append(Bullets(changed))
    return blocks


def _event_rows(event: Event, language: Language, tz: ZoneInfo) -> tuple[tuple[str, Line], ...]:
    words = WORDS[language]
    rows: list[tuple[str, Line]] = [(words["event"], (clean_untrusted(event.title, FIELD_MAX),))]
    rows += [(label, (value,)) for label, value in when_rows(event, language, tz)]
    place = _place(event)
    if place:
        rows.append((words["place"], (place,)))
    if event.audience:
        rows.append((words["audience"], (clean_untrusted(event.audience, FIELD_MAX),)))
    if event.note:
        rows.append((words["note"], (clean_untrusted(event.note, FIELD_MAX),)))
    for link in event.links[:10]:
        url = _clean_url(link.url)
        size = f" ({clean_untrusted(link.size, 30)})" if link.size else ""
        rows.append((clean_untrusted(link.label, 100) or url, (Link(url, url), size)))
    return tuple(rows)


def _place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    if loc.text:
        return clean_untrusted(loc.text, FIELD_MAX)
    town = " ".join(part for part in (loc.postcode, loc.city) if part)
    return clean_untrusted(", ".join(p for p in (loc.venue, loc.street, town) if p), FIELD_MAX)


def _changed_lines(change: Change, kind: str, language: Language, tz: ZoneInfo) -> tuple[Line, ...]:
    """One line per change, ``Label: old → new``; a moved date as one ``Termin`` line."""
    words = WORDS[language]
    fields = [f for f in change.fields if not (kind == "cancelled" and f.field == "status")]
    lines: list[Line] = []
    moved = any(f.field in _SCHEDULE_FIELDS for f in fields)
    if moved and change.old is not None and change.new is not None:
        before = when_text_of(change.old, language, tz)
        after = when_text_of(change.new, language, tz)
        lines.append((f"{words['schedule']}: {before} → {after}",))
        fields = [f for f in fields if f.field not in _SCHEDULE_FIELDS]
    moved = any(f.field in _PLACE_FIELDS for f in fields)
    if moved and change.old is not None and change.new is not None:
        before = _place(change.old) or words["none"]
        after = _place(change.new) or words["none"]
        lines.append((f"{words['place']}: {before} → {after}",))
        fields = [f for f in fields if f.field not in _PLACE_FIELDS]
    for field in fields[:20]:
        label = words.get(f"field_{field.field}") or clean_untrusted(field.field, 40)
        old = clean_untrusted(format_value(field.field, field.old, language, tz), FIELD_MAX)
        new = clean_untrusted(format_value(field.field, field.new, language, tz), FIELD_MAX)
        lines.append((f"{label}: {old} → {new}",))
    return tuple(lines)


def when_text_of(event: Event, language: Language, tz: ZoneInfo) -> str:
    """An event's date and time on one line: ``Donnerstag, 27. November 2025, 17:00–19:00 Uhr``."""
    return ", ".join(value for _, value in when_rows(event, language, tz))


def _monitor_blocks(notice: MonitorNotice, language: Language, tz: ZoneInfo) -> list[Block]:
    words = WORDS[language]
    since = when_text(notice.since.astimezone(tz), language, with_day=False)
    lead = words[f"lead_{notice.kind}"].format(
        page=_page_label(notice), since=since, failures=max(0, notice.failures)
    )
    blocks: list[Block] = [Para((lead,))]
    if notice.last_error:
        error = clean_untrusted(notice.last_error, FIELD_MAX)
        blocks.append(Fields(((words["last_error"], (error,)),)))
    if notice.kind == "monitor_error":
        blocks.append(Para((words["while_down"],)))
    return blocks


# --- attachments ------------------------------------------------------------------------


def _attachments(
    notices: Sequence[Notice], language: Language, tz: ZoneInfo
) -> tuple[Attachment, ...]:
    items: list[ics.CalendarEntry] = []
    for notice in notices:
        if not isinstance(notice, EventNotice):
            continue
        kind = notice.change.kind
        event = notice.change.event
        if kind == "new_date" or (notice.calendar_uid and kind in _CALENDAR_UPDATES):
            uid = notice.calendar_uid or _default_uid(notice.page_name, event.key)
            page_url = _clean_url(notice.page_url)
            items.append(ics.CalendarEntry(event, uid, notice.sequence, page_url))
    if not items:
        return ()
    stamp = max(notice.detected_at for notice in notices)
    content = ics.events_to_ics(items, tz=tz, calendar_name=None, dtstamp=stamp)
    if len(items) == 1:
        slug = re.sub(r"[^a-z0-9-]+", "-", items[0].event.key.lower()).strip("-")[:80]
        filename = f"{slug or WORDS[language]['ics_name']}.ics"
    else:
        filename = f"{WORDS[language]['ics_names']}.ics"
    return (Attachment(filename, content, "text/calendar"),)


_CALENDAR_UPDATES = ("rescheduled", "updated", "cancelled")


def _default_uid(page_name: str, key: str) -> str:
    return f"{page_name}/{key}@rvr-watch"


# --- helpers ----------------------------------------------------------------------------


def _clean_url(url: str) -> str:
    return cap("".join(clean_untrusted(url, 2_000).split()), 2_000)
