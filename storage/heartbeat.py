"""The daemon's heartbeat: one ``daemons`` row per running daemon (writers only).

``rvr-watch status`` reads the rows through :func:`storage.queries.daemons`.
"""

from __future__ import annotations

import datetime as dt
import os
import socket

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from storage.schema import DaemonRow

# Rows of daemons that died without removing theirs are kept this long, so `status` can
# say when one was last seen, then removed by the next daemon's heartbeat.
FORGET_AFTER = dt.timedelta(days=7)


def beat(
    session: Session,
    holder: str,
    *,
    host: str,
    pid: int,
    started_at: dt.datetime,
    now: dt.datetime,
    interval_s: int,
) -> None:
    """Record that daemon ``holder`` is alive at ``now`` (inserting its row the first time)."""
    row = session.get(DaemonRow, holder)
    if row is None:
        session.add(
            DaemonRow(
                holder=holder,
                host=host,
                pid=pid,
                started_at=started_at,
                beat_at=now,
                interval_s=interval_s,
            )
        )
        session.execute(delete(DaemonRow).where(DaemonRow.beat_at < now - FORGET_AFTER))
    else:
        row.beat_at = now
        row.interval_s = interval_s
    session.flush()


def forget(session: Session, holder: str) -> None:
    """Remove daemon ``holder``'s row: it stopped cleanly."""
    session.execute(delete(DaemonRow).where(DaemonRow.holder == holder))


def renew(
    sessions: sessionmaker[Session],
    holder: str,
    *,
    started_at: dt.datetime,
    now: dt.datetime,
    interval_s: int,
) -> None:
    """:func:`beat` for this process (its host and pid), in a transaction of its own."""
    with sessions.begin() as session:
        beat(
            session,
            holder,
            host=socket.gethostname(),
            pid=os.getpid(),
            started_at=started_at,
            now=now,
            interval_s=interval_s,
        )


def stopped(sessions: sessionmaker[Session], holder: str) -> None:
    """:func:`forget` in a transaction of its own."""
    with sessions.begin() as session:
        forget(session, holder)
