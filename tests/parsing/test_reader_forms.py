"""Single forms a reader understands at once, each in a small page: the fields it must give.

The property tests vary whole pages; these pin one wording each (a date written "Donnerstag,
den 12. März 2026", "Einlass … Beginn …", labels like "Treffpunkt:" or "Für:"), asserting
only the fields the wording decides.
"""

from __future__ import annotations

from typing import Any

import pytest
from cms_chrome import CHROMES
from page_model import BERLIN, NOW, URL

from scraper.parsers import PARSERS

PAGE = (
    "<h1>Werkstatt-Reihe 2026</h1><p>Die Reihe bringt Betriebe und Hochschulen zusammen.</p>"
    "<h2>Nächste Termine</h2><h3>Werkstatt Wasserstoff</h3>{}"
)
PAGE_EN = (
    "<h1>Workshop Series 2026</h1><p>The series brings companies and universities together.</p>"
    "<h2>Upcoming events</h2><h3>Werkstatt Wasserstoff</h3>{}"
)
START = "2026-03-12T17:00:00+01:00"
SITE = "https://www.beispiel-region.de"
DAILY = {"start": "09:00", "end": "16:00", "until": "2026-03-13"}
PLACE = {"venue": "Haus der Technik", "street": "Hollestraße 1", "postcode": "45127"}

FORMS: dict[str, tuple[str, dict[str, Any]]] = {
    "weekday-den": (
        "<p>Donnerstag, den 12. März 2026, 17:00 Uhr</p>",
        {"date": "2026-03-12", "start": START},
    ),
    "am-weekday-den": (
        "<p>Termin: am Donnerstag, den 12.03.2026, um 17 Uhr</p>",
        {"date": "2026-03-12", "start": START},
    ),
    "einlass-beginn": (
        "<p>Datum: 12.03.2026</p><p>Einlass 16:30 Uhr, Beginn 17:00 Uhr</p>",
        {"date": "2026-03-12", "start": START},
    ),
    "treffpunkt-adresse": (
        "<p>12.03.2026, 17 Uhr</p><p>Treffpunkt: Haus der Technik</p>"
        "<p>Adresse: Hollestraße 1, 45127 Essen</p>",
        {"start": START, "location": {**PLACE, "city": "Essen"}},
    ),
    "veranstaltungsort-teilnehmende": (
        "<p>12.03.2026, 17 Uhr</p><p>Veranstaltungsort: Haus der Technik, Hollestraße 1, "
        "45127 Essen</p><p>Teilnehmende: Lehrkräfte</p>",
        {"location": {**PLACE, "city": "Essen"}, "audience": "Lehrkräfte"},
    ),
    "fuer-label": (
        "<p>Datum: 12.03.2026</p><p>Uhrzeit: 17:00 Uhr</p><p>Für: Unternehmen</p>",
        {"start": START, "audience": "Unternehmen", "summary": None},
    ),
    "pipe-separator": (
        "<p>12. März 2026 | 17:00 – 19:00 Uhr</p>",
        {"start": START, "end": "2026-03-12T19:00:00+01:00"},
    ),
    "vom-bis-jeweils-von-bis": (
        "<p>vom 12. bis 13. März 2026, jeweils von 9 bis 16 Uhr</p>",
        {"date": "2026-03-12", "end": "2026-03-13T16:00:00+01:00", "daily": DAILY},
    ),
    "slashed-days": (
        "<p>12./13. März 2026, jeweils 9–16 Uhr</p>",
        {"date": "2026-03-12", "end": "2026-03-13T16:00:00+01:00", "daily": DAILY},
    ),
    "approximate-end": (
        "<p>12.03.2026, 17:00 – ca. 19:30 Uhr</p>",
        {"start": START, "end": "2026-03-12T19:30:00+01:00"},
    ),
    "beginn-ende-labels": (
        "<p>Datum: 12.03.2026</p><p>Beginn: 17 Uhr, Ende: 19 Uhr</p>",
        {"start": START, "end": "2026-03-12T19:00:00+01:00"},
    ),
    "format-online": (
        "<p>12.03.2026, 17 Uhr</p><p>Format: Online-Seminar (Zoom)</p>",
        {"location": {"venue": "Online-Seminar (Zoom)", "street": None, "city": None}},
    ),
    "verlegt-auf": (
        "<p>12.03.2026, 17 Uhr (verlegt auf den 19.03.2026)</p>",
        {"status": "upcoming", "date": "2026-03-19", "start": "2026-03-19T17:00:00+01:00"},
    ),
    "en-cancelled-prefix": (
        "<p>CANCELLED: 12 March 2026, 5 pm</p>",
        {"status": "cancelled", "date": "2026-03-12", "start": START},
    ),
    "en-postponed-to": (
        "<p>Date: 12 March 2026, 5 pm (postponed to 19 March 2026)</p>",
        {"status": "upcoming", "date": "2026-03-19", "start": "2026-03-19T17:00:00+01:00"},
    ),
    "en-when-where": (
        "<p>When: Thursday, 12 March 2026, 5–7 pm</p>"
        "<p>Where: Haus der Technik, Hollestraße 1, 45127 Essen</p>",
        {"start": START, "location": {**PLACE, "city": "Essen"}},
    ),
    "link-type-in-label": (
        "<p>12.03.2026, 17 Uhr</p><p><a href='/f.pdf'>Flyer (PDF)</a></p>",
        {"links": [{"label": "Flyer", "url": f"{SITE}/f.pdf", "size": None}]},
    ),
    "link-size-before-the-link": (
        "<p>12.03.2026, 17 Uhr</p><p>PDF (310 KB): <a href='/p.pdf'>Programm</a></p>",
        {"links": [{"label": "Programm", "url": f"{SITE}/p.pdf", "size": "310 KB"}]},
    ),
    "two-links-in-a-line": (
        "<p>12.03.2026, 17 Uhr</p><p><a href='/p.pdf'>Programm</a> (PDF, 310 KB) | "
        "<a href='https://anmeldung.example.org/a'>Zur Anmeldung</a></p>",
        {
            "links": [
                {"label": "Programm", "url": f"{SITE}/p.pdf", "size": "310 KB"},
                {"label": "Zur Anmeldung", "url": "https://anmeldung.example.org/a", "size": None},
            ]
        },
    ),
    "hour-suffix-h": (
        "<p>12.03.2026, 17.00 h</p>",
        {"start": START, "note": None},
    ),
    "zone-name-after-the-time": (
        "<p>12.03.2026, 17:00 Uhr (MEZ)</p>",
        {"start": START, "note": None},
    ),
    "en-zone-name-after-the-time": (
        "<p>Date: 12 March 2026, 17:00–19:00 CET</p>",
        {"start": START, "end": "2026-03-12T19:00:00+01:00", "note": None},
    ),
    "date-without-year-under-a-dated-series": (
        "<p>Do., 12.03., 17–19 Uhr</p>",
        {"date": "2026-03-12", "start": START},
    ),
}


