"""Real daemons SIGKILLed across a replayed page life; what each channel got, against the outbox.

Shared by ``tests/test_delivery_crash.py`` (a few kills, on SQLite and PostgreSQL) and
``bench/chaos.py`` (30 by default). A run serves the page's life (the six
``life-*.html`` fixtures, round after round, years moved ahead by one more each round,
so every date is in the future and every message differs) from a loopback server to
``rvr-watch run``, checked every second. One subscriber has two channels: a slow
``json://`` webhook and an SMTP server. The daemon is SIGKILLed at random moments, half
of them while a webhook request is being answered, and started again at once.

Afterwards every (recipient, check) group in the outbox is one expected message. The
SMTP channel is matched exactly by its ``Message-ID`` (it names the group's first
delivery); the webhook by the message text. Duplicates are allowed only for groups
that were ``uncertain`` (resent once by policy); a message may be missing only if its
group ended ``uncertain`` without a resend (both attempts cut short).
"""

from __future__ import annotations

import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from httpserver import HTTPTestServer
from smtpserver import SMTPServer
from sqlalchemy import text
from webhooksink import WebhookSink, text_of

from storage.engine import make_engine

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
LIFE = sorted(FIXTURES.glob("life-*.html"))
PAGE_PATH = "/themen/bildung-wissenschaft-1/fachkraefte-reihe"
ALL_KINDS = "[new_date, rescheduled, updated, cancelled, removed, concluded, monitor_error]"
WEBHOOK, SMTP = "team", "team#2"  # the subscriber's first and second URL
# <rvr-watch.{first delivery id}.{instance}@domain>: stable across a resend.
MESSAGE_ID = re.compile(r"<rvr-watch\.(\d+)\.")
RUN = [sys.executable, "-m", "rvr_watch", "--log-format", "json", "run"]


def page_versions() -> Iterator[str]:
    """The page's life, round after round; each round's dates 1 year later than the last's.

    Every date is in the future, and no two messages of a run are alike (every message
    names a date), so the webhook's messages can be told apart by their text.
    """
    for round_ in range(1, 60):
        shift = 4 + round_
        for path in LIFE:
            # One series title throughout: a resend renders like the first send (messages
            # name the series by the page's current title), so copies can be told apart.
            body = re.sub(r"Fachkräfte-Reihe 202\d", "Fachkräfte-Reihe", path.read_text("utf-8"))
            body = re.sub(r"\b20(2[4-6])\b", lambda m, s=shift: str(2000 + int(m[1]) + s), body)
            yield re.sub(
                r"(\d\d\.\d\d\.)(2[4-6])\b", lambda m, s=shift: m[1] + str(int(m[2]) + s), body
            )


class Daemon:
    """``rvr-watch run`` in a subprocess, started again after every kill."""

    def __init__(self, config: Path, logs: Path) -> None:
        self.config, self.logs = config, logs
        self.starts = 0
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**os.environ, "RVR_WATCH_JITTER_S": "0", "RVR_WATCH_DRAIN_INTERVAL_S": "0.5"}
        env.pop("RVR_WATCH_CONFIG", None)
        self.starts += 1
        with (self.logs / f"daemon-{self.starts}.log").open("wb") as log:
            self.proc = subprocess.Popen(
                [*RUN, "--config", str(self.config)],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=env,
                cwd=self.config.parent,
            )

    def kill(self) -> None:
        """SIGKILL, and reap it (a zombie's pid would still look alive)."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(60)


def write_config(path: Path, database: str, page_url: str, urls: list[str]) -> Path:
    """One page checked every second; one subscriber with every kind on ``urls``."""
    notify = "".join(f"\n      - '{url}'" for url in urls)
    path.write_text(
        f"database: {database}\nhttp:\n  robots: false\n  timeout_s: 10\n"
        f"pages:\n  - name: reihe\n    url: {page_url}\n    schedule: '* * * * * *'\n"
        f"subscribers:\n  - name: team\n    kinds: {ALL_KINDS}\n    notify:{notify}\n",
        "utf-8",
    )
    return path


@dataclass
class Channel:
    """What one channel should have got and got."""

    expected: int = 0
    received: int = 0
    duplicates: int = 0
    missing: int = 0
    uncertain: int = 0  # groups that were uncertain at some point: one resend allowed each
    unsent: int = 0  # groups that ended uncertain without a resend: may be missing
    unknown: int = 0  # messages matching no group (there should be none)

    def within_policy(self) -> bool:
        """Duplicates only from resends of uncertain groups; missing only unsent ones."""
        return (
            self.duplicates <= self.uncertain and self.missing <= self.unsent and self.unknown == 0
        )


@dataclass
class Result:
    channels: dict[str, Channel]
    kills: int
    versions: int
    statuses: dict[str, int]
    seconds: float


def run(
    database: str,
    workdir: Path,
    *,
    kills: int,
    seed: int,
    webhook_delay_s: float = 0.5,
    say: Callable[[str], None] = lambda line: None,
) -> Result:
    """Replay the page life with ``kills`` random SIGKILLs of the daemon; tally the channels."""
    rng = random.Random(seed)
    begun = time.monotonic()
    smtp = SMTPServer()
    smtp.start()
    try:
        with HTTPTestServer() as http, WebhookSink(webhook_delay_s) as hook:
            config = write_config(
                workdir / "config.yaml",
                database,
                http.url(PAGE_PATH),
                [hook.url, smtp.url(to="team@example.org")],
            )
            daemon = Daemon(config, workdir)
            db = make_engine(database)
            try:
                versions = _replay(http, hook, daemon, db, rng, kills, say)
                wait(lambda: _settled(db), "the outbox to settle", 120)
                time.sleep(1.0)  # any late duplicate arrives now
                daemon.stop()
                channels, statuses = _tally(db, hook.posts(), smtp.messages())
            finally:
                if daemon.proc is not None and daemon.proc.poll() is None:
                    daemon.proc.kill()
                    daemon.proc.wait(10)
                db.dispose()
    finally:
        smtp.stop()
    return Result(channels, kills, versions, statuses, time.monotonic() - begun)


def _replay(  # noqa: PLR0917 - the parts of one run, used once
    http: HTTPTestServer,
    hook: WebhookSink,
    daemon: Daemon,
    db: Any,
    rng: random.Random,
    kills: int,
    say: Callable[[str], None],
) -> int:
    versions = page_versions()
    served = 0

    def serve() -> None:
        nonlocal served
        served += 1
        http.set(
            PAGE_PATH,
            next(versions),
            headers={"Content-Type": "text/html; charset=utf-8"},
            etag=f'"v{served}"',
        )

    serve()
    daemon.start()
    wait(lambda: _checks_that_saw(db) >= 1, "the first check", 60)
    done = 0
    while done < kills or served < len(LIFE):
        serve()
        if done < kills:
            if rng.random() < 0.5:  # while a webhook request is being answered
                before = len(hook.posts())
                deadline = time.monotonic() + 4
                while len(hook.posts()) == before and time.monotonic() < deadline:
                    time.sleep(0.01)
                time.sleep(rng.uniform(0, hook.delay_s))
            else:  # at any moment: starting, checking, claiming, sending
                time.sleep(rng.uniform(0, 2.0))
            pid = daemon.proc.pid if daemon.proc else 0
            daemon.kill()
            _free_page_lease(db, pid)
            done += 1
            say(f"kill {done}/{kills} at version {served}")
            daemon.start()
        wait(lambda: _checks_that_saw(db) >= served, f"a check of version {served}", 60)
    return served


def _free_page_lease(db: Any, pid: int) -> None:
    """STAND-IN until the engine takes over page leases of dead processes itself (issue 11
    item 3, ENGINE): a page lease of a killed daemon would stop checks for 5 minutes.
    Only page leases: the outbox's own ``sender:`` leases are what this run tests."""
    holder = f"{socket.gethostname()}:{pid}:%"
    with db.begin() as connection:
        connection.execute(
            text("DELETE FROM leases WHERE holder LIKE :holder AND name NOT LIKE 'sender:%'"),
            {"holder": holder},
        )


