"""schema.org Event data (JSON-LD, microdata, <time datetime>) read into StructuredEvent.

The property tests render a generated event through the forms real sites use (plain
object, list, ``@graph``, ``ItemList``, ``EventSeries.subEvent``, ``@id`` references;
offsets, UTC ``Z`` and local times; addresses as ``PostalAddress``, as text, or the
location as one string; microdata) and demand the same event back, field by field.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import schema_org
from scraper.model import DailyHours, Link, Location
from scraper.places import municipalities
from scraper.structured import (
    EVENT_TYPES,
    StructuredEvent,
    structured_events,
    time_element_when,
)

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.ihk.de/veranstaltungen/transfer-reihe"
UTC = dt.UTC


def page(*scripts: Any, body: str = "") -> str:
    blocks = "".join(
        f'<script type="application/ld+json">{json.dumps(s, ensure_ascii=False)}</script>'
        for s in scripts
    )
    return f"<!doctype html><html><head>{blocks}</head><body>{body}</body></html>"


def read(html: str) -> list[StructuredEvent]:
    return structured_events(html, URL, BERLIN)


def berlin(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN)


# --- JSON-LD, one form at a time ----------------------------------------------------


def test_event_with_postal_address_and_links() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "name": "Transfer in die Region &amp; darüber hinaus",
        "startDate": "2027-01-20T17:00:00+01:00",
        "endDate": "2027-01-20T19:00:00+01:00",
        "description": "<p>Ein Abend über <b>Transfer</b>.</p>",
        "location": {
            "@type": "Place",
            "name": "Haus der Technik",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Hollestr. 1",
                "postalCode": "45127",
                "addressLocality": "Essen",
            },
        },
        "url": "/veranstaltungen/transfer",
        "offers": {"@type": "Offer", "url": "https://tickets.example.org/transfer"},
        "organizer": {"@type": "Organization", "name": "IHK zu Essen"},
        "audience": {"@type": "Audience", "audienceType": "Unternehmen"},
    }
    body = '<a href="/veranstaltungen/transfer">Zur Veranstaltung</a>'
    (event,) = read(page(data, body=body))
    assert event == StructuredEvent(
        title="Transfer in die Region & darüber hinaus",
        date=dt.date(2027, 1, 20),
        start=berlin(2027, 1, 20, 17),
        end=berlin(2027, 1, 20, 19),
        location=Location(
            "Haus der Technik",
            "Hollestr. 1",
            "45127",
            "Essen",
            "Haus der Technik, Hollestr. 1, 45127 Essen",
        ),
        summary="Ein Abend über Transfer.",
        audience="Unternehmen",
        organizer="IHK zu Essen",
        links=(
            Link("Zur Veranstaltung", "https://www.ihk.de/veranstaltungen/transfer"),
            Link("Anmeldung", "https://tickets.example.org/transfer"),
        ),
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("https://schema.org/EventCancelled", "cancelled"),
        ("http://schema.org/EventPostponed", "postponed"),
        ("EventRescheduled", "rescheduled"),
        ("schema:EventMovedOnline", "moved-online"),
        ("https://schema.org/EventScheduled", "scheduled"),
        ({"@id": "https://schema.org/EventCancelled"}, "cancelled"),
        ("something else", "scheduled"),
    ],
)
def test_event_status(status: Any, expected: str) -> None:
    data = {"@type": "Event", "name": "X", "startDate": "2027-01-20", "eventStatus": status}
    (event,) = read(page(data))
    assert event.status == expected


def test_rescheduled_keeps_the_previous_date() -> None:
    data = {
        "@type": "BusinessEvent",
        "name": "Fachtag",
        "startDate": "2027-02-03T10:00:00+01:00",
        "previousStartDate": ["2027-01-20T10:00:00+01:00"],
        "eventStatus": "https://schema.org/EventRescheduled",
    }
    (event,) = read(page(data))
    assert event.date == dt.date(2027, 2, 3)
    assert event.previous_date == dt.date(2027, 1, 20)
    assert event.previous_start == berlin(2027, 1, 20, 10)


def test_graph_references_series_and_subtypes() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Transfer-Reihe"},
            {
                "@type": "EventSeries",
                "name": "Transfer-Reihe 2027",
                "subEvent": [{"@id": "#e1"}, {"@id": "#e2"}],
            },
            {"@id": "#e1", "@type": ["EducationEvent"], "name": "Eins", "startDate": "2027-01-20"},
            {"@id": "#e2", "@type": "https://schema.org/SocialEvent", "name": "Zwei",
             "startDate": "2027-02-20", "location": {"@id": "#rathaus"}},
            {"@id": "#rathaus", "@type": "Place", "name": "Rathaus",
             "address": "Markt 1, 59423 Unna"},
            {"@type": "Organization", "name": "Not an event"},
        ],
    }  # fmt: skip
    events = read(page(data))
    assert [(e.title, e.date, e.series) for e in events] == [
        ("Eins", dt.date(2027, 1, 20), "Transfer-Reihe 2027"),
        ("Zwei", dt.date(2027, 2, 20), "Transfer-Reihe 2027"),
    ]
    assert events[1].location == Location(
        "Rathaus", "Markt 1", "59423", "Unna", "Rathaus, Markt 1, 59423 Unna"
    )


def test_item_list_and_several_scripts() -> None:
    listing = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1,
             "item": {"@type": "Event", "name": "A", "startDate": "2027-03-01"}},
            {"@type": "ListItem", "position": 2,
             "item": {"@type": "Event", "name": "B", "startDate": "2027-04-01"}},
        ],
    }  # fmt: skip
    other = [{"@type": "MusicEvent", "name": "C", "startDate": "2027-05-01"}]
    assert [e.title for e in read(page(listing, other))] == ["A", "B", "C"]


def test_container_event_yields_its_sub_events_only() -> None:
    data = {
        "@type": "Event",
        "name": "Konferenz",
        "startDate": "2027-03-01",
        "subEvent": [
            {"@type": "Event", "name": "Session 1", "startDate": "2027-03-01T10:00"},
            {"@type": "Event", "name": "Session 2", "startDate": "2027-03-01T14:00"},
        ],
    }
    assert [e.title for e in read(page(data))] == ["Session 1", "Session 2"]


def test_locations_virtual_string_and_hybrid() -> None:
    online = {
        "@type": "Event", "name": "Webinar", "startDate": "2027-01-20T10:00",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": "https://zoom.us/j/1"},
    }  # fmt: skip
    text = {
        "@type": "Event",
        "name": "Text",
        "startDate": "2027-01-21",
        "location": "Philharmonie Essen",
    }
    hybrid = {
        "@type": "Event", "name": "Hybrid", "startDate": "2027-01-22",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "location": [
            {"@type": "VirtualLocation", "name": "Livestream", "url": "https://x.de/live"},
            {"@type": "Place", "name": "RVR", "address": {"streetAddress": "Kronprinzenstraße 35",
             "postalCode": "45128", "addressLocality": "Essen"}},
        ],
    }  # fmt: skip
    zoom = {
        "@type": "Event",
        "name": "Zoom",
        "startDate": "2027-01-23",
        "location": "Online via Zoom",
    }
    events = {e.title: e for e in read(page([online, text, hybrid, zoom]))}
    assert events["Webinar"].online and events["Webinar"].location == Location(
        "Online", text="Online"
    )
    assert not events["Text"].online
    assert events["Text"].location == Location(
        "Philharmonie Essen", None, None, "Essen", "Philharmonie Essen"
    )
    assert events["Hybrid"].online
    assert events["Hybrid"].location is not None and events["Hybrid"].location.city == "Essen"
    assert events["Zoom"].online
    assert events["Zoom"].location == Location("Online via Zoom", text="Online via Zoom")


def test_event_schedule_gives_daily_hours() -> None:
    data = {
        "@type": "EducationEvent",
        "name": "Sommerakademie",
        "startDate": "2027-07-05T09:00:00+02:00",
        "endDate": "2027-07-07T16:00:00+02:00",
        "eventSchedule": {
            "@type": "Schedule",
            "repeatFrequency": "P1D",
            "startTime": "09:00",
            "endTime": "16:00:00",
        },
    }
    (event,) = read(page(data))
    assert event.end_date == dt.date(2027, 7, 7)
    assert event.daily == DailyHours(dt.time(9), dt.time(16), dt.date(2027, 7, 7))


def test_dates_all_day_german_and_language_tagged_names() -> None:
    data = [
        {"@type": "Event", "name": [{"@language": "en", "@value": "Day"},
                                    {"@language": "de", "@value": "Tag"}],
         "startDate": "2027-01-20T00:00:00+01:00", "endDate": "2027-01-20T23:59:00+01:00"},
        {"@type": "Event", "name": "Deutsch", "startDate": "20.01.2027, 17:00 Uhr"},
        {"@type": "Event", "name": "Zweitägig", "startDate": "2027-03-11", "endDate": "2027-03-12"},
        {"@type": "Event", "name": "Ganztags", "startDate": "2027-03-11T00:00:00+01:00",
         "endDate": "2027-03-12T00:00:00+01:00"},
    ]  # fmt: skip
    tag, german, two, whole = read(page(data))
    assert (whole.date, whole.end_date, whole.start, whole.end) == (
        dt.date(2027, 3, 11),
        None,
        None,
        None,
    )
    assert (tag.title, tag.start, tag.end) == ("Tag", None, None)
    assert german.start == berlin(2027, 1, 20, 17)
    assert (two.date, two.end_date, two.start) == (dt.date(2027, 3, 11), dt.date(2027, 3, 12), None)


def test_events_without_name_or_date_are_not_invented() -> None:
    data = [
        {"@type": "Event", "startDate": "2027-01-20"},
        {"@type": "Event", "name": "Ohne Datum"},
        {"@type": "Event", "name": "Kaputt", "startDate": "bald"},
        {"@type": "EventSeries", "name": "Reihe", "startDate": "2027-01-01"},
    ]
    assert read(page(data)) == []


def test_broken_json_ld_is_skipped_and_the_rest_read() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "Event", "name": </script>'
        '<script type="application/ld+json"><!-- {"@type": "Event", "name": "Ok",'
        ' "startDate": "2027-01-20"} --></script>'
    )
    assert [e.title for e in read(html)] == ["Ok"]


def test_hostile_nesting_is_bounded() -> None:
    deep_json = "[" * 200_000 + "]" * 200_000
    deep_dicts = (
        '{"a":' * 5_000
        + '{"@type": "Event", "name": "Tief", "startDate": "2027-01-20"}'
        + "}" * 5_000
    )
    # Deeper HTML than this is refused before lexbor parses it (read_document, tested
    # with the parser): lexbor's parse alone is quadratic in the nesting.
    divs = 2_500
    spans = 1_000  # deeper than the walk up from a property to its item goes
    html = (
        f'<script type="application/ld+json">{deep_json}</script>'
        f'<script type="application/ld+json">{deep_dicts}</script>'
        + "<div>" * divs
        + '<p itemscope itemtype="https://schema.org/Event"><span itemprop="name">M</span>'
        + "<span>" * spans
        + '<i itemprop="name">too deep</i>'
        + "</span>" * spans
        + '<meta itemprop="startDate" content="2027-01-21"></p>'
        + "</div>" * divs
    )
    events = read(html)  # neither RecursionError nor anything read past the depth limits
    assert [e.title for e in events] == ["M"]


# --- microdata ------------------------------------------------------------------------


def test_microdata_with_nested_place_and_utc_time() -> None:
    html = """
    <div itemscope itemtype="https://schema.org/EducationEvent">
      <h3 itemprop="name">Workshop KI</h3>
      <time itemprop="startDate" datetime="2027-06-10T15:00:00Z">10. Juni 2027, 17 Uhr</time>
      <meta itemprop="endDate" content="2027-06-10T19:00:00+02:00">
      <div itemprop="location" itemscope itemtype="https://schema.org/Place">
        <span itemprop="name">RVR</span>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="streetAddress">Kronprinzenstraße 35</span>,
          <span itemprop="postalCode">45128</span> <span itemprop="addressLocality">Essen</span>
        </div>
      </div>
      <link itemprop="eventStatus" href="https://schema.org/EventCancelled">
      <a itemprop="url" href="/ki">Details zum Workshop</a>
      <p itemprop="description">Für   Einsteiger.</p>
    </div>"""
    (event,) = read(html)
    assert event == StructuredEvent(
        title="Workshop KI",
        date=dt.date(2027, 6, 10),
        start=berlin(2027, 6, 10, 17),
        end=berlin(2027, 6, 10, 19),
        status="cancelled",
        location=Location(
            "RVR",
            "Kronprinzenstraße 35",
            "45128",
            "Essen",
            "RVR, Kronprinzenstraße 35, 45128 Essen",
        ),
        summary="Für Einsteiger.",
        links=(Link("Details zum Workshop", "https://www.ihk.de/ki"),),
        source="microdata",
    )


def test_rdfa_lite() -> None:
    html = """
    <div vocab="https://schema.org/" typeof="EducationEvent">
      <h3 property="name">Kolloquium Energiewende</h3>
      <time property="startDate" datetime="2026-10-08T08:00:00Z">8. Oktober 2026, 10 Uhr</time>
      <div property="schema:location" typeof="Place"><span property="name">Hörsaal 1</span>
        <div property="address" typeof="PostalAddress">
          <span property="streetAddress">Otto-Hahn-Straße 12</span>,
          <span property="postalCode">44227</span> <span property="addressLocality">Dortmund</span>
        </div>
      </div>
    </div>"""
    (event,) = read(html)
    assert (event.title, event.start, event.source) == (
        "Kolloquium Energiewende",
        berlin(2026, 10, 8, 10),
        "rdfa",
    )
    assert event.location == Location(
        "Hörsaal 1", "Otto-Hahn-Straße 12", "44227", "Dortmund",
        "Hörsaal 1, Otto-Hahn-Straße 12, 44227 Dortmund",
    )  # fmt: skip


def test_the_same_event_in_json_ld_and_microdata_is_read_once() -> None:
    data = {"@type": "Event", "name": "Doppelt", "startDate": "2027-01-20T17:00"}
    body = (
        '<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">doppelt</span>'
        '<meta itemprop="startDate" content="2027-01-20"></div>'
    )
    (event,) = read(page(data, body=body))
    assert event.source == "json-ld"


# --- <time datetime> -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attr", "text", "expected"),
    [
        ("2027-01-20T16:00:00Z", "", berlin(2027, 1, 20, 17)),  # winter: UTC+1
        ("2027-06-10T15:00:00Z", "", berlin(2027, 6, 10, 17)),  # summer: UTC+2
        ("2027-06-10T17:00:00+02:00", "10.06.2027", berlin(2027, 6, 10, 17)),
        ("2027-06-10T15:00:00Z", "Do., 10.06., 17:00 Uhr", berlin(2027, 6, 10, 17)),
        ("2027-06-10", "10. Juni 2027", dt.date(2027, 6, 10)),
        ("kaputt", "10. Juni 2027, 18 Uhr", berlin(2027, 6, 10, 18)),
        ("kaputt", "", None),
    ],
)
def test_time_element(attr: str, text: str, expected: object) -> None:
    assert time_element_when(attr, text, BERLIN) == expected


def test_time_element_visible_time_wins_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="scraper.structured"):
        got = time_element_when("2027-01-20T16:00:00Z", "20. Januar 2027, 18:30 Uhr", BERLIN)
    assert got == berlin(2027, 1, 20, 18, 30)
    assert "differs" in caplog.text


# --- property: a generated event survives every JSON-LD and microdata form -------------

_CITIES = [m.name for m in municipalities()]
_VENUES = ["Haus der Technik", "H2PopUpLab", "Zeche Zollverein", "Unperfekthaus", "Rathaus",
           "Kulturzentrum „Die Fabrik“", "Wissenschaftspark", "Stadthalle"]  # fmt: skip
_STREETS = ["Bahnhofstraße", "Hollestr.", "Am Hauptbahnhof", "Friedrich-Ebert-Straße",
            "Kennedyplatz", "Huyssenallee", "Rüttenscheider Str.", "Königswall"]  # fmt: skip
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ’–„“!?&0123456789-"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=12)


@dataclass(frozen=True)
class Model:
    title: str
    start: dt.datetime
    minutes: int | None  # duration; None: no end
    all_day: bool
    status: str
    place: tuple[str, str, str, str] | None  # venue, street, postcode, city


@st.composite
def models(draw: st.DrawFn) -> Model:
    day = draw(st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31)))
    clock = dt.time(draw(st.integers(6, 21)), draw(st.sampled_from([0, 15, 30, 45])))
    place = None
    if draw(st.booleans()):
        street = f"{draw(st.sampled_from(_STREETS))} {draw(st.integers(1, 299))}"
        place = (
            draw(st.sampled_from(_VENUES)),
            street,
            f"{draw(st.integers(1067, 99998)):05d}",
            draw(st.sampled_from(_CITIES)),
        )
    return Model(
        title=" ".join(draw(st.lists(_WORD, min_size=1, max_size=6))),
        start=dt.datetime.combine(day, clock, tzinfo=BERLIN),
        minutes=draw(st.none() | st.integers(30, 240)),
        all_day=draw(st.booleans()),
        status=draw(st.sampled_from(["scheduled", "cancelled", "postponed"])),
        place=place,
    )


def _stamp(moment: dt.datetime, form: str) -> str:
    if form == "utc":
        return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if form == "local":
        return moment.replace(tzinfo=None).isoformat()
    return moment.isoformat()


_STATUS_URL = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
}


def _json_ld(m: Model, kind: str, form: str, address: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": kind, "name": m.title}
    if m.all_day:
        item["startDate"] = m.start.date().isoformat()
    else:
        item["startDate"] = _stamp(m.start, form)
        if m.minutes is not None:
            item["endDate"] = _stamp(m.start + dt.timedelta(minutes=m.minutes), form)
    item["eventStatus"] = f"https://schema.org/{_STATUS_URL[m.status]}"
    if m.place is not None:
        venue, street, postcode, city = m.place
        if address == "postal":
            item["location"] = {"@type": "Place", "name": venue, "address": {
                "@type": "PostalAddress", "streetAddress": street, "postalCode": postcode,
                "addressLocality": city, "addressCountry": "DE"}}  # fmt: skip
        elif address == "text":
            item["location"] = {
                "@type": "Place",
                "name": venue,
                "address": f"{street}, {postcode} {city}",
            }
        else:
            item["location"] = f"{venue}, {street}, {postcode} {city}"
    return item


def _wrap(items: list[dict[str, Any]], container: str) -> list[Any]:
    if container == "list":
        return [items]
    if container == "graph":
        return [{"@context": "https://schema.org", "@graph": items}]
    if container == "itemlist":
        return [
            {
                "@type": "ItemList",
                "itemListElement": [{"@type": "ListItem", "item": i} for i in items],
            }
        ]
    if container == "series":
        return [{"@type": "EventSeries", "name": "Reihe", "subEvent": items}]
    if container == "ids":
        refs = [{"@id": f"#e{n}"} for n in range(len(items))]
        return [{"@graph": [{"@type": "EventSeries", "name": "Reihe", "subEvent": refs},
                            *({**i, "@id": f"#e{n}"} for n, i in enumerate(items))]}]  # fmt: skip
    return items  # one script per event


def _microdata(m: Model) -> str:
    start = "" if m.all_day else _stamp(m.start, "utc")
    parts = [f'<h3 itemprop="name">{escape(m.title)}</h3>']
    if m.all_day:
        parts.append(f'<time itemprop="startDate" datetime="{m.start.date().isoformat()}">'
                     f"{m.start:%d.%m.%Y}</time>")  # fmt: skip
    else:
        parts.append(
            f'<time itemprop="startDate" datetime="{start}">{m.start:%d.%m.%Y, %H:%M} Uhr</time>'
        )
        if m.minutes is not None:
            end = m.start + dt.timedelta(minutes=m.minutes)
            parts.append(f'<meta itemprop="endDate" content="{end.isoformat()}">')
    parts.append(f'<link itemprop="eventStatus" href="https://schema.org/{_STATUS_URL[m.status]}">')
    if m.place is not None:
        venue, street, postcode, city = m.place
        parts.append(
            f'<div itemprop="location" itemscope itemtype="https://schema.org/Place">'
            f'<b itemprop="name">{escape(venue)}</b><br><span itemprop="address" itemscope '
            f'itemtype="https://schema.org/PostalAddress">'
            f'<span itemprop="streetAddress">{escape(street)}</span><br>'
            f'<span itemprop="postalCode">{postcode}</span> '
            f'<span itemprop="addressLocality">{escape(city)}</span></span></div>'
        )
    inner = "".join(parts)
    return f'<article itemscope itemtype="https://schema.org/EducationEvent">{inner}</article>'


def _expected(m: Model, source: str) -> StructuredEvent:
    start = None if m.all_day else m.start
    end = None if m.all_day or m.minutes is None else m.start + dt.timedelta(minutes=m.minutes)
    location = None
    if m.place is not None:
        venue, street, postcode, city = m.place
        location = Location(venue, street, postcode, city, f"{venue}, {street}, {postcode} {city}")
    return StructuredEvent(
        title=m.title,
        date=m.start.date(),
        start=start,
        end=end,
        end_date=end.date() if end is not None and end.date() > m.start.date() else None,
        status=m.status,  # type: ignore[arg-type]
        location=location,
        source=source,  # type: ignore[arg-type]
    )


def _same(got: StructuredEvent, want: StructuredEvent) -> None:
    for name in StructuredEvent.__dataclass_fields__:
        if name == "series":
            continue
        assert getattr(got, name) == getattr(want, name), name
    if got.start is not None:
        assert got.start.utcoffset() == want.start.utcoffset() if want.start else True


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        models(), min_size=1, max_size=4, unique_by=lambda m: (m.start.date(), m.title.casefold())
    ),
    st.sampled_from(sorted(EVENT_TYPES)),
    st.sampled_from(["offset", "utc", "local"]),
    st.sampled_from(["postal", "text", "string"]),
    st.sampled_from(["scripts", "list", "graph", "itemlist", "series", "ids"]),
)
def test_json_ld_round_trip(
    events: list[Model], kind: str, form: str, address: str, container: str
) -> None:
    scripts = _wrap([_json_ld(m, kind, form, address) for m in events], container)
    got = read(page(*scripts, body="<h1>Reihe</h1>"))
    assert len(got) == len(events)
    for g, m in zip(got, events, strict=True):
        _same(g, _expected(m, "json-ld"))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        models(), min_size=1, max_size=4, unique_by=lambda m: (m.start.date(), m.title.casefold())
    )
)
def test_microdata_round_trip(events: list[Model]) -> None:
    body = "<main>" + "".join(_microdata(m) for m in events) + "</main>"
    got = read(f"<html><body>{body}</body></html>")
    assert len(got) == len(events)
    for g, m in zip(got, events, strict=True):
        _same(g, _expected(m, "microdata"))


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("Stadtdialog &#8211; Wattenscheid", "Stadtdialog – Wattenscheid"),
        ("Forschung &amp; Lehre &#x2013; Dialog", "Forschung & Lehre – Dialog"),
        ("&LT und &gt3 bleiben", "&LT und &gt3 bleiben"),  # no ";": literal text in JSON
        ("AT&T-Forum", "AT&T-Forum"),
    ],
)
def test_json_ld_strings_decode_complete_character_references_only(
    written: str, read_as: str
) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": written,
        "startDate": "2026-03-05T18:00:00+01:00",
    }
    (event,) = read(page(data, body="<h1>Reihe</h1>"))
    assert event.title == read_as


def test_wordpress_events_calendar_quirks() -> None:
    """The Events Calendar (WordPress) writes entities into JSON strings, HTML into the
    description, and the country into the address."""
    data = [
        {
            "@context": "http://schema.org",
            "@type": "Event",
            "name": "Stadtdialog &#8211; Wattenscheid",
            "description": "&lt;p&gt;Plätze und Parks&lt;/p&gt;\n",
            "url": "https://www.bochum.de/veranstaltung/stadtdialog-wattenscheid/",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "startDate": "2026-03-05T18:00:00+01:00",
            "endDate": "2026-03-05T20:00:00+01:00",
            "location": {
                "@type": "Place",
                "name": "Stadtteilladen Wattenscheid",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": "Oststraße 41",
                    "addressLocality": "Bochum",
                    "postalCode": "44866",
                    "addressCountry": "Deutschland",
                },
                "telephone": "",
                "sameAs": "",
            },
            "organizer": {"@type": "Person", "name": "Stadt Bochum"},
            "offers": {"@type": "Offer", "price": "0", "priceCurrency": "EUR",
                       "url": "https://www.bochum.de/veranstaltung/stadtdialog-wattenscheid/"},
        }
    ]  # fmt: skip
    (event,) = read(page(data))
    assert event.title == "Stadtdialog – Wattenscheid"
    assert event.summary == "Plätze und Parks"
    assert not event.online
    assert event.location == Location(
        "Stadtteilladen Wattenscheid", "Oststraße 41", "44866", "Bochum",
        "Stadtteilladen Wattenscheid, Oststraße 41, 44866 Bochum",
    )  # fmt: skip
    assert event.links == (
        Link("Details", "https://www.bochum.de/veranstaltung/stadtdialog-wattenscheid/"),
    )  # the offer's URL is the same page: one link
    assert event.organizer == "Stadt Bochum"


# --- JSON-LD as CMSs and plugins really write it (tests/parsing/corpus_structured_unseen.py)

_INLINE_TAGS = ("b", "strong", "em", "i", "span", "a", "sup", "small", "u", "mark")


@settings(max_examples=50, deadline=None)
@given(
    tag=st.sampled_from(_INLINE_TAGS),
    word=st.sampled_from(["Transfer", "KI", "Führung & Verantwortung", "H2"]),
    after=st.sampled_from([".", ",", "!", "“", ""]),
)
def test_inline_markup_in_names_joins_what_it_marks(tag: str, word: str, after: str) -> None:
    """ "<em>Austausch</em>." is "Austausch.", not "Austausch ."; block tags separate."""
    marked = f'Netzwerk <{tag} class="x">{escape(word)}</{tag}>{after}'
    data = {
        "@type": "Event",
        "name": marked,
        "startDate": "2027-01-20",
        "description": f"<p>Erster</p><p>{marked}</p>",
    }
    (event,) = read(page(data))
    assert event.title == f"Netzwerk {word}{after}"
    assert event.summary == f"Erster Netzwerk {word}{after}"


def test_online_attendance_without_a_stated_place_is_online() -> None:
    online = "https://schema.org/OnlineEventAttendanceMode"
    data = [
        {"@type": "Event", "name": "A", "startDate": "2027-01-20", "eventAttendanceMode": online},
        {
            "@type": "Event",
            "name": "B",
            "startDate": "2027-01-21",
            "eventAttendanceMode": "OnlineEventAttendanceMode",
            "location": {"@type": "VirtualPlace", "url": "https://webex.com/x"},
        },
        {
            "@type": "Event",
            "name": "C",
            "startDate": "2027-01-22",
            "location": {"@type": "VirtualLocation", "url": "https://webex.com/x"},
        },
        # Hybrid without a physical place: where it is on site is not stated.
        {
            "@type": "Event",
            "name": "D",
            "startDate": "2027-01-23",
            "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        },
    ]
    a, b, c, d = read(page(data))
    web = Location(venue="Online", text="Online")
    assert (a.location, b.location, c.location) == (web, web, web)
    assert a.online and b.online and c.online
    assert d.online and d.location is None


_FORUM = [
    {
        "@type": "Event",
        "name": "Forum Nord",
        "startDate": "2027-01-20T17:00:00+01:00",
        "url": "https://www.ihk.de/forum-nord?a=1//x",
        "description": "Mit /* Sternchen */ und // Schrägstrichen, ]",
        "location": {"@type": "Place", "name": "Zeche Zollverein", "address": "45309 Essen"},
    },
    {"@type": "BusinessEvent", "name": "Forum Süd", "startDate": "2027-02-17", "offers": []},
]


def _lax(data: Any, comments: bool, commas: bool) -> str:
    """``data`` as JSON with the liberties CMSs take: comments, trailing commas."""
    if isinstance(data, dict):
        members = [f"{json.dumps(k)}: {_lax(v, comments, commas)}" for k, v in data.items()]
        inner = (", /* Feld */ " if comments else ", ").join(members)
        return "{" + inner + ("," if commas and members else "") + "}"
    if isinstance(data, list):
        items = [_lax(v, comments, commas) for v in data]
        inner = (",\n// Eintrag\n" if comments else ", ").join(items)
        return "[" + inner + (", " if commas and items else "") + "]"
    return json.dumps(data, ensure_ascii=False)


_WRAPPERS = (
    "{}",
    "\ufeff{}",
    "<!--\n{}\n-->",
    "//<![CDATA[\n{}\n//]]>",
    "/*<![CDATA[*/\n{}\n/*]]>*/",
    "\ufeff<!--\n/*<![CDATA[*/{}/*]]>*/\n-->",
)


@settings(max_examples=60, deadline=None)
@given(
    shape=st.sampled_from(["list", "graph", "itemlist", "scripts"]),
    wrapper=st.sampled_from(_WRAPPERS),
    comments=st.booleans(),
    commas=st.booleans(),
)
def test_lax_json_ld_reads_as_strict_json(
    shape: str, wrapper: str, comments: bool, commas: bool
) -> None:
    """Any wrapping (BOM, HTML comment, CDATA in line or block comments), comments and
    trailing commas give the events strict JSON gives; "//", "/*" and ", ]" inside
    strings stay text."""
    expected = read(page(_FORUM))
    assert [e.title for e in expected] == ["Forum Nord", "Forum Süd"]
    datas: list[Any] = {
        "list": [_FORUM],
        "graph": [{"@context": "https://schema.org", "@graph": _FORUM}],
        "itemlist": [
            {
                "@type": "ItemList",
                "itemListElement": [
                    {"@type": "ListItem", "position": i, "item": e} for i, e in enumerate(_FORUM)
                ],
            }
        ],
        "scripts": list(_FORUM),
    }[shape]
    html = "".join(
        '<script type="application/ld+json">'
        + wrapper.replace("{}", _lax(d, comments, commas))
        + "</script>"
        for d in datas
    )
    assert read(html) == expected


def test_lax_json_ld_that_is_still_not_json_is_skipped() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "Event", /* "name": "X" */</script>'
        + page({"@type": "Event", "name": "Ok", "startDate": "2027-01-20"})
    )
    assert [e.title for e in read(html)] == ["Ok"]


def test_hostile_lax_json_ld_stays_bounded() -> None:
    """Broken scripts of megabytes (unclosed comments and strings, comment and comma
    storms) are read in one linear pass or skipped: never a hang, never an exception."""
    scripts = [
        "/*" * 500_000,
        '"' + "\\" * 999_999,
        "[" + ", " * 500_000,
        "// x\n" * 200_000 + "{",
        '{"a": "' + "/*" * 300_000,
        ("[" + '"x", /* */' * 100_000 + "]"),
        '{"@type": "Event", "name": "Ok", "startDate": "2027-01-20",' + " " * 1_000_000 + "}",
    ]
    html = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    assert [e.title for e in read(html)] == ["Ok"]


def test_references_are_followed_into_places_and_addresses() -> None:
    """Yoast Local SEO: the event names a Place by @id, the Place its PostalAddress."""
    graph = {
        "@graph": [
            {"@type": "Place", "@id": "#p", "name": "Kreishaus", "address": {"@id": "#a"}},
            {
                "@type": "PostalAddress",
                "@id": "#a",
                "streetAddress": "Friedrich-Ebert-Straße 17",
                "postalCode": "59425",
                "addressLocality": "Unna",
            },
            {"@type": "Event", "name": "A", "startDate": "2027-01-20", "location": {"@id": "#p"}},
            {"@type": "Event", "name": "B", "startDate": "2027-01-21", "location": [{"@id": "#p"}]},
            # A reference back to itself ends: nothing loops.
            {
                "@type": "Place",
                "@id": "#loop",
                "name": "Schleife",
                "containedInPlace": {"@id": "#loop"},
            },
            {
                "@type": "Event",
                "name": "C",
                "startDate": "2027-01-22",
                "location": {"@id": "#loop"},
            },
        ]
    }
    a, b, c = read(page(graph))
    whole = Location(
        "Kreishaus",
        "Friedrich-Ebert-Straße 17",
        "59425",
        "Unna",
        "Kreishaus, Friedrich-Ebert-Straße 17, 59425 Unna",
    )
    assert a.location == b.location == whole
    assert c.location is not None and c.location.venue == "Schleife"


def test_shared_references_are_resolved_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """10,000 events naming one big Place: work grows with the data, not events × place."""
    calls = 0
    deref = schema_org._deref

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return deref(*args)

    monkeypatch.setattr(schema_org, "_deref", counting)
    place = {
        "@type": "Place",
        "@id": "#p",
        "name": "Halle",
        "sameAs": [f"u{i}" for i in range(5_000)],
    }
    events = [
        {"@type": "Event", "name": f"E{i}", "startDate": "2027-01-20", "location": {"@id": "#p"}}
        for i in range(10_000)
    ]
    found = read(page({"@graph": [place, *events]}))
    assert len(found) == 10_000
    assert calls < 200_000  # events × place would be 50,000,000


def test_course_instances_take_the_course_name() -> None:
    course = {
        "@context": {"@vocab": "http://schema.org/"},
        "@type": "Course",
        "name": "Existenzgründung kompakt",
        "description": "Von der Idee zum Businessplan.",
        "hasCourseInstance": [
            {"@type": "CourseInstance", "startDate": "2027-03-14T10:00:00+01:00"},
            {
                "@type": "CourseInstance",
                "name": "Abendkurs",
                "startDate": "2027-03-16T18:00:00+01:00",
            },
        ],
    }
    first, second = read(page(course))
    assert (first.title, first.summary) == (
        "Existenzgründung kompakt",
        "Von der Idee zum Businessplan.",
    )
    assert (second.title, second.summary) == ("Abendkurs", "Von der Idee zum Businessplan.")
    # Without a course around it, a nameless instance is still not invented.
    assert read(page({"@type": "CourseInstance", "startDate": "2027-03-14"})) == []


@settings(max_examples=40, deadline=None)
@given(
    junk=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(allow_nan=True),
        lambda kids: (
            st.lists(kids, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "@type",
                        "@id",
                        "name",
                        "startDate",
                        "location",
                        "address",
                        "eventStatus",
                        "subEvent",
                        "offers",
                        "url",
                        "hasCourseInstance",
                    ]
                ),
                kids,
                max_size=5,
            )
        ),
        max_leaves=30,
    ),
)
def test_wrong_types_everywhere_never_raise(junk: Any) -> None:
    """Any JSON in any property of an event (and of a Course around it) is read or
    left out, never an exception."""
    for data in (
        {
            "@type": "Event",
            "name": "X",
            "startDate": "2027-01-20",
            "location": junk,
            "eventStatus": junk,
            "offers": junk,
            "url": junk,
            "description": junk,
        },
        {
            "@type": ["Course"],
            "name": junk,
            "hasCourseInstance": [
                junk,
                {"@type": "CourseInstance", "startDate": junk, "location": junk},
            ],
        },
        {"@graph": [junk, {"@type": "Event", "@id": "#e", "name": junk, "startDate": junk}]},
    ):
        read(page(data))


def test_microdata_itemref_shares_a_place() -> None:
    html = """
    <p id="ort" itemprop="location" itemscope itemtype="https://schema.org/Place">
      <span itemprop="name">Kulturhaus</span>,
      <span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="streetAddress">Pestalozzistraße 19</span>,
        <span itemprop="postalCode">44793</span> <span itemprop="addressLocality">Bochum</span>
      </span></p>
    <div id="zeit"><meta itemprop="startDate" content="2027-03-17T18:00:00+01:00">
      <div itemscope itemtype="https://schema.org/Thing">
        <span itemprop="name">fremd</span></div></div>
    <div itemscope itemtype="https://schema.org/Event" itemref="ort zeit unbekannt ort">
      <span itemprop="name">Quartier Griesenbruch</span></div>
    <div itemscope itemtype="https://schema.org/Event" itemref="ort">
      <span itemprop="name">Quartier Ehrenfeld</span>
      <meta itemprop="startDate" content="2027-03-24T18:00:00+01:00"></div>
    """
    first, second = read(html)
    place = Location(
        "Kulturhaus",
        "Pestalozzistraße 19",
        "44793",
        "Bochum",
        "Kulturhaus, Pestalozzistraße 19, 44793 Bochum",
    )
    assert (first.title, first.start, first.location) == (
        "Quartier Griesenbruch",
        berlin(2027, 3, 17, 18, 0),
        place,
    )
    assert (second.title, second.location) == ("Quartier Ehrenfeld", place)
    assert first.source == second.source == "microdata"


@pytest.mark.parametrize(
    "value",
    [
        {"@type": "DateTime", "@value": "2027-01-20T17:00:00+01:00"},
        {"@type": "http://www.w3.org/2001/XMLSchema#dateTime", "@value": "2027-01-20T16:00:00Z"},
        [{"@value": "2027-01-20T17:00"}],
    ],
)
def test_dates_as_json_ld_value_objects(value: Any) -> None:
    data = {
        "@type": "Event",
        "name": "A",
        "startDate": value,
        "endDate": {"@value": "2027-01-20T19:00"},
    }
    (event,) = read(page(data))
    assert (event.start, event.end) == (berlin(2027, 1, 20, 17, 0), berlin(2027, 1, 20, 19, 0))


def test_many_items_referring_to_one_big_element_stay_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 events × itemref to 200 properties: a page budget, not 600,000 values."""
    calls = 0
    value = schema_org._microdata_value

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return value(*args)

    monkeypatch.setattr(schema_org, "_microdata_value", counting)
    big = '<div id="big">' + '<meta itemprop="keywords" content="k">' * 500 + "</div>"
    events = "".join(
        f'<div itemscope itemtype="https://schema.org/Event" itemref="big">'
        f'<span itemprop="name">E{i}</span><meta itemprop="startDate" content="2027-01-20"></div>'
        for i in range(3_000)
    )
    found = read(big + events)
    assert len(found) == 3_000
    assert calls < 100_000


