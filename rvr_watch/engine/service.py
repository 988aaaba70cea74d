"""The running product: a configuration with its database, fetcher and sender opened.

``check``, ``run`` and ``demo`` all go through a ``Service``; it checks pages in
batches, fetching concurrently (the fetcher keeps each host polite), and drains the
outbox.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from rvr_watch.engine.pipeline import (
    CheckDeps,
    Claim,
    PageCheck,
    Prepared,
    Preview,
    claim,
    interrupted,
    prepare,
    preview,
    record,
    release,
)
from rvr_watch.engine.wiring import Database, holder_id, open_database, open_fetcher

if TYPE_CHECKING:
    from notify.send import Sender
    from rvr_watch.config.model import Config, PageConfig
    from rvr_watch.engine.drain_report import DrainReport
    from scraper.fetch import Fetcher

log = logging.getLogger(__name__)

MAX_CONCURRENT_CHECKS = 4
# Pages per batch: one transaction claims them, one records them. A crash loses at
# most one batch's checks (nothing of them is recorded or notified; see pipeline).
BATCH_SIZE = 50
_POLL_S = 0.2
# Fetches in flight per site: the fetcher's own politeness limit (``max_per_host``).
PER_HOST = 2
T = TypeVar("T")
# Rows in a final state need nothing; any other state (whatever the outbox's state
# machine calls it) may have something to send.
# A delivery that may still be sent: not final. An ``uncertain`` row without a next attempt
# is final (resent once already, or ``resend_uncertain: never``): it needs no drain.
OPEN_DELIVERY_SQL = (
    "SELECT 1 FROM deliveries WHERE status NOT IN ('sent', 'failed')"
    " AND NOT (status = 'uncertain' AND next_attempt_at IS NULL) LIMIT 1"
)


class Interrupt:
    """The two steps of stopping a run of checks: finish what is in flight, then abort."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._abort = threading.Event()

    def stop(self) -> None:
        """No new fetches; the ones in flight finish and are recorded."""
        self._stop.set()

    def abort(self) -> None:
        """Give the leases back and return now."""
        self._stop.set()
        self._abort.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    @property
    def aborting(self) -> bool:
        return self._abort.is_set()


