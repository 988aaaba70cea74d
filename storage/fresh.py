"""A new SQLite database made from the schema of the newest migration, without Alembic.

The first ``rvr-watch check`` on a new SQLite file would otherwise import Alembic and
SQLAlchemy and run every migration, which is most of what a first run costs before
it fetches anything. A new, empty SQLite file is instead given the schema the
migrations end with (``storage/schema_sqlite.sql``), the ``alembic_version`` row of the
newest revision and the instance row migration 0006 makes, in one transaction. From
then on Alembic migrates it as any other database. PostgreSQL is always migrated by
Alembic.

``python -m storage.fresh`` writes the schema file from the migrations;
``tests/test_migrations.py`` holds the two equal, object by object.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from importlib import resources

from storage.sql import HEAD_REVISION, SqliteLink, Tx

SCHEMA_FILE = "schema_sqlite.sql"
_SEPARATOR = "\n;\n"
# Tables before what refers to them; indexes, views and triggers after.
_ORDER = "CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END"


def schema_statements() -> list[str]:
    """The shipped ``CREATE`` statements, in the order they are run."""
    text = (resources.files("storage") / SCHEMA_FILE).read_text(encoding="utf-8")
    return [statement.strip() for statement in text.split(_SEPARATOR) if statement.strip()]


def create_if_new(link: SqliteLink, now: dt.datetime | None = None) -> bool:
    """Give an empty database the newest schema; ``False`` (and no change) if it has
    any table already. Processes starting together: one creates, the others see it."""
    with link.transaction() as tx:
        if tx.first("SELECT 1 FROM sqlite_master WHERE type = 'table'") is not None:
            return False
        for statement in schema_statements():
            tx.run(statement)
        tx.run("INSERT INTO alembic_version (version_num) VALUES (:head)", {"head": HEAD_REVISION})
        at = tx.time(now or dt.datetime.now(dt.UTC))
        tx.run(
            "INSERT INTO instance (id, instance_id, created_at) VALUES (1, :id, :at)",
            {"id": uuid.uuid4().hex, "at": at},
        )
    return True


def dump_schema(tx: Tx) -> str:
    """The schema of the database of ``tx`` as the schema file holds it."""
    rows = tx.rows(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        f" ORDER BY {_ORDER}, rowid"
    )
    header = (
        "-- The SQLite schema the migrations end with (revision "
        f"{HEAD_REVISION}); written by `python -m storage.fresh`, do not edit.\n"
    )
    return header + "".join(sql + _SEPARATOR for (sql,) in rows)


def _write_schema_file() -> None:
    """Migrate a new temporary SQLite file with Alembic and write its schema."""
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from storage.engine import make_engine, migrate  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.db"
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine)
        engine.dispose()
        link = SqliteLink(str(path))
        with link.transaction(read_only=True) as tx:
            text = dump_schema(tx)
        link.close()
    target = Path(__file__).with_name(SCHEMA_FILE)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    _write_schema_file()