_MESSE_PLACE = {
    "@type": "Place",
    "name": "Messe Essen",
    "address": {"@type": "PostalAddress", "postalCode": "45131", "addressLocality": "Essen"},
}


@settings(max_examples=40, deadline=None)
@given(
    day_only_first=st.booleans(),
    place_with=st.sampled_from(["day", "time", "both"]),
    timed_as=st.sampled_from(["json-ld", "microdata", "utc"]),
    name=st.sampled_from(["Forum A & B", "Forum A &amp; B"]),
)
def test_an_event_stated_with_and_without_its_time_is_one_event(
    day_only_first: bool, place_with: str, timed_as: str, name: str
) -> None:
    """Yoast states the day, The Events Calendar (or the theme's microdata) the time:
    one event, with its time and whatever place either statement gives."""
    day: dict[str, Any] = {"@type": "Event", "name": name, "startDate": "2027-01-20"}
    timed: dict[str, Any] = {"@type": "Event", "name": "Forum A & B"}
    timed["startDate"] = "2027-01-20T16:00:00Z" if timed_as == "utc" else "2027-01-20T17:00"
    if place_with in ("day", "both"):
        day["location"] = _MESSE_PLACE
    if place_with in ("time", "both"):
        timed["location"] = _MESSE_PLACE
    if timed_as == "microdata":
        place = (
            '<div itemprop="location" itemscope itemtype="https://schema.org/Place">'
            '<span itemprop="name">Messe Essen</span><span itemprop="address" itemscope '
            'itemtype="https://schema.org/PostalAddress"><span itemprop="postalCode">45131'
            '</span> <span itemprop="addressLocality">Essen</span></span></div>'
        )
        html = page(day) + (
            '<div itemscope itemtype="https://schema.org/Event">'
            '<span itemprop="name">Forum A &amp; B</span>'
            '<meta itemprop="startDate" content="2027-01-20T17:00">'
            + (place if "location" in timed else "")
            + "</div>"
        )
    else:
        html = page(*([day, timed] if day_only_first else [timed, day]))
    (event,) = read(html)
    assert (event.title, event.start) == ("Forum A & B", berlin(2027, 1, 20, 17, 0))
    assert event.location == Location(
        "Messe Essen", None, "45131", "Essen", "Messe Essen, 45131 Essen"
    )


