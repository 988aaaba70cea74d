"""The engine and the storage's durability: UTC times, SQLite settings and locking,
a check killed mid-transaction, and database growth per unchanged check.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from dbfixtures import (
    PAGE_URL,
    T0,
    failed_check,
    good_check,
    run_together,
    sample_event,
    sample_page,
)
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from scraper.model import Page
from storage.diff import diff_pages
from storage.engine import make_engine, migrate, session_factory
from storage.queries import list_changes
from storage.repo import (
    CheckRecord,
    RecordedCheck,
    ensure_page,
    load_state,
    record_check,
    snapshot_body,
)
from storage.schema import CheckRow, PageRow, SnapshotRow, UTCDateTime

ROOT = Path(__file__).resolve().parent.parent
NAME = "fachkraefte-reihe"
H = dt.timedelta(hours=1)
BERLIN_TZ = dt.timezone(dt.timedelta(hours=1))
BASE = sample_page(sample_event(), sample_event("2025-12-04-ki", "KI", dt.date(2025, 12, 4)))


def _setup(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        return ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)


def _record(
    sessions: sessionmaker[Session], record: CheckRecord, old: Page | None = None
) -> RecordedCheck:
    changes = diff_pages(old, record.page, record.started_at) if record.page and old else []
    with sessions.begin() as session:
        return record_check(session, NAME, record, changes)


def test_times_are_utc_and_naive_times_are_refused(
    db_engine: Engine, db_sessions: sessionmaker[Session]
) -> None:
    with db_sessions.begin() as session:
        ensure_page(
            session, NAME, PAGE_URL, "rvr-series", dt.datetime(2025, 10, 1, 10, 0, 0, 5, BERLIN_TZ)
        )
    with db_engine.connect() as connection:
        stored = connection.execute(text("SELECT created_at FROM pages")).scalar_one()
    if db_engine.dialect.name == "sqlite":
        assert stored == "2025-10-01 09:00:00.000005Z"
    else:
        assert stored == dt.datetime(2025, 10, 1, 9, 0, 0, 5, dt.UTC)
    with db_sessions() as session:
        assert session.scalars(select(PageRow.created_at)).one().utcoffset() == dt.timedelta(0)
        with pytest.raises(StatementError, match="naive datetime"):
            session.execute(
                select(PageRow).where(PageRow.created_at < dt.datetime(2025, 1, 1))
            ).all()


@given(
    st.lists(
        st.datetimes(
            min_value=dt.datetime(1970, 1, 2),
            max_value=dt.datetime(9999, 12, 30),
            timezones=st.sampled_from([dt.UTC, BERLIN_TZ, dt.timezone(-dt.timedelta(hours=5))]),
        ),
        min_size=2,
        max_size=10,
    )
)
def test_sqlite_time_text_round_trips_and_sorts_like_the_times(values: list[dt.datetime]) -> None:
    column = UTCDateTime()
    dialect = sqlite.dialect()
    stored = [column.process_bind_param(v, dialect) for v in values]
    assert [column.process_result_value(s, dialect) for s in stored] == values
    assert sorted(stored) == [column.process_bind_param(v, dialect) for v in sorted(values)]


def test_sqlite_engine_settings(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'rvr.db'}")
    try:
        with engine.connect() as connection:
            pragma = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        assert pragma == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "busy_timeout": 30000,
        }
        assert (tmp_path / "a" / "b" / "rvr.db").exists()
    finally:
        engine.dispose()


def test_connections_opening_a_new_sqlite_file_together_all_switch_it_to_wal(
    tmp_path: Path,
) -> None:
    # Switching to WAL fails at once, past the busy timeout, when another connection
    # opened the new file in between (this failed about one round in six before the retry).
    for round_ in range(20):
        engines = [make_engine(f"sqlite:///{tmp_path / f'{round_}.db'}") for _ in range(4)]
        modes: list[object] = []

        def connect(engine: Engine, modes: list[object] = modes) -> None:
            with engine.connect() as connection:
                modes.append(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
                connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x INTEGER)")

        try:
            errors = run_together(connect, engines)
        finally:
            for engine in engines:
                engine.dispose()
        assert errors == []
        assert modes == ["wal"] * len(engines)


def test_sqlite_writers_wait_for_each_other_instead_of_failing(tmp_path: Path) -> None:
    """In WAL a deferred read-then-write fails at once; BEGIN IMMEDIATE makes it wait."""
    engine = make_engine(f"sqlite:///{tmp_path / 'rvr.db'}")
    migrate(engine)
    sessions = session_factory(engine)
    _setup(sessions)
    holding, errors = threading.Event(), []

    def slow_writer() -> None:
        with sessions.begin() as session:
            load_state(session, NAME)
            holding.set()
            time.sleep(0.3)
            record_check(session, NAME, failed_check(T0), [])

    def second_writer() -> None:
        holding.wait()
        try:
            with sessions.begin() as session:
                load_state(session, NAME)
                record_check(session, NAME, failed_check(T0 + H), [])
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=slow_writer), threading.Thread(target=second_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        with session_factory(engine, read_only=True)() as session:
            assert load_state(session, NAME).consecutive_failures == 2
    finally:
        engine.dispose()


CRASH_SCRIPT = """
import os, signal, sys
sys.path.insert(0, "tests")
from dbfixtures import T0, good_check, sample_event, sample_page
import storage.repo as repo
from storage.engine import make_engine, session_factory

