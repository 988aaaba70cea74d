"""Recording checks: snapshots, events and their versions, changes, outbox rows, state.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

import pytest
from dbfixtures import (
    PAGE_URL,
    T0,
    failed_check,
    good_check,
    sample_event,
    sample_page,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rvr_watch.engine.wiring import Database
from scraper.model import Page
from storage.claims import load_states, record_many_not_modified
from storage.diff import diff_pages
from storage.errors import UnknownPage
from storage.queries import list_changes, list_events, page_status
from storage.repo import (
    CheckRecord,
    RecordedCheck,
    _record_through_orm,
    ensure_page,
    load_state,
    message_id,
    record_check,
    record_monitor_alert,
    snapshot_body,
)
from storage.schema import (
    ChangeRow,
    CheckRow,
    DeliveryRow,
    EventRow,
    EventVersionRow,
    PageRow,
    PageStateRow,
    SnapshotRow,
)

ROOT = Path(__file__).resolve().parent.parent
NAME = "fachkraefte-reihe"
H = dt.timedelta(hours=1)
BERLIN_TZ = dt.timezone(dt.timedelta(hours=1))
SUBSCRIBERS = (
    ("team", frozenset({"new_date", "rescheduled", "updated", "cancelled", "removed"})),
    ("ops", frozenset({"monitor_error"})),
    ("analysts", frozenset({"concluded", "rescheduled"})),
)
WASSERSTOFF = sample_event()
KI = sample_event("2025-12-04-ki", "KI im Handwerk", dt.date(2025, 12, 4), 10, venue="HWK")
BASE = sample_page(WASSERSTOFF, KI)


def _setup(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        return ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)


def _record(
    sessions: sessionmaker[Session],
    record: CheckRecord,
    old: Page | None = None,
) -> RecordedCheck:
    """Record ``record`` with the real diff against ``old``, as the pipeline will."""
    changes = diff_pages(old, record.page, record.started_at) if record.page and old else []
    with sessions.begin() as session:
        return record_check(session, NAME, record, changes, subscribers=SUBSCRIBERS)


def test_baseline_stores_check_snapshot_and_events_without_changes(
    db_sessions: sessionmaker[Session],
) -> None:
    page_id = _setup(db_sessions)
    body = b"<html>" + b"Fachkr\xc3\xa4fte " * 500 + b"</html>"
    result = _record(db_sessions, good_check(BASE, T0, body))
    with db_sessions() as session:
        check = session.get_one(CheckRow, result.check_id)
        assert (check.page_id, check.started_at, check.duration_ms) == (page_id, T0, 412)
        assert (check.http_status, check.bytes, check.outcome, check.error) == (
            200,
            len(body),
            "changed",
            None,
        )
        assert check.snapshot_id == result.snapshot_id
        snap = session.get_one(SnapshotRow, result.snapshot_id)
        assert snap.body_blob.codec == "zlib"
        assert len(snap.body_blob.data) < len(body) / 10
        assert snapshot_body(session, snap.id) == body == zlib.decompress(snap.body_blob.data)
        assert snap.size == len(body)
        assert snap.parsed == BASE.to_json()
        assert (snap.first_seen_at, snap.first_check_id) == (T0, check.id)
        assert (snap.etag, snap.final_url) == (f'"etag-{T0.timestamp():.0f}"', PAGE_URL)
        events = session.scalars(select(EventRow).order_by(EventRow.date)).all()
        assert [e.key for e in events] == [WASSERSTOFF.key, KI.key]
        first = events[0]
        assert (first.first_key, first.title, first.date) == (
            WASSERSTOFF.key,
            WASSERSTOFF.title,
            dt.date(2025, 11, 27),
        )
        assert first.start_local == "2025-11-27T17:00:00+01:00"
        assert first.end_local == "2025-11-27T19:00:00+01:00"
        assert first.start_utc == dt.datetime(2025, 11, 27, 16, tzinfo=dt.UTC)
        assert (first.status, first.location) == ("upcoming", "H2PopUpLab, Gelsenkirchen")
        assert (first.first_seen_at, first.last_seen_at, first.gone_at) == (T0, T0, None)
        assert first.first_seen_check_id == first.last_check_id == check.id
        assert first.data == WASSERSTOFF.to_json()
        versions = session.scalars(select(EventVersionRow)).all()
        assert len(versions) == 2
        assert all(v.changed_fields == [] and v.valid_to is None for v in versions)
        assert session.scalar(select(func.count()).select_from(ChangeRow)) == 0
        state = load_state(session, NAME)
        assert state.last_good == BASE
        assert state.last_good_snapshot_id == snap.id
        assert (state.etag, state.consecutive_failures, state.last_success_at) == (
            snap.etag,
            0,
            T0,
        )


def test_unchanged_body_is_stored_once_and_events_are_touched(
    db_sessions: sessionmaker[Session],
) -> None:
    _setup(db_sessions)
    first = _record(db_sessions, good_check(BASE, T0, b"same"))
    second = _record(db_sessions, good_check(BASE, T0 + H, b"same", "unchanged"), BASE)
    assert second.snapshot_id == first.snapshot_id
    assert second.change_ids == ()
    with db_sessions() as session:
        assert session.scalar(select(func.count()).select_from(SnapshotRow)) == 1
        assert session.scalar(select(func.count()).select_from(EventVersionRow)) == 2
        for event in session.scalars(select(EventRow)):
            assert (event.last_seen_at, event.last_check_id) == (T0 + H, second.check_id)
            assert (event.first_seen_at, event.first_seen_check_id) == (T0, first.check_id)


def test_reschedule_keeps_identity_adds_version_and_fans_out(
    db_sessions: sessionmaker[Session],
) -> None:
    _setup(db_sessions)
    base = _record(db_sessions, good_check(BASE, T0))
    moved = sample_event("2025-11-28-wasserstoff", day=dt.date(2025, 11, 28), hour=18)
    new_page = sample_page(moved, KI)
    result = _record(db_sessions, good_check(new_page, T0 + H), BASE)
    assert len(result.change_ids) == 1
    with db_sessions() as session:
        event = session.scalars(select(EventRow).where(EventRow.first_key == WASSERSTOFF.key)).one()
        assert (event.key, event.date, event.start_local) == (
            moved.key,
            dt.date(2025, 11, 28),
            "2025-11-28T18:00:00+01:00",
        )
        assert event.first_seen_check_id == base.check_id
        versions = session.scalars(
            select(EventVersionRow)
            .where(EventVersionRow.event_id == event.id)
            .order_by(EventVersionRow.id)
        ).all()
        assert [(v.valid_from, v.valid_to) for v in versions] == [(T0, T0 + H), (T0 + H, None)]
        assert versions[1].changed_fields == ["key", "date", "start", "end"]
        assert versions[1].data == moved.to_json()
        assert versions[1].check_id == result.check_id
        change = session.get_one(ChangeRow, result.change_ids[0])
        assert (change.kind, change.event_id, change.check_id) == (
            "rescheduled",
            event.id,
            result.check_id,
        )
        assert change.detected_at == T0 + H
        assert {f["field"] for f in change.fields} >= {"date", "start"}
        assert change.data["new"] == moved.to_json()
        deliveries = session.scalars(select(DeliveryRow).order_by(DeliveryRow.subscriber)).all()
        assert [(d.subscriber, d.status, d.attempts) for d in deliveries] == [
            ("analysts", "pending", 0),
            ("team", "pending", 0),
        ]
        assert deliveries[1].message_id == message_id(change.id, "team")
        assert deliveries[1].message_id.startswith(f"<rvr-watch.{change.id}.")
        assert deliveries[1].next_attempt_at == deliveries[1].created_at == T0 + H
        ki = session.scalars(select(EventRow).where(EventRow.key == KI.key)).one()
        assert session.scalar(select(func.count()).where(EventVersionRow.event_id == ki.id)) == 1


def test_removed_event_is_gone_and_its_change_links_to_it(
    db_sessions: sessionmaker[Session],
) -> None:
    _setup(db_sessions)
    _record(db_sessions, good_check(BASE, T0))
    result = _record(db_sessions, good_check(sample_page(KI), T0 + H), BASE)
    with db_sessions() as session:
        gone = session.scalars(select(EventRow).where(EventRow.key == WASSERSTOFF.key)).one()
        assert gone.gone_at == T0 + H
        assert gone.last_seen_at == T0  # not touched by the check that missed it
        version = session.scalars(
            select(EventVersionRow).where(EventVersionRow.event_id == gone.id)
        ).one()
        assert version.valid_to == T0 + H
        change = session.get_one(ChangeRow, result.change_ids[0])
        assert (change.kind, change.event_id) == ("removed", gone.id)
        assert [e.event.key for e in list_events(session)] == [KI.key]
        assert [e.gone_at for e in list_events(session, include_all=True)] == [T0 + H, None]


def test_failures_keep_the_last_good_page_and_success_resets(
    db_sessions: sessionmaker[Session],
) -> None:
    _setup(db_sessions)
    base = _record(db_sessions, good_check(BASE, T0))
    _record(db_sessions, failed_check(T0 + H))
    refused = CheckRecord(
        started_at=T0 + 2 * H,
        duration_ms=80,
        outcome="refused",
        http_status=200,
        error="Wartungsarbeiten",
        body=b"<html>Wartung</html>",
        etag='"maintenance"',
    )
    refused_ids = _record(db_sessions, refused)
    with db_sessions() as session:
        state = load_state(session, NAME)
        assert (state.consecutive_failures, state.failing_since) == (2, T0 + H)
        assert (state.last_check_at, state.last_success_at) == (T0 + 2 * H, T0)
        assert state.last_good == BASE
        assert state.last_good_snapshot_id == base.snapshot_id
        assert state.etag == f'"etag-{T0.timestamp():.0f}"'  # not the refused page's
        snap = session.get_one(SnapshotRow, refused_ids.snapshot_id)
        assert (snap.parsed, snapshot_body(session, snap.id)) == (None, b"<html>Wartung</html>")
        failed = session.scalars(select(CheckRow).where(CheckRow.outcome == "failed")).one()
        assert (failed.snapshot_id, failed.error, failed.bytes) == (
            None,
            "timed out after 30 s",
            None,
        )
    # The next good check diffs against the last good page, not the refused one.
    new_page = sample_page(
        WASSERSTOFF, KI, sample_event("2026-01-15-x", "Neu", dt.date(2026, 1, 15))
    )
    result = _record(db_sessions, good_check(new_page, T0 + 3 * H), load_state_page(db_sessions))
    with db_sessions() as session:
        assert [c.kind for c in list_changes(session)] == ["new_date"]
        state = load_state(session, NAME)
        assert (state.consecutive_failures, state.failing_since) == (0, None)
        assert state.last_good_snapshot_id == result.snapshot_id


def load_state_page(sessions: sessionmaker[Session]) -> Page | None:
    with sessions() as session:
        return load_state(session, NAME).last_good


def test_not_modified_is_a_success_that_keeps_the_snapshot(
    db_sessions: sessionmaker[Session],
) -> None:
    _setup(db_sessions)
    base = _record(db_sessions, good_check(BASE, T0))
    _record(db_sessions, failed_check(T0 + H))
    record = CheckRecord(
        started_at=T0 + 2 * H, duration_ms=50, outcome="not_modified", http_status=304
    )
    result = _record(db_sessions, record)
    with db_sessions() as session:
        assert result.snapshot_id == base.snapshot_id
        state = load_state(session, NAME)
        assert (state.consecutive_failures, state.last_success_at) == (0, T0 + 2 * H)
        assert state.etag == f'"etag-{T0.timestamp():.0f}"'
        assert state.last_good == BASE
        assert {e.last_check_id for e in session.scalars(select(EventRow))} == {result.check_id}


@pytest.mark.parametrize("history", ["healthy", "after_failures"])
@pytest.mark.parametrize(
    ("etag", "last_modified"),
    [(None, None), ('"fresh"', None), (None, "Thu, 02 Oct 2025 08:00:00 GMT"), ('"e"', "x")],
)
@pytest.mark.parametrize("via", ["session", "plain"])
def test_a_304_is_stored_by_the_fast_path_as_the_orm_path_stores_it(  # noqa: PLR0917
    db_url: str,
    db_sessions: sessionmaker[Session],
    history: str,
    etag: str | None,
    last_modified: str | None,
    via: str,
) -> None:
    # Two pages with the same history; the same 304 goes through the plain-SQL path on
    # one (in a session: record_check; or "plain": the pipeline's own transaction, on
    # sqlite3 for a SQLite file) and through the ORM path on the other; their rows must
    # not differ.
    fast, orm = "fast", "orm"
    for name in (fast, orm):
        with db_sessions.begin() as session:
            ensure_page(session, name, PAGE_URL + "?" + name, "rvr-series", T0)
            record_check(session, name, good_check(BASE, T0), [])
        gone = sample_page(WASSERSTOFF)  # KI vanishes: its row is gone, not touched later
        with db_sessions.begin() as session:
            record_check(session, name, good_check(gone, T0 + H), diff_pages(BASE, gone, T0))
        if history == "after_failures":
            with db_sessions.begin() as session:
                record_check(session, name, failed_check(T0 + 2 * H), [])
    record = CheckRecord(
        started_at=T0 + 3 * H,
        duration_ms=7,
        outcome="not_modified",
        http_status=304,
        etag=etag,
        last_modified=last_modified,
    )
    if via == "plain":
        database = Database(url=db_url)
        try:
            with database.transaction() as tx:
                (state,) = load_states(tx, [fast]).values()
                record_many_not_modified(tx, [(state, record)])
        finally:
            database.dispose()
    else:
        with db_sessions.begin() as session:
            held = session.scalars(
                select(PageStateRow).join(PageRow).where(PageRow.name == fast)
            ).one()
            listed = session.scalars(
                select(EventRow).where(EventRow.page_id == held.page_id, EventRow.gone_at.is_(None))
            ).one()
            assert record.started_at not in (held.last_check_at, listed.last_seen_at)
            record_check(session, fast, record, [])
            # The session's copies are not stale.
            assert held.last_check_at == listed.last_seen_at == record.started_at
    with db_sessions.begin() as session:
        _record_through_orm(session, orm, record, [], ())
    with db_sessions() as session:
        assert _stored_rows(session, fast) == _stored_rows(session, orm)
        state = load_state(session, fast)
        assert state.etag == (etag or f'"etag-{(T0 + H).timestamp():.0f}"')
        assert state.last_modified == (last_modified or "Wed, 01 Oct 2025 08:00:00 GMT")
        assert (state.consecutive_failures, state.failing_since) == (0, None)


def _stored_rows(session: Session, name: str) -> dict[str, object]:
    """A page's checks, state and events, with ids made relative to the page."""
    page = session.scalars(select(PageRow).where(PageRow.name == name)).one()
    state = session.get_one(PageStateRow, page.id)
    checks = session.scalars(
        select(CheckRow).where(CheckRow.page_id == page.id).order_by(CheckRow.id)
    )
    check_ids: dict[int, int] = {}
    snapshot_ids: dict[int | None, object] = {None: None, state.last_good_snapshot_id: "last good"}
    check_rows = []
    for number, check in enumerate(checks):
        check_ids[check.id] = number
        snapshot = snapshot_ids.setdefault(check.snapshot_id, len(snapshot_ids))
        check_rows.append(
            (
                check.started_at,
                check.duration_ms,
                check.http_status,
                check.bytes,
                check.outcome,
                check.error,
                snapshot,
            )
        )
    events = session.scalars(
        select(EventRow).where(EventRow.page_id == page.id).order_by(EventRow.id)
    )
    return {
        "checks": check_rows,
        "state": (
            state.consecutive_failures,
            state.failing_since,
            state.alert_open,
            state.last_check_at,
            state.last_success_at,
            state.etag,
            state.last_modified,
        ),
        "events": [
            (e.key, e.last_seen_at, check_ids.get(e.last_check_id), e.gone_at) for e in events
        ],
    }


