"""``rvr-watch events``: the current events from the history database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print the events (upcoming by default, ``--all`` for every one) in ``--format``.

    The calendar feed (``ics``) also carries cancelled dates that have not passed, with
    ``STATUS:CANCELLED``, so a subscribed calendar strikes them out instead of dropping them.
    """
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.output import exports
    from rvr_watch.output.tables import format_csv, format_json, format_table
    from storage.queries import list_events

    config = config_for(args.config)
    today = dt.datetime.now(config.timezone).date()
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            exports.check_page_name(session, (p.name for p in config.pages), args.page)
            if args.format == "ics":
                stored = list_events(session, args.page, include_all=True)
                chosen = stored if args.all else exports.calendar_selection(stored, today)
                feed = exports.calendar_feed(session, chosen, tz=config.timezone)
            else:
                chosen = list_events(session, args.page, include_all=args.all, today=today)
    finally:
        database.engine.dispose()
    if args.format == "ics":
        sys.stdout.flush()
        sys.stdout.buffer.write(feed)  # CRLF line ends as RFC 5545 wants, untranslated
        sys.stdout.buffer.flush()
    elif args.format == "json":
        print(format_json([exports.event_json(stored) for stored in chosen]))
    elif args.format == "csv":
        rows = exports.spreadsheet_safe(exports.event_row(stored) for stored in chosen)
        sys.stdout.write(format_csv(rows, exports.EVENT_CSV_COLUMNS))
    else:
        rows = [exports.event_row(stored) for stored in chosen]
        print(format_table(rows, exports.EVENT_TABLE_COLUMNS))
    return EXIT_OK
