"""The schema-events parser: pages whose dates are only in JSON-LD / microdata."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.errors import NotASeriesPage
from scraper.model import DailyHours, Location
from scraper.parsers import get_parser
from scraper.parsers.rvr_series import parse_rvr_series
from scraper.parsers.schema_events import parse_schema_events

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.uni-due.de/veranstaltungen/ringvorlesung"
NOW = dt.datetime(2027, 2, 1, 12, tzinfo=BERLIN)

CHROME = """<header><nav><a href="/">Start</a> <a href="/news">News</a></nav></header>
<aside><h2>Aktuelles</h2><p>Pressemitteilung vom 12.01.2027: Neue Professur</p></aside>
<footer><p>© 2027 Universität · Stand: 01.10.2026</p></footer>
<div class="cookie-banner" hidden><p>Wir verwenden Cookies. Zustimmen?</p></div>"""


def page(data: Any, body: str = "", title: str = "Ringvorlesung Transformation") -> str:
    script = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (
        f"<!doctype html><html lang=de><head><title>{title} | Uni</title>{script}</head>"
        f"<body>{CHROME}<main><h1>{title}</h1>{body}</main></body></html>"
    )


def event(name: str, start: str, **more: Any) -> dict[str, Any]:
    return {"@type": "EducationEvent", "name": name, "startDate": start, **more}


def test_registered_and_reads_a_json_ld_only_page() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            event("Wasserstoff im Revier", "2027-03-10T18:00:00+01:00",
                  endDate="2027-03-10T20:00:00+01:00",
                  location={"@type": "Place", "name": "Audimax",
                            "address": "Universitätsstraße 2, 45141 Essen"}),
            event("Transfer in die Region", "2027-01-20T17:00:00Z"),
            event("Abgesagt", "2027-04-14T18:00:00+02:00",
                  eventStatus="https://schema.org/EventCancelled"),
        ],
    }  # fmt: skip
    parsed = get_parser("schema-events")(page(data), URL, BERLIN, now=NOW)
    assert parsed.series.title == "Ringvorlesung Transformation"
    got = [(e.key, e.status, e.start) for e in parsed.events]
    assert got == [
        (
            "2027-03-10-wasserstoff-im-revier",
            "upcoming",
            dt.datetime(2027, 3, 10, 18, tzinfo=BERLIN),
        ),
        ("2027-04-14-abgesagt", "cancelled", dt.datetime(2027, 4, 14, 18, tzinfo=BERLIN)),
        ("2027-01-20-transfer-in-die-region", "past", dt.datetime(2027, 1, 20, 18, tzinfo=BERLIN)),
    ]
    assert parsed.events[0].location == Location(
        "Audimax", "Universitätsstraße 2", "45141", "Essen",
        "Audimax, Universitätsstraße 2, 45141 Essen",
    )  # fmt: skip
    assert parsed.events[0].end == dt.datetime(2027, 3, 10, 20, tzinfo=BERLIN)


def test_without_now_every_event_not_cancelled_is_upcoming() -> None:
    data = [event("Alt", "2020-01-20"), event("Neu", "2030-01-20")]
    parsed = parse_schema_events(page(data), URL, BERLIN)
    assert [(e.title, e.status) for e in parsed.events] == [
        ("Alt", "upcoming"),
        ("Neu", "upcoming"),
    ]


def test_postponed_is_cancelled_with_a_note() -> None:
    data = [event("Später", "2027-05-05", eventStatus="EventPostponed")]
    (only,) = parse_schema_events(page(data), URL, BERLIN, now=NOW).events
    assert (only.status, only.note) == ("cancelled", "verschoben, neuer Termin folgt")


def test_visible_time_wins_over_the_data(caplog: pytest.LogCaptureFixture) -> None:
    data = [event("Transfer in die Region", "2027-03-20T17:00:00+01:00",
                  endDate="2027-03-20T19:00:00+01:00")]  # fmt: skip
    body = "<article><h3>Transfer in die Region</h3><p>20. März 2027, 17:30 Uhr</p></article>"
    with caplog.at_level(logging.INFO, logger="scraper.parsers.schema_events"):
        (only,) = parse_schema_events(page(data, body), URL, BERLIN, now=NOW).events
    assert only.start == dt.datetime(2027, 3, 20, 17, 30, tzinfo=BERLIN)
    assert only.end == dt.datetime(2027, 3, 20, 19, tzinfo=BERLIN)  # not contradicted
    assert "the page wins" in caplog.text


def test_visible_daily_hours_of_a_multi_day_event() -> None:
    data = [event("Sommerakademie", "2027-03-11T09:00", endDate="2027-03-12T16:00")]
    body = "<h3>Sommerakademie</h3><p>11.–12. März 2027, jeweils 9–16 Uhr</p>"
    (only,) = parse_schema_events(page(data, body), URL, BERLIN, now=NOW).events
    assert only.daily == DailyHours(dt.time(9), dt.time(16), dt.date(2027, 3, 12))
    assert only.to_json()["daily"] == {"start": "09:00", "end": "16:00", "until": "2027-03-12"}


def test_fields_are_capped_and_controls_stripped() -> None:
    data = [event("\x1b[2J\u202eBoom " + "x" * 10_000, "2027-03-11", description="y " * 5_000)]
    (only,) = parse_schema_events(page(data), URL, BERLIN, now=NOW).events
    assert only.title.startswith("[2JBoom x")
    assert len(only.title) == 300 and only.title.endswith("…")
    assert only.summary is not None and len(only.summary) <= 2000


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (
            "<html><body><h1>Ringvorlesung</h1>"
            + "<p>Viel Text ohne Termine.</p>" * 20
            + "</body></html>",
            "no schema.org Event data",
        ),
        (
            '<html><head><script type="application/ld+json">{"@type": "Organization",'
            ' "name": "Uni"}</script></head><body><p>kurz</p></body></html>',
            "without a readable Event",
        ),
        ("<html><body><div id=app></div></body></html>", "empty page"),
        # the same refusals as rvr-series
        (
            "<html><head><title>Wartungsarbeiten</title></head><body><h1>Wartungsarbeiten"
            "</h1><p>Die Seite ist bald wieder da.</p></body></html>",
            "maintenance notice",
        ),
        (
            "<html><head><title>Seite nicht gefunden</title></head><body><h1>Seite nicht "
            "gefunden</h1>"
            + "<p>Die angeforderte Seite gibt es nicht.</p>" * 10
            + "</body></html>",
            "not-found page",
        ),
        ("<div>" * 100_000 + "</div>" * 100_000, "nested more than"),
    ],
)
def test_refusals(html: str, reason: str) -> None:
    with pytest.raises(NotASeriesPage, match=reason):
        parse_schema_events(html, URL, BERLIN, now=NOW)


def test_microdata_only_page_and_duplicate_keys() -> None:
    body = "".join(
        f'<div itemscope itemtype="https://schema.org/Event"><h3 itemprop="name">Sprechstunde</h3>'
        f'<time itemprop="startDate" datetime="2027-03-11T{hour}:00:00+01:00">11.03.2027</time>'
        f'<span itemprop="location">Online via Zoom</span></div>'
        for hour in ("10", "14")
    )
    parsed = parse_schema_events(page([], body), URL, BERLIN, now=NOW)
    assert [e.key for e in parsed.events] == [
        "2027-03-11-sprechstunde",
        "2027-03-11-sprechstunde-2",
    ]
    assert parsed.events[0].location == Location(venue="Online via Zoom", text="Online via Zoom")


def test_city_from_the_title_when_the_data_states_no_place() -> None:
    data = [
        event("Werkstatt in Dortmund: Klimaanpassung", "2027-03-11"),
        event("Werkstatt ohne Ort", "2027-03-12"),
        event("Werkstatt in Essen", "2027-03-13", location="Online via Zoom"),
    ]
    events = parse_schema_events(page(data), URL, BERLIN, now=NOW).events
    assert [e.location for e in events] == [
        Location(city="Dortmund", text="Dortmund"),
        None,
        Location(venue="Online via Zoom", text="Online via Zoom"),
    ]


def test_a_cancel_mark_in_the_name_cancels() -> None:
    data = [
        event("ABGESAGT: Werkstatt Wasserstoff", "2027-03-11"),
        event("Werkstatt Klima (entfällt)", "2027-03-12"),
        event("Wenn Termine ausfallen: Ersatzangebote", "2027-03-13"),
    ]
    events = parse_schema_events(page(data), URL, BERLIN, now=NOW).events
    assert [(e.key, e.status, e.title) for e in events] == [
        ("2027-03-11-werkstatt-wasserstoff", "cancelled", "Werkstatt Wasserstoff"),
        ("2027-03-12-werkstatt-klima", "cancelled", "Werkstatt Klima"),
        ("2027-03-13-wenn-termine-ausfallen-ersatzangebote", "upcoming",
         "Wenn Termine ausfallen: Ersatzangebote"),
    ]  # fmt: skip


def test_the_page_itself_is_no_event_link() -> None:
    data = [event("Werkstatt", "2027-03-11", url=URL + "#werkstatt")]
    (only,) = parse_schema_events(page(data), URL, BERLIN, now=NOW).events
    assert only.links == ()


def test_ten_thousand_events_are_read_in_bounded_work() -> None:
    """Issue 12: a page with 10,000 dates is read (the cross-check with the visible text
    has a budget, so the work stays linear in the page)."""
    n = 10_000
    day = dt.date(2027, 1, 1)
    data = [event(f"Termin {i}", (day + dt.timedelta(days=i % 700)).isoformat()) for i in range(n)]
    body = (
        "<ul>"
        + "".join(
            f"<li>{day + dt.timedelta(days=i % 700):%d.%m.%Y}, 17 Uhr – Termin {i}</li>"
            for i in range(n)
        )
        + "</ul>"
    )
    events = parse_schema_events(page(data, body), URL, BERLIN, now=NOW).events
    assert len(events) == n
    assert len({e.key for e in events}) == n


def test_a_ten_megabyte_script_that_is_not_strict_json_is_read() -> None:
    """10 MB of events with the trailing comma a template left: the lax second pass is
    one linear regular-expression pass, so the page is read, not skipped or hung."""
    one = json.dumps(event("Termin", "2027-03-11T17:00:00+01:00", description="x" * 2_000))
    script = "[" + ",\n// Termin\n".join([one] * 5_000) + ",]"
    assert len(script) > 10_000_000
    html = page([]).replace("[]</script>", script + "</script>")
    events = parse_schema_events(html, URL, BERLIN, now=NOW).events
    assert [e.title for e in events] == ["Termin"]  # 5,000 times the same event: once


_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda kids: (
        st.lists(kids, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "@id",
                    "@graph",
                    "@value",
                    "name",
                    "startDate",
                    "endDate",
                    "location",
                    "address",
                    "eventStatus",
                    "eventAttendanceMode",
                    "subEvent",
                    "superEvent",
                    "itemListElement",
                    "item",
                    "offers",
                    "url",
                    "hasCourseInstance",
                    "eventSchedule",
                ]
            ),
            kids | st.sampled_from(["Event", "Course", "CourseInstance", "#a", "2027-03-11"]),
            max_size=6,
        )
    ),
    max_leaves=40,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk=_JUNK, lax=st.booleans())
def test_any_structured_junk_is_read_or_refused(junk: Any, lax: bool) -> None:
    """Wrong types anywhere, in strict JSON or with a trailing comma: a page or the
    parser's refusal, never another exception."""
    html = page(junk)
    if lax:
        html = html.replace("</script>", ",</script>", 1)
    with contextlib.suppress(NotASeriesPage):
        parse_schema_events(html, URL, BERLIN, now=NOW)


