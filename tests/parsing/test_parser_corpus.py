"""The fixture corpus: realistic full documents, each parsed to exactly its expected JSON.

``tests/fixtures/corpus/manifest.json`` names every document with its URL, parser and
the time of the check; ``NAME.json`` is the contract JSON a careful reader writes down
(whole pages compared; event order is not part of the contract, so events are compared
in key order). Pages marked ``refuse`` must raise NotASeriesPage. Then the diff on
these pages: relaunches are no change, cancellations exactly one ``cancelled``.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from page_compare import mismatches
from page_model import BERLIN

from scraper.errors import NotASeriesPage
from scraper.model import Page
from scraper.parsers import PARSERS
from storage.diff import diff_pages

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / "manifest.json").read_text(encoding="utf-8")
)
SERIES = sorted(n for n, e in MANIFEST.items() if not e.get("refuse"))
REFUSED = sorted(n for n, e in MANIFEST.items() if e.get("refuse"))


def now_of(name: str) -> dt.datetime:
    return dt.datetime.fromisoformat(MANIFEST[name]["now"])


@cache
def parsed(name: str) -> Page:
    entry = MANIFEST[name]
    html = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    return PARSERS[entry["parser"]](html, entry["url"], BERLIN, now=now_of(name))


def in_key_order(page: dict[str, Any]) -> dict[str, Any]:
    return {**page, "events": sorted(page["events"], key=lambda e: (e["date"], e["key"]))}


# Pages whose expectation is what a reader writes down but which the parser does not
# read that way yet: strict xfail, so a fix shows up as XPASS and must remove the entry.
KNOWN_GAPS = {
    "unseen2-county-iframe-sentence": (
        "the registration link under a date announced in a sentence is not given to that "
        "event; 'ihk-gruendungssprechtag-next-date-sentence' expects the opposite for "
        "'Anmeldung: <a>Online-Formular</a>' under such a sentence, and no rule tells the two apart"
    ),
    "falsert-refuse-union-weitere-tarifgespraeche": (
        "a list of dated press items (date, linked headline, teaser) reads like a series' archive "
        "(date, linked title, summary): read as past events instead of refused; no rule tells "
        "a headline from an event's title"
    ),
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[n]))
        if n in KNOWN_GAPS
        else n
        for n in SERIES
    ],
)
def test_document_parses_to_exactly_its_expected_json(name: str) -> None:
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    got = parsed(name).to_json()
    wrong = mismatches(got, expected)
    assert not wrong, f"{name} ({MANIFEST[name]['about']}):\n  " + "\n  ".join(wrong)
    assert in_key_order(got) == in_key_order(expected)


def test_every_expected_json_is_a_well_formed_contract_page() -> None:
    """The hand-written expectations themselves round-trip through the model."""
    for name in SERIES:
        expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        assert Page.from_json(expected).to_json() == expected, name


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[n]))
        if n in KNOWN_GAPS
        else n
        for n in REFUSED
    ],
)
def test_document_that_holds_no_series_is_refused(name: str) -> None:
    entry = MANIFEST[name]
    html = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    with pytest.raises(NotASeriesPage):
        PARSERS[entry["parser"]](html, entry["url"], BERLIN, now=now_of(name))


def test_the_corpus_is_complete_and_in_step_with_its_manifest() -> None:
    html = {p.stem for p in CORPUS.glob("*.html")}
    expected = {p.stem for p in CORPUS.glob("*.json")} - {"manifest"}
    assert html == set(MANIFEST)
    assert expected == set(SERIES)
    assert len(MANIFEST) >= 60
    assert sum(1 for n in SERIES if MANIFEST[n]["partner"]) >= 10
    assert len(REFUSED) >= 8
    for name in html:
        text = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
        assert text.lstrip().lower().startswith("<!doctype html>"), name


# --- the diff on corpus pages ----------------------------------------------------------

RELAUNCHES = [
    ("rvr-life-2026-01-series-cards", "rvr-life-2026-02-series-tabs"),
    ("rvr-life-2026-02-series-tabs", "rvr-life-2026-02-series-headings"),
    ("rvr-life-2025-11-karriere-accordion", "rvr-issue-dd-br-address-link-in-span"),
    ("bochum-stadtdialoge-tec", "bochum-stadtdialoge-microdata"),
    ("wesel-zukunftsforum-dl", "wesel-zukunftsforum-tabs"),
]
CANCELLATIONS = [
    ("rvr-life-2025-11-karriere-accordion", "rvr-life-2025-11-karriere-cancelled-del"),
    ("rvr-life-2025-11-karriere-accordion", "rvr-issue-abgesagt-strong-del"),
    ("bochum-stadtdialoge-tec", "bochum-stadtdialoge-cancelled"),
    ("enkreis-fachtage-br", "enkreis-fachtage-accordion-del"),
]


@pytest.mark.parametrize(("old", "new"), RELAUNCHES)
def test_a_relaunch_with_the_same_content_is_no_change(old: str, new: str) -> None:
    assert diff_pages(parsed(old), parsed(new), now_of(new)) == []


@pytest.mark.parametrize(("old", "new"), CANCELLATIONS)
def test_a_cancellation_is_exactly_one_cancelled(old: str, new: str) -> None:
    changes = diff_pages(parsed(old), parsed(new), now_of(new))
    assert [c.kind for c in changes] == ["cancelled"]


# The RVR page's life in capture order, with what a subscriber should be told each time.
LIFE = [
    ("rvr-life-2025-02-kickoff-dl", []),
    (
        "rvr-life-2025-04-talentschmiede-br",
        [("concluded", "Auftaktveranstaltung"), ("new_date", "Talentschmiede in Dortmund")],
    ),
    (
        "rvr-life-2025-10-welcome-synonyms",
        [("concluded", "Talentschmiede in Dortmund"), ("new_date", "Welcome Ruhrgebiet")],
    ),
    (
        "rvr-life-2025-11-karriere-accordion",
        [("concluded", "Welcome Ruhrgebiet"), ("new_date", "Karriere in GE?")],
    ),
    ("rvr-life-2025-11-karriere-cancelled-del", [("cancelled", "Karriere in GE?")]),
    ("rvr-life-2025-12-rueckblick-accordion", []),  # a cancelled date in the Rückblick: no news
    (
        "rvr-life-2026-01-series-cards",
        [("new_date", "Werkstatt Transformation"), ("new_date", "Digitale Berufe im Revier")],
    ),
    ("rvr-life-2026-02-series-tabs", []),
    ("rvr-life-2026-02-series-headings", []),
    (
        # The list markup states no audience and no programme: that is a real change.
        "rvr-life-2026-03-werkstatt-struck-list",
        [("cancelled", "Werkstatt Transformation"), ("updated", "Digitale Berufe im Revier")],
    ),
    (
        "rvr-life-2026-04-digital-entfaellt-microdata",
        [
            ("cancelled", "Digitale Berufe im Revier"),
            ("new_date", "Fachkräfte sichern im Handwerk"),
        ],
    ),
    ("rvr-life-2026-06-herbst-tec", []),
    ("rvr-life-2026-11-archive-table", [("concluded", "Fachkräfte sichern im Handwerk")]),
]


@pytest.mark.parametrize("step", range(1, len(LIFE)), ids=[name for name, _ in LIFE[1:]])
def test_the_page_life_tells_subscribers_exactly_what_changed(step: int) -> None:
    (old, _), (new, expected) = LIFE[step - 1], LIFE[step]
    changes = diff_pages(parsed(old), parsed(new), now_of(new))
    got = sorted((c.kind, c.event.title) for c in changes)
    assert len(got) == len(expected), got
    for (kind, title), (want_kind, want_title) in zip(got, sorted(expected), strict=True):
        assert (kind, title.startswith(want_title)) == (want_kind, True), got
