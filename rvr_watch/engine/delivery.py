"""Draining the outbox: claimed deliveries → one message per recipient and check → sent.

A subscriber with several apprise URLs is several *recipients* in the outbox
(``team``, ``team#2``, …), so one broken channel is retried on its own and never
makes a working one receive the message twice.

Exactly once, as far as a network allows (docs/notifications.md, "The delivery state
machine"): each message's rows are marked ``sending`` in their own transaction right
before the send, and ``sent`` right after. A write that fails there (a locked
database) is kept and retried with backoff while other recipients go on; the rows
stay ``sending`` meanwhile, so nobody sends them again. If the process dies, the
next claimer sees it gone (its heartbeat stops; on the same host its pid is gone):
rows it had claimed but not tried go back to ``pending``, the one it was sending
becomes ``uncertain`` and is resent once (or never, per subscriber).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rvr_watch.engine.drain_report import DrainReport

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from notify.messages import Message, Notice
    from notify.send import Sender
    from rvr_watch.config.model import SubscriberConfig, WebConfig
    from storage.outbox import Batch
    from storage.queries import StoredChange

log = logging.getLogger(__name__)

CHANNEL_SEPARATOR = "#"


def recipients(subscribers: Sequence[SubscriberConfig]) -> list[tuple[str, frozenset[str]]]:
    """Outbox recipients: one per (subscriber, URL), with the subscriber's kinds."""
    return [
        (recipient_name(subscriber.name, index), frozenset(subscriber.kinds))
        for subscriber in subscribers
        for index in range(len(subscriber.notify))
    ]


def recipient_name(subscriber: str, index: int) -> str:
    """``team`` for a subscriber's first URL, ``team#2`` for its second, and so on."""
    return subscriber if index == 0 else f"{subscriber}{CHANNEL_SEPARATOR}{index + 1}"


def resolve_recipient(
    name: str, subscribers: Sequence[SubscriberConfig]
) -> tuple[SubscriberConfig, str] | None:
    """The subscriber and URL behind a recipient name; ``None`` if no longer configured."""
    for subscriber in subscribers:
        for index, url in enumerate(subscriber.notify):
            if recipient_name(subscriber.name, index) == name:
                return subscriber, url
    return None


def never_resend(subscribers: Sequence[SubscriberConfig]) -> frozenset[str]:
    """The recipients whose uncertain deliveries are not resent (``resend_uncertain: never``)."""
    return frozenset(
        recipient_name(subscriber.name, index)
        for subscriber in subscribers
        if subscriber.resend_uncertain == "never"
        for index in range(len(subscriber.notify))
    )


def drain_outbox(
    sessions: sessionmaker[Session],
    subscribers: Sequence[SubscriberConfig],
    sender: Sender,
    *,
    pages: dict[str, str],
    tz: ZoneInfo,
    holder: str,
    clock: Callable[[], dt.datetime],
    limit: int | None = None,
    stopping: Callable[[], bool] = lambda: False,
    web: WebConfig | None = None,
) -> DrainReport:
    """Send every due message (one per recipient and check) and record each outcome.

    ``web``: the website's settings, for its self-service subscribers (``web:<id>``).

    Runs until nothing is due, or ``stopping()``; outcomes that could not be recorded
    are retried with backoff before it returns (see :class:`_Drain`). Raises the
    database's error when it cannot claim at all.
    """
    from sqlalchemy.exc import DBAPIError

    from storage import outbox

    drain = _Drain(sessions, subscribers, sender, pages, tz, holder, clock, stopping, web)
    never = never_resend(subscribers)
    groups, first = limit or outbox.GROUPS_PER_CLAIM, True
    with _Heartbeat(sessions, holder, clock):
        try:
            while not stopping():
                try:
                    claimed = outbox.claim_due(
                        sessions, holder, clock(), groups, never_resend=never, first=first
                    )
                    first = False
                except DBAPIError:
                    if not drain.unrecorded:
                        raise
                    drain.record_all()  # the database is busy: first what was sent
                    continue
                if not claimed:
                    if not drain.unrecorded:
                        break
                    drain.record_all()  # their recipients' next messages wait for these
                    continue
                for batch in outbox.load_batches(drain.reader, claimed):
                    if stopping():
                        break
                    drain.deliver(batch)
                    drain.record_waiting()
        finally:
            drain.record_all()
            _end(sessions, holder)
    return drain.report


