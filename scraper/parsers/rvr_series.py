"""Parser for event-series pages: the RVR "Fachkräfte-Reihe" and pages built like it.

It reads what a reader sees, never class names or heading levels: the page as lines
(:mod:`scraper.parsers._lines`), parts opened by section words ("Nächste Termine",
"Rückblick", "Termine", "Save the Date", "Upcoming events", … — see
:mod:`scraper.parsers._lexicon`), events segmented by where dates occur
(:mod:`scraper.parsers._events`). Where no section word says whether an event is
coming or past (date-first headings, a plain table or list of dates, an events
listing, a page without any section), its date relative to ``now`` decides.

Events come out upcoming first (by date and time), then past (by date); cancelled
events stay in their place. Pages that are not usable series pages are refused with
:class:`NotASeriesPage`, naming why. See docs/parser.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from scraper.dates import DefaultYear, search_when
from scraper.errors import NotASeriesPage
from scraper.model import Contact, Event, EventStatus, Location, Page, Series
from scraper.parsers._events import (
    Draft,
    EventReader,
    may_start_date,
    place_of,
    prose_mentions,
)
from scraper.parsers._fields import event_key, find_contacts
from scraper.parsers._lexicon import (
    LABEL_RE,
    UPCOMING_INLINE,
    SectionKind,
    compound_section_kind,
    is_cancelled,
    label_field,
    section_kind,
    semester_year,
    strip_cancel,
)
from scraper.parsers._lines import Document, Line, page_text, read_document
from scraper.parsers._prose_dates import (
    Defaults,
    announced,
    default_location,
    is_generic_name,
    is_person,
    series_defaults,
    speaker_title,
)
from scraper.parsers.schema_events import schema_page
from scraper.structured import structured_events
from scraper.text import CACHED_TEXT, cap_page

log = logging.getLogger(__name__)
_NON_WORD = re.compile(r"\W+")

_YEAR = re.compile(r"\b(20\d\d)\b")
_DIGIT_RE = re.compile(r"\d")

_UTC = ZoneInfo("UTC")  # only whether a heading holds a date matters here
_NO_YEAR = 2000  # the default year that marks a date stated without its year
_NO_TIME = dt.time.min  # an event without a time sorts first on its day
_MIN_TEXT = 200  # characters of visible text below which a page counts as an empty shell
_INLINE_FIRST = frozenset("uUnNkKaA")  # the letters UPCOMING_INLINE can start with
_ANCHOR_MAX = 90  # a section heading is short (or "Nächster Termin: <date …>")

Part = tuple[int, int, SectionKind]


def parse_rvr_series(text: str, url: str, tz: ZoneInfo, *, now: dt.datetime | None = None) -> Page:
    """Parse a series page's HTML into a :class:`Page`; raise ``NotASeriesPage`` if unusable.

    ``now`` is the time of the check: an event no section word places is past when its
    last day is before ``now``'s date (upcoming when ``now`` is ``None``).
    """
    doc = read_document(text, url)
    lines = doc.lines
    main = [line for line in lines if not line.side]
    today = now.astimezone(tz).date() if now is not None else None
    parts = _parts(main, today)
    if not parts:
        return _structured_only(doc, text, url, tz, now=now, why=lambda: refusal_reason(text, doc))
    year = _series_year(main, parts[0][0])
    contacts, used_ids = _contacts(lines, tz, year)
    title, subtitle = _series_heading(main, parts[0][0], doc.title)
    if ("(" in title or "telle" in title) and _JOB.search(title):
        _refuse_job_advert(main, title)
    series = _Series(title, main[: parts[0][0]])
    upcoming: list[Event] = []
    past: list[Event] = []
    strong = False  # a part named by a section word of its own
    for start, stop, kind in parts:
        if kind == "upcoming" and stop - start == 1 and stop < len(main):
            continue  # an empty upcoming section right above the next one: no date yet
        body = [line for line in main[start:stop] if id(line) not in used_ids]
        for event, in_past in _read_part(body, kind, tz, year, today, series):
            (past if in_past else upcoming).append(event)
        strong = strong or kind != "either"
    if len(main) < len(lines):
        main_upcoming = any(kind == "upcoming" for *_, kind in parts)
        upcoming.extend(_sidebar_dates(doc, tz, year, today, series, main_upcoming=main_upcoming))
    if not upcoming and not any(_anchor(main[i]) for i, *_ in parts):
        _refuse_news_report(main)
    if not doc.complete and not doc.has_footer and not contacts:
        raise NotASeriesPage(
            "the document is cut off inside its events part (no closing </body>, no footer)"
        )
    if not upcoming and not past and not any(kind == "upcoming" for *_, kind in parts):
        if strong:
            why = "'Rückblick' section without any event"
            return _structured_only(doc, text, url, tz, now=now, why=lambda: why)
        return _structured_only(doc, text, url, tz, now=now, why=lambda: refusal_reason(text, doc))
    if doc.structured:
        _cross_check(doc.tree or text, url, tz, upcoming + past)
    page = Page(
        url=url,
        series=Series(title, subtitle),
        events=unique_keys(_ordered(_one_each(upcoming), _one_each(past))),
        contacts=tuple(contacts),
    )
    return cap_page(page)


def _sidebar_dates(
    doc: Document,
    tz: ZoneInfo,
    year: int | None,
    today: dt.date | None,
    series: _Series,
    *,
    main_upcoming: bool,
) -> list[Event]:
    """The series' next dates from a sidebar box opened by an upcoming section word
    ("Nächster Termin"). A box in the ``<section>`` or ``<article>`` of the page's ``h1``
    (an aside is about its sectioning parent: here the series) gives its dates as any
    part does. Another sidebar only beside a main text without next dates, and only
    events that name the series (a site's sidebar "Nächste Termine" may list the
    organisation's other events)."""
    side = [line for line in doc.lines if line.side]
    words = _series_words(series.title)
    found: list[Event] = []
    sections: frozenset[int] | None = None
    for start, stop, kind in _parts(side, today):
        if kind != "upcoming":
            continue
        if sections is None:
            sections = _series_sections(doc)
        beside = not sections.isdisjoint(side[start].boxes)
        if not beside and (main_upcoming or not words):
            continue
        try:
            events = _read_part(side[start:stop], kind, tz, year, today, series)
        except NotASeriesPage:
            continue  # a box without a usable date says nothing about the series
        for event, in_past in events:
            if in_past:
                continue
            if beside or words & _series_words(f"{event.title} {event.summary or ''}"):
                found.append(event)
    return found


def _series_sections(doc: Document) -> frozenset[int]:
    """The ``<section>`` and ``<article>`` elements around the page's first ``h1`` (ids
    as in ``Line.boxes``): where an aside is about the series, not about the site."""
    heading = next((line for line in doc.lines if line.level == 1 and not line.side), None)
    if heading is None:
        return frozenset()
    return doc.sections.intersection(heading.boxes)


def _one_each(events: list[Event]) -> list[Event]:
    """The same event stated twice on one page (the dates as a table for wide screens and
    as cards for phones, both in the markup) is one event: the same day and title (its
    key), no times that disagree; read as one, the fuller statement completed by the
    other. Two sessions of one day at other times stay two."""
    if len({e.key for e in events}) == len(events):
        return events  # the usual page: nothing stated twice
    out: list[Event] = []
    first: dict[str, int] = {}
    for event in events:
        i = first.get(event.key)
        if i is not None and _one_statement(out[i], event):
            out[i] = _joined(out[i], event)
            continue
        first.setdefault(event.key, len(out))
        out.append(event)
    return out


def _one_statement(a: Event, b: Event) -> bool:
    return (
        (a.status == b.status or {a.status, b.status} == {"upcoming", "cancelled"})
        and (a.start is None or b.start is None or a.start == b.start)
        and (a.end is None or b.end is None or a.end == b.end)
    )


def _stated(e: Event) -> int:
    fields = (e.start, e.end, e.audience, e.note, e.location, e.summary, e.daily)
    return sum(f is not None for f in fields) + len(e.links)


def _joined(a: Event, b: Event) -> Event:
    """One event out of two statements of it: the fuller one, with what only the other
    states (a time, the audience, the place, links to other documents)."""
    base, other = (a, b) if _stated(a) >= _stated(b) else (b, a)
    urls = {link.url for link in base.links}
    return dataclasses.replace(
        base,
        status="cancelled" if "cancelled" in (a.status, b.status) else base.status,
        start=base.start or other.start,
        end=base.end or other.end,
        daily=base.daily or other.daily,
        audience=base.audience or other.audience,
        note=base.note or other.note,
        location=base.location or other.location,
        links=base.links + tuple(link for link in other.links if link.url not in urls),
        summary=base.summary or other.summary,
    )


_FILLER_WORDS = frozenset(("reihe", "veranstaltungsreihe", "termine", "series", "events"))


def _series_words(text: str) -> set[str]:
    """The words of at least five letters that name a series ("fachkräftedialog")."""
    return {w for w in _NON_WORD.sub(" ", text.casefold()).split() if len(w) >= 5} - _FILLER_WORDS


def _structured_only(
    doc: Document,
    text: str,
    url: str,
    tz: ZoneInfo,
    *,
    now: dt.datetime | None,
    why: Callable[[], str],
) -> Page:
    """A page whose visible text names no event: its schema.org events, if it has any
    (a listing rendered by JavaScript from JSON-LD); otherwise refused for ``why()``
    (asked only then: naming the reason may read the page's whole text)."""
    if _has_structured(text):
        page = schema_page(doc, text, url, tz, now)  # the page already read, not again
        if page is not None:
            return page
    raise NotASeriesPage(why())


def _has_structured(text: str) -> bool:
    """Only pages that carry schema.org data pay for reading it (a substring test: a
    regular expression over the whole page costs more than the rest of the parse)."""
    return "ld+json" in text or "schema.org/" in text


def _title_key(title: str) -> str:
    return " ".join(_NON_WORD.sub(" ", title.casefold()).split())


def _cross_check(
    page: LexborHTMLParser | str, url: str, tz: ZoneInfo, events: Sequence[Event]
) -> None:
    """Log where the page's structured data disagrees with its visible text (which wins)."""
    shown = {_title_key(e.title): e for e in events}
    for item in structured_events(page, url, tz):
        event = shown.get(_title_key(item.title))
        if event is None:
            log.info("structured event %r (%s) is not on the visible page", item.title, item.date)
            continue
        if item.date != event.date or (item.start and event.start and item.start != event.start):
            log.info(
                "event %r: the page shows %s, its structured data says %s; the page wins",
                event.title,
                (event.start or event.date).isoformat(),
                (item.start or item.date).isoformat(),
            )
        if (item.status == "cancelled") != (event.status == "cancelled"):
            log.info(
                "event %r: the page shows it %s, its structured data says %s; the page wins",
                event.title,
                "cancelled" if event.status == "cancelled" else "as taking place",
                item.status,
            )


def _ordered(upcoming: list[Event], past: list[Event]) -> list[Event]:
    """Upcoming (cancelled ones among them) by date and time, then past by date."""
    # By the wall-clock time (what isoformat() would sort by, without making the strings);
    # an event without a time first.
    upcoming.sort(
        key=lambda e: (e.date, e.start.time() if e.start else _NO_TIME, e.start is not None)
    )
    past.sort(key=lambda e: e.date)
    return upcoming + past


class _Series:
    """What the page says of the series as a whole, for events that do not say it: its
    title, and the time and place its introduction states for every date (read only
    for a page with an event that lacks one of them)."""

    def __init__(self, title: str, intro: Sequence[Line]) -> None:
        self.title = title
        self._intro = intro
        # The first and last day of the event the part before ended with: a "Programm"
        # right below it lists its days, not events of their own.
        self.days: tuple[dt.date, dt.date] | None = None

    @functools.cached_property
    def defaults(self) -> Defaults:
        return series_defaults(self._intro, intro=True)


class _PartDefaults:
    """The time and place a part states for every date ("Die Sprechtage finden jeweils
    von 9 bis 12 Uhr … statt"), over the introduction's; read when first asked for."""

    def __init__(self, lines: Sequence[Line], series: _Series) -> None:
        self._lines = lines
        self._series = series

    @functools.cached_property
    def value(self) -> Defaults:
        own = series_defaults(self._lines)
        if own.time is not None and own.place is not None:
            return own
        page = self._series.defaults
        return Defaults(own.time or page.time, own.place or page.place)


def _read_part(  # noqa: PLR0917 - one part's whole context
    body: Sequence[Line],
    kind: SectionKind,
    tz: ZoneInfo,
    year: DefaultYear,
    today: dt.date | None,
    series: _Series,
) -> list[tuple[Event, bool]]:
    """The events of one part, each with whether it belongs to the past; refuses an
    announced part without a usable date."""
    if not body:
        return []
    head, rest = body[0], body[1:]
    inline = _inline_match(head.text) if kind == "upcoming" else None
    headed = (
        inline is not None
        or section_kind(head.text) is not None
        or (head.heading_like and compound_section_kind(head.text) is not None)
    )
    if not headed and (semester := _semester(head)) is not None:
        headed, year = True, semester  # "Sommersemester 2027" above "Di, 13.04.": their year
    elif headed and (own := _section_year(head.text)) is not None:
        year = own  # "Termine 2027" above "Do, 14.01.": the section's year is the dates'
    reader = EventReader(tz, year)
    if inline is not None:
        # "Nächster Termin: 27.11.2025 …" in one line: the value is the first line.
        value = inline.group("rest") or inline.group("en") or ""
        plain = UPCOMING_INLINE.match(head.plain)
        plain_value = (plain.group("rest") or plain.group("en") or "") if plain else value
        reader.feed(_with_text(head, value, plain_value or value))
    elif kind == "past" and len(body) < 2:
        raise NotASeriesPage("'Rückblick' is empty: the page seems cut off")
    elif not headed:
        rest = list(body)
    reader.read(rest)
    drafts = reader.finish()
    if kind != "past" and not any(d.when for d in drafts):
        # No date as a heading, item, cell or label: the part may announce its dates in
        # sentences ("Der nächste Sprechtag findet am 14. Januar 2027 statt"); without a
        # section word, only upcoming dates in sentences that say they announce them.
        found = _announced(rest, tz, year, series.title, headed=headed)
        if not headed and today is not None:
            found = [d for d in found if d.when is not None and d.when.date >= today]
        drafts = found or drafts
    if headed and series.days is not None and _PROGRAMME.match(head.text):
        first, last = series.days
        drafts = [d for d in drafts if d.when is None or not first <= d.when.date <= last]
    dated = [d.when for d in drafts if d.when is not None]
    series.days = (dated[-1].date, dated[-1].end_date or dated[-1].date) if dated else None
    defaults = _PartDefaults(rest, series)
    events: list[tuple[Event, bool]] = []
    for draft in drafts:
        if draft.when is None:
            if kind == "upcoming" and draft.labelled and not reader.tba:
                what = draft.final_title() or "?"
                raise NotASeriesPage(
                    f"an event under 'Nächster Termin' has no parsable date ({what!r}): "
                    "the page seems cut off or changed"
                )
            continue
        _complete(draft, None if kind == "past" else defaults, series, tz)
        events.append(_placed(draft, kind, today))
    if kind == "past":
        seen = {e.date for e, _ in events}
        for line in reader.loose:
            for mention in prose_mentions(line.text, tz, year):
                if mention.when is not None and mention.when.date not in seen:
                    if is_generic_name(mention.final_title()):
                        mention.title = series.title  # "Beim letzten Treffen am …"
                    events.append(_placed(mention, kind, today))
    if kind == "upcoming" and not events and not reader.tba and not _vaguely_dated(rest):
        raise NotASeriesPage(
            "'Nächster Termin' is followed by no parsable date: the page seems cut off or changed"
        )
    return events


# The heading of one event's programme ("Programm", "Programme"), not a list of events.
_PROGRAMME = re.compile(r"^(?:programm|programme)\s*:?$", re.IGNORECASE)


# A date announced without its day ("im März 2027", "im Herbst 2027", "Anfang 2028"): no
# event yet, but no sign of a broken page either (like "Termin folgt").
_VAGUE_DATE = re.compile(
    r"\b(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|frühjahr|frühling|sommer|herbst|winter|anfang|mitte|ende|quartal|halbjahr|january"
    r"|february|march|june|july|october|december|spring|summer|autumn|fall|early|late)"
    r"\s+(?:20\d\d)\b",
    re.IGNORECASE,
)


def _vaguely_dated(lines: Sequence[Line]) -> bool:
    """A line of the part names a month, season or quarter of a year without a day."""
    return any(_VAGUE_DATE.search(line.text) for line in lines[:20])


def _announced(
    lines: Sequence[Line], tz: ZoneInfo, year: DefaultYear, series: str, *, headed: bool
) -> list[Draft]:
    """Drafts of the dates ``lines`` announce in sentences, named by the sentence's
    subject ("Der nächste Gründungssprechtag findet …") or else by the series."""
    drafts = []
    places: dict[str, Location | None] = {}
    for found in announced(lines, tz, year, announcing=not headed):
        draft = Draft(title=found.name or series, when=found.when, prose=[found.sentence])
        if found.place is not None:
            if found.place not in places:
                places[found.place] = place_of([found.place])
            draft.location = places[found.place]
        draft.cancelled = is_cancelled(found.sentence)
        drafts.append(draft)
    return drafts


def _apply(draft: Draft, defaults: Defaults, tz: ZoneInfo) -> None:
    """Give a draft without a time or place the ones stated for every date."""
    when = draft.when
    assert when is not None
    if when.start is None and when.end_date is None and defaults.time is not None:
        times = defaults.times(when.date, tz)
        if times is not None:
            draft.when = dataclasses.replace(when, start=times[0], end=times[1])
    if draft.location is None and not draft.place and defaults.place:
        draft.location = default_location(defaults)


def _complete(draft: Draft, defaults: _PartDefaults | None, series: _Series, tz: ZoneInfo) -> None:
    """Fill in what the event does not state but the page states for every event: its
    time and place (``None`` in a "Rückblick", which reviews what was, not what the
    series' rules say); and name an event that has no title of its own."""
    when = draft.when
    assert when is not None
    untimed = when.start is None and when.end_date is None
    if defaults is not None and (untimed or (draft.location is None and not draft.place)):
        _apply(draft, defaults.value, tz)  # the defaults are read only here, when needed
    if draft.final_title():
        return
    for k, text in enumerate(draft.prose):
        talk = speaker_title(text)
        if talk is not None:  # "Prof. Dr. Karl Brandt: Elektrolyse …": the talk names it
            draft.title = strip_cancel(talk)
            return
        if is_person(text):
            continue  # a speaker's name names the talk's speaker, not the talk
        if len(text) <= 120 and not text.endswith((".", ":")):
            draft.title = strip_cancel(text)  # a short line under a date heading
            del draft.prose[k]
            return
        break
    named = _named_by_link(draft)
    draft.title = named or series.title  # nothing else names the date: the series does


# Link texts that ask to do something rather than name an event.
_CALLS = frozenset(
    (
        *("mehr", "weiter", "weiterlesen", "details", "info", "infos", "hier", "jetzt", "zur"),
        *("zum", "link", "download", "pdf", "read", "more", "register", "sign", "book", "view"),
        *("informationen", "weitere", "alle", "anmelden", "teilnehmen", "tickets", "ics"),
    )
)


def _named_by_link(draft: Draft) -> str | None:
    """The text of a link that names the event (an events listing links each title to
    its page: "Stadtteilgespräch Nord"), not one that asks to act ("Mehr erfahren",
    "Zur Anmeldung") or names a document ("Programm", "Flyer (PDF)")."""
    for link in draft.links:
        label = link.label.strip()
        first = label.split(maxsplit=1)[0].lower().strip(":»›>") if label else ""
        if len(label) < 6 or first in _CALLS or label_field(first) is not None:
            continue
        if link.size is not None or "pdf" in label.lower():
            continue
        return label
    return None


def _placed(draft: Draft, kind: SectionKind, today: dt.date | None) -> tuple[Event, bool]:
    """The event and whether it is past: by its section word, else by its date."""
    assert draft.when is not None
    if kind == "either":
        last = draft.when.end_date or draft.when.date
        in_past = today is not None and last < today
    else:
        in_past = kind == "past"
    status: EventStatus = "cancelled" if draft.cancelled else "past" if in_past else "upcoming"
    return _event(draft, status), in_past


def _with_text(line: Line, text: str, plain: str) -> Line:
    return dataclasses.replace(line, text=text, plain=plain)


def _event(draft: Draft, status: EventStatus) -> Event:
    assert draft.when is not None  # drafts without a date are dropped or refused before
    when = draft.when
    title = draft.final_title()
    return Event(
        key=event_key(when.date, title),
        status=status,
        title=title,
        date=when.date,
        start=when.start,
        end=when.end,
        audience=draft.audience,
        note=draft.final_note(),
        location=draft.location,
        links=tuple(draft.links),
        summary=draft.summary,
        daily=when.daily,
    )


def unique_keys(events: list[Event]) -> tuple[Event, ...]:
    """Keys are unique within a page: a repeated key gets "-2", "-3" …"""
    seen: dict[str, int] = {}
    out = []
    for event in events:
        n = seen[event.key] = seen.get(event.key, 0) + 1
        out.append(dataclasses.replace(event, key=f"{event.key}-{n}") if n > 1 else event)
    return tuple(out)


# --- parts ---------------------------------------------------------------------------


def _anchor(line: Line) -> SectionKind | None:
    """The section a line opens, if it is a section heading."""
    text = line.text
    if len(text) > 200 or (len(text) > _ANCHOR_MAX and text.find(":", 0, 30) < 0):
        return None
    # "Nächster Termin: …", "Unsere nächsten …", "Kommende …", "Aktuelle …", "Next date: …"
    if text[:1] in _INLINE_FIRST and _upcoming_inline(text):
        return "upcoming"
    kind = section_kind(text)
    if kind is None or line.anchors:
        return None
    if kind in ("either", "other") and not line.heading_like:
        return None
    return kind


@lru_cache(maxsize=2048)  # _anchor's lines are short
def _upcoming_inline(text: str) -> bool:
    return UPCOMING_INLINE.match(text) is not None


def _inline_match(text: str) -> re.Match[str] | None:
    """``UPCOMING_INLINE.match(text)``, tried only where it may match."""
    if text[:1] not in _INLINE_FIRST or (len(text) <= _ANCHOR_MAX and not _upcoming_inline(text)):
        return None
    return UPCOMING_INLINE.match(text)


def _parts(lines: Sequence[Line], today: dt.date | None = None) -> list[Part]:
    """``(first line, end, kind)`` of each part of the page that may hold events.

    A part opened by a section heading ends at the next section heading, or at a
    heading without a date that is not below it (a section heading that is only bold
    text is ended by any heading). A run of section headings with nothing between
    them is a tab list or table of contents, not sections. A page without section
    headings is one part of unknown kind, after its series heading.
    """
    found: list[tuple[int, SectionKind, int]] = []
    for i, line in enumerate(lines):
        kind = _anchor(line)
        if kind is None and line.heading_like and not line.anchors:
            kind = _compound_kind(line.text, lines, i + 1, today)
            if kind is None and line.text[0] in _SEMESTER_FIRST and semester_year(line.text):
                kind = "either"  # "Sommersemester 2027": the semester's lectures
        if kind is not None:
            found.append((i, kind, line.level))
    found = _without_tab_lists(found)
    if not any(kind != "other" for _, kind, _ in found):
        start = _after_series_heading(lines)
        stop = next((i for i, kind, _ in found if i > start), len(lines))
        return [(start, stop, "either")] if _any_text(lines[start:stop]) else []
    parts: list[Part] = []
    # Dated lines between the series heading and the first section word are events too
    # (their own heading, "Die Reihe 2026", is no section word): date against ``now``.
    start = _after_series_heading(lines)
    if start < found[0][0] and any(_dated_item(line) for line in lines[start : found[0][0]]):
        parts.append((start, found[0][0], "either"))
    for k, (i, kind, level) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(lines)
        for j in range(i + 1, stop):
            other = lines[j]
            ends = other.level and (not level or other.level <= level)
            if ends and search_when(other.text, _UTC, default_year=2000) is None:
                stop = j
                break
        if kind != "other":
            parts.append((i, stop, kind))
    return parts


def _any_text(lines: Sequence[Line]) -> bool:
    return any(line.text for line in lines)


def _without_tab_lists(
    found: list[tuple[int, SectionKind, int]],
) -> list[tuple[int, SectionKind, int]]:
    """Section headings without a run of others right beside them: such a run is a tab
    list or table of contents, unless both are real headings (h1–h6) of one level — an
    empty "Kommende Veranstaltungen" right above "Vergangene Veranstaltungen"."""
    out = []
    for k, item in enumerate(found):
        i, _, level = item
        before = k > 0 and found[k - 1][0] == i - 1 and not (level and found[k - 1][2] == level)
        after = (
            k + 1 < len(found)
            and found[k + 1][0] == i + 1
            and not (level and found[k + 1][2] == level)
        )
        if not (before or after):
            out.append(item)
    return out


def _after_series_heading(lines: Sequence[Line]) -> int:
    """The first line after the h1 (and a subtitle heading right below it); the h1 itself
    when it dates the page's event ("Fachforum Pflege am 12. März 2027")."""
    h1 = next((i for i, line in enumerate(lines) if line.level == 1), None)
    if h1 is None:
        return 0
    if _dated(lines[h1]):
        return h1
    nxt = h1 + 1
    if nxt < len(lines) and lines[nxt].heading_like and not _dated(lines[nxt]):
        nxt += 1
    return nxt


def _compound_kind(
    text: str, lines: Sequence[Line], below: int, today: dt.date | None
) -> SectionKind | None:
    """The section a compound heading opens ("Die nächsten Stadtgespräche"): only where one
    of the three lines from ``lines[below]`` on is dated ("Aktuelle Tarifgespräche" above
    a news text is none), and an upcoming one only where such a date is still to come —
    "Weitere Tarifgespräche" above press items of past days is news, not the next dates."""
    kind = compound_section_kind(text)
    if kind is None:
        return None
    dated = [line for line in lines[below : below + 3] if _dated_item(line)]
    if not dated:
        return None
    if kind == "upcoming" and today is not None and not any(_to_come(d, today) for d in dated):
        # Its dates have passed: a part placed by date, but still headed by it. Read as
        # text, the heading would become the first event's title, and as the page ages
        # unchanged its events would be re-titled and re-keyed.
        return "either"
    return kind


def _to_come(line: Line, today: dt.date) -> bool:
    """Whether the first date of ``line`` is not before ``today``; a date without its
    year ("Do 14.01.") may be, as far as the line tells."""
    m = search_when(line.text, _UTC, default_year=_NO_YEAR)
    if m is None:
        return False
    return m.when.date.year == _NO_YEAR or (m.when.end_date or m.when.date) >= today


def _dated_item(line: Line) -> bool:
    """A line that starts with a date, or a heading or item with one: an event's line."""
    text = line.text
    if len(text) > 300 or not _DIGIT_RE.search(text):  # the length first: prose is long
        return False
    if may_start_date(text) and search_when(text, _UTC, default_year=2000, anchored=True):
        return True
    return (line.heading_like or line.tag in ("li", "td", "th", "dt", "dd")) and _dated(line)


def _dated(line: Line) -> bool:
    return search_when(line.text, _UTC, default_year=2000) is not None


def _contacts(
    lines: Sequence[Line], tz: ZoneInfo, year: int | None
) -> tuple[list[Contact], set[int]]:
    contacts, used = find_contacts(lines, lambda line: _blocked(line, tz, year))
    return list(contacts), {id(lines[i]) for i in used}


def _blocked(line: Line, tz: ZoneInfo, year: int | None) -> bool:
    """Lines a contact box never contains: section headings, event labels, date lines, the
    page's own heading and headings or items with a date ("Talk (13.01.2025)")."""
    text = line.text
    if line.level == 1 or (line.heading_like and _dated_item(line)):
        return True
    return _blocked_text(text, tz, year) if len(text) <= CACHED_TEXT else _blocks(text, tz, year)


@lru_cache(maxsize=2048)
def _blocked_text(text: str, tz: ZoneInfo, year: int | None) -> bool:
    return _blocks(text, tz, year)


def _blocks(text: str, tz: ZoneInfo, year: int | None) -> bool:
    if may_start_date(text) and search_when(text, tz, default_year=year, anchored=True):
        return True
    if len(text) > _ANCHOR_MAX and text.find(":", 0, 30) < 0:
        return False
    kind = section_kind(text)
    return bool((kind is not None and kind != "other") or LABEL_RE.match(text))


_SEMESTER_FIRST = frozenset("SsWw")  # the letters a semester heading starts with


def _semester(line: Line) -> DefaultYear:
    """The year(s) of a semester heading ("Sommersemester 2027", "WiSe 2026/27")."""
    return semester_year(line.text) if line.heading_like and not line.anchors else None


_SECTION_YEAR = re.compile(r"\b(20\d\d)\b")
# An academic year: "2026/27", "2026/2027", "2026–2027" (the second year is the next).
_ACADEMIC_YEAR = re.compile(r"\b(20\d\d)\s*[/–-]\s*(?:20)?(\d\d)\b")


def _section_year(heading: str) -> DefaultYear:
    """The one year a section heading names ("Termine 2027"), or the two of an academic
    year ("Termine im Wintersemester 2026/27" → (2026, 2027): October in 2026, January
    in 2027); none for any other span of years ("2026–2028"), whose dates need their own."""
    years = _SECTION_YEAR.findall(heading)
    if "/" in heading or "–" in heading or "-" in heading:
        span = _ACADEMIC_YEAR.search(heading)
        first = int(span.group(1)) if span is not None else 0
        if span is None or len(years) > 2 or int(span.group(2)) != (first + 1) % 100:
            return None
        return first, first + 1
    return int(years[0]) if len(years) == 1 else None


def _series_year(lines: Sequence[Line], first_part: int) -> int | None:
    """The year in the series title ("Fachkräfte-Reihe 2025"), for dates without one."""
    for line in lines[: max(first_part, 1)]:
        if line.level == 1:
            m = _YEAR.search(line.text)
            return int(m.group(1)) if m else None
    return None


def _series_heading(
    lines: Sequence[Line], first_part: int, page_title: str
) -> tuple[str, str | None]:
    """The h1 (else the first heading, else the <title>) and the heading that introduces
    the text below it: one not ending in ":" and followed by a line that is no heading."""
    head = lines[:first_part]
    index = next((i for i, line in enumerate(lines) if line.level == 1), None)
    if index is None:
        index = next((i for i, line in enumerate(head) if line.level), None)
    if index is None:
        return re.split(r"\s*[:|–]\s", page_title, maxsplit=1)[0] or page_title, None
    subtitle = None
    for i in range(index + 1, max(first_part, index + 2)):
        if i >= len(lines):
            break
        line = lines[i]
        follower = lines[i + 1] if i + 1 < len(lines) else None
        if _anchor(line) is not None or _dated(line):
            break
        if (
            line.heading_like
            and not line.text.endswith(":")
            and follower is not None
            and not follower.heading_like
        ):
            subtitle = line.text
            break
        if not line.heading_like:
            break  # a heading after the introduction heads its own text, no subtitle
    return lines[index].text, subtitle


# The dateline of a news item or press release beside its headline.
_DATELINE = re.compile(
    r"^(?:pressemitteilung|presseinformation|pressemeldung|meldung|nachricht|news|artikel)"
    r"\s+vom\s+\d",
    re.IGNORECASE,
)


def _refuse_news_report(lines: Sequence[Line]) -> None:
    """A news item that only reports (no date still to come, no section word) is no
    series page, whatever dates its text and subheadings name."""
    dated = _news_dateline(lines)
    if dated is not None:
        raise NotASeriesPage(f"a news article ({dated!r}) about past dates, not a series page")


def _news_dateline(lines: Sequence[Line]) -> str | None:
    """The dateline ("Meldung vom 13.11.2026", a line of its own) right above or below the
    h1: the page is one news item reporting on a date, not a series (the caller asks only
    for pages without a section word; a sidebar's news are not looked at)."""
    h1 = next((i for i, line in enumerate(lines) if line.level == 1), None)
    if h1 is None:
        return None
    for line in lines[max(0, h1 - 1) : h1 + 3]:
        if not line.level and len(line.text) <= 40 and _DATELINE.match(line.text):
            return line.text
    return None


# A job's title ("Referentin / Referent (m/w/d)", "Stellenausschreibung: …").
_JOB = re.compile(
    r"\((?:[mwdfx]\s*[/|,]\s*){2}[mwdfx]\)|\b(?:stellenausschreibung|stellenangebot)\b",
    re.IGNORECASE,
)


def _refuse_job_advert(lines: Sequence[Line], title: str) -> None:
    """A job advert (its title names a job, "(m/w/d)", and it asks for applications) is
    no series page, whatever dates its selection process names ("Vorstellungsgespräche:
    02.02.2027, …", "Beginn: 01.04.2027")."""
    if any("ewerb" in line.text or "pply" in line.text for line in lines):
        raise NotASeriesPage(f"a job advertisement ({title!r}), not a series page")


_MAINTENANCE = ("wartungsarbeiten", "wartungsmodus", "wartungsarbeit", "maintenance")
_NOT_FOUND = ("seite nicht gefunden", "page not found", "404", "nicht gefunden")
_CONSENT = ("cookie", "einwillig", "zustimm", "consent", "datenschutzeinstellungen")


def refusal_reason(html: str, doc: Document) -> str:
    """Name, for an operator, why a page without events is not usable."""
    title = doc.title.lower()
    visible = sum(len(line.text) for line in doc.lines if not line.side)
    words = page_text(html, doc.tree) if visible < 4 * _MIN_TEXT or doc.consent else ""
    if any(w in title or w in words for w in _MAINTENANCE):
        return "maintenance notice ('Wartungsarbeiten') instead of the series page"
    headings = " ".join(line.text.lower() for line in doc.lines if line.heading_like)
    if any(w in title or w in headings for w in _NOT_FOUND):
        return "'Seite nicht gefunden': a not-found page served with a success status"
    # A consent box alone is no evidence: most complete pages carry one. Only a page
    # whose own content is missing beside it is a cookie wall.
    if visible < _MIN_TEXT and (doc.consent or sum(w in words for w in _CONSENT) >= 2):
        return "cookie/consent wall instead of the page content"
    if visible < _MIN_TEXT:
        return "empty page: no visible main text (JavaScript-only shell?)"
    return "no event dates and no 'Nächster Termin' or 'Rückblick' section: not a series page"
