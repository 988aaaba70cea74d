"""Benchmark: deliveries per second of rendered messages through ApprisedSender.

Renders new-date messages (with their .ics attachment) and sends each one as a real
e-mail, through apprise, to the loopback SMTP server of tests/smtpserver.py (in this
process, on 127.0.0.1). It calls the sender directly, bypassing the outbox.

    .venv/bin/python bench/notify.py [--count 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path
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


def main() -> int:
    """Run the benchmark and print its numbers; exit 1 if a delivery did not arrive."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    count = parser.parse_args().count
    server = SMTPServer()
    server.start()
    try:
        started = time.perf_counter()
        messages = _messages(count)
        rendered = time.perf_counter()
        sender = ApprisedSender()
        url = server.url()
        outcomes = [
            sender.send([url], message, message_id=f"bench-{n}")[0].outcome
            for n, message in enumerate(messages)
        ]
        sent = time.perf_counter()
        server.wait_for(count, timeout_s=30)
    finally:
        server.stop()
    delivered = outcomes.count("sent")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("notify bench: ApprisedSender -> loopback SMTP (aiosmtpd, same process); outbox bypassed")
    print(f"rendered {count} messages in {rendered - started:.2f} s")
    print(f"delivered {delivered}/{count} in {sent - rendered:.2f} s")
    print(f"deliveries per second: {delivered / (sent - rendered):.1f} (target > 50)")
    print(f"peak RSS: {peak_mib:.1f} MiB (sender and server together)")
    return 0 if delivered == count else 1


if __name__ == "__main__":
    raise SystemExit(main())
