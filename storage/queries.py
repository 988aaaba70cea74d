"""Read-only views of the history database for the CLI (``events``, ``changes``, ``status``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from scraper.model import Event, Page
from storage.diff import Change
from storage.kinds import ChangeKind, MonitorKind
from storage.records import CheckOutcome
from storage.repo import snapshot_body
from storage.schema import (
    Base,
    ChangeRow,
    CheckRow,
    DaemonRow,
    DeliveryRow,
    EventRow,
    EventVersionRow,
    PageRow,
    PageStateRow,
    SnapshotRow,
)


@dataclass(frozen=True)
class StoredEvent:
    """An event identity with its current state and bookkeeping times (UTC)."""

    id: int
    page: str
    event: Event
    first_key: str
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime
    gone_at: dt.datetime | None


@dataclass(frozen=True)
class StoredChange:
    """A stored change or monitor alert.

    ``data`` is ``Change.to_json()`` for event kinds and the alert details for
    ``monitor_*`` kinds; ``fields`` the list of ``{"field", "old", "new"}``.
    """

    id: int
    page: str
    page_url: str
    event_id: int | None
    check_id: int | None
    detected_at: dt.datetime
    kind: ChangeKind | MonitorKind
    fields: list[dict[str, Any]]
    data: dict[str, Any]

    @property
    def is_monitor(self) -> bool:
        return self.kind.startswith("monitor_")

    def change(self) -> Change:
        """The :class:`Change` itself (not for monitor kinds)."""
        if self.is_monitor:
            raise ValueError(f"a {self.kind} alert is not an event change")
        return Change.from_json(self.data)


@dataclass(frozen=True)
class FailedDelivery:
    """A delivery that was given up, with the reason kept."""

    change_id: int
    subscriber: str
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class PageStatus:
    """One line of ``rvr-watch status`` (times UTC)."""

    name: str
    url: str
    last_check_at: dt.datetime | None
    last_outcome: CheckOutcome | None
    last_error: str | None
    last_success_at: dt.datetime | None
    consecutive_failures: int
    failing_since: dt.datetime | None
    alert_open: bool
    checks: int
    snapshots: int
    pending_deliveries: int
    failed_deliveries: tuple[FailedDelivery, ...]


def list_events(
    session: Session,
    page: str | None = None,
    include_all: bool = False,
    today: dt.date | None = None,
) -> list[StoredEvent]:
    """Events by date; by default only listed, upcoming ones (on or after ``today``).

    ``include_all`` adds past, cancelled and no longer listed events.
    """
    query = select(EventRow, PageRow.name).join(PageRow, PageRow.id == EventRow.page_id)
    if page is not None:
        query = query.where(PageRow.name == page)
    if not include_all:
        query = query.where(EventRow.gone_at.is_(None), EventRow.status == "upcoming")
        if today is not None:
            query = query.where(EventRow.date >= today)
    query = query.order_by(EventRow.date, EventRow.start_utc, EventRow.id)
    return [
        StoredEvent(
            id=row.id,
            page=name,
            event=Event.from_json(row.data),
            first_key=row.first_key,
            first_seen_at=row.first_seen_at,
            last_seen_at=row.last_seen_at,
            gone_at=row.gone_at,
        )
        for row, name in session.execute(query)
    ]


def list_changes(
    session: Session, since: dt.datetime | None = None, page: str | None = None
) -> list[StoredChange]:
    """Changes and alerts, newest first, optionally detected at or after ``since``."""
    query = select(ChangeRow.id)
    if since is not None:
        query = query.where(ChangeRow.detected_at >= since)
    if page is not None:
        query = query.join(PageRow, PageRow.id == ChangeRow.page_id).where(PageRow.name == page)
    ids = session.scalars(query.order_by(ChangeRow.detected_at.desc(), ChangeRow.id.desc()))
    return load_changes(session, list(ids))


def load_changes(session: Session, ids: list[int]) -> list[StoredChange]:
    """The changes with these ids, in the order given."""
    if not ids:
        return []
    query = (
        select(ChangeRow, PageRow.name, PageRow.url)
        .join(PageRow, PageRow.id == ChangeRow.page_id)
        .where(ChangeRow.id.in_(ids))
    )
    found = {
        row.id: StoredChange(
            id=row.id,
            page=name,
            page_url=url,
            event_id=row.event_id,
            check_id=row.check_id,
            detected_at=row.detected_at,
            kind=cast("ChangeKind | MonitorKind", row.kind),  # held by the check constraint
            fields=row.fields,
            data=row.data,
        )
        for row, name, url in session.execute(query)
    }
    return [found[i] for i in ids if i in found]


def page_status(session: Session) -> list[PageStatus]:
    """Health of every page, by name."""
    result = []
    query = select(PageRow, PageStateRow).join(PageStateRow, PageStateRow.page_id == PageRow.id)
    for page, state in session.execute(query.order_by(PageRow.name)):
        last = session.execute(
            select(CheckRow.outcome, CheckRow.error)
            .where(CheckRow.page_id == page.id)
            .order_by(CheckRow.started_at.desc(), CheckRow.id.desc())
            .limit(1)
        ).first()
        result.append(
            PageStatus(
                name=page.name,
                url=page.url,
                last_check_at=state.last_check_at,
                # The table's check constraint holds it to CHECK_OUTCOMES.
                last_outcome=cast(CheckOutcome, last[0]) if last else None,
                last_error=last[1] if last else None,
                last_success_at=state.last_success_at,
                consecutive_failures=state.consecutive_failures,
                failing_since=state.failing_since,
                alert_open=state.alert_open,
                checks=_count(session, CheckRow, CheckRow.page_id == page.id),
                snapshots=_count(session, SnapshotRow, SnapshotRow.page_id == page.id),
                pending_deliveries=_count_deliveries(session, page.id),
                failed_deliveries=_failed_deliveries(session, page.id),
            )
        )
    return result


def _count(session: Session, table: type[Base], condition: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(table).where(condition)) or 0


def _count_deliveries(session: Session, page_id: int) -> int:
    query = (
        select(func.count())
        .select_from(DeliveryRow)
        .join(ChangeRow, ChangeRow.id == DeliveryRow.change_id)
        .where(
            ChangeRow.page_id == page_id,
            DeliveryRow.status.in_(("pending", "sending", "uncertain")),
        )
    )
    return session.scalar(query) or 0


def _failed_deliveries(session: Session, page_id: int) -> tuple[FailedDelivery, ...]:
    query = (
        select(DeliveryRow)
        .join(ChangeRow, ChangeRow.id == DeliveryRow.change_id)
        .where(ChangeRow.page_id == page_id, DeliveryRow.status == "failed")
        .order_by(DeliveryRow.id)
    )
    return tuple(
        FailedDelivery(row.change_id, row.subscriber, row.attempts, row.last_error)
        for row in session.scalars(query)
    )


@dataclass(frozen=True)
class DaemonBeat:
    """A daemon's row: who it is and when it last said it was alive (UTC)."""

    holder: str
    host: str
    pid: int
    started_at: dt.datetime
    beat_at: dt.datetime
    interval_s: int

    def alive(self, now: dt.datetime, missed: int = 3) -> bool:
        """Whether the heartbeat is recent: fewer than ``missed`` beats were skipped."""
        return now - self.beat_at <= dt.timedelta(seconds=self.interval_s * missed)


