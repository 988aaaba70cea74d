"""The plain statements of ``storage.sql`` on a SQLAlchemy ``Connection``.

For PostgreSQL, and for SQLite inside a transaction that also writes through Core or
the ORM (a batch with changed pages): one transaction, one connection.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import TextClause, text

from storage.sql import Params, Row, Tx

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


@functools.lru_cache(maxsize=256)
def _clause(sql: str) -> TextClause:
    return text(sql)


class AlchemyTx(Tx):
    """The caller's transaction on ``connection``; it commits or rolls back with it."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.dialect = connection.dialect.name

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        result = self._connection.execute(_clause(sql), dict(params or {}))
        return [tuple(row) for row in result]

    def run(self, sql: str, params: Params | None = None) -> int:
        return self._connection.execute(_clause(sql), dict(params or {})).rowcount

    def run_many(self, sql: str, params: Sequence[Params]) -> None:
        if params:
            self._connection.execute(_clause(sql), [dict(p) for p in params])

    def new_ids(self, table: str, count: int) -> list[int]:
        if self.dialect != "postgresql":
            return super().new_ids(table, count)
        # Other writers may insert meanwhile: take the ids from the table's own sequence.
        rows = self.rows(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)",
            {"table": table, "n": count},
        )
        return sorted(value for (value,) in rows)

    def json(self, value: Any) -> Any:
        if self.dialect != "postgresql":
            return super().json(value)
        from psycopg.types.json import Jsonb  # noqa: PLC0415 - only with PostgreSQL

        return Jsonb(value)

    def date(self, value: dt.date) -> Any:
        return value if self.dialect == "postgresql" else super().date(value)

    def time(self, value: dt.datetime | None) -> Any:
        if self.dialect == "sqlite":
            return super().time(value)
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            raise ValueError(f"naive datetime {value!r}: times must be timezone-aware")
        return None if value is None else value.astimezone(dt.UTC)


def alchemy_tx(bind: Connection | Session) -> AlchemyTx:
    """The transaction of a SQLAlchemy connection or session, as a ``Tx``."""
    from sqlalchemy import Connection  # noqa: PLC0415

    return AlchemyTx(bind if isinstance(bind, Connection) else bind.connection())
