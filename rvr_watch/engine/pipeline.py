"""Checking pages: the only place that composes a check's I/O.

A check goes through three steps, and a *batch* of pages goes through them together,
so that the database sees two transactions per batch instead of two per page:

1. :func:`claim` (one write transaction): register the pages, take their leases, read
   their states (validators, failure counts). A page another process holds, or one
   already checked for this scheduled run, is skipped.
2. :func:`prepare` (no transaction, one page, in a worker thread): fetch (conditional
   when the last check was good), evaluate (:func:`rvr_watch.engine.evaluate.evaluate`:
   parse → diff → outcome), and serialise and compress what will be stored. All the
   expensive work happens here, while no lock is held.
3. :func:`record` (one write transaction): store every prepared check of the batch:
   checks, snapshots, events and versions, changes with their outbox rows, monitor
   alerts, and give the leases back. Claims, leases and 304s are plain SQL
   (``storage.sql``): on a SQLite file a batch of 304s never imports SQLAlchemy.

Durability: a crash (SIGKILL, power cut) between 1 and 3 loses the batch in flight and
nothing else. Nothing of it was recorded or queued, so nothing can be notified twice;
its leases are taken over at once by the next process on this host (the holder's pid
is gone) or expire after their time to live, and its pages are checked again then.
Decisions live in the pure modules (parser, ``storage.diff``, ``notify.messages``);
this module only sequences them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from rvr_watch.config.model import PageConfig, SubscriberConfig
    from rvr_watch.engine.evaluate import Evaluation
    from rvr_watch.engine.wiring import Database
    from scraper.fetch import Fetcher
    from scraper.model import Page
    from storage.diff import Change
    from storage.kinds import MonitorKind
    from storage.records import CheckRecord, PageState
    from storage.sql import Tx

log = logging.getLogger(__name__)

Outcome = Literal["changed", "unchanged", "not_modified", "failed", "refused", "skipped"]
LEASE_PREFIX = "page:"
INTERRUPTED = "interrupted before its check (nothing recorded)"


@dataclass(frozen=True)
class CheckDeps:
    """What a check needs from outside: injected so tests can aim it at loopback."""

    fetcher: Fetcher
    database: Database
    subscribers: Sequence[SubscriberConfig]
    tz: ZoneInfo
    holder: str
    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    lease_ttl_s: float = 300.0
    # Pages (name, url, parser) already written to the pages table by this process:
    # writing them once per process, not once per check, keeps an unchanged check cheap.
    registered: set[tuple[str, str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class PageCheck:
    """What one check of one page found, for the summary line and the exit status."""

    page: str
    outcome: Outcome
    duration_ms: int
    http_status: int | None = None
    changes: tuple[Change, ...] = ()
    error: str | None = None
    alert: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the page was checked (changed or not); a skip is not a failure."""
        return self.outcome not in ("failed", "refused")


@dataclass(frozen=True)
class Claim:
    """A page this process holds the lease of, with its state as the claim read it."""

    page: PageConfig
    state: PageState
    started: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Prepared:
    """A claimed page fetched and evaluated, ready to be recorded."""

    claim: Claim
    record: CheckRecord
    evaluation: Evaluation | None = None
    previous: Page | None = None

    @property
    def changes(self) -> tuple[Change, ...]:
        return self.evaluation.changes if self.evaluation is not None else ()


def check_page(
    page: PageConfig, deps: CheckDeps, *, not_before: dt.datetime | None = None
) -> PageCheck:
    """Check one page once; never raises for a page's own failure (it is recorded).

    A batch of one (the daemon checks each page on its own schedule). With
    ``not_before`` (the daemon passes its scheduled run time less a margin), the check
    is skipped when another process already checked the page since then, so two
    daemons on one database never check a page twice for one scheduled run.
    """
    claims, skipped = claim([page], deps, not_before=not_before)
    if skipped:
        return skipped[0]
    try:
        prepared = prepare(claims[0], deps)
    except BaseException:
        # A bug or an interrupt before the recording: free the page for the next try.
        release(claims, deps)
        raise
    return record([prepared], deps)[0]


