"""The whole pipeline with real parts: loopback HTTP, real SMTP, SQLite and PostgreSQL.

Each test replays versions of the series page and asserts what was stored and
exactly which e-mails each subscriber received.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from httpserver import HTTPTestServer, Route
from smtpserver import SMTPServer
from sqlalchemy import select

from notify.send import ApprisedSender
from rvr_watch.config.model import Config, parse_config
from rvr_watch.engine.service import Service
from rvr_watch.engine.wiring import open_database, open_fetcher
from storage.queries import list_changes, list_events, page_status
from storage.schema import ChangeRow

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_text("utf-8")
DATE_LINE = "27. November 2025 von 17:00&nbsp;Uhr bis 19:00&nbsp;Uhr"
MOVED_LINE = "4. Dezember 2025 von 18:00&nbsp;Uhr bis 20:00&nbsp;Uhr"
TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"
MAINTENANCE = (
    "<html><body><h1>Wartungsarbeiten</h1><p>Die Website ist wegen Wartungsarbeiten "
    "vorübergehend nicht erreichbar.</p></body></html>"
)


class Clock:
    """A fixed clock that the test moves forward; the diff needs a stable 'now'."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def _config(db_url: str, http: HTTPTestServer, subscribers: str) -> Config:
    text = (
        f"database: {db_url}\n"
        "http:\n  robots: false\n  timeout_s: 5\n"
        f"pages:\n  - name: series\n    url: {http.url('/reihe')}\n    error_threshold: 2\n"
        f"subscribers:\n{subscribers}"
    )
    return parse_config(text, source="config.yaml", env={})


@contextmanager
def _service(config: Config, clock: Clock) -> Iterator[Service]:
    database = open_database(config.database)
    try:
        with open_fetcher(config, database) as fetcher:
            yield Service(config, database, fetcher, ApprisedSender(), clock=clock)
    finally:
        database.dispose()


def _check(service: Service) -> tuple[str, list[str]]:
    (result,) = service.check_pages(service.config.pages)
    service.drain()
    return result.outcome, [change.kind for change in result.changes]


def test_a_reschedule_reaches_each_subscriber_once_and_noise_reaches_nobody(
    db_url: str, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    subscribers = (
        f"  - name: team\n    notify: ['{smtp_server.url(to='team@example.org')}']\n"
        f"  - name: press\n    notify: ['{smtp_server.url(to='press@example.org')}']\n"
        "    kinds: [cancelled]\n    language: en\n"
    )
    config = _config(db_url, http_server, subscribers)
    clock = Clock(dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC))
    http_server.set("/reihe", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    with _service(config, clock) as service:
        assert _check(service) == ("changed", [])  # the baseline notifies nobody
        assert smtp_server.messages() == []

        clock.advance(hours=1)  # markup and whitespace only: stored, not notified
        noisy = PAGE.replace('class="download"', 'class="download btn"').replace("  ", "\t")
        http_server.set("/reihe", noisy, headers={"Content-Type": "text/html"})
        assert _check(service) == ("unchanged", [])

        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE))
        assert _check(service) == ("changed", ["rescheduled"])
        (mail,) = smtp_server.wait_for(1)
        assert mail["To"] == "team@example.org"
        assert mail["Subject"] == f"Termin verschoben: {TITLE} – 04.12.2025, Gelsenkirchen"
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert (
            "- Wann: bisher Donnerstag, 27. November 2025, 17:00–19:00 Uhr\n"
            "        jetzt Donnerstag, 4. Dezember 2025, 18:00–20:00 Uhr"
        ) in text.replace("\r\n", "\n")

        clock.advance(hours=1)  # the same page again, and a second drain: nothing more
        assert _check(service) == ("unchanged", [])
        service.drain()
    assert len(smtp_server.messages()) == 1

    database = open_database(config.database)
    with database.sessions() as session:
        (event,) = list_events(session, page="series", today=dt.date(2025, 11, 20))
        assert (event.event.title, event.event.date) == (TITLE, dt.date(2025, 12, 4))
        assert event.event.start == dt.datetime.fromisoformat("2025-12-04T18:00:00+01:00")
        changes = list_changes(session)
        assert [(c.kind, c.page) for c in changes] == [("rescheduled", "series")]
        assert {f["field"]: (f["old"], f["new"]) for f in changes[0].fields} == {
            "date": ("2025-11-27", "2025-12-04"),
            "start": ("2025-11-27T17:00:00+01:00", "2025-12-04T18:00:00+01:00"),
            "end": ("2025-11-27T19:00:00+01:00", "2025-12-04T20:00:00+01:00"),
        }
        (status,) = page_status(session)
        assert (status.checks, status.snapshots, status.pending_deliveries) == (4, 3, 0)
    database.dispose()