def daemons(session: Session) -> list[DaemonBeat]:
    """Every daemon that has a row (running, or gone without removing it), newest first."""
    rows = session.scalars(select(DaemonRow).order_by(DaemonRow.beat_at.desc()))
    return [
        DaemonBeat(r.holder, r.host, r.pid, r.started_at, r.beat_at, r.interval_s) for r in rows
    ]


# --- snapshots (``rvr-watch snapshots`` and ``diff``) ------------------------------------


@dataclass(frozen=True)
class SnapshotInfo:
    """One stored body: ``events`` is ``None`` when the page was refused; ``checks`` how
    many checks saw this body."""

    id: int
    page: str
    first_seen_at: dt.datetime
    sha256: str
    size: int
    events: int | None
    checks: int


@dataclass(frozen=True)
class StoredSnapshot:
    """A snapshot with its raw body and its parse (``None`` when refused)."""

    id: int
    page: str
    first_seen_at: dt.datetime
    body: bytes
    content_type: str | None
    parsed: Page | None


def list_snapshots(session: Session, page: str | None = None) -> list[SnapshotInfo]:
    """Every snapshot (of ``page``), oldest first."""
    seen = (
        select(CheckRow.snapshot_id, func.count().label("checks"))
        .where(CheckRow.snapshot_id.is_not(None))
        .group_by(CheckRow.snapshot_id)
        .subquery()
    )
    query = (
        select(SnapshotRow, PageRow.name, seen.c.checks)
        .join(PageRow, PageRow.id == SnapshotRow.page_id)
        .outerjoin(seen, seen.c.snapshot_id == SnapshotRow.id)
    )
    if page is not None:
        query = query.where(PageRow.name == page)
    return [
        SnapshotInfo(
            id=snap.id,
            page=name,
            first_seen_at=snap.first_seen_at,
            sha256=snap.sha256,
            size=snap.size,
            events=len(snap.parsed.get("events") or []) if snap.parsed is not None else None,
            checks=checks or 0,
        )
        for snap, name, checks in session.execute(
            query.order_by(SnapshotRow.first_seen_at, SnapshotRow.id)
        )
    ]