def _checks_that_saw(db: Any) -> int:
    """Checks that recorded a new version of the page (the first one included)."""
    return scalar(db, "SELECT count(*) FROM checks WHERE outcome = 'changed'")


def _settled(db: Any) -> bool:
    return (
        scalar(
            db,
            "SELECT count(*) FROM deliveries WHERE status IN ('pending', 'claimed', 'sending')"
            " OR (status = 'uncertain' AND next_attempt_at IS NOT NULL)",
        )
        == 0
    )


def scalar(db: Any, sql: str) -> int:
    """One number from the database (0 while the first daemon has not made the schema)."""
    try:
        with db.connect() as connection:
            return int(connection.execute(text(sql)).scalar() or 0)
    except Exception as error:  # not migrated yet while the first daemon starts
        if "no such table" in str(error) or "does not exist" in str(error):
            return 0
        raise


def wait(predicate: Callable[[], object], what: str, timeout: float = 60) -> None:
    """Poll ``predicate`` until it is true; ``AssertionError`` naming ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _tally(
    db: Any, posts: list[dict[str, Any]], mails: list[Any]
) -> tuple[dict[str, Channel], dict[str, int]]:
    with db.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT d.id, d.subscriber, COALESCE(c.check_id, -c.id), d.status,"
                " d.uncertain_at IS NOT NULL, d.next_attempt_at IS NULL"
                " FROM deliveries d JOIN changes c ON c.id = d.change_id ORDER BY d.id"
            )
        ).all()
    groups: dict[tuple[str, int], list[Any]] = {}
    for row in rows:
        groups.setdefault((row[1], row[2]), []).append(row)
    channels = {WEBHOOK: Channel(), SMTP: Channel()}
    expected_ids: dict[str, bool] = {}
    for (recipient, _occasion), members in groups.items():
        channel = channels[recipient]
        channel.expected += 1
        uncertain = any(m[4] for m in members)
        channel.uncertain += uncertain
        unsent = any(m[3] == "uncertain" and m[5] for m in members)
        channel.unsent += unsent
        if recipient == SMTP:
            expected_ids[str(members[0][0])] = unsent
    hook = channels[WEBHOOK]
    hook.received = len(posts)
    distinct = len({text_of(post) for post in posts})
    hook.duplicates = hook.received - distinct
    hook.missing = max(0, hook.expected - distinct)
    hook.unknown = max(0, distinct - hook.expected)
    mail = channels[SMTP]
    ids = Counter(_delivery_of(str(message["Message-ID"])) for message in mails)
    mail.received = sum(ids.values())
    mail.duplicates = sum(n - 1 for n in ids.values())
    mail.missing = sum(1 for id_ in expected_ids if id_ not in ids)
    mail.unknown = sum(1 for id_ in ids if id_ not in expected_ids)
    statuses = Counter(row[3] for row in rows)
    return channels, dict(statuses)


def _delivery_of(message_id: str) -> str:
    """The first delivery id named in an e-mail's Message-ID, or the whole id if none."""
    found = MESSAGE_ID.match(message_id.strip())
    return found.group(1) if found else message_id