def test_the_same_title_at_two_times_is_two_events() -> None:
    data = [
        {"@type": "Event", "name": "Sprechstunde", "startDate": "2027-01-20T10:00"},
        {"@type": "Event", "name": "Sprechstunde", "startDate": "2027-01-20T14:00"},
        {"@type": "Event", "name": "Sprechstunde", "startDate": "2027-01-20"},
    ]
    assert [e.start for e in read(page(data))] == [berlin(2027, 1, 20, 10), berlin(2027, 1, 20, 14)]


def test_microdata_text_values_read_inline_markup_and_lines() -> None:
    html = """
    <div itemscope itemtype="https://schema.org/Event">
      <h3 itemprop="name"><b>KI</b>-Werkstatt &amp; <span class="x">Praxis</span></h3>
      <meta itemprop="startDate" content="2027-03-12">
      <div itemprop="description"><p>Eins.</p><p>Zwei <em>drei</em>.</p>
        <script>var x = "<p>nicht</p>";</script><!-- nicht --></div>
      <div itemprop="location" itemscope itemtype="https://schema.org/Place">
        <span itemprop="name">Rathaus</span>
        <div itemprop="address">Porscheplatz 1<br>45127 Essen</div></div>
    </div>"""
    (event,) = read(html)
    assert event.title == "KI-Werkstatt & Praxis"
    assert event.summary == "Eins. Zwei drei."
    assert event.location == Location(
        "Rathaus", "Porscheplatz 1", "45127", "Essen", "Rathaus, Porscheplatz 1, 45127 Essen"
    )


