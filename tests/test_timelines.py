"""Red team: generated page lives through the whole check, against the model's oracle.

``tests/timelines.py`` generates what the editors do to a series page over weeks
(announce, move, cancel, take back, remove, re-announce, conclude into the Rückblick,
fix a typo) with noise (relaunches, link sizes and labels, typography, order, intro,
sidebar news, "Stand:", a cookie banner) and faults between good versions (500, a
timeout, a truncated transfer, a maintenance page, an empty shell). Each version is
served from loopback and checked as a user's ``check`` does, at the step's time; every
good check must store exactly the changes the model says subscribers should get — by
true identity — and a fault none (so no "removed" then "new" around an outage).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from httpserver import HTTPTestServer, Route
from hypothesis import HealthCheck, given, settings
from smtpserver import SMTPServer
from sqlalchemy.orm import Session, sessionmaker
from timelines import (
    BERLIN,
    URL_PATH,
    Ev,
    Expected,
    Shown,
    Site,
    Timeline,
    apply,
    describe,
    expected_changes,
    fault_body,
    first_site,
    timelines,
    true_pairs,
)

from rvr_watch.config.model import Config, PageConfig, parse_config
from rvr_watch.engine.backfill import Version, import_versions
from rvr_watch.engine.service import Service
from rvr_watch.engine.wiring import open_database
from scraper.fetch import Fetcher, FetchSettings, make_client
from storage.diff import Change, normalize_text
from storage.queries import list_changes, list_events

START = dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.UTC)
TIMEOUT_S = 1.0  # generous: a loaded CI machine must not time out a good fetch
# The notified kinds and how a German message's subject begins.
SUBJECTS = {
    "new_date": "Neuer Termin",
    "rescheduled": "Termin verschoben",
    "updated": "Termin geändert",
    "cancelled": "Termin abgesagt",
    "removed": "Termin entfernt",
}

PROPERTY = settings(
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _config(db: str, http: HTTPTestServer, smtp: SMTPServer | None = None) -> Config:
    team = f"\n  - name: team\n    notify: ['{smtp.url()}']" if smtp else " []"
    text = (
        f"database: sqlite:///{db}\n"
        f"http:\n  robots: false\n  timeout_s: {TIMEOUT_S}\n"
        f"pages:\n  - name: series\n    url: {http.url(URL_PATH)}\n    error_threshold: 100\n"
        f"subscribers:{team}\n"
    )
    return parse_config(text, source="config.yaml", env={})


@contextmanager
def _service(config: Config, clock: Clock) -> Iterator[Service]:
    database = open_database(config.database)
    # No retries: a fault is one failed check (the retries' back-off is the fetcher's
    # own business, tested in test_fetch.py).
    fetch = FetchSettings(robots=False, timeout_s=TIMEOUT_S, retries=0)
    try:
        with make_client(fetch) as client:
            yield Service(config, database, Fetcher(client, fetch), clock=clock)
    finally:
        database.dispose()


def serve(http: HTTPTestServer, site: Site, fault: str | None) -> None:
    """Serve ``site`` as a CMS does (with an ETag of its body), or ``fault`` instead."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    if fault == "500":
        http.set(URL_PATH, "<h1>Internal Server Error</h1>", status=500, headers=html)
    elif fault == "503":  # asks for more patience than a check has: fails at once
        headers = {**html, "Retry-After": "3600"}
        http.set(URL_PATH, "<h1>Service Unavailable</h1>", status=503, headers=headers)
    elif fault == "timeout":
        http.set_sequence(URL_PATH, [Route(delay_s=TIMEOUT_S * 1.5, body=b"late")])
    elif fault == "cut":  # the connection drops before the promised length
        body = site.render().encode()
        route = Route(
            body=body[: len(body) // 2], content_length=len(body), headers=(*html.items(),)
        )
        http.set_sequence(URL_PATH, [route])
    else:
        body = site.render() if fault is None else fault_body(site, fault)
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
        http.set(URL_PATH, body, headers=html, etag=etag)


def seen(changes: list[Change] | tuple[Change, ...]) -> list[Expected]:
    out = []
    for c in changes:
        out.append((c.kind, normalize_text(c.event.title), c.event.date))
    return sorted(out)


def normalized(expected: list[Expected]) -> list[Expected]:
    return sorted((k, normalize_text(t), d) for k, t, d in expected)


def run_timeline(
    timeline: Timeline, http: HTTPTestServer, db: str, smtp: SMTPServer | None = None
) -> list[str]:
    """Replay ``timeline``; returns the log (every step's site and changes) on success.

    With ``smtp``, a subscriber gets e-mail from it; the server is down during the checks
    after a 7- or 39-hour pause (the messages wait in the outbox), and at the end every
    check with news must have given exactly one message.
    """
    clock = Clock(START)
    choices, family, chrome = timeline.first
    site = first_site(START, choices, family, chrome)
    config = _config(db, http, smtp)
    mailed: list[list[Expected]] = []
    log = [f"v0 baseline\n{describe(site)}"]
    with _service(config, clock) as service:
        serve(http, site, None)
        (result,) = service.check_pages(config.pages)
        assert (result.outcome, result.changes) == ("changed", ()), (result, log)
        good, stored = site.shown(clock.now), 0
        identities = check_history(service, {}, good, {}, "\n".join(log))
        for n, step in enumerate(timeline.steps, 1):
            clock.now += dt.timedelta(hours=step.hours)
            for edit, a, b in step.edits:
                site = apply(site, edit, a, b, clock.now)
            serve(http, site, step.fault)
            (result,) = service.check_pages(config.pages)
            label = ", ".join(e for e, _, _ in step.edits) or "nothing"
            log.append(
                f"v{n} +{step.hours}h {label}; fault={step.fault} → {result.outcome} "
                f"{seen(result.changes)}\n{describe(site)}"
            )
            trail = "\n".join(log)
            if step.fault is not None:
                assert result.outcome in ("failed", "refused"), trail
                assert result.changes == (), trail
                continue
            assert result.outcome in ("changed", "unchanged", "not_modified"), trail
            if result.outcome == "not_modified":  # not read again: nothing new
                assert result.changes == (), trail
                continue
            shown = site.shown(clock.now)
            want = normalized(expected_changes(good, shown, clock.now))
            assert seen(result.changes) == want, f"{trail}\nexpected {want}"
            identities = check_history(service, good, shown, identities, trail)
            good = shown
            with service.database.sessions() as session:
                rows = [c for c in list_changes(session) if not c.is_monitor]
            new_rows = rows[: len(rows) - stored]
            stored = len(rows)
            assert (
                sorted(
                    (c.kind, normalize_text(c.change().event.title), c.change().event.date)
                    for c in new_rows
                )
                == want
            ), trail
            mailed.append([w for w in want if w[0] in SUBJECTS])
            if smtp is not None:
                if step.hours in (7, 39):
                    smtp.down()
                service.drain()
                smtp.up()
        if smtp is not None:
            check_mails(service, clock, smtp, [m for m in mailed if m], "\n".join(log))
    return log


def check_mails(
    service: Service, clock: Clock, smtp: SMTPServer, news: list[list[Expected]], trail: str
) -> None:
    """Each check with news gave one message, sent once, after the outbox's retries."""
    for _ in range(3):  # the back-off of what failed while the server was down
        clock.now += dt.timedelta(hours=1)
        service.drain()
    mails = smtp.messages()
    assert len(mails) == len(news), f"{trail}\n{[m['Subject'] for m in mails]}"
    assert len({m["Message-ID"] for m in mails}) == len(mails), trail
    subjects = sorted(normalize_text(m["Subject"]) for m in mails)
    for [(kind, title, _)] in (n for n in news if len(n) == 1):
        prefix = normalize_text(f"{SUBJECTS[kind]}: {title}")
        assert any(s.startswith(prefix) for s in subjects), f"{trail}\n{prefix} in {subjects}"


def check_history(
    service: Service, old: Shown, new: Shown, rows: dict[int, int], trail: str
) -> dict[int, int]:
    """The stored event history follows the model: the listed events are the page's, an
    event keeps its row while it stays on the page and gets a new one when it comes back.

    ``old``/``new``: the page as the last and this good check read it; ``rows`` maps the
    model's events to their rows as of ``old``. Returns the new map.
    """
    with service.database.sessions() as session:
        listed = [e for e in list_events(session, include_all=True) if e.gone_at is None]
    by_facts = {(e.event.status, normalize_text(e.event.title), e.event.date): e for e in listed}
    want = {(e.status, normalize_text(e.wording()), e.day): e.eid for e in new.values()}
    assert sorted(by_facts) == sorted(want), f"{trail}\nlisted {sorted(by_facts)}"
    now = {eid: by_facts[facts].id for facts, eid in want.items()}
    for o, n in true_pairs(old, new, service.clock()):
        if n is None:
            continue
        if o is not None and o.eid in rows:
            assert now[n.eid] == rows[o.eid], f"{trail}\nevent #{n.eid} lost #{o.eid}'s row"
        else:
            assert now[n.eid] not in rows.values(), f"{trail}\nevent #{n.eid} took another's row"
    return now


@PROPERTY
@given(timeline=timelines)
def test_generated_timelines_notify_each_real_change_once_and_nothing_else(
    http_server: HTTPTestServer, timeline: Timeline
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run_timeline(timeline, http_server, str(Path(tmp) / "history.db"))


@settings(PROPERTY, max_examples=12)
@given(timeline=timelines)
def test_generated_timelines_mail_each_check_with_news_once_through_smtp_outages(
    http_server: HTTPTestServer, smtp_server: SMTPServer, timeline: Timeline
) -> None:
    smtp_server.clear()
    with tempfile.TemporaryDirectory() as tmp:
        run_timeline(timeline, http_server, str(Path(tmp) / "history.db"), smtp_server)


# --- found by the timelines: the next date of a recurring event ------------------------

RECURRING = Ev(
    eid=0, title=1, day=dt.date(2026, 2, 10), hour=17, length=2, place=3, audience=0, link=0
)
RECURRED = Site(events=(replace(RECURRING, eid=1, day=dt.date(2026, 3, 10)),), family="dl")


def test_the_next_date_of_a_recurring_event_is_new_in_the_events_history_too(
    db_sessions: sessionmaker[Session],
) -> None:
    """``import`` (backfill) stores the event history along the diff's pairs: the date
    that took place is gone, the next one is a new event with its own row."""
    first = Site(events=(RECURRING,), family="dl")
    versions = [
        Version(at, f"v{n}.html", site.render().encode(), "text/html; charset=utf-8")
        for n, (at, site) in enumerate(
            [(START, first), (dt.datetime(2026, 2, 12, 9, tzinfo=dt.UTC), RECURRED)]
        )
    ]
    page = PageConfig(name="series", url="https://www.beispiel-region.de/reihe")
    report = import_versions(db_sessions, page, versions, BERLIN)
    assert [r.outcome for r in report.results] == ["changed", "changed"]
    with db_sessions() as session:
        events = list_events(session, include_all=True)
        changes = [c for c in list_changes(session) if not c.is_monitor]
    by_day = {e.event.date: e for e in events}
    assert sorted(by_day) == [dt.date(2026, 2, 10), dt.date(2026, 3, 10)]
    assert by_day[dt.date(2026, 2, 10)].gone_at is not None
    assert by_day[dt.date(2026, 3, 10)].gone_at is None
    assert sorted((c.kind, c.event_id) for c in changes) == sorted(
        [
            ("concluded", by_day[dt.date(2026, 2, 10)].id),
            ("new_date", by_day[dt.date(2026, 3, 10)].id),
        ]
    )


# --- one timeline as users run it: `rvr-watch check` processes, e-mails on real SMTP ----

# (edits, fault): a hand-picked life with a fault between most good versions. The real
# clock runs (a process has no other), so the dates lie weeks ahead of it.
PROCESS_LIFE: list[tuple[tuple[tuple[str, int, int], ...], str | None]] = [
    ((("announce", 5, 1),), None),  # a new date
    ((("intro", 0, 0), ("news", 0, 0)), "maintenance"),
    ((("move_date", 0, 0), ("size", 0, 0), ("label", 0, 0)), None),  # moved, link noise
    ((), "503"),
    ((("cancel", 1, 4), ("relaunch", 2, 3), ("banner", 0, 0)), None),  # cancelled in a relaunch
    ((), "truncated"),
    ((("remove", 0, 0), ("stand", 0, 0), ("typography", 1, 0)), None),  # removed
    ((), "empty"),
    ((("venue", 0, 2), ("reorder", 1, 0)), None),  # a new venue
    ((("reannounce", 0, 1), ("presentation", 1, 2)), None),  # back again: a new date
    ((("uncancel", 0, 1),), None),  # the cancelled date is back on
]


def _process(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    command = [sys.executable, "-m", "rvr_watch", "--config", str(config), *args]
    return subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=60)


def test_a_pages_life_through_check_processes_mails_each_change_once(
    tmp_path: Path, http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"database: sqlite:///{tmp_path / 'history.db'}\n"
        "http:\n  robots: false\n"
        f"pages:\n  - name: series\n    url: {http_server.url(URL_PATH)}\n"
        "    error_threshold: 100\n"
        f"subscribers:\n  - name: team\n    notify: ['{smtp_server.url()}']\n",
        "utf-8",
    )
    now = dt.datetime.now(dt.UTC)
    site = first_site(now, [3, 12], 0, 0)
    serve(http_server, site, None)
    assert _process(config, "check").returncode == 0
    good, log, expected_all = site.shown(now), [describe(site)], []
    for n, (edits, fault) in enumerate(PROCESS_LIFE, 1):
        now = dt.datetime.now(dt.UTC)
        for edit, a, b in edits:
            site = apply(site, edit, a, b, now)
        serve(http_server, site, fault)
        result = _process(config, "check")
        log.append(f"v{n} {edits} {fault}: {result.stdout.strip()}\n{describe(site)}")
        trail = "\n".join(log)
        if fault is not None:
            assert result.returncode == 1, trail
            assert smtp_server.messages() == [], trail
            continue
        assert result.returncode == 0, f"{trail}\n{result.stderr}"
        want = expected_changes(good, site.shown(now), now)
        assert want, f"each good version of this life is news: {trail}"
        good = site.shown(now)
        expected_all += want
        (mail,) = smtp_server.wait_for(1)  # one message per check and recipient
        smtp_server.clear()
        if len(want) == 1:
            kind, title, _ = want[0]
            assert mail["Subject"].startswith(f"{SUBJECTS[kind]}: {title}"), trail
    assert _process(config, "check").returncode == 0  # nothing new: no mail
    assert smtp_server.messages() == []
    listed = json.loads(_process(config, "changes", "--format", "json").stdout)
    stored = sorted(
        (c["kind"], normalize_text(c["event"]["title"]), dt.date.fromisoformat(c["event"]["date"]))
        for c in listed
    )
    assert stored == normalized(expected_all), "\n".join(log)
    assert {kind for kind, *_ in stored} == set(SUBJECTS), "the life shows every notified kind"
