"""Recording checks: one transaction stores everything a check learned.

``record_check`` writes the check row, the body (once per distinct content),
the page's monitoring state, the event identities and versions, the changes, and
one outbox row per (change, subscriber) — all in the caller's session, so the
caller's single commit makes all of it durable or none of it. Nothing here
commits, reads the clock or sends anything: times come from the records.

Readers for the CLI live in :mod:`storage.queries`; the event bookkeeping in
:mod:`storage.repo_events`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from scraper.model import Page
from storage.blobs import put_blob, read_blob
from storage.claims import load_states, record_not_modified
from storage.diff import Change, EventPairs
from storage.errors import UnknownPage
from storage.kinds import MonitorKind
from storage.records import SUCCESS_OUTCOMES, CheckRecord, PageState, stored_form
from storage.repo_events import EventLinks, apply_events, expire_held, touch_listed
from storage.schema import (
    CHECK_OUTCOMES,
    ChangeRow,
    CheckRow,
    DeliveryRow,
    EventRow,
    PageRow,
    PageStateRow,
    SnapshotRow,
)

Subscribers = Sequence[tuple[str, frozenset[str]]]
"""``(name, kinds)`` per subscriber; only names are stored, never notify URLs."""

__all__ = [
    "CheckRecord",
    "PageState",
    "RecordedCheck",
    "ensure_page",
    "load_last_good",
    "load_state",
    "read_parsed_page",
    "record_check",
    "record_monitor_alert",
]


@dataclass(frozen=True)
class RecordedCheck:
    """Ids of what ``record_check`` wrote."""

    check_id: int
    snapshot_id: int | None
    change_ids: tuple[int, ...]


def ensure_page(
    session: Session, name: str, url: str, parser: str, now: dt.datetime | None = None
) -> int:
    """The id of page ``name``, creating it (and its state) or updating url/parser.

    ``now`` (default: the current time) becomes ``created_at`` of a new page.
    """
    row = session.scalar(select(PageRow).where(PageRow.name == name))
    if row is None:
        created = now or dt.datetime.now(dt.UTC)
        row = PageRow(name=name, url=url, parser=parser, created_at=created)
        session.add(row)
        session.flush()
        session.add(PageStateRow(page_id=row.id, consecutive_failures=0, alert_open=False))
        session.flush()
    elif (row.url, row.parser) != (url, parser):
        row.url, row.parser = url, parser
    return row.id


def _page_and_state(session: Session, name: str) -> tuple[PageRow, PageStateRow]:
    found = session.execute(
        select(PageRow, PageStateRow)
        .join(PageStateRow, PageStateRow.page_id == PageRow.id)
        .where(PageRow.name == name)
    ).one_or_none()
    if found is None:
        raise UnknownPage(name)
    return found[0], found[1]


def read_parsed_page(connection: Connection, snapshot_id: int) -> Page | None:
    """The parsed page of snapshot ``snapshot_id`` (``None`` if it was not parsed)."""
    digest = connection.execute(_PARSED, {"id": snapshot_id}).scalar_one_or_none()
    content = read_blob(connection, digest) if digest is not None else None
    return Page.from_json(json.loads(content)) if content is not None else None


_PARSED = select(SnapshotRow.parsed_sha256).where(SnapshotRow.id == bindparam("id"))


def _last_good_page(session: Session, snapshot_id: int | None) -> Page | None:
    if snapshot_id is None:
        return None
    session.flush()
    return read_parsed_page(session.connection(), snapshot_id)


def load_state(session: Session, name: str, *, with_page: bool = True) -> PageState:
    """The stored state of page ``name``; raises :class:`UnknownPage`.

    ``with_page=False`` leaves ``last_good`` ``None`` (its id is still set): a check that
    gets a 304 never needs the parsed page, so it need not be read and decoded.
    """
    session.flush()  # read what this session has written, as an ORM query would
    state = load_states(session, [name]).get(name)
    if state is None:
        raise UnknownPage(name)
    if not with_page:
        return state
    return dataclasses.replace(
        state, last_good=_last_good_page(session, state.last_good_snapshot_id)
    )


def load_last_good(session: Session, name: str) -> Page | None:
    """The parsed page of ``name``'s last good snapshot (``None`` before the first)."""
    _page, state = _page_and_state(session, name)
    return _last_good_page(session, state.last_good_snapshot_id)