def test_nested_text_properties_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """100 nested text properties around 1 MB: past a page budget values are read by
    lexbor, not element by element (that would be 100 MB through a regex)."""
    seen = 0
    markup = schema_org._MARKUP

    class Counting:
        def sub(self, repl: Any, text: str) -> str:
            nonlocal seen
            seen += len(text)
            return markup.sub(repl, text)

    monkeypatch.setattr(schema_org, "_MARKUP", Counting())
    depth = 100
    html = (
        '<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">N</span>'
        '<meta itemprop="startDate" content="2027-03-12">'
        + '<span itemprop="description">' * depth
        + "<i>x</i> " * 100_000
        + "</span>" * depth
        + "</div>"
    )
    (event,) = read(html)
    assert event.title == "N"
    assert seen < 4_000_000


@pytest.mark.parametrize("between", ["", "\n", ",\n", ";\n", " , "])
@pytest.mark.parametrize("after", ["", ";", ",", "\n;\n"])
def test_values_one_after_another_in_one_script(between: str, after: str) -> None:
    """Two plugins writing into one script: ``{…}{…}``, ``{…},{…}``, ``{…};``."""
    expected = read(page(_FORUM))
    values = between.join(json.dumps(e, ensure_ascii=False) for e in _FORUM)
    html = f'<script type="application/ld+json">{values}{after}</script>'
    assert read(html) == expected
    one = json.dumps(_FORUM[0], ensure_ascii=False)
    assert read(f'<script type="application/ld+json">{one}{after}</script>') == expected[:1]
    # Text that is not JSON after the values: the script is not read at all.
    assert read(f'<script type="application/ld+json">{values}{after} x</script>') == []


