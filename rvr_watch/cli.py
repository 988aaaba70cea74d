"""The ``rvr-watch`` command line.

Thin by design: each command parses its options, calls one function in
``rvr_watch.commands``, and maps errors to exit statuses. Heavy libraries are
imported inside the commands so ``rvr-watch --help`` starts fast (a test keeps
this module free of them).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from rvr_watch import __version__
from rvr_watch.errors import EXIT_USAGE

DESCRIPTION = """\
Watches the RVR "Fachkräfte-Reihe" page (and pages like it), stores every version
in a history database, and tells subscribers when a date appears, moves, is
cancelled or vanishes.

The configuration is read from --config FILE, else $RVR_WATCH_CONFIG, else
./config.yaml (see docs/configuration.md).
"""

EPILOG = """\
Try it without any setup:   rvr-watch demo
One check from cron:        rvr-watch check
Run as a daemon:            rvr-watch run
Exit statuses: 0 ok, 1 a check failed or a page is unhealthy, 2 usage or
configuration error, 3 not a recognisable series page.
"""


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _add_common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before the command and after it; a command's own default must not undo a
    # value given before it (argparse lets a subparser's defaults win), hence SUPPRESS.
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default(None),
        help="configuration file (default: $RVR_WATCH_CONFIG, else ./config.yaml)",
    )
    parser.add_argument(
        "--env-file",
        metavar="FILE",
        default=default(None),
        help="read environment variables (NAME=value lines, as systemd's EnvironmentFile) "
        "before the configuration; for secrets used as ${NAME} in it",
    )
    parser.add_argument(
        "--log-level",
        default=default(None),
        type=str.upper,
        choices=LOG_LEVELS,
        help="log level for messages on stderr (default: WARNING; INFO for `run`)",
    )
    parser.add_argument(
        "--log-format",
        default=default("text"),
        choices=["text", "json"],
        help="log line format (default: text)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help="log more (-v one level, -vv two)",
    )
    parser.add_argument(
        "-q", "--quiet", action="count", default=default(0), help="log less (-q one level)"
    )


def resolve_log_level(command: str | None, level: str | None, verbose: int, quiet: int) -> str:
    """``--log-level`` if given, else the command's default moved by ``-v``/``-q``."""
    if level:
        return level
    base = LOG_LEVELS.index("INFO" if command == "run" else "WARNING")
    return LOG_LEVELS[min(max(base - verbose + quiet, 0), len(LOG_LEVELS) - 1)]


