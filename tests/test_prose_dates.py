"""Dates announced in sentences, time and place stated once for every date, talk titles.

``scraper.parsers._prose_dates`` reads what many series pages write as prose: "Der nächste
Sprechtag findet am 14. Januar 2027 … statt", "am 14. Januar, 11. Februar und 15. April
2027", "Alle Vorträge beginnen jeweils um 17:30 Uhr". The property tests write such
sentences in many forms from a list of dates and must get exactly those dates back.

Also here, at page level: the section words series pages use ("Upcoming talks", "Termine im
Wintersemester"), title columns named by their words, an empty upcoming section or a next
date without its day (no refusal), an event page dated by its heading, and dates that take
their year from their section heading.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.errors import NotASeriesPage
from scraper.parsers._lexicon import LABELS, label_field, section_kind
from scraper.parsers._lines import Line
from scraper.parsers._prose_dates import (
    announced,
    is_generic_name,
    is_person,
    prose_place,
    sentences,
    series_defaults,
    speaker_title,
)
from scraper.parsers.rvr_series import parse_rvr_series

BERLIN = ZoneInfo("Europe/Berlin")
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
    *("September", "Oktober", "November", "Dezember"),
)
MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
PLACES = (
    ("IHK", "Ostring 30–32", "44787", "Bochum"),
    ("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
    ("Rathaus", "Friedensplatz 1", "44135", "Dortmund"),
)


def line(text: str, *, tag: str = "p", label: str | None = None) -> Line:
    """A plain paragraph line, as the page reader makes it."""
    return Line(text, text, 0, False, tag, (), (1, 2), label)


def _german(day: dt.date, with_month: bool, with_year: bool) -> str:
    text = f"{day.day}."
    if with_month:
        text += f" {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _numeric(day: dt.date, with_year: bool) -> str:
    return f"{day:%d.%m.}{day.year}" if with_year else f"{day:%d.%m.}"


def _english(day: dt.date, with_year: bool) -> str:
    text = f"{day.day} {MONTHS_EN[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _joined(items: list[str], last_word: str) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {last_word} " + items[-1]


@st.composite
def date_lists(draw: st.DrawFn) -> list[dt.date]:
    """1–5 distinct dates of one year, in order."""
    year = draw(st.integers(2026, 2029))
    days = draw(
        st.lists(
            st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    return sorted(days)


def _written(days: list[dt.date], form: str) -> str:
    """The dates as one list sharing the last date's year (and month, where a day is
    written alone before a date of the same month: "5. und 19. März 2027")."""
    last = len(days) - 1
    if form == "numeric":
        return _joined([_numeric(d, i == last) for i, d in enumerate(days)], "und")
    if form == "english":
        return _joined([_english(d, i == last) for i, d in enumerate(days)], "and")
    items = []
    for i, day in enumerate(days):
        following = days[i + 1] if i < last else None
        lone = form == "lone-days" and following is not None and following.month == day.month
        items.append(_german(day, not lone, i == last))
    return _joined(items, "und")


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    days=date_lists(),
    form=st.sampled_from(("months", "lone-days", "numeric", "english")),
    hours=st.one_of(st.none(), st.tuples(st.integers(7, 12), st.integers(1, 6))),
    where=st.one_of(st.none(), st.sampled_from(PLACES)),
)
def test_a_sentence_listing_dates_gives_every_date_with_its_time_and_place(
    days: list[dt.date],
    form: str,
    hours: tuple[int, int] | None,
    where: tuple[str, str, str, str] | None,
) -> None:
    english = form == "english"
    time = ""
    if hours is not None:
        start, length = hours
        if english:  # afternoon hours ("from 2 to 5 pm"): "12 pm" would be noon
            hours = start - 6, min(length, 4)
            start, length = hours
        time = (
            f" each from {start} to {start + length} pm"
            if english
            else f" jeweils von {start} bis {start + length} Uhr"
        )
    place = ""
    if where is not None:
        venue, street, postcode, city = where
        place = f" {'at' if english else 'in der'} {venue}, {street}, {postcode} {city}"
    if english:
        sentence = f"The consultation days take place{time}{place} on {_written(days, form)}."
    else:
        sentence = f"Die Sprechtage finden{time}{place} statt: am {_written(days, form)}."

    found = announced([line(sentence)], BERLIN, None)

    assert [a.when.date for a in found] == days
    for a in found:
        if hours is None:
            assert a.when.start is None
        else:
            offset = 12 if english else 0
            assert a.when.start is not None and a.when.start.hour == hours[0] + offset
            assert a.when.end is not None and a.when.end.hour == sum(hours) + offset
        expected_place = None if where is None else f"{where[0]}, {where[1]}, {where[2]} {where[3]}"
        assert a.place == expected_place


def test_a_yearless_date_after_the_lists_last_date_lies_in_the_year_before() -> None:
    found = announced([line("Termine: am 10. Dezember und 14. Januar 2027.")], BERLIN, None)
    assert [a.when.date for a in found] == [dt.date(2026, 12, 10), dt.date(2027, 1, 14)]


def test_one_announced_date_is_named_by_the_sentences_subject() -> None:
    text = (
        "Der nächste Gründungssprechtag findet am Donnerstag, 14. Januar 2027, von 9 bis 12 "
        "Uhr in der IHK, Ostring 30–32, 44787 Bochum statt."
    )
    (found,) = announced([line(text)], BERLIN, None)
    assert found.name == "Gründungssprechtag"
    assert found.when.start == dt.datetime(2027, 1, 14, 9, tzinfo=BERLIN)
    assert found.when.end == dt.datetime(2027, 1, 14, 12, tzinfo=BERLIN)
    assert found.place == "IHK, Ostring 30–32, 44787 Bochum"


@pytest.mark.parametrize(
    "text",
    [
        "Anmeldeschluss ist der 10. März 2027.",
        "Stand: 01.10.2025",
        "Bitte melden Sie sich bis zum 10. März 2027 an.",
        "Anmeldungen sind bis spätestens Freitag, 5. März 2027 möglich.",
        "Please register by 5 March 2027.",
        "Die Reihe gibt es seit 2019.",
    ],
)
def test_deadlines_and_page_metadata_announce_no_date(text: str) -> None:
    assert announced([line(text)], BERLIN, None) == []


def test_sentences_split_at_sentence_ends_not_inside_dates_or_titles() -> None:
    text = (
        "Prof. Dr. Karl Brandt spricht am 14. Januar 2027. Die Teilnahme ist frei! "
        "Fragen? Schreiben Sie uns."
    )
    assert list(sentences(text)) == [
        "Prof. Dr. Karl Brandt spricht am 14. Januar 2027.",
        "Die Teilnahme ist frei!",
        "Fragen?",
        "Schreiben Sie uns.",
    ]


@settings(max_examples=200, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            (
                "Die Reihe läuft.",
                "Prof. Dr. A. Beck kommt.",
                "Am 3. Mai 2027 ist Schluss!",
                "Warum?",
            )
        ),
        min_size=1,
        max_size=6,
    )
)
def test_sentences_give_back_the_text_sentence_by_sentence(parts: list[str]) -> None:
    assert list(sentences(" ".join(parts))) == parts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Prof. Dr. Karl Brandt: Elektrolyse im industriellen Maßstab",
            "Elektrolyse im industriellen Maßstab",
        ),
        ("Dipl.-Ing. Sabine Roth (Uniper): H2-Netze im Ruhrgebiet", "H2-Netze im Ruhrgebiet"),
        ("Anna Becker: Fachkräfte gewinnen", "Fachkräfte gewinnen"),
        ("Ort: Rathaus Bochum", None),  # a label, not a person
        ("Hinweis: Die Teilnahme ist kostenfrei", None),
        ("Der Vortrag: eine Einführung in die Wasserstoffwirtschaft", None),
    ],
)
def test_a_speaker_before_a_colon_leaves_the_talks_title(text: str, title: str | None) -> None:
    assert speaker_title(text) == title


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Prof. Dr. Lars Weber", True),
        ("Jana Schulte (RVR)", True),
        ("Dr. Eva Klein (Uni Duisburg-Essen)", True),
        ("Podiumsdiskussion", False),
        ("Weiterbildung als Schlüssel", False),
        ("Regionale Fachkräftestrategie", False),
    ],
)
def test_a_line_that_only_names_a_speaker_is_not_a_title(text: str, person: bool) -> None:
    assert is_person(text) is person


def test_the_introductions_place_label_and_rule_are_defaults_for_every_date() -> None:
    intro = [
        line("Alle Vorträge beginnen jeweils um 17:30 Uhr und dauern etwa 90 Minuten."),
        line("Ort: Westfälische Hochschule, Neidenburger Straße 43, 45897 Gelsenkirchen."),
    ]
    defaults = series_defaults(intro, intro=True)
    assert defaults.place == "Westfälische Hochschule, Neidenburger Straße 43, 45897 Gelsenkirchen"
    assert defaults.times(dt.date(2027, 1, 13), BERLIN) == (
        dt.datetime(2027, 1, 13, 17, 30, tzinfo=BERLIN),
        None,
    )


def test_one_events_own_fields_inside_a_part_are_no_defaults() -> None:
    part = [
        line("Ort: Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen"),
        line("Uhrzeit: jeweils 9–16 Uhr"),
        line("jeweils 9–16 Uhr"),
    ]
    defaults = series_defaults(part)
    assert (defaults.time, defaults.place) == (None, None)


def test_a_sentence_of_a_part_that_states_a_rule_is_a_default() -> None:
    rule = (
        "Die Sprechtage finden jeweils von 9 bis 12 Uhr in der IHK, Ostring 30–32, 44787 Bochum "
        "statt."
    )
    part = [line(rule)]
    defaults = series_defaults(part)
    assert defaults.place == "IHK, Ostring 30–32, 44787 Bochum"
    assert defaults.times(dt.date(2027, 1, 14), BERLIN) == (
        dt.datetime(2027, 1, 14, 9, tzinfo=BERLIN),
        dt.datetime(2027, 1, 14, 12, tzinfo=BERLIN),
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Die Vorträge finden im Hörsaal 2, Emil-Figge-Straße 50, 44227 Dortmund statt.",
            "Hörsaal 2, Emil-Figge-Straße 50, 44227 Dortmund",
        ),
        (
            "Wir treffen uns in der Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen.",
            "Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen",
        ),
        (
            "All talks start at 6 pm and take place at the BMR offices, Kronprinzenstraße 6, "
            "45128 Essen.",
            "BMR offices, Kronprinzenstraße 6, 45128 Essen",  # the "at" nearest the postcode
        ),
        (
            "Treffpunkt ist im Raum 2.13, Lotharstraße 1, 47057 Duisburg.",
            "Raum 2.13, Lotharstraße 1, 47057 Duisburg",
        ),
        ("Die Reihe findet in Essen statt.", None),  # no address: a town in prose is not a venue
    ],
)
def test_a_place_in_a_sentence_runs_from_its_preposition_to_the_postcodes_town(
    sentence: str, place: str | None
) -> None:
    assert prose_place(sentence) == place


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Vortrag", "title"),
        ("Titel der Veranstaltung", "title"),
        ("Vortragsthema", "title"),
        ("Workshop-Thema", "title"),
        ("Referent*in", None),
        ("Vortragende", None),
        ("Moderation", None),
    ],
)
def test_a_column_named_for_the_title_gives_the_title(label: str, field: str | None) -> None:
    assert label_field(label) == field


@given(st.sampled_from(sorted(LABELS)))
def test_every_known_label_keeps_its_field(label: str) -> None:
    assert label_field(label) == LABELS[label]
    assert label_field(label.upper() + ":") == LABELS[label]


SECTION_WORDS = (
    "Termine", "Nächste Termine", "Kommende Veranstaltungen", "Rückblick", "Veranstaltungen",
    "Programm", "Vergangene Veranstaltungen", "Upcoming events", "Past events", "Events",
)  # fmt: skip
QUALIFIERS = (
    "im Wintersemester 2026/27", "im Überblick", "der Reihe", "des Jahres 2026",
    "in 2027", "auf einen Blick", "this term", "of the series", "für Unternehmen",
)  # fmt: skip


@given(st.sampled_from(SECTION_WORDS), st.sampled_from(QUALIFIERS))
def test_a_section_heading_with_a_qualifier_opens_the_same_section(word: str, tail: str) -> None:
    assert section_kind(word) is not None
    assert section_kind(f"{word} {tail}") == section_kind(word)


@pytest.mark.parametrize(
    "text",
    ["Termine finden jeweils dienstags statt.", "Veranstaltungen: Die Reihe pausiert. Mehr folgt."],
)
def test_a_sentence_that_starts_with_a_section_word_opens_none(text: str) -> None:
    assert section_kind(text) is None


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Upcoming talks", "upcoming"),
        ("Next lectures", "upcoming"),
        ("Nächstes Treffen", "upcoming"),
        ("Der nächste Termin", "upcoming"),
        ("Save the Date!", "upcoming"),
        ("Coming up next", "upcoming"),
        ("Bisherige Vorträge", "past"),
        ("Previous sessions", "past"),
        ("Unsere Termine", "either"),
        ("Veranstaltungstermine", "either"),
        ("Termine & Themen", "either"),
        ("Die Veranstaltungen im Überblick", "either"),
        ("Future of work", None),  # a topic, not a section
        ("Next steps", None),
        ("Der Vortrag", None),
    ],
)
def test_section_headings_in_the_words_series_pages_use(heading: str, kind: str | None) -> None:
    assert section_kind(heading) == kind


def test_a_date_line_listing_two_dates_gives_both_with_the_place_after_them() -> None:
    place = "Rathaus Essen, Porscheplatz 1, 45127 Essen"
    text = f"Termine: 12.03. und 14.05.2027, jeweils 17–19 Uhr, {place}"
    found = announced([line(text)], BERLIN, None)
    assert [(a.when.date, a.when.start, a.place) for a in found] == [
        (
            day,
            dt.datetime.combine(day, dt.time(17), tzinfo=BERLIN),
            "Rathaus Essen, Porscheplatz 1, 45127 Essen",
        )
        for day in (dt.date(2027, 3, 12), dt.date(2027, 5, 14))
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der nächste Termin findet am 14. Januar 2027 statt.", None),
        ("Das nächste Netzwerktreffen findet am 14. Januar 2027 statt.", "Netzwerktreffen"),
        ("The next Career Talk takes place on 14 January 2027.", "Career Talk"),
    ],
)
def test_a_generic_subject_names_no_event(text: str, name: str | None) -> None:
    (found,) = announced([line(text)], BERLIN, None)
    assert found.name == name


def test_text_without_a_section_word_announces_only_in_announcing_sentences() -> None:
    news = line("Am 12. März 2026 hat der Verbandsausschuss die Fortsetzung beschlossen.")
    next_date = line("Der nächste Termin findet am 27. Januar 2027 im Rathaus statt.")
    found = announced([news, next_date], BERLIN, None, announcing=True)
    assert [a.when.date for a in found] == [dt.date(2027, 1, 27)]
    assert len(announced([news, next_date], BERLIN, None)) == 2


@pytest.mark.parametrize(
    ("name", "generic"),
    [("Termin", True), ("Treffen", True), ("talk", True), ("Gründungssprechtag", False)],
)
def test_generic_event_words_name_no_event(name: str, generic: bool) -> None:
    assert is_generic_name(name) is generic


@given(st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)))
def test_a_default_time_is_the_same_wall_clock_time_on_every_date(day: dt.date) -> None:
    rule = line("Alle Vorträge finden jeweils von 18:15 bis 19:45 Uhr statt.")
    defaults = series_defaults([rule], intro=True)
    assert defaults.times(day, BERLIN) == (
        dt.datetime.combine(day, dt.time(18, 15), tzinfo=BERLIN),
        dt.datetime.combine(day, dt.time(19, 45), tzinfo=BERLIN),
    )


@pytest.mark.parametrize(
    "announcement",
    [
        "Die nächste Regionalkonferenz findet im März 2027 in Essen statt.",
        "Save the date: Herbst 2027.",
        "The next conference will take place in spring 2027.",
    ],
)
def test_a_next_date_announced_without_its_day_is_no_event_and_no_refusal(
    announcement: str,
) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<h1>Regionalkonferenz</h1><p>Die Konferenz bringt Politik, Wirtschaft und Verwaltung "
        "zusammen.</p>"
        f"<h2>Nächster Termin</h2><p>{announcement}</p>"
        "<h2>Rückblick</h2><h3>Regionalkonferenz 2026 (12.03.2026)</h3><p>200 Gäste.</p>"
        "</main><footer>RVR</footer></body></html>"
    )
    page = parse_rvr_series(html, "https://www.rvr.ruhr/k", BERLIN)
    assert [(e.date.isoformat(), e.status) for e in page.events] == [("2026-03-12", "past")]


def test_a_next_date_part_with_nothing_dated_is_still_refused() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<h1>Regionalkonferenz</h1><p>Die Konferenz bringt Politik und Wirtschaft zusammen.</p>"
        "<h2>Nächster Termin</h2><p>Thema: Fachkräfte gewinnen</p><p>Ort: Essen</p>"
        "</main><footer>RVR</footer></body></html>"
    )
    with pytest.raises(NotASeriesPage):
        parse_rvr_series(html, "https://www.rvr.ruhr/k", BERLIN)


def test_an_event_page_whose_heading_dates_it_is_read_not_refused() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<h1>Fachforum Pflege am 12. März 2027</h1>"
        "<p>Das Fachforum richtet sich an Einrichtungen der Pflege im Kreisgebiet.</p>"
        "<p><strong>Uhrzeit:</strong> 9:30 – 15:00 Uhr</p>"
        "<p><strong>Ort:</strong> Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna</p>"
        "</main><footer>Kreis Unna</footer></body></html>"
    )
    (event,) = parse_rvr_series(html, "https://www.kreis-unna.de/f", BERLIN).events
    assert (event.title, event.start, event.location and event.location.city) == (
        "Fachforum Pflege",
        dt.datetime(2027, 3, 12, 9, 30, tzinfo=BERLIN),
        "Unna",
    )


def test_a_paragraph_too_long_to_be_an_announcement_is_not_read_for_defaults() -> None:
    rule = "Alle Vorträge beginnen jeweils um 17:30 Uhr im Saal, Weg 1, 45127 Essen. "
    assert series_defaults([line(rule * 100)], intro=True) == series_defaults([], intro=True)
    assert series_defaults([line(rule)], intro=True).place == "Saal, Weg 1, 45127 Essen"


@pytest.mark.parametrize(
    "rule",
    [
        "Each dialogue takes place from 4:30 pm to 6:30 pm.",
        "Jeweils von 16:30 bis 18:30 Uhr treffen wir uns im Rathaus.",
        "Every session runs from 4:30 to 6:30 pm.",
        "Immer von 16:30 bis 18:30 Uhr.",
    ],
)
def test_a_rule_for_every_date_may_open_its_sentence(rule: str) -> None:
    defaults = series_defaults([line(f"Die Reihe gibt es seit Jahren. {rule}")], intro=True)
    assert defaults.times(dt.date(2027, 1, 21), BERLIN) == (
        dt.datetime(2027, 1, 21, 16, 30, tzinfo=BERLIN),
        dt.datetime(2027, 1, 21, 18, 30, tzinfo=BERLIN),
    )


def _page(main: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>T</title></head><body><main>"
        "<h1>Gesprächsreihe Handwerk</h1><p>Die Reihe bringt Betriebe und Schulen zusammen.</p>"
        f"{main}</main><footer>HWK</footer></body></html>"
    )


@given(year=st.integers(2026, 2030), day=st.integers(1, 28), month=st.integers(1, 12))
def test_dates_without_a_year_take_the_year_of_their_section_heading(
    year: int, day: int, month: int
) -> None:
    html = _page(
        f"<h2>Termine {year}</h2><table><tr><th>Datum</th><th>Thema</th></tr>"
        f"<tr><td>{day:02d}.{month:02d}.</td><td>Ausbildung im Wandel</td></tr></table>"
    )
    (event,) = parse_rvr_series(html, "https://www.hwk.de/g", BERLIN).events
    assert event.date == dt.date(year, month, day)


@pytest.mark.parametrize("heading", ["Termine im Wintersemester 2026/27", "Termine 2026–2027"])
def test_a_span_of_years_in_a_section_heading_gives_yearless_dates_no_year(heading: str) -> None:
    html = _page(
        f"<h2>{heading}</h2><table><tr><th>Datum</th><th>Thema</th></tr>"
        "<tr><td>14.01.</td><td>Ausbildung im Wandel</td></tr></table>"
    )
    try:
        events = parse_rvr_series(html, "https://www.hwk.de/g", BERLIN).events
    except NotASeriesPage:
        events = ()  # nothing invented: which of the two years is not stated
    assert dt.date(2026, 1, 14) not in [e.date for e in events]
