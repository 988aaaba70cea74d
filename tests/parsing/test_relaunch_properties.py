"""Relaunch property tests: one page model, many markups, the same page back.

``parse(render(model)) == model`` for every markup family in ``markup_families.py`` and
every chrome in ``cms_chrome.py``, hypothesis choosing the content (titles with typographic
characters, umlauts and soft hyphens, 1-4 upcoming events, cancellations, online and
multi-day events, past events, non-event dates around them). A failure lists each
field that differs. Then the diff: a relaunch (same model, another family) is no
change at all, and a cancellation in each common form is exactly one ``cancelled``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from all_families import FAMILIES, Family, render_page
from cms_chrome import CHROMES
from event_writing import CANCEL_FORMS, esc
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from page_compare import mismatches
from page_model import BERLIN, NOW, URL, Draw, Json, draws, event_key, loc_json, page_models

from scraper.errors import NotASeriesPage
from scraper.model import Page
from scraper.parsers import PARSERS
from storage.diff import diff_pages

PROPERTY = settings(
    max_examples=40,
    derandomize=True,  # the same examples on every run: a green suite stays green
    database=None,
    deadline=None,  # no timing in tests; speed is bench/'s business
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


render = render_page


def parse(family: Family, html: str) -> Page:
    return PARSERS[family.parser](html, URL, BERLIN, now=NOW)


def roundtrip(family: Family, model: Json, draw: Draw, chrome: str) -> list[str]:
    expected = family.expect(model)
    got = parse(family, render(family, expected, draw, chrome)).to_json()
    return mismatches(got, expected)


@pytest.mark.parametrize("name", sorted(FAMILIES))
@PROPERTY
@given(model=page_models(), draw=draws, chrome=st.sampled_from(sorted(CHROMES)))
def test_parse_of_render_is_the_model(name: str, model: Json, draw: Draw, chrome: str) -> None:
    wrong = roundtrip(FAMILIES[name], model, draw, chrome)
    assert not wrong, f"{name} in {chrome} chrome:\n  " + "\n  ".join(wrong)


# --- the diff on relaunches and cancellations ------------------------------------------

RVR_FAMILIES = sorted(n for n, f in FAMILIES.items() if f.parser == "rvr-series")


@PROPERTY
@given(
    model=page_models(),
    pair=st.lists(st.sampled_from(sorted(FAMILIES)), min_size=2, max_size=2, unique=True),
    draws_=st.tuples(draws, draws),
    chromes=st.tuples(st.sampled_from(sorted(CHROMES)), st.sampled_from(sorted(CHROMES))),
)
def test_a_relaunch_in_another_family_is_no_change(
    model: Json, pair: list[str], draws_: tuple[Draw, Draw], chromes: tuple[str, str]
) -> None:
    a, b = FAMILIES[pair[0]], FAMILIES[pair[1]]
    # What neither markup can state is left out of both, so both say the same.
    common = b.expect(a.expect(model))
    old = parse(a, render(a, common, draws_[0], chromes[0]))
    if draws_[1].shy:  # the relaunch also set straight apostrophes and hyphens: typography
        common = plain_typography(common)
    new = parse(b, render(b, common, draws_[1], chromes[1]))
    for changes in (diff_pages(old, new, NOW), diff_pages(new, old, NOW)):
        assert not changes, f"{pair[0]} → {pair[1]}: " + "; ".join(
            f"{c.kind} {c.event.title!r} {[f.field for f in c.fields]}" for c in changes
        )


def plain_typography(model: Json) -> Json:
    """The model with ’ written ' and – written - in titles and venues (a relaunch's CMS)."""

    def plain(text: str | None) -> str | None:
        return text.replace("’", "'").replace("–", "-") if text else text

    events = []
    for event in model["events"]:
        location = event["location"]
        if location:
            location = {
                **location,
                "venue": plain(location["venue"]),
                "text": plain(location["text"]),
            }
        events.append({**event, "title": plain(event["title"]), "location": location})
    return {**model, "events": events}


def _event(day: dt.date, title: str, **fields: Any) -> Json:
    date = day.isoformat()
    base: Json = {
        "key": event_key(date, title),
        "status": "upcoming",
        "title": title,
        "date": date,
        "start": dt.datetime(day.year, day.month, day.day, 17, tzinfo=BERLIN).isoformat(),
        "end": dt.datetime(day.year, day.month, day.day, 19, tzinfo=BERLIN).isoformat(),
        "daily": None,
        "audience": "Kleine und mittlere Unternehmen",
        "note": None,
        "location": loc_json("Haus der Technik", "Hollestraße 1", "45127", "Essen"),
        "links": [],
        "summary": None,
    }
    return {**base, **fields}


SAMPLE: Json = {
    "url": URL,
    "series": {"title": "Werkstatt-Reihe 2026", "subtitle": None},
    "events": [
        _event(dt.date(2026, 3, 12), "Werkstatt Wasserstoff: Fachkräfte im Blick"),
        _event(dt.date(2026, 5, 7), "Grüne Übergänge & Ausbildung"),
        {
            **_event(dt.date(2025, 11, 27), "Karriere im Revier"),
            "status": "past",
            "start": None,
            "end": None,
            "audience": None,
            "location": None,
            "summary": "Rund 80 Gäste diskutierten über Wege in die Ausbildung.",
        },
    ],
    "contacts": [],
}


def test_there_are_at_least_twelve_families_and_they_differ() -> None:
    assert len(FAMILIES) >= 12
    model = SAMPLE
    draw = Draw(shy=False, nbsp=False, date_style=0, time_style=0, cancel_form=0)
    bodies = {f.body(f.expect(model), draw) for f in FAMILIES.values()}
    assert len(bodies) == len(FAMILIES)


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_a_relaunch_from_labelled_paragraphs_to_each_family_is_no_change(name: str) -> None:
    """The sample page as labelled paragraphs (``br-paragraph``), relaunched as ``name``."""
    family, before = FAMILIES[name], FAMILIES["br-paragraph"]
    common = family.expect(before.expect(SAMPLE))
    draw = Draw(shy=True, nbsp=True, date_style=1, time_style=2, cancel_form=0)
    old = parse(before, render(before, common, draw, "typo3"))
    new = parse(family, render(family, common, draw, "neos"))
    changes = diff_pages(old, new, NOW)
    assert not changes, [(c.kind, c.event.title, [f.field for f in c.fields]) for c in changes]


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_way_of_writing_dates_times_and_sizes_parses(name: str) -> None:
    """The sample page in each family through every date, time and link-size form."""
    family, wrong = FAMILIES[name], []
    for date_style in range(5):
        for time_style in range(5):
            draw = Draw(bool(time_style % 2), bool(date_style % 2), date_style, time_style, 0)
            for mismatch in roundtrip(family, SAMPLE, draw, "gsb"):
                wrong.append(f"date_style={date_style} time_style={time_style}: {mismatch}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("form", range(CANCEL_FORMS))
@pytest.mark.parametrize("name", RVR_FAMILIES)
def test_a_cancellation_in_each_form_is_exactly_one_cancelled(name: str, form: int) -> None:
    family = FAMILIES[name]
    draw = Draw(shy=False, nbsp=True, date_style=form, time_style=0, cancel_form=form)
    before = family.expect(SAMPLE)
    after = {
        **before,
        "events": [{**before["events"][0], "status": "cancelled"}, *before["events"][1:]],
    }
    old = parse(family, render(family, before, draw, "typo3"))
    new = parse(family, render(family, after, draw, "typo3"))
    changes = diff_pages(old, new, NOW)
    assert [(c.kind, c.new.title if c.new else None) for c in changes] == [
        ("cancelled", "Werkstatt Wasserstoff: Fachkräfte im Blick")
    ]


def test_event_status_cancelled_in_json_ld_is_exactly_one_cancelled() -> None:
    family = FAMILIES["jsonld"]
    draw = Draw(shy=False, nbsp=False, date_style=0, time_style=0, cancel_form=0)
    before = family.expect(SAMPLE)
    after = {
        **before,
        "events": [{**before["events"][0], "status": "cancelled"}, *before["events"][1:]],
    }
    changes = diff_pages(
        parse(family, render(family, before, draw, "wordpress")),
        parse(family, render(family, after, draw, "wordpress")),
        NOW,
    )
    assert [c.kind for c in changes] == ["cancelled"]


RESCHEDULE_FORMS = (
    "<p><strong>Datum:</strong> <del>12.03.2026</del> 19.03.2026, 17:00–19:00 Uhr</p>",
    "<p><strong>Datum:</strong> 12.03.2026, 17:00–19:00 Uhr (verschoben auf 19. März 2026)</p>",
    '<p><strong>Datum:</strong> <span style="text-decoration: line-through">Do., 12.03.2026'
    "</span> Neuer Termin: Do., 19.03.2026, 17:00–19:00 Uhr</p>",
)


@pytest.mark.parametrize(
    "date_line", RESCHEDULE_FORMS, ids=["struck", "verschoben", "neuer-termin"]
)
def test_a_rescheduling_is_exactly_one_rescheduled(date_line: str) -> None:
    def page(line: str) -> str:
        body = (
            "<h1>Werkstatt-Reihe 2026</h1><p>Die Reihe bringt Unternehmen und Hochschulen "
            "zusammen.</p><h2>Nächste Termine</h2><h3>Werkstatt Wasserstoff</h3>"
            f"{line}<p><strong>Ort:</strong> Haus der Technik, Hollestraße 1, 45127 Essen</p>"
        )
        return CHROMES["typo3"]("Werkstatt-Reihe", body)

    family = FAMILIES["dl"]
    old = parse(family, page("<p><strong>Datum:</strong> 12.03.2026, 17:00–19:00 Uhr</p>"))
    new = parse(family, page(date_line))
    changes = diff_pages(old, new, NOW)
    assert [c.kind for c in changes] == ["rescheduled"]
    assert [(e.date, e.status) for e in new.events] == [(dt.date(2026, 3, 19), "upcoming")]


# --- pages without a series, in every chrome ------------------------------------------

NO_SERIES = {
    "not-found": "<h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert nicht "
    "oder wurde verschoben (Fehler 404).</p><p>Zur <a href='/'>Startseite</a></p>",
    "maintenance": "<h1>Wartungsarbeiten</h1><p>Diese Seite ist wegen Wartungsarbeiten "
    "vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.</p>",
    "consent": "<div class='consent-wall'><h1>Cookie-Einstellungen</h1><p>Diese Inhalte "
    "werden erst angezeigt, wenn Sie der Verwendung von Cookies zustimmen.</p>"
    "<button>Zustimmen</button></div>",
    "empty": "",
}


@pytest.mark.parametrize("chrome", sorted(CHROMES))
@pytest.mark.parametrize("body", sorted(NO_SERIES))
def test_chrome_without_a_series_is_refused_whatever_its_news_and_footer_say(
    chrome: str, body: str
) -> None:
    # The chrome alone has dated news, "Stand:" and copyright lines, a hidden banner.
    html = CHROMES[chrome]("Werkstatt-Reihe", NO_SERIES[body])
    with pytest.raises(NotASeriesPage):
        PARSERS["rvr-series"](html, URL, BERLIN, now=NOW)


@PROPERTY
@given(
    model=page_models(),
    draw=draws,
    name=st.sampled_from(sorted(n for n, f in FAMILIES.items() if f.parser == "rvr-series")),
    where=st.floats(0, 1, exclude_max=True),
)
def test_a_page_cut_off_inside_its_events_is_refused(
    model: Json, draw: Draw, name: str, where: float
) -> None:
    """A transfer that stops between the first and the last event's title must not pass
    for a page with fewer events (subscribers would hear "removed")."""
    family = FAMILIES[name]
    expected = family.expect(model)
    html = render(family, expected, draw, "typo3")
    titles = [esc(e["title"], draw) for e in expected["events"]]
    first = min(html.find(t) for t in titles)
    last = max(html.rfind(t) for t in titles)
    assume(0 <= first < last)
    cut = html[: first + 1 + int(where * (last - first))]
    with pytest.raises(NotASeriesPage):
        parse(family, cut)


def _same_day(model: Json) -> Json:
    """The model with its second upcoming event moved onto the first one's day, both
    without a time (two talks of one day, as series pages list them)."""
    first, second, *rest = model["events"]
    day = first["date"]
    untimed = {"start": None, "end": None, "daily": None, "_was": None}
    return {
        **model,
        "events": [
            {**first, **untimed},
            {**second, **untimed, "date": day, "key": event_key(day, second["title"])},
            *rest,
        ],
    }


@pytest.mark.parametrize("name", sorted(FAMILIES))
@PROPERTY
@given(model=page_models(), draw=draws, chrome=st.sampled_from(sorted(CHROMES)))
def test_two_untimed_events_on_one_day_are_two_events(
    name: str, model: Json, draw: Draw, chrome: str
) -> None:
    upcoming = [e for e in model["events"] if e["status"] != "past"]
    assume(len(upcoming) >= 2 and upcoming[0]["title"] != upcoming[1]["title"])
    assume(model["events"][:2] == upcoming[:2])
    wrong = roundtrip(FAMILIES[name], _same_day(model), draw, chrome)
    assert not wrong, f"{name} in {chrome} chrome:\n  " + "\n  ".join(wrong)


@pytest.mark.parametrize("name", sorted(FAMILIES))
@PROPERTY
@given(model=page_models(min_past=1), draw=draws, chrome=st.sampled_from(sorted(CHROMES)))
def test_a_page_between_two_series_years_gives_its_past_events_only(
    name: str, model: Json, draw: Draw, chrome: str
) -> None:
    """Every date has passed: the upcoming section stands empty above the review."""
    past_only = {**model, "events": [e for e in model["events"] if e["status"] == "past"]}
    wrong = roundtrip(FAMILIES[name], past_only, draw, chrome)
    assert not wrong, f"{name} in {chrome} chrome:\n  " + "\n  ".join(wrong)
