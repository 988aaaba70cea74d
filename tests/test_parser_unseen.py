"""Wordings and markup first met on hand-written pages the corpus did not have
(``tests/parsing/corpus_unseen.py``): each rule a reader follows on the whole family."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.parsers import parse_rvr_series
from scraper.parsers._lexicon import section_kind

URL = "https://www.example.org/reihe"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)


def parsed(main: str, *, now: dt.datetime | None = NOW) -> dict[str, Any]:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<h1>Werkstattreihe</h1><p>Die Reihe bringt Betriebe und Hochschulen zusammen.</p>"
        f"{main}</main><footer><p>Impressum</p></footer></body></html>"
    )
    return parse_rvr_series(html, URL, BERLIN, now=now).to_json()


def brief(page: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["date"], e["title"], e["status"]) for e in page["events"]]


# --- section words: "… im Überblick", compounds with "rückblick"/"archiv" ---------------

_BASES = {
    "Kommende Termine": "upcoming",
    "Unsere nächsten Veranstaltungen": "upcoming",
    "Termine": "either",
    "Alle Termine": "either",
    "Vergangene Termine": "past",
    "Die Reihe": "either",
    "Die Veranstaltungsreihe": "either",
}


@given(
    st.sampled_from(sorted(_BASES)),
    st.sampled_from([" im Überblick", " auf einen Blick", " in der Übersicht"]),
    st.sampled_from(["", " 2026", ": 2026"]),
    st.booleans(),
)
def test_an_overview_suffix_keeps_the_section_kind(
    base: str, suffix: str, tail: str, upper: bool
) -> None:
    text = base + suffix + tail
    assert section_kind(text.upper() if upper else text) == _BASES[base]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Veranstaltungsrückblick", "past"),
        ("Veranstaltungsrückblick 2025", "past"),
        ("Terminrückblick", "past"),
        ("Veranstaltungsarchiv", "past"),
        ("Die Reihe", None),  # only "im Überblick" makes the series a section
        ("Die Reihe im Überblick ist lang. Wirklich.", None),
    ],
)
def test_compound_past_words_and_what_stays_no_section(text: str, kind: str | None) -> None:
    assert section_kind(text) == kind


def test_events_under_an_overview_heading_are_read_beside_a_past_section() -> None:
    page = parsed(
        "<h2>Kommende Termine im Überblick</h2>"
        "<h3>Chemie im Chemiepark</h3>"
        "<ul><li>Donnerstag, 22. Januar 2026 | 18:00 – 20:00 Uhr</li></ul>"
        "<h2>Veranstaltungsrückblick</h2>"
        "<h3>Auftakt (20.03.2025)</h3><p>Es war gut.</p>"
    )
    assert brief(page) == [
        ("2026-01-22", "Chemie im Chemiepark", "upcoming"),
        ("2025-03-20", "Auftakt", "past"),
    ]


# --- a bold notice is no heading ----------------------------------------------------------


@pytest.mark.parametrize(
    "notice", ["Muss leider entfallen.", "Die Veranstaltung findet nicht statt."]
)
def test_a_bold_cancellation_sentence_cancels_the_event_it_is_in(notice: str) -> None:
    page = parsed(
        "<h2>Termine 2026</h2>"
        "<h3>Betriebsbesichtigung</h3><p>Mi, 22.04.2026, 10:00–12:00 Uhr</p>"
        f"<p><strong>{notice}</strong></p>"
        "<h3>Abschluss</h3><p>Mi, 17.06.2026, 17:00 Uhr</p>"
    )
    assert brief(page) == [
        ("2026-04-22", "Betriebsbesichtigung", "cancelled"),
        ("2026-06-17", "Abschluss", "upcoming"),
    ]
    assert page["events"][0]["summary"] == notice


def test_a_bold_title_with_an_abbreviation_or_exclamation_stays_a_heading() -> None:
    page = parsed(
        "<h2>Termine</h2>"
        "<p><strong>Treffen des Fördervereins e.V.</strong></p><p>12.03.2026, 17 Uhr</p>"
        "<p><strong>Mach’s mit Wasserstoff!</strong></p><p>14.05.2026, 17 Uhr</p>"
    )
    assert [e["title"] for e in page["events"]] == [
        "Treffen des Fördervereins e.V.",
        "Mach’s mit Wasserstoff!",
    ]


# --- contact boxes headed "Ihr Ansprechpartner" -------------------------------------------


@pytest.mark.parametrize(
    "label", ["Ihr Ansprechpartner", "Ihre Ansprechpartnerin", "Unser Kontakt", "Your contact"]
)
def test_a_possessive_contact_heading_is_no_name(label: str) -> None:
    page = parsed(
        "<h2>Termine</h2><h3>Auftakt</h3><p>12.03.2026, 17 Uhr</p>"
        f"<aside><h3>{label}</h3><p>Dr. Jan Kowalski<br>Energie und Umwelt<br>"
        'Tel. 0234 9113-123<br><a href="mailto:kowalski@example.org">kowalski@example.org</a></p>'
        "</aside>"
    )
    assert page["contacts"] == [
        {
            "name": "Dr. Jan Kowalski",
            "unit": "Energie und Umwelt",
            "email": "kowalski@example.org",
            "phone": "0234 9113-123",
        }
    ]


# --- places: rooms and campuses, a town first, hybrid -------------------------------------


@pytest.mark.parametrize(
    ("text", "venue", "street", "city"),
    [
        ("hybrid: Bottrop und online", "hybrid: Bottrop und online", None, "Bottrop"),
        ("Dortmund und online", "Dortmund und online", None, "Dortmund"),
        ("Online via Zoom", "Online via Zoom", None, None),
        ("Online-Seminar der IHK Dortmund", "Online-Seminar der IHK Dortmund", None, None),
        ("Hattingen, Altstadtcafé, Untermarkt 2", "Altstadtcafé", "Untermarkt 2", "Hattingen"),
        ("Schwelm, Ibach-Haus, Wilhelmstraße 30", "Ibach-Haus", "Wilhelmstraße 30", "Schwelm"),
        ("Raum 2.13, Campus Bottrop", "Raum 2.13, Campus Bottrop", None, "Bottrop"),
    ],
)
def test_place_pieces_a_reader_sorts(
    text: str, venue: str, street: str | None, city: str | None
) -> None:
    from scraper.places import parse_location

    got = parse_location(text)
    assert (got.venue, got.street, got.city, got.text) == (venue, street, city, text)


@pytest.mark.parametrize(
    "place",
    [
        "Raum 2.13, Campus Bottrop",
        "Hörsaalgebäude II, Hörsaal 3",
        "Raum B 1.04, Campus Recklinghausen",
        "Hattingen, Altstadtcafé, Untermarkt 2",
    ],
)
def test_a_room_or_town_first_line_after_the_date_is_the_place(place: str) -> None:
    page = parsed(
        "<h2>Termine</h2><div><h3>KI im Mittelstand</h3><div>14. Januar 2026 | 16 Uhr</div>"
        f"<div>{place}</div><div><p>Praxisbeispiele aus der Region.</p></div></div>"
    )
    (event,) = page["events"]
    assert event["location"]["text"] == place
    assert event["summary"] == "Praxisbeispiele aus der Region."
    assert event["start"] == "2026-01-14T16:00:00+01:00"


def test_a_town_in_parentheses_after_an_items_title_is_its_place() -> None:
    page = parsed(
        "<h2>Bisherige Termine</h2><ul><li>8.10.25: Marketing mit kleinem Budget (Bochum)</li>"
        "<li>2.7.25: Scheitern als Chance (mit Gästen)</li></ul>"
    )
    got = [(e["date"], e["title"], (e["location"] or {}).get("city")) for e in page["events"]]
    assert got == [
        ("2025-07-02", "Scheitern als Chance (mit Gästen)", None),
        ("2025-10-08", "Marketing mit kleinem Budget", "Bochum"),
    ]


# --- dates: "Di 20.01.2026", "8.10.25: Titel" ---------------------------------------------

_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.booleans(),
    st.booleans(),
)
def test_a_capitalised_short_weekday_without_a_stop_belongs_to_its_date(
    day: dt.date, short_year: bool, padded: bool
) -> None:
    from scraper.dates import search_when

    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    text = f"{_WEEKDAYS[day.weekday()]} {d}.{m}.{year}: Titel"
    found = search_when(text, BERLIN, anchored=True)
    assert found is not None
    assert (found.when.date, found.begin, text[found.end :]) == (day, 0, ": Titel")


@pytest.mark.parametrize("text", ["so 12.03.2026", "Also 12.03.2026", "So 12 Gäste"])
def test_no_weekday_is_read_into_other_words(text: str) -> None:
    from scraper.dates import search_when

    assert search_when(text, BERLIN, anchored=True) is None


def test_a_two_digit_year_before_minutes_is_still_the_hour() -> None:
    from scraper.dates import parse_when

    when = parse_when("27.11.17:00", BERLIN, default_year=2025)
    assert when is not None
    assert (when.date, when.start) == (
        dt.date(2025, 11, 27),
        dt.datetime(2025, 11, 27, 17, 0, tzinfo=BERLIN),
    )


# --- tables whose header row is bold <td>; text after a table --------------------------------


def test_a_bold_first_row_of_labels_heads_the_columns_and_text_after_the_table_is_no_rows() -> None:
    page = parsed(
        "<h2>Termine 2026</h2><table><tbody>"
        "<tr><td><strong>Datum</strong></td><td><strong>Thema</strong></td>"
        "<td><strong>Ort</strong></td></tr>"
        "<tr><td>Di 20.01.2026</td><td>Fachkräfte gewinnen</td>"
        "<td>Wissenschaftspark, Munscheidstraße 14</td></tr>"
        "<tr><td>Di 17.03.2026</td><td>Eigenstrom</td><td>Hans-Sachs-Haus, Ebertstraße 11</td></tr>"
        "</tbody></table><p>Anmeldung bis jeweils eine Woche vorher per E-Mail.</p>"
        '<div class="sp-footer"><p>Stadt Gelsenkirchen · Ebertstraße 11</p></div>'
    )
    got = [(e["date"], e["title"], e["location"]["street"], e["summary"]) for e in page["events"]]
    assert got == [
        ("2026-01-20", "Fachkräfte gewinnen", "Munscheidstraße 14", None),
        ("2026-03-17", "Eigenstrom", "Ebertstraße 11", None),
    ]


def test_a_bold_row_without_any_known_label_labels_no_column() -> None:
    from scraper.parsers._lines import read_document

    doc = read_document(
        "<html><body><table>"
        "<tr><td><strong>Frühjahr</strong></td><td><strong>Herbst</strong></td></tr>"
        "<tr><td>12.03.2026</td><td>14.10.2026</td></tr></table></body></html>",
        URL,
    )
    assert [(line.text, line.label) for line in doc.lines] == [
        ("Frühjahr", None),
        ("Herbst", None),
        ("12.03.2026", None),
        ("14.10.2026", None),
    ]


# --- two events on one line; events before the first section word ---------------------------


@given(
    st.dates(min_value=dt.date(2026, 1, 6), max_value=dt.date(2026, 12, 30)),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(["und", "sowie", "&"]),
    st.booleans(),
    st.booleans(),
)
def test_two_dates_joined_by_und_are_two_events_with_everything_else_shared(
    first: dt.date, gap: int, joint: str, year_on_first: bool, labelled: bool
) -> None:
    second = first + dt.timedelta(days=gap)
    if second.year != first.year:
        second = dt.date(first.year, 12, 31)
    if second == first:
        return
    one = f"{first.day:02d}.{first.month:02d}." + (str(first.year) if year_on_first else "")
    dates = f"{one} {joint} {second.day:02d}.{second.month:02d}.{second.year}"
    line = f"Termine: {dates}, jeweils 14:00–17:00 Uhr" if labelled else f"{dates}, 14–17 Uhr"
    page = parsed(
        "<h2>Termine 2026</h2><h3>Schulung für Botschafter</h3>"
        f"<p><strong>{line}</strong></p>"
        "<p>Ort: Kreishaus Recklinghausen, Kurt-Schumacher-Allee 1, 45657 Recklinghausen</p>"
        "<h2>Rückblick</h2><h3>Auftakt (20.03.2025)</h3><p>Es war gut.</p>",
    )
    got = [
        (e["date"], e["title"], e["start"][11:16], e["end"][11:16], e["location"]["city"])
        for e in page["events"]
        if e["status"] == "upcoming"
    ]
    assert got == [
        (day.isoformat(), "Schulung für Botschafter", "14:00", "17:00", "Recklinghausen")
        for day in (first, second)
    ]


def test_dated_events_before_the_first_section_word_are_read() -> None:
    page = parsed(
        "<h2>Die Werkstätten</h2>"
        "<h3>Gründen im Team</h3><p>Mittwoch, den 14.01.2026, ab 9.00 Uhr</p>"
        "<h3>Nachfolge regeln</h3><p>Mittwoch, den 08.07.2026, ab 9.00 Uhr</p>"
        "<h2>Bisherige Termine</h2><ul><li>2.7.25: Scheitern als Chance</li></ul>"
    )
    assert brief(page) == [
        ("2026-01-14", "Gründen im Team", "upcoming"),
        ("2026-07-08", "Nachfolge regeln", "upcoming"),
        ("2025-07-02", "Scheitern als Chance", "past"),
    ]


def test_an_intro_with_dates_only_in_prose_before_the_sections_gives_no_event() -> None:
    page = parsed(
        "<p>Seit 2019 gibt es die Reihe; am 12.03.2025 fand die erste Werkstatt statt.</p>"
        "<p>Frist für die Anmeldung: 31.01.2026</p>"
        "<h2>Nächste Termine</h2><h3>Auftakt</h3><p>14.05.2026, 17 Uhr</p>"
    )
    assert brief(page) == [("2026-05-14", "Auftakt", "upcoming")]


@pytest.mark.parametrize("verb", ["wird verschoben auf", "wurde verlegt auf", "verschoben auf"])
def test_a_move_with_its_verb_on_an_items_date_line_keeps_the_heading_title(verb: str) -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><h3>Informatik und Games</h3>"
        f"<ul><li>Donnerstag, 19. Februar 2026 | 18:00 – 20:00 Uhr – {verb} 5. März 2026</li></ul>"
    )
    (event,) = page["events"]
    assert (event["title"], event["date"], event["start"], event["status"]) == (
        "Informatik und Games",
        "2026-03-05",
        "2026-03-05T18:00:00+01:00",
        "upcoming",
    )


# --- <dt>date</dt><dd>title<br>room</dd>; "Letzte Änderung:" -------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Dr. Tim Kowalczyk: Flächen, Wasser, Wärme – die Infrastruktur der Zukunft",
        "Podiumsdiskussion: Was bleibt vom Strukturwandel?",
        "Vom Bergbau zur Wissensregion",
    ],
)
def test_the_first_line_of_the_dd_under_a_dated_dt_is_the_title(title: str) -> None:
    page = parsed(
        "<h2>Die Reihe im Überblick</h2><dl>"
        "<dt>Mittwoch, den 14. Januar 2026, 16.15 Uhr</dt>"
        f"<dd>{title}<br>Hörsaalgebäude II, Hörsaal 3</dd>"
        "<dt>Mittwoch, den 4. Februar 2026, 16.15 Uhr</dt><dd>Abschluss</dd>"
        "</dl><div id='fuss'><p>Letzte Änderung: 20.11.2025</p></div>"
    )
    got = [(e["title"], e["start"], e["summary"]) for e in page["events"]]
    assert got[0] == (title, "2026-01-14T16:15:00+01:00", None)
    assert got[1] == ("Abschluss", "2026-02-04T16:15:00+01:00", None)
    assert page["events"][0]["location"]["venue"] == "Hörsaalgebäude II, Hörsaal 3"


@pytest.mark.parametrize(
    "line", ["Letzte Änderung: 20.11.2025", "Letzte Aktualisierung 20.11.2025"]
)
def test_a_last_change_line_is_page_metadata(line: str) -> None:
    page = parsed(f"<h2>Termine</h2><h3>Auftakt</h3><p>12.03.2026, 17 Uhr</p><p>{line}</p>")
    assert [(e["title"], e["summary"]) for e in page["events"]] == [("Auftakt", None)]


# --- the text beside a date: a trailing link, an inline "Ort:", ", Venue Town" ---------------


def test_a_date_paragraph_with_an_inline_place_label_and_a_trailing_link() -> None:
    page = parsed(
        "<h2>Veranstaltungsrückblick</h2>"
        "<p><strong>4. November 2025:</strong> Radschnellweg RS1 – Stand und Ausblick. "
        "Ort: Stadtbibliothek Mülheim, Viktoriaplatz 1, 45468 Mülheim an der Ruhr. "
        '<a href="/rs1.pdf">Präsentation (PDF, 2,1 MB)</a></p>'
        "<p><strong>9. September 2025:</strong> Mobilstationen im Quartier. "
        "Ort: Bochum, Haus des Wissens</p>"
    )
    got = [
        (e["title"], e["location"]["venue"], e["location"]["city"], e["links"])
        for e in page["events"]
    ]
    assert got == [
        ("Mobilstationen im Quartier", "Haus des Wissens", "Bochum", []),
        (
            "Radschnellweg RS1 – Stand und Ausblick",
            "Stadtbibliothek Mülheim",
            "Mülheim an der Ruhr",
            [{"label": "Präsentation", "url": "https://www.example.org/rs1.pdf", "size": "2,1 MB"}],
        ),
    ]


@pytest.mark.parametrize(
    ("line", "title", "venue"),
    [
        (
            "Bauingenieurwesen zum Anfassen, Westfälische Hochschule Gelsenkirchen",
            "Bauingenieurwesen zum Anfassen",
            "Westfälische Hochschule Gelsenkirchen",
        ),
        ("Fachkräfte sichern, Zukunft gestalten in Dortmund", None, None),
        ("Gesprächsabend, Haus der Technik Essen", "Gesprächsabend", "Haus der Technik Essen"),
    ],
)
def test_a_venue_named_with_its_town_after_a_comma_is_the_place(
    line: str, title: str | None, venue: str | None
) -> None:
    page = parsed(f"<h2>Vergangene Termine</h2><p><strong>27. November 2025:</strong> {line}</p>")
    (event,) = page["events"]
    if title is None:
        assert event["title"] == line
    else:
        assert (event["title"], event["location"]["venue"]) == (title, venue)


# --- second round: "(Mittwoch)" after the date, moves with the verb last, "·"/"|" pieces ------

_LONG_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@given(
    st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.booleans(),
    st.integers(min_value=8, max_value=20),
)
def test_a_weekday_in_parentheses_after_the_date_lets_the_time_follow(
    day: dt.date, short: bool, hour: int
) -> None:
    from scraper.dates import search_when

    name = _LONG_DAYS[day.weekday()]
    wd = f"{name[:2]}." if short else name
    text = f"{day.day:02d}.{day.month:02d}.{day.year} ({wd}), {hour}:00–{hour + 2}:00 Uhr"
    found = search_when(text, BERLIN, anchored=True)
    assert found is not None
    assert found.end == len(text)
    assert found.when.start == dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "notice",
    [
        "Die Veranstaltung wird auf den 12. März 2026 verschoben.",
        "Ersatztermin: 12.03.2026",
        "Nachholtermin ist der 12.03.2026.",
        "Der Termin wurde auf Donnerstag, den 12.03.2026 verlegt.",
    ],
)
def test_a_move_to_a_stated_date_moves_and_does_not_cancel(notice: str) -> None:
    page = parsed(
        f"<h2>Nächste Termine</h2><h3>Auftakt</h3><p>14.01.2026, 16–18 Uhr</p><p>{notice}</p>"
    )
    (event,) = page["events"]
    assert (event["date"], event["start"], event["end"], event["status"]) == (
        "2026-03-12",
        "2026-03-12T16:00:00+01:00",
        "2026-03-12T18:00:00+01:00",
        "upcoming",
    )


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        (
            "Do., 22.01.26 · 18:00 – 20:00 Uhr · Essen, Zeche Zollverein",
            "Werkstattreihe",  # nothing names the date: the series does
            "Essen, Zeche Zollverein",
        ),
        (
            "14.01.2026 | 16:00 - 18:00 Uhr | Dortmund | Auftakt der Reihe",
            "Auftakt der Reihe",
            "Dortmund",
        ),
        (
            "14.01.2026 · 16 Uhr · Auftakt der Reihe · Rathaus, Unna",
            "Auftakt der Reihe",
            "Rathaus, Unna",
        ),
    ],
)
def test_pieces_beside_the_date_split_on_dots_and_bars(line: str, title: str, place: str) -> None:
    page = parsed(f"<h2>Termine</h2><ul><li>{line}</li></ul>")
    (event,) = page["events"]
    assert (event["title"], event["location"]["text"]) == (title, place)


@pytest.mark.parametrize(
    "heading", ["Auftakt (ausgebucht)", "Auftakt – ausgebucht", "Auftakt (fully booked)"]
)
def test_a_booking_state_beside_the_title_is_no_part_of_it_nor_a_cancellation(
    heading: str,
) -> None:
    page = parsed(f"<h2>Termine</h2><h3>{heading}</h3><p>14.01.2026, 16 Uhr</p>")
    (event,) = page["events"]
    assert (event["title"], event["status"]) == ("Auftakt", "upcoming")


@pytest.mark.parametrize("date_first", [True, False])
def test_a_heading_that_links_to_the_events_page_is_its_title_and_its_link(
    date_first: bool,
) -> None:
    cards = []
    for day, town in (("14.01.2026", "Unna"), ("11.02.2026", "Kamen")):
        date = f"<p>{day} (Mittwoch), 16:00 - 18:00 Uhr</p>"
        head = f'<h3><a href="/sprechtag-{town.lower()}">Sprechtag {town}</a></h3>'
        cards.append(f"<div>{date + head if date_first else head + date}</div>")
    page = parsed("<h2>Termine im Überblick</h2>" + "".join(cards))
    got = [(e["date"], e["title"], [link["url"] for link in e["links"]]) for e in page["events"]]
    assert got == [
        ("2026-01-14", "Sprechtag Unna", ["https://www.example.org/sprechtag-unna"]),
        ("2026-02-11", "Sprechtag Kamen", ["https://www.example.org/sprechtag-kamen"]),
    ]


def test_text_after_a_list_of_dated_items_is_no_items_summary() -> None:
    page = parsed(
        "<h2>Rückblick</h2><ul><li>16.10.2025 | 18:00 Uhr | Castrop-Rauxel | Fachkräfte</li></ul>"
        "<div class='bottom'><p>Stadt Castrop-Rauxel · Europaplatz 1</p></div>"
    )
    (event,) = page["events"]
    assert (event["title"], event["summary"], event["location"]["city"]) == (
        "Fachkräfte",
        None,
        "Castrop-Rauxel",
    )


def test_a_long_sentence_telling_of_a_postponement_cancels_nothing() -> None:
    page = parsed(
        "<h2>Rückblick</h2><h3>Auftakt (20.03.2025)</h3>"
        "<p>Die Veranstaltung war zunächst für den Winter geplant, wurde verschoben und fand "
        "dann mit rund 80 Gästen im Frühjahr im Rathaus statt.</p>"
    )
    assert brief(page) == [("2025-03-20", "Auftakt", "past")]


def test_an_element_with_the_id_fuss_is_the_footer() -> None:
    page = parsed(
        "<h2>Termine</h2><h3>Auftakt</h3><p>12.03.2026, 17 Uhr</p>"
        "<div id='fusszeile'><p>Rathausplatz 1, 59174 Kamen</p><p>Impressum</p></div>"
    )
    assert [(e["title"], e["summary"]) for e in page["events"]] == [("Auftakt", None)]


def test_an_online_place_with_its_tool_in_parentheses_stays_whole() -> None:
    page = parsed(
        "<h2>Termine</h2><h3>Grüne Fachkräfte</h3>"
        "<p>8.–9. Februar 2026, jeweils 9–16 Uhr, Online (Webex)</p>"
    )
    (event,) = page["events"]
    assert (event["note"], event["location"]["venue"]) == (None, "Online (Webex)")
