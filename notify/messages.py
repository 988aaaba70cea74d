"""Changes and monitor alerts → one message per recipient and check, in German or English.

Pure: no I/O, no clock. Several notices found in one check become ONE message (a
digest); when the caller shortened a huge digest it says how many it left out
(``more``) and the message ends with "… und N weitere Änderungen". Every message comes
as plain text, an e-mail HTML document, chat HTML (Matrix) and Markdown, all built from
one document (:mod:`notify.markup`), so they say the same. Scraped text is cleaned and
escaped; titles are one line of at most 200 characters, each field at most 500.

A new date (and, when the caller gives a stable calendar UID, a moved, changed or
cancelled one) comes with a calendar: ``METHOD:PUBLISH``, or ``METHOD:CANCEL`` when
every event in it is cancelled (RFC 5546), with the feed's UID and SEQUENCE.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from notify import ics
from notify.html import to_email_html
from notify.markup import (
    Action,
    Block,
    Card,
    Changes,
    Difference,
    Fields,
    Footer,
    Heading,
    Headline,
    Line,
    Link,
    Para,
    Tone,
    cap,
    clean_untrusted,
    to_chat_html,
    to_markdown,
    to_text,
)
from notify.wording import (
    WORDS,
    Language,
    enumeration,
    format_value,
    number,
    short_date,
    when_rows,
    when_text,
)
from scraper.model import Event

if TYPE_CHECKING:
    from storage.diff import Change
    from storage.kinds import MonitorKind

TITLE_MAX = 200
FIELD_MAX = 500
BODY_MAX = 20_000
CalendarMethod = Literal["PUBLISH", "CANCEL"]
_SCHEDULE_FIELDS = ("date", "start", "end")
_PLACE_FIELDS = ("venue", "street", "postcode", "city", "location")
_KIND_ORDER = ("new_date", "rescheduled", "updated", "cancelled", "removed", "concluded",
               "monitor_error")  # fmt: skip
TONES: dict[str, Tone] = {
    "new_date": "new",
    "rescheduled": "moved",
    "updated": "changed",
    "cancelled": "cancelled",
    "removed": "gone",
    "concluded": "info",
    "monitor_error": "alert",
    "monitor_recovered": "ok",
}
# File types worth naming in a link label, by the URL's file extension.
_DOC_TYPES = {
    ".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".xls": "Excel", ".xlsx": "Excel",
    ".ppt": "PowerPoint", ".pptx": "PowerPoint", ".odt": "ODT", ".ics": "iCal",
    ".zip": "ZIP", ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".mp4": "Video",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventNotice:
    """A detected change of one event, with the page it was found on.

    ``calendar_uid`` is a UID that stays the same for the event across reschedules
    (from storage); with it, moved, changed and cancelled events get a calendar update
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
class Reader:
    """Who receives the message, for its footer (why you get this, how to stop).

    ``kinds``: the change kinds the recipient asked for (named in the footer).
    ``list_unsubscribe``: a one-click unsubscribe URL (web subscribers): the footer links
    it and e-mail carries ``List-Unsubscribe`` headers (RFC 2369, RFC 8058).
    """

    kinds: frozenset[str] | None = None
    list_unsubscribe: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True, slots=True)
class CalendarPart:
    """The calendar of a message: an iMIP part in e-mail, a file elsewhere."""

    method: CalendarMethod
    content: bytes
    filename: str


@dataclass(frozen=True, slots=True)
class Message:
    """What a recipient receives: a one-line title and the body in several formats.

    ``html`` is a complete e-mail document; ``chat_html`` a fragment with a small tag
    set for chat services (Matrix), empty for hand-made messages (then ``html`` is used).
    """

    title: str
    text: str
    html: str
    markdown: str
    attachments: tuple[Attachment, ...] = ()
    chat_html: str = ""
    calendar: CalendarPart | None = None
    list_unsubscribe: str | None = None
    language: Language = "de"


