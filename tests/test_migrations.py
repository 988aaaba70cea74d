"""Migrations: up from empty, down to base, up again; and they match storage.schema.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

from importlib import resources

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from dbfixtures import run_together
from sqlalchemy import inspect

from storage.engine import current_revision, downgrade, head_revision, make_engine, migrate
from storage.schema import Base

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
    from storage.engine import HEAD_REVISION

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
