"""The outbox: claiming due deliveries and recording how sending went.

One row per (change, recipient). The states (the table with every transition is in
docs/notifications.md, "The delivery state machine")::

    pending ─claim─▶ claimed ─start_attempt─▶ sending ─mark_sent─▶ sent
       ▲               │                        │ mark_failed ─▶ pending (backoff) | failed
       └─ claimant dead┘                        │ mark_uncertain / sender dead
          or release                            ▼
                                            uncertain ─(resend once)─claim─▶ claimed …

* ``claimed``: reserved by a live sender, not tried yet. If the sender dies, the row
  goes back to where it was (``pending``, or ``uncertain`` awaiting its resend) at the
  next claim of anyone: nothing was sent, so nothing is uncertain.
* ``sending``: the attempt started, in its own transaction right before the send
  (:func:`start_attempt`). Only such a row can become ``uncertain``.
* ``uncertain``: the message may have gone out (a reply lost, a read timeout after the
  request was written, or the sender died mid-send). With ``next_attempt_at`` set it is
  resent once; without, it is final: it was resent once already, or the recipient says
  ``resend_uncertain: never``.
* ``sent`` and ``failed`` are final.

A sender on this host (holder ``host:pid:…``) is alive while its process is, and dead
the moment it is gone. A sender elsewhere is alive while it renews its lease
``sender:<holder>`` (in ``leases``), the heartbeat of its drain (:func:`heartbeat`,
every few seconds). So a crash blocks nobody for minutes.

Each recipient's messages go out in order: only a recipient's oldest unfinished row
(its *head*) and the rows of the same check are claimed, and only when due. A
recipient whose head waits for a retry or is being sent waits; others do not.

Each function runs its own short transaction through the session factory. Claims are
atomic on both backends: SQLite's ``BEGIN IMMEDIATE`` serialises claimers, PostgreSQL
locks the head row with ``FOR UPDATE SKIP LOCKED`` before taking its group.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage import lease
from storage.queries import StoredChange, load_changes
from storage.schema import ChangeRow, DeliveryRow, LeaseRow, PageRow

BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_CAP = dt.timedelta(hours=6)
MAX_ATTEMPTS = 12
RESEND_AFTER = dt.timedelta(minutes=1)
SENDER_TTL_S = 30.0  # a sender whose heartbeat is older than this is dead
GROUPS_PER_CLAIM = 20
SENDER_LEASE = "sender:"
# A local sender's pid still running this long after its claim, without a heartbeat,
# belongs to another program now (pids are reused).
PID_REUSE_AFTER = dt.timedelta(minutes=10)

_WAITING = ("pending", "uncertain")  # may be claimed when due
_HELD = ("claimed", "sending")  # a sender has them


@dataclass(frozen=True)
class ClaimedDelivery:
    """A delivery claimed for sending; ``attempts`` counts the attempts before this one."""

    id: int
    change_id: int
    subscriber: str
    attempts: int
    message_id: str
    resend: bool


@dataclass(frozen=True)
class Batch:
    """The claimed deliveries of one recipient for one check: one message."""

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

    @property
    def resend(self) -> bool:
        return any(d.resend for d in self.deliveries)


LOCK_TIMEOUT_MS = 500


@contextlib.contextmanager
def _writing(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A write transaction that gives up on a PostgreSQL row lock after 0.5 s.

    A lock held elsewhere (an analyst's ``SELECT ... FOR UPDATE``) then fails the
    write instead of stalling the drain; the caller retries it later. SQLite's busy
    timeout plays that part there.
    """
    with sessions.begin() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}"))
        yield session


def backoff(attempts: int) -> dt.timedelta:
    """Delay before the next try after ``attempts`` failed ones: 1 min doubling, 6 h cap."""
    delay: dt.timedelta = BACKOFF_FIRST * 2 ** min(max(attempts - 1, 0), 20)
    return min(delay, BACKOFF_CAP)


# --- senders: heartbeat and liveness ---------------------------------------------------------


