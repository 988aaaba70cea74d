"""Wiring: turns a ``Config`` into the live parts a command needs (database, fetcher, sender).

The only place that builds I/O objects from configuration; the pipeline receives
them ready-made, so tests can hand in their own.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from storage.sql import HEAD_REVISION, SqliteLink, Tx, sqlite_file, sqlite_revision

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from rvr_watch.config.model import Config, HttpConfig
    from scraper.fetch import Fetcher, FetchSettings

log = logging.getLogger(__name__)


def fetch_settings(http: HttpConfig | None) -> FetchSettings:
    """The fetcher's settings from the ``http:`` section (defaults without one)."""
    from rvr_watch.config.model import DEFAULT_USER_AGENT
    from scraper.fetch import FetchSettings

    if http is None:
        return FetchSettings(user_agent=DEFAULT_USER_AGENT)
    return FetchSettings(
        user_agent=http.user_agent,
        timeout_s=http.timeout_s,
        max_bytes=http.max_bytes,
        robots=http.robots,
    )


def holder_id() -> str:
    """Who holds a lease or a claim: ``host:pid:random``, so a lease of a process that
    died on this host can be taken over at once (:func:`storage.lease.holder_is_gone`)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Database:
    """An open, migrated history database: plain-SQL transactions (``storage.sql``), and
    its SQLAlchemy engine and ORM sessions on demand.

    On a SQLite file, :meth:`transaction` runs on the standard library's ``sqlite3``,
    and SQLAlchemy is imported only when the engine is first used: a check that ends
    in a 304 never needs it. Anything else (PostgreSQL, in-memory SQLite) runs its
    plain-SQL transactions on the engine.
    """

    def __init__(self, engine: Engine | None = None, *, url: str | None = None) -> None:
        if engine is not None:
            url = engine.url.render_as_string(hide_password=False)
        if url is None:
            raise TypeError("Database needs an engine or a URL")
        self.url = url
        self._engine = engine
        path = sqlite_file(url)
        self.link = SqliteLink(path) if path else None
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, on first use)."""
        with self._lock:
            if self._engine is None:
                from storage.engine import make_engine

                self._engine = make_engine(self.url)
            return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions bound to the engine (read-write)."""
        if self._sessions is None:
            from storage.engine import session_factory

            self._sessions = session_factory(self.engine)
        return self._sessions

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Tx]:
        """A plain-SQL transaction, committed when the block ends (see ``storage.sql``).

        Never open one inside a transaction of the engine in the same thread: on SQLite
        they are two connections, and the inner one would wait for the outer's lock.
        """
        if self.link is not None:
            with self.link.transaction(read_only=read_only) as tx:
                yield tx
            return
        from storage.engine import reader
        from storage.sql_alchemy import AlchemyTx

        engine = reader(self.engine) if read_only else self.engine
        with engine.begin() as connection:
            yield AlchemyTx(connection)

    def dispose(self) -> None:
        """Close the connections (the engine's pool and the plain one)."""
        if self.link is not None:
            self.link.close()
        if self._engine is not None:
            self._engine.dispose()


def open_database(url: str, *, migrate_in_child: bool = False) -> Database:
    """Open the database at ``url`` and bring its schema to the newest migration.

    ``migrate_in_child``: for the daemon, which should not keep Alembic in memory for a
    migration it runs at most once (see :func:`storage.engine.migrate_in_child`).
    """
    database = Database(url=url)
    if database.link is not None:
        # The usual cases, known or done without SQLAlchemy or Alembic: a database at the
        # newest revision, and a new file (given the newest schema, storage.fresh).
        revision = sqlite_revision(database.link)
        if revision == HEAD_REVISION:
            return database
        from storage.fresh import create_if_new

        if revision is None and create_if_new(database.link):
            log.info("new database created at schema revision %s", HEAD_REVISION)
            return database
    from storage import engine as storage

    if not migrate_in_child:
        storage.migrate(database.engine)
    elif storage.migrate_in_child(database.engine):
        log.info("database schema migrated to revision %s", HEAD_REVISION)
    return database


@contextmanager
def open_fetcher(config: Config, database: Database | None = None) -> Iterator[Fetcher]:
    """A fetcher with its own HTTP client (closed on exit).

    With a database, robots.txt copies are kept there, so a page is not preceded by a
    robots.txt request on every cron run; without one they live as long as the process.
    """
    from rvr_watch.engine.robots_store import DatabaseRobotsStore
    from scraper.fetch import Fetcher, make_client
    from scraper.robots import RobotsPolicy

    settings = fetch_settings(config.http)
    robots = None
    if settings.robots:
        store = DatabaseRobotsStore(database) if database else None
        robots = RobotsPolicy(user_agent=settings.user_agent, store=store)
    with make_client(settings) as client:
        yield Fetcher(client, settings, robots=robots)