def _formats(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default=default,
        help=f"output format (default: {default})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command and its help text."""
    parser = argparse.ArgumentParser(
        prog="rvr-watch",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rvr-watch {__version__}")
    _add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure) in _COMMANDS.items():
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _add_common(sub)
        configure(sub)
    return parser


def _configure_parse(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE", help="a saved HTML file or an http(s) URL")
    _formats(parser, ["json", "text"], "text")
    parser.add_argument(
        "--parser", default="rvr-series", metavar="NAME", help="parser (default: rvr-series)"
    )
    parser.epilog = (
        "Exit statuses: 0 parsed; 3 not a recognisable series page (the message says why);\n"
        "2 the file or URL could not be read. No configuration is needed; when one is\n"
        "found its timezone and http settings are used."
    )


def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", metavar="NAME", help="check only this page")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="fetch, parse and diff; print what would be notified; store nothing",
    )
    parser.epilog = (
        "Fetches, parses, stores, diffs and notifies once, then delivers pending\n"
        "notifications. Exit 0 when every page was checked (changed or not), 1 if any failed.\n"
        "Safe to run from cron next to a running daemon. Ctrl-C once: stop after the\n"
        "fetches in flight; twice: stop at once (the pages are free for the next check)."
    )


def _configure_run(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Checks every page on its schedule until SIGTERM or SIGINT, then finishes the\n"
        "check in flight and exits 0. SIGHUP reloads the configuration."
    )


def _configure_events(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", metavar="NAME", help="only this page")
    parser.add_argument(
        "--all", action="store_true", help="include past and cancelled events (default: upcoming)"
    )
    _formats(parser, ["table", "json", "csv", "ics"], "table")
    parser.epilog = (
        "The ics format is a calendar feed: stable UIDs per event, SEQUENCE raised on\n"
        "every change; cancelled dates that have not passed stay in it as CANCELLED so\n"
        "subscribed calendars strike them out. CSV is UTF-8 with one header row."
    )


def _configure_changes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="only changes detected since")
    parser.add_argument("--page", metavar="NAME", help="only this page")
    _formats(parser, ["table", "json", "csv"], "table")


def _configure_status(parser: argparse.ArgumentParser) -> None:
    _formats(parser, ["table", "json"], "table")
    parser.add_argument(
        "--grace",
        metavar="MINUTES",
        type=_positive_minutes,
        default=10.0,
        help="how late a scheduled check may be before the page counts as stale (default: 10)",
    )
    parser.epilog = (
        "Exit 0 when healthy; 1 when any page is failing (at or over its error\n"
        "threshold), stale (its next scheduled check is overdue by more than the grace\n"
        "period: no daemon or cron job is checking it) or was never checked.\n"
        "Also says whether a daemon is running (its heartbeat). Reads only: a missing\n"
        "database is reported, not created."
    )


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of minutes, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _configure_notify_test(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--subscriber", metavar="NAME", help="only this subscriber")


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", choices=["de", "en"], default="de", help="message language (default: de)"
    )


def _configure_history(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", metavar="EVENT", help="an event key (as shown by `events`)")
    parser.add_argument("--page", metavar="NAME", help="only this page")
    _formats(parser, ["table", "json"], "table")


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources", metavar="SOURCE", nargs="+", help="saved HTML files or WARC files (.warc.gz)"
    )
    parser.add_argument("--page", metavar="NAME", required=True, help="the page they are of")
    parser.add_argument(
        "--date-pattern",
        metavar="REGEX",
        help="regular expression with named groups year, month, day (hour, minute) "
        "that finds an HTML file's date in its name (default: YYYY-MM-DD or YYYYMMDD)",
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD[THH:MM]",
        help="the date of a single HTML file whose name has none",
    )
    parser.epilog = (
        "Loads historical versions in date order as if they had been checked then:\n"
        "history and changes are rebuilt, no notifications are sent. Importing the same\n"
        "files twice changes nothing."
    )


def _configure_snapshots(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", metavar="NAME", help="only this page")
    _formats(parser, ["table", "json", "csv"], "table")


def _configure_diff(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("a", metavar="A", type=int, help="snapshot id (see `snapshots`)")
    parser.add_argument("b", metavar="B", type=int, help="snapshot id")
    parser.add_argument(
        "--text", action="store_true", help="show the text diff of their visible content"
    )
    _formats(parser, ["table", "json"], "table")


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.epilog = (
        "Writes a commented example configuration (the one shipped with the package) to\n"
        "--config FILE, else $RVR_WATCH_CONFIG, else ./config.yaml; an existing file is kept."
    )


def _configure_pages(parser: argparse.ArgumentParser) -> None:
    _formats(parser, ["table", "json"], "table")
    parser.epilog = "Reads only: before the first check every page shows as never checked."


def _configure_completion(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=["bash", "zsh"], help="the shell")
    parser.epilog = (
        "Install for bash:  rvr-watch completion bash > ~/.local/share/bash-completion/"
        'completions/rvr-watch\nor for zsh:        eval "$(rvr-watch completion zsh)" in ~/.zshrc'
    )


def _configure_serve(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.epilog = (
        "Serves the dates, event histories, changes, status, calendar and Atom feeds,\n"
        "/healthz and /metrics from the database, and self-service e-mail alerts when\n"
        "web.subscriptions is true. Never fetches pages. See docs/web.md."
    )


def _configure_subscribers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--remove", metavar="ID|ADDRESS", nargs="+", help="delete these subscribers"
    )
    _formats(parser, ["table", "json"], "table")
    parser.epilog = "Self-service subscribers of the website (confirmed ones only)."


_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "init": ("write a commented example configuration", _configure_init),
    "parse": ("parse a page file or URL and print its events", _configure_parse),
    "check": ("check every page once: fetch, store, diff, notify", _configure_check),
    "run": ("run as a daemon, checking each page on its schedule", _configure_run),
    "events": ("list events from the history database", _configure_events),
    "changes": ("list detected changes, newest first", _configure_changes),
    "status": ("show each page's health and pending deliveries", _configure_status),
    "notify-test": ("send a test message to each subscriber", _configure_notify_test),
    "demo": ("see the whole product work on bundled pages, offline", _configure_demo),
    "history": ("show every version of one event", _configure_history),
    "import": ("backfill history from saved HTML or WARC files", _configure_import),
    "snapshots": ("list stored versions of the pages", _configure_snapshots),
    "diff": ("show the structured differences between two snapshots", _configure_diff),
    "pages": ("list the configured pages with their state", _configure_pages),
    "completion": ("print a shell completion script (bash or zsh)", _configure_completion),
    "serve": ("serve the website, calendar and feeds", _configure_serve),
    "subscribers": ("list or remove the website's e-mail subscribers", _configure_subscribers),
}
# Command names that are not valid module names.
_MODULES = {"import": "import_pages", "notify-test": "notify_test"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    args.log_level = resolve_log_level(args.command, args.log_level, args.verbose, args.quiet)
    module_name = "rvr_watch.commands." + _MODULES.get(args.command, args.command)
    return _run_command(module_name, args)


def _run_command(module_name: str, args: argparse.Namespace) -> int:
    # Known errors become one line on stderr; only a bug shows a traceback.
    from rvr_watch.errors import exit_status_for

    try:
        if args.env_file:
            from rvr_watch.config.envfile import load_env_file

            load_env_file(args.env_file, os.environ)
        if args.command not in ("run", "check"):  # those two set up their own logging
            from rvr_watch.logs import setup_logging

            setup_logging(args.log_level or "WARNING", args.log_format)
        module = importlib.import_module(module_name)
        status: int = module.run(args)
    except KeyboardInterrupt:
        print("rvr-watch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`rvr-watch events | head`): stop quietly, as Unix tools do,
        # and keep Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as error:
        mapped = exit_status_for(error)
        if mapped is None:
            raise
        status, message = mapped
        print(f"rvr-watch: {message}", file=sys.stderr)
    return status