def heartbeat(
    sessions: sessionmaker[Session], holder: str, now: dt.datetime, ttl_s: float = SENDER_TTL_S
) -> None:
    """Say that ``holder`` is alive until ``now + ttl_s`` (its lease ``sender:<holder>``)."""
    lease.acquire(sessions, SENDER_LEASE + holder, holder, ttl_s, now)


def end_drain(sessions: sessionmaker[Session], holder: str) -> int:
    """A drain is over: give back rows it claimed but never tried, end its heartbeat.

    Rows it left ``sending`` (an outcome it could not record) are then a dead sender's:
    the next claimer makes them ``uncertain``. Returns how many rows were given back.
    """
    with _writing(sessions) as session:
        rows = session.scalars(
            select(DeliveryRow)
            .where(DeliveryRow.status == "claimed", DeliveryRow.claimed_by == holder)
            .with_for_update()
        ).all()
        for row in rows:
            _unclaim(row)
        lease.give_up(session, SENDER_LEASE + holder, holder)
        return len(rows)


def _local_pid(holder: str) -> int | None:
    """The pid of a holder ``host:pid:…`` that runs on this host, else ``None``."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return None
    return int(pid_text)


def claimant_is_local(holder: str) -> bool:
    """Whether ``holder`` names a process of this host (so its pid can be asked)."""
    return _local_pid(holder) is not None


def claimant_gone(holder: str) -> bool:
    """``True`` if ``holder`` (``host:pid:…``) names a process of this host that has ended
    (the same test as for page leases: :func:`storage.lease.holder_is_gone`)."""
    return lease.holder_is_gone(holder)


def _dead_claimants(session: Session, holder: str, now: dt.datetime) -> list[str]:
    """Senders holding rows that are gone.

    On this host the process decides: gone when its pid is (a lease that lapsed while
    the database was locked says nothing about the process). Elsewhere a sender is alive
    while its heartbeat lease is. A local pid that lives on without any heartbeat for
    :data:`PID_REUSE_AFTER` is taken as reused by another program.
    """
    claimants = session.execute(
        select(DeliveryRow.claimed_by, func.max(DeliveryRow.claimed_until))
        .where(DeliveryRow.status.in_(_HELD), DeliveryRow.claimed_by.is_not(None))
        .group_by(DeliveryRow.claimed_by)
    ).all()
    others = {c: until for c, until in claimants if c is not None and c != holder}
    if not others:
        return []
    live = set(
        session.scalars(
            select(LeaseRow.holder).where(
                LeaseRow.name.in_([SENDER_LEASE + c for c in others]), LeaseRow.expires_at >= now
            )
        ).all()
    )
    return [c for c, until in others.items() if _is_dead(c, c in live, until, now)]


def _is_dead(claimant: str, heartbeat: bool, until: dt.datetime | None, now: dt.datetime) -> bool:
    if not claimant_is_local(claimant):
        return not heartbeat
    if claimant_gone(claimant):
        return True
    return not heartbeat and (until is None or until < now - PID_REUSE_AFTER)


def _recover(
    session: Session, claimants: Sequence[str], now: dt.datetime, never_resend: Collection[str]
) -> int:
    """Rows of dead senders: untried ones go back, tried ones become ``uncertain``."""
    rows = session.scalars(
        select(DeliveryRow)
        .where(DeliveryRow.status.in_(_HELD), DeliveryRow.claimed_by.in_(claimants))
        .with_for_update(skip_locked=True)
    ).all()
    for row in rows:
        if row.status == "claimed":
            _unclaim(row)
        else:
            error = f"sender {row.claimed_by} stopped while sending"
            _to_uncertain(row, error, now, dt.timedelta(), row.subscriber in never_resend)
    if claimants:
        session.execute(
            delete(LeaseRow).where(LeaseRow.name.in_([SENDER_LEASE + c for c in claimants]))
        )
    return len(rows)


def _unclaim(row: DeliveryRow) -> None:
    row.status = "uncertain" if row.uncertain_at is not None else "pending"
    row.claimed_by = row.claimed_until = None


def _to_uncertain(
    row: DeliveryRow, error: str, now: dt.datetime, delay: dt.timedelta, never: bool
) -> None:
    row.claimed_by = row.claimed_until = None
    row.status = "uncertain"
    if row.uncertain_at is not None:
        row.next_attempt_at = None
        row.last_error = f"{error}; resent once already, not again"
    elif never:
        row.uncertain_at, row.next_attempt_at = now, None
        row.last_error = f"{error}; not resent (resend_uncertain: never)"
    else:
        row.uncertain_at, row.next_attempt_at = now, now + delay
        row.last_error = error


# --- claiming ---------------------------------------------------------------------------------


def _active() -> ColumnElement[bool]:
    """Rows that hold up their recipient's later ones: not yet final."""
    return or_(
        DeliveryRow.status.in_(("pending", *_HELD)),
        and_(DeliveryRow.status == "uncertain", DeliveryRow.next_attempt_at.is_not(None)),
    )


