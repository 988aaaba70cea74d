"""Events as iCalendar (RFC 5545) files: pure, bytes out.

Times carry a ``TZID`` of the configured zone with a matching ``VTIMEZONE``; an event
without a known time becomes an all-day event (``DTEND`` is the day after, exclusive).
Cancelled events keep their ``UID`` and get ``STATUS:CANCELLED``, so a calendar that
imported the date earlier can strike it out. A multi-day event with daily hours is one
``VEVENT`` with the first day's hours and ``RRULE:FREQ=DAILY;COUNT=<days>``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from scraper.model import DailyHours, Event

if TYPE_CHECKING:
    import icalendar

PRODID = "-//rvr-watch//rvr-watch//DE"


class CalendarEntry(NamedTuple):
    """One event of a calendar with its ``UID``, ``SEQUENCE`` and the page it is from."""

    event: Event
    uid: str
    sequence: int
    page_url: str


# C0/C1 controls and bidi overrides have no business in calendar text.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def event_to_ics(
    event: Event,
    *,
    page_url: str,
    uid: str,
    sequence: int = 0,
    tz: ZoneInfo,
    dtstamp: dt.datetime | None = None,
) -> bytes:
    """One event as a complete ``VCALENDAR``.

    ``uid`` must stay the same for the same event (across reschedules) so that calendars
    update their entry; ``sequence`` must grow with every published change.
    ``dtstamp`` defaults to now (UTC); pass it for reproducible output.
    """
    return events_to_ics(
        [CalendarEntry(event, uid, sequence, page_url)], tz=tz, calendar_name=None, dtstamp=dtstamp
    )


def events_to_ics(
    entries: Sequence[CalendarEntry],
    *,
    tz: ZoneInfo,
    calendar_name: str | None,
    dtstamp: dt.datetime | None = None,
    method: str | None = None,
) -> bytes:
    """Several events, from one page or many, as one ``VCALENDAR`` (exports, digests).

    ``method`` (``PUBLISH`` or ``CANCEL``) makes it an iTIP object for e-mail (RFC 5546,
    RFC 6047); files and feeds have none.
    """
    import icalendar  # noqa: PLC0415 - heavy; only loaded when a calendar is made

    stamp = (dtstamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if calendar_name:
        calendar.add("x-wr-calname", _clean(calendar_name))
    for entry in entries:
        calendar.add_component(
            _vevent(
                entry.event,
                page_url=entry.page_url,
                uid=entry.uid,
                sequence=entry.sequence,
                tz=tz,
                stamp=stamp,
            )
        )
    if any(entry.event.start is not None for entry in entries):
        years = [entry.event.date.year for entry in entries]
        calendar.add_missing_timezones(
            first_date=dt.date(min(years) - 1, 1, 1), last_date=dt.date(max(years) + 1, 12, 31)
        )
    data: bytes = calendar.to_ical()
    return data


def _vevent(
    event: Event, *, page_url: str, uid: str, sequence: int, tz: ZoneInfo, stamp: dt.datetime
) -> icalendar.Event:
    import icalendar  # noqa: PLC0415

    vevent = icalendar.Event()
    vevent.add("uid", _clean(uid))
    vevent.add("sequence", max(0, sequence))
    vevent.add("dtstamp", stamp)
    if event.start is not None and event.daily is not None:
        _add_daily(vevent, event, event.daily, tz)
    elif event.start is not None:
        vevent.add("dtstart", event.start.astimezone(tz))
        if event.end is not None and event.end > event.start:
            vevent.add("dtend", event.end.astimezone(tz))
    else:
        # All-day: DTEND is exclusive, so the day after.
        vevent.add("dtstart", event.date)
        vevent.add("dtend", event.date + dt.timedelta(days=1))
    vevent.add("summary", _clean(event.title))
    location = _location(event)
    if location:
        vevent.add("location", location)
    vevent.add("description", _description(event, page_url))
    vevent.add("url", page_url)
    vevent.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    return vevent


def _add_daily(vevent: icalendar.Event, event: Event, daily: DailyHours, tz: ZoneInfo) -> None:
    """A multi-day event with daily hours ("11.–12. März, jeweils 9–16 Uhr") as the first
    day's hours repeated daily through the last day, not one 31-hour block."""
    assert event.start is not None
    start = event.start.astimezone(tz)
    vevent.add("dtstart", start)
    if daily.end is not None:
        end = dt.datetime.combine(start.date(), daily.end, tzinfo=tz)
        if end <= start:  # "jeweils 20–2 Uhr" runs past midnight
            end += dt.timedelta(days=1)
        vevent.add("dtend", end)
    days = (daily.until - start.date()).days + 1
    vevent.add("rrule", {"freq": "daily", "count": max(1, days)})


def _location(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    if loc.text:
        return _clean(loc.text)
    town = " ".join(part for part in (loc.postcode, loc.city) if part)
    return _clean(", ".join(part for part in (loc.venue, loc.street, town) if part))


def _description(event: Event, page_url: str) -> str:
    lines = [event.audience, event.note, event.summary]
    lines += [f"{link.label}: {link.url}" for link in event.links]
    lines.append(page_url)
    return "\n".join(_clean(line) for line in lines if line)


def _clean(text: str) -> str:
    return _UNSAFE.sub("", text).strip()
