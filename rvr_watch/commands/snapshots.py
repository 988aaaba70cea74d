"""``rvr-watch snapshots``: the stored versions (distinct bodies) of the pages."""

from __future__ import annotations

import argparse
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
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output import exports
    from rvr_watch.output.tables import format_csv, format_json, format_table

    config = config_for(args.config)
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            exports.check_page_name(session, (p.name for p in config.pages), args.page)
            rows = snapshot_rows(session, args.page)
    finally:
        database.engine.dispose()
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
                "events": _events(row),
            }
            for row in rows
        ]
        print(format_table(shown, COLUMNS))
    return EXIT_OK


def snapshot_rows(session: Session, page: str | None) -> list[dict[str, object]]:
    """Per snapshot: id, page, first_seen_at, sha256, size (bytes), events (``None`` when
    the page was refused), checks (how many checks saw this body)."""
    from sqlalchemy import func, select

    from storage.schema import CheckRow, PageRow, SnapshotRow

    seen = (
        select(CheckRow.snapshot_id, func.count().label("checks"))
        .where(CheckRow.snapshot_id.is_not(None))
        .group_by(CheckRow.snapshot_id)
        .subquery()
    )
    query = (
        select(SnapshotRow, PageRow.name, seen.c.checks)
        .join(PageRow, PageRow.id == SnapshotRow.page_id)
        .outerjoin(seen, seen.c.snapshot_id == SnapshotRow.id)
    )
    if page is not None:
        query = query.where(PageRow.name == page)
    return [
        {
            "id": snap.id,
            "page": name,
            "first_seen_at": snap.first_seen_at,
            "sha256": snap.sha256,
            "size": snap.size,
            "events": len(snap.parsed.get("events") or []) if snap.parsed is not None else None,
            "checks": checks or 0,
        }
        for snap, name, checks in session.execute(
            query.order_by(SnapshotRow.first_seen_at, SnapshotRow.id)
        )
    ]


def _events(row: dict[str, object]) -> object:
    return "refused" if row["events"] is None else row["events"]