def claim_due(
    sessions: sessionmaker[Session],
    holder: str,
    now: dt.datetime,
    limit: int = GROUPS_PER_CLAIM,
    *,
    never_resend: Collection[str] = frozenset(),
    ttl_s: float = SENDER_TTL_S,
    first: bool = False,
) -> list[ClaimedDelivery]:
    """Claim the next message of up to ``limit`` recipients: all of its rows, whatever many.

    A recipient's next message is its head row (the oldest not final) together with
    every due row of the same check; it is claimed only when the head is due and
    nobody holds it. Also renews ``holder``'s heartbeat and first recovers the rows of
    dead senders. ``never_resend``: recipients whose uncertain rows are never resent.
    ``first``: the first claim of a drain; rows ``holder`` still holds are then left over
    from an earlier drain of this process that could not record them, and are treated
    as a dead sender's (a holder runs one drain at a time).
    """
    with _writing(sessions) as session:
        dead = _dead_claimants(session, holder, now) + ([holder] if first else [])
        if dead:
            _recover(session, dead, now, never_resend)
        lease.take(session, SENDER_LEASE + holder, holder, ttl_s, now)  # after _recover
        if never_resend:  # a recipient switched to never: its waiting resends are final
            session.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.status == "uncertain",
                    DeliveryRow.next_attempt_at.is_not(None),
                    DeliveryRow.subscriber.in_(list(never_resend)),
                )
                .values(next_attempt_at=None)
            )
        heads = select(func.min(DeliveryRow.id)).where(_active()).group_by(DeliveryRow.subscriber)
        candidates = session.execute(
            select(DeliveryRow.id, DeliveryRow.subscriber, ChangeRow.id, ChangeRow.check_id)
            .join(ChangeRow, ChangeRow.id == DeliveryRow.change_id)
            .where(DeliveryRow.id.in_(heads), _claimable(holder, now))
            .order_by(DeliveryRow.id)
        ).all()
        claimed: list[ClaimedDelivery] = []
        groups = 0
        for head_id, subscriber, change_id, check_id in candidates:
            if groups >= limit:
                break
            head = (head_id, subscriber, change_id, check_id)
            rows = _take_group_or_skip(session, head, holder, now)
            if not rows:
                continue  # another claimer got it first, or a lock held elsewhere
            groups += 1
            claimed += rows
            ids = [row.id for row in rows]
            for chunk in _chunks(ids):
                session.execute(
                    update(DeliveryRow)
                    .where(DeliveryRow.id.in_(chunk))
                    .values(
                        status="claimed",
                        claimed_by=holder,
                        claimed_until=now + dt.timedelta(seconds=ttl_s),
                    )
                    .execution_options(synchronize_session=False)
                )
        return claimed


def _claimable(holder: str, now: dt.datetime) -> ColumnElement[bool]:
    """Due rows, and rows ``holder`` claimed in an earlier round but could not start."""
    return or_(
        and_(DeliveryRow.status.in_(_WAITING), DeliveryRow.next_attempt_at <= now),
        and_(DeliveryRow.status == "claimed", DeliveryRow.claimed_by == holder),
    )