def test_monitor_alerts_reach_only_monitor_subscribers(db_sessions: sessionmaker[Session]) -> None:
    _setup(db_sessions)
    check = _record(db_sessions, failed_check(T0))
    with db_sessions.begin() as session:
        error_id = record_monitor_alert(
            session,
            NAME,
            "monitor_error",
            {"failures": 3, "error": "timed out"},
            SUBSCRIBERS,
            now=T0,
            check_id=check.check_id,
        )
        assert load_state(session, NAME).alert_open is True
    later = _record(db_sessions, good_check(BASE, T0 + H))
    with db_sessions.begin() as session:
        # Without check_id and now, the alert belongs to the latest check, at its start.
        recovered_id = record_monitor_alert(
            session, NAME, "monitor_recovered", {"after": 3}, SUBSCRIBERS
        )
        assert load_state(session, NAME).alert_open is False
        recovered = session.get_one(ChangeRow, recovered_id)
        assert (recovered.check_id, recovered.detected_at) == (later.check_id, T0 + H)
        error = session.get_one(ChangeRow, error_id)
        assert (error.check_id, error.detected_at) == (check.check_id, T0)
    with db_sessions() as session:
        rows = session.execute(
            select(ChangeRow.id, ChangeRow.kind, ChangeRow.event_id, ChangeRow.data).order_by(
                ChangeRow.id
            )
        ).all()
        assert [tuple(r) for r in rows] == [
            (error_id, "monitor_error", None, {"failures": 3, "error": "timed out"}),
            (recovered_id, "monitor_recovered", None, {"after": 3}),
        ]
        subscribers = session.execute(
            select(DeliveryRow.change_id, DeliveryRow.subscriber).order_by(DeliveryRow.id)
        ).all()
        assert [tuple(s) for s in subscribers] == [(error_id, "ops"), (recovered_id, "ops")]
        with pytest.raises(ValueError, match="monitor kind"):
            record_monitor_alert(session, NAME, "removed", {}, SUBSCRIBERS, now=T0)  # type: ignore[arg-type]


