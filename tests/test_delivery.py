"""Draining the outbox in-process: outcomes that cannot be recorded, uncertain sends, digests.

Every test runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py) and sends
through apprise to a loopback webhook (tests/webhooksink.py), except where a test says
it stands in for the sender.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dbfixtures import PAGE_URL, T0, good_check, sample_event, sample_page
from sqlalchemy import Engine, event, insert, select, text
from sqlalchemy.orm import Session, sessionmaker
from webhooksink import WebhookSink

from notify.messages import Message
from notify.send import ApprisedSender, SendResult
from rvr_watch.config.model import SubscriberConfig
from rvr_watch.engine.delivery import DrainWorker, drain_outbox
from storage.diff import diff_pages
from storage.engine import session_factory
from storage.outbox import RESEND_AFTER
from storage.repo import ensure_page, message_id, record_check, record_monitor_alert
from storage.schema import ChangeRow, DeliveryRow

NAME = "fachkraefte-reihe"
BERLIN = ZoneInfo("Europe/Berlin")
EVERYTHING = frozenset({"new_date", "rescheduled", "cancelled", "monitor_error"})


def _subscriber(name: str, url: str, **options: Any) -> SubscriberConfig:
    return SubscriberConfig(name=name, notify=(url,), kinds=EVERYTHING, **options)


def _drain(
    sessions: sessionmaker[Session],
    subscribers: Sequence[SubscriberConfig],
    sender: Any,
    now: dt.datetime = T0,
) -> Any:
    return drain_outbox(
        sessions,
        subscribers,
        sender,
        pages={NAME: PAGE_URL},
        tz=BERLIN,
        holder="drainer",
        clock=lambda: now,
    )


def _alert(sessions: sessionmaker[Session], recipients: Sequence[str], n: int = 0) -> int:
    with sessions.begin() as session:
        ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)
        return record_monitor_alert(
            session,
            NAME,
            "monitor_error",
            {"failures": 3, "last_error": f"HTTP status 503 ({n})", "since": T0.isoformat()},
            [(r, EVERYTHING) for r in recipients],
            now=T0,
        )


def _statuses(sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    with sessions() as session:
        rows = session.scalars(select(DeliveryRow).order_by(DeliveryRow.id))
        return [(row.subscriber, row.status) for row in rows]


@pytest.fixture
def sink() -> Iterator[WebhookSink]:
    with WebhookSink() as running:
        yield running


# --- a mark-sent write that fails ------------------------------------------------------------


class Analyst:
    """Someone holding a lock on the database: SQLite ``BEGIN IMMEDIATE`` (the whole file),
    PostgreSQL ``SELECT ... FOR UPDATE`` on one delivery row; released by :meth:`release`."""

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.connect()
        self.released = threading.Event()

    def lock(self, delivery_id: int) -> None:
        raw = self._connection.connection.driver_connection
        assert raw is not None
        if self._connection.dialect.name == "sqlite":
            raw.execute("BEGIN IMMEDIATE")
        else:
            self._connection.execute(
                text("SELECT id FROM deliveries WHERE id = :id FOR UPDATE"), {"id": delivery_id}
            )

    def release(self) -> None:
        raw = self._connection.connection.driver_connection
        assert raw is not None
        if self._connection.dialect.name == "sqlite":
            raw.execute("COMMIT")
        else:
            self._connection.commit()
        self.released.set()

    def close(self) -> None:
        self._connection.close()


def test_a_mark_sent_write_that_fails_is_retried_and_nothing_is_sent_twice(
    db_engine: Engine, sink: WebhookSink
) -> None:
    """Issue 12 item 2: the write marking 'sent' fails while an analyst holds a lock."""
    if db_engine.dialect.name == "sqlite":
        # The product waits 30 s for SQLite's lock; a short wait keeps the test quick.
        event.listen(db_engine, "connect", lambda conn, _: conn.execute("PRAGMA busy_timeout=200"))
        db_engine.dispose()
    sessions = session_factory(db_engine)
    _alert(sessions, ("team", "ops"))
    team_row = _statuses(sessions).index(("team", "pending")) + 1
    analyst = Analyst(db_engine)
    order: list[str] = []
    arrived = threading.Event()

    class LockingSink(ApprisedSender):
        """Real apprise to the real webhook; the analyst takes the lock once team's arrived."""

        def send(self, urls: Sequence[str], message: Message, *, message_id: str) -> Any:
            results = super().send(urls, message, message_id=message_id)
            order.append("released" if analyst.released.is_set() else "locked")
            if not arrived.is_set():
                arrived.set()
                analyst.lock(team_row)
                threading.Timer(4.0, analyst.release).start()
            return results

    subscribers = [_subscriber("team", sink.url), _subscriber("ops", sink.url)]
    try:
        report = _drain(sessions, subscribers, LockingSink())
    finally:
        analyst.close()
    assert analyst.released.is_set()
    assert (report.sent, report.failed, report.uncertain) == (2, 0, 0)
    assert len(sink.posts()) == 2  # one each: team's message was not sent again
    assert _statuses(sessions) == [("team", "sent"), ("ops", "sent")]
    if db_engine.dialect.name == "postgresql":
        # Only team's row was locked: ops went out while team's outcome waited.
        assert order == ["locked", "locked"]


# --- uncertain outcomes ----------------------------------------------------------------------


class UncertainSender:
    """STAND-IN for notify.send: reports every send ``uncertain``, as the sender does for a
    reply that came after its read timeout (the NOTIFY side classifies that; this tests
    only what the outbox does with the answer). It also POSTs to the real webhook."""

    def __init__(self) -> None:
        self._real = ApprisedSender()

    def send(self, urls: Sequence[str], message: Message, *, message_id: str) -> list[SendResult]:
        return [
            SendResult(r.url_redacted, "uncertain", "read timeout after the request was sent")
            for r in self._real.send(urls, message, message_id=message_id)
        ]


