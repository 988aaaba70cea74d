"""``rvr-watch check``: one check of every page (or one), then deliver what is pending."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from rvr_watch.config.model import Config, PageConfig
    from rvr_watch.engine.pipeline import PageCheck


def run(args: argparse.Namespace) -> int:
    """Check the configured pages once; exit 1 if any page failed."""
    from rvr_watch.engine.service import Service
    from rvr_watch.logs import setup_logging

    setup_logging(args.log_level or "WARNING", args.log_format)
    config = config_for(args.config)
    pages = select_pages(config, args.page)
    with Service.open(config) as service:
        results = service.check_pages(pages, on_result=_progress_printer(len(pages)))
        report = service.drain()
    if report.attempted:
        print(report.summary())
    return EXIT_OK if all(result.ok for result in results) else EXIT_FAILED


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