class Service:
    """Checks pages and delivers notifications for one configuration."""

    def __init__(
        self,
        config: Config,
        database: Database,
        fetcher: Fetcher,
        sender: Sender | None = None,
        *,
        holder: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.config = config
        self.database = database
        self.fetcher = fetcher
        self._sender = sender
        self.holder = holder or holder_id()
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._registered: set[tuple[str, str, str]] = set()

    @classmethod
    @contextmanager
    def open(
        cls,
        config: Config,
        *,
        sender: Sender | None = None,
        migrate_in_child: bool = False,
        robots_in_database: bool = True,
    ) -> Iterator[Service]:
        """Open the database (migrating it) and an HTTP client; ``sender`` defaults to
        apprise's, made when something is to be sent.

        ``migrate_in_child``: see :func:`rvr_watch.engine.wiring.open_database`.
        ``robots_in_database=False``: robots.txt copies are kept in memory only (a
        dry run writes nothing).
        """
        database = open_database(config.database, migrate_in_child=migrate_in_child)
        try:
            robots_database = database if robots_in_database else None
            with open_fetcher(config, robots_database) as fetcher:
                yield cls(config, database, fetcher, sender)
        finally:
            database.dispose()

    @property
    def sender(self) -> Sender:
        """The sender given, else apprise's (made when first needed: a run that sends
        nothing never loads the sending code)."""
        if self._sender is None:
            from notify.send import ApprisedSender

            self._sender = ApprisedSender()
        return self._sender

    @sender.setter
    def sender(self, sender: Sender) -> None:
        self._sender = sender

    def deps(self) -> CheckDeps:
        """The injected parts of a check, from this service."""
        return CheckDeps(
            fetcher=self.fetcher,
            database=self.database,
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
        interrupt: Interrupt | None = None,
    ) -> list[PageCheck]:
        """Check pages in batches (group commit, see :mod:`rvr_watch.engine.pipeline`),
        fetching each batch concurrently; results in the order given.

        ``interrupt``: once it is ``stopping``, pages not yet fetched are not fetched
        (their leases are given back), the fetches in flight finish and are recorded;
        once it is ``aborting``, the leases of the batch are given back at once and the
        results so far are returned (pages not checked are ``skipped``).
        """
        from rvr_watch.engine.check_log import log_check

        deps = self.deps()
        interrupt = interrupt or Interrupt()
        results: dict[str, PageCheck] = {}

        def done(result: PageCheck) -> None:
            log_check(result, None, failure_level=logging.INFO)
            results[result.page] = result
            if on_result is not None:
                on_result(result)

        workers = max(1, min(MAX_CONCURRENT_CHECKS, len(pages)))
        with _Workers(workers) as pool:
            for start in range(0, len(pages), BATCH_SIZE):
                if interrupt.stopping:
                    break
                batch = pages[start : start + BATCH_SIZE]
                # The leases must outlast the batch's fetches, done `workers` at a time.
                ttl = deps.lease_ttl_s * -(-len(batch) // workers)
                for result in _check_batch(batch, deps, pool, interrupt, ttl):
                    done(result)
                if interrupt.aborting:
                    break
        return [results.get(page.name) or interrupted(page) for page in pages]

    def preview_pages(self, pages: Sequence[PageConfig]) -> list[Preview]:
        """What checking ``pages`` would find and notify; stores nothing (``--dry-run``)."""
        deps = self.deps()
        workers = max(1, min(MAX_CONCURRENT_CHECKS, len(pages)))
        with _Workers(workers) as pool:
            futures = [pool.submit(preview, page, deps) for page in pages]
            return [future.result() for future in futures]

    def drain(self, stopping: Callable[[], bool] = lambda: False) -> DrainReport:
        """Deliver every due notification once; failures stay pending for a retry.

        When the outbox holds nothing that may still be sent, one small Core query says
        so and the delivery machinery (the ORM, the renderers, apprise) is not loaded.
        """
        from rvr_watch.engine.drain_report import DrainReport

        if not self.outbox_open():
            return DrainReport()
        from rvr_watch.engine.delivery import drain_outbox

        return drain_outbox(
            self.database.sessions,
            self.config.subscribers,
            self.sender,
            pages={page.name: page.url for page in self.config.pages},
            tz=self.config.timezone,
            holder=self.holder,
            clock=self.clock,
            stopping=stopping,
            web=self.config.web,
        )

    def outbox_open(self) -> bool:
        """Whether any delivery is in a state other than ``sent`` or ``failed``."""
        with self.database.transaction(read_only=True) as tx:
            return tx.first(OPEN_DELIVERY_SQL) is not None


def _check_batch(
    batch: Sequence[PageConfig],
    deps: CheckDeps,
    pool: _Workers,
    interrupt: Interrupt,
    ttl_s: float,
) -> list[PageCheck]:
    """Claim, prepare (concurrently) and record one batch; see ``check_pages``."""
    claims, skipped = claim(batch, deps, ttl_s=ttl_s)
    try:
        prepared, unstarted = _prepare_all(claims, deps, pool, interrupt)
    except BaseException:
        release(claims, deps)  # a bug in a check: free the pages for the next try
        raise
    if interrupt.aborting:
        release(claims, deps)
        return skipped
    results = record(prepared, deps) if prepared else []
    release(unstarted, deps)
    return skipped + results


def _prepare_all(
    claims: Sequence[Claim], deps: CheckDeps, pool: _Workers, interrupt: Interrupt
) -> tuple[list[Prepared], list[Claim]]:
    """Prepare the claims on the pool, at most :data:`PER_HOST` per site at a time.

    Each worker takes its next page itself (:class:`_Lanes`) instead of the main thread
    handing pages out and taking results back: a hand-over between threads costs a
    wake-up per page, about a tenth of an unchanged check. Returns the prepared checks
    (in the claims' order) and the claims never started.
    """
    lanes = _Lanes(claims, interrupt)
    ended: queue.SimpleQueue[Future[None]] = queue.SimpleQueue()
    running = [pool.submit(lanes.run, deps) for _ in range(min(pool.size, len(claims)))]
    for future in running:
        future.add_done_callback(ended.put)
    left = len(running)
    while left and not interrupt.aborting:
        try:
            finished = ended.get(timeout=_POLL_S)
        except queue.Empty:
            continue  # look at the interrupt again
        left -= 1
        finished.result()  # a bug in a check is raised here, in the caller's thread
    return lanes.outcome()


class _Lanes:
    """The pages of one batch, taken by the workers one at a time.

    A worker takes the first waiting page whose site has a free slot (the fetcher's own
    limit), so a page that is taken is fetched at once: after a first interrupt nothing
    new starts, rather than workers queueing inside the fetcher and fetching later. A
    worker that finds every waiting page's site busy waits for a slot.
    """

    def __init__(self, claims: Sequence[Claim], interrupt: Interrupt) -> None:
        self._claims = claims
        self._waiting = list(claims)
        self._sites = {claimed.page.name: _site(claimed.page.url) for claimed in claims}
        self._busy: dict[str, int] = {}
        self._done: dict[str, Prepared] = {}
        self._broken = False
        self._interrupt = interrupt
        self._slots = threading.Condition()

    def run(self, deps: CheckDeps) -> None:
        """Prepare pages until none is left to take (or the run stops)."""
        while (claimed := self._take()) is not None:
            try:
                prepared = prepare(claimed, deps)
            except BaseException:
                with self._slots:
                    self._broken = True  # the batch is given up: take nothing more
                    self._slots.notify_all()
                raise
            with self._slots:
                self._done[claimed.page.name] = prepared
                self._busy[self._sites[claimed.page.name]] -= 1
                # This worker looks for its next page itself; another one waiting for
                # a slot is woken only if nothing is left that this one could take.
                if not self._waiting:
                    self._slots.notify_all()

    def _take(self) -> Claim | None:
        with self._slots:
            while self._waiting and not (self._interrupt.stopping or self._broken):
                for claimed in self._waiting:
                    site = self._sites[claimed.page.name]
                    if self._busy.get(site, 0) < PER_HOST:
                        self._busy[site] = self._busy.get(site, 0) + 1
                        self._waiting.remove(claimed)
                        return claimed
                self._slots.wait(timeout=_POLL_S)  # every waiting page's site is busy
            return None

    def outcome(self) -> tuple[list[Prepared], list[Claim]]:
        """The prepared checks in the claims' order, and the claims not prepared."""
        with self._slots:
            done = dict(self._done)
        prepared = [done[c.page.name] for c in self._claims if c.page.name in done]
        return prepared, [c for c in self._claims if c.page.name not in done]


def _site(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc.lower()


class _Workers:
    """A small pool of daemon threads.

    Not ``concurrent.futures.ThreadPoolExecutor``: the interpreter waits for its
    threads at exit, so a second Ctrl-C would still wait for a slow fetch to end. These
    threads only fetch and evaluate (they write nothing), so they may be left behind.
    """

    def __init__(self, size: int) -> None:
        self._tasks: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue()
        )
        self.size = size
        self._threads = [
            threading.Thread(target=self._work, name=f"check-{n}", daemon=True) for n in range(size)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._tasks.put((future, lambda: function(*args)))
        return future

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            future, call = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as error:  # handed to whoever waits for the result
                future.set_exception(error)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        for _thread in self._threads:
            self._tasks.put(None)
