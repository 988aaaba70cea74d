"""``rvr-watch check``: one check of every page (or one), then deliver what is pending.

Interrupting (Ctrl-C or SIGTERM): the first signal stops starting new fetches; the ones
in flight finish and are recorded, the other pages' leases are given back, nothing is
delivered, and the command exits 128 + the signal's number. A second signal gives every
lease back at once and exits without waiting for the fetches in flight. Either way the
next ``check`` (or a daemon) can check every page right away.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from rvr_watch.config.model import Config, PageConfig
    from rvr_watch.engine.pipeline import PageCheck
    from rvr_watch.engine.service import Interrupt, Service

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_FIRST = "rvr-watch: stopping after the fetches in flight (interrupt again to stop at once)\n"
_SECOND = "rvr-watch: stopping now; the pages' leases are given back\n"


def run(args: argparse.Namespace) -> int:
    """Check the configured pages once; exit 1 if any page failed."""
    from rvr_watch.engine.service import Interrupt, Service
    from rvr_watch.logs import setup_logging

    setup_logging(args.log_level or "WARNING", args.log_format)
    config = config_for(args.config)
    pages = select_pages(config, args.page)
    if getattr(args, "dry_run", False):
        with Service.open(config, robots_in_database=False) as service:
            return _dry_run(service, pages)
    interrupt = Interrupt()
    with Service.open(config) as service, _interruptible(interrupt) as received:
        results = service.check_pages(
            pages, on_result=_progress_printer(len(pages)), interrupt=interrupt
        )
        if received:
            return 128 + received[0]
        report = service.drain()
    if report.attempted:
        print(report.summary())
    return EXIT_OK if all(result.ok for result in results) else EXIT_FAILED


@contextmanager
def _interruptible(interrupt: Interrupt) -> Iterator[list[int]]:
    """Turn SIGINT and SIGTERM into the two steps of ``interrupt`` while checking; yields
    the signals received. The handlers only set flags and write one line (``os.write``:
    safe whatever the main thread was doing)."""
    received: list[int] = []

    def handle(signum: int, _frame: object) -> None:
        received.append(signum)
        if len(received) == 1:
            interrupt.stop()
            os.write(sys.stderr.fileno(), _FIRST.encode())
        else:
            interrupt.abort()
            os.write(sys.stderr.fileno(), _SECOND.encode())

    previous = {number: signal.signal(number, handle) for number in STOP_SIGNALS}
    try:
        yield received
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _dry_run(service: Service, pages: tuple[PageConfig, ...]) -> int:
    """Fetch, parse and diff every page; print what would be notified; store nothing."""
    from rvr_watch.output.check_summary import summary_line

    previews = service.preview_pages(pages)
    for found in previews:
        print(summary_line(found.check))
        for subscriber, kinds in found.notified:
            print(f"  would notify {subscriber}: {', '.join(kinds)}")
    print("dry run: nothing was stored and nobody was notified")
    return EXIT_OK if all(found.check.ok for found in previews) else EXIT_FAILED


def select_pages(config: Config, name: str | None) -> tuple[PageConfig, ...]:
    """All configured pages, or the one named; a usage error for an unknown name."""
    if name is None:
        if not config.pages:
            raise UsageError("the configuration lists no pages")
        return config.pages
    pages = tuple(page for page in config.pages if page.name == name)
    if not pages:
        known = ", ".join(page.name for page in config.pages) or "none"
        raise UsageError(f"no page named {name!r} in the configuration (known: {known})")
    return pages


def _progress_printer(total: int) -> Callable[[PageCheck], None]:
    """Prints each page's summary line as it finishes, with a counter on a terminal."""
    from rvr_watch.output.check_summary import summary_line

    done = 0
    show_counter = total > 1 and sys.stdout.isatty()

    def report(result: PageCheck) -> None:
        nonlocal done
        done += 1
        prefix = f"[{done}/{total}] " if show_counter else ""
        print(prefix + summary_line(result), flush=True)

    return report
