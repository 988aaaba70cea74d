"""``rvr-watch demo``: the whole product on bundled page versions, offline, in seconds.

Serves four versions of the series page from a loopback server, checks them in turn
into a temporary database with a clock set to the days they were published, and
collects the messages a subscriber would get instead of sending them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from notify.messages import Message
    from notify.send import SendResult
    from rvr_watch.engine.pipeline import PageCheck

# (file, the day the version is checked, what happened on the page)
STEPS = (
    ("1-welcome-next.html", "2025-10-15", "Die Seite kündigt Welcome Ruhrgebiet an (Erstabruf)."),
    ("2-karriere-announced.html", "2025-11-08", "Ein neuer Termin erscheint."),
    ("3-karriere-relocated.html", "2025-11-15", "Der Termin zieht an einen anderen Ort."),
    ("4-karriere-cancelled.html", "2025-11-20", "Der Termin wird abgesagt."),
)
PAGE_PATH = "/themen/bildung-wissenschaft-1/fachkraefte-reihe"


@dataclass
class CollectingSender:
    """A ``notify.send.Sender`` that keeps messages instead of sending them."""

    messages: list[Message] = field(default_factory=list)

    def send(self, urls: Sequence[str], message: Message, *, message_id: str) -> list[SendResult]:
        """Keep ``message`` once per URL and report it as sent."""
        from notify.send import SendResult

        self.messages.extend(message for _url in urls)
        return [SendResult(url_redacted=url, outcome="sent") for url in urls]


@dataclass(frozen=True)
class DemoStep:
    """One replayed page version: what happened, the check, and the messages it caused."""

    day: str
    story: str
    check: PageCheck
    messages: tuple[Message, ...]


class _Site:
    """The page the loopback server serves right now."""

    def __init__(self) -> None:
        self.body = b""


def run_demo(language: str = "de") -> Iterator[DemoStep]:
    """Replay the bundled versions; yields each step as it is checked."""
    from rvr_watch.config.model import parse_config
    from rvr_watch.engine.service import Service
    from rvr_watch.engine.wiring import open_database, open_fetcher

    site = _Site()
    sender = CollectingSender()
    with _serving(site) as port, tempfile.TemporaryDirectory(prefix="rvr-watch-demo-") as tmp:
        config = parse_config(
            f"database: sqlite:///{Path(tmp) / 'demo.db'}\n"
            "http:\n  robots: false\n  timeout_s: 10\n"
            f"pages:\n  - name: fachkraefte-reihe\n    url: http://127.0.0.1:{port}{PAGE_PATH}\n"
            "subscribers:\n  - name: demo\n    notify: ['json://localhost/']\n"
            f"    language: {language}\n",
            source="demo",
            env={},
        )
        clock = _StepClock()
        database = open_database(config.database)
        try:
            with open_fetcher(config, database) as fetcher:
                service = Service(config, database, fetcher, sender, clock=clock)
                for name, day, story in STEPS:
                    site.body = (
                        resources.files("rvr_watch") / "demo" / "pages" / name
                    ).read_bytes()
                    clock.now = dt.datetime.fromisoformat(f"{day}T09:00:00+00:00")
                    before = len(sender.messages)
                    (check,) = service.check_pages(config.pages)
                    service.drain()
                    yield DemoStep(day, story, check, tuple(sender.messages[before:]))
        finally:
            database.dispose()


class _StepClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@contextmanager
def _serving(site: _Site) -> Iterator[int]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = site.body if self.path == PAGE_PATH else b"not found"
            self.send_response(200 if self.path == PAGE_PATH else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the demo prints its own story

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
