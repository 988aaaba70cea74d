"""A "Rückblick" written as prose under one heading per event.

Archives and reviews often give each past event a heading ("Ehrenamtsforum 2024") and
a sentence that says when and where it was: "Das Forum fand am 14. September 2024 im
Rathaus Kamen statt.", "Am 12. September 2026 trafen sich 120 Engagierte in der
Stadthalle Unna.", "Datum: 16.09.2023, Ort: Lünen, Hansesaal". The property test writes
such reviews in many forms from chosen dates and venues and must get every event back
with its date, venue and city; the unit tests pin what the sentence reader leaves alone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.parsers.rvr_series import parse_rvr_series
from scraper.places import sentence_place

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.example.org/ehrenamtsforum"
NOW = dt.datetime(2026, 12, 4, 12, tzinfo=BERLIN)
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
    *("September", "Oktober", "November", "Dezember"),
)
# (how a sentence says where, venue, city): halls named after their town.
VENUES = (
    ("in der Stadthalle Unna", "Stadthalle Unna", "Unna"),
    ("im Kreishaus Unna", "Kreishaus Unna", "Unna"),
    ("im Rathaus Kamen", "Rathaus Kamen", "Kamen"),
    ("in der Philharmonie Essen", "Philharmonie Essen", "Essen"),
    ("in der Zeche Zollern Dortmund", "Zeche Zollern Dortmund", "Dortmund"),
    ("im Kulturzentrum Herne", "Kulturzentrum Herne", "Herne"),
)

# How a review states one event ("{where}" is "im Rathaus Kamen", "in der Stadthalle …").
WRITINGS = (
    "Das Forum fand am {date} {where} statt.",
    "Das Forum fand am {date} {where} statt; rund 120 Gäste kamen.",
    "Am {date} trafen sich 120 Engagierte {where}.",
    "Am {date} {where}.",
    "Datum: {numeric}, Ort: {venue}",
    "Die Veranstaltung wurde am {date} {where} durchgeführt. Es sprach die Landrätin.",
)


def _long(day: dt.date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def _page(entries: list[tuple[dt.date, str, str]]) -> str:
    sections = "".join(
        f"<h3>Ehrenamtsforum {day.year}</h3><p>{sentence}</p>" for day, _, sentence in entries
    )
    return (
        "<!DOCTYPE html><html lang=de><head><title>Ehrenamtsforum</title></head><body>"
        "<nav><a href=/>Start</a></nav><main><h1>Ehrenamtsforum Kreis Unna</h1>"
        "<p>Das Forum bringt einmal im Jahr Vereine und Verwaltung zusammen.</p>"
        f"<h2>Rückblick</h2>{sections}</main><footer><p>Stand: 01.10.2026</p></footer>"
        "</body></html>"
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(
            st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2026, 11, 30)),
            st.sampled_from(VENUES),
            st.sampled_from(WRITINGS),
        ),
        min_size=1,
        max_size=4,
        unique_by=lambda entry: entry[0].year,  # one forum a year, as the headings say
    )
)
def test_every_review_entry_keeps_its_date_and_place(
    entries: list[tuple[dt.date, tuple[str, str, str], str]],
) -> None:
    written = [
        (
            day,
            venue,
            writing.format(date=_long(day), numeric=f"{day:%d.%m.%Y}", where=where, venue=venue),
        )
        for day, (where, venue, _city), writing in entries
    ]
    page = parse_rvr_series(_page(written), URL, BERLIN, now=NOW)
    got = {event.date: event for event in page.events}
    for day, (_where, venue, city), _ in entries:
        event = got.get(day)
        assert event is not None, f"{day} missing from {sorted(got)}"
        assert event.status == "past"
        assert event.title == f"Ehrenamtsforum {day.year}"
        assert event.location is not None
        assert (event.location.venue, event.location.city) == (venue, city)
    assert len(page.events) == len(entries)


def test_the_next_event_under_its_heading_takes_the_address_its_sentence_states() -> None:
    html = _page([(dt.date(2026, 9, 12), "", "Am 12. September 2026 im Rathaus Kamen.")])
    html = html.replace(
        "<h2>Rückblick</h2>",
        "<h2>Nächster Termin</h2><h3>Ehrenamtsforum 2027: Engagement im Wandel</h3>"
        "<p>Das nächste Forum findet am Samstag, 11. September 2027, von 10 bis 15 Uhr im "
        "Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna statt.</p><h2>Rückblick</h2>",
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    event = page.events[0]
    assert (event.title, event.status) == ("Ehrenamtsforum 2027: Engagement im Wandel", "upcoming")
    assert event.start == dt.datetime(2027, 9, 11, 10, tzinfo=BERLIN)
    assert event.end == dt.datetime(2027, 9, 11, 15, tzinfo=BERLIN)
    assert event.location is not None
    assert (event.location.venue, event.location.street, event.location.postcode) == (
        "Kreishaus Unna",
        "Friedrich-Ebert-Straße 17",
        "59425",
    )
    assert [e.date for e in page.events[1:]] == [dt.date(2026, 9, 12)]


def test_a_sentence_with_two_dates_dates_no_heading() -> None:
    """ "Das Forum fand am 14. September 2024 statt, das nächste folgt am 13. September
    2025": which date the heading's event had is not said by the heading alone."""
    html = _page(
        [
            (
                dt.date(2024, 9, 14),
                "",
                "Das Forum fand am 14. September 2024 statt, das nächste folgt am "
                "13. September 2025.",
            ),
            (dt.date(2023, 9, 16), "", "Am 16. September 2023 im Rathaus Kamen."),
        ]
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    assert [e.date for e in page.events] == [dt.date(2023, 9, 16)]


def test_a_deadline_in_the_review_dates_nothing() -> None:
    html = _page(
        [
            (dt.date(2024, 9, 14), "", "Der Anmeldeschluss war am 1. September 2024."),
            (dt.date(2023, 9, 16), "", "Am 16. September 2023 im Rathaus Kamen."),
        ]
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    assert [e.date for e in page.events] == [dt.date(2023, 9, 16)]


def test_sentence_place_needs_a_municipality() -> None:
    assert sentence_place("trafen sich 120 Engagierte in der Stadthalle Unna.") == (
        "Stadthalle Unna"
    )
    assert sentence_place("fand im Rathaus Kamen statt") == "Rathaus Kamen"
    # No town named: a region, an idiom, a hall without its town are no place to take.
    assert sentence_place("Fachkräfte in der Region halten") is None
    assert sentence_place("Im Rahmen der Reihe sprach Dortmunds Oberbürgermeister") is None
    assert sentence_place("trafen sich in der Stadthalle.") is None
    # "Essen" is also a meal: only after "in"/"im" is it the town.
    assert sentence_place("Gemeinsames Essen im Foyer") is None
