"""``rvr-watch check`` as a user runs it: what a one-shot 304 check imports, and ``--dry-run``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from httpserver import HTTPTestServer
from test_daemon import Db, page_on, serve

# What an unchanged one-shot check on SQLite must not load: SQLAlchemy at all (its
# statements run on sqlite3, storage.sql), the delivery side (renderers, apprise), the
# migrations, and pydantic (the configuration is checked by rvr_watch.config.validate).
NOT_FOR_A_304 = [
    "pydantic",
    "pydantic_core",
    "sqlalchemy",
    "sqlalchemy.orm",
    "apprise",
    "notify.send",
    "notify.messages",
    "storage.schema",
    "storage.repo",
    "storage.outbox",
    "alembic",
    "sqlalchemy.dialects.postgresql",
    "rvr_watch.engine.delivery",
    "apscheduler",  # the schedules' check: plain ones without it (rvr_watch.config.cron)
    "asyncio",
]
_RUN_AND_LIST_MODULES = """
import sys
from rvr_watch.cli import main
status = main(sys.argv[1:])
print("LOADED", ",".join(m for m in {modules!r} if m in sys.modules))
raise SystemExit(status)
"""


def _config(tmp_path: Path, http: HTTPTestServer, subscribers: str = "subscribers: []\n") -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        f"database: sqlite:///{tmp_path / 'history.db'}\n"
        f"pages:\n  - name: series\n    url: {http.url('/reihe')}\n{subscribers}",
        "utf-8",
    )
    return path


def _rvr_watch(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "rvr_watch"]
    if not code:
        command += args
    return subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=60)


def test_an_unchanged_one_shot_check_loads_no_orm_and_no_sender(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    serve(http_server, "/reihe", page_on(27), 1)
    http_server.set("/robots.txt", "User-agent: *\nAllow: /\n")
    config = str(_config(tmp_path, http_server))
    assert _rvr_watch("--config", config, "check").returncode == 0  # the baseline: a 200
    code = _RUN_AND_LIST_MODULES.format(modules=NOT_FOR_A_304)
    result = _rvr_watch("--config", config, "check", code=code)
    assert result.returncode == 0, result.stderr
    assert "not modified (304)" in result.stdout
    assert "LOADED \n" in result.stdout  # none of them
    # The same probe sees them when there is something to store and send.
    serve(http_server, "/reihe", page_on(28), 2)
    result = _rvr_watch("--config", config, "check", code=code)
    assert "sqlalchemy.orm" in result.stdout.split("LOADED ")[1]


def test_dry_run_shows_what_would_be_notified_and_stores_nothing(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    serve(http_server, "/reihe", page_on(27), 1)
    http_server.set("/robots.txt", "User-agent: *\nAllow: /\n")
    team = "subscribers:\n  - name: team\n    notify: ['json://127.0.0.1:9/']\n"
    config = str(_config(tmp_path, http_server, team))
    assert _rvr_watch("--config", config, "check").returncode == 0
    db = Db(f"sqlite:///{tmp_path / 'history.db'}")
    tables = ["checks", "snapshots", "changes", "deliveries", "events", "leases", "robots"]
    before = {table: db.rows(f"SELECT COUNT(*) FROM {table}") for table in tables}
    serve(http_server, "/reihe", page_on(28), 2)
    result = _rvr_watch("--config", config, "check", "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("series: changed (200)")
    assert "rescheduled" in lines[0]
    assert lines[1:] == [
        "  would notify team: rescheduled",
        "dry run: nothing was stored and nobody was notified",
    ]
    assert {table: db.rows(f"SELECT COUNT(*) FROM {table}") for table in tables} == before
    # The real check afterwards still sees the change (the dry run took nothing away).
    assert "rescheduled" in _rvr_watch("--config", config, "check").stdout
    db.engine.dispose()


def test_a_page_that_cannot_be_reached_is_one_line_and_status_1(tmp_path: Path) -> None:
    # The README's promise for the offline quick start: one line, exit 1 (the log line
    # of the failed check stays below the default WARNING level of a one-shot check).
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = tmp_path / "config.yaml"
    config.write_text(
        f"database: sqlite:///{tmp_path / 'history.db'}\n"
        f"pages:\n  - name: series\n    url: http://127.0.0.1:{port}/reihe\n",
        "utf-8",
    )
    result = _rvr_watch("--config", str(config), "check")
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith("series: failed") and "cannot reach 127.0.0.1" in lines[0]