def _take_group_or_skip(
    session: Session, head: tuple[int, str, int, int | None], holder: str, now: dt.datetime
) -> list[ClaimedDelivery]:
    """:func:`_take_group`; on PostgreSQL a group locked elsewhere (an analyst's
    ``FOR UPDATE``) is skipped after the lock timeout, and the other recipients go on."""
    if session.get_bind().dialect.name != "postgresql":
        return _take_group(session, head, holder, now)
    try:
        with session.begin_nested():
            return _take_group(session, head, holder, now)
    except OperationalError:
        return []


def _take_group(
    session: Session, head: tuple[int, str, int, int | None], holder: str, now: dt.datetime
) -> list[ClaimedDelivery]:
    """The head row ``(id, recipient, change, check)`` and its check's due rows, locked."""
    head_id, subscriber, change_id, check_id = head
    due = _claimable(holder, now)
    locked = session.scalar(
        select(DeliveryRow.id)
        .where(DeliveryRow.id == head_id, due)
        .with_for_update(skip_locked=True)
    )
    if locked is None:
        return []
    # Alerts without a check stay messages of their own.
    occasion = ChangeRow.check_id == check_id if check_id is not None else ChangeRow.id == change_id
    # Core rows, not ORM objects: a digest of a huge check claims thousands at once.
    rows = session.execute(
        select(
            DeliveryRow.id,
            DeliveryRow.change_id,
            DeliveryRow.subscriber,
            DeliveryRow.attempts,
            DeliveryRow.message_id,
            DeliveryRow.uncertain_at.is_not(None),
        )
        .join(ChangeRow, ChangeRow.id == DeliveryRow.change_id)
        .where(DeliveryRow.subscriber == subscriber, DeliveryRow.id >= head_id, occasion, due)
        .order_by(DeliveryRow.id)
        .with_for_update(of=DeliveryRow)
    ).all()
    return [ClaimedDelivery(*row) for row in rows]


def _chunks(ids: Sequence[int], size: int = 5000) -> Iterator[Sequence[int]]:
    """``ids`` in slices small enough for any database's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def release(
    sessions: sessionmaker[Session], deliveries: Sequence[ClaimedDelivery], holder: str
) -> int:
    """Give claimed, untried deliveries back, as they were before :func:`claim_due`."""
    with _writing(sessions) as session:
        rows = _held_rows(session, [d.id for d in deliveries], holder, "claimed")
        for row in rows:
            _unclaim(row)
        return len(rows)


def start_attempt(
    sessions: sessionmaker[Session], ids: Sequence[int], holder: str, now: dt.datetime
) -> bool:
    """Mark claimed rows ``sending`` right before their send; ``False``: do not send.

    ``False`` when any of them is no longer claimed by ``holder`` (it was taken for dead
    and its rows were given back): then nothing changes and the message must not go.
    """
    wanted = sorted(set(ids))
    try:
        _start(sessions, wanted, holder, now)
    except _NotAllHeld:
        return False
    return True


class _NotAllHeld(Exception):
    """Rolls :func:`start_attempt` back: some rows are no longer the holder's."""


def _start(
    sessions: sessionmaker[Session], wanted: list[int], holder: str, now: dt.datetime
) -> None:
    with _writing(sessions) as session:
        changed = 0
        for chunk in _chunks(wanted):
            result = session.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.id.in_(chunk),
                    DeliveryRow.status == "claimed",
                    DeliveryRow.claimed_by == holder,
                )
                .values(status="sending", attempt_started_at=now, attempts=DeliveryRow.attempts + 1)
                .returning(DeliveryRow.id)
                .execution_options(synchronize_session=False)
            )
            changed += len(result.all())
        if changed != len(wanted):
            raise _NotAllHeld


def _held_rows(
    session: Session, ids: Sequence[int], holder: str, status: str
) -> Sequence[DeliveryRow]:
    return session.scalars(
        select(DeliveryRow)
        .where(
            DeliveryRow.id.in_(ids),
            DeliveryRow.status == status,
            DeliveryRow.claimed_by == holder,
        )
        .with_for_update()
    ).all()


# --- outcomes ---------------------------------------------------------------------------------


