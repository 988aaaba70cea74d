"""Dates that are no events, found by red-teaming the reader rules (``corpus_false_rt.py``).

A series page tells its history ("Die Reihe wurde am 3. März 2019 im Rathaus Essen
gegründet"), announces a closing day ("Am 24. Dezember bleibt das Bürgerbüro
geschlossen") or carries a union's "Weitere Tarifgespräche" over press items of past
days: a reader notes no event for any of them. Each property writes such text in many
forms around real dates, which must come back unchanged.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.errors import NotASeriesPage
from scraper.parsers._fields import find_phone
from scraper.parsers.rvr_series import parse_rvr_series

BERLIN = ZoneInfo("Europe/Berlin")
URL = "https://www.example.org/reihe"
NOW = dt.datetime(2026, 12, 4, 12, tzinfo=BERLIN)
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
    *("September", "Oktober", "November", "Dezember"),
)
WHERE = ("im Rathaus Essen", "in der Stadthalle Unna", "im Kreishaus Unna", "im Rathaus Kamen")
# Sentences dating something that is no gathering of the series: founding, deciding,
# closing, opening, taking effect.
NOT_GATHERINGS = (
    "Die Reihe wurde am {date} {where} gegründet.",
    "Die Reihe wurde am {date} {where} ins Leben gerufen.",
    "Am {date} hat der Rat {where} den Haushalt beschlossen.",
    "Am {date} bleibt das Bürgerbüro {where} geschlossen.",
    "Am {date} eröffnete die Bürgermeisterin die Ausstellung {where}.",
    "Die neue Satzung tritt am {date} in Kraft.",
)
HEADINGS = ("Wie alles begann", "Über die Reihe", "Hinweis", "Aus dem Rathaus", "Neu")

dates = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2027, 12, 31))
future = st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2028, 12, 31))
past = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 3))


def _long(day: dt.date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def _doc(main: str) -> str:
    return (
        "<!DOCTYPE html><html lang=de><head><title>Reihe</title></head><body>"
        f"<nav><a href=/>Start</a></nav><main>{main}</main>"
        "<footer><p>Stand: 01.10.2026</p></footer></body></html>"
    )


def _dates(page_html: str) -> list[tuple[str, str]]:
    page = parse_rvr_series(page_html, URL, BERLIN, now=NOW)
    return [(e.date.isoformat(), e.title) for e in page.events]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    day=dates,
    where=st.sampled_from(WHERE),
    writing=st.sampled_from(NOT_GATHERINGS),
    heading=st.sampled_from(HEADINGS),
    next_day=future,
    section=st.sampled_from(("", "<h2>Kommende Termine</h2>", "<h2>Rückblick</h2>")),
)
def test_a_headed_paragraph_dating_no_gathering_is_no_event(
    *, day: dt.date, where: str, writing: str, heading: str, next_day: dt.date, section: str
) -> None:
    """Under its own heading, beside the series' one real date, in the introduction or
    in a section: the founding, the council's decision, the closing day are no events."""
    sentence = writing.format(date=_long(day), where=where)
    real = (
        f"<h3>Stadtgespräch ({next_day:%d.%m.%Y})</h3>"
        "<p>Ort: VHS Essen, Burgplatz 1, 45127 Essen</p>"
    )
    main = (
        "<h1>Stadtgespräche</h1><p>Die Reihe der Stadt.</p>"
        f"{section}<h3>{heading}</h3><p>{sentence}</p>{real}"
    )
    assert _dates(_doc(main)) == [(next_day.isoformat(), "Stadtgespräch")]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    day=past,
    where=st.sampled_from(WHERE),
    verb=st.sampled_from(
        ("fand am {date} {where} statt.", "wurde am {date} {where} durchgeführt.")
    ),
)
def test_a_headed_paragraph_saying_it_took_place_still_dates_its_event(
    day: dt.date, where: str, verb: str
) -> None:
    main = (
        "<h1>Ehrenamtsforum</h1><p>Einmal im Jahr.</p><h2>Rückblick</h2>"
        f"<h3>Ehrenamtsforum {day.year}</h3>"
        f"<p>Das Forum {verb.format(date=_long(day), where=where)}</p>"
    )
    assert _dates(_doc(main)) == [(day.isoformat(), f"Ehrenamtsforum {day.year}")]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    days=st.lists(past, min_size=1, max_size=3, unique=True),
    heading=st.sampled_from(
        ("Weitere Tarifgespräche", "Aktuelle Bürgergespräche", "Kommende Netzwerktreffen")
    ),
)
def test_a_compound_heading_over_past_news_opens_no_upcoming_section(
    days: list[dt.date], heading: str
) -> None:
    """Press items of past days under "Weitere Tarifgespräche" are never upcoming."""
    items = "".join(
        f'<div><p>{d:%d.%m.%Y}</p><h3><a href="/presse/{i}">Meldung {i}</a></h3><p>Text.</p></div>'
        for i, d in enumerate(days)
    )
    main = f"<h1>Tarifrunde</h1><p>Der Stand der Verhandlungen.</p><h2>{heading}</h2>{items}"
    try:
        page = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW)
    except NotASeriesPage:
        return
    assert all(e.status != "upcoming" for e in page.events)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(days=st.lists(future, min_size=1, max_size=3, unique=True))