def test_millions_of_values_in_one_script_are_not_decoded_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Values one after another are two plugins sharing a script, not 5,000,000 of them:
    past a handful the script is skipped after a bounded number of decodings."""
    calls = 0
    decoder = schema_org._DECODER

    class Counting:
        def raw_decode(self, text: str, at: int) -> tuple[Any, int]:
            nonlocal calls
            calls += 1
            return decoder.raw_decode(text, at)

    monkeypatch.setattr(schema_org, "_DECODER", Counting())
    event = json.dumps({"@type": "Event", "name": "E", "startDate": "2027-01-20"})
    for body in ("{}" * 5_000_000, "[]," * 3_000_000, "1 " * 5_000_000, event * 200_000):
        calls = 0
        assert read(f'<script type="application/ld+json">{body}</script>') == []
        assert calls <= 101


# --- a second round of plugins and CMSs (tests/parsing/corpus_structured_unseen2.py)


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(["Event", "Festival", "BusinessEvent", "EducationEvent"]),
    by_id=st.booleans(),
    frame_day=st.sampled_from(["2027-01-01", "2027-01-01T00:00:00+01:00", "2027-01-20T09:00"]),
)
def test_a_super_event_is_the_frame_not_a_date(kind: str, by_id: bool, frame_day: str) -> None:
    """An event's ``superEvent`` (inline or by ``@id``), of any Event type and with any
    dates, is not returned as an event of its own."""
    frame = {
        "@type": kind,
        "name": "Gründungswochen",
        "startDate": frame_day,
        "endDate": "2027-06-30",
    }
    if by_id:
        frame["@id"] = "https://x.de/#frame"
    child = {
        "@type": "Event",
        "name": "Sprechstunde",
        "startDate": "2027-02-02T16:00:00+01:00",
        "superEvent": {"@id": "https://x.de/#frame"} if by_id else frame,
    }
    data = {"@context": "https://schema.org", "@graph": [child, frame] if by_id else [child]}
    assert [e.title for e in read(page(data))] == ["Sprechstunde"]


@settings(max_examples=40, deadline=None)
@given(
    tag=st.sampled_from(["de", "de-DE", "de_DE", "de-AT"]),
    upper=st.sets(st.integers(0, 4)),
    english_first=st.booleans(),
)
def test_the_german_variant_of_a_name_in_any_tag_case(
    tag: str, upper: set[int], english_first: bool
) -> None:
    """Language tags are case-insensitive (BCP 47): "DE", "de-DE", "De_de" are German."""
    written = "".join(c.upper() if i in upper else c for i, c in enumerate(tag))
    variants = [
        {"@language": "en", "@value": "Career Day"},
        {"@language": written, "@value": "Karrieretag"},
    ]
    names = variants if english_first else variants[::-1]
    (event,) = read(page({"@type": "Event", "name": names, "startDate": "2027-01-20"}))
    assert event.title == "Karrieretag"


def test_a_language_tag_that_only_starts_like_german_is_not_german() -> None:
    # "den" (Slavey) is not German, and a tag that is no string is skipped, not a crash.
    names = [
        {"@language": "en", "@value": "Career Day"},
        {"@language": "den", "@value": "Slavey"},
        {"@language": 7, "@value": "Seven"},
    ]
    (event,) = read(page({"@type": "Event", "name": names, "startDate": "2027-01-20"}))
    assert event.title == "Career Day"


@settings(max_examples=40, deadline=None)
@given(
    country=st.sampled_from(["Deutschland", "Germany", "DE", "deutschland", "DEU"]),
    sep=st.sampled_from([", ", ",", "\n", " ,  "]),
    as_location=st.booleans(),
)
def test_the_country_after_an_address_text_is_dropped(
    country: str, sep: str, as_location: bool
) -> None:
    """Eventbrite writes "…, 45127 Essen, Deutschland": the country is no part of a Ruhr
    place, whether the address or the whole location is that text."""
    address = f"Friedrich-Ebert-Straße 18, 45127 Essen{sep}{country}"
    location: Any = (
        f"Unperfekthaus, {address}"
        if as_location
        else {"@type": "Place", "name": "Unperfekthaus", "address": address}
    )
    (event,) = read(
        page({"@type": "Event", "name": "Pitch", "startDate": "2027-01-20", "location": location})
    )
    assert event.location is not None
    assert event.location.text == "Unperfekthaus, Friedrich-Ebert-Straße 18, 45127 Essen"
    assert (event.location.street, event.location.postcode, event.location.city) == (
        "Friedrich-Ebert-Straße 18",
        "45127",
        "Essen",
    )


def test_a_place_named_like_a_country_code_keeps_its_name() -> None:
    # Only a piece after a comma or line break is a country: "DE-CIX" stays.
    location = {"@type": "Place", "name": "DE-CIX", "address": "Kaiserstraße 1, 45127 Essen"}
    (event,) = read(
        page({"@type": "Event", "name": "Pitch", "startDate": "2027-01-20", "location": location})
    )
    assert event.location is not None and event.location.venue == "DE-CIX"
