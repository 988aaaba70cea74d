"""``rvr-watch status``: stale and never-checked pages, the daemon's heartbeat, no side effects."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from httpserver import HTTPTestServer
from sqlalchemy.orm import Session, sessionmaker
from test_daemon import DaemonProcess, Db, page_on, serve, start_daemon, wait_until, write_config

from rvr_watch.config.model import PageConfig
from rvr_watch.engine.health import page_health
from storage.queries import DaemonBeat

__all__ = ["start_daemon"]  # a fixture, used by name

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
EVERY_MINUTE = PageConfig(name="p", url="https://example.org/p", schedule="* * * * *")
HOURLY = PageConfig(name="p", url="https://example.org/p", schedule="0 * * * *")


def _health(page: PageConfig, last: dt.datetime | None, failures: int = 0) -> tuple[str, ...]:
    health = page_health(page, BERLIN, last_check_at=last, consecutive_failures=failures, now=NOW)
    return (health.health, *health.reasons)


def test_a_page_never_checked_is_not_ok() -> None:
    assert _health(EVERY_MINUTE, None) == (
        "never_checked",
        "never checked (no check of it is recorded)",
    )


def test_a_daemon_stopped_16_minutes_ago_makes_an_every_minute_page_stale() -> None:
    health, reason = _health(EVERY_MINUTE, NOW - dt.timedelta(minutes=16))
    assert health == "stale"
    assert reason.startswith(
        "stale: last check 2026-03-02 11:44 UTC, the next was due 2026-03-02 11:45 UTC "
        "(schedule '* * * * *', grace 10 min)"
    )


@pytest.mark.parametrize(
    ("page", "age", "expected"),
    [
        (EVERY_MINUTE, dt.timedelta(minutes=10), "ok"),  # due 9 min ago: within the grace
        (EVERY_MINUTE, dt.timedelta(minutes=12), "stale"),
        (HOURLY, dt.timedelta(minutes=60), "ok"),  # checked 11:00; the 12:00 run is due now
        (HOURLY, dt.timedelta(minutes=61), "stale"),  # checked 10:59; the 11:00 run never ran
    ],
)
def test_stale_means_the_next_scheduled_check_is_overdue_by_more_than_the_grace(
    page: PageConfig, age: dt.timedelta, expected: str
) -> None:
    assert _health(page, NOW - age)[0] == expected


def test_failing_and_stale_give_both_reasons() -> None:
    health, *reasons = _health(EVERY_MINUTE, NOW - dt.timedelta(hours=1), failures=3)
    assert health == "failing"
    assert reasons[0] == "3 failed checks in a row (error_threshold 3)"
    assert reasons[1].startswith("stale: ")


def test_a_heartbeat_is_alive_until_three_beats_are_missed() -> None:
    beat = DaemonBeat("h:1:x", "h", 1, NOW, NOW, 30)
    assert beat.alive(NOW + dt.timedelta(seconds=90))
    assert not beat.alive(NOW + dt.timedelta(seconds=91))


# --- as a user runs it -------------------------------------------------------------------


def _rvr_watch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    return subprocess.run(
        [sys.executable, "-m", "rvr_watch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_status_before_any_check_creates_nothing_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "database: sqlite:///data/watch.db\npages:\n  - name: p\n    url: http://127.0.0.1:9/\n",
        encoding="utf-8",
    )
    result = _rvr_watch("status", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["healthy"] is False
    assert report["pages"][0]["health"] == "never_checked"
    assert report["problems"][0] == (
        f"no history database yet at {tmp_path / 'data' / 'watch.db'} "
        "(the first `rvr-watch check` or `rvr-watch run` creates it)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]
    for command in (["events"], ["changes"], ["snapshots"], ["history", "x"]):
        other = _rvr_watch(*command, cwd=tmp_path)
        assert other.returncode == 2, command
        assert other.stderr.startswith("rvr-watch: no history database yet at "), command
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]


@pytest.mark.slow
def test_status_sees_a_running_daemon_then_its_pages_go_stale(
    tmp_path: Path,
    http_server: HTTPTestServer,
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url = f"sqlite:///{tmp_path / 'rvr-watch.db'}"
    db = Db(url)
    serve(http_server, "/reihe", page_on(27), 1)
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    daemon = start_daemon(config)
    try:
        wait_until(lambda: db.rows("SELECT holder FROM daemons"), "the heartbeat row")
        wait_until(lambda: db.checks("reihe"), "a check")
        running = _rvr_watch("status", "--format", "json", cwd=tmp_path)
        report = json.loads(running.stdout)
        assert report["daemon"]["running"] is True
        (row,) = report["daemon"]["daemons"]
        assert row["pid"] == daemon.proc.pid and row["alive"] is True
        table = _rvr_watch("status", cwd=tmp_path)
        assert f"daemon: running on {row['host']} (pid {daemon.proc.pid}, heartbeat" in table.stdout
        assert daemon.stop() == 0
        assert db.rows("SELECT holder FROM daemons") == []  # a clean stop removes its row

        # Pretend the last check was 16 minutes ago: the every-second schedule is overdue.
        old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16)).strftime("%Y-%m-%d %H:%M:%S.%fZ")
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE page_state SET last_check_at = ?", (old,))
        stale = _rvr_watch("status", "--format", "json", cwd=tmp_path)
        assert stale.returncode == 1
        report = json.loads(stale.stdout)
        assert report["daemon"] == {"running": False, "daemons": []}
        assert report["pages"][0]["health"] == "stale"
        assert report["problems"][0].startswith("reihe: stale: last check ")
        shown = _rvr_watch("status", cwd=tmp_path)
        assert "STALE" in shown.stdout and "daemon: none running" in shown.stdout
    finally:
        db.engine.dispose()


@pytest.mark.slow
def test_a_killed_daemon_leaves_its_row_and_status_tells(
    tmp_path: Path,
    http_server: HTTPTestServer,
    start_daemon: Callable[[Path], DaemonProcess],
) -> None:
    url = f"sqlite:///{tmp_path / 'rvr-watch.db'}"
    db = Db(url)
    serve(http_server, "/reihe", page_on(27), 1)
    config = write_config(tmp_path / "config.yaml", url, [("reihe", http_server.url("/reihe"))])
    daemon = start_daemon(config)
    try:
        wait_until(lambda: db.rows("SELECT holder FROM daemons"), "the heartbeat row")
        daemon.send(signal.SIGKILL)
        daemon.proc.wait(10)
        old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S.%fZ")
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE daemons SET beat_at = ?", (old,))
        shown = _rvr_watch("status", cwd=tmp_path)
        assert f"pid {daemon.proc.pid}, stopped answering 5 min ago" in shown.stdout
    finally:
        db.engine.dispose()


def test_heartbeat_rows_on_both_databases(db_sessions: sessionmaker[Session]) -> None:
    from storage.heartbeat import beat, forget
    from storage.queries import daemons

    with db_sessions.begin() as session:
        beat(session, "a:1:x", host="a", pid=1, started_at=NOW, now=NOW, interval_s=30)
        beat(session, "b:2:y", host="b", pid=2, started_at=NOW, now=NOW, interval_s=30)
    later = NOW + dt.timedelta(seconds=45)
    with db_sessions.begin() as session:
        beat(session, "a:1:x", host="a", pid=1, started_at=NOW, now=later, interval_s=30)
    with db_sessions() as session:
        found = daemons(session)
    assert [(d.holder, d.beat_at) for d in found] == [("a:1:x", later), ("b:2:y", NOW)]
    with db_sessions.begin() as session:
        forget(session, "b:2:y")
        # A week on, a new daemon's first beat removes rows nobody renewed.
        week = NOW + dt.timedelta(days=8)
        beat(session, "c:3:z", host="c", pid=3, started_at=week, now=week, interval_s=30)
    with db_sessions() as session:
        assert [d.holder for d in daemons(session)] == ["c:3:z"]