def _end(sessions: sessionmaker[Session], holder: str) -> None:
    from sqlalchemy.exc import DBAPIError

    from storage import outbox

    try:
        outbox.end_drain(sessions, holder)
    except DBAPIError as error:  # the rows come back when the heartbeat lapses
        log.warning("ending the drain: %s", _db_error(error))


class _Heartbeat:
    """Renews the sender's lease every few seconds while a drain runs (a thread)."""

    def __init__(
        self, sessions: sessionmaker[Session], holder: str, clock: Callable[[], dt.datetime]
    ) -> None:
        from storage.outbox import SENDER_TTL_S

        self._sessions, self._holder, self._clock = sessions, holder, clock
        self._interval = SENDER_TTL_S / 6
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="drain-heartbeat", daemon=True)

    def _beat(self) -> None:
        from storage import outbox

        while not self._done.wait(self._interval):
            try:
                outbox.heartbeat(self._sessions, self._holder, self._clock())
            except Exception as error:  # a locked database: the next beat tries again
                log.debug("drain heartbeat: %s", error)

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


@dataclass
class _Outcome:
    """An outcome to write: ``sent``, ``failed`` or ``uncertain`` for some rows."""

    outcome: str
    ids: tuple[int, ...]
    subscriber: str
    error: str = ""
    permanent: bool = False
    tries: int = 0


RECORD_RETRY_FIRST_S = 0.2
RECORD_RETRY_CAP_S = 5.0
RECORD_GIVE_UP_S = 600.0


