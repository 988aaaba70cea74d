"""Migrations: up from empty, down to base, up again; and they match storage.schema.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from dbfixtures import run_together
from sqlalchemy import inspect, text

from rvr_watch.engine.wiring import open_database
from storage.engine import current_revision, downgrade, head_revision, make_engine, migrate
from storage.fresh import schema_statements
from storage.schema import Base
from storage.sql import HEAD_REVISION, SqliteLink, Tx, sqlite_file

TABLES = {
    "pages",
    "page_state",
    "checks",
    "snapshots",
    "events",
    "event_versions",
    "changes",
    "deliveries",
    "leases",
    "robots",
    "daemons",  # 0003 (operator)
    "instance",  # 0006 (notify)
    "web_subscribers",  # 0007
    "web_signups",
    "web_keys",
    "blobs",
}


def _tables(engine_url: str) -> set[str]:
    engine = make_engine(engine_url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        migrate(engine)
        assert current_revision(engine) == head_revision() == "0007"
        assert _tables(db_url) == TABLES
        downgrade(engine)
        assert current_revision(engine) is None
        assert _tables(db_url) == set()
        migrate(engine)
        migrate(engine)  # already at head: nothing to do
        assert current_revision(engine) == "0007"
        assert _tables(db_url) == TABLES
    finally:
        engine.dispose()


def test_migrations_create_exactly_the_declared_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_every_column_is_documented() -> None:
    undocumented = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if not column.comment
    ]
    assert undocumented == []
    assert all(table.comment for table in Base.metadata.tables.values())


def test_migrations_ship_inside_the_package() -> None:
    migrations = resources.files("storage") / "migrations"
    names = {entry.name for entry in migrations.iterdir()}
    assert {"__init__.py", "env.py", "script.py.mako", "versions"} <= names
    versions = {entry.name for entry in (migrations / "versions").iterdir()}
    assert {"__init__.py", "0001_initial.py", "0002_analyst_views.py"} <= versions


def test_the_head_constant_is_alembics_head() -> None:

    assert head_revision() == HEAD_REVISION


def test_processes_starting_together_on_a_fresh_database_all_migrate(db_url: str) -> None:
    # Separate engines are separate connections, as separate processes would have.
    engines = [make_engine(db_url) for _ in range(4)]
    errors = run_together(migrate, engines)
    try:
        assert errors == []
        assert {current_revision(engine) for engine in engines} == {head_revision()}
    finally:
        for engine in engines:
            engine.dispose()


_MIGRATE_IN_CHILD = """
import sys
from storage.engine import make_engine, migrate_in_child
engine = make_engine(sys.argv[1])
print(migrate_in_child(engine), migrate_in_child(engine), "alembic" in sys.modules)
"""


def test_migrating_in_a_child_keeps_alembic_out_of_the_caller(db_url: str) -> None:
    # A fresh interpreter, as the daemon is: this test process has Alembic loaded anyway.
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _MIGRATE_IN_CHILD, db_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    # Migrated the first time, nothing to do the second; Alembic never imported here.
    assert result.stdout.split() == ["True", "False", "False"]
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert _tables(db_url) == TABLES
    finally:
        engine.dispose()


def test_a_failed_migration_in_a_child_raises_the_childs_reason(db_url: str) -> None:
    import pytest
    from sqlalchemy import text

    from storage.engine import MigrationFailed, migrate_in_child

    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:  # a revision this version does not know
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
        with pytest.raises(MigrationFailed, match=r"revision '9999'.*newer version"):
            migrate_in_child(engine)
        with pytest.raises(MigrationFailed, match=r"revision '9999'.*newer version"):
            migrate(engine)  # the same reason in this process
    finally:
        engine.dispose()


def _schema(url: str) -> tuple[dict[str, object], list[tuple[str]]]:
    """The schema as SQLite describes it, and the revision. Migrations that recreate a
    table (Alembic's batch mode) may write its constraints in another order each time,
    so tables are compared by their columns (in order), keys, indexes and checks."""
    link = SqliteLink(str(sqlite_file(url)))
    try:
        with link.transaction(read_only=True) as tx:
            return _described(tx), tx.rows("SELECT version_num FROM alembic_version")
    finally:
        link.close()


def _described(tx: Tx) -> dict[str, object]:
    described: dict[str, object] = {}
    objects = tx.rows(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    )
    for kind, name, sql in objects:
        if kind != "table":
            described[f"{kind} {name}"] = sql
            continue
        described[f"table {name}"] = (
            tx.rows(f'PRAGMA table_info("{name}")'),
            sorted(tx.rows(f'PRAGMA foreign_key_list("{name}")')),
            sorted(
                (index, unique, tuple(tx.rows(f'PRAGMA index_info("{index}")')))
                for _seq, index, unique, _origin, _partial in tx.rows(
                    f'PRAGMA index_list("{name}")'
                )
                if not index.startswith("sqlite_autoindex")
            ),
            sorted(re.findall(r"CONSTRAINT (\w+) CHECK \((.*)\)", sql)),
            sorted(re.findall(r"CONSTRAINT (\w+) UNIQUE \((.*?)\)", sql)),
        )
    return described


def test_a_new_sqlite_file_gets_exactly_the_schema_the_migrations_make(tmp_path: Path) -> None:
    migrated, fresh = f"sqlite:///{tmp_path / 'migrated.db'}", f"sqlite:///{tmp_path / 'new.db'}"
    engine = make_engine(migrated)
    migrate(engine)
    engine.dispose()
    open_database(fresh).dispose()  # a new file: made from storage/schema_sqlite.sql
    assert _schema(fresh) == _schema(migrated)
    # The instance row of migration 0006, and Alembic agrees on the revision.
    engine = make_engine(fresh)
    try:
        with engine.connect() as connection:
            (instance,) = connection.execute(text("SELECT instance_id FROM instance")).all()
            assert re.fullmatch(r"[0-9a-f]{32}", instance[0])
        assert current_revision(engine) == head_revision()
        migrate(engine)  # nothing left to do, and Alembic finds nothing odd
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_the_shipped_sqlite_schema_is_up_to_date(tmp_path: Path) -> None:
    # A new migration without `python -m storage.fresh` would leave it behind.
    url = f"sqlite:///{tmp_path / 'migrated.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    shipped = SqliteLink(str(tmp_path / "shipped.db"))
    with shipped.transaction() as tx:
        for statement in schema_statements():
            tx.run(statement)
        from_file = _described(tx)
    shipped.close()
    message = "run `python -m storage.fresh` after changing the migrations"
    assert from_file == _schema(url)[0], message


def test_processes_starting_together_on_a_new_sqlite_file_make_it_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            open_database(url).dispose()
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert _schema(url)[1] == [(HEAD_REVISION,)]