def test_readers_for_the_cli(db_sessions: sessionmaker[Session]) -> None:
    _setup(db_sessions)
    past = sample_event("2025-03-01-alt", "Rückblick", dt.date(2025, 3, 1), status="past")
    _record(db_sessions, good_check(sample_page(past, WASSERSTOFF, KI), T0))
    cancelled = sample_event(status="cancelled")
    _record(
        db_sessions,
        good_check(sample_page(past, cancelled, KI), T0 + H),
        sample_page(past, WASSERSTOFF, KI),
    )
    _record(db_sessions, failed_check(T0 + 2 * H, "HTTP status 503"))
    with db_sessions.begin() as session:
        delivery = session.scalars(
            select(DeliveryRow).where(DeliveryRow.subscriber == "team")
        ).one()
        delivery.status, delivery.attempts, delivery.last_error = "failed", 12, "SMTP 550"
    with db_sessions() as session:
        assert [e.event.key for e in list_events(session)] == [KI.key]
        assert [e.event.key for e in list_events(session, today=dt.date(2025, 12, 5))] == []
        everything = list_events(session, page=NAME, include_all=True)
        assert [(e.event.key, e.event.status) for e in everything] == [
            (past.key, "past"),
            (WASSERSTOFF.key, "cancelled"),
            (KI.key, "upcoming"),
        ]
        assert list_events(session, page="other", include_all=True) == []
        changes = list_changes(session)
        assert [(c.kind, c.page, c.page_url) for c in changes] == [("cancelled", NAME, PAGE_URL)]
        assert changes[0].change().new == cancelled
        assert list_changes(session, since=T0 + 2 * H) == []
        [status] = page_status(session)
        assert (status.name, status.last_outcome, status.last_error) == (
            NAME,
            "failed",
            "HTTP status 503",
        )
        assert (status.checks, status.snapshots, status.consecutive_failures) == (3, 2, 1)
        assert (status.last_check_at, status.last_success_at) == (T0 + 2 * H, T0 + H)
        assert status.pending_deliveries == 0
        assert [(f.subscriber, f.attempts, f.last_error) for f in status.failed_deliveries] == [
            ("team", 12, "SMTP 550")
        ]
        with pytest.raises(UnknownPage):
            load_state(session, "nope")