@dataclass
class _Drain:
    """The parts of one drain, its running report, and outcomes not yet written."""

    sessions: sessionmaker[Session]
    subscribers: Sequence[SubscriberConfig]
    sender: Sender
    pages: dict[str, str]
    tz: ZoneInfo
    holder: str
    clock: Callable[[], dt.datetime]
    stopping: Callable[[], bool]
    web: WebConfig | None = None
    report: DrainReport = field(default_factory=DrainReport)
    unrecorded: list[_Outcome] = field(default_factory=list)
    reader: sessionmaker[Session] = field(init=False)
    instance: str | None = None  # the database's id, for globally unique Message-IDs

    def __post_init__(self) -> None:
        from storage.engine import session_factory

        # Reads never take SQLite's write lock (a locked database must not stop them).
        bind = self.sessions.kw["bind"]
        self.reader = session_factory(bind, read_only=True) if bind is not None else self.sessions

    def deliver(self, batch: Batch) -> None:
        """Send one batch to its recipient and record the outcome."""
        from sqlalchemy.exc import DBAPIError

        from notify.mail import message_id_token
        from storage import outbox
        from storage.meta import instance_id

        ids = batch.delivery_ids
        target = resolve_recipient(batch.subscriber, self.subscribers)
        unsubscribe = None
        if target is None and self.web is not None and batch.subscriber.startswith("web:"):
            from rvr_watch.web.mail import resolve_web_recipient

            target, unsubscribe = resolve_web_recipient(self.sessions, batch.subscriber, self.web)
        if target is None:
            self._record(
                _Outcome("failed", ids, batch.subscriber, "subscriber no longer configured", True)
            )
            self.report.failed += len(ids)
            return
        subscriber, url = target
        try:
            message = _render(
                batch, self.reader, self.pages, subscriber, self.tz, unsubscribe=unsubscribe
            )
            if self.instance is None:
                with self.reader() as session:
                    self.instance = instance_id(session)
            started = outbox.start_attempt(self.sessions, ids, self.holder, self.clock())
        except DBAPIError as error:  # stays claimed: tried again in the next round
            log.warning(
                "delivery to %s: not sent now, the database refused: %s",
                batch.subscriber,
                _db_error(error),
                extra={"subscriber": batch.subscriber},
            )
            return
        if not started:  # taken for a dead sender's meanwhile: another one sends it
            return
        token = message_id_token(self.instance, ids[0])
        (result,) = self.sender.send([url], message, message_id=token)
        reason = result.error or ("reply lost" if result.outcome == "uncertain" else "failed")
        self._record(_Outcome(result.outcome, ids, batch.subscriber, reason))
        self.report.messages[result.outcome] += 1
        if result.outcome == "sent":
            self.report.recipients.add(subscriber.name)
        if result.outcome == "sent":
            self.report.sent += len(ids)
        elif result.outcome == "uncertain":
            self.report.uncertain += len(ids)
        else:
            self.report.failed += len(ids)
            self.report.errors.append(f"{batch.subscriber} ({result.url_redacted}): {reason}")
        fields = {"subscriber": batch.subscriber, "page": batch.page, "deliveries": len(ids)}
        if result.outcome == "sent":
            log.info("delivery to %s: sent", batch.subscriber, extra=fields)
        else:  # the reason is redacted by the sender; operators need it, not just the count
            log.warning(
                "delivery to %s (%s): %s: %s%s",
                batch.subscriber,
                result.url_redacted,
                result.outcome,
                reason,
                " (a resend)" if batch.resend else "",
                extra=fields,
            )

    def _record(self, outcome: _Outcome) -> None:
        self.unrecorded.append(outcome)
        self.record_waiting()

    def record_waiting(self) -> bool:
        """Try once to write every outcome not yet written; ``True`` when none is left."""
        from sqlalchemy.exc import DBAPIError

        waiting, self.unrecorded = self.unrecorded, []
        for index, outcome in enumerate(waiting):
            outcome.tries += 1
            try:
                self._write(outcome)
            except DBAPIError as error:
                self.unrecorded = waiting[index:]
                if outcome.tries > 1:
                    return False
                log.warning(
                    "delivery to %s: %s, but recording it failed (will retry): %s",
                    outcome.subscriber,
                    outcome.outcome,
                    _db_error(error),
                    extra={"subscriber": outcome.subscriber, "deliveries": len(outcome.ids)},
                )
                return False
        return True

    def record_all(self) -> None:
        """Write the outcomes not yet written, retrying with backoff until it works.

        Gives up only when the process is stopping, or after :data:`RECORD_GIVE_UP_S`
        (a database that stays unwritable, e.g. a full disk): those rows then stay
        ``sending`` and become ``uncertain`` once this process is gone, as after a crash.
        """
        delay, waited = RECORD_RETRY_FIRST_S, 0.0
        while not self.record_waiting():
            if self.stopping() or waited >= RECORD_GIVE_UP_S:
                log.error(
                    "%d delivery outcomes not recorded (%s); they become uncertain",
                    len(self.unrecorded),
                    "stopping" if self.stopping() else f"database unwritable for {waited:.0f} s",
                    extra={"deliveries": sum(len(o.ids) for o in self.unrecorded)},
                )
                return
            time.sleep(delay)
            waited += delay
            delay = min(delay * 2, RECORD_RETRY_CAP_S)

    def _write(self, outcome: _Outcome) -> None:
        from storage import outbox

        now, ids, holder = self.clock(), outcome.ids, self.holder
        if outcome.outcome == "sent":
            outbox.mark_sent(self.sessions, ids, holder, now)
        elif outcome.outcome == "uncertain":
            never = outcome.subscriber in never_resend(self.subscribers)
            outbox.mark_uncertain(self.sessions, ids, holder, outcome.error, now, never=never)
        else:
            outbox.mark_failed(
                self.sessions, ids, holder, outcome.error, now, permanent=outcome.permanent
            )