@settings(max_examples=40, deadline=None)
@given(
    times=st.lists(st.integers(8, 19), min_size=2, max_size=5, unique=True),
    date_first=st.booleans(),
    written=st.sampled_from(["{d:%d.%m.%Y}, {h}:00 Uhr", "{d:%d.%m.%Y} | {h}.00 Uhr", "{h} Uhr"]),
)
def test_sessions_of_one_day_keep_their_own_times(
    times: list[int], date_first: bool, written: str
) -> None:
    """Several events on one day, each with its date line just above or just below its
    title: a line of the next session is not this session's time."""
    day = dt.date(2027, 3, 11)
    data = [
        event(f"Sitzung {i}", f"{day}T{h:02d}:00:00+01:00", endDate=f"{day}T{h:02d}:45:00+01:00")
        for i, h in enumerate(times)
    ]
    cards = []
    for i, h in enumerate(times):
        when = f"<p>{written.format(d=day, h=h)}</p>"
        title = f"<h3>Sitzung {i}</h3>"
        cards.append(f"<div>{when + title if date_first else title + when}<p>Raum 1</p></div>")
    body = f"<p>Programm am {day:%d.%m.%Y}</p>" + "".join(cards)
    events = parse_schema_events(page(data, body), URL, BERLIN, now=NOW).events
    assert {e.title: e.start.hour for e in events if e.start} == {
        f"Sitzung {i}": h for i, h in enumerate(times)
    }


