"""Delivery under SIGKILL, with real ``rvr-watch run`` processes, on SQLite and PostgreSQL.

Kill points are deterministic where a test needs them: the loopback webhook records a
request and then holds its answer (tests/webhooksink.py), so the test kills the daemon
while the service has the message but the daemon has no reply yet. The crash test at
the end kills at random moments across a replayed page life (tests/crashrun.py).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crashrun import LIFE, SMTP, WEBHOOK, Daemon, page_versions, run, scalar, wait, write_config
from httpserver import HTTPTestServer
from sqlalchemy import text
from webhooksink import WebhookSink

from storage.engine import make_engine, migrate, session_factory
from storage.repo import ensure_page, record_monitor_alert

pytestmark = pytest.mark.slow

PAGE_PATH = "/reihe"


def _serve(http: HTTPTestServer, body: str, version: int) -> None:
    headers = {"Content-Type": "text/html; charset=utf-8"}
    http.set(PAGE_PATH, body, headers=headers, etag=f'"v{version}"')


def _queue_alerts(database: str, count: int) -> None:
    """``count`` monitor alerts for ``team``: each its own message (no check groups them)."""
    engine = make_engine(database)
    migrate(engine)
    sessions = session_factory(engine)
    now = dt.datetime.now(dt.UTC)
    with sessions.begin() as session:
        ensure_page(session, "reihe", "http://127.0.0.1/reihe", "rvr-series", now)
        for n in range(count):
            details = {"failures": 3, "last_error": f"message {n}", "since": now.isoformat()}
            kinds = frozenset({"monitor_error"})
            record_monitor_alert(
                session, "reihe", "monitor_error", details, [("team", kinds)], now=now
            )
    engine.dispose()


def _rows(database: str, sql: str) -> list[tuple[object, ...]]:
    engine = make_engine(database)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def _status(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rvr_watch", "status", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_daemon_killed_twice_during_a_drain_loses_nothing(tmp_path: Path, db_url: str) -> None:
    """Issue 12 item 1: five queued messages, two kills while the first one is answered.

    Before: message 1 arrived twice and 2-5 never (all five ``failed``, status exit 0).
    """
    _queue_alerts(db_url, 5)
    with HTTPTestServer() as http, WebhookSink() as hook:
        _serve(http, next(page_versions()), 1)
        config = write_config(tmp_path / "config.yaml", db_url, http.url(PAGE_PATH), [hook.url])
        daemon = Daemon(config, tmp_path)
        hook.hold()
        daemon.start()
        hook.wait_for(1, 60)  # message 0 has arrived; its answer is held
        daemon.kill()
        daemon.start()  # the same host, the old pid gone: taken over at once
        hook.wait_for(2, 60)  # message 0 resent once (uncertain), answer held again
        daemon.kill()
        hook.release()
        daemon.start()
        posts = hook.wait_for(6, 60)
        time.sleep(1.5)  # time for anything more to arrive
        assert daemon.stop() == 0
        posts = hook.posts()
    texts = [post["message"] for post in posts]
    assert [sum(f"message {n}" in t for t in texts) for n in range(5)] == [2, 1, 1, 1, 1]
    rows = _rows(
        db_url,
        "SELECT d.status, d.next_attempt_at IS NULL FROM deliveries d"
        " JOIN changes c ON c.id = d.change_id WHERE c.kind = 'monitor_error' ORDER BY d.id",
    )
    assert rows[0] == ("uncertain", True)  # resent once; not again
    assert [status for status, _ in rows[1:]] == ["sent"] * 4
    status = _status(config)
    assert status.returncode == 1
    assert "deliveries: 0 failed, 1 uncertain" in status.stdout
    assert "to team uncertain (may have arrived), not resent" in status.stdout


def test_a_slow_service_never_delays_a_check(tmp_path: Path, db_url: str) -> None:
    """Issue 12 item 10: drains ran inside page jobs, so a slow service skipped checks."""
    versions = page_versions()
    with HTTPTestServer() as http, WebhookSink() as hook:
        _serve(http, next(versions), 1)
        config = write_config(tmp_path / "config.yaml", db_url, http.url(PAGE_PATH), [hook.url])
        daemon = Daemon(config, tmp_path)
        daemon.start()
        checks = "SELECT count(*) FROM checks"
        queued = "SELECT count(*) FROM deliveries WHERE status <> 'sent'"
        db = make_engine(db_url)
        wait(lambda: scalar(db, checks) >= 1, "the first check")
        wait(lambda: scalar(db, queued) == 0, "the first check's notice")
        before = len(hook.posts())
        hook.hold()  # the service takes the message and does not answer for now
        _serve(http, next(versions), 2)  # a change: the check asks for a drain
        hook.wait_for(before + 1, 60)
        seen = scalar(db, checks)
        wait(lambda: scalar(db, checks) >= seen + 3, "checks while the service is slow")
        db.dispose()
        hook.release()
        assert daemon.stop() == 0
    assert set(_rows(db_url, "SELECT status FROM deliveries")) == {("sent",)}
    assert len(hook.posts()) == before + 1


def test_random_sigkills_across_a_page_life(tmp_path: Path, db_url: str) -> None:
    """The crash test of the docs: random SIGKILLs while the page lives its life; every
    expected message arrives, and duplicates only where the policy allows (one resend
    of an uncertain delivery). A few kills here; ``bench/chaos.py`` runs 30."""
    result = run(db_url, tmp_path, kills=4, seed=12)
    assert result.versions >= len(LIFE)
    report = json.dumps({name: vars(c) for name, c in result.channels.items()})
    for name in (WEBHOOK, SMTP):
        channel = result.channels[name]
        assert channel.expected >= len(LIFE) - 1, report
        assert channel.within_policy(), report
    assert set(result.statuses) <= {"sent", "uncertain"}, result.statuses
