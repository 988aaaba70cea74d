"""Helpers for the website tests: a live site on a free loopback port, checks with a clock.

The site runs the real ASGI app under uvicorn in a thread of the test process (so the
test can set its clock: the sample page's dates lie in 2025); requests go over real
HTTP. ``rvr-watch serve`` itself is started as a process in tests/test_web.py.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import httpx
import uvicorn
from httpserver import HTTPTestServer

from notify.send import ApprisedSender
from rvr_watch.config.model import Config, parse_config
from rvr_watch.engine.service import Service
from rvr_watch.engine.wiring import Database, open_database, open_fetcher
from rvr_watch.web.app import Site, create_app
from rvr_watch.web.data import Answers
from storage.engine import session_factory

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_text("utf-8")
DATE_LINE = "27. November 2025 von 17:00&nbsp;Uhr bis 19:00&nbsp;Uhr"
MOVED_LINE = "4. Dezember 2025 von 18:00&nbsp;Uhr bis 20:00&nbsp;Uhr"
TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"
KEY = "2025-11-27-karriere-in-ge-machs-mit-wasserstoff"
START = dt.datetime(2025, 11, 20, 9, 0, tzinfo=dt.UTC)  # a week before the sample's date
HTML = {"Content-Type": "text/html; charset=utf-8"}


class Clock:
    """A fixed clock that the test moves forward."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def make_config(
    db_url: str,
    http: HTTPTestServer,
    *,
    port: int,
    mail: str | None = None,
    subscribers: str = "",
) -> Config:
    web = f"web:\n  base_url: http://127.0.0.1:{port}/\n"
    if mail is not None:
        web += f"  subscriptions: true\n  mail: '{mail}'\n"
    text = (
        f"database: {db_url}\n"
        "http:\n  robots: false\n  timeout_s: 5\n"
        f"pages:\n  - name: series\n    url: {http.url('/reihe')}\n    error_threshold: 2\n"
        f"subscribers:\n{subscribers}{web}"
    )
    return parse_config(text, source="config.yaml", env={})


@dataclass
class Live:
    """A running site: its URL, its shared state, and a client for it."""

    url: str
    site: Site
    client: httpx.Client


@contextmanager
def live_site(config: Config, clock: Clock, port: int, **limits: object) -> Iterator[Live]:
    """The website for ``config`` served by uvicorn on ``port`` until the block ends."""
    database = open_database(config.database)
    reads = session_factory(database.engine, read_only=True)
    # A test wants the new answer after a change, however slow the machine: no stand-ins.
    limits.setdefault("answers", Answers(stale_after_s=60))
    site = Site(
        config=config,
        reads=reads,
        writes=database.sessions,
        sender=ApprisedSender(),
        clock=clock,
        **limits,  # type: ignore[arg-type]
    )
    app = create_app(config, database.sessions, reads, site=site)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the site did not start")
        time.sleep(0.01)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            yield Live(base, site, client)
    finally:
        server.should_exit = True
        thread.join(10)
        database.dispose()


@contextmanager
def service(config: Config, clock: Clock) -> Iterator[Service]:
    """The engine as ``check``/``run`` use it, on the test's clock."""
    database: Database = open_database(config.database)
    try:
        with open_fetcher(config, database) as fetcher:
            yield Service(config, database, fetcher, ApprisedSender(), clock=clock)
    finally:
        database.dispose()


def check(svc: Service) -> list[str]:
    """One check of every page and a drain; the kinds of the changes found."""
    results = svc.check_pages(svc.config.pages)
    svc.drain()
    return [change.kind for result in results for change in result.changes]


def mail_text(mail: EmailMessage) -> str:
    """The plain-text part of a received e-mail."""
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def mail_link(mail: EmailMessage, path: str) -> str:
    """The first link to ``path`` on the site in a received e-mail."""
    found = re.search(rf"http://\S+{path}\S+", mail_text(mail))
    assert found, mail_text(mail)
    return found[0]