def claim(
    pages: Sequence[PageConfig],
    deps: CheckDeps,
    *,
    not_before: dt.datetime | None = None,
    ttl_s: float | None = None,
) -> tuple[list[Claim], list[PageCheck]]:
    """Take the leases of ``pages`` and read their states, in one transaction.

    Returns the claims, and a skipped check for each page held by another process (or
    checked since ``not_before``). ``ttl_s``: how long the leases hold (default: the
    deps' ``lease_ttl_s``); a batch's must cover its fetches.
    """
    from storage import lease
    from storage.claims import load_states, register_pages

    started = time.monotonic()
    now = deps.clock()
    names = [LEASE_PREFIX + page.name for page in pages]
    ttl = deps.lease_ttl_s if ttl_s is None else ttl_s
    with deps.database.transaction() as tx:
        taken = lease.take_many(tx, names, deps.holder, ttl, now)
        mine = [p for p in pages if LEASE_PREFIX + p.name in taken]
        # Registered under the lease: two processes never insert the same new page.
        new = [(p.name, p.url, p.parser) for p in mine]
        register_pages(tx, [i for i in new if i not in deps.registered], now)
        states = load_states(tx, [p.name for p in mine])
        claims: list[Claim] = []
        skipped: list[PageCheck] = []
        late: list[str] = []
        for page in pages:
            state = states.get(page.name)
            if state is None:
                reason = "another rvr-watch process is checking this page now"
                skipped.append(_skipped(page, started, reason))
            elif not_before and state.last_check_at and state.last_check_at >= not_before:
                late.append(LEASE_PREFIX + page.name)
                checked = f"{state.last_check_at:%Y-%m-%d %H:%M:%S}"
                skipped.append(_skipped(page, started, f"already checked at {checked} UTC"))
            else:
                claims.append(Claim(page, state))
        lease.give_up_many(tx, late, deps.holder)
    deps.registered.update(new)
    return claims, skipped


def _skipped(page: PageConfig, started: float, reason: str) -> PageCheck:
    return PageCheck(
        page=page.name, outcome="skipped", duration_ms=_ms_since(started), error=reason
    )


def interrupted(page: PageConfig) -> PageCheck:
    """The result for a page whose check an interrupt stopped before it began."""
    return PageCheck(page=page.name, outcome="skipped", duration_ms=0, error=INTERRUPTED)


def release(claims: Sequence[Claim], deps: CheckDeps) -> None:
    """Give the leases of ``claims`` back without recording anything (an interrupt)."""
    from storage import lease

    if not claims:
        return
    with deps.database.transaction() as tx:
        names = [LEASE_PREFIX + c.page.name for c in claims]
        lease.give_up_many(tx, names, deps.holder)


def prepare(claimed: Claim, deps: CheckDeps) -> Prepared:
    """Fetch and evaluate a claimed page, and make its stored form; writes nothing.

    Fetching is conditional when the last check was good; failures become records.
    """
    from scraper.errors import ScraperError
    from scraper.fetch import NotModified, Validators
    from storage.records import CheckRecord

    page, state, now = claimed.page, claimed.state, deps.clock()
    healthy = state.last_good_snapshot_id is not None and state.consecutive_failures == 0
    validators = Validators(state.etag, state.last_modified) if healthy else None
    try:
        fetched = deps.fetcher.fetch(page.url, validators)
    except ScraperError as error:
        status = getattr(error, "status", None)
        record = CheckRecord(now, 0, "failed", http_status=status, error=str(error))
        return Prepared(claimed, _timed(record, claimed))
    if isinstance(fetched, NotModified):
        record = CheckRecord(
            now, 0, "not_modified", 304, etag=fetched.etag, last_modified=fetched.last_modified
        )
        return Prepared(claimed, _timed(record, claimed))
    from rvr_watch.engine.evaluate import evaluate  # not needed for a 304

    previous = _last_good(deps, state) if state.last_good_snapshot_id is not None else None
    evaluation = evaluate(
        fetched.text, fetched.final_url, page.parser, previous, tz=deps.tz, now=now
    )
    record = CheckRecord(
        started_at=now,
        duration_ms=0,
        outcome=evaluation.outcome,
        http_status=fetched.status,
        error=evaluation.error,
        body=fetched.body,
        content_type=fetched.content_type,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        final_url=fetched.final_url,
        page=evaluation.page,
    )
    if evaluation.outcome != "failed":
        from storage.records import stored_form

        record = dataclasses.replace(record, stored=stored_form(fetched.body, evaluation.page))
    return Prepared(claimed, _timed(record, claimed), evaluation, previous)


def _last_good(deps: CheckDeps, state: PageState) -> Page | None:
    """The page's last good parsed page, read outside any write transaction."""
    from storage.engine import reader
    from storage.repo import read_parsed_page

    assert state.last_good_snapshot_id is not None
    with reader(deps.database.engine).connect() as connection:
        return read_parsed_page(connection, state.last_good_snapshot_id)


def _timed(record: CheckRecord, claimed: Claim) -> CheckRecord:
    return dataclasses.replace(record, duration_ms=_ms_since(claimed.started))


def record(batch: Sequence[Prepared], deps: CheckDeps) -> list[PageCheck]:
    """Store the prepared checks of a batch and give their leases back: one transaction.

    A batch of 304s and first checks alone is a few plain statements (``storage.claims``,
    ``storage.first_checks``: no SQLAlchemy on SQLite); any other check is stored through
    the ORM, in one transaction with the rest of its batch. If the transaction fails (a
    full disk, the database gone), nothing of the batch is stored, the leases are given
    back (best effort) and the error propagates.
    """
    try:
        if all(_simple_not_modified(p) or _first_check(p) for p in batch):
            with deps.database.transaction() as tx:
                return _record_batch(tx, batch, deps, None)
        from storage.sql_alchemy import AlchemyTx

        with deps.database.engine.begin() as connection:
            return _record_batch(AlchemyTx(connection), batch, deps, connection)
    except BaseException:
        _release_quietly([p.claim for p in batch], deps)
        raise


def _record_batch(
    tx: Tx, batch: Sequence[Prepared], deps: CheckDeps, connection: Connection | None
) -> list[PageCheck]:
    """:func:`record` in ``tx``; ``connection`` is its SQLAlchemy connection, needed
    (and given) when the batch holds anything but 304s."""
    from storage import lease
    from storage.claims import record_many_not_modified
    from storage.first_checks import record_first_checks

    results: list[PageCheck] = []
    simple = [p for p in batch if _simple_not_modified(p)]
    record_many_not_modified(tx, [(p.claim.state, p.record) for p in simple])
    record_first_checks(tx, [(p.claim.state, p.record) for p in batch if _first_check(p)])
    session: Session | None = None
    for prepared in batch:
        alert = None
        if not _simple_not_modified(prepared) and not _first_check(prepared):
            assert connection is not None
            session = session or _session(connection)
            alert = _record_in_session(session, prepared, deps)
        results.append(_result(prepared, alert))
    if session is not None:
        session.flush()
        session.close()
    lease.give_up_many(tx, [LEASE_PREFIX + p.claim.page.name for p in batch], deps.holder)
    return results


def _release_quietly(claims: Sequence[Claim], deps: CheckDeps) -> None:
    try:
        release(claims, deps)
    except Exception as error:  # the database is gone: the leases expire by themselves
        log.warning("could not give back %d page leases: %s", len(claims), error)


def _simple_not_modified(prepared: Prepared) -> bool:
    """A 304 of a page with no alert open: recorded with Core statements alone."""
    return prepared.record.outcome == "not_modified" and not prepared.claim.state.alert_open


def _first_check(prepared: Prepared) -> bool:
    """A page's very first check, and a good one: recorded for the batch at once."""
    from storage.records import is_first_check

    return is_first_check(prepared.claim.state, prepared.record)


def _session(connection: Connection) -> Session:
    """An ORM session inside the batch's transaction (it never commits on its own)."""
    from sqlalchemy.orm import Session

    return Session(bind=connection, expire_on_commit=False)


def _record_in_session(session: Session, prepared: Prepared, deps: CheckDeps) -> MonitorKind | None:
    """Store one check, its changes and their outbox rows, any monitor alert."""
    from rvr_watch.engine.delivery import recipients
    from storage.repo import record_check, record_monitor_alert
    from storage.web_subscribers import recipients as web_recipients

    page, state, rec = prepared.claim.page, prepared.claim.state, prepared.record
    # The website's confirmed subscribers join the configured ones (rvr_watch.web).
    subscribers = [*recipients(deps.subscribers), *web_recipients(session)]
    evaluation = prepared.evaluation
    compared = (prepared.previous, evaluation.pairs) if evaluation and evaluation.page else None
    record_check(
        session, page.name, rec, prepared.changes, subscribers=subscribers, compared=compared
    )
    alert = monitor_transition(page, rec.outcome, state)
    if alert is not None:
        details = {
            "since": (state.failing_since or rec.started_at).isoformat(),
            # The failures so far: this check's own for an alert, the outage's for a recovery.
            "failures": state.consecutive_failures + (alert == "monitor_error"),
            "last_error": rec.error,
            "url": page.url,
        }
        record_monitor_alert(session, page.name, alert, details, subscribers=subscribers)
    return alert


def monitor_transition(page: PageConfig, outcome: str, state: PageState) -> MonitorKind | None:
    """``monitor_error`` when this failure reaches the threshold, ``monitor_recovered`` after."""
    failed = outcome in ("failed", "refused")
    if failed and not state.alert_open and state.consecutive_failures + 1 >= page.error_threshold:
        return "monitor_error"
    if not failed and state.alert_open:
        return "monitor_recovered"
    return None


def _result(prepared: Prepared, alert: str | None) -> PageCheck:
    rec = prepared.record
    return PageCheck(
        page=prepared.claim.page.name,
        outcome=rec.outcome,
        duration_ms=rec.duration_ms,
        http_status=rec.http_status,
        changes=prepared.changes,
        error=rec.error,
        alert=alert,
    )


@dataclass(frozen=True)
class Preview:
    """What a check would do (``check --dry-run``): its result, and who would be told
    what, as ``(subscriber, kinds)``; nothing of it is stored."""

    check: PageCheck
    notified: tuple[tuple[str, tuple[str, ...]], ...]


def preview(page: PageConfig, deps: CheckDeps) -> Preview:
    """Fetch, parse and diff ``page`` as a check would, and store nothing.

    Takes no lease and writes no row: the state is read from the database (a page never
    checked is compared against nothing, so it would be a baseline).
    """
    from storage.claims import load_states

    with deps.database.transaction(read_only=True) as tx:
        state = load_states(tx, [page.name]).get(page.name)
    state = state or _unseen(page)
    prepared = prepare(Claim(page, state), deps)
    alert = monitor_transition(page, prepared.record.outcome, state)
    kinds: list[str] = [change.kind for change in prepared.changes]
    notified = []
    for subscriber in deps.subscribers:
        wanted = [kind for kind in kinds if kind in subscriber.kinds]
        if alert is not None and "monitor_error" in subscriber.kinds:
            wanted.append(alert)
        if wanted:
            notified.append((subscriber.name, tuple(wanted)))
    return Preview(_result(prepared, alert), tuple(notified))


def _unseen(page: PageConfig) -> PageState:
    from storage.records import PageState

    return PageState(
        page_id=0,
        name=page.name,
        url=page.url,
        last_good=None,
        last_good_snapshot_id=None,
        etag=None,
        last_modified=None,
        consecutive_failures=0,
        failing_since=None,
        alert_open=False,
        last_check_at=None,
        last_success_at=None,
    )


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