def render_message(
    notices: Sequence[Notice],
    *,
    language: Language = "de",
    tz: ZoneInfo,
    more: int = 0,
    reader: Reader | None = None,
) -> Message:
    """Render the notices of one check (at least one) as one message in ``language``.

    ``more``: how many further notices the caller left out of a huge digest.
    """
    if not notices:
        raise ValueError("render_message needs at least one notice")
    words = WORDS[language]
    reader = reader or Reader()
    several = len(notices) + max(0, more) > 1
    sections = [_section(notice, language, tz, heading=several) for notice in notices]
    closing = _closing(notices, language, tz, reader)
    kept = _fitting(sections, closing)
    left_out = len(sections) - kept + max(0, more)
    blocks: list[Block] = [_headline(notices, language, more)]
    blocks += [block for section in sections[:kept] for block in section]
    if left_out:
        blocks.append(Para((words["more_changes"].format(count=number(left_out, language)),)))
    blocks += closing
    title = _title(notices, language, more)
    calendar = _calendar(notices, language, tz)
    return Message(
        title=title,
        text=to_text(blocks),
        html=to_email_html(
            blocks, title=title, preheader=_preheader(notices, language, tz), language=language
        ),
        markdown=to_markdown(blocks),
        chat_html=to_chat_html(blocks),
        attachments=(
            (Attachment(calendar.filename, calendar.content, "text/calendar"),) if calendar else ()
        ),
        calendar=calendar,
        list_unsubscribe=reader.list_unsubscribe,
        language=language,
    )


def _fitting(sections: Sequence[list[Block]], closing: list[Block]) -> int:
    """How many sections fit in BODY_MAX as text, Markdown and chat HTML (at least one)."""
    renderers = (to_text, to_markdown, to_chat_html)
    budget = BODY_MAX - 1_000 - max(len(r(closing)) for r in renderers)
    used = [0, 0, 0]
    for count, section in enumerate(sections):
        sizes = [len(r(section)) + 2 for r in renderers]
        if count and any(u + s > budget for u, s in zip(used, sizes, strict=True)):
            return count
        used = [u + s for u, s in zip(used, sizes, strict=True)]
    return len(sections)


# --- titles and the head ------------------------------------------------------------------


def _title(notices: Sequence[Notice], language: Language, more: int) -> str:
    if len(notices) == 1 and more <= 0:
        return _notice_title(notices[0], language)
    count = number(len(notices) + max(0, more), language)
    return cap(f"{_label(notices)}: {WORDS[language]['changes'].format(count=count)}", TITLE_MAX)


def _notice_title(notice: Notice, language: Language) -> str:
    words = WORDS[language]
    if isinstance(notice, MonitorNotice):
        return cap(f"{words[notice.kind]}: {_page_label(notice)}", TITLE_MAX)
    event = notice.change.event
    place = _short_place(event)
    suffix = f" – {short_date(event.date, language)}" + (f", {place}" if place else "")
    prefix = f"{words[notice.change.kind]}: "
    room = max(20, TITLE_MAX - len(prefix) - len(suffix))
    title = clean_untrusted(event.title, room) or words["untitled"]
    return cap(prefix + title + suffix, TITLE_MAX)


def _headline(notices: Sequence[Notice], language: Language, more: int) -> Headline:
    words = WORDS[language]
    if len(notices) == 1 and more <= 0:
        kind = _kind(notices[0])
        return Headline(_label(notices), words[kind], TONES[kind])
    count = number(len(notices) + max(0, more), language)
    kinds = {_kind(notice) for notice in notices}
    tone = TONES[kinds.pop()] if len(kinds) == 1 else "changed"
    return Headline(_label(notices), words["changes"].format(count=count), tone)


def _preheader(notices: Sequence[Notice], language: Language, tz: ZoneInfo) -> str:
    """The line inboxes show after the subject: what the first notice is about."""
    first = notices[0]
    if isinstance(first, MonitorNotice):
        return _page_label(first)
    event = first.change.event
    return cap(f"{clean_untrusted(event.title, 120)} – {when_text_of(event, language, tz)}", 200)