def _db_error(error: Exception) -> str:
    """The first line of a database error, without SQLAlchemy's statement dump."""
    original = getattr(error, "orig", None) or error
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


# A digest shows at most this many changes in full; the rest are counted ("und 9.900
# weitere Änderungen", with the page's link), so a huge check stays one small message.
DIGEST_NOTICES = 100


def _render(
    batch: Batch,
    sessions: sessionmaker[Session],
    pages: dict[str, str],
    subscriber: SubscriberConfig,
    tz: ZoneInfo,
    *,
    unsubscribe: str | None = None,
) -> Message:
    """The one message for a batch, however many changes it has: the first
    ``DIGEST_NOTICES`` in full, the rest counted."""
    from notify.messages import Reader, render_message

    changes = batch.changes[:DIGEST_NOTICES]
    more = len(batch.changes) - len(changes)
    notices = _notices(changes, batch.page, sessions, pages)
    reader = Reader(kinds=frozenset(subscriber.kinds), list_unsubscribe=unsubscribe)
    return render_message(notices, language=subscriber.language, tz=tz, more=more, reader=reader)


def _notices(
    changes: Sequence[StoredChange],
    page: str,
    sessions: sessionmaker[Session],
    pages: dict[str, str],
) -> list[Notice]:
    from storage.queries import calendar_identities
    from storage.repo import load_last_good

    event_changes = [c.id for c in changes if not c.is_monitor]
    with sessions() as session:
        identities = calendar_identities(session, event_changes) if event_changes else {}
        # Subscribers know the series by its published title, not by our config name.
        last_good = load_last_good(session, page)
    title = last_good.series.title if last_good else None
    return [_notice(change, pages, identities, title) for change in changes]


def _notice(
    change: StoredChange,
    pages: dict[str, str],
    identities: dict[int, tuple[str, int]],
    page_title: str | None,
) -> Notice:
    from notify.messages import EventNotice, MonitorNotice

    page_url = pages.get(change.page, change.page_url)
    if change.is_monitor:
        details = change.data
        since = details.get("since")
        return MonitorNotice(
            kind="monitor_recovered" if change.kind == "monitor_recovered" else "monitor_error",
            page_name=change.page,
            page_url=page_url,
            since=dt.datetime.fromisoformat(since) if since else change.detected_at,
            failures=int(details.get("failures") or 0),
            last_error=str(details.get("last_error") or ""),
            detected_at=change.detected_at,
            page_title=page_title,
        )
    uid, sequence = identities.get(change.id, (None, 0))
    return EventNotice(
        change=change.change(),
        page_name=change.page,
        page_url=page_url,
        detected_at=change.detected_at,
        calendar_uid=uid,
        sequence=sequence,
        page_title=page_title,
    )


class DrainWorker:
    """The daemon's drains, on a thread of their own: a slow service never delays a check.

    Drains when asked (:meth:`request`, after a check recorded changes) and every
    ``interval_s``; a request during a drain makes it go round once more. ``run``
    does one drain and logs its own errors.
    """

    def __init__(self, run: Callable[[], None], interval_s: float) -> None:
        self._run, self._interval = run, interval_s
        self._wanted = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="drain", daemon=True)

    def start(self) -> None:
        """Start draining; the first drain runs at once (what was left before a restart)."""
        self._wanted.set()
        self._thread.start()

    def request(self) -> None:
        """Drain now, or once more after the drain in progress (never waits)."""
        self._wanted.set()

    def stop(self) -> None:
        """Stop after the message being sent (``run`` sees the daemon stopping)."""
        self._stopped.set()
        self._wanted.set()
        if self._thread.is_alive():
            self._thread.join()

    def _loop(self) -> None:
        while not self._stopped.is_set():
            self._wanted.wait(self._interval)
            self._wanted.clear()
            if self._stopped.is_set():
                return
            self._run()
