"""The outbox: claiming due deliveries and recording how sending went.

A delivery row moves through these states::

    pending ──claim──▶ sending ──mark_sent──▶ sent
       ▲                 │  │
       └──mark_failed────┘  ├──mark_failed (attempts used up)──▶ failed
         (backoff)          └──mark_uncertain / claim expired──▶ uncertain
                                                                   │ claim (one resend)
                                                                   ▼
                                                         sending ──▶ sent | failed

``uncertain`` means the message may have gone out (an e-mail server dropped the
connection after DATA, or the sender crashed mid-send). It is resent once after a
delay, with the same Message-ID, then it is ``sent`` or ``failed`` — never a loop of
duplicates.

Each function runs its own short transaction through the session factory. Claims
are atomic on both backends: SQLite's ``BEGIN IMMEDIATE`` serialises claimers,
PostgreSQL uses ``SELECT ... FOR UPDATE SKIP LOCKED``; so two daemons never claim
the same row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from storage.queries import StoredChange, load_changes
from storage.schema import DeliveryRow

BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_CAP = dt.timedelta(hours=6)
MAX_ATTEMPTS = 12
RESEND_AFTER = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class ClaimedDelivery:
    """A delivery claimed for sending; ``attempts`` counts this one."""

    id: int
    change_id: int
    subscriber: str
    attempts: int
    message_id: str
    resend: bool


@dataclass(frozen=True)
class Batch:
    """The claimed deliveries of one subscriber for one check: one message."""

    subscriber: str
    page: str
    deliveries: tuple[ClaimedDelivery, ...]
    changes: tuple[StoredChange, ...]

    @property
    def delivery_ids(self) -> tuple[int, ...]:
        return tuple(d.id for d in self.deliveries)

    @property
    def message_id(self) -> str:
        """Message-ID for the whole batch (its first delivery's, stable across resends)."""
        return self.deliveries[0].message_id


def backoff(attempts: int) -> dt.timedelta:
    """Delay before the next try after ``attempts`` failed ones: 1 min doubling, 6 h cap."""
    delay: dt.timedelta = BACKOFF_FIRST * 2 ** min(max(attempts - 1, 0), 20)
    return min(delay, BACKOFF_CAP)


def claim_due(
    sessions: sessionmaker[Session],
    holder: str,
    now: dt.datetime,
    limit: int = 100,
    claim_s: float = 300.0,
) -> list[ClaimedDelivery]:
    """Claim up to ``limit`` due rows for ``holder`` until ``now + claim_s``, oldest first.

    First, rows whose claim expired while ``sending`` (a crashed sender) become
    ``uncertain`` (or ``failed`` if they already were once). A recipient's messages
    go out in the order of their changes: a row waits while an older row of the same
    recipient is unfinished and not due (waiting for a retry) or being sent, so a
    "cancelled" never overtakes the "updated" before it.
    """
    older = aliased(DeliveryRow)
    waits_behind_older = exists().where(
        older.subscriber == DeliveryRow.subscriber,
        older.id < DeliveryRow.id,
        or_(
            older.status == "sending",
            and_(older.status.in_(_UNFINISHED), older.next_attempt_at > now),
        ),
    )
    with sessions.begin() as session:
        _expire_claims(session, now)
        rows = session.scalars(
            select(DeliveryRow)
            .where(
                DeliveryRow.status.in_(_UNFINISHED),
                DeliveryRow.next_attempt_at <= now,
                ~waits_behind_older,
            )
            .order_by(DeliveryRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        claimed = []
        for row in rows:
            claimed.append(
                ClaimedDelivery(
                    id=row.id,
                    change_id=row.change_id,
                    subscriber=row.subscriber,
                    attempts=row.attempts + 1,
                    message_id=row.message_id,
                    resend=row.status == "uncertain",
                )
            )
            row.status, row.attempts = "sending", row.attempts + 1
            row.claimed_by, row.claimed_until = holder, now + dt.timedelta(seconds=claim_s)
        return claimed


_UNFINISHED = ("pending", "uncertain")


def release(
    sessions: sessionmaker[Session], deliveries: Sequence[ClaimedDelivery], holder: str
) -> int:
    """Give claimed deliveries back unsent, as they were before :func:`claim_due`.

    For a drain that stops sending to a recipient (an older message of theirs just
    failed): the rows then wait behind that one. Returns how many rows changed.
    """
    by_id = {delivery.id: delivery for delivery in deliveries}
    with sessions.begin() as session:
        rows = _claimed_rows(session, list(by_id), holder)
        for row in rows:
            claimed = by_id[row.id]
            row.status = "uncertain" if claimed.resend else "pending"
            row.attempts = claimed.attempts - 1
            row.claimed_by = row.claimed_until = None
        return len(rows)


def _expire_claims(session: Session, now: dt.datetime) -> None:
    stale = session.scalars(
        select(DeliveryRow)
        .where(DeliveryRow.status == "sending", DeliveryRow.claimed_until < now)
        .with_for_update(skip_locked=True)
    ).all()
    for row in stale:
        _to_uncertain(row, f"claim of {row.claimed_by} expired while sending", now, dt.timedelta())


def _to_uncertain(row: DeliveryRow, error: str, now: dt.datetime, delay: dt.timedelta) -> None:
    row.claimed_by = row.claimed_until = None
    row.last_error = error
    if row.uncertain_at is not None:
        row.status = "failed"
        row.last_error = f"{error}; outcome uncertain twice, not resending"
        return
    row.status, row.uncertain_at, row.next_attempt_at = "uncertain", now, now + delay


def _claimed_rows(session: Session, ids: Sequence[int], holder: str) -> Sequence[DeliveryRow]:
    return session.scalars(
        select(DeliveryRow)
        .where(
            DeliveryRow.id.in_(ids),
            DeliveryRow.status == "sending",
            DeliveryRow.claimed_by == holder,
        )
        .with_for_update()
    ).all()


def mark_sent(
    sessions: sessionmaker[Session], ids: Sequence[int], holder: str, now: dt.datetime
) -> int:
    """Record that the deliveries went out; returns how many rows changed.

    Applies even when the claim was lost meanwhile: the message did go out, and
    marking it keeps anyone from sending it again.
    """
    with sessions.begin() as session:
        rows = session.scalars(
            select(DeliveryRow)
            .where(DeliveryRow.id.in_(ids), DeliveryRow.status != "sent")
            .with_for_update()
        ).all()
        for row in rows:
            row.status, row.sent_at = "sent", now
            row.claimed_by = row.claimed_until = None
        return len(rows)


def mark_failed(
    sessions: sessionmaker[Session],
    ids: Sequence[int],
    holder: str,
    error: str,
    now: dt.datetime,
    *,
    permanent: bool = False,
    max_attempts: int = MAX_ATTEMPTS,
) -> int:
    """Record that sending certainly did not happen; retry later with backoff.

    After ``max_attempts`` (or at once when ``permanent``) the row is ``failed``
    with ``error`` kept. Only rows still claimed by ``holder`` change. ``error``
    must be free of secrets.
    """
    with sessions.begin() as session:
        rows = _claimed_rows(session, ids, holder)
        for row in rows:
            row.claimed_by = row.claimed_until = None
            row.last_error = error
            if permanent or row.attempts >= max_attempts:
                row.status = "failed"
            else:
                row.status, row.next_attempt_at = "pending", now + backoff(row.attempts)
        return len(rows)


def mark_uncertain(
    sessions: sessionmaker[Session],
    ids: Sequence[int],
    holder: str,
    error: str,
    now: dt.datetime,
    *,
    resend_after: dt.timedelta = RESEND_AFTER,
) -> int:
    """Record that the message may or may not have gone out.

    The first time, the row is resent once after ``resend_after``; a second
    uncertain outcome makes it ``failed`` (no endless duplicates).
    """
    with sessions.begin() as session:
        rows = _claimed_rows(session, ids, holder)
        for row in rows:
            _to_uncertain(row, error, now, resend_after)
        return len(rows)


def load_batches(
    sessions: sessionmaker[Session], claimed: Sequence[ClaimedDelivery]
) -> list[Batch]:
    """Group claimed deliveries into one batch per (subscriber, page, check)."""
    with sessions() as session:
        changes = {c.id: c for c in load_changes(session, sorted({d.change_id for d in claimed}))}
    groups: dict[tuple[str, str, str], list[ClaimedDelivery]] = {}
    for delivery in sorted(claimed, key=lambda d: (d.change_id, d.id)):
        change = changes[delivery.change_id]
        # Alerts without a check stay messages of their own.
        occasion = f"check {change.check_id}" if change.check_id else f"change {change.id}"
        groups.setdefault((delivery.subscriber, change.page, occasion), []).append(delivery)
    return [
        Batch(
            subscriber=subscriber,
            page=page,
            deliveries=tuple(deliveries),
            changes=tuple(changes[d.change_id] for d in deliveries),
        )
        for (subscriber, page, _check), deliveries in groups.items()
    ]
