"""Labelled fields side by side on one line: "Date: … | Time: … | Venue: …".

Some CMS templates print an event's fields in one paragraph, joined by "|" or "·".
The reader takes such a line as one line per field, so the time is the event's time and
"Venue:" no part of its place. Hypothesis chooses the date, time, place and title, the
language of the labels, the separator and the order of the fields.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.parsers._events import split_fields
from scraper.parsers._lines import Line
from scraper.parsers.rvr_series import parse_rvr_series

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.example.org/talks"
NOW = dt.datetime(2026, 12, 4, 12, tzinfo=BERLIN)
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August")
PLACES = (
    ("Haus der Wissenschaft", "Universitätsstraße 2", "45141", "Essen"),
    ("IHK", "Ostring 30–32", "44787", "Bochum"),
    ("Rathaus", "Friedensplatz 1", "44135", "Dortmund"),
)
TITLES = ("Quantum computing for logistics", "Wasserstoff im Mittelstand", "KI & Recht")
# (heading, date label, time label, place label, title label, date writer, time writer)
LANGUAGES = {
    "de": ("Nächster Termin", "Datum", "Uhrzeit", "Ort", "Thema"),
    "en": ("Next date", "Date", "Time", "Venue", "Topic"),
}


def _date(day: dt.date, lang: str) -> str:
    if lang == "de":
        return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _time(hour: int, lang: str) -> str:
    if lang == "de":
        return f"{hour}:00 Uhr"
    return f"{hour - 12} pm" if hour > 12 else f"{hour} pm" if hour == 12 else f"{hour} am"


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2027, 8, 31)),
    st.integers(9, 20),
    st.sampled_from(PLACES),
    st.sampled_from(TITLES),
    st.tuples(st.sampled_from(sorted(LANGUAGES)), st.sampled_from(("|", "·"))),
    st.permutations(range(4)),
)
def test_fields_side_by_side_are_read_as_fields(  # noqa: PLR0917 - what hypothesis chose
    day: dt.date,
    hour: int,
    place: tuple[str, str, str, str],
    title: str,
    style: tuple[str, str],
    order: list[int],
) -> None:
    lang, bar = style
    heading, date_label, time_label, place_label, title_label = LANGUAGES[lang]
    venue, street, postcode, city = place
    fields = [
        f"{date_label}: {_date(day, lang)}",
        f"{time_label}: {_time(hour, lang)}",
        f"{place_label}: {venue}, {street}, {postcode} {city}",
        f"{title_label}: {title.replace('&', '&amp;')}",
    ]
    row = f" {bar} ".join(fields[k] for k in order)
    html = (
        "<!DOCTYPE html><html><head><title>Talks</title></head><body><main>"
        f"<h1>Ruhr Talks</h1><p>Monthly talks on research and business.</p><h2>{heading}</h2>"
        f"<p>{row}</p></main><footer>Stand: 01.10.2026</footer></body></html>"
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW)
    assert len(page.events) == 1
    event = page.events[0]
    assert (event.date, event.title) == (day, title)
    assert event.start == dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)
    assert event.location is not None
    assert (event.location.venue, event.location.street, event.location.city) == (
        venue,
        street,
        city,
    )


def _line(text: str) -> Line:
    return Line(text, text, 0, False, "p", (), (1, 2))


def test_a_bar_in_a_title_or_a_single_label_splits_nothing() -> None:
    for text in (
        "Thema: Forschung | Praxis",  # one label: the bar is part of the title
        "Kultur | Wissenschaft | Wirtschaft",  # no label at all
        "14.01.2027 | 18 Uhr",
    ):
        assert split_fields(_line(text)) == [_line(text)]
    parts = split_fields(_line("Datum: 14.01.2027 · Ort: Essen"))
    assert [p.text for p in parts] == ["Datum: 14.01.2027", "Ort: Essen"]