def mark_sent(
    sessions: sessionmaker[Session], ids: Sequence[int], holder: str, now: dt.datetime
) -> int:
    """Record that the deliveries went out; returns how many rows changed.

    Applies even when the rows were taken for a dead sender's meanwhile: the message
    did go out, and marking it keeps anyone from sending it again.
    """
    changed = 0
    with _writing(sessions) as session:
        for chunk in _chunks(ids):
            result = session.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id.in_(chunk), DeliveryRow.status != "sent")
                .values(status="sent", sent_at=now, claimed_by=None, claimed_until=None)
                .returning(DeliveryRow.id)
                .execution_options(synchronize_session=False)
            )
            changed += len(result.all())
    return changed


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

    After ``max_attempts`` (or at once when ``permanent``) the row is ``failed`` with
    ``error`` kept. Only rows ``holder`` is sending (or, for a permanent failure, has
    claimed) change. ``error`` must be free of secrets.
    """
    with _writing(sessions) as session:
        rows = [
            *_held_rows(session, ids, holder, "sending"),
            *(_held_rows(session, ids, holder, "claimed") if permanent else ()),
        ]
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
    never: bool = False,
) -> int:
    """Record that the message may or may not have gone out.

    The first time, the row is resent once after ``resend_after`` (unless ``never``);
    after that it stays ``uncertain`` for good: no loop of duplicates.
    """
    with _writing(sessions) as session:
        rows = _held_rows(session, ids, holder, "sending")
        for row in rows:
            _to_uncertain(row, error, now, resend_after, never)
        return len(rows)


# --- reading ----------------------------------------------------------------------------------


def load_batches(
    sessions: sessionmaker[Session], claimed: Sequence[ClaimedDelivery]
) -> list[Batch]:
    """Group claimed deliveries into one batch per (recipient, page, check), in claim order."""
    with sessions() as session:
        changes = {c.id: c for c in load_changes(session, sorted({d.change_id for d in claimed}))}
    groups: dict[tuple[str, str, str], list[ClaimedDelivery]] = {}
    for delivery in sorted(claimed, key=lambda d: (d.id, d.change_id)):
        change = changes[delivery.change_id]
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


@dataclass(frozen=True)
class DeliveryProblems:
    """What ``status`` reports about deliveries: counts, and the oldest few with reasons."""

    failed: int
    uncertain: int
    lines: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.failed or self.uncertain)

    def summary(self) -> str:
        """``deliveries: 2 failed, 1 uncertain``."""
        return f"deliveries: {self.failed} failed, {self.uncertain} uncertain"


def delivery_problems(session: Session, limit: int = 10) -> DeliveryProblems:
    """Deliveries that are ``failed`` or ``uncertain``: how many, and the oldest ``limit``.

    ``uncertain`` ones may have arrived: either a resend is due (``resent once at``) or
    none will be made (it was resent once already, or ``resend_uncertain: never``).
    """
    problem = DeliveryRow.status.in_(("failed", "uncertain"))
    counts = dict(
        session.execute(
            select(DeliveryRow.status, func.count()).where(problem).group_by(DeliveryRow.status)
        ).all()
    )
    rows = session.execute(
        select(
            DeliveryRow.id,
            PageRow.name,
            DeliveryRow.subscriber,
            DeliveryRow.status,
            DeliveryRow.next_attempt_at,
            DeliveryRow.last_error,
        )
        .join(ChangeRow, ChangeRow.id == DeliveryRow.change_id)
        .join(PageRow, PageRow.id == ChangeRow.page_id)
        .where(problem)
        .order_by(DeliveryRow.id)
        .limit(limit)
    ).all()
    lines = []
    for id_, page, subscriber, status, resend_at, error in rows:
        if status == "failed":
            what = "failed for good"
        elif resend_at is not None:
            what = f"uncertain, resent once at {resend_at:%Y-%m-%d %H:%M:%S} UTC"
        else:
            what = "uncertain (may have arrived), not resent"
        reason = f": {error}" if error else ""
        lines.append(f"{page}: delivery {id_} to {subscriber} {what}{reason}")
    return DeliveryProblems(counts.get("failed", 0), counts.get("uncertain", 0), tuple(lines))
