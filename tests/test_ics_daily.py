"""A multi-day event with daily hours is a daily recurrence in iCalendar, not one long block.

The calendar is parsed back with icalendar and its recurrence expanded with dateutil
(icalendar's own dependency), as a calendar application would.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from notify.ics import event_to_ics
from scraper.dates import parse_when
from scraper.model import DailyHours, Event

TZ = ZoneInfo("Europe/Berlin")
PAGE = "https://www.example.org/reihe"
STAMP = dt.datetime(2027, 1, 1, 9, tzinfo=dt.UTC)


def occurrences(data: bytes) -> list[tuple[dt.datetime, dt.datetime | None]]:
    (vevent,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    start = vevent.decoded("dtstart")
    end = vevent.decoded("dtend") if "dtend" in vevent else None
    if "rrule" not in vevent:
        return [(start, end)]
    rule = rrulestr(vevent["rrule"].to_ical().decode(), dtstart=start)
    length = end - start if end is not None else None
    return [(s, s + length if length is not None else None) for s in rule]


def multi_day(text: str) -> Event:
    when = parse_when(text, TZ)
    assert when is not None
    return Event(
        key="k",
        status="upcoming",
        title="Sommerakademie",
        date=when.date,
        start=when.start,
        end=when.end,
        daily=when.daily,
    )


def at(day: int, hour: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, tzinfo=TZ)


def test_daily_hours_become_one_occurrence_per_day() -> None:
    event = multi_day("11.–12. März 2027, jeweils 9–16 Uhr")
    data = event_to_ics(event, page_url=PAGE, uid="u1", tz=TZ, dtstamp=STAMP)
    assert b"RRULE:FREQ=DAILY;COUNT=2" in data
    assert occurrences(data) == [(at(11, 9), at(11, 16)), (at(12, 9), at(12, 16))]


def test_daily_hours_across_the_change_to_summer_time() -> None:
    event = multi_day("27.–29. März 2027, jeweils 10–12 Uhr")  # clocks change on the 28th
    data = event_to_ics(event, page_url=PAGE, uid="u1", tz=TZ, dtstamp=STAMP)
    got = occurrences(data)
    assert got == [(at(d, 10), at(d, 12)) for d in (27, 28, 29)]
    assert [s.utcoffset() for s, _ in got] == [
        dt.timedelta(hours=1),
        dt.timedelta(hours=2),
        dt.timedelta(hours=2),
    ]


def test_open_daily_end_and_hours_past_midnight() -> None:
    open_end = multi_day("11.–13. März 2027, jeweils ab 9 Uhr")
    data = event_to_ics(open_end, page_url=PAGE, uid="u", tz=TZ, dtstamp=STAMP)
    assert occurrences(data) == [(at(d, 9), None) for d in (11, 12, 13)]
    night = multi_day("11.–12. März 2027, jeweils 22–2 Uhr")
    data = event_to_ics(night, page_url=PAGE, uid="u", tz=TZ, dtstamp=STAMP)
    assert occurrences(data) == [(at(11, 22), at(12, 2)), (at(12, 22), at(13, 2))]


def test_without_daily_hours_nothing_recurs() -> None:
    event = multi_day("11. März 2027, 9–16 Uhr")
    data = event_to_ics(event, page_url=PAGE, uid="u", tz=TZ, dtstamp=STAMP)
    assert b"RRULE" not in data
    assert occurrences(data) == [(at(11, 9), at(11, 16))]


@given(
    st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 1)),
    st.integers(1, 6),
    st.integers(6, 12),
    st.integers(1, 8),
)
def test_every_day_gets_the_daily_hours(first: dt.date, extra: int, hour: int, hours: int) -> None:
    last = first + dt.timedelta(days=extra)
    event = Event(
        key="k",
        status="cancelled",
        title="T",
        date=first,
        start=dt.datetime.combine(first, dt.time(hour), tzinfo=TZ),
        end=dt.datetime.combine(last, dt.time(hour + hours), tzinfo=TZ),
        daily=DailyHours(dt.time(hour), dt.time(hour + hours), last),
    )
    data = event_to_ics(event, page_url=PAGE, uid="u", tz=TZ, dtstamp=STAMP)
    got = occurrences(data)
    days = [first + dt.timedelta(days=n) for n in range(extra + 1)]
    assert got == [
        (
            dt.datetime.combine(d, dt.time(hour), tzinfo=TZ),
            dt.datetime.combine(d, dt.time(hour + hours), tzinfo=TZ),
        )
        for d in days
    ]
    assert b"STATUS:CANCELLED" in data
