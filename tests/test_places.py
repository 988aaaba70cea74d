"""Places: the German address grammar, the municipality lexicon, online events."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.model import Location
from scraper.places import city_from_text, is_online, municipalities, municipality, parse_location


def test_the_shipped_list_holds_all_nrw_municipalities_with_the_53_of_the_rvr() -> None:
    everything = municipalities()
    assert len(everything) == 396  # IT.NRW: 396 municipalities
    rvr = [m.name for m in everything if m.rvr]
    assert len(rvr) == 53
    assert {"Essen", "Mülheim an der Ruhr", "Wetter (Ruhr)", "Xanten", "Breckerfeld"} <= set(rvr)
    assert not municipality("Köln").rvr  # type: ignore[union-attr]
    assert municipality("Mülheim/Ruhr").name == "Mülheim an der Ruhr"  # type: ignore[union-attr]
    assert municipality("Berlin") is None
    # The data file ships inside the package (pyproject package-data), not beside it.
    assert files("scraper").joinpath("data/municipalities.txt").is_file()
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert "data/*.txt" in pyproject["tool"]["setuptools"]["package-data"]["scraper"]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
            ("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
        ),
        # <br> lines of a <dd>, and table cells, as pieces
        (
            ["Haus der Technik", "Hollestr. 1", "45127 Essen"],
            ("Haus der Technik", "Hollestr. 1", "45127", "Essen"),
        ),
        (
            ["RVR", "Kronprinzenstraße 35, 45128 Essen"],
            ("RVR", "Kronprinzenstraße 35", "45128", "Essen"),
        ),
        ("Hollestr. 1 45127 Essen", (None, "Hollestr. 1", "45127", "Essen")),
        (
            ["Haus der Technik", "Hollestr. 1", "45127", "Essen"],
            ("Haus der Technik", "Hollestr. 1", "45127", "Essen"),
        ),
        (
            "Am Hauptbahnhof 5, D-44137 Dortmund, Deutschland",
            (None, "Am Hauptbahnhof 5", "44137", "Dortmund"),
        ),
        (
            "Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen-Stoppenberg",
            ("Zeche Zollverein", "Gelsenkirchener Str. 181", "45309", "Essen"),
        ),
        (
            "Friedrich-Ebert-Straße 7–9, 45468 Mülheim",
            (None, "Friedrich-Ebert-Straße 7–9", "45468", "Mülheim an der Ruhr"),
        ),
        ("Rathaus, Markt 1, Unna", ("Rathaus", "Markt 1", None, "Unna")),
        (
            "Wissenschaftspark, Munscheidstr. 14, 45886 Gelsenkirchen",
            ("Wissenschaftspark", "Munscheidstr. 14", "45886", "Gelsenkirchen"),
        ),
        (
            "Stadthalle, Raum 2 (1. OG), Bahnhofstraße",
            ("Stadthalle, Raum 2 (1. OG)", "Bahnhofstraße", None, None),
        ),
        ("Haus der Technik, Raum 2", ("Haus der Technik, Raum 2", None, None, None)),
        # streets with lower-case words; a room number is not the street beside a real one
        (
            "Jahrhunderthalle, An der Jahrhunderthalle 1, 44793 Bochum",
            ("Jahrhunderthalle", "An der Jahrhunderthalle 1", "44793", "Bochum"),
        ),
        (
            ["Niederrheinhalle", "An de Tent 1", "46485 Wesel"],
            ("Niederrheinhalle", "An de Tent 1", "46485", "Wesel"),
        ),
        (
            "HZO 10, Universitätsstraße 150, 44801 Bochum",
            ("HZO 10", "Universitätsstraße 150", "44801", "Bochum"),
        ),
        ("Gebäude B 4, 45141 Essen", ("Gebäude B 4", None, "45141", "Essen")),
        ("10117 Berlin", (None, None, "10117", "Berlin")),  # stated, so kept
        # the city a venue names (issue 10: "in der Philharmonie Essen")
        ("Philharmonie Essen", ("Philharmonie Essen", None, None, "Essen")),
        ("Essen", (None, None, None, "Essen")),
        # a venue that names its town beside a street without a postcode: that town
        (
            "Kulturzentrum Herne, Willi-Pohlmann-Platz 1",
            ("Kulturzentrum Herne", "Willi-Pohlmann-Platz 1", None, "Herne"),
        ),
        (
            "Stadthalle Unna, Parkstraße 44",
            ("Stadthalle Unna", "Parkstraße 44", None, "Unna"),
        ),
        ("Fachkräfte-Reihe 2025", ("Fachkräfte-Reihe 2025", None, None, None)),
        # online: the stated place, no address
        ("Online via Zoom", ("Online via Zoom", None, None, None)),
        ("digital (MS Teams), Link folgt", ("digital (MS Teams), Link folgt", None, None, None)),
    ],
)
def test_parse_location(parts: str | Sequence[str], expected: tuple[str | None, ...]) -> None:
    location = parse_location(parts)
    assert (location.venue, location.street, location.postcode, location.city) == expected
    assert location.text == (parts if isinstance(parts, str) else ", ".join(parts))


def test_empty_place() -> None:
    assert parse_location(["", "  "]) == Location()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie Essen", "Essen"),
        ("Talentschmiede in Dortmund: Wege in den Beruf", "Dortmund"),
        ("Bildungsbericht Ruhr 2025 – Essen", "Essen"),
        ("Welcome Ruhrgebiet (Hamm)", "Hamm"),
        ("Essen-Kettwig, Alte Schule", "Essen"),
        ("Stadthalle Mülheim an der Ruhr", "Mülheim an der Ruhr"),
        ("Workshop in Wetter", "Wetter (Ruhr)"),
        ("Universität Duisburg-Essen, Campus Essen", "Essen"),
        # not named, or not clearly one
        ("Universität Duisburg-Essen", None),
        ("Gemeinsames Essen und Networking", None),
        ("Beim Essen reden wir über Wasserstoff", None),
        ("Essen und Trinken inklusive", None),
        ("Das Wetter war gut", None),
        ("Enger vernetzt arbeiten", None),  # a comparative, not the town in Herford
        ("Rathaus Enger", "Enger"),
        ("wir essen gemeinsam", None),
        ("Essener Philharmonie", None),  # an adjective, not the name
        ("Von Essen nach Dortmund", None),
        ("Halle 5, Messegelände", None),
        ("Fachkräfte-Reihe 2025", None),
        ("", None),
    ],
)
def test_city_from_text(text: str, city: str | None) -> None:
    assert city_from_text(text) == city


@pytest.mark.parametrize(
    ("text", "online"),
    [
        ("Online via Zoom", True),
        ("digital", True),
        ("Webinar (Webex)", True),
        ("Livestream auf YouTube", True),
        ("MS Teams", True),
        ("Digitale Transformation im Mittelstand", False),
        ("Haus der Technik, Essen", False),
        ("Zoomania-Kino", False),
    ],
)
def test_is_online(text: str, online: bool) -> None:
    assert is_online(text) is online


# --- property: any address, written in any common layout, reads back ------------------

_VENUES = st.sampled_from(
    ["Haus der Technik", "H2PopUpLab", "Zeche Zollverein", "Philharmonie", "Unperfekthaus",
     "Wissenschaftspark", "Kulturzentrum „Die Fabrik“", "Rathaus", "Audimax", "Stadthalle"]
)  # fmt: skip
_STREET_NAMES = st.sampled_from(
    ["Bahnhofstraße", "Hollestr.", "Am Hauptbahnhof", "Friedrich-Ebert-Straße", "Kennedyplatz",
     "Huyssenallee", "Rüttenscheider Str.", "Königswall", "An der Reichsbank", "Lange Gasse",
     "Im Wissenschaftspark", "Rheinuferweg", "Markt", "Westring", "Alter Damm"]
)  # fmt: skip
_NUMBERS = st.builds(
    lambda n, letter, to: f"{n}{letter}{to}",
    st.integers(1, 299),
    st.sampled_from(["", "a", " b"]),
    st.sampled_from(["", "-3", "–12"]),
)
_CITY = st.sampled_from([m.name for m in municipalities()])
_POSTCODE = st.integers(1067, 99998).map(lambda n: f"{n:05d}")


@given(
    venue=st.none() | _VENUES,
    street=st.tuples(_STREET_NAMES, _NUMBERS).map(" ".join),
    postcode=_POSTCODE,
    city=_CITY,
    layout=st.sampled_from(["commas", "lines", "cells", "no-comma", "country", "D-", "columns"]),
)
def test_addresses_read_back(
    venue: str | None, street: str, postcode: str, city: str, layout: str
) -> None:
    town = f"{postcode} {city}"
    head = [venue] if venue else []
    if layout == "commas":
        parts: str | list[str] = ", ".join([*head, street, town])
    elif layout == "lines":
        parts = [*head, street, town]
    elif layout == "cells":
        parts = [*head, f"{street}, {town}"]
    elif layout == "no-comma":
        parts = [*head, f"{street} {town}"]
    elif layout == "columns":  # a table row: venue | street | postcode | city
        parts = [*head, street, postcode, city]
    elif layout == "country":
        parts = [*head, street, town, "Deutschland"]
    else:
        parts = [*head, street, f"D-{town}"]
    location = parse_location(parts)
    assert (location.venue, location.street, location.postcode, location.city) == (
        venue,
        street,
        postcode,
        city,
    )


@given(_CITY, st.sampled_from(["in {}", "Stadthalle {}", "Workshop – {}", "{}", "({})"]))
def test_every_municipality_is_found_where_a_text_names_it(city: str, form: str) -> None:
    assert city_from_text(form.format(city)) == city