@pytest.mark.parametrize("via", ["session", "plain"])
def test_a_first_check_is_stored_by_the_batch_path_as_the_orm_path_stores_it(
    db_url: str, db_sessions: sessionmaker[Session], via: str
) -> None:
    # "plain": the pipeline's own transaction (sqlite3 for a SQLite file, no SQLAlchemy).
    from storage.first_checks import record_first_checks
    from storage.records import is_first_check
    from storage.schema import EventVersionRow

    batch, orm = ["batch-1", "batch-2"], "orm"
    with db_sessions.begin() as session:
        for name in (*batch, orm):
            ensure_page(session, name, PAGE_URL + "?" + name, "rvr-series", T0)
    record = good_check(BASE, T0)
    if via == "plain":
        database = Database(url=db_url)
        try:
            with database.transaction() as tx:
                states = load_states(tx, batch)
                assert all(is_first_check(states[name], record) for name in batch)
                record_first_checks(tx, [(states[name], record) for name in batch])
        finally:
            database.dispose()
    else:
        with db_sessions.begin() as session:
            states = load_states(session.connection(), batch)
            assert all(is_first_check(states[name], record) for name in batch)
            record_first_checks(session.connection(), [(states[name], record) for name in batch])
    with db_sessions.begin() as session:
        record_check(session, orm, record, [])
    with db_sessions() as session:
        expected = _stored_rows(session, orm)
        assert expected["events"]  # the page has events: they are compared too

        def versions_and_snapshot(name: str) -> object:
            page = session.scalars(select(PageRow).where(PageRow.name == name)).one()
            versions = session.execute(
                select(EventVersionRow.valid_from, EventVersionRow.valid_to, EventVersionRow.data)
                .join(EventRow, EventRow.id == EventVersionRow.event_id)
                .where(EventRow.page_id == page.id)
                .order_by(EventVersionRow.id)
            ).all()
            snap = session.scalars(select(SnapshotRow).where(SnapshotRow.page_id == page.id)).one()
            snapshot = (snap.sha256, snap.size, snap.etag, snap.parsed, snap.first_seen_at)
            return [tuple(v) for v in versions], snapshot, snapshot_body(session, snap.id)

        for name in batch:
            assert _stored_rows(session, name) == expected
            assert versions_and_snapshot(name) == versions_and_snapshot(orm)
