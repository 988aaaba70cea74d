"""``rvr-watch subscribers``: the website's self-service subscribers; list or remove them."""

from __future__ import annotations

import argparse
from typing import Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK, UsageError

COLUMNS = (
    ("id", "id"),
    ("email", "address"),
    ("kinds", "kinds"),
    ("language", "language"),
    ("confirmed_at", "confirmed (UTC)"),
)


def run(args: argparse.Namespace) -> int:
    """List confirmed subscribers, or ``--remove`` some (by id or address)."""
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output.tables import format_json, format_table
    from storage import web_subscribers as store

    config = config_for(args.config)
    database = open_database(config.database)
    try:
        if args.remove:
            with database.sessions.begin() as session:
                ids = [_find(session, item) for item in args.remove]
                removed = store.remove(session, ids)
            print(f"removed {removed} subscriber{'s' if removed != 1 else ''}")
            return EXIT_OK
        with database.sessions() as session:
            found = store.list_subscribers(session)
    finally:
        database.dispose()
    rows: list[dict[str, Any]] = [
        {
            "id": s.id,
            "email": s.email,
            "kinds": sorted(s.kinds),
            "language": s.language,
            "confirmed_at": s.confirmed_at,
        }
        for s in found
    ]
    if args.format == "json":
        print(format_json(rows))
    else:
        table = [
            {
                **row,
                "kinds": ", ".join(row["kinds"]),
                "confirmed_at": f"{row['confirmed_at']:%Y-%m-%d %H:%M}",
            }
            for row in rows
        ]
        print(format_table(table, COLUMNS))
    return EXIT_OK


def _find(session: object, item: str) -> int:
    from sqlalchemy.orm import Session

    from storage import web_subscribers as store

    assert isinstance(session, Session)
    found = (
        store.get_subscriber(session, int(item))
        if item.isdigit()
        else store.find_subscriber(session, item)
    )
    if found is None:
        raise UsageError(f"--remove: no subscriber {item!r} (see `rvr-watch subscribers`)")
    return found.id
