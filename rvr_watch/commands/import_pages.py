"""``rvr-watch import SOURCE... --page NAME``: backfill history from saved HTML or WARC files."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from rvr_watch.engine.backfill import Imported, ImportReport


def run(args: argparse.Namespace) -> int:
    """Import the versions in date order; a summary on stdout, progress on a terminal
    (one line per version on stderr with ``-v``).

    Exit 0 when every version was imported (or already was), 1 when some were rejected
    (older than the stored history, or dated in the future).
    """
    from rvr_watch.engine.backfill import collect_versions, import_versions
    from rvr_watch.engine.wiring import holder_id, open_database
    from rvr_watch.output.progress import Progress

    config = config_for(args.config)
    page = config.page(args.page)
    versions, notes = collect_versions(
        args.sources,
        page.url,
        config.timezone,
        date_pattern=args.date_pattern,
        date=args.date,
    )
    for note in notes:
        print(note, file=sys.stderr)
    progress = Progress(len(versions))

    def on_progress(number: int, total: int, result: Imported) -> None:
        progress.update(number, result.version.source)
        if args.verbose:
            progress.done()
            print(_line(number, total, result), file=sys.stderr)

    database = open_database(config.database)
    try:
        report = import_versions(
            database.sessions,
            page,
            versions,
            config.timezone,
            holder=holder_id(),
            on_progress=on_progress,
        )
    finally:
        progress.done()
        database.dispose()
    for result in report.rejected:
        print(f"rejected {result.version.source}: {result.message}", file=sys.stderr)
    print(summary(report))
    return EXIT_FAILED if report.rejected else EXIT_OK


def summary(report: ImportReport) -> str:
    """The report's summary line, with why versions were rejected (each reason once)."""
    line = report.summary()
    if not report.rejected:
        return line
    reasons = Counter(result.message or "no reason given" for result in report.rejected)
    why = "; ".join(
        f"{count} × {reason}" if count > 1 else reason for reason, count in reasons.items()
    )
    return f"{line}: {why}"


def _line(number: int, total: int, result: Imported) -> str:
    when = f"{result.version.at:%Y-%m-%d %H:%M} UTC"
    what: str = result.outcome
    if result.changes:
        what += f", {result.changes} change{'s' if result.changes != 1 else ''}"
    elif result.outcome == "refused" and result.message:
        what += f": {result.message}"
    return f"imported {number}/{total} {when} {result.version.source}: {what}"