def get_snapshot(session: Session, snapshot_id: int) -> StoredSnapshot | None:
    """Snapshot ``snapshot_id`` with its body, or ``None``."""
    found = session.execute(
        select(SnapshotRow, PageRow.name)
        .join(PageRow, PageRow.id == SnapshotRow.page_id)
        .where(SnapshotRow.id == snapshot_id)
    ).first()
    if found is None:
        return None
    row, page = found
    return StoredSnapshot(
        id=row.id,
        page=page,
        first_seen_at=row.first_seen_at,
        body=snapshot_body(session, row.id),
        content_type=row.content_type,
        parsed=Page.from_json(row.parsed) if row.parsed is not None else None,
    )


# --- event histories (``rvr-watch history``) ---------------------------------------------


@dataclass(frozen=True)
class EventMatch:
    """An event identity found by a search term."""

    id: int
    page: str
    key: str
    title: str


@dataclass(frozen=True)
class EventVersion:
    """One stored state of an event; ``kind`` is the change its check recorded, if any."""

    valid_from: dt.datetime
    valid_to: dt.datetime | None
    check_id: int
    kind: str | None
    changed_fields: list[str]
    data: dict[str, Any]


@dataclass(frozen=True)
class EventHistory:
    """An event identity, its versions (oldest first) and its changes."""

    event_id: int
    page: str
    key: str
    first_key: str
    first_seen_at: dt.datetime
    gone_at: dt.datetime | None
    versions: list[EventVersion]
    changes: list[dict[str, Any]]


def find_events(
    session: Session, term: str, page: str | None = None
) -> tuple[bool, list[EventMatch]]:
    """Events whose current or first key is ``term`` (``(True, ...)``), else those whose
    key starts with it or whose key or title contains it, ignoring case (``(False, ...)``);
    oldest first."""
    query = select(EventRow.id, PageRow.name, EventRow.key, EventRow.title).join(
        PageRow, PageRow.id == EventRow.page_id
    )
    if page is not None:
        query = query.where(PageRow.name == page)
    query = query.order_by(EventRow.first_seen_at, EventRow.id)
    exact = session.execute(
        query.where(or_(EventRow.key == term, EventRow.first_key == term))
    ).all()
    if exact:
        return True, [EventMatch(*row) for row in exact]
    loose = session.execute(
        query.where(
            or_(
                EventRow.key.icontains(term, autoescape=True),
                EventRow.first_key.icontains(term, autoescape=True),
                EventRow.title.icontains(term, autoescape=True),
            )
        )
    ).all()
    return False, [EventMatch(*row) for row in loose]


