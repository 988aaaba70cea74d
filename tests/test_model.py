"""The page model's JSON form is the contract's shape and round-trips exactly."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from scraper.model import Contact, DailyHours, Event, Link, Location, Page, Series

BERLIN = ZoneInfo("Europe/Berlin")


def _contract_event() -> Event:
    return Event(
        key="2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
        status="upcoming",
        title="Karriere in GE? Mach’s mit Wasserstoff!",
        date=dt.date(2025, 11, 27),
        start=dt.datetime(2025, 11, 27, 17, 0, tzinfo=BERLIN),
        end=dt.datetime(2025, 11, 27, 19, 0, tzinfo=BERLIN),
        audience="Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
        note="mit Ausklang",
        location=Location(
            venue="H2PopUpLab",
            street="Bahnhofstraße 69",
            postcode="45879",
            city="Gelsenkirchen",
            text="H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
        ),
        links=(Link(label="Programm", url="https://www.rvr.ruhr/x/Programm.pdf", size="172 KB"),),
    )


def test_event_json_has_the_contract_shape() -> None:
    assert _contract_event().to_json() == {
        "key": "2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
        "status": "upcoming",
        "title": "Karriere in GE? Mach’s mit Wasserstoff!",
        "date": "2025-11-27",
        "start": "2025-11-27T17:00:00+01:00",
        "end": "2025-11-27T19:00:00+01:00",
        "daily": None,
        "audience": "Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
        "note": "mit Ausklang",
        "location": {
            "venue": "H2PopUpLab",
            "street": "Bahnhofstraße 69",
            "postcode": "45879",
            "city": "Gelsenkirchen",
            "text": "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
        },
        "links": [
            {"label": "Programm", "url": "https://www.rvr.ruhr/x/Programm.pdf", "size": "172 KB"}
        ],
        "summary": None,
    }


def test_page_json_round_trips_through_text() -> None:
    page = Page(
        url="https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe",
        series=Series(title="Fachkräfte-Reihe 2025", subtitle="Neue Perspektiven"),
        events=(_contract_event(),),
        contacts=(Contact(name="Martina Brandt", email="brandt@rvr.ruhr"),),
    )
    data = json.loads(json.dumps(page.to_json()))
    assert list(data) == ["url", "series", "events", "contacts"]
    assert Page.from_json(data) == page


@given(
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    minutes=st.integers(min_value=0, max_value=23 * 60),
    title=st.text(min_size=1, max_size=40),
)
def test_event_round_trip_keeps_offsets(day: dt.date, minutes: int, title: str) -> None:
    start = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=BERLIN)
    event = Event(key="k", status="past", title=title, date=day, start=start)
    again = Event.from_json(json.loads(json.dumps(event.to_json())))
    assert again.to_json() == event.to_json()
    assert again.start is not None and again.start.utcoffset() == start.utcoffset()
    assert again.start.timestamp() == start.timestamp()
    # Python compares a wall time that occurs twice (02:30 on the last Sunday of
    # October) as unequal to any time in another zone (PEP 495), so dataclass
    # equality is only asserted where the wall time is unambiguous.
    if start.replace(fold=1).utcoffset() == start.utcoffset():
        assert again == event


@given(
    first=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 1)),
    days=st.integers(min_value=1, max_value=30),
    start=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    end=st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_daily_hours_round_trip(
    first: dt.date, days: int, start: dt.time, end: dt.time | None
) -> None:
    until = first + dt.timedelta(days=days)
    daily = DailyHours(start, end, until)
    event = Event(key="k", status="upcoming", title="T", date=first, daily=daily)
    data = json.loads(json.dumps(event.to_json()))
    assert data["daily"] == {
        "start": start.strftime("%H:%M"),
        "end": end.strftime("%H:%M") if end else None,
        "until": until.isoformat(),
    }
    assert Event.from_json(data) == event
    assert daily.days(first) == [first + dt.timedelta(days=n) for n in range(days + 1)]


def test_stored_json_without_daily_reads_back_as_none() -> None:
    data = _contract_event().to_json()
    del data["daily"]
    assert Event.from_json(data).daily is None
