"""Benchmark of `rvr-watch run`: 200 pages on a fast schedule until 10,000 checks.

The daemon runs as a real process (``python -m rvr_watch --log-format json run``) against
a loopback server in another process. The server answers a conditional request with
304, except that each request has a small chance to change its page (a new date in
December 2030), which is then served with 200 and notified, so the outbox is exercised
too. Subscribers (``--subscribers``):

* ``mail+matrix`` (the default; issue 14's set-up): one e-mail subscriber (``mailto://``
  to a loopback SMTP server, aiosmtpd, in the server process: our own ``smtplib`` code)
  and one Matrix stand-in: ``json://`` to the same loopback HTTP server, which records
  the POSTs. Any non-e-mail URL loads apprise as Matrix does (its registry imports all of
  its plugins on the first URL lookup, Matrix's among them), and the json:// one is
  actually delivered;
* ``json``: only the ``json://`` subscriber (the figures before issue 14's e-mail rework);
* ``mail``: only the e-mail subscriber (apprise is never imported);
* ``none``: no subscriber (``--no-subscriber`` is the same).

Prints the daemon's RSS when it is up, after the first round and at the end, its CPU time,
the outcomes, what the subscribers received, and the delay between each check's scheduled
time and its actual start (from the log line: end time less duration, less the scheduled
time).

Targets (issue 5): RSS under 100 MB, under 10 MB growth after the first round; median
delay under 1 s plus jitter. Issue 14: the RSS target holds with an e-mail and a Matrix
subscriber (``mail+matrix``).

Run: .venv/bin/python bench/daemon.py [--pages 200] [--checks 10000] [--period 3] [--jitter 0]
     [--subscribers mail+matrix|json|mail|none]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
DATE = b"27. November 2025"
RUN = [sys.executable, "-m", "rvr_watch", "--log-format", "json", "run"]
CHANGE_CHANCE = 0.005  # per request: about one changed page per round of 200
SUBSCRIBERS = {
    "mail+matrix": ("mail", "json"),
    "json": ("json",),
    "mail": ("mail",),
    "none": (),
}


def _server_main(ready: Any, pages: int, posts: Any, mails: Any) -> None:
    """The pages, the json:// webhook (counts into ``posts``) and an SMTP server (``mails``)."""
    from smtpserver import SMTPServer

    class CountingSMTP(SMTPServer):
        def store(self, envelope: Any) -> None:  # counted, not kept: a long run stays small
            with mails.get_lock():
                mails.value += 1

    smtp = CountingSMTP()
    smtp.start()
    versions = [0] * pages

    def body(index: int) -> bytes:
        day = versions[index] % 28 + 1
        return PAGE.replace(DATE, f"{day}. Dezember 2030".encode())

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            index = int(self.path.rsplit("-", 1)[-1])
            if random.random() < CHANGE_CHANCE:
                versions[index] += 1
            etag = f'"v{versions[index]}"'
            if self.headers.get("If-None-Match") == etag:
                self._answer(304, etag, b"")
            else:
                self._answer(200, etag, body(index))

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with posts.get_lock():
                posts.value += 1
            self._answer(200, None, b"")

        def _answer(self, status: int, etag: str | None, payload: bytes) -> None:
            self.send_response(status)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ready.put((server.server_address[1], smtp.url()))
    server.serve_forever()


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class LogReader:
    """Reads the daemon's JSON log lines as they are written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self.checks: list[dict[str, Any]] = []
        self.messages: list[str] = []

    def poll(self) -> None:
        with self.path.open("rb") as handle:
            handle.seek(self._offset)
            data = handle.read()
        complete = data[: data.rfind(b"\n") + 1]
        self._offset += len(complete)
        for line in complete.decode("utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                self.messages.append(line)
                continue
            self.messages.append(entry["msg"])
            if entry["msg"].startswith("checked "):
                self.checks.append(entry)


def _delay_s(entry: dict[str, Any]) -> float:
    ended = dt.datetime.fromisoformat(entry["ts"].replace("Z", "+00:00"))
    started = ended - dt.timedelta(milliseconds=entry["duration_ms"])
    return (started - dt.datetime.fromisoformat(entry["scheduled"])).total_seconds()


def _write_config(
    folder: Path, port: int, mail_url: str, args: argparse.Namespace, kinds: tuple[str, ...]
) -> Path:
    pages, period = args.pages, args.period
    lines = [f"database: sqlite:///{folder / 'bench.db'}", "http:", "  robots: false", "pages:"]
    for i in range(pages):
        lines += [
            f"  - name: page-{i}",
            f"    url: http://127.0.0.1:{port}/page-{i}",
            f'    schedule: "*/{period} * * * * *"',
        ]
    urls = {"mail": mail_url, "json": f"json://127.0.0.1:{port}/"}
    if kinds:
        lines.append("subscribers:")
    for kind in kinds:
        lines += [f"  - name: bench-{kind}", f"    notify: ['{urls[kind]}']"]
    config = folder / "config.yaml"
    config.write_text("\n".join(lines) + "\n", "utf-8")
    return config


def bench(args: argparse.Namespace) -> None:
    """Run the daemon until ``args.checks`` checks are logged; print the measurements."""
    context = multiprocessing.get_context("fork")
    ready = context.SimpleQueue()
    posts, mails = context.Value("i", 0), context.Value("i", 0)
    server = context.Process(
        target=_server_main, args=(ready, args.pages, posts, mails), daemon=True
    )
    server.start()
    port, mail_url = ready.get()
    kinds = SUBSCRIBERS["none" if args.no_subscriber else args.subscribers]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = _write_config(folder, port, mail_url, args, kinds)
        log = LogReader(folder / "daemon.log")
        env = {**os.environ, "RVR_WATCH_JITTER_S": str(args.jitter)}
        with log.path.open("wb") as stderr:
            daemon = subprocess.Popen([*RUN, "--config", str(config)], stderr=stderr, env=env)
        try:
            print(
                f"{args.pages} pages every {args.period} s, jitter {args.jitter:g} s, "
                f"until {args.checks:,} checks, subscribers: {_describe(kinds)}"
            )
            _measure(daemon, log, args)
        finally:
            daemon.send_signal(signal.SIGTERM)
            print(f"stopped with status {daemon.wait(60)}")
        if kinds:
            print(f"received: {mails.value} e-mails (SMTP), {posts.value} json:// POSTs")
    server.terminate()
    server.join()


def _describe(kinds: tuple[str, ...]) -> str:
    names = {
        "mail": "e-mail (mailto:// to loopback SMTP)",
        "json": "Matrix stand-in (json:// to loopback; loads apprise as matrix:// does)",
    }
    return " + ".join(names[kind] for kind in kinds) or "none"


def _measure(daemon: subprocess.Popen[bytes], log: LogReader, args: argparse.Namespace) -> None:
    while not any(m.startswith("rvr-watch ") and "running" in m for m in log.messages):
        time.sleep(0.1)
        log.poll()
    rss_start = _rss_mb(daemon.pid)
    print(f"RSS when up: {rss_start:.1f} MB")
    rss_warm = None
    warm_after = max(2 * args.pages, args.checks // 5)
    started = last_report = time.monotonic()
    while len(log.checks) < args.checks:
        time.sleep(0.5)
        log.poll()
        if rss_warm is None and len(log.checks) >= warm_after:
            rss_warm = _rss_mb(daemon.pid)
            print(f"RSS when warm ({len(log.checks):,} checks): {rss_warm:.1f} MB")
        if time.monotonic() - last_report > 30:
            last_report = time.monotonic()
            print(f"  {len(log.checks):,} checks, RSS {_rss_mb(daemon.pid):.1f} MB", flush=True)
    elapsed = time.monotonic() - started
    rss_end, cpu = _rss_mb(daemon.pid), _cpu_s(daemon.pid)
    outcomes: dict[str, int] = {}
    for entry in log.checks:
        outcomes[entry["outcome"]] = outcomes.get(entry["outcome"], 0) + 1
    # Delays after the first rounds (at start every page gets its baseline at once).
    delays = sorted(_delay_s(entry) for entry in log.checks[2 * args.pages :])
    skipped_runs = sum("its previous check is still running" in m for m in log.messages)
    sent = sum(m.startswith("notifications:") for m in log.messages)
    median, p95 = statistics.median(delays), delays[int(len(delays) * 0.95)]
    growth = rss_end - (rss_warm or rss_start)
    print(f"{len(log.checks):,} checks in {elapsed:.0f} s; daemon CPU {cpu:.1f} s; {outcomes}")
    per_check = [e["cpu_ms"] for e in log.checks if "cpu_ms" in e and e["outcome"] != "skipped"]
    by_outcome: dict[str, list[float]] = {}
    for entry in log.checks:
        if "cpu_ms" in entry:
            by_outcome.setdefault(entry["outcome"], []).append(entry["cpu_ms"])
    if per_check:
        medians = ", ".join(
            f"{outcome} {statistics.median(values):.1f} ms"
            for outcome, values in by_outcome.items()
        )
        print(
            f"CPU per check (the daemon's log): median {statistics.median(per_check):.1f} ms"
            f" ({medians}); process CPU / checks {cpu / len(log.checks) * 1000:.1f} ms"
        )
    print(f"runs skipped because the page's previous check was still running: {skipped_runs}")
    print(f"drains that sent notifications: {sent}")
    print(f"RSS at end: {rss_end:.1f} MB (growth since warm {growth:+.1f} MB)")
    print(
        f"delay scheduled → started, after the first two rounds: median {median:.3f} s, "
        f"p95 {p95:.3f} s, max {delays[-1]:.3f} s"
    )

    def ok(good: bool) -> str:
        return "ok" if good else "MISSED"

    print(
        f"targets: RSS < 100 MB {ok(rss_end < 100)}; growth < 10 MB {ok(growth < 10)}; "
        f"median delay < 1 s + jitter {ok(median < 1 + args.jitter)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--checks", type=int, default=10_000)
    parser.add_argument("--period", type=int, default=3, help="seconds between checks of a page")
    parser.add_argument("--jitter", type=float, default=0.0)
    parser.add_argument("--subscribers", choices=SUBSCRIBERS, default="mail+matrix")
    parser.add_argument("--no-subscriber", action="store_true", help="--subscribers none")
    bench(parser.parse_args())


if __name__ == "__main__":
    main()
