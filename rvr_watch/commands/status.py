"""``rvr-watch status``: each page's health, next check and pending deliveries."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from rvr_watch.config.model import Config
    from storage.queries import PageStatus

COLUMNS = [
    ("page", "page"),
    ("health", "health"),
    ("last_check_at", "last check (UTC)"),
    ("last_outcome", "outcome"),
    ("last_success_at", "last success (UTC)"),
    ("consecutive_failures", "failures"),
    ("snapshots", "snapshots"),
    ("pending_deliveries", "pending"),
    ("failed_deliveries", "failed"),
    ("next_check_at", "next check (UTC)"),
]


def run(args: argparse.Namespace) -> int:
    """Print the status table or JSON; exit 1 when a page is at or over its threshold."""
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output.tables import format_json, format_table
    from storage.queries import page_status

    config = config_for(args.config)
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            stored = {status.name: status for status in page_status(session)}
    finally:
        database.engine.dispose()
    rows = status_rows(config, stored, dt.datetime.now(dt.UTC))
    if args.format == "json":
        print(format_json({"pages": rows, "healthy": all(r["healthy"] for r in rows)}))
    else:
        print(format_table([_table_row(row) for row in rows], COLUMNS))
        for row in rows:
            for failure in row["failed_delivery_reasons"]:
                print(f"{row['page']}: delivery to {failure} failed for good")
            if row["last_error"] and not row["healthy"]:
                print(f"{row['page']}: {row['last_error']}")
    return EXIT_OK if all(row["healthy"] for row in rows) else EXIT_FAILED


def status_rows(
    config: Config, stored: dict[str, PageStatus], now: dt.datetime
) -> list[dict[str, Any]]:
    """One row per configured page (pages never checked included), JSON-able."""
    from rvr_watch.engine.triggers import next_check_times

    next_checks = next_check_times(config, now)
    rows = []
    for page in config.pages:
        status = stored.get(page.name)
        failures = status.consecutive_failures if status else 0
        next_check = next_checks.get(page.name)
        failed = status.failed_deliveries if status else ()
        rows.append(
            {
                "page": page.name,
                "url": page.url,
                "healthy": failures < page.error_threshold,
                "last_check_at": status.last_check_at if status else None,
                "last_outcome": status.last_outcome if status else None,
                "last_error": status.last_error if status else None,
                "last_success_at": status.last_success_at if status else None,
                "consecutive_failures": failures,
                "error_threshold": page.error_threshold,
                "failing_since": status.failing_since if status else None,
                "checks": status.checks if status else 0,
                "snapshots": status.snapshots if status else 0,
                "pending_deliveries": status.pending_deliveries if status else 0,
                "failed_deliveries": len(failed),
                "failed_delivery_reasons": [f"{f.subscriber}: {f.last_error}" for f in failed],
                "next_check_at": next_check.astimezone(dt.UTC) if next_check else None,
            }
        )
    return rows


def _table_row(row: dict[str, Any]) -> dict[str, Any]:
    shown = dict(row)
    shown["health"] = "ok" if row["healthy"] else "FAILING"
    for key in ("last_check_at", "last_success_at", "next_check_at"):
        moment = row[key]
        shown[key] = f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "never"
    shown["last_outcome"] = (row["last_outcome"] or "-").replace("_", " ")
    return shown