def event_history(session: Session, event_id: int) -> EventHistory:
    """The whole history of event ``event_id``."""
    event, page_name = session.execute(
        select(EventRow, PageRow.name)
        .join(PageRow, PageRow.id == EventRow.page_id)
        .where(EventRow.id == event_id)
    ).one()
    changes = session.scalars(
        select(ChangeRow).where(ChangeRow.event_id == event.id).order_by(ChangeRow.id)
    ).all()
    kind_by_check = {change.check_id: change.kind for change in changes}
    versions = session.scalars(
        select(EventVersionRow)
        .where(EventVersionRow.event_id == event.id)
        .order_by(EventVersionRow.valid_from, EventVersionRow.id)
    ).all()
    return EventHistory(
        event_id=event.id,
        page=page_name,
        key=event.key,
        first_key=event.first_key,
        first_seen_at=event.first_seen_at,
        gone_at=event.gone_at,
        versions=[
            EventVersion(
                v.valid_from,
                v.valid_to,
                v.check_id,
                kind_by_check.get(v.check_id),
                list(v.changed_fields),
                dict(v.data),
            )
            for v in versions
        ],
        changes=[
            {"id": c.id, "kind": c.kind, "detected_at": c.detected_at, "fields": c.fields}
            for c in changes
        ],
    )


def page_names(session: Session) -> list[str]:
    """The names of the pages the database has seen."""
    return list(session.scalars(select(PageRow.name).order_by(PageRow.name)))


CALENDAR_REVISING_KINDS = ("rescheduled", "updated", "cancelled")


def calendar_uid(page: str, first_key: str, event_id: int | None = None) -> str:
    """The iCalendar UID of an event identity: stable across reschedules and renames.

    ``<first key>@<page>.rvr-watch``; with ``event_id`` (for an identity that is not the
    first on its page with this first key, see :func:`calendar_uids`)
    ``<first key>.<event id>@<page>.rvr-watch``. Keys never contain a dot, so the two
    forms cannot meet.
    """
    if event_id is None:
        return f"{first_key}@{page}.rvr-watch"
    return f"{first_key}.{event_id}@{page}.rvr-watch"


def calendar_uids(session: Session, event_ids: list[int]) -> dict[int, str]:
    """The calendar UID of each of these events.

    An event that is re-announced after it left the page (or a second date with the same
    title) gets a new identity whose first key may be that of an older one on the same
    page. The oldest identity with a first key keeps the plain UID, the one it has always
    had; every later one has its event id in its UID, so one feed never carries two
    entries with the same UID, and no UID changes once given out (rows are never deleted).
    """
    if not event_ids:
        return {}
    older = aliased(EventRow)
    has_older = (
        exists()
        .where(
            older.page_id == EventRow.page_id,
            older.first_key == EventRow.first_key,
            older.id < EventRow.id,
        )
        .correlate(EventRow)
    )
    rows = session.execute(
        select(EventRow.id, EventRow.first_key, PageRow.name, has_older.label("later"))
        .join(PageRow, PageRow.id == EventRow.page_id)
        .where(EventRow.id.in_(event_ids))
    ).all()
    return {
        event_id: calendar_uid(page, first_key, event_id if later else None)
        for event_id, first_key, page, later in rows
    }


def calendar_identities(session: Session, change_ids: list[int]) -> dict[int, tuple[str, int]]:
    """For each change of an event: its calendar UID and SEQUENCE as of that change.

    The UID is the event's :func:`calendar_uids`. SEQUENCE counts the reschedules,
    updates and cancellations of the event up to and including the change, so calendar
    apps take each later message as a newer version.
    """
    query = select(ChangeRow.id, ChangeRow.event_id).where(ChangeRow.id.in_(change_ids))
    event_of = {
        change_id: event_id
        for change_id, event_id in session.execute(query)
        if event_id is not None
    }
    uids = calendar_uids(session, sorted(set(event_of.values())))
    result: dict[int, tuple[str, int]] = {}
    for change_id, event_id in event_of.items():
        sequence = session.scalar(
            select(func.count())
            .select_from(ChangeRow)
            .where(
                ChangeRow.event_id == event_id,
                ChangeRow.id <= change_id,
                ChangeRow.kind.in_(CALENDAR_REVISING_KINDS),
            )
        )
        result[change_id] = (uids[event_id], int(sequence or 0))
    return result
