"""The outbox state machine: claims, attempts, backoff, uncertain resends, dead senders, order.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import threading

import pytest
from dbfixtures import PAGE_URL, T0, good_check, sample_event, sample_page
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from storage.diff import diff_pages
from storage.engine import make_engine, session_factory
from storage.outbox import (
    BACKOFF_CAP,
    RESEND_AFTER,
    ClaimedDelivery,
    backoff,
    claim_due,
    claimant_gone,
    delivery_problems,
    end_drain,
    load_batches,
    mark_failed,
    mark_sent,
    mark_uncertain,
    release,
    start_attempt,
)
from storage.repo import ensure_page, message_id, record_check, record_monitor_alert
from storage.schema import DeliveryRow

NAME = "fachkraefte-reihe"
MIN = dt.timedelta(minutes=1)
S = dt.timedelta(seconds=1)
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


def _send(
    sessions: sessionmaker[Session], holder: str, now: dt.datetime, limit: int = 10
) -> list[ClaimedDelivery]:
    """Claim due deliveries and start their attempt, as a drain does right before sending."""
    claimed = claim_due(sessions, holder, now, limit)
    if claimed:
        assert start_attempt(sessions, [c.id for c in claimed], holder, now)
    return claimed


def test_claim_takes_due_rows_once_and_an_attempt_starts_before_the_send(
    db_sessions: sessionmaker[Session],
) -> None:
    [change] = _alerts(db_sessions, 1, ("team", "ops"))
    assert claim_due(db_sessions, "a", T0 - MIN, 10) == []  # not due yet
    claimed = claim_due(db_sessions, "a", T0, 10)
    assert [(c.change_id, c.subscriber, c.attempts, c.resend) for c in claimed] == [
        (change, "team", 0, False),
        (change, "ops", 0, False),
    ]
    assert claimed[0].message_id == message_id(change, "team")
    assert claim_due(db_sessions, "b", T0 + S, 10) == []  # a is alive (its heartbeat)
    row = _rows(db_sessions)[0]
    assert (row.status, row.claimed_by, row.attempts, row.attempt_started_at) == (
        "claimed",
        "a",
        0,
        None,
    )
    ids = [c.id for c in claimed]
    assert not start_attempt(db_sessions, ids, "b", T0)  # not b's claim: b must not send
    assert start_attempt(db_sessions, ids, "a", T0 + S)
    row = _rows(db_sessions)[0]
    assert (row.status, row.attempts, row.attempt_started_at) == ("sending", 1, T0 + S)
    assert mark_sent(db_sessions, ids, "a", T0 + MIN) == 2
    assert [(r.status, r.sent_at, r.claimed_by) for r in _rows(db_sessions)] == [
        ("sent", T0 + MIN, None)
    ] * 2
    assert claim_due(db_sessions, "a", T0 + dt.timedelta(days=1), 10) == []


def test_failures_back_off_then_give_up_with_the_reason(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team",))
    now = T0
    for attempt in range(1, 4):
        [claimed] = _send(db_sessions, "a", now)
        assert claimed.attempts == attempt - 1
        assert mark_failed(db_sessions, [claimed.id], "a", "connection refused", now) == 1
        [row] = _rows(db_sessions)
        assert (row.status, row.last_error, row.attempts) == (
            "pending",
            "connection refused",
            attempt,
        )
        assert row.next_attempt_at == now + MIN * 2 ** (attempt - 1)
        assert claim_due(db_sessions, "a", row.next_attempt_at - MIN / 2, 10) == []
        now = row.next_attempt_at
    [claimed] = _send(db_sessions, "a", now)
    mark_failed(db_sessions, [claimed.id], "a", "550 mailbox unavailable", now, max_attempts=4)
    [row] = _rows(db_sessions)
    assert (row.status, row.attempts, row.last_error) == ("failed", 4, "550 mailbox unavailable")
    assert claim_due(db_sessions, "a", now + dt.timedelta(days=30), 10) == []


def test_permanent_failure_and_foreign_holder(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team",))
    [claimed] = _send(db_sessions, "a", T0)
    assert mark_failed(db_sessions, [claimed.id], "b", "not mine", T0) == 0
    assert mark_uncertain(db_sessions, [claimed.id], "b", "not mine", T0) == 0
    assert _rows(db_sessions)[0].status == "sending"
    mark_failed(db_sessions, [claimed.id], "a", "bad URL", T0, permanent=True)
    assert (_rows(db_sessions)[0].status, _rows(db_sessions)[0].attempts) == ("failed", 1)


def test_uncertain_is_resent_once_then_stays_uncertain(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 2, ("team",))
    first = _send(db_sessions, "a", T0)
    mark_uncertain(db_sessions, [first[0].id], "a", "read timeout after the request", T0)
    rows = _rows(db_sessions)
    assert [(r.status, r.uncertain_at) for r in rows] == [("uncertain", T0), ("pending", None)]
    assert rows[0].next_attempt_at == T0 + RESEND_AFTER
    # The second message waits behind the first's resend (order), nothing is due yet.
    assert claim_due(db_sessions, "a", T0 + RESEND_AFTER - S, 10) == []
    [resend] = _send(db_sessions, "a", T0 + RESEND_AFTER)
    assert (resend.id, resend.resend, resend.attempts, resend.message_id) == (
        first[0].id,
        True,
        1,
        first[0].message_id,
    )
    mark_uncertain(db_sessions, [resend.id], "a", "read timeout again", T0 + 2 * MIN)
    rows = _rows(db_sessions)
    assert (rows[0].status, rows[0].next_attempt_at, rows[0].last_error) == (
        "uncertain",
        None,
        "read timeout again; resent once already, not again",
    )
    # Final: it holds nothing up, the second message goes now.
    [second] = _send(db_sessions, "a", T0 + 2 * MIN)
    assert second.id == rows[1].id
    assert claim_due(db_sessions, "a", T0 + dt.timedelta(days=1), 10) == []


def test_resend_uncertain_never(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team", "ops"))
    team, ops = _send(db_sessions, "a", T0)
    mark_uncertain(db_sessions, [team.id], "a", "reply lost", T0, never=True)
    mark_uncertain(db_sessions, [ops.id], "a", "reply lost", T0)
    rows = _rows(db_sessions)
    assert [(r.status, r.next_attempt_at) for r in rows] == [
        ("uncertain", None),
        ("uncertain", T0 + RESEND_AFTER),
    ]
    assert rows[0].last_error == "reply lost; not resent (resend_uncertain: never)"
    # ops switches to never before its resend: the waiting resend is dropped.
    assert claim_due(db_sessions, "a", T0 + MIN, 10, never_resend={"ops"}) == []
    assert _rows(db_sessions)[1].next_attempt_at is None


def test_a_dead_senders_untried_rows_go_back_and_only_the_tried_one_is_uncertain(
    db_sessions: sessionmaker[Session],
) -> None:
    """Issue 12 item 1: five messages, the sender dies twice during the first one."""
    alerts = _alerts(db_sessions, 5, ("team",))
    claimed = claim_due(db_sessions, "crashed", T0, 10)
    assert [c.change_id for c in claimed] == alerts[:1]  # one message per recipient at a time
    assert start_attempt(db_sessions, [claimed[0].id], "crashed", T0)
    # Its heartbeat (30 s) is still fresh: nobody touches its rows.
    assert claim_due(db_sessions, "b", T0 + 20 * S, 10) == []
    # Heartbeat lapsed: the message being sent is uncertain and resent at once.
    [resend] = claim_due(db_sessions, "b", T0 + 31 * S, 10)
    assert (resend.id, resend.resend, resend.attempts) == (claimed[0].id, True, 1)
    rows = _rows(db_sessions)
    assert rows[0].last_error == "sender crashed stopped while sending"
    assert [r.status for r in rows] == ["claimed", "pending", "pending", "pending", "pending"]
    assert start_attempt(db_sessions, [resend.id], "b", T0 + 31 * S)
    # b dies during the resend: the first stays uncertain for good; the others are untouched.
    done = claim_due(db_sessions, "c", T0 + 62 * S, 10)
    rows = _rows(db_sessions)
    assert (rows[0].status, rows[0].next_attempt_at) == ("uncertain", None)
    assert [c.change_id for c in done] == alerts[1:2]
    now = T0 + 62 * S
    while done:
        assert start_attempt(db_sessions, [c.id for c in done], "c", now)
        mark_sent(db_sessions, [c.id for c in done], "c", now)
        done = claim_due(db_sessions, "c", now, 10)
    rows = _rows(db_sessions)
    assert [(r.status, r.attempts) for r in rows] == [("uncertain", 2)] + [("sent", 1)] * 4


def test_a_claimant_whose_process_is_gone_is_dead_at_once(
    db_sessions: sessionmaker[Session],
) -> None:
    _alerts(db_sessions, 2, ("team",))
    process = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    gone = f"{socket.gethostname()}:{process.stdout.strip()}:0000"
    alive = f"{socket.gethostname()}:{os.getpid()}:1111"
    assert claimant_gone(gone) and not claimant_gone(alive) and not claimant_gone("a")
    [claimed] = claim_due(db_sessions, gone, T0, 10)
    # Its heartbeat is fresh, but its process has ended: its untried row is free again.
    [again] = claim_due(db_sessions, alive, T0 + S, 10)
    assert (again.id, again.resend, again.attempts) == (claimed.id, False, 0)
    assert claim_due(db_sessions, "other", T0 + 2 * S, 10) == []  # alive is alive


def test_a_local_sender_whose_heartbeat_lapsed_is_alive_while_its_process_runs(
    db_sessions: sessionmaker[Session],
) -> None:
    """A lapsed heartbeat (the database was locked for a minute) is no proof of death when
    the process can be asked: its message is not resent while it may still record it."""
    _alerts(db_sessions, 1, ("team",))
    me = f"{socket.gethostname()}:{os.getpid()}:2222"
    [claimed] = _send(db_sessions, me, T0)
    assert claim_due(db_sessions, "other", T0 + 5 * MIN, 10) == []
    assert _rows(db_sessions)[0].status == "sending"
    # Long without a heartbeat while the pid lives on: the pid was reused by another program.
    [resend] = claim_due(db_sessions, "other", T0 + 11 * MIN, 10)
    assert (resend.id, resend.resend) == (claimed.id, True)


def test_a_drains_first_claim_takes_over_what_an_earlier_drain_could_not_record(
    db_sessions: sessionmaker[Session],
) -> None:
    """A drain that gave up recording (a database unwritable for minutes) leaves rows
    ``sending`` under a holder that lives on: its next drain treats them as a dead
    sender's, so the recipient is not blocked for the life of the process."""
    _alerts(db_sessions, 1, ("team", "ops"))
    me = f"{socket.gethostname()}:{os.getpid()}:3333"
    team, ops = claim_due(db_sessions, me, T0, 10)
    assert start_attempt(db_sessions, [team.id], me, T0)
    assert claim_due(db_sessions, me, T0 + S, 10) == [ops]  # the same drain: its own claim
    [resend, again] = claim_due(db_sessions, me, T0 + 2 * S, 10, first=True)
    assert (resend.id, resend.resend, again.id, again.resend) == (team.id, True, ops.id, False)
    assert _rows(db_sessions)[0].last_error == f"sender {me} stopped while sending"