def test_a_compound_heading_over_dates_to_come_still_opens_its_section(days: list[dt.date]) -> None:
    items = "".join(f"<li>{d:%d.%m.%Y}, 19 Uhr – Gespräch {i}</li>" for i, d in enumerate(days))
    main = (
        "<h1>Bürgergespräche</h1><p>Im Quartier.</p>"
        f"<h2>Weitere Bürgergespräche</h2><ul>{items}</ul>"
    )
    page = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW)
    assert sorted(e.date for e in page.events) == sorted(days)
    assert all(e.status == "upcoming" for e in page.events)


def test_a_heading_after_the_introduction_is_no_subtitle() -> None:
    """ "Wie alles begann" heads its own paragraph; a heading right below the h1 is the subtitle."""
    dated = "<h2>Nächste Termine</h2><ul><li>14.01.2027 – Wohnen</li></ul>"
    intro = (
        "<h1>Stadtgespräche</h1><p>Die Reihe der Stadt.</p>"
        "<h3>Wie alles begann</h3><p>Vor Jahren.</p>"
    )
    assert parse_rvr_series(_doc(intro + dated), URL, BERLIN, now=NOW).series.subtitle is None
    right_below = "<h1>Stadtgespräche</h1><h2>Wohnen in der Stadt</h2><p>Die Reihe der Stadt.</p>"
    page = parse_rvr_series(_doc(right_below + dated), URL, BERLIN, now=NOW)
    assert page.series.subtitle == "Wohnen in der Stadt"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    number=st.from_regex(r"0[2-9]\d{1,3} \d{3,6}-\d{1,4}", fullmatch=True),
    fax=st.from_regex(r"0[2-9]\d{1,3} \d{3,6}-\d{1,4}", fullmatch=True),
    label=st.sampled_from(("Tel.:", "Tel:", "Telefon:", "Tel.", "T")),
    bar=st.sampled_from((" | ", " · ")),
    fax_first=st.booleans(),
)
def test_the_phone_in_a_line_of_contact_fields(
    number: str, fax: str, label: str, bar: str, fax_first: bool
) -> None:
    pieces = [f"{label} {number}", f"Fax: {fax}", "E-Mail: info@example.org"]
    if fax_first:
        pieces[0], pieces[1] = pieces[1], pieces[0]
    assert find_phone(bar.join(pieces)) == number


def test_the_phone_on_the_e_mail_line_of_a_contact_box() -> None:
    box = (
        '<div class="contact"><h3>Ihre Ansprechpartnerin</h3><p>Sabine Kortmann</p>'
        "<p>Tel.: 0251 707-123 | Fax: 0251 707-8123 | E-Mail: "
        '<a href="mailto:kortmann@ihk-nw.de">kortmann@ihk-nw.de</a></p></div>'
    )
    main = f"<h1>Fachtag</h1><p>Einmal im Jahr.</p><h2>Nächster Termin</h2><p>20.01.2027</p>{box}"
    (contact,) = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW).contacts
    assert (contact.name, contact.phone) == ("Sabine Kortmann", "0251 707-123")


