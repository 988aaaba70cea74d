"""``rvr-watch changes``: detected changes and monitor alerts, newest first."""

from __future__ import annotations

import argparse
import sys

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print the changes (``--since`` a day in the configured timezone, ``--page``)."""
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output import exports
    from rvr_watch.output.tables import format_csv, format_json, format_table
    from storage.queries import list_changes

    config = config_for(args.config)
    since = exports.parse_since(args.since, config.timezone)
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            exports.check_page_name(session, (p.name for p in config.pages), args.page)
            changes = list_changes(session, since=since, page=args.page)
    finally:
        database.engine.dispose()
    if args.format == "json":
        print(format_json([exports.change_json(change) for change in changes]))
    elif args.format == "csv":
        rows = exports.spreadsheet_safe(exports.change_row(change) for change in changes)
        sys.stdout.write(format_csv(rows, exports.CHANGE_CSV_COLUMNS))
    else:
        rows = [exports.change_row(change) for change in changes]
        print(format_table(rows, exports.CHANGE_TABLE_COLUMNS))
    return EXIT_OK
