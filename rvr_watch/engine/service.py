"""The running product: a configuration with its database, fetcher and sender opened.

``check``, ``run`` and ``demo`` all go through a ``Service``; it checks pages
concurrently (the fetcher keeps each host polite) and drains the outbox.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rvr_watch.engine.pipeline import CheckDeps, PageCheck, check_page
from rvr_watch.engine.wiring import Database, holder_id, open_database, open_fetcher

if TYPE_CHECKING:
    from notify.send import Sender
    from rvr_watch.config.model import Config, PageConfig
    from rvr_watch.engine.delivery import DrainReport
    from scraper.fetch import Fetcher

log = logging.getLogger(__name__)

MAX_CONCURRENT_CHECKS = 4


class Service:
    """Checks pages and delivers notifications for one configuration."""

    def __init__(
        self,
        config: Config,
        database: Database,
        fetcher: Fetcher,
        sender: Sender,
        *,
        holder: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.config = config
        self.database = database
        self.fetcher = fetcher
        self.sender = sender
        self.holder = holder or holder_id()
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._registered: set[tuple[str, str, str]] = set()

    @classmethod
    @contextmanager
    def open(
        cls, config: Config, *, sender: Sender | None = None, migrate_in_child: bool = False
    ) -> Iterator[Service]:
        """Open the database (migrating it), an HTTP client and the apprise sender.

        ``migrate_in_child``: see :func:`rvr_watch.engine.wiring.open_database`.
        """
        from notify.send import ApprisedSender

        database = open_database(config.database, migrate_in_child=migrate_in_child)
        try:
            with open_fetcher(config, database) as fetcher:
                yield cls(config, database, fetcher, sender or ApprisedSender())
        finally:
            database.engine.dispose()

    def deps(self) -> CheckDeps:
        """The injected parts of a check, from this service."""
        return CheckDeps(
            fetcher=self.fetcher,
            sessions=self.database.sessions,
            subscribers=self.config.subscribers,
            tz=self.config.timezone,
            holder=self.holder,
            clock=self.clock,
            lease_ttl_s=max(300.0, self.config.http.timeout_s * 4),
            registered=self._registered,
        )

    def check_pages(
        self,
        pages: Sequence[PageConfig],
        *,
        on_result: Callable[[PageCheck], None] | None = None,
    ) -> list[PageCheck]:
        """Check pages concurrently; results in the order given."""
        deps = self.deps()
        results: dict[str, PageCheck] = {}
        workers = max(1, min(MAX_CONCURRENT_CHECKS, len(pages)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="check") as pool:
            futures = {pool.submit(check_page, page, deps): page for page in pages}
            for future in as_completed(futures):
                result = future.result()
                log.info(
                    "checked %s: %s",
                    result.page,
                    result.outcome,
                    extra={
                        "page": result.page,
                        "outcome": result.outcome,
                        "duration_ms": result.duration_ms,
                        "http_status": result.http_status,
                        "changes": len(result.changes),
                    },
                )
                results[result.page] = result
                if on_result is not None:
                    on_result(result)
        return [results[page.name] for page in pages]

    def drain(self) -> DrainReport:
        """Deliver every due notification once; failures stay pending for a retry."""
        from rvr_watch.engine.delivery import drain_outbox

        return drain_outbox(
            self.database.sessions,
            self.config.subscribers,
            self.sender,
            pages={page.name: page.url for page in self.config.pages},
            tz=self.config.timezone,
            holder=self.holder,
            clock=self.clock,
        )
