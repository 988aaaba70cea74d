"""Benchmark of ``rvr-watch serve`` on the 5-years-of-history database.

Builds the database of ``bench/history.py`` (P pages x Y years of hourly checks; default
100 x 5, reused with ``--db``), starts ``rvr-watch serve`` as its own process on a free
loopback port, and drives it from a lean asyncio HTTP/1.1 keep-alive client (raw
sockets, so the load generator costs little of the shared CPU): C concurrent clients
send N requests per scenario after a warm-up. Prints requests per second, p50 and p99
latency per scenario, the first (uncached) answer of each, and the server's peak RSS.

Scenarios: ``/``, one event page, ``/events.ics`` (200 and 304 with ``If-None-Match``),
``/api/events``; each as browsers and calendar apps ask (``Accept-Encoding: gzip``) and
plain; the 304 also with a single client. The operator's pages (``/changes``,
``/status``, ``/healthz``, ``/metrics``) are timed once each.

Targets (issue 15): p99 under 50 ms for every page at 50 concurrent clients, and a 304
feed answer under 5 ms p99.

Run: .venv/bin/python bench/serve.py [--pages 100] [--years 5] [--db FILE]
                                     [--clients 50] [--requests 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from history import synthesise  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def _request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, headers: str
) -> tuple[int, bytes]:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n{headers}\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    if status != 304 and length == 0:
        raise RuntimeError(f"{path}: no content-length (status {status})")
    return status, head + body


async def _client(
    port: int, path: str, *, headers: str, count: int, expect: int, latencies: list[float]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            began = time.perf_counter()
            status, _ = await _request(reader, writer, path, headers)
            latencies.append(time.perf_counter() - began)
            if status != expect:
                raise RuntimeError(f"{path}: status {status}, expected {expect}")
    finally:
        writer.close()


async def _scenario(
    port: int, path: str, *, headers: str, clients: int, requests: int, expect: int
) -> tuple[float, float, float]:
    warm: list[float] = []
    await asyncio.gather(
        *(
            _client(port, path, headers=headers, count=5, expect=expect, latencies=warm)
            for _ in range(clients)
        )
    )
    latencies: list[float] = []
    per_client = max(1, requests // clients)
    began = time.perf_counter()
    await asyncio.gather(
        *(
            _client(
                port, path, headers=headers, count=per_client, expect=expect, latencies=latencies
            )
            for _ in range(clients)
        )
    )
    took = time.perf_counter() - began
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / took, statistics.median(latencies) * 1000, p99 * 1000


async def _first(port: int, path: str) -> tuple[float, int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    began = time.perf_counter()
    status, raw = await _request(reader, writer, path, "")
    took = (time.perf_counter() - began) * 1000
    writer.close()
    return took, status, raw


def _etag(raw: bytes) -> str:
    for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.lower() == b"etag":
            return value.strip().decode()
    raise RuntimeError("no ETag")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _wait_until_up(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("rvr-watch serve exited")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("rvr-watch serve did not start")


async def _run(port: int, event_path: str, clients: int, requests: int) -> None:
    pages = [
        ("/", "/"),
        ("event page", event_path),
        ("/events.ics 200", "/events.ics"),
        ("/api/events", "/api/events"),
    ]
    print(f"\n{'first answer (uncached)':<26} {'ms':>8} {'bytes':>10}")
    for name, path in [*pages, *_ONCE]:
        took, status, raw = await _first(port, path)
        assert status in (200, 503), (path, status)
        print(f"{name:<26} {took:>8.1f} {len(raw):>10,}")
    etag = _etag((await _first(port, "/events.ics"))[2])
    conditional = f"If-None-Match: {etag}\r\n"
    print(f"\n{clients} concurrent clients, {requests} requests per scenario")
    print(f"{'scenario':<26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    runs = [(f"{name} (gzip)", path, GZIP, 200) for name, path in pages]
    runs += [(f"{name} (plain)", path, "", 200) for name, path in pages]
    runs += [("/events.ics 304", "/events.ics", conditional, 304)]
    for name, path, headers, expect in runs:
        rate, p50, p99 = await _scenario(
            port, path, headers=headers, clients=clients, requests=requests, expect=expect
        )
        print(f"{name:<26} {rate:>8.0f} {p50:>8.2f} {p99:>8.2f}")
    rate, p50, p99 = await _scenario(
        port, "/events.ics", headers=conditional, clients=1, requests=requests // 4, expect=304
    )
    print(f"{'/events.ics 304, 1 client':<26} {rate:>8.0f} {p50:>8.2f} {p99:>8.2f}")


GZIP = "Accept-Encoding: gzip\r\n"  # what browsers and calendar apps send
# Answered once each (not cached; not under load): the operator's pages.
_ONCE = [
    ("/changes", "/changes"),
    ("/status", "/status"),
    ("/healthz", "/healthz"),
    ("/metrics (first scrape)", "/metrics"),
    ("/metrics (next scrape)", "/metrics"),
]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--db", type=Path, help="use (or make) the database here")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "history.db"
        if not path.exists():
            began = time.perf_counter()
            synthesise(path, args.pages, args.years)
            print(
                f"synthesised {args.pages} pages x {args.years} years "
                f"in {time.perf_counter() - began:.0f} s"
            )
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        pages = db.execute("SELECT name, url FROM pages ORDER BY id").fetchall()
        name, key = db.execute(
            "SELECT p.name, e.first_key FROM events e JOIN pages p ON p.id = e.page_id "
            "ORDER BY e.id DESC LIMIT 1"
        ).fetchone()
        counts = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("checks", "events", "changes")
        }
        db.close()
        print(
            f"database: {path.stat().st_size / 1e6:.0f} MB, "
            + ", ".join(f"{n:,} {t}" for t, n in counts.items())
        )
        config = Path(tmp) / "config.yaml"
        config.write_text(
            f"database: sqlite:///{path}\npages:\n"
            + "".join(f"  - name: {n}\n    url: {u}\n" for n, u in pages),
            encoding="utf-8",
        )
        port = _free_port()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "rvr_watch",
                "--config",
                str(config),
                "serve",
                "--port",
                str(port),
            ],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        try:
            _wait_until_up(port, process)
            asyncio.run(_run(port, f"/pages/{name}/events/{key}", args.clients, args.requests))
            print(f"\nserver peak RSS: {_peak_rss_mb(process.pid):.0f} MB")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)


if __name__ == "__main__":
    main()
