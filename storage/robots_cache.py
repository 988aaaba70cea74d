"""The robots.txt copies kept in the database (one row per origin), in plain SQL.

Read once per origin by every process that fetches (a one-shot ``check`` included), so
these do not import SQLAlchemy (``storage.sql``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from storage.sql import Tx, as_tx

if TYPE_CHECKING:
    from sqlalchemy import Connection

    Bind = Tx | Connection


def get_robots(bind: Bind, host: str) -> tuple[dt.datetime, int | None, str | None] | None:
    """The cached robots.txt of ``host`` as ``(fetched_at, status, body)``, if any."""
    tx = as_tx(bind)
    row = tx.first("SELECT fetched_at, status, body FROM robots WHERE host = :host", {"host": host})
    if row is None:
        return None
    fetched_at = tx.read_time(row[0])
    assert fetched_at is not None
    return fetched_at, row[1], row[2]


def put_robots(
    bind: Bind,
    host: str,
    fetched_at: dt.datetime,
    status: int | None,
    body: str | None,
) -> None:
    """Cache the robots.txt of ``host`` (in the caller's transaction)."""
    tx = as_tx(bind)
    values = {"host": host, "at": tx.time(fetched_at), "status": status, "body": body}
    sql = "UPDATE robots SET fetched_at = :at, status = :status, body = :body WHERE host = :host"
    if tx.run(sql, values) == 0:
        tx.run(_INSERT, values)


_INSERT = "INSERT INTO robots (host, fetched_at, status, body) VALUES (:host, :at, :status, :body)"
