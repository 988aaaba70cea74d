"""Benchmark of `rvr-watch check` over N pages served from loopback.

For N = 1, 100, 1000: a cold run (every page new), an unchanged run (all 304), and a
run with 1% of the pages changed. Prints wall and CPU time, peak RSS, database bytes
added per unchanged and per changed check, and stored bytes per snapshot as a
fraction of the raw page.

Targets (issue 3): 1000 unchanged pages in under 5 s wall on 2 cores; under 300 bytes
of database growth per unchanged check; peak RSS under 150 MB at N = 1000.

Run: .venv/bin/python bench/check.py [N ...]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import multiprocessing.process
import resource
import sqlite3
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rvr_watch.config.model import parse_config  # noqa: E402
from rvr_watch.engine.service import Service  # noqa: E402
from rvr_watch.engine.wiring import open_database, open_fetcher  # noqa: E402

PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
DATE_LINE = b"27. November 2025 von 17:00"


class Site:
    """N versions of the page, each with an ETag; ``bump`` changes some of them.

    The versions live in shared memory: the server runs in its own process, so its
    work does not count against (or share the interpreter lock with) rvr-watch's.
    """

    def __init__(self, n: int) -> None:
        self.versions = multiprocessing.get_context("fork").Array("i", n, lock=False)

    def body(self, index: int) -> bytes:
        version = self.versions[index]
        if version == 0:
            return PAGE
        return PAGE.replace(DATE_LINE, f"{version}. Dezember 2025 von 17:00".encode())

    def etag(self, index: int) -> str:
        return '"' + hashlib.sha1(self.body(index)).hexdigest()[:16] + '"'

    def bump(self, indexes: range) -> None:
        for index in indexes:
            self.versions[index] += 1


def _serve(site: Site) -> tuple[multiprocessing.process.BaseProcess, int]:
    """Start the site's server in a child process; returns it and its port."""
    context = multiprocessing.get_context("fork")
    ready = context.SimpleQueue()
    process = context.Process(target=_server_main, args=(site, ready), daemon=True)
    process.start()
    port: int = ready.get()
    return process, port


def _server_main(site: Site, ready: Any) -> None:
    server = _make_server(site)
    ready.put(server.server_address[1])
    server.serve_forever()


def _make_server(site: Site) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; without TCP_NODELAY the second waits
        # for the client's delayed ACK (≈ 40 ms a page), which measures the server.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            index = int(self.path.strip("/").split("-")[-1])
            etag = site.etag(index)
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = site.body(index)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


def _db_bytes(path: Path) -> int:
    """The database file's size after moving the write-ahead log into it."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path.stat().st_size


def _run(service: Service, label: str, db: Path, checks: int) -> tuple[float, int]:
    before = _db_bytes(db)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    results = service.check_pages(service.config.pages)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    grown = _db_bytes(db) - before
    outcomes: dict[str, int] = {}
    for result in results:
        outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
    print(
        f"  {label:<10} wall {wall:6.2f} s  cpu {cpu:6.2f} s  "
        f"db +{grown:>9,} B ({grown / checks:,.0f} B/check)  {outcomes}"
    )
    return wall, grown


def bench(n: int) -> None:
    """One round of cold, unchanged and 1%-changed runs over ``n`` pages."""
    site = Site(n)
    server, port = _serve(site)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        pages = "".join(
            f"  - name: page-{i}\n    url: http://127.0.0.1:{port}/page-{i}\n" for i in range(n)
        )
        config = parse_config(
            f"database: sqlite:///{db}\nhttp:\n  robots: false\npages:\n{pages}",
            source="bench.yaml",
            env={},
        )
        database = open_database(config.database)
        clock = lambda: dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC)  # noqa: E731
        print(f"N = {n}")
        with open_fetcher(config, database) as fetcher:
            service = Service(config, database, fetcher, clock=clock)
            _run(service, "cold", db, n)
            wall, grown = _run(service, "unchanged", db, n)
            changed = max(1, n // 100)
            site.bump(range(changed))
            _wall, grown_mixed = _run(service, "1% changed", db, n)
            unchanged_part = grown / n * (n - changed)
            per_changed = (grown_mixed - unchanged_part) / changed
            print(f"  db growth per changed check ≈ {per_changed:,.0f} B")
        with database.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT sum(length(data)) FROM blobs").scalar()
            count = connection.exec_driver_sql("SELECT count(*) FROM snapshots").scalar()
        database.engine.dispose()
    server.terminate()
    server.join()
    per_snapshot = (stored or 0) / max(1, count or 1)
    print(
        f"  per snapshot, body and parsed page: {per_snapshot:,.0f} B for a {len(PAGE):,} B page "
        f"({per_snapshot / len(PAGE):.2f} of raw)"
    )
    ok_wall = "ok" if n < 1000 or wall < 5 else "MISSED"
    ok_growth = "ok" if grown / n < 300 else "MISSED"
    print(f"  targets: unchanged wall <5 s at N=1000: {ok_wall}; growth <300 B/check: {ok_growth}")


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [1, 100, 1000]
    for n in sizes:
        bench(n)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak_mb:.0f} MB (target < 150 MB at N = 1000)")


if __name__ == "__main__":
    main()