def test_a_failed_delivery_stays_pending_and_is_delivered_once_later(
    db_url: str, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    config = _config(db_url, http_server, f"  - name: team\n    notify: ['{smtp_server.url()}']\n")
    clock = Clock(dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC))
    http_server.set("/reihe", PAGE)
    with _service(config, clock) as service:
        _check(service)
        smtp_server.down()
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE))
        assert _check(service) == ("changed", ["rescheduled"])
        with service.database.sessions() as session:
            (status,) = page_status(session)
        assert status.pending_deliveries == 1

        smtp_server.up()
        assert service.drain().sent == 0  # not due yet: the retry waits for its backoff
        clock.advance(minutes=2)
        report = service.drain()
        assert (report.sent, report.failed) == (1, 0)
        clock.advance(hours=1)
        assert service.drain().attempted == 0
    (mail,) = smtp_server.wait_for(1)
    assert mail["Subject"].startswith("Termin verschoben: ")


def test_an_outage_alerts_once_and_recovery_is_announced_once(
    db_url: str, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    subscribers = (
        f"  - name: ops\n    notify: ['{smtp_server.url(to='ops@example.org')}']\n"
        "    kinds: [monitor_error]\n"
        f"  - name: team\n    notify: ['{smtp_server.url(to='team@example.org')}']\n"
    )
    config = _config(db_url, http_server, subscribers)
    clock = Clock(dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC))
    http_server.set("/reihe", PAGE)
    with _service(config, clock) as service:
        _check(service)
        outcomes = []
        for body, status in [(MAINTENANCE, 200), ("down", 404), ("down", 404), ("down", 404)]:
            clock.advance(hours=1)
            http_server.set("/reihe", body, status=status)
            outcomes.append(_check(service)[0])
        assert outcomes == ["refused", "failed", "failed", "failed"]
        alerts = smtp_server.wait_for(1)
        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE))
        # After the outage the diff is against the last good page, not the refused one.
        assert _check(service) == ("changed", ["rescheduled"])
        with service.database.sessions() as session:
            alerts_stored = session.execute(
                select(ChangeRow.kind, ChangeRow.data)
                .where(ChangeRow.kind.like("monitor_%"))
                .order_by(ChangeRow.id)
            ).all()
    # The alert counts the failures up to the threshold, the recovery the whole outage.
    assert [(kind, data["failures"], data["since"]) for kind, data in alerts_stored] == [
        ("monitor_error", 2, "2025-11-20T10:00:00+00:00"),
        ("monitor_recovered", 4, "2025-11-20T10:00:00+00:00"),
    ]
    mails = smtp_server.wait_for(3)
    assert [m["To"] for m in alerts] == ["ops@example.org"]
    assert sorted((m["To"], m["Subject"].split(":")[0]) for m in mails) == [
        ("ops@example.org", "Seite nicht erreichbar"),
        ("ops@example.org", "Seite wieder erreichbar"),
        ("team@example.org", "Termin verschoben"),
    ]


def test_a_full_disk_rolls_the_check_back_and_keeps_the_old_state(
    tmp_path: Path, http_server: HTTPTestServer
) -> None:
    from sqlalchemy import event

    from rvr_watch.errors import exit_status_for

    config = _config(f"sqlite:///{tmp_path / 'full.db'}", http_server, "  []\n")
    clock = Clock(dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC))
    http_server.set("/reihe", PAGE)
    with _service(config, clock) as service:
        _check(service)
        # SQLite's own "disk full": no page may be added to the file from now on.
        service.database.dispose()

        @event.listens_for(service.database.engine, "connect")
        def _cap(connection, _record) -> None:  # type: ignore[no-untyped-def]
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")

        clock.advance(hours=1)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE) + "<!--" + "x" * 500_000)
        try:
            service.check_pages(config.pages)
        except Exception as error:  # the error itself is what we assert
            failure = error
        else:
            raise AssertionError("a check on a full disk must fail")
    assert exit_status_for(failure) == (1, "database error: database or disk is full")
    database = open_database(config.database)
    with database.sessions() as session:
        (status,) = page_status(session)
        assert (status.checks, status.snapshots, status.last_outcome) == (1, 1, "changed")
        assert list_changes(session) == []
        (event_row,) = list_events(session, page="series", today=dt.date(2025, 11, 20))
        assert event_row.event.date == dt.date(2025, 11, 27)
    database.dispose()