def record_check(
    session: Session,
    page_name: str,
    record: CheckRecord,
    changes: Sequence[Change],
    *,
    subscribers: Subscribers = (),
    compared: tuple[Page | None, EventPairs] | None = None,
) -> RecordedCheck:
    """Store one check and all it implies, in the caller's transaction.

    ``changes`` is the diff of the page's last good page against ``record.page``
    (empty for a baseline or a failure). After a failed or refused check the
    last good snapshot stays, so the next good check diffs against it.
    ``compared``: the last good page and the event pairs the caller diffed with (read
    and matched before the transaction began); without it they are read and matched here.
    """
    if record.outcome not in CHECK_OUTCOMES:
        raise ValueError(f"unknown check outcome {record.outcome!r}")
    if record.outcome == "not_modified" and not changes:
        return _record_not_modified(session, page_name, record)
    return _record_through_orm(session, page_name, record, changes, subscribers, compared=compared)


def _record_through_orm(
    session: Session,
    page_name: str,
    record: CheckRecord,
    changes: Sequence[Change],
    subscribers: Subscribers,
    *,
    compared: tuple[Page | None, EventPairs] | None = None,
) -> RecordedCheck:
    """:func:`record_check` for any check, through the ORM."""
    page, state = _page_and_state(session, page_name)
    old_page, pairs = compared if compared is not None else (None, None)
    if record.page is not None and compared is None:
        old_page = _last_good_page(session, state.last_good_snapshot_id)
    check = CheckRow(
        page_id=page.id,
        started_at=record.started_at,
        duration_ms=record.duration_ms,
        http_status=record.http_status,
        bytes=len(record.body) if record.body is not None else None,
        outcome=record.outcome,
        error=record.error,
    )
    session.add(check)
    session.flush()
    if record.outcome == "not_modified":
        check.snapshot_id = state.last_good_snapshot_id
    elif record.body is not None and record.outcome != "failed":
        check.snapshot_id = _store_snapshot(session, page.id, check.id, record)
    _update_state(state, record, check.snapshot_id)
    links = EventLinks()
    if record.outcome in SUCCESS_OUTCOMES:
        if record.page is not None:
            seen = (page.id, check.id, record.started_at)
            links = apply_events(session, seen, old_page, record.page, pairs)
        touch_listed(session, page.id, check.id, record.started_at)
    change_ids = tuple(
        _add_change(
            session,
            (page.id, links.row_for(change.old, change.new), check.id),
            at=record.started_at,
            kind=change.kind,
            fields=_fields_json(change),
            data=change.to_json(),
            subscribers=subscribers,
        )
        for change in changes
    )
    session.flush()
    return RecordedCheck(check.id, check.snapshot_id, change_ids)


def _record_not_modified(session: Session, page_name: str, record: CheckRecord) -> RecordedCheck:
    """A 304 in Core statements (:func:`storage.claims.record_not_modified`)."""
    session.flush()  # nothing of the ORM's may be left pending behind these statements
    state = load_states(session, [page_name]).get(page_name)
    if state is None:
        raise UnknownPage(page_name)
    check_id = record_not_modified(session, state, record)
    expire_held(session, state.page_id, PageStateRow)
    expire_held(session, state.page_id, EventRow)
    return RecordedCheck(check_id, state.last_good_snapshot_id, ())


def _store_snapshot(session: Session, page_id: int, check_id: int, record: CheckRecord) -> int:
    """The page's snapshot of this body (new or known); body and parsed page as blobs."""
    stored = record.stored or stored_form(record.body or b"", record.page)
    connection = session.connection()
    parsed = stored.parsed
    if parsed is not None:
        put_blob(connection, parsed.sha256, parsed.size, parsed.compressed)
    existing = session.scalar(
        select(SnapshotRow).where(
            SnapshotRow.page_id == page_id, SnapshotRow.sha256 == stored.sha256
        )
    )
    if existing is not None:
        if parsed is not None and existing.parsed_sha256 != parsed.sha256:
            # Same bytes, new reading (e.g. a fixed parser): keep the newest parse.
            existing.parsed_sha256 = parsed.sha256
        return existing.id
    put_blob(connection, stored.sha256, stored.size, stored.compressed)
    row = SnapshotRow(
        page_id=page_id,
        sha256=stored.sha256,
        size=stored.size,
        content_type=record.content_type,
        etag=record.etag,
        last_modified=record.last_modified,
        final_url=record.final_url,
        parsed_sha256=parsed.sha256 if parsed is not None else None,
        first_seen_at=record.started_at,
        first_check_id=check_id,
    )
    session.add(row)
    session.flush()
    return row.id