@pytest.mark.parametrize(
    "words",
    [
        "All lectures are free of charge.",
        "Alle Vorträge sind kostenfrei.",
        "Alle Termine finden online statt.",
    ],
)
def test_words_for_every_date_after_the_last_event_are_the_pages(words: str) -> None:
    """Under headed events, a paragraph about all dates is no summary of the last one,
    nor is what follows it."""
    events = "".join(
        f"<h3>Vortrag {i}</h3><p>Date: {d} January 2027 | Time: 6 pm</p>"
        for i, d in ((1, 14), (2, 28))
    )
    main = (
        f"<h1>Lectures</h1><p>Guests talk.</p><h2>Upcoming lectures</h2>{events}"
        f"<p>{words}</p><p>Office | Location: SSC | Contact: Mo–Th</p>"
    )
    page = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW)
    assert [(e.title, e.summary) for e in page.events] == [("Vortrag 1", None), ("Vortrag 2", None)]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    day=future,
    form=st.sampled_from(
        (
            "Am {date}: Lesung im Rathaus Essen.",
            "Am {date} Lesung mit Anna Meier.",
            "Am {date} um 18 Uhr Lesung im Rathaus Essen.",
            "Am {date} im Rathaus Essen.",
        )
    ),
)
def test_a_paragraph_naming_its_event_after_am_date_stays_a_date(day: dt.date, form: str) -> None:
    """Only a sentence whose verb follows the date ("Am … bleibt das Bürgerbüro …") is
    told apart; a paragraph that names an event after "Am <date>" is still that date."""
    main = (
        "<h1>Lesereihe</h1><p>Autorinnen lesen.</p><h2>Nächste Termine</h2>"
        f"<p>{form.format(date=_long(day))}</p>"
    )
    (event,) = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW).events
    assert event.date == day
    if "Lesung" in form:  # read as a date line: the text beside the date names it
        assert event.title.startswith("Lesung")


OFFICE_HOURS = (
    "Mo–Fr 8–16 Uhr",
    "jeden ersten Do. im Monat",
    "dienstags 10–12 Uhr",
    "nach Absprache",
)
OFFICE_PLACES = (
    "Bürgerbüro, Creiler Platz 1, 45768 Marl",
    "Bürgerhaus Marl",
    "Rathaus Herne, Raum 12",
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    days=st.lists(future, min_size=1, max_size=3, unique=True),
    hours=st.sampled_from(OFFICE_HOURS),
    where=st.sampled_from(OFFICE_PLACES),
    form=st.sampled_from(
        (
            "Wann: {hours} | Wo: {where}",
            "Zeit: {hours} | Ort: {where}",
            "Sprechstunde | Wann: {hours} | Wo: {where}",
            "Ort: {where} | Sprechzeiten: {hours}",
            "Ort: {where}",
        )
    ),
)
def test_an_offices_hours_and_place_after_a_list_of_dates_are_no_events(
    days: list[dt.date], hours: str, where: str, form: str
) -> None:
    """A service box under a list of titled dates ("Wann: Mo–Fr 8–16 Uhr | Wo: …") gives
    no date its place: fields side by side whose date names no day are not split into an
    event's fields, and a place label after the list is the page's."""
    items = "".join(f"<li>{d:%d.%m.%Y}, 19 Uhr – Lesung {i}</li>" for i, d in enumerate(days))
    main = (
        "<h1>Lesungen</h1><p>Autorinnen lesen.</p><h2>Termine</h2>"
        f"<ul>{items}</ul><div><p>Leseberatung für Schulklassen</p>"
        f"<p>{form.format(hours=hours, where=where)}</p></div>"
    )
    page = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW)
    assert sorted(e.date for e in page.events) == sorted(days)
    assert all(e.location is None for e in page.events)


def test_fields_side_by_side_with_a_date_are_still_split() -> None:
    main = (
        "<h1>Lectures</h1><p>Guests talk.</p><h2>Upcoming lectures</h2><h3>Water</h3>"
        "<p>Date: 14 January 2027 | Time: 6 pm | Venue: Haus der Wissenschaft</p>"
    )
    (event,) = parse_rvr_series(_doc(main), URL, BERLIN, now=NOW).events
    assert event.location is not None and event.location.text == "Haus der Wissenschaft"
    assert event.start is not None and event.start.hour == 18
