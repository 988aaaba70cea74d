"""``rvr-watch run`` as real processes: schedule, signals, reload, catch-up, several instances.

Each test starts ``python -m rvr_watch run`` against the loopback HTTP server, with a
6-field schedule that fires every second, no jitter (``RVR_WATCH_JITTER_S=0``) and a
database in ``tmp_path`` (or a fresh PostgreSQL schema), and reads what happened from the
database and from the daemon's JSON log lines. Notifications go to a ``json://`` apprise
URL aimed at a loopback server that records every POST.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from httpserver import HTTPTestServer
from sqlalchemy import Engine, text, update

from storage.engine import make_engine
from storage.schema import PageStateRow

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
PAGE = (FIXTURES / "fachkraefte-reihe-2025-11.html").read_text("utf-8")
DATE = "27. November 2025"
TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"
EVERY_SECOND = "* * * * * *"
RUN = [sys.executable, "-m", "rvr_watch", "--log-format", "json", "run"]


def page_on(day: int) -> str:
    """The series page with its next date moved to ``day`` November 2030 (in the future)."""
    return PAGE.replace(DATE, f"{day}. November 2030")


def serve(server: HTTPTestServer, path: str, body: str, version: int, **options: Any) -> None:
    server.set(
        path,
        body,
        headers={"Content-Type": "text/html; charset=utf-8"},
        etag=f'"v{version}"',
        **options,
    )


# --- a loopback receiver for json:// notifications ---------------------------------------


class Receiver:
    """Records the JSON body of every POST; answers 200."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                with owner._lock:
                    owner.posts.append(body)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self._server.server_address[1]}/"

    def received(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.posts)

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# --- the daemon as a process ---------------------------------------------------------------