def test_an_attempt_never_starts_on_rows_taken_back_from_a_presumed_dead_sender(
    db_sessions: sessionmaker[Session],
) -> None:
    _alerts(db_sessions, 1, ("team",))
    [claimed] = claim_due(db_sessions, "slow", T0, 10)
    [taken] = claim_due(db_sessions, "b", T0 + 31 * S, 10)  # slow's heartbeat lapsed
    assert taken.id == claimed.id
    assert not start_attempt(db_sessions, [claimed.id], "slow", T0 + 32 * S)
    assert start_attempt(db_sessions, [taken.id], "b", T0 + 32 * S)


def test_ending_a_drain_gives_back_untried_rows(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team", "ops"))
    team, ops = claim_due(db_sessions, "a", T0, 10)
    assert start_attempt(db_sessions, [team.id], "a", T0)
    assert end_drain(db_sessions, "a") == 1
    rows = _rows(db_sessions)
    assert [r.status for r in rows] == ["sending", "pending"]
    # a's heartbeat ended with its drain: its leftover is uncertain at the next claim.
    [resend, again] = claim_due(db_sessions, "b", T0 + S, 10)
    assert (resend.id, resend.resend, again.id) == (team.id, True, ops.id)


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
    claimed = claim_due(db_sessions, "a", T0 + MIN, 10)
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


def test_a_group_locked_elsewhere_waits_and_the_others_go_on(
    db_url: str, db_engine: Engine
) -> None:
    if db_engine.dialect.name != "postgresql":
        pytest.skip("row locks: SQLite locks the whole file (its writers wait in turn)")
    sessions = session_factory(db_engine)
    a, b = sample_event(), sample_event("2025-12-04-ki", "KI", dt.date(2025, 12, 4))
    subscribers = [("team", EVERYTHING), ("ops", EVERYTHING)]
    with sessions.begin() as session:
        ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)
        record_check(session, NAME, good_check(sample_page(), T0), [], subscribers=subscribers)
    with sessions.begin() as session:
        changes = diff_pages(sample_page(), sample_page(a, b), T0)
        record_check(
            session, NAME, good_check(sample_page(a, b), T0), changes, subscribers=subscribers
        )
    team_rows = [r.id for r in _rows(sessions) if r.subscriber == "team"]
    analyst = make_engine(db_url)
    try:
        with analyst.connect() as connection:
            connection.execute(
                text("SELECT id FROM deliveries WHERE id = :id FOR UPDATE"), {"id": team_rows[1]}
            )
            claimed = claim_due(sessions, "a", T0, 10)
            assert {c.subscriber for c in claimed} == {"ops"}
            connection.rollback()
        claimed = claim_due(sessions, "a", T0, 10)
        assert sorted(c.id for c in claimed if c.subscriber == "team") == team_rows
    finally:
        analyst.dispose()


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
            while batch := claim_due(own, holder, T0, 7):
                mine.extend(c.id for c in batch)
                assert start_attempt(own, [c.id for c in batch], holder, T0)
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
    [claimed] = _send(db_sessions, "a", T0)  # only the oldest: one message per recipient
    assert claimed.change_id == first
    mark_failed(db_sessions, [claimed.id], "a", "connection refused", T0)
    third = _alerts(db_sessions, 1, ("team", "ops"))[0]
    # Due, but behind team's failed first message; ops has nothing older and goes out.
    due = claim_due(db_sessions, "a", T0 + MIN / 2, 10)
    assert [(c.change_id, c.subscriber) for c in due] == [(third, "ops")]
    assert start_attempt(db_sessions, [due[0].id], "a", T0 + MIN / 2)
    mark_sent(db_sessions, [due[0].id], "a", T0 + MIN / 2)
    # When the first is due again, team's go out one by one, oldest first.
    order = []
    now = T0 + MIN
    while due := claim_due(db_sessions, "a", now, 10):
        order += [(c.change_id, c.subscriber) for c in due]
        start_attempt(db_sessions, [c.id for c in due], "a", now)
        mark_sent(db_sessions, [c.id for c in due], "a", now)
    assert order == [(first, "team"), (second, "team"), (third, "team")]