def die(*args, **kwargs):
    # The snapshot and check rows are flushed; the state update would come next.
    os.kill(os.getpid(), signal.SIGKILL)

repo._update_state = die
sessions = session_factory(make_engine(sys.argv[1]))
body = bytes.fromhex(sys.argv[2]) * 1024
record = good_check(sample_page(sample_event()), T0, body)
with sessions.begin() as session:
    repo.record_check(session, "fachkraefte-reihe", record, [])
"""


@pytest.mark.slow
def test_a_check_killed_before_commit_leaves_the_database_consistent(
    db_url: str, db_engine: Engine, db_sessions: sessionmaker[Session]
) -> None:
    _setup(db_sessions)
    base = _record(db_sessions, good_check(BASE, T0))
    # 4 MiB of random bytes: more than SQLite's page cache, so uncommitted pages spill to the WAL.
    chunk = os.urandom(4096)
    process = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, db_url, chunk.hex()],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr.decode()
    db_engine.dispose()
    if db_engine.dialect.name == "sqlite":
        with db_engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with db_sessions() as session:
        assert session.scalar(select(func.count()).select_from(CheckRow)) == 1
        assert session.scalar(select(func.count()).select_from(SnapshotRow)) == 1
        assert load_state(session, NAME).last_good_snapshot_id == base.snapshot_id
    page = sample_page(sample_event())
    again = _record(db_sessions, good_check(page, T0 + H, chunk * 1024), BASE)
    with db_sessions() as session:
        assert snapshot_body(session, again.snapshot_id or 0) == chunk * 1024
        assert [c.kind for c in list_changes(session)] == ["removed"]


@pytest.mark.slow
def test_bytes_added_per_unchanged_check_on_sqlite(tmp_path: Path) -> None:
    """Measures database growth per unchanged check (target: under 300 bytes)."""
    path = tmp_path / "rvr.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    sessions = session_factory(engine)
    _setup(sessions)
    _record(sessions, good_check(BASE, T0, b"body"))

    def size_after(checks: int, start: int) -> int:
        for i in range(start, start + checks):
            at = T0 + dt.timedelta(minutes=i + 1)
            _record(sessions, good_check(BASE, at, b"body", "unchanged"), BASE)
        raw = engine.raw_connection()  # outside any transaction, so the checkpoint can run
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return path.stat().st_size

    before = size_after(30, 0)  # warm up: tables and indexes have their first pages
    n = 400
    per_check = (size_after(n, 30) - before) / n
    engine.dispose()
    print(f"\nSQLite growth per unchanged check: {per_check:.0f} bytes")
    assert per_check < 300
