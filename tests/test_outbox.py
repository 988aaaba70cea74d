"""The outbox: claiming, backoff, uncertain sends, batches, and concurrent claimers.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from dbfixtures import PAGE_URL, T0, good_check, sample_event, sample_page
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from storage.diff import diff_pages
from storage.engine import make_engine, session_factory
from storage.outbox import (
    BACKOFF_CAP,
    backoff,
    claim_due,
    load_batches,
    mark_failed,
    mark_sent,
    mark_uncertain,
    release,
)
from storage.repo import ensure_page, message_id, record_check, record_monitor_alert
from storage.schema import DeliveryRow

NAME = "fachkraefte-reihe"
MIN = dt.timedelta(minutes=1)
EVERYTHING = frozenset({"new_date", "rescheduled", "cancelled", "monitor_error"})


def _alerts(sessions: sessionmaker[Session], count: int, subscribers: tuple[str, ...]) -> list[int]:
    """``count`` monitor alerts (without a check: one message each) to ``subscribers``."""
    with sessions.begin() as session:
        ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)
        return [
            record_monitor_alert(
                session,
                NAME,
                "monitor_error",
                {"n": i},
                [(s, EVERYTHING) for s in subscribers],
                now=T0,
            )
            for i in range(count)
        ]


def _rows(sessions: sessionmaker[Session]) -> list[DeliveryRow]:
    with sessions() as session:
        return list(session.scalars(select(DeliveryRow).order_by(DeliveryRow.id)))


def test_claim_takes_due_rows_once(db_sessions: sessionmaker[Session]) -> None:
    [change] = _alerts(db_sessions, 1, ("team", "ops"))
    assert claim_due(db_sessions, "a", T0 - MIN, 10, 60) == []  # not due yet
    claimed = claim_due(db_sessions, "a", T0, 10, 60)
    assert [(c.change_id, c.subscriber, c.attempts, c.resend) for c in claimed] == [
        (change, "team", 1, False),
        (change, "ops", 1, False),
    ]
    assert claimed[0].message_id == message_id(change, "team")
    assert claim_due(db_sessions, "b", T0 + MIN, 10, 60) == []
    row = _rows(db_sessions)[0]
    assert (row.status, row.claimed_by, row.claimed_until, row.attempts) == (
        "sending",
        "a",
        T0 + MIN,
        1,
    )
    assert mark_sent(db_sessions, [c.id for c in claimed], "a", T0 + MIN) == 2
    assert [(r.status, r.sent_at, r.claimed_by) for r in _rows(db_sessions)] == [
        ("sent", T0 + MIN, None)
    ] * 2
    assert claim_due(db_sessions, "a", T0 + dt.timedelta(days=1), 10, 60) == []


def test_failures_back_off_then_give_up_with_the_reason(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team",))
    now = T0
    for attempt in range(1, 4):
        [claimed] = claim_due(db_sessions, "a", now, 10, 60)
        assert claimed.attempts == attempt
        assert mark_failed(db_sessions, [claimed.id], "a", "connection refused", now) == 1
        [row] = _rows(db_sessions)
        assert (row.status, row.last_error) == ("pending", "connection refused")
        assert row.next_attempt_at == now + MIN * 2 ** (attempt - 1)
        assert claim_due(db_sessions, "a", row.next_attempt_at - MIN / 2, 10, 60) == []
        now = row.next_attempt_at
    [claimed] = claim_due(db_sessions, "a", now, 10, 60)
    mark_failed(db_sessions, [claimed.id], "a", "550 mailbox unavailable", now, max_attempts=4)
    [row] = _rows(db_sessions)
    assert (row.status, row.attempts, row.last_error) == ("failed", 4, "550 mailbox unavailable")
    assert claim_due(db_sessions, "a", now + dt.timedelta(days=30), 10, 60) == []


def test_permanent_failure_and_foreign_holder(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team",))
    [claimed] = claim_due(db_sessions, "a", T0, 10, 60)
    assert mark_failed(db_sessions, [claimed.id], "b", "not mine", T0) == 0
    assert mark_uncertain(db_sessions, [claimed.id], "b", "not mine", T0) == 0
    assert _rows(db_sessions)[0].status == "sending"
    mark_failed(db_sessions, [claimed.id], "a", "bad URL", T0, permanent=True)
    assert (_rows(db_sessions)[0].status, _rows(db_sessions)[0].attempts) == ("failed", 1)


def test_uncertain_is_resent_once_then_failed(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 2, ("team",))
    first, second = claim_due(db_sessions, "a", T0, 10, 60)
    mark_uncertain(db_sessions, [first.id, second.id], "a", "SMTP timeout after DATA", T0)
    rows = _rows(db_sessions)
    assert [(r.status, r.uncertain_at) for r in rows] == [("uncertain", T0)] * 2
    assert rows[0].next_attempt_at == T0 + dt.timedelta(minutes=15)
    assert claim_due(db_sessions, "a", T0 + 14 * MIN, 10, 60) == []
    resend = claim_due(db_sessions, "a", T0 + 15 * MIN, 10, 60)
    assert [(c.resend, c.attempts, c.message_id) for c in resend] == [
        (True, 2, first.message_id),
        (True, 2, second.message_id),
    ]
    mark_sent(db_sessions, [resend[0].id], "a", T0 + 16 * MIN)
    mark_uncertain(db_sessions, [resend[1].id], "a", "SMTP timeout again", T0 + 16 * MIN)
    rows = _rows(db_sessions)
    assert [r.status for r in rows] == ["sent", "failed"]
    assert rows[1].last_error == "SMTP timeout again; outcome uncertain twice, not resending"


def test_a_crashed_senders_claim_expires_into_uncertain(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team",))
    claim_due(db_sessions, "crashed", T0, 10, 300)
    assert claim_due(db_sessions, "b", T0 + 4 * MIN, 10, 300) == []  # claim still valid
    [again] = claim_due(db_sessions, "b", T0 + 6 * MIN, 10, 300)
    assert (again.resend, again.attempts) == (True, 2)
    [row] = _rows(db_sessions)
    assert (row.status, row.claimed_by, row.uncertain_at) == ("sending", "b", T0 + 6 * MIN)
    assert row.last_error == "claim of crashed expired while sending"
    # b crashes too: the row is given up rather than sent a third time.
    assert claim_due(db_sessions, "c", T0 + 20 * MIN, 10, 300) == []
    assert _rows(db_sessions)[0].status == "failed"


def test_batches_group_one_checks_changes_per_subscriber(
    db_sessions: sessionmaker[Session],
) -> None:
    subscribers = [("team", EVERYTHING), ("ops", frozenset({"monitor_error"}))]
    a, b = sample_event(), sample_event("2025-12-04-ki", "KI", dt.date(2025, 12, 4))
    old, new = (
        sample_page(a),
        sample_page(a, b, sample_event("2026-01-08-x", "X", dt.date(2026, 1, 8))),
    )
    with db_sessions.begin() as session:
        ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)
        record_check(session, NAME, good_check(old, T0), [], subscribers=subscribers)
    with db_sessions.begin() as session:
        changes = diff_pages(old, new, T0)
        result = record_check(
            session, NAME, good_check(new, T0 + MIN), changes, subscribers=subscribers
        )
        alert = record_monitor_alert(session, NAME, "monitor_error", {}, subscribers, now=T0)
    claimed = claim_due(db_sessions, "a", T0 + MIN, 10, 60)
    batches = load_batches(db_sessions, claimed)
    # The alert belongs to the same check (the latest), so it joins that check's message.
    assert [(b.subscriber, b.page, [c.id for c in b.changes]) for b in batches] == [
        ("team", NAME, [*result.change_ids, alert]),
        ("ops", NAME, [alert]),
    ]
    assert [c.kind for c in batches[0].changes] == ["new_date", "new_date", "monitor_error"]
    assert batches[0].message_id == message_id(result.change_ids[0], "team")
    assert sorted(i for b in batches for i in b.delivery_ids) == sorted(c.id for c in claimed)
    assert batches[0].changes[0].change().new == b


@pytest.mark.slow
def test_concurrent_claimers_never_share_a_row(db_url: str, db_engine: Engine) -> None:
    sessions = session_factory(db_engine)
    _alerts(sessions, 40, ("team", "ops", "board"))
    claims: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def claimer(holder: str) -> None:
        engine = make_engine(db_url)  # each daemon has its own engine and connections
        own = session_factory(engine)
        mine = claims.setdefault(holder, [])
        try:
            # As a drain does: send what was claimed (here: mark it sent), claim again.
            # Rows behind another claimer's in-flight ones wait; that claimer goes on.
            while batch := claim_due(own, holder, T0, 7, 60):
                mine.extend(c.id for c in batch)
                mark_sent(own, [c.id for c in batch], holder, T0)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=claimer, args=(f"d{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    every = [i for ids in claims.values() for i in ids]
    assert len(every) == len(set(every)) == 120
    assert {r.status for r in _rows(sessions)} == {"sent"}


def test_a_recipients_messages_wait_behind_an_older_one_that_waits_for_a_retry(
    db_sessions: sessionmaker[Session],
) -> None:
    first, second = _alerts(db_sessions, 2, ("team",))
    [claimed] = [c for c in claim_due(db_sessions, "a", T0, 1, 60)]  # only the oldest
    assert claimed.change_id == first
    mark_failed(db_sessions, [claimed.id], "a", "connection refused", T0)
    third = _alerts(db_sessions, 1, ("team", "ops"))[0]
    # Due, but behind team's failed first message; ops has nothing older and goes out.
    due = claim_due(db_sessions, "a", T0 + MIN / 2, 10, 60)
    assert [(c.change_id, c.subscriber) for c in due] == [(third, "ops")]
    # When the first is due again, all of team's go out, oldest first.
    due = claim_due(db_sessions, "a", T0 + MIN, 10, 60)
    assert [(c.change_id, c.subscriber) for c in due] == [
        (first, "team"),
        (second, "team"),
        (third, "team"),
    ]


def test_released_deliveries_are_as_before_their_claim(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 2, ("team",))
    [first] = claim_due(db_sessions, "a", T0, 1, 60)
    mark_uncertain(db_sessions, [first.id], "a", "reply lost", T0)
    resend, second = claim_due(db_sessions, "a", T0 + 15 * MIN, 10, 60)
    assert (resend.id, resend.resend, second.resend) == (first.id, True, False)
    assert release(db_sessions, [resend, second], "b") == 0  # only the holder's claims
    assert release(db_sessions, [resend, second], "a") == 2
    rows = _rows(db_sessions)
    assert [(r.status, r.attempts, r.claimed_by) for r in rows] == [
        ("uncertain", 1, None),
        ("pending", 0, None),
    ]


@given(st.integers(min_value=1, max_value=10_000))
def test_backoff_doubles_from_a_minute_up_to_six_hours(attempts: int) -> None:
    assert MIN <= backoff(attempts) <= backoff(attempts + 1) <= BACKOFF_CAP


def test_backoff_values() -> None:
    assert [backoff(n) for n in (1, 2, 3, 9, 10, 50)] == [
        MIN,
        2 * MIN,
        4 * MIN,
        256 * MIN,
        dt.timedelta(hours=6),
        dt.timedelta(hours=6),
    ]
