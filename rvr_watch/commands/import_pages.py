"""``rvr-watch import SOURCE... --page NAME``: backfill history from saved HTML or WARC files."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from rvr_watch.engine.backfill import Imported


def run(args: argparse.Namespace) -> int:
    """Import the versions in date order; progress on stderr, a summary on stdout.

    Exit 0 when every version was imported (or already was), 1 when some were rejected
    (older than the stored history, or dated in the future).
    """
    from rvr_watch.engine.backfill import collect_versions, import_versions
    from rvr_watch.engine.wiring import holder_id, open_database

    config = config_for(args.config)
    page = next((p for p in config.pages if p.name == args.page), None)
    if page is None:
        known = ", ".join(p.name for p in config.pages)
        raise UsageError(
            f"--page: no page named {args.page!r} in the configuration (known: {known})"
        )
    versions, notes = collect_versions(
        args.sources,
        page.url,
        config.timezone,
        date_pattern=args.date_pattern,
        date=args.date,
    )
    for note in notes:
        print(note, file=sys.stderr)
    database = open_database(config.database)
    try:
        report = import_versions(
            database.sessions,
            page,
            versions,
            config.timezone,
            holder=holder_id(),
            on_progress=_progress,
        )
    finally:
        database.engine.dispose()
    for result in report.rejected:
        print(f"rejected {result.version.source}: {result.message}", file=sys.stderr)
    print(report.summary())
    return EXIT_FAILED if report.rejected else EXIT_OK


def _progress(number: int, total: int, result: Imported) -> None:
    when = f"{result.version.at:%Y-%m-%d %H:%M} UTC"
    what: str = result.outcome
    if result.changes:
        what += f", {result.changes} change{'s' if result.changes != 1 else ''}"
    elif result.outcome == "refused" and result.message:
        what += f": {result.message}"
    print(f"imported {number}/{total} {when} {result.version.source}: {what}", file=sys.stderr)
