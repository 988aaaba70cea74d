"""Engines and sessions for the history database, and running its migrations.

One code path serves SQLite (the default) and PostgreSQL (``postgresql+psycopg://``).

SQLite is set up for a single machine with a daemon and one-shot commands writing
at the same time:

* WAL journal, ``synchronous=FULL`` (a committed check survives a power cut),
  foreign keys enforced, a 30 s busy timeout.
* Transactions start with ``BEGIN IMMEDIATE``. In WAL mode a deferred transaction
  that reads and then writes fails at once with "database is locked" when another
  writer got in between, whatever the busy timeout; taking the write lock at BEGIN
  makes it wait instead. This follows SQLAlchemy's documented pysqlite recipe:
  pysqlite's own transaction handling is switched off (``isolation_level = None``)
  and the ``begin`` event emits BEGIN itself. Sessions made with
  ``session_factory(engine, read_only=True)`` begin ``DEFERRED`` and so never wait
  for writers.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from storage.sql import BUSY_TIMEOUT_S, HEAD_REVISION, configure_sqlite, prepare_sqlite_file

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

_READ_ONLY = "rvr_read_only"


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings this project relies on.

    For a SQLite file the parent directories are created. PostgreSQL URLs given as
    ``postgresql://`` are used with the psycopg (3) driver.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:"):
        prepare_sqlite_file(database)
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy (not pysqlite) decide where transactions begin.
        configure_sqlite(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")

    return engine


def session_factory(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; ``read_only`` ones do not take SQLite's write lock.

    ``expire_on_commit`` is off so rows read in a transaction stay usable after it.
    (The ORM is imported here, not at the top: a check that ends in a 304 uses Core
    connections only.)
    """
    from sqlalchemy.orm import sessionmaker  # noqa: PLC0415

    bind = engine.execution_options(**{_READ_ONLY: True}) if read_only else engine
    return sessionmaker(bind=bind, expire_on_commit=False)


def reader(engine: Engine) -> Engine:
    """``engine`` for read-only transactions: on SQLite they never wait for writers."""
    return engine.execution_options(**{_READ_ONLY: True})


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config  # noqa: PLC0415 - heavy, only when migrating

    config = Config()
    location = resources.files("storage") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["connection"] = connection
    return config


class MigrationFailed(Exception):
    """The schema could not be migrated: an unknown stored revision, or Alembic refused.

    Raised by :func:`migrate_in_child` with the child's one-line reason.
    """


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest) with Alembic.

    The migrations ship inside the package, so no ``alembic.ini`` is needed. A database
    already at the newest revision is recognised without importing Alembic (every
    command opens the database; that keeps start-up and memory small). On PostgreSQL an
    advisory lock serialises processes that start together on a fresh database.
    """
    stored = _stored_revision(engine)
    if revision == "head" and stored == HEAD_REVISION:
        return
    from alembic import command  # noqa: PLC0415
    from alembic.util import CommandError  # noqa: PLC0415

    if stored is not None and stored not in known_revisions():
        raise MigrationFailed(
            f"the database is at schema revision {stored!r}, which this version of "
            "rvr-watch does not know (was it written by a newer version?)"
        )
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            command.upgrade(_alembic_config(connection), revision)
    except CommandError as error:  # a bad revision argument, a broken history
        raise MigrationFailed(str(error)) from error


def known_revisions() -> set[str]:
    """Every schema revision this package ships a migration for."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    location = resources.files("storage") / "migrations"
    return {script.revision for script in ScriptDirectory(str(location)).walk_revisions()}


def migrate_in_child(engine: Engine) -> bool:
    """:func:`migrate` to the newest revision in a short-lived child process.

    For long-running processes: Alembic and the template engine it loads cost ≈ 11 MB
    that the daemon would keep for its whole life, for migrations that run once, at its
    first start or after an upgrade. A database already at the newest revision needs no
    child. Returns whether a migration ran. An in-memory SQLite database cannot be
    reached from another process and is migrated here.
    """
    if _stored_revision(engine) == HEAD_REVISION:
        return False
    if engine.url.get_backend_name() == "sqlite" and engine.url.database in (None, "", ":memory:"):
        migrate(engine)
        return True
    package_root = Path(__file__).resolve().parent.parent
    # -P: nothing from the working directory may shadow the package; the URL (which may
    # hold a password) goes through stdin, not the command line other users can read.
    completed = subprocess.run(
        [sys.executable, "-P", "-c", _CHILD_CODE, str(package_root)],
        input=engine.url.render_as_string(hide_password=False),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        raise MigrationFailed(lines[-1] if lines else f"exit status {completed.returncode}")
    return True


_CHILD_CODE = """
import sys
sys.path.insert(0, sys.argv[1])
from storage.engine import migrate_from_stdin
raise SystemExit(migrate_from_stdin())
"""


def migrate_from_stdin() -> int:
    """The child of :func:`migrate_in_child`: migrate the database whose URL is on stdin.

    Returns the exit status; a failure is one line on stderr, not a traceback.
    """
    engine = make_engine(sys.stdin.read())
    try:
        migrate(engine)
    except MigrationFailed as error:
        print(error, file=sys.stderr)
        return 1
    except Exception as error:  # reported to the parent, which raises MigrationFailed
        original = getattr(error, "orig", None) or error
        detail = str(original).strip().splitlines()
        print(f"{type(original).__name__}: {detail[0] if detail else ''}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


# Any constant key works; it only has to be the same for every rvr-watch process.
_MIGRATION_LOCK = 0x7276_7277  # "rvrw"


def _stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version``, or ``None`` if there is no such table yet."""
    from sqlalchemy import inspect, text  # noqa: PLC0415

    with engine.execution_options(**{_READ_ONLY: True}).connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema back to ``revision`` (default: empty). For tests and rollbacks."""
    from alembic import command  # noqa: PLC0415

    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, ``None`` for an empty database."""
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with engine.execution_options(**{_READ_ONLY: True}).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this package."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    location = resources.files("storage") / "migrations"
    return ScriptDirectory(str(location)).get_current_head()
