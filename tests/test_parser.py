"""The rvr-series parser: every fixture page parsed to exactly the expected JSON, or refused.

Expected pages are written out here whole (``Page.to_json()`` dicts compared with ``==``),
so any field that changes fails the test. Variants of an event are spelled as the
base dict with the fields that differ.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from scraper.errors import NotASeriesPage, UnknownParser
from scraper.model import Page
from scraper.parsers import PARSERS, get_parser, parse_rvr_series
from scraper.parsers._fields import event_key, find_email, find_phone, find_size, slug
from scraper.parsers._lines import decode_mailto_token
from scraper.places import parse_location

PAGES = Path(__file__).parent / "fixtures" / "pages"
URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
BERLIN = ZoneInfo("Europe/Berlin")
FILES = (
    "https://www.rvr.ruhr/fileadmin/user_upload/RVR/Themen/Bildung_Wissenschaft/Fachkraefte-Reihe"
)


def parse_fixture(name: str) -> Page:
    raw = (PAGES / name).read_bytes()
    # Decoding is scraper.charset's job; here the test knows each file's encoding.
    text = raw.decode("cp1252" if "windows-1252" in name else "utf-8")
    return parse_rvr_series(text, URL, BERLIN)


def loc(
    venue: str | None, street: str | None, postcode: str | None, city: str | None, text: str
) -> dict[str, Any]:
    return {"venue": venue, "street": street, "postcode": postcode, "city": city, "text": text}


SERIES_2025: dict[str, Any] = {
    "title": "Fachkräfte-Reihe 2025",
    "subtitle": "Neue Perspektiven für das Ruhrgebiet: Grüne und Digitale Transformation im "
    "Arbeitsmarkt",
}
KARRIERE: dict[str, Any] = {
    "key": "2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
    "status": "upcoming",
    "title": "Karriere in GE? Mach’s mit Wasserstoff!",
    "date": "2025-11-27",
    "start": "2025-11-27T17:00:00+01:00",
    "end": "2025-11-27T19:00:00+01:00",
    "daily": None,
    "audience": "Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    "note": "mit Ausklang",
    "location": loc(
        "H2PopUpLab",
        "Bahnhofstraße 69",
        "45879",
        "Gelsenkirchen",
        "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
    ),
    "links": [
        {
            "label": "Programm",
            "url": f"{FILES}/2025-11-27_Programm_Karriere_in_GE.pdf",
            "size": "172 KB",
        }
    ],
    "summary": None,
}
AUFTAKT: dict[str, Any] = {
    "key": "2025-03-19-auftaktveranstaltung",
    "status": "past",
    "title": "Auftaktveranstaltung",
    "date": "2025-03-19",
    "start": None,
    "end": None,
    "daily": None,
    "audience": None,
    "note": None,
    # The venue names the city (issue 10, item 5); it was null before.
    "location": loc("Philharmonie Essen", None, None, "Essen", "Philharmonie Essen"),
    "links": [],
    "summary": "Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie Essen bildete den "
    "Startschuss für eine Reihe von insgesamt vier Folgeveranstaltungen und richtete sich an "
    "Akteure aus Wirtschaft, Wissenschaft und Politik.",
}
TALENT: dict[str, Any] = {
    "key": "2025-05-19-talentschmiede-in-dortmund-strategien-fuer-den",
    "status": "past",
    "title": "Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs",
    "date": "2025-05-19",
    "start": None,
    "end": None,
    "daily": None,
    "audience": None,
    "note": None,
    # The title names the city (issue 10, item 5); it was null before.
    "location": loc(None, None, None, "Dortmund", "Dortmund"),
    "links": [
        {
            "label": "https://www.hwk-do.de/talentschmiede/",
            "url": "https://www.hwk-do.de/talentschmiede/",
            "size": None,
        }
    ],
    "summary": "Der Workshop, durchgeführt von IHK und HWK Dortmund im HWK-Bildungszentrum, "
    "stellte folgende zentrale Frage in den Blick: Wie können wir mehr junge Menschen für eine "
    "Ausbildung begeistern? Im Vordergrund stand es, gemeinsam mit Akteuren aus Wirtschaft und "
    "Verwaltung Lösungen zu betrachten und weiterzuentwickeln, wie sich der Nachwuchs für "
    "Berufe im Ruhrgebiet gezielt fördern lässt.",
}
WELCOME_FIRST = (
    "Im Mittelpunkt der Veranstaltung stand die Frage, wie Kommunen, Unternehmen und "
    "Hochschulen gemeinsam eine Willkommenskultur mit Leben füllen können – von der ersten "
    "Ansprache bis zur langfristigen Integration."
)
WELCOME: dict[str, Any] = {
    "key": "2025-11-06-welcome-ruhrgebiet-gemeinsam-fachkraefte-gewinnen-halten-und",
    "status": "past",
    "title": "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
    "date": "2025-11-06",
    "start": None,
    "end": None,
    "daily": None,
    "audience": None,
    "note": None,
    "location": None,
    "links": [],
    "summary": WELCOME_FIRST + " Die Moderatorin und Keynote-Speakerin Souad Lamroubal, selbst "
    "Kommunalbeamtin mit Migrationsgeschichte, machte deutlich, dass migrationsfreundliche "
    "Verwaltungsstrukturen ein Schlüssel zum Erfolg sind. Der Sozialforscher Prof. Dr. Michael "
    "Sauer von der Hochschule Bonn-Rhein-Sieg legte den Schwerpunkt auf regionale Netzwerke. "
    "Fachkräftegewinnung funktioniere nur, wenn Wirtschaft, Verwaltung und "
    "Bildungseinrichtungen eng zusammenarbeiten. Er formulierte konkrete Empfehlungen, wie das "
    "Ruhrgebiet bestehende Allianzen weiterentwickeln könne. Wie die Zusammenarbeit in der "
    "Praxis aussieht, zeigten zudem mehrere Beispiele aus dem Ruhrgebiet und NRW: Das Welcome "
    "Office Bochum stellte sich als zentrale Anlaufstelle für internationale Fachkräfte und "
    "Unternehmen vor. Auch die NRW Fachkräfteagentur International aus Düsseldorf "
    "präsentierte ihre Angebote. Zudem wurden die Planungen für ein neues Welcome Center im "
    "Nördlichen Ruhrgebiet bekannt gemacht, das künftig kommunale und regionale Akteure noch "
    "stärker vernetzen soll.",
}
KARRIERE_PAST: dict[str, Any] = {
    **KARRIERE,
    "status": "past",
    "start": None,
    "end": None,
    "daily": None,
    "audience": None,
    "note": None,
    "location": None,
    "links": [],
    "summary": "Im H2PopUpLab in Gelsenkirchen zeigten Unternehmen und Hochschulen, welche "
    "Berufe die Wasserstoffwirtschaft braucht und wie junge Menschen dafür gewonnen werden "
    "können.",
}
CONTACTS: list[dict[str, Any]] = [
    {
        "name": "Martina Brandt",
        "unit": "Referat Bildung, Soziales und Regionalanalysen; Team Bildung, Wissenschaft und "
        "Soziales",
        "email": "brandt@rvr.ruhr",
        "phone": "+49 201 2069-490",
    },
    {
        "name": "Julian Evans",
        "unit": "Referat Bildung, Soziales und Regionalanalysen; Team Regionale Statistik und "
        "Umfragen",
        "email": "evans@rvr.ruhr",
        "phone": "+49 201 2069-528",
    },
]


def page(events: list[dict[str, Any]], series: dict[str, Any] = SERIES_2025) -> dict[str, Any]:
    return {"url": URL, "series": series, "events": events, "contacts": CONTACTS}


SHARED = page([KARRIERE, AUFTAKT, TALENT, WELCOME])

AUFTAKT_NEXT: dict[str, Any] = {
    "key": "2025-03-19-auftaktveranstaltung",
    "status": "upcoming",
    "title": "Auftaktveranstaltung",
    "date": "2025-03-19",
    "start": "2025-03-19T14:00:00+01:00",
    "end": "2025-03-19T18:00:00+01:00",
    "daily": None,
    "audience": "Akteure aus Wirtschaft, Wissenschaft und Politik",
    "note": None,
    "location": loc(
        "Philharmonie Essen",
        "Huyssenallee 53",
        "45128",
        "Essen",
        "Philharmonie Essen, Huyssenallee 53, 45128 Essen",
    ),
    "links": [
        {"label": "Programm", "url": f"{FILES}/2025-03-19_Programm_Auftakt.pdf", "size": "215 KB"}
    ],
    "summary": None,
}
TALENT_NEXT: dict[str, Any] = {
    **TALENT,
    "status": "upcoming",
    "start": "2025-05-19T15:00:00+02:00",  # summer time
    "end": "2025-05-19T18:00:00+02:00",
    "daily": None,
    "audience": "Akteure aus Wirtschaft und Verwaltung",
    "location": loc(
        "HWK-Bildungszentrum",
        "Ardeystraße",
        None,
        "Dortmund",
        "HWK-Bildungszentrum, Ardeystraße, Dortmund",
    ),
    "links": [],
    "summary": None,
}
WELCOME_NEXT: dict[str, Any] = {
    **WELCOME,
    "status": "upcoming",
    "start": "2025-11-06T16:00:00+01:00",
    "end": "2025-11-06T19:00:00+01:00",
    "daily": None,
    "audience": "Kommunen, Unternehmen und Hochschulen",
    "location": loc(None, None, None, "Essen", "Essen"),
    "summary": None,
}
WERKSTATT: dict[str, Any] = {
    "key": "2026-03-12-werkstatt-transformation-weiterbildung-im-mittelstand",
    "status": "upcoming",
    "title": "Werkstatt Transformation: Weiterbildung im Mittelstand",
    "date": "2026-03-12",
    "start": "2026-03-12T09:00:00+01:00",
    "end": "2026-03-13T16:00:00+01:00",  # a two-day event ends on its last day
    "daily": {"start": "09:00", "end": "16:00", "until": "2026-03-13"},  # "jeweils 9–16 Uhr"
    "audience": "Kleine und mittlere Unternehmen",
    "note": None,
    "location": loc(
        "Wissenschaftspark Gelsenkirchen",
        "Munscheidstraße 14",
        "45886",
        "Gelsenkirchen",
        "Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen",
    ),
    "links": [
        {
            "label": "Programm",
            "url": f"{FILES}/2026-03-12_Programm_Werkstatt.pdf",
            "size": "1,2 MB",
        }
    ],
    "summary": None,
}
DIGITAL: dict[str, Any] = {
    "key": "2026-04-23-digitale-berufe-im-revier",
    "status": "upcoming",
    "title": "Digitale Berufe im Revier",
    "date": "2026-04-23",
    "start": "2026-04-23T17:00:00+02:00",
    "end": "2026-04-23T19:00:00+02:00",
    "daily": None,
    "audience": "Schulen, Hochschulen und Unternehmen",
    "note": None,
    "location": loc(
        "Zeche Zollverein",
        "Gelsenkirchener Straße 181",
        "45309",
        "Essen",
        "Zeche Zollverein, Gelsenkirchener Straße 181, 45309 Essen",
    ),
    "links": [],
    "summary": None,
}
MOVED: dict[str, Any] = {
    **KARRIERE,
    "key": "2025-12-04-karriere-in-ge-machs-mit-wasserstoff",
    "date": "2025-12-04",
    "start": "2025-12-04T17:00:00+01:00",  # the stated times move with the date
    "end": "2025-12-04T19:00:00+01:00",
    "daily": None,
}
RELAUNCH_PAST: list[dict[str, Any]] = [AUFTAKT, TALENT, {**WELCOME, "summary": WELCOME_FIRST}]

EXPECTED: dict[str, dict[str, Any]] = {
    "fachkraefte-reihe-2025-11.html": SHARED,
    "life-01-before-kickoff.html": page([AUFTAKT_NEXT]),
    "life-02-talentschmiede-next.html": page([TALENT_NEXT, AUFTAKT]),
    "life-03-welcome-next.html": page([WELCOME_NEXT, AUFTAKT, TALENT]),
    "life-04-karriere-next.html": SHARED,
    "life-05-no-next-date.html": page([AUFTAKT, TALENT, WELCOME, KARRIERE_PAST]),
    "life-06-series-2026.html": page(
        [WERKSTATT, DIGITAL, AUFTAKT, TALENT, WELCOME, KARRIERE_PAST],
        {**SERIES_2025, "title": "Fachkräfte-Reihe 2026"},
    ),
    "relaunch-classes.html": page([KARRIERE, *RELAUNCH_PAST]),
    "relaunch-br-labels.html": page([KARRIERE, *RELAUNCH_PAST]),
    "relaunch-dl.html": page([KARRIERE, *RELAUNCH_PAST]),
    "relaunch-table.html": page([{**KARRIERE, "note": None}, *RELAUNCH_PAST]),
    "event-cancelled.html": page(
        [
            {
                **KARRIERE,
                "status": "cancelled",
                "note": None,
                "summary": "Die Veranstaltung muss leider entfallen. Ein neuer Termin wird "
                "bekannt gegeben.",
            },
            AUFTAKT,
            TALENT,
            WELCOME,
        ]
    ),
    "event-cancelled-struck.html": page(
        [{**KARRIERE, "status": "cancelled", "note": None}, AUFTAKT, TALENT, WELCOME]
    ),
    "event-rescheduled.html": page([MOVED, AUFTAKT, TALENT, WELCOME]),
    "event-rescheduled-struck.html": page([MOVED, AUFTAKT, TALENT, WELCOME]),
    "event-relocated.html": page(
        [
            {
                **KARRIERE,
                "location": loc(
                    "Wissenschaftspark Gelsenkirchen",
                    "Munscheidstraße 14",
                    "45886",
                    "Gelsenkirchen",
                    "Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen",
                ),
            },
            AUFTAKT,
            TALENT,
            WELCOME,
        ]
    ),
    "valid-next-date-tba.html": page([AUFTAKT, TALENT, WELCOME]),
    "text-invisible-chars.html": SHARED,
    "encoding-windows-1252.html": SHARED,
}

REFUSED = {
    "refuse-maintenance.html": "maintenance notice ('Wartungsarbeiten')",
    "refuse-not-found.html": "'Seite nicht gefunden'",
    "refuse-cookie-wall.html": "cookie/consent wall",
    "refuse-empty-shell.html": "empty page",
    "refuse-no-sections.html": "no 'Nächster Termin' or 'Rückblick' section",
    "refuse-truncated-after-heading.html": "'Nächster Termin' is followed by no parsable date",
    "refuse-truncated-mid-event.html": "cut off inside its events part",
    "refuse-truncated-rueckblick.html": "cut off inside its events part",
    "refuse-undated-event.html": "an event under 'Nächster Termin' has no parsable date",
}


def test_the_shared_reconstruction_parses_to_the_contract() -> None:
    assert parse_fixture("fachkraefte-reihe-2025-11.html").to_json() == SHARED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_parses_to_exactly(name: str) -> None:
    parsed = parse_fixture(name)
    assert parsed.to_json() == EXPECTED[name]
    assert Page.from_json(parsed.to_json()) == parsed


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_fixture_is_refused(name: str) -> None:
    with pytest.raises(NotASeriesPage) as refused:
        parse_fixture(name)
    assert REFUSED[name] in refused.value.reason


def test_every_fixture_is_expected_and_listed_in_the_readme() -> None:
    on_disk = {p.name for p in PAGES.glob("*.html")}
    assert on_disk == set(EXPECTED) | set(REFUSED)
    readme = (PAGES / "README.md").read_text(encoding="utf-8")
    for name in on_disk:
        assert f"`{name}`" in readme, name


def test_fixture_files_are_what_they_claim() -> None:
    shared = (PAGES / "fachkraefte-reihe-2025-11.html").read_bytes()
    assert (PAGES / "life-04-karriere-next.html").read_bytes() == shared
    cp1252 = (PAGES / "encoding-windows-1252.html").read_bytes()
    assert b"Bahnhofstra\xdfe" in cp1252 and b"Mach\x92s" in cp1252
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    noisy = (PAGES / "text-invisible-chars.html").read_text(encoding="utf-8")
    assert "&shy;" in noisy and "\u200b" in noisy and "\u00ad" in noisy


def test_registry() -> None:
    assert list(PARSERS) == ["rvr-series", "schema-events"]
    assert PARSERS["rvr-series"] is parse_rvr_series
    assert get_parser("rvr-series") is parse_rvr_series
    with pytest.raises(UnknownParser, match=r"'nope'.*known: rvr-series, schema-events"):
        get_parser("nope")


# --- behaviour on small hand-made pages ----------------------------------------------

INTRO = "<h1>Fachkräfte-Reihe 2025</h1><h2>Untertitel der Reihe</h2><p>Einleitung.</p>"


def mini(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>"
        f"<main>{INTRO}{body}</main><footer><p>Impressum</p></footer></body></html>"
    )


def events(html: str, url: str = URL) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = parse_rvr_series(html, url, BERLIN).to_json()["events"]
    return found


def test_links_resolve_against_the_url_without_base_and_against_base_with_it() -> None:
    body = (
        "<h2>Nächster Termin</h2><p>27.11.2025</p><p>Thema: X</p>"
        '<p><a href="docs/p.pdf">Programm</a> (1 MB)</p>'
    )
    without = events(mini(body), "https://example.org/a/b/page")
    assert without[0]["links"] == [
        {"label": "Programm", "url": "https://example.org/a/b/docs/p.pdf", "size": "1 MB"}
    ]
    with_base = events(mini(body, '<base href="https://cdn.example.net/x/">'))
    assert with_base[0]["links"][0]["url"] == "https://cdn.example.net/x/docs/p.pdf"


def test_upcoming_events_are_sorted_and_keys_unique() -> None:
    body = (
        "<h2>Nächste Termine</h2>"
        "<p>Thema: Später</p><p>4. Juni 2026, 10 Uhr</p>"
        "<p>Thema: Früher</p><p>3. Juni 2026, 10 Uhr</p>"
        "<p>Thema: Früher</p><p>3. Juni 2026, 14 Uhr</p>"
    )
    got = [(e["key"], e["start"]) for e in events(mini(body))]
    assert got == [
        ("2026-06-03-frueher", "2026-06-03T10:00:00+02:00"),
        ("2026-06-03-frueher-2", "2026-06-03T14:00:00+02:00"),
        ("2026-06-04-spaeter", "2026-06-04T10:00:00+02:00"),
    ]


def test_anchor_and_date_in_one_line_and_unknown_hidden_headings() -> None:
    body = (
        '<h2 class="u-hide">25-50-25 weiß</h2>'
        "<p><strong>Nächster Termin:</strong> Do., 27.11.2025, 17–19 Uhr</p>"
        "<p>Thema: Karriere in GE? Mach’s mit Wasserstoff!</p>"
        '<h2 class="u-hide">drei Kontaktboxen</h2><p>Martina Brandt</p>'
    )
    (event,) = events(mini(body))
    assert (event["title"], event["start"], event["end"], event["summary"]) == (
        "Karriere in GE? Mach’s mit Wasserstoff!",
        "2025-11-27T17:00:00+01:00",
        "2025-11-27T19:00:00+01:00",
        None,
    )


def test_prose_mention_in_a_city_and_struck_heading_in_the_rueckblick() -> None:
    body = (
        "<h2>Rückblick</h2>"
        "<p>Die Abschlusskonferenz am 4. Dezember 2025 in Essen zog Bilanz. "
        "Sie war gut besucht.</p>"
        "<h3>Werkstatt Dortmund (<del>12.06.2025</del>)</h3><p>Die Werkstatt fand nicht statt.</p>"
    )
    got = events(mini(body))
    assert got == [
        {
            "key": "2025-06-12-werkstatt-dortmund",
            "status": "cancelled",
            "title": "Werkstatt Dortmund",
            "date": "2025-06-12",
            "start": None,
            "end": None,
            "daily": None,
            "audience": None,
            "note": None,
            # The title names the city (issue 10, item 5); it was null before.
            "location": loc(None, None, None, "Dortmund", "Dortmund"),
            "links": [],
            "summary": "Die Werkstatt fand nicht statt.",
        },
        {
            "key": "2025-12-04-abschlusskonferenz",
            "status": "past",
            "title": "Abschlusskonferenz",
            "date": "2025-12-04",
            "start": None,
            "end": None,
            "daily": None,
            "audience": None,
            "note": None,
            "location": loc(None, None, None, "Essen", "Essen"),
            "links": [],
            "summary": "Die Abschlusskonferenz am 4. Dezember 2025 in Essen zog Bilanz.",
        },
    ]


def test_a_page_that_only_mentions_the_sections_in_prose_is_refused() -> None:
    body = "<p>" + "Im Rückblick auf das Jahr 2025 war die Reihe ein Erfolg. " * 8 + "</p>"
    with pytest.raises(NotASeriesPage, match="not a series page"):
        parse_rvr_series(mini(body), URL, BERLIN)


def test_an_empty_rueckblick_is_refused() -> None:
    with pytest.raises(NotASeriesPage, match="'Rückblick' is empty"):
        parse_rvr_series(mini("<h2>Rückblick</h2>"), URL, BERLIN)


# --- field readers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Karriere in GE? Mach’s mit Wasserstoff!", "karriere-in-ge-machs-mit-wasserstoff"),
        ("Karriere in GE? Mach's mit Wasserstoff!", "karriere-in-ge-machs-mit-wasserstoff"),
        ("Größe & Übergänge – ÄÖÜ ß", "groesse-uebergaenge-aeoeue-ss"),
        ("Café Zollverein", "cafe-zollverein"),
        ("  --Welcome!!  ", "welcome"),
        # capped at 60 characters on a word boundary
        (
            "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
            "welcome-ruhrgebiet-gemeinsam-fachkraefte-gewinnen-halten-und",
        ),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected
    assert len(slug(title)) <= 60


def test_event_key() -> None:
    assert event_key(dt.date(2025, 11, 27), "Karriere in GE? Mach’s mit Wasserstoff!") == (
        "2025-11-27-karriere-in-ge-machs-mit-wasserstoff"
    )
    assert event_key(dt.date(2025, 11, 27), "") == "2025-11-27"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
            ("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
        ),
        # The venue names the city (issue 10, item 5).
        ("Philharmonie Essen", ("Philharmonie Essen", None, None, "Essen")),
        ("Essen", (None, None, None, "Essen")),
        ("Rathaus, Markt 1, Unna", ("Rathaus", "Markt 1", None, "Unna")),
        ("Hollestr. 1a, 45127 Essen", (None, "Hollestr. 1a", "45127", "Essen")),
        ("Haus der Technik, Raum 2", ("Haus der Technik, Raum 2", None, None, None)),
    ],
)
def test_parse_location(text: str, parts: tuple[str | None, ...]) -> None:
    location = parse_location(text)
    assert (location.venue, location.street, location.postcode, location.city) == parts
    assert location.text == text


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("brandt[at]rvr.ruhr", "brandt@rvr.ruhr"),
        ("E-Mail: brandt (at) rvr.ruhr", "brandt@rvr.ruhr"),
        ("brandt at rvr [dot] ruhr", "brandt@rvr.ruhr"),
        ("m.brandt@rvr.ruhr", "m.brandt@rvr.ruhr"),
        ("Referat Bildung", None),
    ],
)
def test_find_email(text: str, email: str | None) -> None:
    assert find_email(text) == email


def test_typo3_mailto_token() -> None:
    assert decode_mailto_token("ocknvq,dtcpfvBtxt0twjt", 2) == "brandt@rvr.ruhr"
    assert decode_mailto_token("kphqBtxt0twjt", 2) is None  # not a mailto: link


def test_phone_and_size() -> None:
    assert find_phone("+49 201 2069-490") == "+49 201 2069-490"
    assert find_phone("Tel.: 0201 2069-490") == "0201 2069-490"
    assert find_phone("Referat 4") is None
    assert find_size("Programm (172 KB)") == "172 KB"
    assert find_size("Programm (PDF, 1,2 MB)") == "1,2 MB"
    assert find_size("Programm") is None
