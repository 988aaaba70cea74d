"""Plain SQL for the statements every check runs, on SQLite without SQLAlchemy.

A check that ends in a 304 runs a handful of fixed statements: take the pages' leases,
read their states, record the checks, give the leases back (``storage.lease``,
``storage.claims``, ``storage.robots_cache``). Importing SQLAlchemy alone costs a
one-shot ``check`` more CPU than urlwatch's whole run (docs/benchmarks.md), so these
statements are written once, as SQL that SQLite and PostgreSQL both accept, against
the small :class:`Tx` interface, which has two implementations:

* :class:`SqliteTx`, on a connection of the standard library's ``sqlite3`` (a SQLite
  file; :class:`SqliteLink` opens it with the settings of ``storage.engine``);
* ``storage.sql_alchemy.AlchemyTx``, on a SQLAlchemy ``Connection`` (PostgreSQL, and
  any transaction that also writes through Core or the ORM).

Values are bound by name (``:name``), which both drivers accept. Times are aware
datetimes in Python and are stored as SQLAlchemy's ``storage.tables.UTCDateTime``
stores them (a fixed-width UTC text on SQLite), so rows written either way are alike
(``tests/test_plain_sql.py`` holds this).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# The text form of a time on SQLite; the same as storage.tables.UTCDateTime's.
SQLITE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%fZ"
BUSY_TIMEOUT_S = 30.0

Params = Mapping[str, Any]
Row = tuple[Any, ...]


class Tx:
    """One open transaction: statements with named parameters, and the dialect's times."""

    dialect: str = "sqlite"

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """Every row the statement returns."""
        raise NotImplementedError

    def run(self, sql: str, params: Params | None = None) -> int:
        """Execute a statement that returns no rows; how many rows it changed."""
        raise NotImplementedError

    def run_many(self, sql: str, params: Sequence[Params]) -> None:
        """Execute a statement once per set of parameters."""
        raise NotImplementedError

    def first(self, sql: str, params: Params | None = None) -> Row | None:
        """The first row the statement returns, if any."""
        found = self.rows(sql, params)
        return found[0] if found else None

    def new_ids(self, table: str, count: int) -> list[int]:
        """``count`` unused ids for rows of ``table`` (an ``id INTEGER`` primary key), so a
        batch can be inserted without statements returning them. On SQLite, the write
        lock of the transaction (``BEGIN IMMEDIATE``) keeps them unused until it ends."""
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        (largest,) = self.rows(f"SELECT COALESCE(MAX(id), 0) FROM {table}")[0]
        return list(range(largest + 1, largest + 1 + count))

    def json(self, value: Any) -> Any:
        """``value`` as this dialect binds a JSON column (SQLAlchemy's JSON text on SQLite)."""
        return json.dumps(value)

    def date(self, value: dt.date) -> Any:
        """``value`` as this dialect binds a DATE column (ISO text on SQLite)."""
        return value.isoformat()

    def time(self, value: dt.datetime | None) -> Any:
        """``value`` as this dialect binds a time (aware datetimes only, kept in UTC)."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: times must be timezone-aware")
        return value.astimezone(dt.UTC).strftime(SQLITE_TIME_FORMAT)

    def read_time(self, value: Any) -> dt.datetime | None:
        """A stored time as an aware UTC datetime."""
        if value is None:
            return None
        if isinstance(value, str):
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        assert isinstance(value, dt.datetime)
        return value.astimezone(dt.UTC)


def as_tx(bind: Any) -> Tx:
    """``bind`` as a :class:`Tx`: itself, or a SQLAlchemy connection's or session's
    transaction (``storage.sql_alchemy``, imported only then)."""
    if isinstance(bind, Tx):
        return bind
    from storage.sql_alchemy import alchemy_tx  # noqa: PLC0415

    return alchemy_tx(bind)


def in_list(name: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """``(:name0, :name1, …)`` and its parameters, for ``column IN …``."""
    params = {f"{name}{i}": value for i, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


class SqliteTx(Tx):
    """A transaction on a ``sqlite3`` connection (see :class:`SqliteLink`)."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        return self._connection.execute(sql, params or {}).fetchall()

    def run(self, sql: str, params: Params | None = None) -> int:
        return self._connection.execute(sql, params or {}).rowcount

    def run_many(self, sql: str, params: Sequence[Params]) -> None:
        if params:
            self._connection.executemany(sql, params)


