"""Named leases in the database, so only one process works on a page at a time.

A lease is a row ``(name, holder, acquired_at, expires_at)``. Taking it is one
``INSERT ... ON CONFLICT (name) DO UPDATE ... WHERE expires_at < now OR holder =
me RETURNING`` statement, atomic on PostgreSQL and on SQLite (where the
``BEGIN IMMEDIATE`` transaction serialises writers as well). A holder that
crashes simply stops renewing, and its lease expires after ``ttl_s``; sooner on its
own host: holders are named ``host:pid:random`` (``rvr_watch.engine.wiring.holder_id``),
and a lease whose holder process no longer exists on this host is taken over at once.

Plain SQL (``storage.sql``) in the caller's transaction: a ``Tx``, or a SQLAlchemy
``Connection`` or ``Session``. A check that ends in a 304 never imports SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from storage.sql import Tx, as_tx, in_list

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker

    Bind = Tx | Connection | Session


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
    tx = as_tx(bind)
    expires = tx.time(now + dt.timedelta(seconds=ttl_s))
    at = tx.time(now)
    taken: set[str] = set()
    refused: list[str] = []
    # Always in one order: two processes taking overlapping sets on PostgreSQL (where
    # the second waits for the first's uncommitted row) can then never deadlock.
    for name in sorted(set(names)):
        values = {"name": name, "holder": holder, "at": at, "until": expires}
        if tx.first(_UPSERT, values) is not None:
            taken.add(name)
        else:
            refused.append(name)
    if refused:
        listed, params = in_list("name", refused)
        held = tx.rows(f"SELECT name, holder FROM leases WHERE name IN {listed}", params)
        for name, old in held:
            if holder_is_gone(old) and _take_over(tx, name, old, holder, (at, expires)):
                taken.add(name)
    return taken


def _take_over(tx: Tx, name: str, old: str, holder: str, period: tuple[Any, Any]) -> bool:
    at, expires = period
    values = {"name": name, "old": old, "new": holder, "at": at, "until": expires}
    return tx.first(_TAKE_OVER, values) is not None


# Taken when free, expired, or already ours (then extended, keeping ``acquired_at``);
# SQLite (3.35 and later) and PostgreSQL both read this upsert.
_UPSERT = (
    "INSERT INTO leases (name, holder, acquired_at, expires_at)"
    " VALUES (:name, :holder, :at, :until)"
    " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
    " acquired_at = CASE WHEN leases.holder = excluded.holder"
    " THEN leases.acquired_at ELSE excluded.acquired_at END,"
    " expires_at = excluded.expires_at"
    " WHERE leases.expires_at < :at OR leases.holder = excluded.holder"
    " RETURNING name"
)
_TAKE_OVER = (
    "UPDATE leases SET holder = :new, acquired_at = :at, expires_at = :until"
    " WHERE name = :name AND holder = :old RETURNING name"
)


def renew(
    sessions: sessionmaker[Session], name: str, holder: str, ttl_s: float, now: dt.datetime
) -> bool:
    """Extend ``holder``'s lease to ``now + ttl_s``; ``False`` if it is no longer theirs."""
    with sessions.begin() as session:
        tx = as_tx(session)
        until = tx.time(now + dt.timedelta(seconds=ttl_s))
        values = {"name": name, "holder": holder, "until": until}
        sql = "UPDATE leases SET expires_at = :until WHERE name = :name AND holder = :holder"
        return tx.first(sql + " RETURNING name", values) is not None


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
    listed, params = in_list("name", wanted)
    sql = f"DELETE FROM leases WHERE name IN {listed} AND holder = :holder RETURNING name"
    return len(as_tx(bind).rows(sql, {**params, "holder": holder}))
