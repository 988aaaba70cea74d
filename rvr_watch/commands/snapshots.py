"""``rvr-watch snapshots``: the stored versions (distinct bodies) of the pages."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COLUMNS = (
    ("id", "id"),
    ("page", "page"),
    ("first_seen_at", "first seen (UTC)"),
    ("sha256", "sha256"),
    ("size", "size"),
    ("events", "events"),
    ("checks", "checks"),
)
CSV_COLUMNS = tuple((key, key) for key, _ in COLUMNS)
HASH_PREFIX = 12


def run(args: argparse.Namespace) -> int:
    """Print one line per snapshot, oldest first."""
    from rvr_watch.commands.reading import read_history
    from rvr_watch.output import exports
    from rvr_watch.output.tables import format_csv, format_json, format_table
    from storage.queries import SnapshotInfo, list_snapshots

    config = config_for(args.config)

    def read(session: Session) -> list[SnapshotInfo]:
        exports.check_page_name(session, (p.name for p in config.pages), args.page)
        return list_snapshots(session, args.page)

    rows = [dataclasses.asdict(info) for info in read_history(config, read)]
    if args.format == "json":
        print(format_json(rows))
    elif args.format == "csv":
        sys.stdout.write(format_csv(rows, CSV_COLUMNS))
    else:
        shown = [
            {
                **row,
                "first_seen_at": f"{row['first_seen_at']:%Y-%m-%d %H:%M}",
                "sha256": str(row["sha256"])[:HASH_PREFIX],
                "events": "refused" if row["events"] is None else row["events"],
            }
            for row in rows
        ]
        print(format_table(shown, COLUMNS))
    return EXIT_OK