# Wordings the parser does not read yet, with why (strict: a fix turns the test red until
# the entry is removed, so this list never goes stale).
NOT_YET: dict[str, str] = {}


def forms(names: dict[str, Any]) -> list[Any]:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[n]))
        if n in NOT_YET
        else n
        for n in sorted(names)
    ]


@pytest.mark.parametrize("form", forms(FORMS))
def test_one_wording_gives_its_fields(form: str) -> None:
    snippet, expected = FORMS[form]
    frame = PAGE_EN if form.startswith("en-") else PAGE
    html = CHROMES["typo3"]("Werkstatt-Reihe", frame.format(snippet))
    (event,) = PARSERS["rvr-series"](html, URL, BERLIN, now=NOW).to_json()["events"]
    assert event["title"] == "Werkstatt Wasserstoff"
    for name, want in expected.items():
        got = event[name]
        if isinstance(want, dict):
            got = {k: (got or {}).get(k) for k in want}
        assert got == want, f"{form}: {name}"


# --- JSON-LD as event plugins and CMSs write it (the schema-events parser) -------------

HDT = {**PLACE, "city": "Essen", "text": "Haus der Technik, Hollestraße 1, 45127 Essen"}
SCHEMA_FORMS: dict[str, tuple[list[str], dict[str, Any]]] = {
    "type-list": (
        [
            '{"@type": ["Event", "EducationEvent"], "name": "A", '
            '"startDate": "2026-03-12T17:00:00+01:00"}'
        ],
        {"start": START},
    ),
    "location-as-text": (
        [
            '{"@type": "Event", "name": "A", "startDate": "2026-03-12T17:00:00+01:00", '
            '"location": "Haus der Technik, Hollestraße 1, 45127 Essen"}'
        ],
        {"location": HDT},
    ),
    "date-only": (
        ['{"@type": "Event", "name": "A", "startDate": "2026-03-12"}'],
        {"date": "2026-03-12", "start": None, "end": None},
    ),
    "local-time-without-offset-in-summer": (
        [
            '{"@type": "Event", "name": "A", "startDate": "2026-06-12T17:00", '
            '"endDate": "2026-06-12T19:00"}'
        ],
        {"start": "2026-06-12T17:00:00+02:00", "end": "2026-06-12T19:00:00+02:00"},
    ),
    "utc": (
        ['{"@type": "Event", "name": "A", "startDate": "2026-06-12T15:00:00Z"}'],
        {"start": "2026-06-12T17:00:00+02:00"},
    ),
    "a-broken-script-beside-a-good-one": (
        [
            '{"@type": "Event", "name": "X",}',
            '{"@type": "Event", "name": "A", "startDate": "2026-03-12T17:00:00+01:00"}',
        ],
        {"start": START},
    ),
    "html-escaped-name": (
        ['{"@type": "Event", "name": "A &amp; B", "startDate": "2026-03-12T17:00:00+01:00"}'],
        {"title": "A & B"},
    ),
}


@pytest.mark.parametrize("form", sorted(SCHEMA_FORMS))
def test_one_json_ld_form_gives_its_fields(form: str) -> None:
    scripts, expected = SCHEMA_FORMS[form]
    body = "<h1>Veranstaltungen</h1><p>Unsere Termine im Überblick.</p>" + "".join(
        f'<script type="application/ld+json">{{"@context": "https://schema.org", {s[1:]}</script>'
        for s in scripts
    )
    html = CHROMES["drupal"]("Veranstaltungen", body)
    (event,) = PARSERS["schema-events"](html, URL, BERLIN, now=NOW).to_json()["events"]
    for name, want in expected.items():
        assert event[name] == want, f"{form}: {name}"


def test_a_date_and_time_inside_the_title_heading_leave_the_title_clean() -> None:
    body = (
        "<h1>Werkstatt-Reihe 2026</h1><p>Die Reihe bringt Betriebe und Hochschulen zusammen.</p>"
        "<h2>Nächste Termine</h2><h3>Werkstatt Wasserstoff am 12.03.2026 um 17 Uhr</h3>"
        "<p>Ort: Haus der Technik, Hollestraße 1, 45127 Essen</p>"
    )
    html = CHROMES["typo3"]("Werkstatt-Reihe", body)
    (event,) = PARSERS["rvr-series"](html, URL, BERLIN, now=NOW).to_json()["events"]
    assert (event["title"], event["start"]) == ("Werkstatt Wasserstoff", START)
