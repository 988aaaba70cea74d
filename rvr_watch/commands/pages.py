"""``rvr-watch pages``: the configured pages, with their schedule and their state."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK

COLUMNS = (
    ("page", "page"),
    ("health", "health"),
    ("schedule", "schedule"),
    ("parser", "parser"),
    ("last_check_at", "last check (UTC)"),
    ("last_outcome", "outcome"),
    ("next_check_at", "next check (UTC)"),
    ("url", "url"),
)


def run(args: argparse.Namespace) -> int:
    """Print one row per configured page; a missing database means none was checked yet."""
    from rvr_watch.commands.reading import NoDatabase, read_history
    from rvr_watch.commands.status import status_rows
    from rvr_watch.engine.health import DEFAULT_GRACE
    from rvr_watch.output.tables import format_json, format_table
    from storage.queries import page_status

    config = config_for(args.config)
    try:
        stored = read_history(config, lambda s: {p.name: p for p in page_status(s)})
    except NoDatabase:
        stored = {}
    rows = status_rows(config, stored, dt.datetime.now(dt.UTC), DEFAULT_GRACE)
    pages = {page.name: page for page in config.pages}
    listed = [_row(row, pages[row["page"]].schedule, pages[row["page"]].parser) for row in rows]
    if args.format == "json":
        print(format_json(listed))
    else:
        print(format_table([_shown(row) for row in listed], COLUMNS))
    return EXIT_OK


def _row(status: dict[str, Any], schedule: str, parser: str) -> dict[str, Any]:
    keep = ("page", "url", "health", "last_check_at", "last_outcome", "next_check_at")
    return {**{key: status[key] for key in keep}, "schedule": schedule, "parser": parser}


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    shown = dict(row)
    shown["health"] = row["health"].replace("_", " ")
    for key in ("last_check_at", "next_check_at"):
        shown[key] = f"{row[key]:%Y-%m-%d %H:%M}" if row[key] else "never"
    shown["last_outcome"] = (row["last_outcome"] or "-").replace("_", " ")
    return shown