LIFE = [
    ("life-01-before-kickoff.html", "2025-02-10", []),
    (
        "life-02-talentschmiede-next.html",
        "2025-04-10",
        [("concluded", "2025-03-19"), ("new_date", "2025-05-19")],
    ),
    (
        "life-03-welcome-next.html",
        "2025-10-10",
        [("concluded", "2025-05-19"), ("new_date", "2025-11-06")],
    ),
    (
        "life-04-karriere-next.html",
        "2025-11-10",
        [("concluded", "2025-11-06"), ("new_date", "2025-11-27")],
    ),
    ("life-05-no-next-date.html", "2025-12-10", [("concluded", "2025-11-27")]),
    (
        "life-06-series-2026.html",
        "2026-01-20",
        [("new_date", "2026-03-12"), ("new_date", "2026-04-23")],
    ),
]
FIXTURES = ROOT / "tests" / "fixtures" / "pages"


def test_the_pages_life_through_2025_gives_exactly_these_changes_and_mails(
    db_url: str, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    subscribers = (
        f"  - name: team\n    notify: ['{smtp_server.url(to='team@example.org')}']\n"
        f"  - name: stats\n    notify: ['{smtp_server.url(to='stats@example.org')}']\n"
        "    kinds: [concluded]\n"
    )
    config = _config(db_url, http_server, subscribers)
    clock = Clock(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    mails_per_step = []
    with _service(config, clock) as service:
        for name, day, expected in LIFE:
            http_server.set("/reihe", (FIXTURES / name).read_bytes())
            clock.now = dt.datetime.fromisoformat(f"{day}T09:00:00+00:00")
            (result,) = service.check_pages(config.pages)
            service.drain()
            assert (name, [(c.kind, c.event.date.isoformat()) for c in result.changes]) == (
                name,
                expected,
            )
            mails = smtp_server.messages()
            smtp_server.clear()
            mails_per_step.append(sorted((m["To"], m["Subject"].split(":")[0]) for m in mails))
    new, done = "Neuer Termin", "Veranstaltung abgeschlossen"
    assert mails_per_step == [
        [],
        [("stats@example.org", done), ("team@example.org", new)],
        [("stats@example.org", done), ("team@example.org", new)],
        [("stats@example.org", done), ("team@example.org", new)],
        [("stats@example.org", done)],
        [("team@example.org", "Fachkräfte-Reihe 2026")],  # two new dates: one message
    ]


def test_a_recipients_messages_keep_their_order_through_a_delivery_outage(
    db_url: str, http_server: HTTPTestServer
) -> None:
    # The hook is down when the reschedule is sent and back for the cancellation: the
    # cancellation must not overtake the reschedule (the last word would be stale).
    subscribers = f"  - name: team\n    notify: ['json://127.0.0.1:{http_server.port}/hook']\n"
    config = _config(db_url, http_server, subscribers)
    clock = Clock(dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC))
    http_server.set("/reihe", PAGE)
    down, up = Route(status=500, body=b"down"), Route(status=200, body=b"{}")
    with _service(config, clock) as service:
        _check(service)
        http_server.set_sequence("/hook", [down])
        clock.advance(minutes=10)
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE))
        assert _check(service) == ("changed", ["rescheduled"])
        clock.advance(seconds=20)  # the retry is due after a minute
        http_server.set_sequence("/hook", [up])
        http_server.set("/reihe", PAGE.replace(DATE_LINE, MOVED_LINE + " – entfällt"))
        assert _check(service) == ("changed", ["cancelled"])
        assert len(http_server.requests_for("/hook")) == 1  # only the failed reschedule
        # Both due: the first fails again, so the second stays behind it, unsent.
        clock.advance(minutes=1)
        http_server.set_sequence("/hook", [down, up])
        report = service.drain()
        assert (report.sent, report.failed) == (0, 1)
        clock.advance(minutes=2)
        report = service.drain()
        assert (report.sent, report.failed) == (2, 0)
    titles = [json.loads(r.body)["title"] for r in http_server.requests_for("/hook")]
    assert [title.split(":")[0] for title in titles] == [
        "Termin verschoben",
        "Termin verschoben",
        "Termin verschoben",
        "Termin abgesagt",
    ]
