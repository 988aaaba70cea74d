"""Parser ``schema-events``: pages whose dates are schema.org ``Event`` data.

Many chamber, university and city event pages state their dates for search engines
(JSON-LD, microdata) and show them in markup that differs from site to site. This
parser reads the structured data (:mod:`scraper.structured`) and checks it against
the visible text: where a line that shows an event's title states another time on
the same day, the visible text wins and the disagreement is logged; daily hours
("jeweils 9–16 Uhr") shown beside a multi-day event are kept.

The result is the same :class:`~scraper.model.Page` as ``rvr-series`` gives, so
diff, storage and notifications work unchanged. An event is ``cancelled`` when its
``eventStatus`` says cancelled or postponed (the stated date will not take place);
otherwise it is ``upcoming`` or ``past`` by its date relative to ``now``, the time of
the check (``upcoming`` when no ``now`` is given). A page without any event data is
refused with :class:`~scraper.errors.NotASeriesPage`, never read as "no events".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from scraper.dates import When, search_when, times_at
from scraper.errors import NotASeriesPage
from scraper.model import Event, EventStatus, Location, Page, Series
from scraper.parsers._fields import event_key, find_contacts
from scraper.parsers._lexicon import is_cancelled, strip_cancel
from scraper.parsers._lines import Document, Line, read_document
from scraper.places import city_from_text
from scraper.structured import StructuredEvent, structured_events
from scraper.text import cap_page

__all__ = ["parse_schema_events", "schema_page"]

log = logging.getLogger(__name__)

_NEAR = 4  # lines after a title line that may state its date
_SCAN_BUDGET = 2_000_000  # line comparisons per page for titles inside longer lines


def parse_schema_events(
    text: str, url: str, tz: ZoneInfo, *, now: dt.datetime | None = None
) -> Page:
    """Parse a page's schema.org events into a :class:`Page`; refuse a page without any.

    ``now`` (aware) decides whether an event is upcoming or past; without it every
    event that is not cancelled is upcoming.
    """
    doc = read_document(text, url)  # first: it refuses a page nested too deep to parse
    page = schema_page(doc, text, url, tz, now)
    if page is None:
        raise NotASeriesPage(_why_not(text, doc))
    return page


def schema_page(
    doc: Document, text: str, url: str, tz: ZoneInfo, now: dt.datetime | None
) -> Page | None:
    """The page of ``doc`` (read from ``text``) from its schema.org events; ``None`` if it
    states none. The tree ``doc`` holds is read again, not the text parsed again."""
    found = structured_events(doc.tree if doc.tree is not None else text, url, tz)
    if not found:
        return None
    lines = doc.lines
    visible = _Visible(lines, tz, {item.title.casefold() for item in found})
    checked = [_checked(item, visible) for item in found]
    events = [_event(item, _is_past(item, now)) for item in checked]
    upcoming = sorted(
        (e for e, item in zip(events, checked, strict=True) if not _is_past(item, now)),
        key=lambda e: (e.date, e.start.isoformat() if e.start else ""),
    )
    past = sorted(
        (e for e, item in zip(events, checked, strict=True) if _is_past(item, now)),
        key=lambda e: e.date,
    )
    titles = {e.title.casefold() for e in events}
    contacts, _ = find_contacts(lines, lambda line: _blocked(line, titles, tz, events[0].date.year))
    title = _series_title(lines, found, doc.title)
    page = Page(
        url=url,
        series=Series(title=title),
        events=_unique_keys(upcoming + past),  # as rvr-series keys them
        contacts=tuple(contacts),
    )
    return cap_page(page)


def _event(item: StructuredEvent, past: bool) -> Event:
    status: EventStatus = "past" if past else "upcoming"
    note = None
    title = item.title
    # Editors often mark a cancellation in the name and leave eventStatus alone:
    # "ABGESAGT: Werkstatt …", "Werkstatt … (entfällt)".
    unmarked = strip_cancel(title) if is_cancelled(title) else title
    if unmarked and unmarked != title:
        title, status = unmarked, "cancelled"
    if item.status in ("cancelled", "postponed"):
        # Postponed: the stated date will not take place, a new one is not known yet.
        status = "cancelled"
        note = "verschoben, neuer Termin folgt" if item.status == "postponed" else None
    return Event(
        key=event_key(item.date, title),
        status=status,
        title=title,
        date=item.date,
        start=item.start,
        end=item.end,
        daily=item.daily,
        audience=item.audience,
        note=note,
        location=item.location or _city_of(title),
        links=item.links,
        summary=item.summary,
    )


def _city_of(title: str) -> Location | None:
    """With no place in the data, the municipality the title names ("Werkstatt in
    Dortmund: …"), as rvr-series reads it; else nothing (never guessed)."""
    city = city_from_text(title)
    return Location(city=city, text=city) if city else None


def _is_past(item: StructuredEvent, now: dt.datetime | None) -> bool:
    if now is None:
        return False
    if item.end is not None:
        return item.end < now
    if item.end_date is not None:
        return item.end_date < now.date()
    if item.start is not None:
        # Without an end, the event is over at the end of its day.
        return item.start.date() < now.astimezone(item.start.tzinfo).date()
    return item.date < now.date()


class _Visible:
    """The page's visible lines, searchable by an event's title in bounded time.

    A title that is a whole line is found through a dict; one inside a longer line
    ("20. Januar 2027 – Transfer in die Region") by a scan, at most ``_SCAN_BUDGET``
    line comparisons per page, so a page with 10,000 events costs seconds, not hours
    (events past the budget keep their structured data unchecked; logged once).
    """

    def __init__(self, lines: Sequence[Line], tz: ZoneInfo, titles: set[str]) -> None:
        self.lines = lines
        self.tz = tz
        self.titles = titles
        self.folded = [line.text.casefold() for line in lines]
        self.exact: dict[str, int] = {}
        for i, text in enumerate(self.folded):
            self.exact.setdefault(text, i)
        self.budget = _SCAN_BUDGET

    def when(self, item: StructuredEvent) -> list[When]:
        """The dates shown near a line with the event's title that are on the event's
        day, nearest first: on the title line, on the lines after it (up to the next
        event's title), then on the line before it (cards that put the date first)."""
        title = item.title.casefold()
        first = self.exact.get(title)
        candidates = [first] if first is not None else self._scan(title)
        for i in candidates:
            after = []
            for near in self.lines[i + 1 : i + 1 + _NEAR]:
                if near.text.casefold() in self.titles:
                    break
                after.append(near)
            before = self.lines[i - 1 : i] if i > 0 else []
            below = [*after, None]  # the line below each of the title's lines, if any
            shown = [
                *(
                    self._on_day(line, item, below[k])
                    for k, line in enumerate((self.lines[i], *after))
                ),
                *(self._on_day(line, item, None) for line in before),
            ]
            found = [when for when in shown if when is not None]
            if found:
                return found
        return []

    def _on_day(self, line: Line, item: StructuredEvent, below: Line | None) -> When | None:
        hit = search_when(line.text, self.tz, default_year=item.date.year)
        if hit is None or hit.when.date != item.date:
            return None
        when = hit.when
        if when.start is None and when.end_date is None and below is not None:
            # List skins put the hours on a line of their own under the date (Modern
            # Events Calendar: "24. März 2026" / "08:30 - 10:30"); only a line that is
            # nothing but a time is read, so "Einlass 9:30" is not.
            times = times_at(below.text, item.date, self.tz)
            if times is not None and not below.text[times[2] :].strip():
                when = dataclasses.replace(when, start=times[0], end=times[1])
        return when

    def _scan(self, title: str) -> list[int]:
        if self.budget <= 0:
            return []
        self.budget -= len(self.folded)
        if self.budget <= 0:
            log.info("too many events to check each against the visible text; the rest unchecked")
        return [i for i, text in enumerate(self.folded) if title in text]


def _checked(item: StructuredEvent, visible: _Visible) -> StructuredEvent:
    """``item`` with the visible text's times where a line showing its title states a
    different time on the same day, and the visible daily hours of a multi-day event."""
    near = visible.when(item)
    if not near:
        return item
    # Where the event's day shows several times (sessions of one day, the date above
    # or below each title), the page agrees with the data if any of them is its time.
    agreeing = [when for when in near if when.start is not None and when.start == item.start]
    shown = (agreeing or near)[0]
    if shown.start is not None and item.start != shown.start:
        log.info(
            "event %r: the page shows %s, its structured data says %s; the page wins",
            item.title,
            shown.start.isoformat(),
            item.start.isoformat() if item.start else item.date.isoformat(),
        )
        # An end the page does not show stays, if it still follows the shown start.
        end = shown.end or (item.end if item.end and item.end > shown.start else None)
        item = dataclasses.replace(item, start=shown.start, end=end)
    if item.daily is None and shown.daily is not None and shown.end_date == item.end_date:
        item = dataclasses.replace(item, daily=shown.daily)
    return item


def _blocked(line: Line, titles: set[str], tz: ZoneInfo, year: int) -> bool:
    """Lines a contact box never holds: event titles and date lines."""
    text = line.text
    if text.casefold() in titles:
        return True
    return search_when(text, tz, default_year=year, anchored=True) is not None


def _series_title(lines: Sequence[Line], found: Sequence[StructuredEvent], page_title: str) -> str:
    """The page's ``h1``, else the ``EventSeries`` the data names, else the ``<title>``."""
    for line in lines:
        if line.level == 1:
            return line.text
    series = next((item.series for item in found if item.series), None)
    if series:
        return series
    return re.split(r"\s*[:|–]\s", page_title, maxsplit=1)[0] or page_title


def _unique_keys(events: list[Event]) -> tuple[Event, ...]:
    # rvr_series imports this module (it falls back to structured data), so its helpers
    # are imported when called, not at import time.
    from scraper.parsers.rvr_series import unique_keys  # noqa: PLC0415 - import cycle

    return unique_keys(events)


_EVENT_MARKUP = re.compile(r"ld\+json|itemtype=[\"']?https?://schema\.org/\w*Event", re.I)


def _why_not(html: str, doc: Document) -> str:
    """Why a page without readable events is refused: data without a usable event, or
    the reasons ``rvr-series`` gives (maintenance, not found, consent wall, empty …)."""
    if _EVENT_MARKUP.search(html) is not None:
        return "schema.org data without a readable Event (name and start date): not an events page"
    from scraper.parsers.rvr_series import refusal_reason  # noqa: PLC0415 - import cycle

    reason = refusal_reason(html, doc)
    if reason.startswith("no event dates"):
        return (
            "no schema.org Event data (JSON-LD or microdata): not a page for parser schema-events"
        )
    return reason