@pytest.mark.parametrize(("policy", "copies"), [("once", 2), ("never", 1)])
def test_an_uncertain_message_is_resent_at_most_once(
    db_sessions: sessionmaker[Session], sink: WebhookSink, policy: str, copies: int
) -> None:
    """Issue 12 item 3: a slow service got one change four times (up to 12 possible)."""
    _alert(db_sessions, ("team",), 1)
    _alert(db_sessions, ("team",), 2)
    subscribers = [_subscriber("team", sink.url, resend_uncertain=policy)]
    sender = UncertainSender()
    now = T0
    for _ in range(20):  # a day of drains, every few minutes
        _drain(db_sessions, subscribers, sender, now)
        now += dt.timedelta(minutes=3)
    texts = [post["message"] for post in sink.posts()]
    assert [sum("(1)" in t for t in texts), sum("(2)" in t for t in texts)] == [copies, copies]
    assert _statuses(db_sessions) == [("team", "uncertain")] * 2
    with db_sessions() as session:
        rows = session.scalars(select(DeliveryRow)).all()
        assert {row.next_attempt_at for row in rows} == {None}  # final: no further resend
        assert {row.attempts for row in rows} == {copies}


def test_an_uncertain_resend_waits_briefly_not_minutes(
    db_sessions: sessionmaker[Session], sink: WebhookSink
) -> None:
    _alert(db_sessions, ("team",))
    subscribers = [_subscriber("team", sink.url)]
    _drain(db_sessions, subscribers, UncertainSender(), T0)
    _drain(db_sessions, subscribers, UncertainSender(), T0 + RESEND_AFTER)
    assert len(sink.posts()) == 2
    assert dt.timedelta(minutes=1) >= RESEND_AFTER


# --- one message per recipient and check -----------------------------------------------------


def _huge_check(sessions: sessionmaker[Session], count: int, recipients: Sequence[str]) -> int:
    """A check that found ``count`` new dates, with its deliveries, written in bulk (the
    pipeline's own speed on such a page is ENGINE's test; this one is about delivery)."""
    events = [
        sample_event(f"2030-{n:05d}", f"Termin {n}", dt.date(2030, 1, 1) + dt.timedelta(days=n))
        for n in range(count)
    ]
    new = sample_page(*events)
    changes = diff_pages(sample_page(), new, T0)
    with sessions.begin() as session:
        page_id = ensure_page(session, NAME, PAGE_URL, "rvr-series", T0)
        check_id = record_check(session, NAME, good_check(new, T0), []).check_id
        change_ids = session.scalars(
            insert(ChangeRow).returning(ChangeRow.id, sort_by_parameter_order=True),
            [
                {
                    "page_id": page_id,
                    "check_id": check_id,
                    "detected_at": T0,
                    "kind": change.kind,
                    "fields": [],
                    "data": change.to_json(),
                }
                for change in changes
            ],
        ).all()
        session.execute(
            insert(DeliveryRow),
            [
                {
                    "change_id": change_id,
                    "subscriber": name,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": T0,
                    "message_id": message_id(change_id, name),
                    "created_at": T0,
                }
                for change_id in change_ids
                for name in recipients
            ],
        )
    return len(change_ids)


@pytest.mark.slow  # until notify renders only the first changes (render_message's ``more``)
def test_ten_thousand_new_dates_are_one_message(
    db_sessions: sessionmaker[Session], sink: WebhookSink
) -> None:
    """Issue 12 item 6: 10,000 new dates in one check sent 150 messages per recipient."""
    assert _huge_check(db_sessions, 10_000, ("team", "ops")) == 10_000
    subscribers = [_subscriber("team", sink.url), _subscriber("ops", sink.url)]
    report = _drain(db_sessions, subscribers, ApprisedSender())
    assert report.sent == 20_000
    posts = sink.posts()
    assert len(posts) == 2  # one per recipient
    for post in posts:
        assert "10.000" in post["title"] or "10000" in post["title"]
        assert "weitere Änderungen" in post["message"]
        assert PAGE_URL in post["message"]
    assert set(_statuses(db_sessions)) == {("team", "sent"), ("ops", "sent")}


# --- the daemon's drain thread ---------------------------------------------------------------


def test_the_drain_worker_runs_apart_and_goes_round_again_when_asked() -> None:
    started, finish = threading.Event(), threading.Event()
    runs: list[int] = []

    def slow_drain() -> None:
        runs.append(len(runs))
        started.set()
        finish.wait(10)

    worker = DrainWorker(slow_drain, interval_s=3600)
    worker.start()
    assert started.wait(10)  # the first drain runs at once
    started.clear()
    worker.request()  # returns at once although a drain is running
    worker.request()  # requests during a drain: one more round, not two
    finish.set()
    assert started.wait(10)
    worker.stop()
    assert runs == [0, 1]


def test_resend_uncertain_is_once_or_never(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rvr_watch.cli import main

    config = tmp_path / "config.yaml"
    config.write_text(
        f"database: sqlite:///{tmp_path / 'db.sqlite'}\n"
        "pages:\n  - name: p\n    url: https://example.org/\n"
        "subscribers:\n  - name: team\n    notify: ['json://127.0.0.1:9/']\n"
        "    resend_uncertain: sometimes\n",
        "utf-8",
    )
    assert main(["status", "--config", str(config)]) == 2
    assert "resend_uncertain: must be 'once' or 'never', got 'sometimes'" in capsys.readouterr().err
    assert _subscriber("team", "json://127.0.0.1:9/").resend_uncertain == "once"