def test_a_cancellation_only_the_data_states_is_logged_and_the_visible_page_wins(
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = [
        event("Transfer in die Region", "2027-03-20T17:00:00+01:00", eventStatus="EventCancelled")
    ]
    body = (
        "<p>Die Reihe bringt Forschung und Betriebe zusammen.</p>"
        "<h2>Nächster Termin</h2><h3>Transfer in die Region</h3><p>20. März 2027, 17 Uhr</p>"
    )
    with caplog.at_level(logging.INFO, logger="scraper.parsers.rvr_series"):
        (only,) = parse_rvr_series(page(data, body), URL, BERLIN, now=NOW).events
    assert only.status == "upcoming"
    assert "structured data says cancelled; the page wins" in caplog.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.integers(7, 18),
    minutes=st.sampled_from([0, 15, 30]),
    written=st.sampled_from(["{a} - {b}", "{a} – {b} Uhr", "{a} bis {b} Uhr"]),
    data_time=st.booleans(),
)
def test_hours_on_the_line_below_the_date_line(
    start: int, minutes: int, written: str, data_time: bool
) -> None:
    """Modern Events Calendar writes date-only JSON-LD and shows the hours on a line of
    their own under the date ("24. März 2027" / "08:30 - 10:30"): the page's hours are
    the event's, also where the data states other ones."""
    day = dt.date(2027, 3, 24)
    a, b = f"{start:02d}:{minutes:02d}", f"{start + 2:02d}:{minutes:02d}"
    stated = f"{day}T21:00:00+01:00" if data_time else str(day)
    body = (
        f"<article><h4>Gründerfrühstück</h4><div>{day.day}. März 2027</div>"
        f"<div>{written.format(a=a, b=b)}</div><address>Zeche Ewald</address></article>"
    )
    (got,) = parse_schema_events(
        page([event("Gründerfrühstück", stated)], body), URL, BERLIN, now=NOW
    ).events
    assert got.start == dt.datetime(2027, 3, 24, start, minutes, tzinfo=BERLIN)
    assert got.end == dt.datetime(2027, 3, 24, start + 2, minutes, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "below", ["Einlass 9:30 Uhr", "9:30 Uhr Einlass, 10 Uhr Beginn", "Zeche Ewald"]
)
def test_a_line_below_the_date_that_is_not_only_a_time_gives_no_hours(below: str) -> None:
    body = f"<article><h4>Gründerfrühstück</h4><div>24. März 2027</div><div>{below}</div></article>"
    (got,) = parse_schema_events(
        page([event("Gründerfrühstück", "2027-03-24")], body), URL, BERLIN, now=NOW
    ).events
    assert got.start is None and got.date == dt.date(2027, 3, 24)