def configure_sqlite(connection: Any) -> None:
    """The settings every connection to the history database gets (a DB-API
    ``sqlite3`` connection): WAL, ``synchronous=FULL``, foreign keys, busy timeout; and
    no transactions begun by the driver (the caller says ``BEGIN IMMEDIATE``).

    Shared with the SQLAlchemy engine (``storage.engine``), see its docstring for why.
    """
    connection.isolation_level = None
    cursor = connection.cursor()
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        # Switching to WAL needs an exclusive lock, and SQLite reports "locked" at once,
        # without waiting out the busy timeout, when another connection opened the same
        # new file at that moment (a daemon and a cron `check` starting together).
        while True:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    finally:
        cursor.close()


def sqlite_file(url: str) -> str | None:
    """The file of a plain SQLite URL (``sqlite:///path``), else ``None``.

    ``None`` too for anything this module should not open itself: in-memory databases,
    URI filenames and URLs with query options (those go through SQLAlchemy).
    """
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            path = url[len(prefix) :]
            if not path or path == ":memory:" or "?" in path or path.startswith("file:"):
                return None
            # As SQLAlchemy's pysqlite dialect does: a relative path is made absolute.
            return os.path.abspath(path)
    return None


def prepare_sqlite_file(path: str) -> None:
    """Create the database file's directories; refuse places SQLite could not write.

    SQLite itself would say only "unable to open database file", without the path. It
    also needs the directory to be writable, for its journal files, even to read.
    """
    file = Path(path).expanduser()
    file.parent.mkdir(parents=True, exist_ok=True)
    for place in (file.parent, file):
        if place.exists() and not os.access(place, os.R_OK | os.W_OK):
            what = "directory" if place.is_dir() else "file"
            raise PermissionError(
                errno.EACCES, f"the database {what} is not writable for this user", str(place)
            )


class SqliteLink:
    """One ``sqlite3`` connection to the history database, shared by the threads of a
    process one transaction at a time (transactions here are a few statements long)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self.commits = 0  # transactions committed: what group commit saves is countable

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            prepare_sqlite_file(self.path)
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            configure_sqlite(connection)
            self._connection = connection
        return self._connection

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Tx]:
        """A transaction: committed when the block ends, rolled back if it raises.

        Writers begin ``IMMEDIATE`` (they wait for the write lock instead of failing
        later); readers ``DEFERRED`` (in WAL mode they never wait for writers).
        """
        with self._lock:
            connection = self._connect()
            connection.execute("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")
            try:
                yield SqliteTx(connection)
                connection.execute("COMMIT")
                self.commits += 1
            except BaseException:
                # SQLite may have rolled back already (a full disk, say): nothing to undo then.
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the connection (a new one is opened on the next transaction)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


# The newest migration shipped; tests/test_migrations.py keeps it equal to Alembic's head.
HEAD_REVISION = "0007"


def sqlite_revision(link: SqliteLink) -> str | None:
    """The schema revision Alembic recorded in the database (``None`` before the first).

    Read without Alembic or SQLAlchemy: ``storage.engine.migrate`` is needed only when
    this is not the newest revision.
    """
    with link.transaction(read_only=True) as tx:
        if tx.first(_HAS_VERSIONS) is None:
            return None
        rows = tx.rows("SELECT version_num FROM alembic_version")
    return rows[0][0] if len(rows) == 1 else None


_HAS_VERSIONS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
