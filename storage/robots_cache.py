"""The robots.txt copies kept in the database (one row per origin), in Core statements.

Read once per origin by every process that fetches (a one-shot ``check`` included), so
these do not import the ORM.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.sql import insert

from storage.tables import robots

_GET = select(robots.c.fetched_at, robots.c.status, robots.c.body).where(
    robots.c.host == bindparam("origin")
)
# Bound names differ from column names: SQLAlchemy reserves those in SET clauses.
_UPDATE = (
    update(robots)
    .where(robots.c.host == bindparam("origin"))
    .values(
        fetched_at=bindparam("at", type_=robots.c.fetched_at.type),
        status=bindparam("code"),
        body=bindparam("text"),
    )
)


def get_robots(
    connection: Connection, host: str
) -> tuple[dt.datetime, int | None, str | None] | None:
    """The cached robots.txt of ``host`` as ``(fetched_at, status, body)``, if any."""
    row = connection.execute(_GET, {"origin": host}).first()
    return None if row is None else (row.fetched_at, row.status, row.body)


def put_robots(
    connection: Connection,
    host: str,
    fetched_at: dt.datetime,
    status: int | None,
    body: str | None,
) -> None:
    """Cache the robots.txt of ``host`` (in the caller's transaction)."""
    values = {"origin": host, "at": fetched_at, "code": status, "text": body}
    if connection.execute(_UPDATE, values).rowcount == 0:
        connection.execute(
            insert(robots).values(host=host, fetched_at=fetched_at, status=status, body=body)
        )
