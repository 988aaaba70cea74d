"""Rules first met on the third round of hand-written pages (``tests/parsing/
corpus_unseen3.py``): each is stated for the whole family of wordings or markup, so it
would fail if the rule broke, not only on the page that showed it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dates import parse_when, times_at
from scraper.errors import NotASeriesPage
from scraper.parsers import parse_rvr_series
from scraper.parsers._lexicon import label_field, section_kind, semester_year, strip_booked
from scraper.parsers._lines import read_document

URL = "https://www.example.org/reihe"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN)
_TOWNS = ("Witten", "Hattingen", "Bochum", "Herne", "Marl", "Dorsten", "Schwelm", "Unna")


def page_of(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def parsed(main: str, *, now: dt.datetime | None = NOW, h1: str = "Werkstattreihe") -> Any:
    html = page_of(
        f"<main><h1>{h1}</h1><p>Die Reihe bringt Betriebe und Hochschulen zusammen.</p>"
        f"{main}</main><footer><p>Impressum</p></footer>"
    )
    return parse_rvr_series(html, URL, BERLIN, now=now).to_json()


def brief(page: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["date"], e["title"], e["status"]) for e in page["events"]]


def hm(value: str | None) -> str | None:
    return value[11:16] if value else None


_TWO_DATES = (
    "<h2>Kommende Termine</h2>"
    "<h3>Wasserstoff im Mittelstand</h3><p>14.01.2027, 18 Uhr</p>"
    "<h3>Logistik 2030</h3><p>11.03.2027, 18 Uhr</p>"
)


# --- markup that frames content: ASP.NET's page-wide form, a table in a figure --------


@given(st.sampled_from(["form1", "aspnetForm", "Form", "mainForm"]), st.booleans())
def test_a_form_around_the_whole_page_is_read(form_id: str, viewstate: bool) -> None:
    hidden = '<input type="hidden" name="__VIEWSTATE" value="abc">' if viewstate else ""
    html = page_of(
        f'<form method="post" action="./reihe" id="{form_id}">{hidden}'
        "<h1>Werkstattreihe</h1><p>Die Reihe bringt Betriebe zusammen.</p>"
        f"{_TWO_DATES}<footer><p>Impressum</p></footer></form>"
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW).to_json()
    assert [e["title"] for e in page["events"]] == ["Wasserstoff im Mittelstand", "Logistik 2030"]


def test_any_other_form_is_left_out() -> None:
    page = parsed(
        f"{_TWO_DATES}<form action='/newsletter'><h3>Newsletter</h3>"
        "<p>Jeden Monat alle Termine am 1. März 2027 per E-Mail.</p></form>"
    )
    assert all(e["summary"] is None for e in page["events"])
    assert [e["date"] for e in page["events"]] == ["2027-01-14", "2027-03-11"]


@given(
    st.booleans(), st.sampled_from(["wp-block-table", "table", "wp-block-table is-style-stripes"])
)
def test_a_table_in_a_figure_is_read(caption_first: bool, classes: str) -> None:
    caption = "<figcaption>Alle Kurse im Überblick</figcaption>"
    table = (
        "<table><thead><tr><th>Datum</th><th>Kurs</th></tr></thead><tbody>"
        "<tr><td>14.01.2027</td><td>Druckwerkstatt</td></tr>"
        "<tr><td>11.02.2027</td><td>Comic-Werkstatt</td></tr></tbody></table>"
    )
    inner = caption + table if caption_first else table + caption
    page = parsed(f'<h2>Termine</h2><figure class="{classes}">{inner}</figure>')
    assert brief(page) == [
        ("2027-01-14", "Druckwerkstatt", "upcoming"),
        ("2027-02-11", "Comic-Werkstatt", "upcoming"),
    ]


def test_a_picture_with_a_dated_credit_stays_left_out() -> None:
    page = parsed(
        '<figure class="wp-block-image"><img src="/a.jpg" alt="">'
        "<figcaption>Foto vom Auftakt am 12.10.2026</figcaption></figure>" + _TWO_DATES
    )
    assert [e["date"] for e in page["events"]] == ["2027-01-14", "2027-03-11"]


# --- what a reader does not see: Webflow's conditional class, PrivacyWire ------------


def test_webflows_conditionally_hidden_elements_are_not_read() -> None:
    page = parsed(
        "<h2>Upcoming events</h2>"
        '<div class="w-dyn-item"><div>Thu, Jan 14, 2027 · 6:00 PM</div><h3>Scaling B2B</h3>'
        '<div class="badge w-condition-invisible">Sold out</div>'
        '<a class="button w-button w-condition-invisible" href="/e/1">Register</a></div>'
        '<div class="w-dyn-item"><div>Thu, Feb 11, 2027 · 6:00 PM</div><h3>Funding</h3>'
        '<div class="badge">Sold out</div><a class="button w-button" href="/e/2">Register</a></div>'
    )
    first, second = page["events"]
    assert (first["summary"], first["links"]) == (None, [])
    assert (second["summary"], [lk["url"] for lk in second["links"]]) == (
        "Sold out",
        ["https://www.example.org/e/2"],
    )


def test_a_privacywire_banner_is_a_consent_box() -> None:
    html = page_of(
        "<main><h1>Reihe</h1><p>14.01.2027 – Auftakt</p></main>"
        '<div class="privacywire-wrapper"><div class="privacywire privacywire-banner">'
        "<div class='privacywire-header'>Wir verwenden Cookies</div>"
        "<button class='allow-all'>Alle akzeptieren</button></div></div>"
    )
    doc = read_document(html, URL)
    assert doc.consent
    assert all("Cookies" not in line.text for line in doc.lines)


# --- a semester heading: its lectures' dates, their year ------------------------------


@given(
    st.sampled_from(["Sommersemester", "SoSe", "Wintersemester", "WiSe"]),
    st.integers(2024, 2035),
    st.integers(1, 28),
)
def test_a_semester_heading_gives_its_year_to_the_dates_below(
    term: str, year: int, day: int
) -> None:
    winter = term.startswith("Wi")
    heading = f"{term} {year}/{(year + 1) % 100:02d}" if winter else f"{term} {year}"
    first, second = (10, 1) if winter else (4, 6)  # October and January; April and June
    page = parsed(
        f"<h2>{heading}</h2><ul>"
        f"<li><strong>Di, {day:02d}.{first:02d}.</strong> Plattformarbeit</li>"
        f"<li><strong>Di, {day:02d}.{second:02d}.</strong> Weiterbildung</li></ul>",
        now=None,
    )
    second_year = year + 1 if winter else year
    assert [e["date"] for e in page["events"]] == [
        dt.date(year, first, day).isoformat(),
        dt.date(second_year, second, day).isoformat(),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Sommersemester 2027", 2027),
        ("SoSe 2027", 2027),
        ("Wintersemester 2026/27", (2026, 2027)),
        ("Wintersemester 2026/2027", (2026, 2027)),
        ("WiSe 2026", (2026, 2027)),
        ("Wintersemester 2026/28", None),
        ("Sommersemester 2026/27", None),
        ("Semesterferien 2027", None),
        ("Sommer 2027", None),
        ("Termine im Sommersemester 2027", None),  # a section word of its own
    ],
)
def test_semester_year(text: str, year: object) -> None:
    assert semester_year(text) == year


def test_the_time_and_place_of_one_semester_are_not_the_others() -> None:
    page = parsed(
        "<h2>Sommersemester 2027</h2>"
        "<p>Die Vorträge finden jeweils dienstags von 18.00–20.00 h im Hörsaal LX 1203, "
        "Lotharstraße 65, 47057 Duisburg statt.</p>"
        "<ul><li><strong>Di, 13.04.</strong> Plattformarbeit</li></ul>"
        "<h2>Wintersemester 2026/27</h2>"
        "<ul><li><strong>Di, 13.10.</strong> Sozialpolitik</li></ul>",
        now=dt.datetime(2027, 3, 15, tzinfo=BERLIN),
    )
    summer, winter = page["events"]
    assert (hm(summer["start"]), hm(summer["end"]), summer["location"]["city"]) == (
        "18:00",
        "20:00",
        "Duisburg",
    )
    assert (winter["date"], winter["status"], winter["start"], winter["location"]) == (
        "2026-10-13",
        "past",
        None,
        None,
    )


# --- a line after the container of the events' cards is the page's -------------------


@given(st.integers(2, 5), st.sampled_from(["article", "div", "section"]))
def test_a_link_after_the_cards_is_no_events_link(cards: int, tag: str) -> None:
    items = "".join(
        f'<{tag} class="card"><h3>Treffen {k}</h3><p>{k + 10}.01.2027, 8 Uhr</p>'
        f'<p><a href="/ical/{k}.ics">iCal</a></p></{tag}>'
        for k in range(cards)
    )
    page = parsed(
        f'<h2>Nächste Termine</h2><div class="list">{items}</div>'
        '<p><a href="/ical/alle.ics">Alle Termine abonnieren (iCal)</a></p>'
    )
    assert [[lk["url"][-6:] for lk in e["links"]] for e in page["events"]] == [
        [f"/{k}.ics"] for k in range(cards)
    ]


def test_a_link_in_flat_markup_stays_with_the_event_above() -> None:
    page = parsed(
        "<h2>Nächste Termine</h2><h3>Auftakt</h3><p>14.01.2027</p>"
        "<h3>Abschluss</h3><p>11.02.2027</p>"
        '<p><a href="/programm.pdf">Programm</a></p>'
    )
    assert [len(e["links"]) for e in page["events"]] == [0, 1]


# --- "in <Town>" beside a date is its place ------------------------------------------


@given(st.lists(st.sampled_from(_TOWNS), min_size=2, max_size=4, unique=True))
def test_in_a_town_beside_a_date_is_the_place(towns: list[str]) -> None:
    items = "".join(f"<li>Do., {k + 10}.01.2027 in {town}</li>" for k, town in enumerate(towns))
    page = parsed(f"<h2>Termine und Orte</h2><ul>{items}</ul>", h1="Finanzierungssprechtage")
    assert [(e["title"], e["location"]) for e in page["events"]] == [
        (
            "Finanzierungssprechtage",
            {"venue": None, "street": None, "postcode": None, "city": town, "text": town},
        )
        for town in towns
    ]


def test_in_a_town_with_the_office_after_it() -> None:
    page = parsed("<h2>Termine</h2><ul><li>Do., 14.01.2027 in Bochum, IHK, Ostring 30–32</li></ul>")
    (event,) = page["events"]
    assert event["location"] == {
        "venue": "IHK",
        "street": "Ostring 30–32",
        "postcode": None,
        "city": "Bochum",
        "text": "Bochum, IHK, Ostring 30–32",
    }


def test_in_before_words_that_name_no_place_stays_the_title() -> None:
    page = parsed("<h2>Termine</h2><ul><li>14.01.2027 in Kooperation mit der IHK</li></ul>")
    (event,) = page["events"]
    assert (event["title"], event["location"]) == ("in Kooperation mit der IHK", None)


# --- booking words beside titles and places -------------------------------------------

_BOOKINGS = (
    " ausgebucht",
    " – ausgebucht",
    " – Restplätze",
    " (Restplätze)",
    " (Warteliste)",
    " – Warteliste möglich",
    " – ausgebucht, Warteliste",
    " (ausgebucht / Warteliste)",
    " – nur noch wenige Restplätze",
    " (sold out)",
    " – waiting list",
)


@given(st.sampled_from(_BOOKINGS), st.sampled_from(["Social Media für Vereine", "Förderanträge"]))
def test_a_booking_state_is_no_part_of_the_title(booking: str, title: str) -> None:
    assert strip_booked(title + booking) == title
    page = parsed(
        f"<h2>Kommende Termine</h2><h3>{title}{booking}</h3><p>Di., 19.01.2027, 18:00 Uhr</p>"
    )
    (event,) = page["events"]
    assert (event["title"], event["status"]) == (title, "upcoming")


@given(st.sampled_from([b for b in _BOOKINGS if b[1] in "(–"]))
def test_a_booking_state_is_no_part_of_the_place(booking: str) -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><h3>Förderanträge</h3><p>Di., 16.03.2027, 18 Uhr</p>"
        f"<p>Ort: Bildungszentrum, Ebertstraße 19, 45879 Gelsenkirchen{booking}</p>"
    )
    (event,) = page["events"]
    assert event["location"]["text"] == "Bildungszentrum, Ebertstraße 19, 45879 Gelsenkirchen"


@pytest.mark.parametrize("title", ["Warteliste führen", "Restplätze verteilen", "Sold out shows"])
def test_booking_words_inside_a_title_stay(title: str) -> None:
    assert strip_booked(title) == title


# --- dates that open registration or close submissions are no events -----------------


@given(
    st.sampled_from(
        [
            "Anmeldungen sind ab dem {d} möglich.",
            "Die Anmeldung ist ab dem {d} freigeschaltet.",
            "Die Anmeldung für alle Termine startet ab {d}.",
            "Registration opens on {d}.",
        ]
    ),
    st.integers(1, 28),
)
def test_a_sentence_about_registration_opening_names_no_event(sentence: str, day: int) -> None:
    page = parsed(
        "<h2>Nächster Termin</h2>"
        "<p>Das nächste Frühstück findet voraussichtlich im März 2027 statt.</p>"
        f"<p>{sentence.format(d=f'{day}. Februar 2027')}</p>"
        "<h2>Rückblick</h2><h3>Finanzen im Griff (15.10.2026)</h3><p>Tipps zur Planung.</p>"
    )
    assert brief(page) == [("2026-10-15", "Finanzen im Griff", "past")]


@given(
    st.sampled_from(
        [
            "Einsendeschluss für Themenvorschläge",
            "Redaktionsschluss für den Newsletter",
            "Start der Anmeldung",
            "Anmeldeschluss",
            "Bewerbungsfrist",
            "Meldeschluss für Teams",
            "Registration closes",
        ]
    ),
    st.sampled_from([": ", " – ", " "]),
)
def test_a_date_followed_only_by_a_deadline_is_no_event(words: str, sep: str) -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><ul><li>15.01.2027 – Wasserstoff im Mittelstand</li></ul>"
        f"<h3>Gut zu wissen</h3><ul><li>31.01.2027{sep}{words}</li></ul>"
    )
    assert brief(page) == [("2027-01-15", "Wasserstoff im Mittelstand", "upcoming")]


@pytest.mark.parametrize("words", ["Redaktionsschluss: 15.01.2027", "Meldeschluss 20.02.2027"])
def test_new_deadline_words_before_a_date(words: str) -> None:
    page = parsed(
        f"<h2>Kommende Termine</h2><ul><li>15.01.2027 – Auftakt</li><li>{words}</li></ul>"
    )
    assert brief(page) == [("2027-01-15", "Auftakt", "upcoming")]


# --- a calendar week before a date ----------------------------------------------------


@given(st.integers(1, 52), st.booleans(), st.sampled_from([" · ", " – ", ", ", ": ", " "]))
def test_a_calendar_week_before_a_date_is_a_hint(week: int, with_year: bool, sep: str) -> None:
    kw = f"KW {week}/2027" if with_year else f"KW {week}"
    page = parsed(
        "<h2>Termine 2027</h2><h3>Radverkehr</h3>"
        f"<p>{kw}{sep}Mittwoch, 20.01.2027, 17:00–19:00 Uhr</p>"
        "<p>Kreishaus Schwelm, Hauptstraße 92, 58332 Schwelm</p>"
        f"<ul><li>{kw}{sep}23.02.2027 – Busnetz</li></ul>"
    )
    first, second = page["events"]
    assert (first["title"], hm(first["start"]), first["location"]["city"]) == (
        "Radverkehr",
        "17:00",
        "Schwelm",
    )
    assert (second["date"], second["title"]) == ("2027-02-23", "Busnetz")


# --- a day and month with its dot is no clock time ------------------------------------


@given(st.integers(1, 28), st.integers(1, 12), st.sampled_from(["", "2027", "27"]))
def test_a_dotted_day_and_month_is_no_time(day: int, month: int, year: str) -> None:
    text = f"{day:02d}.{month:02d}.{year}"
    assert times_at(text, dt.date(2027, 1, 1), BERLIN) is None
    assert times_at(f"Beginn: {text}", dt.date(2027, 1, 1), BERLIN) is None


@pytest.mark.parametrize(
    ("text", "hour", "minute"), [("17.30.", 17, 30), ("17.06 Uhr", 17, 6), ("9.45 Uhr.", 9, 45)]
)
def test_dotted_clocks_stay_times(text: str, hour: int, minute: int) -> None:
    found = times_at(text, dt.date(2027, 1, 1), BERLIN)
    assert found is not None
    assert (found[0].hour, found[0].minute) == (hour, minute)


def test_a_start_date_is_no_start_time_of_the_event_above() -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><h3>Vorstellung</h3><p>02.02.2027</p><p>Beginn: 01.04.2027</p>"
    )
    assert [(e["date"], e["start"]) for e in page["events"]] == [("2027-02-02", None)]
    when = parse_when("Beginn: 01.04.2027", BERLIN)
    assert when is not None
    assert (when.date, when.start) == (dt.date(2027, 4, 1), None)


# --- a job advert is no series page ---------------------------------------------------


@given(
    st.sampled_from(["(m/w/d)", "(w/m/d)", "(m|w|d)", "(m/w/x)", "(M/W/D)"]),
    st.sampled_from(["Bewerbungsschluss: 15.01.2027", "Jetzt bewerben", "How to apply"]),
)
def test_a_job_advert_is_refused(marker: str, application: str) -> None:
    with pytest.raises(NotASeriesPage, match="job advertisement"):
        parsed(
            "<h2>Termine im Auswahlverfahren</h2>"
            "<ul><li>Vorstellungsgespräche: 02.02.2027, Kronprinzenstraße 35, 45128 Essen</li>"
            f"<li>{application}</li></ul>",
            h1=f"Referentin / Referent {marker} für die Fachkräfte-Reihe",
        )


def test_a_series_page_that_speaks_of_applications_is_read() -> None:
    page = parsed(
        "<h2>Nächste Termine</h2><ul><li>14.01.2027 – Azubi-Speed-Dating</li></ul>"
        "<p>Bringen Sie Ihre Bewerbungsunterlagen mit.</p>",
        h1="Ausbildungsbörse Ruhr",
    )
    assert brief(page) == [("2027-01-14", "Azubi-Speed-Dating", "upcoming")]


# --- an office's opening hours are no events ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Öffnungszeiten",
        "Sonderöffnungszeiten zwischen den Jahren",
        "Regelmäßige Öffnungszeiten",
        "Öffnungszeiten an Feiertagen",
        "Opening hours",
        "Servicezeiten",
    ],
)
def test_opening_hours_headings_are_other_sections(text: str) -> None:
    assert section_kind(text) == "other"


def test_a_page_of_opening_hours_is_refused() -> None:
    with pytest.raises(NotASeriesPage, match="no event dates"):
        parsed(
            "<p>Das Bürgerbüro im Rathaus, Europaplatz 1, 44575 Castrop-Rauxel, ist zu "
            "folgenden Zeiten für Sie da. Termine vergeben wir auch nach Vereinbarung, "
            "online oder telefonisch; bitte bringen Sie Ihren Ausweis mit.</p>"
            "<h2>Sonderöffnungszeiten zwischen den Jahren</h2><table>"
            "<tr><th>Datum</th><th>Öffnungszeit</th></tr>"
            "<tr><td>Mo., 28.12.2026</td><td>8:00–12:00 Uhr</td></tr>"
            "<tr><td>Sa., 09.01.2027</td><td>9:00–12:00 Uhr</td></tr></table>",
            h1="Bürgerbüro: Öffnungszeiten",
        )


def test_opening_hours_after_the_series_end_its_part() -> None:
    page = parsed(
        _TWO_DATES
        + "<h2>Öffnungszeiten des Museums</h2><ul><li>Sa., 16.01.2027: 10–18 Uhr</li></ul>"
    )
    assert [e["date"] for e in page["events"]] == ["2027-01-14", "2027-03-11"]


# --- a "Kurs" column names the event; daily hours on a line of their own -------------


@pytest.mark.parametrize("label", ["Kurs", "Kurstitel", "Course"])
def test_a_course_label_is_a_title(label: str) -> None:
    assert label_field(label) == "title"


@given(st.integers(8, 12), st.integers(2, 6), st.sampled_from(["jeweils", "täglich"]))
def test_daily_hours_on_their_own_line_under_a_range(start: int, length: int, word: str) -> None:
    page = parsed(
        "<h2>Termine</h2><table><tr><th>Zeitraum</th><th>Kurs</th></tr>"
        f"<tr><td>30.12.2026–02.01.2027<br>{word} {start}–{start + length} Uhr</td>"
        "<td>Comic-Werkstatt</td></tr></table>"
    )
    (event,) = page["events"]
    assert (event["title"], event["summary"]) == ("Comic-Werkstatt", None)
    assert event["daily"] == {
        "start": f"{start:02d}:00",
        "end": f"{start + length:02d}:00",
        "until": "2027-01-02",
    }
