"""Alembic environment: runs on the connection handed in by ``storage.engine``.

``storage.engine.migrate(engine)`` puts an open connection into
``config.attributes["connection"]``. For developer use with the ``alembic``
command (e.g. ``alembic -x url=sqlite:///dev.db revision --autogenerate``) a URL
may be given with ``-x url=...`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.engine import make_engine
from storage.schema import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("give the database with -x url=... or use storage.engine.migrate()")
    engine = make_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


_main()
