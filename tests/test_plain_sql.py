"""storage.sql: the plain statements every check runs, on sqlite3 and on SQLAlchemy.

A one-shot check on a SQLite file runs its claim, its 304s and its leases on the
standard library's ``sqlite3``; everything else goes through SQLAlchemy. Both write
the same tables, so what one writes the other must read alike (times above all), and
the plain connection must keep the engine's guarantees: one transaction is all or
nothing, writers wait for each other instead of failing, and threads share it safely.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from dbfixtures import T0
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rvr_watch.engine.wiring import Database, open_database
from storage import lease
from storage.claims import load_states, register_pages
from storage.repo import ensure_page
from storage.schema import PageRow, PageStateRow
from storage.sql import SqliteLink, SqliteTx, sqlite_file

aware = st.datetimes(
    min_value=dt.datetime(1970, 1, 2),
    max_value=dt.datetime(9998, 12, 31),
    timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=2))]),
)


@given(first=aware, second=aware)
def test_stored_times_read_back_equal_and_sort_as_the_times_do(
    first: dt.datetime, second: dt.datetime
) -> None:
    # Leases expire by a text comparison on SQLite (expires_at < :now), so the stored
    # form must order as the instants do, and read back as the same instant.
    tx = SqliteTx(sqlite3.connect(":memory:"))
    a, b = tx.time(first), tx.time(second)
    assert tx.read_time(a) == first and tx.read_time(b) == second
    assert (a < b) == (first < second) and (a == b) == (first == second)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        SqliteTx(sqlite3.connect(":memory:")).time(dt.datetime(2025, 11, 27, 17))


def test_what_sqlite3_writes_sqlalchemy_reads_and_the_other_way_round(
    db_url: str, db_sessions: sessionmaker[Session]
) -> None:
    database = Database(url=db_url)
    try:
        with database.transaction() as tx:
            register_pages(tx, [("plain", "https://rvr.example/a", "rvr-series")], T0)
        with db_sessions.begin() as session:
            ensure_page(session, "orm", "https://rvr.example/b", "schema-events", T0)
            row = session.scalars(select(PageRow).where(PageRow.name == "plain")).one()
            assert (row.url, row.parser, row.created_at) == (
                "https://rvr.example/a",
                "rvr-series",
                T0,
            )
            state = session.get_one(PageStateRow, row.id)
            assert (state.consecutive_failures, state.alert_open) == (0, False)
            state.last_check_at = T0 + dt.timedelta(minutes=5)
        with database.transaction(read_only=True) as tx:
            states = load_states(tx, ["plain", "orm", "unknown"])
        assert set(states) == {"plain", "orm"}
        assert states["plain"].last_check_at == T0 + dt.timedelta(minutes=5)
        assert states["orm"].alert_open is False and states["orm"].last_check_at is None
    finally:
        database.dispose()


def test_a_failed_transaction_leaves_nothing_and_the_next_one_works(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'h.db'}")
    try:
        with pytest.raises(RuntimeError), database.transaction() as tx:
            assert lease.take_many(tx, ["page:a"], "me:1:x", 60, T0) == {"page:a"}
            raise RuntimeError("the disk is full")
        with database.transaction() as tx:
            assert tx.rows("SELECT name FROM leases") == []
            assert lease.take_many(tx, ["page:a"], "me:1:x", 60, T0) == {"page:a"}
        with database.transaction(read_only=True) as tx:
            assert tx.rows("SELECT name FROM leases") == [("page:a",)]
    finally:
        database.dispose()


def test_two_processes_connections_wait_for_each_other_instead_of_failing(
    tmp_path: Path,
) -> None:
    # Two links are two connections, as two processes have: while one holds the write
    # lock the other's BEGIN IMMEDIATE waits (busy timeout), and no lease is taken twice.
    url = f"sqlite:///{tmp_path / 'h.db'}"
    open_database(url).dispose()
    path = sqlite_file(url)
    assert path is not None
    links = [SqliteLink(path), SqliteLink(path)]
    names = [f"page:{n}" for n in range(40)]
    taken: list[set[str]] = [set(), set()]
    start = threading.Barrier(2)

    def take(index: int) -> None:
        start.wait()
        for name in names:
            with links[index].transaction() as tx:
                taken[index] |= lease.take_many(tx, [name], f"host:{index}:x", 600, T0)

    threads = [threading.Thread(target=take, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert taken[0].isdisjoint(taken[1]) and taken[0] | taken[1] == set(names)
    for link in links:
        link.close()


def test_threads_share_one_plain_connection_one_transaction_at_a_time(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'h.db'}")
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            for round_ in range(25):
                name = f"page:{number}-{round_}"
                with database.transaction() as tx:
                    assert lease.take_many(tx, [name], f"host:{number}:x", 60, T0) == {name}
                with database.transaction() as tx:
                    assert lease.give_up_many(tx, [name], f"host:{number}:x") == 1
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        with database.transaction(read_only=True) as tx:
            assert tx.rows("SELECT COUNT(*) FROM leases") == [(0,)]
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        ("sqlite:////var/lib/rvr-watch/history.db", "/var/lib/rvr-watch/history.db"),
        ("sqlite+pysqlite:////srv/h.db", "/srv/h.db"),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("sqlite:///file:h.db?mode=ro&uri=true", None),
        ("sqlite:////srv/h.db?timeout=5", None),
        ("postgresql+psycopg://rvr@db/rvr", None),
    ],
)
def test_only_plain_sqlite_files_are_opened_without_sqlalchemy(url: str, plain: str | None) -> None:
    assert sqlite_file(url) == plain
