"""Hostile pages: any failure to read a page is a recorded failed check, and the work of
a check is bounded (counted here, not timed: bench/diff.py shows the growth).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest
from httpserver import HTTPTestServer
from sqlalchemy import event
from test_daemon import Db, page_on, serve

import storage.diff
import storage.records
from rvr_watch.config.model import Config, parse_config
from rvr_watch.engine.service import Service
from rvr_watch.engine.wiring import open_database, open_fetcher
from scraper.model import Event, Page
from scraper.parsers import PARSERS

TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"
NOW = dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC)


def _config(db_url: str, http: HTTPTestServer, parser: str = "rvr-series") -> Config:
    text = (
        f"database: {db_url}\nhttp:\n  robots: false\n"
        f"pages:\n  - name: hostile\n    url: {http.url('/hostile')}\n"
        f"    parser: {parser}\n    error_threshold: 1\n"
        "subscribers:\n  - name: ops\n    notify: ['json://127.0.0.1:9/']\n"
        "    kinds: [monitor_error]\n"
    )
    return parse_config(text, source="c.yaml", env={})


@contextmanager
def _service(config: Config) -> Iterator[Service]:
    database = open_database(config.database)
    try:
        with open_fetcher(config, database) as fetcher:
            yield Service(config, database, fetcher, clock=lambda: NOW)
    finally:
        database.engine.dispose()


def _raising(error: BaseException) -> Callable[..., Page]:
    def parse(text: str, url: str, tz: ZoneInfo, **_: Any) -> Page:
        raise error

    return parse


@pytest.mark.parametrize(
    "error",
    [RecursionError("maximum recursion depth exceeded"), MemoryError(), KeyError("bug")],
    ids=["recursion", "memory", "bug"],
)
def test_a_page_the_parser_fails_on_is_a_failed_check_that_alerts(
    db_url: str,
    http_server: HTTPTestServer,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
) -> None:
    # A real parser function that fails as a parser may; registered like any other.
    monkeypatch.setitem(PARSERS, "fragile", _raising(error))
    serve(http_server, "/hostile", page_on(27), 1)
    config = _config(db_url, http_server, parser="fragile")
    with _service(config) as service:
        (result,) = service.check_pages(config.pages)
    assert result.outcome == "failed"
    assert result.error is not None
    assert result.error.startswith(f"the page could not be read: {type(error).__name__}")
    assert result.alert == "monitor_error"
    db = Db(db_url)
    assert db.rows("SELECT outcome, http_status FROM checks") == [("failed", 200)]
    assert db.rows("SELECT kind FROM changes") == [("monitor_error",)]
    assert db.rows("SELECT subscriber, status FROM deliveries") == [("ops", "pending")]
    assert db.rows("SELECT consecutive_failures FROM page_state") == [(1,)]
    assert db.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    db.engine.dispose()


def test_a_page_nested_100000_levels_deep_is_a_recorded_check(
    tmp_path: Any, http_server: HTTPTestServer
) -> None:
    deep = "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"
    serve(http_server, "/hostile", deep, 1)
    config = _config(f"sqlite:///{tmp_path / 'h.db'}", http_server)
    with _service(config) as service:
        (result,) = service.check_pages(config.pages)
    # Refused (not a series page) by a parser that copes, failed by one that does not:
    # either way it is recorded and counts towards the alert.
    assert result.outcome in ("refused", "failed")
    assert result.alert == "monitor_error"
    db = Db(config.database)
    assert db.rows("SELECT outcome FROM checks") == [(result.outcome,)]
    db.engine.dispose()


class _CountingMatcher(difflib.SequenceMatcher[str]):
    """difflib's matcher, recording the lengths it is asked to compare."""

    lengths: ClassVar[list[int]] = []

    def __init__(self, isjunk: Any, a: str, b: str, autojunk: bool = True) -> None:
        _CountingMatcher.lengths.append(max(len(a), len(b)))
        super().__init__(isjunk, a, b, autojunk)


def test_a_100_kb_title_costs_a_bounded_comparison(
    tmp_path: Any, http_server: HTTPTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.diff, "SequenceMatcher", _CountingMatcher)
    _CountingMatcher.lengths = []
    title = "Wasserstoff " * 8_500  # ≈ 100 KB
    config = _config(f"sqlite:///{tmp_path / 'h.db'}", http_server)
    with _service(config) as service:
        serve(http_server, "/hostile", page_on(27).replace(TITLE, title), 1)
        assert service.check_pages(config.pages)[0].outcome == "changed"
        # The same page again without an ETag: fetched, parsed, compared, unchanged.
        http_server.set("/hostile", page_on(27).replace(TITLE, title))
        assert service.check_pages(config.pages)[0].outcome == "unchanged"
        # Moved, with one word of the long title changed: compared on a bounded prefix.
        moved = page_on(28).replace(TITLE, "Solarstrom " + title)
        http_server.set("/hostile", moved)
        assert service.check_pages(config.pages)[0].outcome == "changed"
    assert _CountingMatcher.lengths  # the changed title was compared …
    assert max(_CountingMatcher.lengths) <= storage.diff.TITLE_COMPARED  # … on its beginning


def _event(number: int, day: int) -> Event:
    return Event(
        key=f"event-{number}",
        title=f"Vortrag über Thema {number}",
        date=dt.date(2030, 1 + day % 12, 1 + day % 28),
        status="upcoming",
    )


def test_matching_large_pages_scores_a_bounded_number_of_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored: list[int] = []
    original = storage.diff._match_score

    def counting(*args: Any) -> float | None:
        scored.append(1)
        return original(*args)

    monkeypatch.setattr(storage.diff, "_match_score", counting)
    old = [_event(n, n) for n in range(1_500)]
    assert len(storage.diff.match_events(old, list(reversed(old)))) == 1_500
    assert scored == []  # identical events pair without scoring anything
    new = [_event(n, n + 1) for n in range(1_500)]  # every event moved by a day
    pairs = storage.diff.match_events(old, new)
    assert len(scored) <= storage.diff.MAX_CANDIDATES
    assert {id(o) for o, _ in pairs if o} == {id(o) for o in old}


def test_the_diff_and_the_stored_form_are_made_before_the_write_transaction(
    tmp_path: Any, http_server: HTTPTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(f"sqlite:///{tmp_path / 'h.db'}", http_server)
    open_transactions: list[int] = []
    during: list[tuple[str, bool]] = []

    def watched(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            during.append((name, bool(open_transactions)))
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(storage.diff, "event_pairs", watched("pairs", storage.diff.event_pairs))
    monkeypatch.setattr(storage.diff, "changes_of", watched("diff", storage.diff.changes_of))
    monkeypatch.setattr(
        storage.records, "stored_form", watched("form", storage.records.stored_form)
    )
    with _service(config) as service:
        engine = service.database.engine
        event.listen(engine, "begin", lambda _c: open_transactions.append(1))
        event.listen(engine, "commit", lambda _c: open_transactions.clear())
        event.listen(engine, "rollback", lambda _c: open_transactions.clear())
        for day in (27, 28):
            http_server.set("/hostile", page_on(day))
            service.check_pages(config.pages)
    assert {name for name, _ in during} == {"pairs", "diff", "form"}
    assert [name for name, in_transaction in during if in_transaction] == []
