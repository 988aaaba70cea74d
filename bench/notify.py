"""Benchmark: deliveries per second of rendered messages, and a sender's memory.

1. Renders new-date messages (with their calendar) and sends each one as a real e-mail
   (``email`` + ``smtplib``, one SMTP session kept open) to the loopback SMTP server of
   tests/smtpserver.py (in this process, on 127.0.0.1). It calls the sender directly,
   bypassing the outbox. Target: > 50 deliveries per second.
2. In a fresh interpreter that imports what the daemon imports, sends one e-mail and
   one message through apprise (a ``json://`` webhook on loopback: apprise's registry,
   which any non-e-mail URL such as Matrix loads, costs the same) and prints the RSS
   before and after each. The daemon's target is < 100 MB with an e-mail and a Matrix
   subscriber (bench/daemon.py measures the whole daemon).

    .venv/bin/python bench/notify.py [--count 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import resource
import subprocess
import sys
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from smtpserver import SMTPServer  # noqa: E402

from notify.messages import EventNotice, Message, render_message  # noqa: E402
from notify.send import ApprisedSender  # noqa: E402
from scraper.model import Event, Link, Location  # noqa: E402
from storage.diff import Change  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
EVENT = Event(
    key="2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
    status="upcoming",
    title="Karriere in GE? Mach’s mit Wasserstoff!",
    date=dt.date(2025, 11, 27),
    start=dt.datetime(2025, 11, 27, 17, 0, tzinfo=TZ),
    end=dt.datetime(2025, 11, 27, 19, 0, tzinfo=TZ),
    audience="Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
    location=Location("H2PopUpLab", "Bahnhofstraße 69", "45879", "Gelsenkirchen"),
    links=(Link("Programm", "https://www.rvr.ruhr/fileadmin/Programm.pdf", "172 KB"),),
)


def _messages(count: int) -> list[Message]:
    detected = dt.datetime(2025, 11, 20, 9, 15, tzinfo=dt.UTC)
    messages = []
    for number in range(count):
        event = replace(EVENT, key=f"{EVENT.key}-{number}", title=f"{EVENT.title} #{number}")
        notice = EventNotice(Change("new_date", None, event), "fachkraefte-reihe", PAGE, detected)
        messages.append(render_message([notice], language="de" if number % 2 else "en", tz=TZ))
    return messages


def _serve(port: int, ready: Any, done: Any, count: int) -> None:
    """The SMTP server in its own process (as a real one is): reports what arrived."""
    server = SMTPServer(port=port)
    server.start()
    ready.set()
    try:
        server.wait_for(count, timeout_s=600)
    finally:
        done.put(len(server.received))
        server.stop()


def main() -> int:
    """Run the benchmark and print its numbers; exit 1 if a delivery did not arrive."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    count = parser.parse_args().count
    url = SMTPServer().url()  # a free port, and the URL for it
    port = int(url.split("@127.0.0.1:")[1].split("?")[0])
    ready, done = multiprocessing.Event(), multiprocessing.Queue()
    process = multiprocessing.Process(target=_serve, args=(port, ready, done, count))
    process.start()
    try:
        ready.wait(30)
        started = time.perf_counter()
        messages = _messages(count)
        rendered = time.perf_counter()
        sender = ApprisedSender()
        outcomes = [
            sender.send([url], message, message_id=f"bench-{n}")[0].outcome
            for n, message in enumerate(messages)
        ]
        sent = time.perf_counter()
        sender.close()
        arrived = done.get(timeout=60)
    finally:
        process.join(30)
    delivered = outcomes.count("sent")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("notify bench: e-mail -> loopback SMTP (aiosmtpd in its own process); no outbox")
    print(f"rendered {count} messages in {rendered - started:.2f} s")
    print(f"delivered {delivered}/{count} in {sent - rendered:.2f} s; the server got {arrived}")
    print(f"deliveries per second: {delivered / (sent - rendered):.1f} (target > 50)")
    print(f"peak RSS of the sender: {peak_mib:.1f} MiB")
    print()
    print(_memory())
    return 0 if delivered == count == arrived else 1


_MEMORY = """
import sys

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

import rvr_watch.engine.daemon
import rvr_watch.engine.service
print(f"python + daemon imports: {rss():.1f} MiB")
from notify.messages import Message
from notify.send import ApprisedSender
message = Message(title="Neuer Termin", text="27.11.", markdown="27.11.", html="<p>27.11.</p>")
sender = ApprisedSender()
print("e-mail:", sender.send([sys.argv[1]], message, message_id="m-1")[0].outcome,
      f"-> {rss():.1f} MiB (apprise imported: {'apprise' in sys.modules})")
print("apprise (json://):", sender.send([sys.argv[2]], message, message_id="m-2")[0].outcome,
      f"-> {rss():.1f} MiB")
"""


def _memory() -> str:
    """RSS of a fresh process after an e-mail, then after an apprise message."""
    server = SMTPServer()
    server.start()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        urls = [server.url(), f"json://127.0.0.1:{hook.server_address[1]}/hook"]
        result = subprocess.run(
            [sys.executable, "-c", _MEMORY, *urls],
            capture_output=True, text=True, check=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
    finally:
        hook.shutdown()
        server.stop()
    return "memory of a fresh sender process (RSS):\n" + result.stdout.rstrip()


if __name__ == "__main__":
    raise SystemExit(main())
