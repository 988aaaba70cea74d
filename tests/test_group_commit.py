"""Group commit: pages claimed and recorded in batches, and what a crash or an interrupt
of ``rvr-watch check`` leaves behind (real processes, loopback HTTP, SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import DEVNULL

import pytest
import sqlalchemy.engine as sa_engine
from httpserver import HTTPTestServer
from sqlalchemy import event
from test_daemon import Db, Receiver, page_on, serve, wait_until

from rvr_watch.config.model import Config, parse_config
from rvr_watch.engine import service as service_module
from rvr_watch.engine.service import Service
from rvr_watch.engine.wiring import open_database, open_fetcher

CHECK = [sys.executable, "-m", "rvr_watch", "check"]


def _config_text(db_url: str, http: HTTPTestServer, names: list[str], extra: str = "") -> str:
    pages = "".join(f"  - name: {name}\n    url: {http.url('/' + name)}\n" for name in names)
    return f"database: {db_url}\nhttp:\n  robots: false\n  timeout_s: 60\npages:\n{pages}{extra}"


@pytest.fixture
def service_for(http_server: HTTPTestServer) -> Iterator[object]:
    opened: list[object] = []

    def open_service(config: Config) -> Service:
        database = open_database(config.database)
        fetcher_context = open_fetcher(config, database)
        fetcher = fetcher_context.__enter__()
        opened.append((database, fetcher_context))
        clock = lambda: dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC)  # noqa: E731
        return Service(config, database, fetcher, clock=clock)

    yield open_service
    for database, context in opened:  # type: ignore[misc]
        context.__exit__(None, None, None)
        database.dispose()


def test_unchanged_pages_cost_two_commits_per_batch_not_per_page(
    db_url: str, http_server: HTTPTestServer, service_for: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_module, "BATCH_SIZE", 10)
    names = [f"page-{n}" for n in range(25)]
    for number, name in enumerate(names):
        serve(http_server, "/" + name, page_on(27), number)
    config = parse_config(_config_text(db_url, http_server, names), source="c.yaml", env={})
    service = service_for(config)  # type: ignore[operator]
    assert {r.outcome for r in service.check_pages(config.pages)} == {"changed"}
    commits: list[int] = []
    event.listen(service.database.engine, "commit", lambda _conn: commits.append(1))
    link = service.database.link  # on SQLite, 304s are plain sqlite3 transactions
    before = link.commits if link else 0
    results = service.check_pages(config.pages)
    assert [r.outcome for r in results] == ["not_modified"] * 25
    # Three batches (10, 10, 5): a claim and a record each.
    assert len(commits) + (link.commits - before if link else 0) == 2 * 3
    for name in names:  # every page was asked, conditionally, twice in all
        requests = http_server.requests_for("/" + name)
        assert len(requests) == 2
        assert requests[1].headers.get("if-none-match") == f'"v{names.index(name)}"'
    db = Db(db_url)
    assert db.rows("SELECT outcome, COUNT(*) FROM checks GROUP BY outcome ORDER BY outcome") == [
        ("changed", 25),
        ("not_modified", 25),
    ]
    assert db.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    db.engine.dispose()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def _check_process(config: Path, output: Path | None = None) -> subprocess.Popen[bytes]:
    """``rvr-watch check`` as a process; its output goes to ``output`` if given."""
    env = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    if output is None:
        return subprocess.Popen(
            [*CHECK, "--config", str(config)], env=env, stdout=DEVNULL, stderr=DEVNULL
        )
    with output.open("wb") as sink:
        return subprocess.Popen(
            [*CHECK, "--config", str(config)], env=env, stdout=sink, stderr=subprocess.STDOUT
        )


@pytest.mark.slow
def test_a_killed_check_loses_only_its_batch_and_the_next_check_notifies_each_change_once(
    tmp_path: Path, db_url: str, http_server: HTTPTestServer
) -> None:
    names = ["fast-a", "fast-b", "slow"]
    for name in names:
        serve(http_server, "/" + name, page_on(27), 1)
    db = Db(db_url)
    with Receiver() as receiver:
        team = f"subscribers:\n  - name: team\n    notify: ['{receiver.url}']\n"
        config = _write(tmp_path / "c.yaml", _config_text(db_url, http_server, names, team))
        assert _check_process(config).wait(30) == 0  # the baseline
        for name in names:  # every page moves its date; one answers only after a long pause
            serve(http_server, "/" + name, page_on(28), 2, delay_s=60 if name == "slow" else 0)
        doomed = _check_process(config)
        wait_until(lambda: all(len(http_server.requests_for("/" + n)) == 2 for n in names), "fetch")
        time.sleep(0.3)  # the fast pages are fetched and evaluated; the batch waits for "slow"
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(10)
        assert db.rows("SELECT COUNT(*) FROM checks") == [(3,)]  # the batch left nothing
        assert len(db.rows("SELECT name FROM leases")) == 3  # held by a process that is gone
        serve(http_server, "/slow", page_on(28), 2)
        # The leases would hold for minutes; their holder is gone, so they are taken now.
        again = _check_process(config, tmp_path / "again.txt")
        assert again.wait(30) == 0, (tmp_path / "again.txt").read_text()
        wait_until(lambda: len(receiver.received()) >= 3, "the three notices")
        time.sleep(0.5)  # time for a duplicate to arrive
        posts = receiver.received()
    assert db.rows("SELECT kind, COUNT(*) FROM changes GROUP BY kind") == [("rescheduled", 3)]
    assert db.rows("SELECT status, COUNT(*) FROM deliveries GROUP BY status") == [("sent", 3)]
    assert len(posts) == 3
    assert db.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    db.engine.dispose()


@pytest.mark.slow
def test_one_interrupt_finishes_the_fetches_in_flight_and_frees_the_other_pages(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    db_url = f"sqlite:///{tmp_path / 'h.db'}"
    names = [f"page-{n}" for n in range(6)]
    for name in names:
        serve(http_server, "/" + name, page_on(27), 1, delay_s=4)
    config = _write(tmp_path / "c.yaml", _config_text(db_url, http_server, names))
    stderr = tmp_path / "stderr.txt"
    process = _check_process(config, stderr)
    asked = lambda: sum(len(http_server.requests_for("/" + n)) for n in names)  # noqa: E731
    wait_until(lambda: asked() == 2, "two fetches in flight (two per site)")
    process.send_signal(signal.SIGINT)
    wait_until(lambda: "stopping after the fetches in flight" in stderr.read_text(), "the notice")
    assert process.poll() is None  # said at once, while the fetches are still going
    assert process.wait(30) == 128 + signal.SIGINT
    assert asked() == 2  # nothing new was started after the signal
    db = Db(db_url)
    assert db.rows("SELECT outcome, COUNT(*) FROM checks GROUP BY outcome") == [("changed", 2)]
    assert db.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    db.engine.dispose()


@pytest.mark.slow
def test_a_second_interrupt_gives_the_leases_back_and_exits_at_once(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    db_url = f"sqlite:///{tmp_path / 'h.db'}"
    names = ["one", "two", "three"]
    for name in names:
        serve(http_server, "/" + name, page_on(27), 1, delay_s=60)
    config = _write(tmp_path / "c.yaml", _config_text(db_url, http_server, names))
    stderr = tmp_path / "stderr.txt"
    process = _check_process(config, stderr)
    wait_until(lambda: len(http_server.requests_for("/one")) == 1, "the first fetch")
    process.send_signal(signal.SIGINT)
    wait_until(lambda: "stopping after" in stderr.read_text(), "the first notice")
    process.send_signal(signal.SIGINT)
    # Long before the fetches' 60 s are over.
    assert process.wait(20) == 128 + signal.SIGINT
    assert "stopping now" in stderr.read_text()
    db = Db(db_url)
    assert db.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    assert db.rows("SELECT COUNT(*) FROM checks") == [(0,)]
    for name in names:
        serve(http_server, "/" + name, page_on(27), 1)
    # Nothing blocks the next check: every page is checked now.
    assert _check_process(config).wait(30) == 0
    assert db.rows("SELECT outcome, COUNT(*) FROM checks GROUP BY outcome") == [("changed", 3)]
    db.engine.dispose()


def test_processes_claiming_the_same_pages_at_once_each_get_a_page_exactly_once(
    db_url: str, http_server: HTTPTestServer
) -> None:
    from dbfixtures import run_together

    from rvr_watch.engine.pipeline import CheckDeps, claim
    from rvr_watch.engine.wiring import Database
    from storage.engine import make_engine, migrate

    names = [f"page-{n}" for n in range(20)]
    config = parse_config(_config_text(db_url, http_server, names), source="c.yaml", env={})
    first = make_engine(db_url)
    migrate(first)
    first.dispose()
    engines = [make_engine(db_url) for _ in range(3)]  # three processes' connections
    claimed: dict[int, list[str]] = {}

    def claim_all(engine: sa_engine.Engine) -> None:
        deps = CheckDeps(
            fetcher=None,  # type: ignore[arg-type]  # claiming fetches nothing
            database=Database(engine),
            subscribers=(),
            tz=config.timezone,
            holder=f"host-{id(engine)}:1:x",
            clock=lambda: dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC),
        )
        # Each in its own order, as configurations listing the pages differently would.
        pages = sorted(config.pages, key=lambda p: hash((p.name, id(engine))))
        claims, _skipped = claim(pages, deps)
        claimed[id(engine)] = [c.page.name for c in claims]

    try:
        assert run_together(claim_all, engines) == []
    finally:
        for engine in engines:
            engine.dispose()
    everything = [name for names_ in claimed.values() for name in names_]
    assert sorted(everything) == sorted(names)  # every page once, none twice
    db = Db(db_url)
    assert db.rows("SELECT COUNT(*) FROM pages") == [(20,)]
    db.engine.dispose()
