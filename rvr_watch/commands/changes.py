"""``rvr-watch changes``: detected changes and monitor alerts, newest first."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def run(args: argparse.Namespace) -> int:
    """Print the changes (``--since`` a day in the configured timezone, ``--page``)."""
    from rvr_watch.commands.reading import read_history
    from rvr_watch.output import exports
    from rvr_watch.output.tables import format_csv, format_json, format_table
    from storage.queries import StoredChange, list_changes

    config = config_for(args.config)
    since = exports.parse_since(args.since, config.timezone)

    def read(session: Session) -> list[StoredChange]:
        exports.check_page_name(session, (p.name for p in config.pages), args.page)
        return list_changes(session, since=since, page=args.page)

    changes = read_history(config, read)
    if args.format == "json":
        print(format_json([exports.change_json(change) for change in changes]))
    elif args.format == "csv":
        rows = exports.spreadsheet_safe(exports.change_row(change) for change in changes)
        sys.stdout.write(format_csv(rows, exports.CHANGE_CSV_COLUMNS))
    else:
        rows = [exports.change_row(change) for change in changes]
        print(format_table(rows, exports.CHANGE_TABLE_COLUMNS))
    return EXIT_OK