def _label(notices: Sequence[Notice]) -> str:
    labels = list(dict.fromkeys(_page_label(notice) for notice in notices))
    return labels[0] if len(labels) == 1 else "rvr-watch"


def _kind(notice: Notice) -> str:
    return notice.kind if isinstance(notice, MonitorNotice) else notice.change.kind


def _page_label(notice: Notice) -> str:
    return clean_untrusted(notice.page_title or notice.page_name, 100)


def _short_place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    return clean_untrusted(loc.city or loc.venue or "", 60)


# --- sections -------------------------------------------------------------------------------


def _section(notice: Notice, language: Language, tz: ZoneInfo, *, heading: bool) -> list[Block]:
    words = WORDS[language]
    kind = _kind(notice)
    blocks: list[Block] = [Heading(words[kind], TONES[kind])] if heading else []
    if isinstance(notice, MonitorNotice):
        return blocks + _monitor_blocks(notice, language, tz)
    change = notice.change
    event = change.event
    if not heading or kind == "removed":
        blocks.append(Para((words[f"lead_{kind}"],)))
    cancelled = kind == "cancelled"
    badge = words["badge_cancelled"] if cancelled else None
    title = clean_untrusted(event.title, FIELD_MAX) or words["untitled"]
    blocks.append(Card(title, _event_rows(event, language, tz), badge, struck=cancelled))
    differences = _differences(change, language, tz)
    if differences:
        blocks.append(Changes(words["what_changed"], differences, words["was"], words["now"]))
    return blocks


def _event_rows(event: Event, language: Language, tz: ZoneInfo) -> tuple[tuple[str, Line], ...]:
    words = WORDS[language]
    rows: list[tuple[str, Line]] = [(words["when"], (when_text_of(event, language, tz),))]
    place = _place(event)
    if place:
        rows.append((words["where"], (place,)))
    if event.audience:
        rows.append((words["for_whom"], (clean_untrusted(event.audience, FIELD_MAX),)))
    if event.note:
        rows.append((words["note"], (clean_untrusted(event.note, FIELD_MAX),)))
    for number_, link in enumerate(event.links[:10]):
        url = _clean_url(link.url)
        label = words["links"] if number_ == 0 else ""
        rows.append((label, (Link(url, link_label(link.label, url, link.size)),)))
    return tuple(rows)


def link_label(label: str, url: str, size: str | None) -> str:
    """A short label for a link: ``Programm (PDF, 172 KB)``; the file name if unlabelled."""
    try:
        path = PurePosixPath(unquote(urlsplit(url).path))
    except ValueError:
        path = PurePosixPath("")
    text = clean_untrusted(label, 80)
    kind = _DOC_TYPES.get(path.suffix.lower())
    if not text or text == url or text.startswith(("http://", "https://")):
        name = path.stem if kind else path.name  # the type is named after it
        text = clean_untrusted(name, 60) or clean_untrusted(url, 60)
    details = [kind] if kind else []
    if size:
        details.append(clean_untrusted(size, 20))
    return f"{text} ({', '.join(details)})" if details else text


def _place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    if loc.text:
        return clean_untrusted(loc.text, FIELD_MAX)
    town = " ".join(part for part in (loc.postcode, loc.city) if part)
    return clean_untrusted(", ".join(p for p in (loc.venue, loc.street, town) if p), FIELD_MAX)


