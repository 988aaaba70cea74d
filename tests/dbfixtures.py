"""Database fixtures: every storage test runs on SQLite and on PostgreSQL.

``db_url`` is parametrised over a fresh SQLite file and a fresh PostgreSQL schema
(at ``$RVR_WATCH_TEST_PG``, default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``;
the schema is selected through ``search_path`` and dropped afterwards). PostgreSQL
tests are skipped when no server answers, unless ``CI=true``: then that is a failure.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from scraper.model import Event, EventStatus, Link, Location, Page, Series
from storage.engine import make_engine, migrate, session_factory
from storage.repo import CheckRecord

PG_URL = os.environ.get("RVR_WATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@functools.cache
def _postgres_error() -> str | None:
    """Why PostgreSQL cannot be used, or ``None`` when it answers."""
    import psycopg

    url = make_url(PG_URL).set(drivername="postgresql")
    try:
        psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=3).close()
    except psycopg.Error as error:
        return str(error).strip()
    return None


def _require_postgres() -> None:
    error = _postgres_error()
    if error is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required under CI=true: {error}")
    pytest.skip(f"no PostgreSQL at {PG_URL}: {error}")


def postgres_schema_url(schema: str) -> str:
    """The test server's URL with ``search_path`` set to ``schema``."""
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'rvr-watch.db'}"
        return
    _require_postgres()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(PG_URL)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield postgres_schema_url(schema)
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture
def db_engine(db_url: str) -> Iterator[Engine]:
    """A migrated engine on ``db_url``."""
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_sessions(db_engine: Engine) -> sessionmaker[Session]:
    """A session factory on the migrated database."""
    return session_factory(db_engine)


# --- sample data for storage tests -------------------------------------------------

BERLIN = dt.timezone(dt.timedelta(hours=1))
T0 = dt.datetime(2025, 10, 1, 8, 0, tzinfo=dt.UTC)
PAGE_URL = "https://rvr.example/fachkraefte-reihe"


def sample_event(
    key: str = "2025-11-27-wasserstoff",
    title: str = "Karriere in GE? Mach’s mit Wasserstoff!",
    day: dt.date = dt.date(2025, 11, 27),
    hour: int | None = 17,
    *,
    status: EventStatus = "upcoming",
    venue: str = "H2PopUpLab",
) -> Event:
    """An event like the series publishes them (times with a +01:00 offset)."""
    start = dt.datetime.combine(day, dt.time(hour), BERLIN) if hour is not None else None
    return Event(
        key=key,
        status=status,
        title=title,
        date=day,
        start=start,
        end=start + dt.timedelta(hours=2) if start else None,
        location=Location(venue=venue, city="Gelsenkirchen", text=f"{venue}, Gelsenkirchen"),
        links=(Link("Programm", "https://rvr.example/programm.pdf", "172 KB"),),
    )


def sample_page(*events: Event) -> Page:
    return Page(url=PAGE_URL, series=Series("Fachkräfte-Reihe 2025"), events=events)


def good_check(
    page: Page, at: dt.datetime, body: bytes | None = None, outcome: str = "changed"
) -> CheckRecord:
    """A successful 200 check of ``page`` (body defaults to one derived from the page)."""
    return CheckRecord(
        started_at=at,
        duration_ms=412,
        outcome=outcome,
        http_status=200,
        body=body if body is not None else repr(page).encode(),
        content_type="text/html; charset=utf-8",
        etag=f'"etag-{at.timestamp():.0f}"',
        last_modified="Wed, 01 Oct 2025 08:00:00 GMT",
        final_url=PAGE_URL,
        page=page,
    )


def failed_check(at: dt.datetime, error: str = "timed out after 30 s") -> CheckRecord:
    return CheckRecord(started_at=at, duration_ms=30000, outcome="failed", error=error)


def run_together(
    work: Callable[[Engine], object], engines: Sequence[Engine]
) -> list[BaseException]:
    """Run ``work`` on each engine in its own thread, all released at the same moment,
    as processes starting together would; returns what they raised."""
    start = threading.Barrier(len(engines))
    errors: list[BaseException] = []

    def one(engine: Engine) -> None:
        start.wait()
        try:
            work(engine)
        except BaseException as error:  # reported to the caller
            errors.append(error)

    threads = [threading.Thread(target=one, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors
