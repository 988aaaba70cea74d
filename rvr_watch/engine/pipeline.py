"""One check of one page, and the draining of the outbox: the only place that composes I/O.

``check_page``: lease → load last good state → fetch (conditional) → parse → diff →
record everything in one transaction (check, snapshot, events, changes, outbox rows,
monitor alerts) → release. ``drain_outbox``: claim due deliveries → render one
message per subscriber → send → mark. Decisions live in the pure modules
(parser, ``storage.diff``, ``notify.messages``); this module only sequences them.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from rvr_watch.config.model import PageConfig, SubscriberConfig
    from scraper.fetch import Fetched, Fetcher, NotModified
    from scraper.model import Page
    from storage.diff import Change
    from storage.repo import CheckRecord, PageState

log = logging.getLogger(__name__)

MonitorKind = Literal["monitor_error", "monitor_recovered"]
Outcome = Literal["changed", "unchanged", "not_modified", "failed", "refused", "skipped"]
LEASE_PREFIX = "page:"


@dataclass(frozen=True)
class CheckDeps:
    """What a check needs from outside: injected so tests can aim it at loopback."""

    fetcher: Fetcher
    sessions: sessionmaker[Session]
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


def check_page(
    page: PageConfig, deps: CheckDeps, *, not_before: dt.datetime | None = None
) -> PageCheck:
    """Check one page once; never raises for a page's own failure (it is recorded).

    Two transactions: the first takes the page's lease and reads its last good state,
    the second records the check and gives the lease back (one fsync each on SQLite).
    With ``not_before`` (the daemon passes its scheduled run time less a margin), the
    check is skipped when another process already checked the page since then, so two
    daemons on one database never check a page twice for one scheduled run.
    """
    from storage import lease
    from storage.repo import ensure_page, load_state

    started = time.monotonic()
    lease_name = LEASE_PREFIX + page.name
    with deps.sessions.begin() as session:
        if not lease.take(session, lease_name, deps.holder, deps.lease_ttl_s, deps.clock()):
            return _skipped(page, started, "another rvr-watch process is checking this page now")
        identity = (page.name, page.url, page.parser)
        if identity not in deps.registered:
            ensure_page(session, *identity)
        state = load_state(session, page.name, with_page=False)
        if not_before is not None and state.last_check_at and state.last_check_at >= not_before:
            lease.give_up(session, lease_name, deps.holder)
            checked = f"{state.last_check_at:%Y-%m-%d %H:%M:%S}"
            return _skipped(page, started, f"already checked at {checked} UTC")
    try:
        return _check_leased(page, deps, started, state)
    except BaseException:
        # A bug or an interrupt between the transactions: free the page for the next try.
        lease.release(deps.sessions, lease_name, deps.holder)
        raise


def _skipped(page: PageConfig, started: float, reason: str) -> PageCheck:
    return PageCheck(
        page=page.name, outcome="skipped", duration_ms=_ms_since(started), error=reason
    )


def _check_leased(page: PageConfig, deps: CheckDeps, started: float, state: PageState) -> PageCheck:
    from storage.diff import diff_pages
    from storage.repo import load_last_good

    now = deps.clock()
    record, parsed = _fetch_and_parse(page, deps, state, now)
    with deps.sessions.begin() as session:
        # Only a fetched page is compared: read the last good one just for that case.
        last_good = load_last_good(session, page.name) if parsed is not None else None
        changes: list[Change] = []
        if parsed is not None:
            changes = diff_pages(last_good, parsed, now.astimezone(deps.tz))
        outcome = _outcome(record.outcome, last_good, parsed)
        record = _replace(record, outcome=outcome, duration_ms=_ms_since(started))
        alert = _store(session, page, deps=deps, record=record, changes=changes, state=state)
    deps.registered.add((page.name, page.url, page.parser))
    return PageCheck(
        page=page.name,
        outcome=outcome,
        duration_ms=record.duration_ms,
        http_status=record.http_status,
        changes=tuple(changes),
        error=record.error,
        alert=alert,
    )


def _fetch_and_parse(
    page: PageConfig, deps: CheckDeps, state: PageState, now: dt.datetime
) -> tuple[CheckRecord, Page | None]:
    """Fetch (conditionally when the last check was good) and parse; failures become records."""
    from scraper.errors import NotASeriesPage, ScraperError
    from scraper.fetch import NotModified, Validators
    from scraper.parsers import get_parser

    healthy = state.last_good_snapshot_id is not None and state.consecutive_failures == 0
    validators = Validators(state.etag, state.last_modified) if healthy else None
    try:
        fetched = deps.fetcher.fetch(page.url, validators)
    except ScraperError as error:
        return _failure_record(now, "failed", str(error), getattr(error, "status", None)), None
    if isinstance(fetched, NotModified):
        return _record_for(now, "not_modified", fetched, None), None
    try:
        parsed = get_parser(page.parser)(fetched.text, fetched.final_url, deps.tz)
    except NotASeriesPage as error:
        record = _record_for(now, "refused", fetched, None)
        return _replace(record, error=f"not a recognisable series page: {error.reason}"), None
    return _record_for(now, "changed", fetched, parsed), parsed


def _store(
    session: Session,
    page: PageConfig,
    *,
    deps: CheckDeps,
    record: CheckRecord,
    changes: Sequence[Change],
    state: PageState,
) -> MonitorKind | None:
    """Store the check, its changes and their outbox rows, any monitor alert; free the page."""
    from rvr_watch.engine.delivery import recipients
    from storage import lease
    from storage.repo import record_check, record_monitor_alert

    subscribers = recipients(deps.subscribers)
    record_check(session, page.name, record, changes, subscribers=subscribers)
    alert = _monitor_transition(page, record, state)
    if alert is not None:
        details = {
            "since": (state.failing_since or record.started_at).isoformat(),
            # The failures so far: this check's own for an alert, the outage's for a recovery.
            "failures": state.consecutive_failures + (alert == "monitor_error"),
            "last_error": record.error,
            "url": page.url,
        }
        record_monitor_alert(session, page.name, alert, details, subscribers=subscribers)
    lease.give_up(session, LEASE_PREFIX + page.name, deps.holder)
    return alert


def _monitor_transition(
    page: PageConfig, record: CheckRecord, state: PageState
) -> MonitorKind | None:
    """``monitor_error`` when this failure reaches the threshold, ``monitor_recovered`` after."""
    failed = record.outcome in ("failed", "refused")
    if failed and not state.alert_open and state.consecutive_failures + 1 >= page.error_threshold:
        return "monitor_error"
    if not failed and state.alert_open:
        return "monitor_recovered"
    return None


def _outcome(fetch_outcome: str, last_good: Page | None, parsed: Page | None) -> Outcome:
    if parsed is None:
        return fetch_outcome  # type: ignore[return-value]
    if last_good is not None and last_good.to_json() == parsed.to_json():
        return "unchanged"
    return "changed"


def _record_for(
    now: dt.datetime, outcome: str, fetched: Fetched | NotModified, page: Page | None
) -> CheckRecord:
    from scraper.fetch import NotModified
    from storage.repo import CheckRecord

    if isinstance(fetched, NotModified):
        return CheckRecord(
            started_at=now,
            duration_ms=0,
            outcome=outcome,
            http_status=304,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
        )
    return CheckRecord(
        started_at=now,
        duration_ms=0,
        outcome=outcome,
        http_status=fetched.status,
        body=fetched.body,
        content_type=fetched.content_type,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        final_url=fetched.final_url,
        page=page,
    )


def _failure_record(
    now: dt.datetime, outcome: str, error: str, http_status: int | None
) -> CheckRecord:
    from storage.repo import CheckRecord

    return CheckRecord(
        started_at=now, duration_ms=0, outcome=outcome, http_status=http_status, error=error
    )


def _replace(record: CheckRecord, **changes: object) -> CheckRecord:
    import dataclasses

    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