def test_released_deliveries_are_as_before_their_claim(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team", "ops"))
    first, _ = _send(db_sessions, "a", T0)
    mark_uncertain(db_sessions, [first.id], "a", "reply lost", T0)
    [resend] = claim_due(db_sessions, "a", T0 + RESEND_AFTER, 10)
    assert (resend.id, resend.resend) == (first.id, True)
    assert release(db_sessions, [resend], "b") == 0  # only the holder's claims
    assert release(db_sessions, [resend], "a") == 1
    row = _rows(db_sessions)[0]
    assert (row.status, row.attempts, row.claimed_by) == ("uncertain", 1, None)


def test_status_problems_say_which_deliveries_and_why(db_sessions: sessionmaker[Session]) -> None:
    _alerts(db_sessions, 1, ("team", "ops", "board"))
    team, ops, board = _send(db_sessions, "a", T0)
    mark_sent(db_sessions, [team.id], "a", T0)
    with db_sessions() as session:
        assert not delivery_problems(session)
    mark_failed(db_sessions, [ops.id], "a", "550 mailbox unavailable", T0, permanent=True)
    mark_uncertain(db_sessions, [board.id], "a", "read timeout", T0)
    with db_sessions() as session:
        problems = delivery_problems(session)
    assert (problems.failed, problems.uncertain, bool(problems)) == (1, 1, True)
    assert problems.summary() == "deliveries: 1 failed, 1 uncertain"
    assert problems.lines == (
        f"{NAME}: delivery {ops.id} to ops failed for good: 550 mailbox unavailable",
        f"{NAME}: delivery {board.id} to board uncertain, resent once at"
        f" {T0 + RESEND_AFTER:%Y-%m-%d %H:%M:%S} UTC: read timeout",
    )


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


def test_only_deliveries_that_may_still_be_sent_make_a_check_load_the_drain(
    db_sessions: sessionmaker[Session],
) -> None:
    # rvr_watch's Service.outbox_open: a final uncertain row (resent once already) must not
    # make every later 304 check load the renderers and senders.
    from sqlalchemy import text, update

    from rvr_watch.engine.service import OPEN_DELIVERY_SQL

    def open_() -> bool:
        with db_sessions() as session:
            return session.execute(text(OPEN_DELIVERY_SQL)).first() is not None

    _alerts(db_sessions, 1, ("team",))
    assert open_()  # pending
    with db_sessions.begin() as session:
        session.execute(update(DeliveryRow).values(status="uncertain", next_attempt_at=T0))
    assert open_()  # uncertain, its one resend still due
    with db_sessions.begin() as session:
        session.execute(update(DeliveryRow).values(next_attempt_at=None))
    assert not open_()  # uncertain and final
    with db_sessions.begin() as session:
        session.execute(update(DeliveryRow).values(status="sent"))
    assert not open_()
