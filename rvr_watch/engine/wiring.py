"""Wiring: turns a ``Config`` into the live parts a command needs (database, fetcher, sender).

The only place that builds I/O objects from configuration; the pipeline receives
them ready-made, so tests can hand in their own.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    """Who holds a lease or a claim: host, process and a random part, for the logs."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Database:
    """An open, migrated history database."""

    engine: Engine
    sessions: sessionmaker[Session]


def open_database(url: str, *, migrate_in_child: bool = False) -> Database:
    """Open the database at ``url`` and bring its schema to the newest migration.

    ``migrate_in_child``: for the daemon, which should not keep Alembic in memory for a
    migration it runs at most once (see :func:`storage.engine.migrate_in_child`).
    """
    from storage import engine as storage

    engine = storage.make_engine(url)
    if not migrate_in_child:
        storage.migrate(engine)
    elif storage.migrate_in_child(engine):
        log.info("database schema migrated to revision %s", storage.HEAD_REVISION)
    return Database(engine=engine, sessions=storage.session_factory(engine))


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
        store = DatabaseRobotsStore(database.sessions) if database else None
        robots = RobotsPolicy(user_agent=settings.user_agent, store=store)
    with make_client(settings) as client:
        yield Fetcher(client, settings, robots=robots)