def _differences(change: Change, language: Language, tz: ZoneInfo) -> tuple[Difference, ...]:
    """What changed, old → new; a move as one ``Termin`` line, a place as one ``Ort``."""
    words = WORDS[language]
    fields = list(change.fields)
    items: list[Difference] = []
    if change.kind == "cancelled":  # stated as such, whether or not the diff lists it
        was = words["status_upcoming"]
        items.append(Difference(words["field_status"], was, words["status_cancelled"]))
        fields = [f for f in fields if f.field != "status"]
    old, new = change.old, change.new
    if old is not None and new is not None:
        if any(f.field in _SCHEDULE_FIELDS for f in fields):
            before, after = when_text_of(old, language, tz), when_text_of(new, language, tz)
            items.append(Difference(words["schedule"], before, after))
            fields = [f for f in fields if f.field not in _SCHEDULE_FIELDS]
        if any(f.field in _PLACE_FIELDS for f in fields):
            before, after = _place(old) or words["none"], _place(new) or words["none"]
            items.append(Difference(words["where"], before, after))
            fields = [f for f in fields if f.field not in _PLACE_FIELDS]
    for field in fields[:20]:
        label = words.get(f"field_{field.field}") or clean_untrusted(field.field, 40)
        items.append(
            Difference(
                label,
                _value(field.field, field.old, language, tz),
                _value(field.field, field.new, language, tz),
            )
        )
    return tuple(items)


def _value(field: str, value: object, language: Language, tz: ZoneInfo) -> str:
    if field == "links" and isinstance(value, list) and value:
        labels = [
            link_label(str(item.get("label") or ""), str(item.get("url") or ""), item.get("size"))
            for item in value
            if isinstance(item, dict)
        ]
        return clean_untrusted("; ".join(labels), FIELD_MAX) or WORDS[language]["none"]
    return clean_untrusted(format_value(field, value, language, tz), FIELD_MAX)


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


# --- the end of a message: the page, why you get it, how to stop -----------------------------


def _closing(
    notices: Sequence[Notice], language: Language, tz: ZoneInfo, reader: Reader
) -> list[Block]:
    words = WORDS[language]
    pages = list(dict.fromkeys((_page_label(n), _clean_url(n.page_url)) for n in notices))
    blocks: list[Block] = []
    if len(pages) == 1:
        label, url = pages[0]
        blocks.append(Action(Link(url, words["open_page"].format(page=label))))
    else:
        links: list[Line] = [(Link(url, label),) for label, url in pages]
        blocks.append(Fields(tuple((words["open_pages"] if i == 0 else "", line)
                                   for i, line in enumerate(links))))  # fmt: skip
    names = enumeration([label for label, _ in pages], language)
    kinds = [words[f"kinds_{kind}"] for kind in _KIND_ORDER if kind in (reader.kinds or ())]
    why = (
        words["why_kinds"].format(page=names, kinds=enumeration(kinds, language))
        if kinds
        else words["why"].format(page=names)
    )
    stop: Line = (words["stop_ask"],)
    if reader.list_unsubscribe:
        url = _clean_url(reader.list_unsubscribe)
        stop = (words["stop_link"], Link(url, words["stop_link_label"]))
    latest = max(notice.detected_at for notice in notices).astimezone(tz)
    detected = words["detected"].format(when=when_text(latest, language, with_day=False))
    blocks.append(Footer(((why,), stop, (detected,))))
    return blocks


# --- the calendar -----------------------------------------------------------------------------


def _calendar(notices: Sequence[Notice], language: Language, tz: ZoneInfo) -> CalendarPart | None:
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
        return None
    method: CalendarMethod = (
        "CANCEL" if all(item.event.status == "cancelled" for item in items) else "PUBLISH"
    )
    stamp = max(notice.detected_at for notice in notices)
    content = ics.events_to_ics(items, tz=tz, calendar_name=None, dtstamp=stamp, method=method)
    if len(items) == 1:
        slug = re.sub(r"[^a-z0-9-]+", "-", items[0].event.key.lower()).strip("-")[:80]
        filename = f"{slug or WORDS[language]['ics_name']}.ics"
    else:
        filename = f"{WORDS[language]['ics_names']}.ics"
    return CalendarPart(method, content, filename)


_CALENDAR_UPDATES = ("rescheduled", "updated", "cancelled")


def _default_uid(page_name: str, key: str) -> str:
    return f"{page_name}/{key}@rvr-watch"


# --- helpers ----------------------------------------------------------------------------------


def _clean_url(url: str) -> str:
    return cap("".join(clean_untrusted(url, 2_000).split()), 2_000)
