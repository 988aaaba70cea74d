"""Lecture series as universities and chambers publish them, rendered in several forms.

One model — talks with a date, a speaker and a title, and one time and place stated in
the introduction for every talk ("Die Vorträge finden jeweils von 18:15 bis 19:45 Uhr im
Hörsaal 2, … statt") — written as a Datum / Referent*in / Vortrag table, as date headings
each followed by "Speaker: Title", and as date headings followed by the speaker and the
title on lines of their own. The parser must give every talk its title (never the
speaker's name), date, time and place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cms_chrome import CHROMES
from hypothesis import given, settings
from hypothesis import strategies as st
from page_model import BERLIN

from scraper.parsers import PARSERS

URL = "https://www.tu-dortmund.de/ringvorlesung"
SPEAKERS = (
    "Prof. Dr. Anna Becker (TU Dortmund)",
    "Dr. Mehmet Yilmaz (IAB)",
    "Jana Schulte (RVR)",
    "Prof. Dr.-Ing. Lars Weber",
    "Dipl.-Ing. Sabine Roth (Uniper)",
    "PD Dr. Eva Klein",
)
TITLES = (
    "Fachkräftemangel im Ruhrgebiet: Befunde und Mythen",
    "Zuwanderung und Arbeitsmarkt",
    "„Grüner Stahl“ – was ändert sich für Beschäftigte?",
    "KI in der Arbeitswelt",
    "Weiterbildung als Schlüssel",
    "Wasserstoff: Berufe mit Zukunft",
    "Mach’s mit Ausbildung!",
)
PLACES = (
    ("im", "Hörsaal 2", "Emil-Figge-Straße 50", "44227", "Dortmund"),
    ("in der", "Zeche Zollverein", "Gelsenkirchener Straße 181", "45309", "Essen"),
    ("im", "Haus der Technik", "Hollestraße 1", "45127", "Essen"),
    ("in der", "Aula", "Universitätsstraße 150", "44801", "Bochum"),
)
TITLE_COLUMNS = (
    "Vortrag",
    "Thema",
    "Titel des Vortrags",
    "Titel der Veranstaltung",
    "Thema des Abends",
)
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@st.composite
def series(draw: st.DrawFn) -> dict[str, Any]:
    year = draw(st.integers(2026, 2029))
    days = sorted(
        draw(
            st.lists(
                st.dates(dt.date(year, 10, 1), dt.date(year + 1, 2, 28)),
                min_size=2,
                max_size=5,
                unique=True,
            )
        )
    )
    n = len(days)
    talks = [
        {
            "date": day,
            "speaker": draw(st.sampled_from(SPEAKERS)),
            "title": title,
            "cancelled": False,
        }
        for day, title in zip(
            days, draw(st.permutations(TITLES).map(lambda t: list(t[:n]))), strict=True
        )
    ]
    if draw(st.booleans()):
        talks[draw(st.integers(0, n - 1))]["cancelled"] = True
    start = dt.time(draw(st.integers(16, 19)), draw(st.sampled_from((0, 15, 30))))
    minutes = draw(st.sampled_from((60, 90, 120)))
    end = (dt.datetime.combine(days[0], start) + dt.timedelta(minutes=minutes)).time()
    return {
        "talks": talks,
        "start": start,
        "end": end,
        "place": draw(st.sampled_from(PLACES)),
        "form": draw(st.sampled_from(("table", "speaker-colon", "speaker-line"))),
        "column": draw(st.sampled_from(TITLE_COLUMNS)),
        "numeric": draw(st.booleans()),
        "chrome": draw(st.sampled_from(sorted(CHROMES))),
    }


def _date(day: dt.date, numeric: bool) -> str:
    if numeric:
        return f"{day:%d.%m.%Y}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}"


def _render(model: dict[str, Any]) -> str:
    prep, venue, street, postcode, city = model["place"]
    start, end = model["start"], model["end"]
    intro = (
        "<h1>Ringvorlesung „Arbeit im Wandel“</h1>"
        "<p>Die Ringvorlesung ist öffentlich, die Teilnahme ist kostenfrei. Die Vorträge finden "
        f"jeweils von {start:%H:%M} bis {end:%H:%M} Uhr {prep} {venue}, {street}, {postcode} "
        f"{city} statt.</p><h2>Programm</h2>"
    )
    numeric, form = model["numeric"], model["form"]
    rows = []
    for talk in model["talks"]:
        when = _date(talk["date"], numeric)
        if talk["cancelled"]:
            when = f"<s>{when}</s> entfällt"
        if form == "table":
            rows.append(
                f"<tr><td>{when}</td><td>{talk['speaker']}</td><td>{talk['title']}</td></tr>"
            )
        elif form == "speaker-colon":
            rows.append(
                f"<h3>{when}</h3><p><strong>{talk['speaker']}:</strong> {talk['title']}</p>"
            )
        else:
            rows.append(f"<h3>{when}</h3><p>{talk['speaker']}</p><p>{talk['title']}</p>")
    if form == "table":
        head = f"<tr><th>Datum</th><th>Referent*in</th><th>{model['column']}</th></tr>"
        body = f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
    else:
        body = "".join(rows)
    return CHROMES[model["chrome"]]("Ringvorlesung", intro + body)


@settings(max_examples=120, derandomize=True, deadline=None)
@given(series())
def test_every_talk_gets_its_title_date_time_and_the_series_place(model: dict[str, Any]) -> None:
    now = dt.datetime(2026, 9, 1, tzinfo=BERLIN)
    page = PARSERS["rvr-series"](_render(model), URL, BERLIN, now=now).to_json()

    _, venue, street, postcode, city = model["place"]
    got = [
        (
            e["date"],
            e["title"],
            e["status"],
            e["start"],
            e["end"],
            (e["location"] or {}).get("venue"),
            (e["location"] or {}).get("street"),
            (e["location"] or {}).get("postcode"),
            (e["location"] or {}).get("city"),
        )
        for e in sorted(page["events"], key=lambda e: e["date"])
    ]
    expected = [
        (
            talk["date"].isoformat(),
            talk["title"],
            "cancelled" if talk["cancelled"] else "upcoming",
            dt.datetime.combine(talk["date"], model["start"], tzinfo=BERLIN).isoformat(),
            dt.datetime.combine(talk["date"], model["end"], tzinfo=BERLIN).isoformat(),
            venue,
            street,
            postcode,
            city,
        )
        for talk in model["talks"]
    ]
    assert got == expected
    events = sorted(page["events"], key=lambda e: e["date"])
    for event, talk in zip(events, model["talks"], strict=True):
        assert talk["speaker"] in (event["summary"] or "")  # the speaker is kept, not lost
