"""Named leases in the database, so only one process works on a page at a time.

A lease is a row ``(name, holder, acquired_at, expires_at)``. Taking it is one
``INSERT ... ON CONFLICT (name) DO UPDATE ... WHERE expires_at < now OR holder =
me RETURNING`` statement, atomic on PostgreSQL and on SQLite (where the
``BEGIN IMMEDIATE`` transaction serialises writers as well). A holder that
crashes simply stops renewing, and its lease expires after ``ttl_s``.
"""

from __future__ import annotations

import datetime as dt
import functools

from sqlalchemy import bindparam, case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from storage.schema import LeaseRow


def acquire(
    sessions: sessionmaker[Session], name: str, holder: str, ttl_s: float, now: dt.datetime
) -> bool:
    """Take lease ``name`` for ``holder`` until ``now + ttl_s``; ``False`` if someone else holds it.

    Taking a lease one already holds extends it (and keeps ``acquired_at``).
    """
    with sessions.begin() as session:
        return take(session, name, holder, ttl_s, now)


def take(session: Session, name: str, holder: str, ttl_s: float, now: dt.datetime) -> bool:
    """:func:`acquire` inside the caller's transaction (it commits or rolls back with it).

    Lets a caller take the lease and read what it guards in one transaction: one
    commit (one fsync on SQLite) less per check.
    """
    statement = _upsert(session.get_bind().dialect.name)
    values = {
        "name": name,
        "holder": holder,
        "acquired_at": now,
        "expires_at": now + dt.timedelta(seconds=ttl_s),
        "now": now,
    }
    # Core, not the ORM's bulk insert: leases are never loaded as objects (and it runs
    # twice per check).
    return session.connection().execute(statement, values).first() is not None


@functools.cache
def _upsert(dialect: str) -> ReturningInsert[tuple[str]]:
    """The lease upsert with bound parameters, built once per dialect (it runs every check)."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(LeaseRow).values(
        name=bindparam("name"),
        holder=bindparam("holder"),
        acquired_at=bindparam("acquired_at", type_=LeaseRow.acquired_at.type),
        expires_at=bindparam("expires_at", type_=LeaseRow.expires_at.type),
    )
    now = bindparam("now", type_=LeaseRow.expires_at.type)
    return statement.on_conflict_do_update(
        index_elements=[LeaseRow.name],
        set_={
            "holder": statement.excluded.holder,
            "acquired_at": case(
                (LeaseRow.holder == statement.excluded.holder, LeaseRow.acquired_at),
                else_=statement.excluded.acquired_at,
            ),
            "expires_at": statement.excluded.expires_at,
        },
        where=(LeaseRow.expires_at < now) | (LeaseRow.holder == statement.excluded.holder),
    ).returning(LeaseRow.name)


def renew(
    sessions: sessionmaker[Session], name: str, holder: str, ttl_s: float, now: dt.datetime
) -> bool:
    """Extend ``holder``'s lease to ``now + ttl_s``; ``False`` if it is no longer theirs."""
    with sessions.begin() as session:
        result = session.execute(
            update(LeaseRow)
            .where(LeaseRow.name == name, LeaseRow.holder == holder)
            .values(expires_at=now + dt.timedelta(seconds=ttl_s))
            .returning(LeaseRow.name)
        )
        return result.first() is not None


def release(sessions: sessionmaker[Session], name: str, holder: str) -> bool:
    """Give the lease up; ``False`` if ``holder`` did not hold it."""
    with sessions.begin() as session:
        return give_up(session, name, holder)


def give_up(session: Session, name: str, holder: str) -> bool:
    """:func:`release` inside the caller's transaction."""
    result = session.connection().execute(_GIVE_UP, {"name": name, "holder": holder})
    return result.first() is not None


_GIVE_UP = (
    delete(LeaseRow)
    .where(LeaseRow.name == bindparam("name"), LeaseRow.holder == bindparam("holder"))
    .returning(LeaseRow.name)
)