class DaemonProcess:
    """``rvr-watch run`` in a subprocess, its JSON log lines in a file."""

    def __init__(self, config: Path, log: Path) -> None:
        self.log_path = log
        env = {**os.environ, "RVR_WATCH_JITTER_S": "0", "RVR_WATCH_DRAIN_INTERVAL_S": "0.5"}
        env.pop("RVR_WATCH_CONFIG", None)
        with log.open("wb") as stderr:
            self.proc = subprocess.Popen(
                [*RUN, "--config", str(config)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=env,
                cwd=config.parent,
            )

    def lines(self) -> list[dict[str, Any]]:
        entries = []
        for line in self.log_path.read_text("utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:  # a line being written, or a crash's traceback
                entries.append({"msg": line, "level": "RAW"})
        return entries

    def messages(self) -> list[str]:
        return [entry["msg"] for entry in self.lines()]

    def checks(self, page: str | None = None) -> list[dict[str, Any]]:
        """The daemon's one line per check."""
        return [
            entry
            for entry in self.lines()
            if entry.get("msg", "").startswith("checked ") and page in (None, entry.get("page"))
        ]

    def send(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def stop(self, timeout: float = 30) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[[Path], DaemonProcess]]:
    started: list[DaemonProcess] = []

    def start(config: Path) -> DaemonProcess:
        daemon = DaemonProcess(config, tmp_path / f"daemon-{len(started)}.log")
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        if daemon.proc.poll() is None:  # a failed test: do not leave it running
            daemon.proc.kill()
            daemon.proc.wait(5)


def write_config(
    path: Path,
    database: str,
    pages: list[tuple[str, str]],
    subscribers: str = "",
    timeout_s: int = 10,
) -> Path:
    """A config with ``pages`` as (name, url), each checked every second."""
    lines = [f"database: {database}", "http:", "  robots: false", f"  timeout_s: {timeout_s}"]
    lines.append("pages:")
    for name, url in pages:
        lines += [f"  - name: {name}", f"    url: {url}", f'    schedule: "{EVERY_SECOND}"']
    path.write_text("\n".join(lines) + "\n" + subscribers, "utf-8")
    return path


def wait_until(predicate: Callable[[], object], what: str, timeout: float = 12) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Db:
    """Reads the daemon's database with plain SQL."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = make_engine(url)

    def rows(self, sql: str, **params: object) -> list[tuple[Any, ...]]:
        try:
            with self.engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params)]
        except Exception as error:  # not migrated yet while the daemon starts
            if "no such table" in str(error) or "does not exist" in str(error):
                return []
            raise

    def checks(self, page: str) -> list[tuple[Any, ...]]:
        return self.rows(
            "SELECT c.started_at, c.outcome, c.http_status, c.duration_ms, c.snapshot_id"
            " FROM checks c JOIN pages p ON p.id = c.page_id WHERE p.name = :page"
            " ORDER BY c.id",
            page=page,
        )


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[tuple[str, Db]]:
    url = f"sqlite:///{tmp_path / 'rvr-watch.db'}"
    db = Db(url)
    yield url, db
    db.engine.dispose()


# --- the tests -----------------------------------------------------------------------------


def test_checks_every_page_on_schedule_and_stops_on_sigterm(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/reihe", page_on(27), 1)
    subscribers = "subscribers:\n  - name: team\n    notify: ['json://bot:s3cr3t@127.0.0.1:9/']\n"
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    config.write_text(config.read_text("utf-8") + subscribers, "utf-8")
    daemon = start_daemon(config)

    wait_until(lambda: len(db.checks("reihe")) >= 4, "four checks")
    assert daemon.stop() == 0

    checks = db.checks("reihe")
    assert [(outcome, status) for _, outcome, status, _, _ in checks[:2]] == [
        ("changed", 200),  # the baseline, right at start (never checked before)
        ("not_modified", 304),
    ]
    assert {outcome for _, outcome, _, _, _ in checks[1:]} == {"not_modified"}
    # Every check is logged with the scheduled run it served; never two for one run.
    served = [
        entry["scheduled"] for entry in daemon.checks("reihe") if entry["outcome"] != "skipped"
    ]
    assert len(served) == len(checks)
    assert len(set(served)) == len(served)
    for entry in daemon.checks("reihe"):  # a run the start-up check already served
        if entry["outcome"] == "skipped":
            assert entry["error"].startswith("already checked at ")
    messages = daemon.messages()
    assert messages[-1] == "rvr-watch stopped"
    assert "SIGTERM received: finishing the checks in flight, then stopping" in messages
    summary = [m for m in messages if m.startswith(("page reihe:", "subscriber team:"))]
    assert summary[0].startswith(f"page reihe: {http_server.url('/reihe')}, schedule '* * * * * *'")
    assert "next check 20" in summary[0]
    assert summary[1].startswith("subscriber team: json://***:***@127.0.0.1:9/")
    assert "s3cr3t" not in daemon.log_path.read_text("utf-8")
    line = next(c for c in daemon.checks("reihe") if c["outcome"] == "not_modified")
    assert {key: line[key] for key in ("page", "outcome", "http_status", "changes")} == {
        "page": "reihe",
        "outcome": "not_modified",
        "http_status": 304,
        "changes": 0,
    }
    assert isinstance(line["duration_ms"], int)
    assert line["cpu_ms"] > 0  # the check's own CPU time (issue 13)


def test_sigterm_mid_check_finishes_the_check_and_exits_0(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/reihe", page_on(27), 1, delay_s=2.0)  # a slow server
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    daemon = start_daemon(config)
    wait_until(lambda: http_server.requests_for("/reihe"), "the first request")
    signalled = time.monotonic()
    daemon.send(signal.SIGTERM)

    assert daemon.proc.wait(10) == 0
    took = time.monotonic() - signalled
    assert 1.0 < took < 6.0  # waited for the slow answer, and no longer
    assert len(http_server.requests_for("/reihe")) == 1  # nothing new started after SIGTERM
    ((_, outcome, status, duration_ms, snapshot_id),) = db.checks("reihe")
    assert (outcome, status) == ("changed", 200)
    assert duration_ms >= 1500
    assert snapshot_id is not None
    assert db.rows("SELECT count(*) FROM snapshots") == [(1,)]
    assert db.rows("SELECT count(*) FROM events") == [(4,)]
    assert db.rows("SELECT count(*) FROM leases") == [(0,)]  # the page's lease was given back
    messages = daemon.messages()
    stop = messages.index("SIGTERM received: finishing the checks in flight, then stopping")
    assert messages.index("checked reihe: changed") > stop
    assert messages[-1] == "rvr-watch stopped"


def test_a_run_due_while_the_check_is_still_running_is_skipped_with_one_line(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, _db = sqlite_db
    serve(http_server, "/reihe", page_on(27), 1, delay_s=2.5)  # slower than the schedule
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    daemon = start_daemon(config)

    def skipped() -> list[dict[str, Any]]:
        return [e for e in daemon.lines() if "its previous check is still running" in e["msg"]]

    wait_until(skipped, "a skipped run")
    assert daemon.stop() == 0
    entry = skipped()[0]
    assert entry["msg"].startswith("page reihe: run at 20")
    assert (entry["level"], entry["page"], entry["outcome"]) == ("WARNING", "reihe", "skipped")
    assert entry["scheduled"].startswith("20")
    # APScheduler's own warning for it is not passed on.
    assert not [m for m in daemon.messages() if "maximum number of running instances" in m]


def test_a_second_stop_signal_ends_the_daemon_at_once_without_half_a_check(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/reihe", page_on(27), 1, delay_s=8.0)  # an operator will not wait
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    daemon = start_daemon(config)
    wait_until(lambda: http_server.requests_for("/reihe"), "the first request")
    daemon.send(signal.SIGTERM)
    wait_until(lambda: "SIGTERM received" in " ".join(daemon.messages()), "the first SIGTERM")
    signalled = time.monotonic()
    daemon.send(signal.SIGINT)

    assert daemon.proc.wait(5) == 128 + signal.SIGINT
    assert time.monotonic() - signalled < 3
    last = daemon.lines()[-1]
    assert (last["level"], last["msg"]) == (
        "WARNING",
        "second SIGINT received: stopping now; the checks in flight are abandoned",
    )
    assert db.checks("reihe") == []  # nothing of the abandoned check was committed
    assert db.rows("SELECT count(*) FROM leases") == [(1,)]  # it expires by itself


def test_sighup_adds_and_removes_pages_without_a_restart(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/a", page_on(27), 1)
    serve(http_server, "/b", page_on(28), 1)
    config = write_config(tmp_path / "config.yaml", url, [("a", http_server.url("/a"))])
    daemon = start_daemon(config)
    wait_until(lambda: len(db.checks("a")) >= 2, "two checks of a")

    write_config(config, url, [("b", http_server.url("/b"))], timeout_s=20)
    daemon.send(signal.SIGHUP)
    wait_until(lambda: len(db.checks("b")) >= 2, "two checks of b")
    checks_of_a = len(db.checks("a"))
    time.sleep(2.2)
    assert len(db.checks("a")) == checks_of_a  # a is no longer scheduled
    assert len(db.checks("b")) >= 4
    assert daemon.stop() == 0
    messages = daemon.messages()
    assert "reload: page a removed" in messages
    assert "reload: page b added (* * * * * *), checking now" in messages
    assert "configuration reloaded: 1 pages, 0 subscribers" in messages
    assert "reload: http changed; restart rvr-watch to apply it (the old one stays in use)" in (
        messages
    )


def test_sighup_with_a_bad_config_keeps_the_running_one(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/a", page_on(27), 1)
    config = write_config(tmp_path / "config.yaml", url, [("a", http_server.url("/a"))])
    daemon = start_daemon(config)
    wait_until(lambda: len(db.checks("a")) >= 1, "the first check")

    config.write_text(config.read_text("utf-8").replace("name: a", "name: A!"), "utf-8")
    daemon.send(signal.SIGHUP)
    wait_until(lambda: any("reload failed" in m for m in daemon.messages()), "the reload error")
    before = len(db.checks("a"))
    wait_until(lambda: len(db.checks("a")) >= before + 2, "checks going on with the old config")
    assert daemon.stop() == 0
    (failure,) = [m for m in daemon.messages() if "reload failed" in m]
    assert failure.startswith("reload failed, keeping the running configuration: ")
    assert f"{config}:6: pages[0].name: must use only a-z, 0-9 and '-', got 'A!'" in failure


def test_after_downtime_one_catch_up_check_and_none_when_up_to_date(
    tmp_path: Path,
    http_server: HTTPTestServer,
    sqlite_db: tuple[str, Db],
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url, db = sqlite_db
    serve(http_server, "/a", page_on(27), 1)
    config = write_config(tmp_path / "config.yaml", url, [("a", http_server.url("/a"))])
    yearly = config.read_text("utf-8").replace(EVERY_SECOND, "0 0 1 1 *")
    config.write_text(yearly, "utf-8")

    def run_briefly() -> DaemonProcess:
        daemon = start_daemon(config)
        wait_until(lambda: "rvr-watch 0.1.0 running" in " ".join(daemon.messages()), "start")
        time.sleep(1.0)
        assert daemon.stop() == 0
        return daemon

    first = run_briefly()  # never checked: one baseline check at start
    assert len(db.checks("a")) == 1
    assert [c["outcome"] for c in first.checks()] == ["changed"]
    run_briefly()  # checked since the last 1 January: nothing to catch up
    assert len(db.checks("a")) == 1
    with db.engine.begin() as connection:  # as if the daemon had been down since 2020
        down_since = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
        connection.execute(update(PageStateRow).values(last_check_at=down_since))
    third = run_briefly()
    assert [c["outcome"] for c in third.checks()] == ["not_modified"]  # one, not a burst
    assert len(db.checks("a")) == 2


def test_two_daemons_and_a_check_deliver_each_change_once(
    tmp_path: Path,
    db_url: str,
    http_server: HTTPTestServer,
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    db = Db(db_url)
    serve(http_server, "/reihe", page_on(27), 27)
    with Receiver() as receiver:
        subscribers = f"subscribers:\n  - name: team\n    notify: ['{receiver.url}']\n"
        config = write_config(
            tmp_path / "config.yaml", db_url, [("reihe", http_server.url("/reihe"))], subscribers
        )
        # Both start at once on the empty database: they race to create the schema too.
        daemons = [start_daemon(config), start_daemon(config)]
        wait_until(lambda: db.checks("reihe"), "the baseline")
        wait_until(daemons[1].checks, "the second daemon's first check")
        for notices, day in enumerate((28, 29), start=1):
            serve(http_server, "/reihe", page_on(day), day)
            manual = [_check_process(config) for _ in range(2)]  # next to both daemons
            wait_until(
                lambda n=notices: len(receiver.received()) >= n,  # type: ignore[misc]
                f"the notice of day {day}",
            )
            assert [proc.wait(20) for proc in manual] in ([0, 0],)
        time.sleep(1.5)  # time enough for any duplicate to arrive
        assert [daemon.stop() for daemon in daemons] == [0, 0]
        posts = receiver.received()
    changes = db.rows("SELECT id, kind FROM changes ORDER BY id")
    assert [kind for _, kind in changes] == ["rescheduled", "rescheduled"]
    deliveries = db.rows("SELECT change_id, subscriber, status FROM deliveries ORDER BY change_id")
    assert deliveries == [(changes[0][0], "team", "sent"), (changes[1][0], "team", "sent")]
    assert len(posts) == 2
    assert all(TITLE in post["message"] for post in posts)
    assert "28. November 2030" in posts[0]["message"]
    assert "29. November 2030" in posts[1]["message"]
    # The daemons never both checked for one scheduled run; the second one stood back.
    runs = [
        entry["scheduled"]
        for daemon in daemons
        for entry in daemon.checks("reihe")
        if entry["outcome"] != "skipped"
    ]
    assert len(runs) == len(set(runs))
    assert any(entry["outcome"] == "skipped" for d in daemons for entry in d.checks("reihe"))
    db.engine.dispose()


def _check_process(config: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    return subprocess.Popen(
        [sys.executable, "-m", "rvr_watch", "check", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
