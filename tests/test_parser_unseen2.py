"""Rules first met on the second round of hand-written pages (``tests/parsing/
corpus_unseen2.py``): each is stated for the whole family of wordings or markup, so it
would fail if the rule broke, not only on the page that showed it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.errors import NotASeriesPage
from scraper.parsers import parse_rvr_series
from scraper.parsers._events import month_divider, weekday_alone
from scraper.parsers._lexicon import section_kind

URL = "https://www.example.org/reihe"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN)
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August")
_MONTHS_DE += ("September", "Oktober", "November", "Dezember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS_EN += ("September", "October", "November", "December")
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_WEEKDAYS += ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def parsed(main: str, *, now: dt.datetime | None = NOW, h1: str = "Werkstattreihe") -> Any:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        f"<h1>{h1}</h1><p>Die Reihe bringt Betriebe und Hochschulen zusammen.</p>"
        f"{main}</main><footer><p>Impressum</p></footer></body></html>"
    )
    return parse_rvr_series(html, URL, BERLIN, now=now).to_json()


def brief(page: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["date"], e["title"], e["status"]) for e in page["events"]]


def hm(value: str | None) -> str | None:
    return value[11:16] if value else None


# --- "Staffel 2027", "Saison 2026/27": a run of the series' dates ----------------------


@given(
    st.sampled_from(["Staffel", "Saison", "Spielzeit", "Season", "STAFFEL"]),
    st.integers(2020, 2035),
    st.booleans(),
)
def test_a_season_with_its_year_opens_a_part_the_date_decides(
    word: str, year: int, span: bool
) -> None:
    tail = f"{year}/{(year + 1) % 100:02d}" if span else str(year)
    assert section_kind(f"{word} {tail}") == "either"


@pytest.mark.parametrize(
    "text", ["Staffel", "Saison", "Staffel 3", "Saisonstart", "Wintersemester 2026/27"]
)
def test_a_season_word_without_a_year_opens_no_part(text: str) -> None:
    assert section_kind(text) is None


@given(st.sampled_from(["Staffel", "Saison"]), st.integers(1, 28), st.integers(1, 12))
def test_dates_without_a_year_take_the_year_of_their_season(
    word: str, day: int, month: int
) -> None:
    page = parsed(
        f"<h2>{word} 2027</h2><div><p>Do {day:02d}.{month:02d}.</p><h3>Meisterabend</h3>"
        "<p>Handwerkskammer, Ardeystraße 93, 44139 Dortmund</p></div>"
    )
    assert brief(page) == [(dt.date(2027, month, day).isoformat(), "Meisterabend", "upcoming")]


def test_a_season_heading_is_no_title_of_the_event_below_it() -> None:
    page = parsed(
        "<h2>Saison 2026/27</h2><ul><li><p>Mi 20.01.2027 | 19:30 Uhr</p>"
        "<p><strong>Roboter in der Pflege</strong></p></li>"
        "<li><p>Mi 17.03.2027 | ab 17:30 Uhr</p><p><strong>Forschungsnacht</strong></p></li></ul>"
    )
    assert [(e["title"], hm(e["start"])) for e in page["events"]] == [
        ("Roboter in der Pflege", "19:30"),
        ("Forschungsnacht", "17:30"),
    ]


# --- times written "17–19 h", "18 h"; doors before the start -------------------------


@given(st.integers(7, 20), st.integers(1, 3), st.booleans())
def test_a_time_line_in_hours_h_is_the_events_time(start: int, length: int, dash: bool) -> None:
    end = start + length
    times = f"{start}{'–' if dash else ' - '}{end} h"
    page = parsed(
        "<h2>Kommende Termine</h2><dl><dt>14.01.2027</dt>"
        f"<dd><p>Holzbau</p><p>{times}</p></dd></dl>"
    )
    (event,) = page["events"]
    assert (hm(event["start"]), hm(event["end"])) == (f"{start:02d}:00", f"{end:02d}:00")


@given(st.integers(8, 20), st.sampled_from(["00", "15", "30"]), st.booleans())
def test_the_start_is_the_beginning_not_the_doors(hour: int, minute: str, labelled: bool) -> None:
    doors = f"{hour - 1}:{minute} Uhr" if minute != "00" else f"{hour - 1} Uhr"
    times = f"Einlass {doors}, Beginn {hour}:{minute} Uhr"
    line = f"<p><strong>Zeit:</strong> {times}</p>" if labelled else f"<p>{times}</p>"
    page = parsed(
        f"<h2>Nächste Veranstaltungen</h2><h3>Neujahrsempfang</h3><p>14.01.2027</p>{line}"
    )
    (event,) = page["events"]
    assert hm(event["start"]) == f"{hour:02d}:{minute}"
    assert event["note"] is None


def test_doors_and_start_on_the_date_line_are_no_note() -> None:
    page = parsed(
        "<h2>Kommende Veranstaltungen</h2><h3>Neujahrsempfang</h3>"
        "<p><strong>Do., 14.01.2027, Einlass 17 Uhr, Beginn 17:30 Uhr</strong></p>"
        "<p>Zeche Zollern, Grubenweg 5, 44388 Dortmund</p>"
    )
    (event,) = page["events"]
    assert (hm(event["start"]), event["note"], event["title"]) == ("17:30", None, "Neujahrsempfang")


@given(st.integers(7, 18), st.sampled_from(["00", "30"]), st.integers(1, 3))
def test_a_time_closing_the_text_beside_the_date_is_no_part_of_the_title(
    hour: int, minute: str, length: int
) -> None:
    page = parsed(
        "<h2>Termine 2027</h2><ul>"
        f"<li><p><strong>Do 14.01.</strong> – KI im Büro, {hour}:{minute}–{hour + length} Uhr"
        "</p></li>"
        "<li><p><strong>Do 11.03.</strong> – Barrierefreie Websites</p></li></ul>"
    )
    first, second = page["events"]
    assert (first["title"], hm(first["start"]), hm(first["end"])) == (
        "KI im Büro",
        f"{hour:02d}:{minute}",
        f"{hour + length:02d}:00",
    )
    assert (second["title"], second["start"]) == ("Barrierefreie Websites", None)


# --- the weekday on its own line; a month divider ------------------------------------


@given(st.sampled_from(_WEEKDAYS), st.sampled_from(["", ",", "."]), st.booleans())
def test_a_weekday_alone_is_part_of_the_date(day: str, mark: str, upper: bool) -> None:
    assert weekday_alone((day.upper() if upper else day) + mark)


@pytest.mark.parametrize("text", ["Do", "so", "Mi.", "Do.", "Fr."])
def test_a_short_weekday_alone_needs_its_stop(text: str) -> None:
    assert weekday_alone(text) == text.endswith(".")


@pytest.mark.parametrize("text", ["Donnerstagabend", "Am Donnerstag", "Tuesday talks", "Mitte"])
def test_other_lines_are_no_weekday_alone(text: str) -> None:
    assert not weekday_alone(text)


@given(st.sampled_from(_WEEKDAYS[:5]), st.sampled_from(["<br>", "</span><br><span>"]))
def test_a_weekday_above_the_date_in_a_dt_is_neither_title_nor_summary(day: str, br: str) -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><dl>"
        f"<dt><span>{day}{br}14.01.2027</span></dt>"
        '<dd><p><a href="/holz">Holz-Hybridbau im Bestand</a></p><p>17–19 h</p></dd></dl>'
    )
    (event,) = page["events"]
    assert (event["title"], event["summary"]) == ("Holz-Hybridbau im Bestand", None)


@given(st.integers(0, 11), st.integers(2025, 2035), st.booleans())
def test_a_month_divider_gives_its_year(month: int, year: int, english: bool) -> None:
    name = (_MONTHS_EN if english else _MONTHS_DE)[month]
    assert month_divider(f"{name} {year}") == year
    assert month_divider(f"im {name} {year}") is None


def test_dates_without_a_year_take_the_year_of_the_month_divider_above() -> None:
    page = parsed(
        "<h2>Unsere nächsten Treffen</h2>"
        "<div>Dezember 2026</div><article><div>17 Dez</div><h4>Jahresabschluss</h4></article>"
        "<div>Januar 2027</div><article><div>14 Jan</div><h4>Mentoring</h4></article>"
    )
    assert brief(page) == [
        ("2026-12-17", "Jahresabschluss", "upcoming"),
        ("2027-01-14", "Mentoring", "upcoming"),
    ]


# --- places: building and room labels, a venue above its address, "(Town, date)" ------


@pytest.mark.parametrize(
    ("lines", "venue"),
    [
        (("Gebäude: HZO", "Raum: 20"), "Gebäude HZO, Raum 20"),
        (("Raum: Hörsaal 2",), "Hörsaal 2"),
        (("Building: ID", "Room: 04/413"), "Building ID, Room 04/413"),
    ],
)
def test_building_and_room_labels_are_pieces_of_the_place(
    lines: tuple[str, ...], venue: str
) -> None:
    items = "".join(f"<li>{line}</li>" for line in lines)
    page = parsed(
        "<h2>Kommende Termine</h2><h3>Grüner Wasserstoff</h3>"
        f"<ul><li>Datum: Mi., 13.01.2027</li><li>Uhrzeit: 18.15 h</li>{items}"
        "<li>Referent: Prof. Dr. Ulf Berger</li></ul>"
    )
    (event,) = page["events"]
    assert (event["location"]["venue"], event["summary"]) == (
        venue,
        "Referent: Prof. Dr. Ulf Berger",
    )


def test_a_room_column_is_the_place_of_each_row() -> None:
    page = parsed(
        "<h2>Termine</h2><table><thead><tr><th>Datum</th><th>Thema</th><th>Raum</th></tr></thead>"
        "<tbody><tr><td>19.01.2027</td><td>Abwärme</td><td>Hörsaal 01.110</td></tr>"
        "<tr><td>16.02.2027</td><td>Photovoltaik</td><td>Raum 2</td></tr></tbody></table>"
    )
    assert [e["location"]["venue"] for e in page["events"]] == ["Hörsaal 01.110", "Raum 2"]


def test_a_notice_after_one_events_list_of_details_is_that_events() -> None:
    page = parsed(
        "<h2>Kommende Termine</h2>"
        "<div><h3>Stahl ohne Kohle</h3><ul><li>Datum: Mi., 10.02.2027</li><li>Raum: 20</li></ul>"
        "<p>Die Veranstaltung muss leider entfallen.</p></div>"
        "<div><h3>Holz</h3><ul><li>Datum: Mi., 10.03.2027</li></ul></div>"
    )
    assert [e["status"] for e in page["events"]] == ["cancelled", "upcoming"]


@given(st.sampled_from(["Wissenschaftspark Gelsenkirchen", "Haus der Technik", "Glaspavillon"]))
def test_a_venue_right_above_its_address_in_one_block_is_the_venue(venue: str) -> None:
    page = parsed(
        "<h2>Kommende Termine</h2><article><div>14.01.2027</div><h4>Mentoring</h4>"
        f"<div><span>{venue}</span><address><span>Munscheidstraße 14, 45886 Gelsenkirchen</span>"
        "</address></div></article>"
    )
    (event,) = page["events"]
    assert (event["location"]["venue"], event["summary"]) == (venue, None)


@given(st.sampled_from(["Marl", "Duisburg", "Bochum"]), st.booleans())
def test_a_town_in_parentheses_with_the_date_leaves_the_title(town: str, place: bool) -> None:
    panel = (
        "<p><strong>Veranstaltungsort:</strong> Rathaus, Markt 1, 59423 Unna</p>" if place else ""
    )
    page = parsed(
        "<h2>Nächste Veranstaltungen</h2>"
        f'<h3><button aria-expanded="false">Chemie im Wandel ({town}, 25.01.2027)</button></h3>'
        f'<div role="region">{panel}</div>'
    )
    (event,) = page["events"]
    assert event["title"] == "Chemie im Wandel"
    assert event["location"]["city"] == ("Unna" if place else town)


def test_words_in_parentheses_that_are_no_place_stay_in_the_title() -> None:
    page = parsed("<h2>Nächste Veranstaltungen</h2><h3>Workshop (Teil 2, 25.01.2027)</h3>")
    (event,) = page["events"]
    assert event["title"].startswith("Workshop (Teil 2")


# --- one place for a run of bare dates; rows of a table of events ---------------------


@given(st.integers(2, 4), st.booleans())
def test_a_place_under_a_run_of_bare_dates_is_every_dates(count: int, closing: bool) -> None:
    dates = "".join(f"<p>Mi., {6 + 7 * k:02d}.01.2027, 16–18 Uhr</p>" for k in range(count))
    after = "<p>Bitte vereinbaren Sie einen Termin unter 02303 27-1690.</p>" if closing else ""
    page = parsed(
        f"<h2>Nächste Termine</h2>{dates}"
        f"<p>Ort: Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna</p>{after}",
        h1="Sprechstunde Nachfolge",
    )
    assert len(page["events"]) == count
    for event in page["events"]:
        assert event["location"]["venue"] == "Kreishaus Unna"
        assert (event["title"], event["summary"]) == ("Sprechstunde Nachfolge", None)


def test_a_place_after_a_named_date_stays_that_dates() -> None:
    page = parsed(
        "<h2>Nächste Termine</h2><p>Mi., 13.01.2027, 16–18 Uhr</p>"
        "<h3>Nachfolge</h3><p>Mi., 10.02.2027, 16–18 Uhr</p>"
        "<p>Ort: Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna</p>"
    )
    assert [e["location"] is None for e in page["events"]] == [True, False]


@pytest.mark.parametrize("header", ["Anmeldeschluss", "Anmeldefrist", "Deadline"])
def test_a_deadline_column_gives_no_events(header: str) -> None:
    page = parsed(
        "<h2>Termine</h2><table><thead><tr><th>Datum</th><th>Veranstaltung</th>"
        f"<th>{header}</th></tr></thead><tbody>"
        "<tr><td>Mi., 13.1.27</td><td>Zoll und Ursprung</td><td>06.01.2027</td></tr>"
        "<tr><td>Mi., 10.3.27</td><td>Zahlungssicherung</td><td>03.03.2027</td></tr>"
        "<tr><td>Termin wird noch bekannt gegeben</td><td>Skandinavien</td><td>–</td></tr>"
        "</tbody></table>"
    )
    assert [(e["date"], e["title"], e["summary"]) for e in page["events"]] == [
        ("2027-01-13", "Zoll und Ursprung", None),
        ("2027-03-10", "Zahlungssicherung", None),
    ]


# --- the programme of one event -------------------------------------------------------


@given(st.integers(1, 3), st.sampled_from(["Programm", "Programme", "PROGRAMM", "Programm:"]))
def test_the_days_of_an_events_programme_are_no_events(days: int, heading: str) -> None:
    last = 20 + days
    schedule = "".join(
        f"<h4>{20 + k}. Januar 2027</h4><ul><li>10:00 Uhr Begrüßung</li></ul>"
        for k in range(days + 1)
    )
    page = parsed(
        f"<h2>Nächster Termin</h2><p><strong>20.–{last}. Januar 2027</strong></p>"
        f"<p>Wissenschaftspark, Munscheidstraße 14, 45886 Gelsenkirchen</p>"
        f"<h3>{heading}</h3>{schedule}",
        h1="Fachtag Kreislaufwirtschaft",
    )
    assert brief(page) == [("2027-01-20", "Fachtag Kreislaufwirtschaft", "upcoming")]


def test_a_programme_heading_above_the_series_dates_lists_events() -> None:
    page = parsed(
        "<h2>Programm</h2><h3>20. Januar 2027 – Transfer</h3><h3>3. Februar 2027 – Netze</h3>"
    )
    assert [e["title"] for e in page["events"]] == ["Transfer", "Netze"]


# --- a news article is no series page --------------------------------------------------


@pytest.mark.parametrize("dateline", ["Meldung vom 13.11.2026", "Pressemitteilung vom 13.11.2026"])
@pytest.mark.parametrize("above", [True, False])
def test_a_news_article_with_a_dated_subheading_is_refused(dateline: str, above: bool) -> None:
    meta = f"<p>{dateline}</p>"
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        f"{meta if above else ''}<h1>Fachkräftetag zieht Bilanz</h1>{'' if above else meta}"
        "<p>Rund 900 Gäste informierten sich über Ausbildung und Jobs in der Stadt.</p>"
        "<h2>Podium am 12. November 2026</h2><p>Die Oberbürgermeisterin diskutierte mit Azubis.</p>"
        "</main><footer><p>Impressum</p></footer></body></html>"
    )
    with pytest.raises(NotASeriesPage, match="news article"):
        parse_rvr_series(html, URL, BERLIN, now=NOW)


def test_a_news_item_announcing_a_date_to_come_still_gives_it() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<p>Meldung vom 01.12.2026</p><h1>Fachforum Pflege geht weiter</h1>"
        "<p>Die Reihe wird fortgesetzt.</p><h2>Fachforum am 14. Januar 2027</h2>"
        "<p>Stadthalle, Markt 1, 59423 Unna</p></main>"
        "<footer><p>Impressum</p></footer></body></html>"
    )
    page = parse_rvr_series(html, URL, BERLIN, now=NOW).to_json()
    assert brief(page) == [("2027-01-14", "Fachforum", "upcoming")]


def test_a_series_page_with_a_press_sentence_and_sections_is_read() -> None:
    page = parsed(
        "<p>Pressemitteilung vom 12.01.2026: Die Stadt lädt zur Werkstatt ein.</p>"
        "<h2>Termine</h2><h3>Werkstatt 1</h3><p>Mittwoch, 11. März 2027, 18:00 Uhr</p>"
    )
    assert brief(page) == [("2027-03-11", "Werkstatt 1", "upcoming")]
