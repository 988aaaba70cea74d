"""The reader behind ``rvr-series``: the blocks a reader sees, whatever the markup.

Each test states one rule of docs/parser.md on a small page and asserts the parsed
fields; the corpus and the relaunch property tests (tests/parsing/) hold the whole pages.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.errors import NotASeriesPage
from scraper.parsers import parse_rvr_series
from scraper.parsers._fields import split_size
from scraper.parsers._lines import MAX_DEPTH, read_document

URL = "https://www.beispiel.de/reihe"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 1, 15, 10, tzinfo=BERLIN)
INTRO = (
    "<h1>Werkstatt-Reihe 2026</h1><p>Die Reihe bringt Unternehmen, Hochschulen und "
    "Verwaltung zusammen; die Teilnahme ist kostenfrei und offen für alle Interessierten.</p>"
)


def page(main: str, *, before: str = "", after: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Reihe</title></head><body>"
        f"{before}<main>{INTRO}{main}</main>{after}<footer><p>Impressum</p></footer></body></html>"
    )


def parse(html: str, now: dt.datetime | None = NOW) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in e.items() if v not in (None, [])}
        for e in parse_rvr_series(html, URL, BERLIN, now=now).to_json()["events"]
    ]


# --- hostile pages ----------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_a_page_nested_100000_levels_deep_is_refused_not_a_recursion_error(tag: str) -> None:
    deep = f"<{tag}>" * 100_000 + "27.11.2025" + f"</{tag}>" * 100_000
    with pytest.raises(NotASeriesPage, match="nested more than"):
        parse_rvr_series(page(deep), URL, BERLIN)


def test_a_page_nested_deep_but_within_bounds_is_read() -> None:
    depth = MAX_DEPTH // 2
    event = "<h2>Termine</h2><p>20.01.2027, 17–19 Uhr</p><p>Thema: Transfer</p>"
    html = page("<div>" * depth + event + "</div>" * depth)
    assert parse(html) == [
        {
            "key": "2027-01-20-transfer",
            "status": "upcoming",
            "title": "Transfer",
            "date": "2027-01-20",
            "start": "2027-01-20T17:00:00+01:00",
            "end": "2027-01-20T19:00:00+01:00",
        }
    ]


# --- what is content --------------------------------------------------------------------


CONSENT = (
    '<div id="cookieconsent" class="cookie-banner" hidden><p>Wir verwenden Cookies. Mit Ihrer '
    "Einwilligung nutzen wir auch Dienste Dritter; bitte stimmen Sie zu.</p>"
    "<button>Alle akzeptieren</button></div>"
)


def test_a_hidden_consent_banner_beside_complete_content_is_no_cookie_wall() -> None:
    html = page("<h2>Nächster Termin</h2><p>20.01.2027</p><p>Thema: Transfer</p>", after=CONSENT)
    assert [e["title"] for e in parse(html)] == ["Transfer"]


def test_a_consent_box_without_content_is_a_cookie_wall() -> None:
    html = f"<html><head><title>RVR</title></head><body>{CONSENT}</body></html>"
    with pytest.raises(NotASeriesPage, match="cookie/consent wall"):
        parse_rvr_series(html, URL, BERLIN)


def test_sidebar_news_and_page_metadata_dates_are_not_events() -> None:
    aside = (
        '<aside class="sidebar"><h2>Aktuelles</h2><ul>'
        "<li>12.01.2026 Pressemitteilung vom 12.01.2026: Neue Förderrunde</li>"
        "<li>08.12.2025 Regionalkonferenz zieht Bilanz</li></ul></aside>"
    )
    main = (
        "<p>Anmeldeschluss: 10. März 2026</p>"
        "<h3>20. Januar 2027 – Transfer in die Region</h3><p>Ort: Essen</p>"
        "<p>Anmeldeschluss: 13. Januar 2027</p>"
        '<p class="small">Stand: 01.10.2025</p><p>© 2026 Beispielregion</p>'
    )
    got = parse(page(main, after=aside))
    assert got == [
        {
            "key": "2027-01-20-transfer-in-die-region",
            "status": "upcoming",
            "title": "Transfer in die Region",
            "date": "2027-01-20",
            "location": {
                "venue": None,
                "street": None,
                "postcode": None,
                "city": "Essen",
                "text": "Essen",
            },
        }
    ]


def test_accordion_buttons_read_as_headings_of_their_collapsed_panels() -> None:
    def item(title: str, body: str) -> str:
        return (
            f'<div class="accordion-item"><h3 class="accordion-header"><button '
            f'class="accordion-button collapsed" type="button">{title}</button></h3>'
            f'<div class="accordion-collapse collapse" hidden><div class="accordion-body">'
            f"{body}</div></div></div>"
        )

    main = "<h2>Rückblick: Fachkräfte-Reihe 2025</h2>" + "".join(
        item(f"Werkstatt {n} ({d}.0{n}.2025)", f"<p>Bericht {n}.</p>")
        for n, d in ((1, 19), (2, 20), (3, 21), (4, 22))
    )
    got = parse(page(main))
    assert [(e["title"], e["date"], e["summary"]) for e in got] == [
        (f"Werkstatt {n}", f"2025-0{n}-{d}", f"Bericht {n}.")
        for n, d in ((1, 19), (2, 20), (3, 21), (4, 22))
    ]
    assert {e["status"] for e in got} == {"past"}


# --- fields -----------------------------------------------------------------------------


def test_label_synonyms_and_an_unknown_label_kept_in_the_summary() -> None:
    main = (
        "<h2>Save the Date</h2><p><strong>Was:</strong> Transfer in die Region</p>"
        "<p><strong>Wann:</strong> 20.01.2027, 17 Uhr</p><p><strong>Wo:</strong> "
        "Haus der Technik, Hollestraße 1, 45127 Essen</p><p><strong>Für wen:</strong> "
        "Lehrkräfte</p><p><strong>Moderation:</strong> Dr. Eva Beispiel</p>"
    )
    (event,) = parse(page(main))
    assert event["title"] == "Transfer in die Region"
    assert event["audience"] == "Lehrkräfte"
    assert event["location"]["street"] == "Hollestraße 1"
    assert event["summary"] == "Moderation: Dr. Eva Beispiel"


def test_an_address_split_over_br_inside_a_dd_is_one_place() -> None:
    main = (
        "<h2>Nächster Termin</h2><dl><dt>Termin</dt><dd>20.01.2027</dd><dt>Thema</dt>"
        "<dd>Transfer</dd><dt>Ort</dt><dd>H2PopUpLab<br>Bahnhofstraße 69<br>45879 "
        "Gelsenkirchen</dd></dl>"
    )
    (event,) = parse(page(main))
    assert event["location"] == {
        "venue": "H2PopUpLab",
        "street": "Bahnhofstraße 69",
        "postcode": "45879",
        "city": "Gelsenkirchen",
        "text": "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
    }


def test_a_table_reads_its_column_headers_as_labels() -> None:
    main = (
        "<h2>Programm</h2><table><thead><tr><th>Datum</th><th>Thema</th><th>Ort</th></tr>"
        "</thead><tbody><tr><td>20.01.2027</td><td>Transfer</td><td>Essen</td></tr>"
        "<tr><td>12.11.2025</td><td>Auftakt</td><td>Bochum</td></tr></tbody></table>"
    )
    got = parse(page(main))
    assert [(e["title"], e["status"], e["location"]["city"]) for e in got] == [
        ("Transfer", "upcoming", "Essen"),
        ("Auftakt", "past", "Bochum"),
    ]


@pytest.mark.parametrize(
    ("text", "label", "size"),
    [
        ("Programm (PDF, 310 KB)", "Programm", "310 KB"),
        ("Programm [pdf | 1,2 MB]", "Programm", "1,2 MB"),
        ("Programm PDF-Datei 172 kB", "Programm", "172 kB"),
        ("Programm PDF, 172 KB", "Programm", "172 KB"),
        ("Programm (172 KB)", "Programm", "172 KB"),
        ("Programm", "Programm", None),
    ],
)
def test_a_size_in_any_common_form_goes_to_size(text: str, label: str, size: str | None) -> None:
    assert split_size(text) == (label, size)


def test_a_size_inside_the_links_span_is_not_part_of_the_label() -> None:
    main = (
        "<h2>Nächster Termin</h2><p>20.01.2027</p><p>Thema: Transfer</p>"
        '<p><a href="/p.pdf">Programm <span class="meta">PDF, 172 KB</span></a></p>'
    )
    (event,) = parse(page(main))
    assert event["links"] == [
        {"label": "Programm", "url": "https://www.beispiel.de/p.pdf", "size": "172 KB"}
    ]


# --- cancellation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "date_line",
    [
        "<strong>ABGESAGT: <del>27. November 2026 von 17:00 Uhr bis 19:00 Uhr</del></strong>",
        "27. November 2026, 17–19 Uhr – abgesagt",
        "27. November 2026, 17–19 Uhr (fällt aus)",
        "27. November 2026, 17–19 Uhr – entfällt",
        '27. November 2026, 17–19 Uhr <span class="badge">Abgesagt</span>',
        "<s>27. November 2026, 17–19 Uhr</s>",
        '<span style="text-decoration: line-through">27. November 2026, 17–19 Uhr</span>',
    ],
)
def test_a_cancellation_in_every_form_keeps_the_event(date_line: str) -> None:
    main = (
        f"<h2>Nächste Termine</h2><p>{date_line}</p><p><strong>Thema:</strong> Karriere in GE</p>"
        "<p><strong>Zielgruppe:</strong> Unternehmen</p><p><strong>Ort:</strong> Essen</p>"
    )
    (event,) = parse(page(main))
    assert (event["status"], event["title"], event["date"], event["audience"]) == (
        "cancelled",
        "Karriere in GE",
        "2026-11-27",
        "Unternehmen",
    )
    assert event["start"] == "2026-11-27T17:00:00+01:00"


def test_a_struck_date_with_a_replacement_is_the_new_date() -> None:
    main = "<h2>Termine</h2><p><del>27.11.2026</del> 4.12.2026, 17 Uhr</p><p>Thema: Karriere</p>"
    (event,) = parse(page(main))
    assert (event["status"], event["date"]) == ("upcoming", "2026-12-04")


def test_verschoben_auf_moves_the_event_with_its_times() -> None:
    main = (
        "<h2>Nächster Termin</h2><p>27.11.2026, 17–19 Uhr (verschoben auf 4. Dezember 2026)</p>"
        "<p>Thema: Karriere</p>"
    )
    (event,) = parse(page(main))
    assert (event["date"], event["start"]) == ("2026-12-04", "2026-12-04T17:00:00+01:00")


# --- sections and now -------------------------------------------------------------------


def test_without_section_words_the_date_against_now_decides() -> None:
    main = (
        "<h3>20. Januar 2027 – Transfer in die Region</h3><p>Ort: Essen</p>"
        "<h3>12. November 2025 – Auftakt</h3><p>Ort: Bochum</p>"
    )
    html = page(main)
    assert [(e["title"], e["status"]) for e in parse(html)] == [
        ("Transfer in die Region", "upcoming"),
        ("Auftakt", "past"),
    ]
    # Without the time of the check, what no section word places counts as upcoming.
    assert {e["status"] for e in parse(html, now=None)} == {"upcoming"}


def test_an_archive_of_past_events_in_a_list_is_a_series_page() -> None:
    main = (
        "<h2>Rückblick</h2><ul><li><strong>26.11.2025</strong> – Bildungsbericht Ruhr 2025 "
        "– Essen</li><li><strong>19.05.2025</strong> – Talentschmiede – Hamm</li></ul>"
    )
    got = parse(page(main))
    assert [(e["title"], e["status"], e["location"]["city"]) for e in got] == [
        ("Talentschmiede", "past", "Hamm"),
        ("Bildungsbericht Ruhr 2025", "past", "Essen"),
    ]


def test_the_walk_keeps_what_a_reader_sees_and_drops_chrome() -> None:
    html = page(
        '<nav class="nav nav-tabs"><button>Termine</button></nav><p>Sichtbar</p>'
        '<p class="visually-hidden">Unsichtbar</p><div id="footer"><p>Fuß</p></div>',
        before='<div class="navbar"><p>Menü</p></div>',
    )
    texts = [line.text for line in read_document(html, URL).lines]
    assert "Sichtbar" in texts
    assert not {"Termine", "Unsichtbar", "Fuß", "Menü", "Impressum"} & set(texts)


def test_a_heading_broken_by_br_is_one_title_and_month_headings_are_no_titles() -> None:
    main = (
        "<h2>Termine</h2><h3>Werkstatt Wasserstoff:<br>Fachkräfte im Blick</h3>"
        "<p>12.03.2027, 17 Uhr</p><h3>März 2027</h3><ul><li>20.03.2027 – Transfer – Essen</li></ul>"
        "<h3>April 2027</h3><ul><li>3. April 2027 – Dialog</li></ul>"
    )
    got = parse(page(main))
    assert [(e["date"], e["title"]) for e in got] == [
        ("2027-03-12", "Werkstatt Wasserstoff: Fachkräfte im Blick"),
        ("2027-03-20", "Transfer"),
        ("2027-04-03", "Dialog"),
    ]


_BASES = (
    "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe",
    "https://www.beispiel.de",
    "https://www.beispiel.de/a//b/./c/../seite.html?x=/y#z",
    "http://host:8080/p/q;r",
)


@settings(max_examples=500)
@given(
    base=st.sampled_from(_BASES),
    href=st.text(alphabet="ab/.?#:;=% ü-_\t@()~", min_size=1, max_size=14),
)
def test_a_link_is_resolved_as_urljoin_resolves_it(base: str, href: str) -> None:
    # The walk resolves plain relative paths without urljoin (it is the hot path); the
    # result must be urljoin's for every relative form, dot segments and queries included.
    page_html = f'<html><body><p><a href="{html.escape(href)}">x</a></p></body></html>'
    (line,) = read_document(page_html, base).lines
    stripped = href.strip()
    expected = "" if not stripped or stripped.startswith("#") else urljoin(base, stripped)
    if stripped.startswith("/") and not stripped.startswith("//"):
        return  # an absolute path: origin + path (urljoin reads ";" params there too)
    assert line.anchors[0].url == expected


def test_a_link_after_the_last_sentence_is_no_prose() -> None:
    events = parse(
        page(
            "<h2>Rückblick</h2><h3>Talentschmiede (19.05.2025)</h3>"
            "<p>Es war gut. <a href='/bericht'>Bericht lesen</a></p>"
            "<h3>Werkstatt (20.06.2025)</h3><p>Mehr steht im <a href='/b'>Bericht</a></p>"
        )
    )
    assert [(e["summary"], e["links"][0]["label"]) for e in events] == [
        ("Es war gut.", "Bericht lesen"),  # a call to action after the text: a link only
        ("Mehr steht im Bericht", "Bericht"),  # a link inside the sentence stays in it
    ]
