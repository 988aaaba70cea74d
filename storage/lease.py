"""Named leases in the database, so only one process works on a page at a time.

A lease is a row ``(name, holder, acquired_at, expires_at)``. Taking it is one
``INSERT ... ON CONFLICT (name) DO UPDATE ... WHERE expires_at < now OR holder =
me RETURNING`` statement, atomic on PostgreSQL and on SQLite (where the
``BEGIN IMMEDIATE`` transaction serialises writers as well). A holder that
crashes simply stops renewing, and its lease expires after ``ttl_s``; sooner on its
own host: holders are named ``host:pid:random`` (``rvr_watch.engine.wiring.holder_id``),
and a lease whose holder process no longer exists on this host is taken over at once.

Core statements on a ``Connection`` (a ``Session`` is accepted too): a check that
ends in a 304 never needs the ORM.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import os
import socket
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, case, delete, select, update

from storage.tables import leases

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    Bind = Connection | Session


def holder_is_gone(holder: str) -> bool:
    """Whether ``holder`` names a process on this host that no longer exists.

    Only what can be known for sure: another host's holder, a name in another form, or a
    process this user may not signal (it exists) all count as alive.
    """
    host, _, rest = holder.partition(":")
    pid_text, _, _ = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # this very process: its holders are alive while it runs
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _connection(bind: Bind) -> Connection:
    return bind if isinstance(bind, Connection) else bind.connection()


def acquire(
    sessions: sessionmaker[Session], name: str, holder: str, ttl_s: float, now: dt.datetime
) -> bool:
    """Take lease ``name`` for ``holder`` until ``now + ttl_s``; ``False`` if someone else holds it.

    Taking a lease one already holds extends it (and keeps ``acquired_at``).
    """
    with sessions.begin() as session:
        return take(session, name, holder, ttl_s, now)


def take(bind: Bind, name: str, holder: str, ttl_s: float, now: dt.datetime) -> bool:
    """:func:`acquire` inside the caller's transaction (it commits or rolls back with it).

    Lets a caller take the lease and read what it guards in one transaction: one
    commit (one fsync on SQLite) less per check. A lease held by a process of this
    host that has died is taken over.
    """
    return name in take_many(bind, [name], holder, ttl_s, now)


def take_many(
    bind: Bind, names: Iterable[str], holder: str, ttl_s: float, now: dt.datetime
) -> set[str]:
    """Take every lease of ``names`` that is free (or expired, or held by a dead
    process of this host) in the caller's transaction; returns the names taken."""
    connection = _connection(bind)
    statement = _upsert(connection.dialect.name)
    expires = now + dt.timedelta(seconds=ttl_s)
    taken: set[str] = set()
    refused: list[str] = []
    # Always in one order: two processes taking overlapping sets on PostgreSQL (where
    # the second waits for the first's uncommitted row) can then never deadlock.
    for name in sorted(set(names)):
        values = {
            "name": name,
            "holder": holder,
            "acquired_at": now,
            "expires_at": expires,
            "now": now,
        }
        if connection.execute(statement, values).first() is not None:
            taken.add(name)
        else:
            refused.append(name)
    if refused:
        held = connection.execute(_HOLDERS, {"names": refused}).all()
        for name, old in held:
            if holder_is_gone(old) and _take_over(connection, name, old, holder, (now, expires)):
                taken.add(name)
    return taken


def _take_over(
    connection: Connection, name: str, old: str, holder: str, period: tuple[dt.datetime, ...]
) -> bool:
    now, expires = period
    values = {"lease": name, "old": old, "new": holder, "at": now, "until": expires}
    return connection.execute(_TAKE_OVER, values).first() is not None


_HOLDERS = select(leases.c.name, leases.c.holder).where(
    leases.c.name.in_(bindparam("names", expanding=True))
)
# Bound names differ from column names: SQLAlchemy reserves those in SET clauses.
_TAKE_OVER = (
    update(leases)
    .where(leases.c.name == bindparam("lease"), leases.c.holder == bindparam("old"))
    .values(
        holder=bindparam("new"),
        acquired_at=bindparam("at", type_=leases.c.acquired_at.type),
        expires_at=bindparam("until", type_=leases.c.expires_at.type),
    )
    .returning(leases.c.name)
)


@functools.cache
def _upsert(dialect: str) -> Any:
    """The lease upsert with bound parameters, built once per dialect (it runs every check)."""
    # Only the dialect in use is imported (PostgreSQL's costs a one-shot start-up 30 ms).
    module = "postgresql" if dialect == "postgresql" else "sqlite"
    insert = importlib.import_module(f"sqlalchemy.dialects.{module}").insert
    statement = insert(leases).values(
        name=bindparam("name"),
        holder=bindparam("holder"),
        acquired_at=bindparam("acquired_at", type_=leases.c.acquired_at.type),
        expires_at=bindparam("expires_at", type_=leases.c.expires_at.type),
    )
    now = bindparam("now", type_=leases.c.expires_at.type)
    return statement.on_conflict_do_update(
        index_elements=[leases.c.name],
        set_={
            "holder": statement.excluded.holder,
            "acquired_at": case(
                (leases.c.holder == statement.excluded.holder, leases.c.acquired_at),
                else_=statement.excluded.acquired_at,
            ),
            "expires_at": statement.excluded.expires_at,
        },
        where=(leases.c.expires_at < now) | (leases.c.holder == statement.excluded.holder),
    ).returning(leases.c.name)


def renew(
    sessions: sessionmaker[Session], name: str, holder: str, ttl_s: float, now: dt.datetime
) -> bool:
    """Extend ``holder``'s lease to ``now + ttl_s``; ``False`` if it is no longer theirs."""
    with sessions.begin() as session:
        result = session.execute(
            update(leases)
            .where(leases.c.name == name, leases.c.holder == holder)
            .values(expires_at=now + dt.timedelta(seconds=ttl_s))
            .returning(leases.c.name)
        )
        return result.first() is not None


def release(sessions: sessionmaker[Session], name: str, holder: str) -> bool:
    """Give the lease up; ``False`` if ``holder`` did not hold it."""
    with sessions.begin() as session:
        return give_up(session, name, holder)


def give_up(bind: Bind, name: str, holder: str) -> bool:
    """:func:`release` inside the caller's transaction."""
    return bool(give_up_many(bind, [name], holder))


def give_up_many(bind: Bind, names: Iterable[str], holder: str) -> int:
    """Give up ``holder``'s leases of ``names`` in the caller's transaction; how many."""
    wanted = list(names)
    if not wanted:
        return 0
    result = _connection(bind).execute(_GIVE_UP, {"names": wanted, "holder": holder})
    return len(result.all())


_GIVE_UP = (
    delete(leases)
    .where(
        leases.c.name.in_(bindparam("names", expanding=True)),
        leases.c.holder == bindparam("holder"),
    )
    .returning(leases.c.name)
)
