"""schema.org ``Event`` data on a page: JSON-LD, microdata and ``<time datetime>``.

Many event pages (chambers, universities, cities, WordPress events plugins) describe
their dates for search engines as well as for readers. ``structured_events`` reads
that description into :class:`StructuredEvent` values close to
:class:`scraper.model.Event`:

* JSON-LD (``<script type="application/ld+json">``): objects, lists and ``@graph``
  containers, nested anywhere (``ItemList``, ``EventSeries.subEvent``; a
  ``superEvent`` is a frame, not a date), ``@id`` references, every ``Event``
  subtype (``EducationEvent``, ``BusinessEvent``, …),
  ``eventStatus`` (cancelled, rescheduled, postponed, moved online),
  ``previousStartDate``, ``location`` as text, ``Place`` with a ``PostalAddress`` or
  an address text, ``VirtualLocation`` or a list of both (hybrid), ``eventSchedule``
  with daily hours, ``offers``/``url`` links, ``organizer``, ``audience``.
* Microdata (``itemscope itemtype="https://schema.org/Event"`` with ``itemprop``
  properties, nested items for location and address) and RDFa Lite (``typeof="Event"``
  with ``property``) are read into the same shape.
* ``<time datetime="…Z">`` values are converted from UTC (or their offset) to the
  page's zone; where the element's visible text states a different local time, the
  visible text wins and the disagreement is logged (:func:`time_element_when`).

Finding the items, whatever the syntax, is :mod:`scraper.schema_org`'s job (bounded:
explicit stacks and depth limits, never a ``RecursionError``); this module reads
them into typed values. Everything here is pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from scraper.dates import parse_iso, parse_when
from scraper.model import DailyHours, Link, Location
from scraper.places import is_online, parse_location
from scraper.schema_org import (
    EVENT_TYPES,
    INLINE_ELEMENTS,
    Source,
    item_types,
    json_ld_items,
    local_name,
    microdata_items,
)
from scraper.text import clean_text

__all__ = [
    "EVENT_TYPES",
    "ScheduleStatus",
    "StructuredEvent",
    "structured_events",
    "time_element_when",
]

log = logging.getLogger(__name__)

ScheduleStatus = Literal["scheduled", "cancelled", "rescheduled", "postponed", "moved-online"]

_STATUSES: dict[str, ScheduleStatus] = {
    "eventscheduled": "scheduled",
    "eventcancelled": "cancelled",
    "eventcanceled": "cancelled",
    "eventrescheduled": "rescheduled",
    "eventpostponed": "postponed",
    "eventmovedonline": "moved-online",
}


@dataclass(frozen=True, slots=True)
class StructuredEvent:
    """One event as the page's structured data states it.

    ``start``/``end`` are aware datetimes in the page's zone, or ``None`` when only a
    day is given; ``end_date`` is the last day of a multi-day event; ``daily`` the
    hours of each day (``eventSchedule``). ``status`` is the schema.org
    ``eventStatus`` (``scheduled`` when none is stated); ``previous_date`` the day it
    was moved from. ``online`` is true for a ``VirtualLocation`` or online attendance
    (``location`` is then the physical place of a hybrid event, or the stated name
    of the online place).
    """

    title: str
    date: dt.date
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    end_date: dt.date | None = None
    daily: DailyHours | None = None
    status: ScheduleStatus = "scheduled"
    previous_date: dt.date | None = None
    previous_start: dt.datetime | None = None
    location: Location | None = None
    online: bool = False
    summary: str | None = None
    audience: str | None = None
    organizer: str | None = None
    links: tuple[Link, ...] = ()
    series: str | None = None
    source: Source = "json-ld"


def structured_events(
    tree: LexborHTMLParser | str, url: str, tz: ZoneInfo
) -> list[StructuredEvent]:
    """Every schema.org ``Event`` the page states, JSON-LD first, then microdata.

    ``tree`` is the parsed page (or its HTML); ``url`` makes links absolute; ``tz``
    is the zone for times without an offset and the zone results are given in. An
    event stated in both JSON-LD and microdata (same day and title) is returned
    once, from JSON-LD; one stated with its day only and again with its time is
    returned once, timed, completed with what only the other statement gives. Events
    without a name or without a readable start are left out (nothing is invented).
    """
    if isinstance(tree, str):
        tree = LexborHTMLParser(tree)
    reader = _Reader(url, tz, tree)
    found: list[StructuredEvent] = []
    exact: set[tuple[dt.date, dt.datetime | None, str]] = set()
    from_json_ld: set[tuple[dt.date, str]] = set()
    candidates = [
        reader.event(item, series, source)
        for item, series, source in (*json_ld_items(tree), *microdata_items(tree))
    ]
    events = [event for event in candidates if event is not None]
    # One plugin states the day, another (or the microdata) the time too: one event, the
    # timed statement, with what only the other states (its place, description …).
    timed = {(e.date, e.title.casefold()): e for e in reversed(events) if e.start is not None}
    absorbed: dict[int, list[StructuredEvent]] = {}
    for event in events:
        title = event.title.casefold()
        if event.start is None and (event.date, title) in timed:
            absorbed.setdefault(id(timed[event.date, title]), []).append(event)
            continue
        # The same script twice (an SEO plugin and a theme) states each event twice;
        # microdata beside JSON-LD describes the same events again, perhaps less exactly.
        if (event.date, event.start, title) in exact or (
            event.source != "json-ld" and (event.date, title) in from_json_ld
        ):
            continue
        exact.add((event.date, event.start, title))
        if event.source == "json-ld":
            from_json_ld.add((event.date, title))
        found.append(event)
    if absorbed:
        found = [_completed(event, absorbed.get(id(event), ())) for event in found]
    return found


def _completed(event: StructuredEvent, others: Sequence[StructuredEvent]) -> StructuredEvent:
    """``event`` with the fields it leaves empty taken from other statements of it."""
    changes: dict[str, Any] = {}
    for other in others:
        for name in ("location", "summary", "audience", "organizer", "series", "links"):
            if not getattr(event, name) and name not in changes and getattr(other, name):
                changes[name] = getattr(other, name)
                if name == "location":
                    changes["online"] = event.online or other.online
    return dataclasses.replace(event, **changes) if changes else event


# --- one event --------------------------------------------------------------------------


def _visible_labels(tree: LexborHTMLParser) -> dict[str, str]:
    """The page's link texts by href as written (without its fragment), to label links
    that the data gives bare. Read once, in one pass, without resolving every href."""
    labels: dict[str, str] = {}
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip().split("#", 1)[0]
        if href and not href.startswith(("mailto:", "tel:", "javascript:")):
            labels.setdefault(href, a.text(deep=True, separator=" "))
    return labels


def _label_for(labels: dict[str, str], target: str) -> str | None:
    """The visible text of a link to ``target``, written absolute or site-relative."""
    parts = urlsplit(target)
    local = parts.path + (f"?{parts.query}" if parts.query else "")
    for href in (target, local):
        text = labels.get(href)
        if text is not None and (cleaned := clean_text(text)):
            return cleaned
    return None


_ONLINE = Location(venue="Online", text="Online")


class _Reader:
    """Turns one JSON-LD-shaped item into a :class:`StructuredEvent`."""

    def __init__(self, url: str, tz: ZoneInfo, tree: LexborHTMLParser) -> None:
        self.url = url
        self.tz = tz
        self.tree = tree
        self._labels: dict[str, str] | None = None

    def label(self, target: str, fallback: str) -> str:
        """The page's own text for a link to ``target`` (links read once, only if an
        event has links), else ``fallback``."""
        if self._labels is None:
            self._labels = _visible_labels(self.tree)
        return _label_for(self._labels, target) or fallback

    def event(
        self, item: dict[str, Any], series: str | None, source: Source
    ) -> StructuredEvent | None:
        title = _text(item.get("name"))
        start_raw = item.get("startDate")
        if not title or start_raw is None:
            return None
        start = self.moment(start_raw)
        if start is None:
            return None
        end = self.moment(item.get("endDate"))
        date = start if isinstance(start, dt.date) and not isinstance(start, dt.datetime) else None
        begin = start if isinstance(start, dt.datetime) else None
        day = begin.date() if begin is not None else date
        assert day is not None
        finish = end if isinstance(end, dt.datetime) else None
        last = finish.date() if finish is not None else _date_only(end)
        if begin is not None and _all_day(begin, finish):
            if finish is not None and finish.time() == dt.time(0) and finish.date() > day:
                last = finish.date() - dt.timedelta(days=1)  # an exclusive midnight end
            begin = finish = None
        if finish is not None and begin is not None and finish <= begin:
            finish = None
        end_date = last if last is not None and last > day else None
        previous = self.moment(_first(item.get("previousStartDate")))
        online, location = self.location(item)
        return StructuredEvent(
            title=title,
            date=day,
            start=begin,
            end=finish,
            end_date=end_date,
            daily=self.daily(item, day, end_date),
            status=_status(item),
            previous_date=previous.date() if isinstance(previous, dt.datetime) else previous,
            previous_start=previous if isinstance(previous, dt.datetime) else None,
            location=location,
            online=online,
            summary=_prose(item.get("description")),
            audience=_name_of(item.get("audience"), "audienceType"),
            organizer=_name_of(item.get("organizer")),
            links=self.links(item),
            series=_text(series) or _name_of(item.get("superEvent")),
            source=source,
        )

    def moment(self, raw: Any) -> dt.datetime | dt.date | None:
        """A ``startDate``-like value; a ``<time>`` with visible text is cross-checked."""
        raw = _first(raw)
        if isinstance(raw, dict) and "@value" in raw:
            # A JSON-LD value object: {"@type": "DateTime", "@value": "2027-01-20T17:00"}.
            raw = raw["@value"]
        if isinstance(raw, dict) and "@datetime" in raw:
            when = time_element_when(str(raw["@datetime"]), str(raw.get("@text") or ""), self.tz)
            return when
        if not isinstance(raw, str) or not raw.strip():
            return None
        value = parse_iso(raw, self.tz)
        if value is None:
            # Seen in the wild: a German date where ISO 8601 belongs ("20.01.2027 17:00").
            found = parse_when(raw, self.tz)
            if found is not None:
                return found.start or found.date
        return value

    def daily(
        self, item: dict[str, Any], day: dt.date, end_date: dt.date | None
    ) -> DailyHours | None:
        """Daily hours from an ``eventSchedule`` that repeats every day."""
        schedule = _first(item.get("eventSchedule"))
        if not isinstance(schedule, dict) or end_date is None:
            return None
        frequency = str(schedule.get("repeatFrequency") or "").upper()
        if frequency not in ("P1D", "DAILY", "PT24H"):
            return None
        start = _clock(schedule.get("startTime"))
        if start is None:
            return None
        until = self.moment(schedule.get("endDate"))
        last = until.date() if isinstance(until, dt.datetime) else until or end_date
        return DailyHours(start=start, end=_clock(schedule.get("endTime")), until=last)

    def location(self, item: dict[str, Any]) -> tuple[bool, Location | None]:
        raw = item.get("location")
        places = raw if isinstance(raw, list) else [raw]
        mode = str(_first(item.get("eventAttendanceMode")) or "").lower()
        online = ("online" in mode and "offline" not in mode) or "mixed" in mode
        physical: Location | None = None
        virtual: Location | None = None
        for place in places:
            if isinstance(place, str) and place.strip():
                loc = parse_location(_without_country(_unescape(place)))
                if is_online(loc.text or ""):
                    online, virtual = True, virtual or loc
                else:
                    physical = physical or loc
            elif isinstance(place, dict):
                # VirtualLocation; some plugins write "VirtualPlace" (not schema.org).
                if any(t.startswith("Virtual") for t in item_types(place)):
                    online = True
                    name = _text(place.get("name")) or "Online"
                    virtual = virtual or Location(venue=name, text=name)
                else:
                    physical = physical or _place(place)
        if physical is None and virtual is None and "online" in mode and "offline" not in mode:
            # Online attendance and no place stated: the data says where, online.
            virtual = _ONLINE
        return online, physical or virtual

    def links(self, item: dict[str, Any]) -> tuple[Link, ...]:
        out: list[Link] = []
        targets: list[tuple[str, str]] = []
        page = _first(item.get("url"))
        if isinstance(page, str) and page.strip():
            targets.append((page, "Details"))
        offers = item.get("offers")
        for offer in offers if isinstance(offers, list) else [offers]:
            if isinstance(offer, dict) and isinstance(offer.get("url"), str):
                targets.append((offer["url"], "Anmeldung"))
        seen: set[str] = set()
        for raw, fallback in targets:
            target = urljoin(self.url, raw.strip())
            if target in seen or not target.startswith(("http://", "https://")):
                continue
            if target.split("#", 1)[0] == self.url.split("#", 1)[0]:
                continue  # the page itself: not a link of the event
            seen.add(target)
            out.append(Link(label=self.label(target, fallback), url=target))
        return tuple(out)


def time_element_when(
    datetime_attr: str, visible: str, tz: ZoneInfo
) -> dt.datetime | dt.date | None:
    """The moment a ``<time datetime=…>`` element states, in ``tz``.

    The machine value is converted from its offset (Drupal writes UTC: "…T16:00:00Z"
    is 17:00 in Berlin in winter, 18:00 in summer). Where the visible text states a
    time on the same day that differs, the visible text wins (readers act on what
    they see) and the disagreement is logged.
    """
    value = parse_iso(datetime_attr, tz)
    year = value.year if value is not None else None
    shown = parse_when(clean_text(visible), tz, default_year=year) if visible else None
    if value is None:
        return (shown.start or shown.date) if shown is not None else None
    if shown is None:
        return value
    if isinstance(value, dt.datetime):
        if shown.start is not None and shown.start != value:
            log.info(
                "visible time %s differs from datetime=%r: the visible time is used",
                shown.start.isoformat(),
                datetime_attr,
            )
            return shown.start
        if shown.date != value.date():
            log.info("visible date %s differs from datetime=%r", shown.date, datetime_attr)
            return shown.start or shown.date
        return value
    if shown.date != value:
        log.info("visible date %s differs from datetime=%r", shown.date, datetime_attr)
    return shown.start or shown.date


# --- small readers ----------------------------------------------------------------------


# Inline elements' tags join what they mark up ("<em>Austausch</em>." is "Austausch.");
# every other tag (p, br, li, div, …) separates words.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)?[^>]{0,2000}>")


def _untag(match: re.Match[str]) -> str:
    name = match.group(2)
    return "" if name is not None and name.lower() in INLINE_ELEMENTS else " "


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


# A complete character reference, as CMSs write them into JSON strings (WordPress'
# "&#8211;", "&amp;"). Only complete ones: html.unescape alone would also read the
# legacy forms without ";" ("&LT" becomes "<"), which are literal text in JSON.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda match: html.unescape(match.group()), text)


def _text(value: Any) -> str | None:
    """A text value: a string, ``{"@value": …}``, or a list of language variants (German
    first)."""
    if isinstance(value, list):
        texts = [v for v in value if isinstance(v, dict | str)]
        german = [v for v in texts if isinstance(v, dict) and _is_german(v.get("@language"))]
        value = (german or texts or [None])[0]
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = clean_text(_TAG.sub(_untag, _unescape(str(value))))
    return text or None


def _is_german(tag: Any) -> bool:
    # BCP 47 tags are case-insensitive ("de", "de-DE", "DE"); WordPress writes "de_DE".
    return isinstance(tag, str) and tag[:3].lower() in ("de", "de-", "de_")


# The country after an address written as one text ("…, 45127 Essen, Deutschland":
# Eventbrite): every place of a Ruhr series is in Germany, so it says nothing.
_COUNTRY = re.compile(r"(?:,|\n)\s*(?:Deutschland|Germany|DE|DEU)\s*$", re.I)


def _without_country(address: str) -> str:
    return _COUNTRY.sub("", address.rstrip())


def _prose(value: Any) -> str | None:
    return _text(value)


def _name_of(value: Any, *keys: str) -> str | None:
    """The name of a thing (``Organization``, ``Audience``) or the text itself."""
    value = _first(value)
    if isinstance(value, dict):
        for key in (*keys, "name"):
            text = _text(value.get(key))
            if text:
                return text
        return None
    return _text(value)


def _status(item: dict[str, Any]) -> ScheduleStatus:
    raw = _first(item.get("eventStatus"))
    if isinstance(raw, dict):
        raw = raw.get("@id") or raw.get("name")
    if not isinstance(raw, str):
        return "scheduled"
    return _STATUSES.get(local_name(raw).lower(), "scheduled")


def _place(place: dict[str, Any]) -> Location | None:
    """A ``Place`` (name + ``PostalAddress`` or address text) as a :class:`Location`."""
    name = _text(place.get("name"))
    address = _first(place.get("address"))
    parts: list[str] = [name] if name else []
    if isinstance(address, str):
        parts += [p for p in _without_country(_unescape(address)).split("\n") if p.strip()]
    elif isinstance(address, dict):
        street = _text(address.get("streetAddress"))
        postcode, city = _text(address.get("postalCode")), _text(address.get("addressLocality"))
        town = " ".join(t for t in (postcode, city) if t)
        parts += [p for p in (street, town) if p]
    if not parts:
        return None
    return parse_location(parts)


def _clock(value: Any) -> dt.time | None:
    value = _first(value)
    if not isinstance(value, str):
        return None
    m = re.match(r"^(?:T)?(\d{1,2}):(\d{2})", value.strip())
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return dt.time(int(m.group(1)), int(m.group(2)))


def _date_only(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None


def _all_day(start: dt.datetime, end: dt.datetime | None) -> bool:
    """Midnight-to-midnight values are a CMS's way of writing "all day": no time.

    A start at 00:00 local with no end, or an end at 00:00 or 23:59, states a day, not
    an hour (no event of a series starts at midnight).
    """
    if (start.hour, start.minute) != (0, 0):
        return False
    return end is None or (end.hour, end.minute) in ((0, 0), (23, 59))
