"""Red team: an unchanged page checked every day while its dates come and go.

Several reader rules depend on the time of the check (a compound heading "Die nächsten
Stadtgespräche" is a section only over a date still to come, a news article is refused
only when nothing is to come, a part without section word places its events by date).
Each corpus document that parses at its manifest time is parsed again, unchanged, every
day from 60 days before its first event to 60 days after its last, and consecutive
parses are diffed as a check would. Time alone may only conclude events (docs/diff.md:
upcoming → past or gone when over is ``concluded``, never notified): no other change
kind, no event keys appearing or vanishing, and no refusal (a failed check) mid-way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from scraper.errors import NotASeriesPage
from scraper.model import Page
from scraper.parsers import get_parser, parse_rvr_series
from storage.diff import diff_pages

BERLIN = ZoneInfo("Europe/Berlin")
CORPUS = Path(__file__).parent / "fixtures" / "corpus"
MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / "manifest.json").read_text(encoding="utf-8")
)
MARGIN = dt.timedelta(days=60)
CHECK_HOUR = dt.time(9)
# What the passing of time alone may do to an unchanged page (docs/diff.md).
TIME_KINDS = {"concluded"}

# Known, contract-implied refusals of an unchanged page once its dates have passed.
KNOWN_REFUSALS = {
    "rvr-no-sections-next-date-in-a-sentence": (
        "docs/parser.md: on a page without a section word only upcoming dates announced "
        "in sentences are events, so once the announced date has passed the unchanged "
        "page has none and is refused (a failed check; an error alert after "
        "error_threshold) — telling a stale series page from a press release needs a "
        "contract decision"
    ),
}


def _parse(name: str, now: dt.datetime) -> Page:
    entry = MANIFEST[name]
    html = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    return get_parser(entry["parser"])(html, entry["url"], BERLIN, now=now)


def _manifest_page(name: str) -> Page | None:
    """The document as parsed at its manifest time; ``None`` if refused or eventless."""
    try:
        page = _parse(name, dt.datetime.fromisoformat(MANIFEST[name]["now"]))
    except NotASeriesPage:
        return None
    return page if page.events else None


def _documents() -> list[Any]:
    params = []
    for name in sorted(MANIFEST):
        if _manifest_page(name) is None:
            continue
        marks = []
        if name in KNOWN_REFUSALS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_REFUSALS[name]))
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def check_times(page: Page, manifest_now: dt.datetime) -> list[dt.datetime]:
    """Every day at 09:00 from :data:`MARGIN` before the page's first date to
    :data:`MARGIN` after its last, and the manifest's own time, in order."""
    dates = sorted(e.date for e in page.events)
    first, last = dates[0] - MARGIN, dates[-1] + MARGIN
    days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    times = {dt.datetime.combine(day, CHECK_HOUR, BERLIN) for day in days}
    return sorted(times | {manifest_now.astimezone(BERLIN)})


def replay(name: str, times: list[dt.datetime]) -> list[str]:
    """Parse ``name`` unchanged at each of ``times``; what time alone should not do."""
    faults: list[str] = []
    before: Page | None = None
    keys: set[str] | None = None
    for now in times:
        try:
            page = _parse(name, now)
        except NotASeriesPage as e:
            faults.append(f"{now:%Y-%m-%d}: refused ({e.reason})")
            continue  # a failed check stores nothing: the next diffs against the last good
        if before is not None:
            for change in diff_pages(before, page, now):
                if change.kind not in TIME_KINDS:
                    fields = [f.field for f in change.fields]
                    faults.append(
                        f"{now:%Y-%m-%d}: {change.kind} {change.event.date} "
                        f"{change.event.title!r} {fields}"
                    )
        now_keys = {e.key for e in page.events}
        if keys is not None and now_keys != keys:
            gone, new = sorted(keys - now_keys), sorted(now_keys - keys)
            faults.append(f"{now:%Y-%m-%d}: keys gone {gone}, new {new}")
        before, keys = page, now_keys
    return faults


@pytest.mark.parametrize("name", _documents())
def test_an_unchanged_page_only_concludes_its_events_as_time_passes(name: str) -> None:
    page = _manifest_page(name)
    assert page is not None
    times = check_times(page, dt.datetime.fromisoformat(MANIFEST[name]["now"]))
    faults = replay(name, times)
    assert not faults, "\n".join(faults[:20])


COMPOUND_PAGE = (
    "<!DOCTYPE html><html><head><title>Stadtgespräche</title></head><body><main>"
    "<h1>Stadtgespräche Mitte</h1><p>Die Reihe bringt Bürgerschaft und Verwaltung "
    "zusammen.</p><h2>Die nächsten Stadtgespräche</h2>"
    "<p>13.11.2026</p><h3>Wohnen am Kanal</h3><p>Im Rathaus, Saal 2.</p>"
    "<p>27.11.2026</p><h3>Grün in der Innenstadt</h3><p>Im Rathaus, Saal 2.</p>"
    "</main><footer><p>Impressum</p></footer></body></html>"
)


def test_a_compound_upcoming_heading_whose_dates_passed_keeps_its_events_titles() -> None:
    # Once "Die nächsten …" heads no date still to come it is no upcoming section; read
    # as text it became the first event's title and shifted the others' titles and keys
    # (and "Grün in der Innenstadt" on 27.11. was "updated" to "Wohnen am Kanal").
    pages = []
    for day in (dt.date(2026, 11, 1), dt.date(2026, 11, 20), dt.date(2026, 11, 28)):
        now = dt.datetime.combine(day, CHECK_HOUR, BERLIN)
        page = parse_rvr_series(COMPOUND_PAGE, "https://www.example.org/reihe", BERLIN, now=now)
        pages.append((now, page))
    for now, page in pages:
        titles = {e.date.isoformat(): (e.title, e.status) for e in page.events}
        assert titles["2026-11-13"][0] == "Wohnen am Kanal", now
        assert titles["2026-11-27"][0] == "Grün in der Innenstadt", now
    assert [e.status for e in sorted(pages[-1][1].events, key=lambda e: e.date)] == [
        "past",
        "past",
    ]
    for (_, old), (now, new) in itertools.pairwise(pages):
        assert {c.kind for c in diff_pages(old, new, now)} <= TIME_KINDS
