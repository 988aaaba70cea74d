"""Draining the outbox: claimed deliveries → one message per recipient and check → sent.

A subscriber with several apprise URLs is several *recipients* in the outbox
(``team``, ``team#2``, …), so one broken channel is retried on its own and never
makes a working one receive the message twice.

Exactly once: a row is marked ``sent`` right after apprise accepts it. The only
window is a crash between those two steps; the claim then expires and the row is
resent once as ``uncertain`` (e-mails carry a stable id header, so the copy is
recognisable). See docs/notifications.md.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from notify.messages import Notice
    from notify.send import Sender
    from rvr_watch.config.model import SubscriberConfig
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


@dataclass
class DrainReport:
    """What one drain did, for the summary line and the logs."""

    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.sent + self.failed + self.uncertain

    def summary(self) -> str:
        """``notifications: 2 sent, 1 failed (will retry)``."""
        parts = [f"{self.sent} sent"]
        if self.failed:
            parts.append(f"{self.failed} failed (kept for retry)")
        if self.uncertain:
            parts.append(f"{self.uncertain} uncertain (resent once later)")
        return "notifications: " + ", ".join(parts)


def drain_outbox(
    sessions: sessionmaker[Session],
    subscribers: Sequence[SubscriberConfig],
    sender: Sender,
    *,
    pages: dict[str, str],
    tz: ZoneInfo,
    holder: str,
    clock: Callable[[], dt.datetime],
    limit: int = 200,
) -> DrainReport:
    """Claim due deliveries, send one message per recipient and check, mark each row."""
    from storage import outbox

    drain = _Drain(sessions, subscribers, sender, pages, tz, holder, clock)
    while True:
        claimed = outbox.claim_due(sessions, holder, clock(), limit=limit)
        if not claimed:
            return drain.report
        for batch in outbox.load_batches(sessions, claimed):
            if batch.subscriber in drain.stalled:
                # Its older message just failed: keep the order, this one waits behind it.
                outbox.release(sessions, batch.deliveries, holder)
                continue
            drain.deliver(batch)
        if len(claimed) < limit or drain.stalled:
            return drain.report


@dataclass
class _Drain:
    """The parts of one drain, and its running report."""

    sessions: sessionmaker[Session]
    subscribers: Sequence[SubscriberConfig]
    sender: Sender
    pages: dict[str, str]
    tz: ZoneInfo
    holder: str
    clock: Callable[[], dt.datetime]
    report: DrainReport = field(default_factory=DrainReport)
    stalled: set[str] = field(default_factory=set)  # recipients whose message failed now

    def deliver(self, batch: Batch) -> None:
        """Send one batch to its recipient and mark its rows by the outcome."""
        from notify.messages import render_message
        from storage import outbox

        ids, holder = batch.delivery_ids, self.holder
        target = resolve_recipient(batch.subscriber, self.subscribers)
        if target is None:
            reason = "subscriber no longer configured"
            outbox.mark_failed(self.sessions, ids, holder, reason, self.clock(), permanent=True)
            self.report.failed += len(ids)
            return
        subscriber, url = target
        notices = _notices(batch, self.sessions, self.pages)
        message = render_message(notices, language=subscriber.language, tz=self.tz)
        (result,) = self.sender.send([url], message, message_id=batch.message_id)
        now = self.clock()
        if result.outcome == "sent":
            outbox.mark_sent(self.sessions, ids, holder, now)
            self.report.sent += len(ids)
        elif result.outcome == "uncertain":
            error = result.error or "reply lost"
            outbox.mark_uncertain(self.sessions, ids, holder, error, now)
            self.report.uncertain += len(ids)
        else:
            error = result.error or "delivery failed"
            outbox.mark_failed(self.sessions, ids, holder, error, now)
            self.report.failed += len(ids)
            self.report.errors.append(f"{batch.subscriber} ({result.url_redacted}): {error}")
        if result.outcome != "sent":
            self.stalled.add(batch.subscriber)
        fields = {"subscriber": batch.subscriber, "page": batch.page, "deliveries": len(ids)}
        if result.outcome == "sent":
            log.info("delivery to %s: sent", batch.subscriber, extra=fields)
        else:  # the reason is redacted by the sender; operators need it, not just the count
            reason = result.error or result.outcome
            log.warning(
                "delivery to %s (%s): %s: %s",
                batch.subscriber,
                result.url_redacted,
                result.outcome,
                reason,
                extra=fields,
            )


def _notices(batch: Batch, sessions: sessionmaker[Session], pages: dict[str, str]) -> list[Notice]:
    from storage.queries import calendar_identities
    from storage.repo import load_last_good

    event_changes = [c.id for c in batch.changes if not c.is_monitor]
    with sessions() as session:
        identities = calendar_identities(session, event_changes) if event_changes else {}
        # Subscribers know the series by its published title, not by our config name.
        last_good = load_last_good(session, batch.page)
    title = last_good.series.title if last_good else None
    return [_notice(change, pages, identities, title) for change in batch.changes]


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