def snapshot_body(session: Session, snapshot_id: int) -> bytes:
    """The raw body of a snapshot, decompressed."""
    row = session.get_one(SnapshotRow, snapshot_id)
    body = read_blob(session.connection(), row.sha256)
    if body is None:
        raise LookupError(f"snapshot {snapshot_id}: its body (blob {row.sha256}) is missing")
    return body


def _update_state(state: PageStateRow, record: CheckRecord, snapshot_id: int | None) -> None:
    state.last_check_at = record.started_at
    if record.outcome not in SUCCESS_OUTCOMES:
        state.consecutive_failures += 1
        state.failing_since = state.failing_since or record.started_at
        return
    state.consecutive_failures = 0
    state.failing_since = None
    state.last_success_at = record.started_at
    if record.outcome == "not_modified":
        # A 304 may refresh the validators; it never removes them.
        state.etag = record.etag or state.etag
        state.last_modified = record.last_modified or state.last_modified
        return
    state.etag, state.last_modified = record.etag, record.last_modified
    if record.page is not None:
        state.last_good_snapshot_id = snapshot_id


def _fields_json(change: Change) -> list[dict[str, Any]]:
    return [f.to_json() for f in change.fields]


def _add_change(
    session: Session,
    ids: tuple[int, int | None, int | None],
    *,
    at: dt.datetime,
    kind: str,
    fields: list[dict[str, Any]],
    data: dict[str, Any],
    subscribers: Subscribers,
) -> int:
    """Insert a change row (``ids`` = page, event, check) and its outbox rows."""
    page_id, event_id, check_id = ids
    row = ChangeRow(
        page_id=page_id,
        event_id=event_id,
        check_id=check_id,
        detected_at=at,
        kind=kind,
        fields=fields,
        data=data,
    )
    session.add(row)
    session.flush()
    wanted = "monitor_error" if kind.startswith("monitor_") else kind
    for name, kinds in subscribers:
        if wanted in kinds:
            session.add(
                DeliveryRow(
                    change_id=row.id,
                    subscriber=name,
                    status="pending",
                    attempts=0,
                    next_attempt_at=at,
                    message_id=message_id(row.id, name),
                    created_at=at,
                )
            )
    return row.id


def message_id(change_id: int, subscriber: str) -> str:
    """A stable e-mail Message-ID for one (change, subscriber) delivery."""
    digest = hashlib.sha256(f"{change_id}/{subscriber}".encode()).hexdigest()[:16]
    return f"<rvr-watch.{change_id}.{digest}@rvr-watch>"


def record_monitor_alert(
    session: Session,
    page_name: str,
    kind: MonitorKind,
    details: dict[str, Any],
    subscribers: Subscribers,
    *,
    now: dt.datetime | None = None,
    check_id: int | None = None,
) -> int:
    """Record a ``monitor_error`` or ``monitor_recovered`` change; returns its id.

    Sets the page's ``alert_open`` accordingly (the pipeline decides when, from the
    state's ``consecutive_failures`` and its threshold). Both kinds go to the
    subscribers that list ``monitor_error``. ``details`` must be JSON-able and free
    of secrets. ``check_id`` defaults to the page's latest check and ``now`` to its
    start, so an alert recorded right after ``record_check`` belongs to that check.
    """
    if kind not in ("monitor_error", "monitor_recovered"):
        raise ValueError(f"not a monitor kind: {kind!r}")
    page, state = _page_and_state(session, page_name)
    if check_id is None:
        latest = session.execute(
            select(CheckRow.id, CheckRow.started_at)
            .where(CheckRow.page_id == page.id)
            .order_by(CheckRow.id.desc())
            .limit(1)
        ).first()
        if latest is not None:
            check_id, now = latest[0], now or latest[1]
    now = now or dt.datetime.now(dt.UTC)
    state.alert_open = kind == "monitor_error"
    change_id = _add_change(
        session,
        (page.id, None, check_id),
        at=now,
        kind=kind,
        fields=[],
        data=details,
        subscribers=subscribers,
    )
    session.flush()
    return change_id
