"""Leases: exclusion, renewal, release, expiry of a crashed holder, and racing takers.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from dbfixtures import T0
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from storage.engine import make_engine, session_factory
from storage.lease import acquire, release, renew
from storage.schema import LeaseRow

LEASE = "page:fachkraefte-reihe"
S = dt.timedelta(seconds=1)


def _lease(sessions: sessionmaker[Session]) -> tuple[str, dt.datetime, dt.datetime] | None:
    with sessions() as session:
        row = session.scalar(select(LeaseRow).where(LeaseRow.name == LEASE))
        return None if row is None else (row.holder, row.acquired_at, row.expires_at)


def test_a_lease_excludes_others_until_released(db_sessions: sessionmaker[Session]) -> None:
    assert acquire(db_sessions, LEASE, "a", 60, T0) is True
    assert _lease(db_sessions) == ("a", T0, T0 + 60 * S)
    assert acquire(db_sessions, LEASE, "b", 60, T0 + 59 * S) is False
    assert acquire(db_sessions, "page:other", "b", 60, T0) is True  # leases are per name
    assert acquire(db_sessions, LEASE, "a", 60, T0 + 30 * S) is True  # re-taking extends
    assert _lease(db_sessions) == ("a", T0, T0 + 90 * S)
    assert release(db_sessions, LEASE, "b") is False
    assert release(db_sessions, LEASE, "a") is True
    assert _lease(db_sessions) is None
    assert acquire(db_sessions, LEASE, "b", 60, T0 + 31 * S) is True


def test_an_expired_lease_can_be_taken_and_the_old_holder_loses_it(
    db_sessions: sessionmaker[Session],
) -> None:
    assert acquire(db_sessions, LEASE, "crashed", 60, T0)
    assert acquire(db_sessions, LEASE, "b", 60, T0 + 60 * S) is False  # expires_at is not < now
    assert acquire(db_sessions, LEASE, "b", 60, T0 + 61 * S) is True
    assert _lease(db_sessions) == ("b", T0 + 61 * S, T0 + 121 * S)
    assert renew(db_sessions, LEASE, "crashed", 60, T0 + 62 * S) is False
    assert release(db_sessions, LEASE, "crashed") is False
    assert renew(db_sessions, LEASE, "b", 60, T0 + 100 * S) is True
    assert _lease(db_sessions) == ("b", T0 + 61 * S, T0 + 160 * S)
    assert acquire(db_sessions, LEASE, "c", 60, T0 + 150 * S) is False


@pytest.mark.slow
def test_racing_takers_get_the_lease_exactly_once(db_url: str, db_engine: Engine) -> None:
    results: dict[str, bool] = {}
    start = threading.Barrier(6)

    def taker(holder: str) -> None:
        engine = make_engine(db_url)
        try:
            sessions = session_factory(engine)
            start.wait()
            results[holder] = acquire(sessions, LEASE, holder, 60, T0)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=taker, args=(f"d{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [holder for holder, won in results.items() if won]
    assert len(results) == 6
    assert len(winners) == 1
    assert _lease(session_factory(db_engine)) == (winners[0], T0, T0 + 60 * S)
