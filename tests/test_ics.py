"""notify.ics: events → iCalendar, parsed back with icalendar and checked field by field."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from notify.ics import PRODID, CalendarEntry, event_to_ics, events_to_ics
from scraper.model import Event, Link, Location

TZ = ZoneInfo("Europe/Berlin")
PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
STAMP = dt.datetime(2025, 11, 20, 9, 15, tzinfo=dt.UTC)

TIMED = Event(
    key="2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
    status="upcoming",
    title="Karriere in GE? Mach’s mit Wasserstoff!",
    date=dt.date(2025, 11, 27),
    start=dt.datetime(2025, 11, 27, 17, 0, tzinfo=TZ),
    end=dt.datetime(2025, 11, 27, 19, 0, tzinfo=TZ),
    audience="Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    note="mit Ausklang",
    location=Location(
        venue="H2PopUpLab",
        street="Bahnhofstraße 69",
        postcode="45879",
        city="Gelsenkirchen",
        text="H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
    ),
    links=(Link("Programm", "https://www.rvr.ruhr/fileadmin/Programm.pdf", "172 KB"),),
)
ALL_DAY = Event(
    key="2026-03-12-ki-im-mittelstand",
    status="cancelled",
    title="KI im Mittelstand",
    date=dt.date(2026, 3, 12),
    location=Location(venue="Haus der Technik", city="Essen"),
)


def _parse(data: bytes) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


def test_timed_event_has_every_field_with_tzid_and_vtimezone() -> None:
    data = event_to_ics(
        TIMED, page_url=PAGE, uid="uid-1@rvr-watch", sequence=2, tz=TZ, dtstamp=STAMP
    )
    calendar = _parse(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == PRODID
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "uid-1@rvr-watch"
    assert int(str(event["SEQUENCE"])) == 2
    assert event.decoded("DTSTAMP") == STAMP
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime(2025, 11, 27, 17, 0, tzinfo=TZ)
    assert end == dt.datetime(2025, 11, 27, 19, 0, tzinfo=TZ)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert b"DTSTART;TZID=Europe/Berlin:20251127T170000" in data
    assert str(event["SUMMARY"]) == "Karriere in GE? Mach’s mit Wasserstoff!"
    assert str(event["LOCATION"]) == "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen"
    assert str(event["DESCRIPTION"]) == (
        "Akteure aus Wirtschaft, Verwaltung und Wissenschaft\n"
        "mit Ausklang\n"
        "Programm: https://www.rvr.ruhr/fileadmin/Programm.pdf\n" + PAGE
    )
    assert str(event["URL"]) == PAGE
    assert str(event["STATUS"]) == "CONFIRMED"
    assert data.endswith(b"END:VCALENDAR\r\n")


def test_event_without_time_is_all_day_with_exclusive_end_and_cancelled_status() -> None:
    data = event_to_ics(ALL_DAY, page_url=PAGE, uid="uid-2", tz=TZ, dtstamp=STAMP)
    calendar = _parse(data)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2026, 3, 12)
    assert event.decoded("DTEND") == dt.date(2026, 3, 13)
    assert b"DTSTART;VALUE=DATE:20260312" in data
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(str(event["SEQUENCE"])) == 0
    assert str(event["LOCATION"]) == "Haus der Technik, Essen"
    assert calendar.walk("VTIMEZONE") == []  # no times, no zone needed


def test_start_without_end_has_no_invented_end() -> None:
    event = Event(
        key="k", status="upcoming", title="T", date=dt.date(2025, 11, 27), start=TIMED.start
    )
    (vevent,) = _parse(event_to_ics(event, page_url=PAGE, uid="u", tz=TZ)).walk("VEVENT")
    assert "DTEND" not in vevent
    assert vevent.decoded("DTSTART") == TIMED.start


def test_times_are_shown_in_the_configured_zone() -> None:
    utc_event = Event(
        key="k",
        status="upcoming",
        title="T",
        date=dt.date(2025, 7, 1),
        start=dt.datetime(2025, 7, 1, 15, 0, tzinfo=dt.UTC),
    )
    data = event_to_ics(utc_event, page_url=PAGE, uid="u", tz=TZ)
    assert b"DTSTART;TZID=Europe/Berlin:20250701T170000" in data


def test_several_events_in_one_calendar_with_a_name_and_each_its_page() -> None:
    other_page = "https://www.rvr.ruhr/themen/andere-reihe"
    data = events_to_ics(
        [CalendarEntry(TIMED, "a", 0, PAGE), CalendarEntry(ALL_DAY, "b", 3, other_page)],
        tz=TZ,
        calendar_name="Fachkräfte-Reihe",
        dtstamp=STAMP,
    )
    calendar = _parse(data)
    assert str(calendar["X-WR-CALNAME"]) == "Fachkräfte-Reihe"
    events = calendar.walk("VEVENT")
    assert [(str(e["UID"]), int(str(e["SEQUENCE"]))) for e in events] == [("a", 0), ("b", 3)]
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert [str(e["URL"]) for e in events] == [PAGE, other_page]
    # One VTIMEZONE however many events use it.
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_dtstamp_defaults_to_now() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    (vevent,) = _parse(event_to_ics(TIMED, page_url=PAGE, uid="u", tz=TZ)).walk("VEVENT")
    assert vevent.decoded("DTSTAMP") >= before


@given(st.text(min_size=1, max_size=200))
def test_any_title_survives_as_summary_without_control_characters(title: str) -> None:
    event = Event(key="k", status="upcoming", title=title, date=dt.date(2025, 11, 27))
    data = event_to_ics(event, page_url=PAGE, uid="u", tz=TZ, dtstamp=STAMP)
    (vevent,) = _parse(data).walk("VEVENT")
    summary = str(vevent.get("SUMMARY", ""))
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in summary)
    assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in summary)
