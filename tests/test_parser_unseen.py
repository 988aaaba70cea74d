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
