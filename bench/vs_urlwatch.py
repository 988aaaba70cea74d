"""rvr-watch next to urlwatch 2.29, both run as whole processes, as their users run them.

Installs urlwatch 2.29 from PyPI into a throw-away virtualenv (``.cache/urlwatch-2.29``)
if it is not there yet, serves N copies of the sample page from loopback (each with an
ETag, answering conditional GETs with 304; robots.txt allows everything), and runs
both tools side by side, each round in this order:

* one page, unchanged (the cron case: one configured page, already seen);
* N pages, cold (a fresh database / cache: every page is new);
* N pages, unchanged (every page answers 304);
* N pages with 1 % changed (a date moved on 1 % of the pages since the last run).

urlwatch runs with ``css: main`` and ``html2text`` filters (what its users would
configure for such a page), rvr-watch with its defaults (``robots: true``) and no
subscribers. Measured per run from the process's rusage: wall time, CPU (user + sys)
and peak RSS. Prints the median of each over the rounds, the ratios rvr-watch /
urlwatch, and the targets of issue 13. It also counts what the server answered each
tool and stops if rvr-watch did not request every page (unchanged ones conditionally).

Run: .venv/bin/python bench/vs_urlwatch.py [--pages 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import multiprocessing.process
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bytecode import compile_project, user_environment

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
DATE_LINE = b"27. November 2025 von 17:00"
URLWATCH = "2.29"
URLWATCH_VENV = ROOT / ".cache" / f"urlwatch-{URLWATCH}"
RVR_WATCH = Path(sys.executable).parent / "rvr-watch"
TOOLS = ("rvr-watch", "urlwatch")
# Counters per tool: full answers (200), 304s, requests that carried a validator.
FULL, NOT_MODIFIED, CONDITIONAL = range(3)
TARGETS = {  # (work, measure) -> the most rvr-watch may cost, relative to urlwatch
    ("1000 unchanged", "cpu"): 0.5,
    ("one page", "cpu"): 1.0,
    ("cold", "cpu"): 1.0,
}


def ensure_urlwatch() -> Path:
    """The urlwatch executable of the throw-away virtualenv, installed if missing."""
    executable = URLWATCH_VENV / "bin" / "urlwatch"
    if not executable.exists():
        print(f"installing urlwatch {URLWATCH} into {URLWATCH_VENV} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(URLWATCH_VENV)], check=True)
        pip = URLWATCH_VENV / "bin" / "pip"
        subprocess.run([str(pip), "install", "-q", f"urlwatch=={URLWATCH}"], check=True)
    return executable


class Site:
    """N + 1 versions of the page (the last one for the one-page case) in shared memory,
    and per-tool request counters; the server runs in its own process."""

    def __init__(self, n: int) -> None:
        context = multiprocessing.get_context("fork")
        self.n = n
        self.versions = context.Array("i", n + 1, lock=False)
        self.counts = context.Array("i", 3 * len(TOOLS), lock=True)

    def body(self, index: int) -> bytes:
        version = self.versions[index]
        if version == 0:
            return PAGE
        day = 1 + version % 28
        return PAGE.replace(DATE_LINE, f"{day}. Dezember 2025 von 17:00".encode())

    def etag(self, index: int) -> str:
        return '"' + hashlib.sha1(self.body(index)).hexdigest()[:16] + '"'

    def change(self, share: float) -> int:
        """Change ``share`` of the N pages (never the one-page case's); how many."""
        count = max(1, round(self.n * share))
        for index in range(count):
            self.versions[index] += 1
        return count

    def count(self, tool: int, kind: int) -> None:
        with self.counts.get_lock():
            self.counts[3 * tool + kind] += 1

    def take_counts(self, tool: str) -> tuple[int, int, int]:
        """The counters of ``tool`` since the last call (and reset them)."""
        base = 3 * TOOLS.index(tool)
        with self.counts.get_lock():
            found = tuple(self.counts[base + kind] for kind in range(3))
            for kind in range(3):
                self.counts[base + kind] = 0
        return found  # type: ignore[return-value]


def serve(site: Site) -> tuple[multiprocessing.process.BaseProcess, int]:
    """Start the site's server in a child process; returns it and its port."""
    context = multiprocessing.get_context("fork")
    ready = context.SimpleQueue()
    process = context.Process(target=_server_main, args=(site, ready), daemon=True)
    process.start()
    port: int = ready.get()
    return process, port


def _server_main(site: Site, ready: Any) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body are two writes: with Nagle's algorithm on, the body waits for
        # the client's delayed ACK of the headers (≈ 40 ms per 200 on keep-alive),
        # which a real web server (one writev, or TCP_NODELAY) does not make anyone wait.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
                return
            agent = self.headers.get("User-Agent", "")
            tool = 0 if agent.startswith("rvr-watch") else 1
            index = int(self.path.rsplit("-", 1)[-1])
            etag = site.etag(index)
            if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                site.count(tool, CONDITIONAL)
            if self.headers.get("If-None-Match") == etag:
                site.count(tool, NOT_MODIFIED)
                self._send(304, b"", None, etag)
                return
            site.count(tool, FULL)
            self._send(200, site.body(index), "text/html; charset=utf-8", etag)

        def _send(self, status: int, body: bytes, kind: str | None, etag: str = "") -> None:
            self.send_response(status)
            if kind:
                self.send_header("Content-Type", kind)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    ready.put(server.server_address[1])
    server.serve_forever()


@dataclass(frozen=True)
class Cost:
    wall_s: float
    cpu_s: float
    rss_mb: float


def run(command: list[str], env: dict[str, str] | None = None) -> Cost:
    """Run ``command`` to its end; its wall time, CPU time and peak RSS."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # rvr-watch exits 1 when a page failed; that is reported below
        raise SystemExit(f"{command[0]} exited {code}: {stderr.strip()[-500:]}")
    return Cost(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


class Tool:
    """One tool's configuration files for one set of pages, and how to run it."""

    def __init__(
        self, name: str, folder: Path, port: int, indexes: range, *, robots: bool = True
    ) -> None:
        self.name = name
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        urls = [f"http://127.0.0.1:{port}/page-{i}" for i in indexes]
        if name == "rvr-watch":
            pages = "".join(
                f"  - name: page-{i}\n    url: {url}\n"
                for i, url in zip(indexes, urls, strict=True)
            )
            (folder / "config.yaml").write_text(
                f"database: sqlite:///{folder / 'history.db'}\n"
                "timezone: Europe/Berlin\n"
                f"http:\n  robots: {str(robots).lower()}\n"
                f"pages:\n{pages}subscribers: []\n",
                encoding="utf-8",
            )
        else:
            jobs = "---\n".join(
                f"name: page-{i}\nurl: {url}\nfilter:\n  - css: main\n  - html2text\n"
                for i, url in zip(indexes, urls, strict=True)
            )
            (folder / "urls.yaml").write_text(jobs, encoding="utf-8")

    def reset(self) -> None:
        """Forget everything seen (the next run is cold)."""
        for name in ("history.db", "history.db-wal", "history.db-shm", "cache.db"):
            (self.folder / name).unlink(missing_ok=True)

    def command(self, urlwatch: Path) -> list[str]:
        if self.name == "rvr-watch":
            return [str(RVR_WATCH), "--config", str(self.folder / "config.yaml"), "check"]
        return [
            str(urlwatch),
            "--urls",
            str(self.folder / "urls.yaml"),
            "--config",
            str(self.folder / "urlwatch.yaml"),
            "--cache",
            str(self.folder / "cache.db"),
            "--hooks",
            str(self.folder / "hooks.py"),
        ]


def check_requests(site: Site, tool: str, work: str, n: int, changed: int) -> str:
    """What the server answered ``tool`` in the last run; stops when rvr-watch skipped
    pages (every page must be requested, unchanged ones conditionally)."""
    full, not_modified, conditional = site.take_counts(tool)
    seen = f"{full} × 200, {not_modified} × 304"
    if tool != "rvr-watch":
        return seen
    expected_full = {"cold": n, "changed": changed}.get(work, 0)
    if full + not_modified != n or full != expected_full:
        raise SystemExit(f"rvr-watch, {work}: expected {n} requests, {expected_full} × 200; {seen}")
    if work != "cold" and conditional != n:
        raise SystemExit(f"rvr-watch, {work}: only {conditional} of {n} requests were conditional")
    return seen


def bench(n: int, rounds: int, *, robots: bool = True) -> dict[tuple[str, str], list[Cost]]:
    """``rounds`` rounds of the four kinds of work for both tools."""
    urlwatch = ensure_urlwatch()
    site = Site(n)
    server, port = serve(site)
    costs: dict[tuple[str, str], list[Cost]] = {}
    compile_project()
    env = user_environment(HOME="")
    folder = Path(tempfile.mkdtemp(prefix="vs-urlwatch-"))
    try:
        many = {t: Tool(t, folder / t / "many", port, range(n), robots=robots) for t in TOOLS}
        one = {t: Tool(t, folder / t / "one", port, range(n, n + 1), robots=robots) for t in TOOLS}
        for tool in TOOLS:  # the one-page case is a page already seen
            env["HOME"] = str(folder / tool)
            run(one[tool].command(urlwatch), env)
            site.take_counts(tool)
        for number in range(1, rounds + 1):
            print(f"round {number}/{rounds}", flush=True)
            changed = 0
            for work in ("one page", "cold", f"{n} unchanged", f"{n} 1% changed"):
                if work.endswith("changed") and "1%" in work:
                    changed = site.change(0.01)
                for tool in TOOLS:
                    env["HOME"] = str(folder / tool)
                    target = one[tool] if work == "one page" else many[tool]
                    if work == "cold":
                        target.reset()
                    cost = run(target.command(urlwatch), env)
                    kind = {"one page": "unchanged", "cold": "cold"}.get(work)
                    kind = kind or ("changed" if "1%" in work else "unchanged")
                    pages = 1 if work == "one page" else n
                    seen = check_requests(site, tool, kind, pages, changed)
                    costs.setdefault((work, tool), []).append(cost)
                    print(
                        f"  {work:<16} {tool:<9} wall {cost.wall_s:6.2f} s  cpu {cost.cpu_s:6.2f} s"
                        f"  rss {cost.rss_mb:5.0f} MB  ({seen})",
                        flush=True,
                    )
    finally:
        server.terminate()
        server.join()
        shutil.rmtree(folder, ignore_errors=True)
    return costs


def report(costs: dict[tuple[str, str], list[Cost]], n: int, rounds: int) -> None:
    """The medians as a Markdown table, with ratios and targets."""
    print(f"\nmedians of {rounds} rounds, {n} pages, {os.cpu_count()} cores\n")
    print("| work | rvr-watch | urlwatch | ratio wall / CPU / RSS | targets |")
    print("| --- | --- | --- | --- | --- |")
    works = dict.fromkeys(work for work, _tool in costs)
    for work in works:
        medians = {}
        for tool in TOOLS:
            runs = costs[(work, tool)]
            medians[tool] = Cost(
                statistics.median(c.wall_s for c in runs),
                statistics.median(c.cpu_s for c in runs),
                statistics.median(c.rss_mb for c in runs),
            )
        ours, theirs = medians["rvr-watch"], medians["urlwatch"]
        ratios = (
            ours.wall_s / theirs.wall_s,
            ours.cpu_s / theirs.cpu_s,
            ours.rss_mb / theirs.rss_mb,
        )
        key = "1000 unchanged" if work.endswith("unchanged") and work != "one page" else work
        cpu_target = TARGETS.get((key, "cpu"))
        verdicts = [
            _verdict("CPU", ratios[1], cpu_target),
            _verdict("wall", ratios[0], 1.0),
            _verdict("RSS", ratios[2], 1.0),
        ]
        print(
            f"| {work} | {_fmt(ours)} | {_fmt(theirs)} "
            f"| {ratios[0]:.2f} / {ratios[1]:.2f} / {ratios[2]:.2f} | {', '.join(verdicts)} |"
        )


def _verdict(what: str, ratio: float, target: float | None) -> str:
    if target is None:
        return f"{what} –"
    return f"{what} ≤ {target:g}× {'ok' if ratio <= target else 'MISSED'}"


def _fmt(cost: Cost) -> str:
    return f"{cost.wall_s:.2f} s wall, {cost.cpu_s:.2f} s CPU, {cost.rss_mb:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages in the large runs")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (medians are taken)")
    parser.add_argument(
        "--no-robots", action="store_true", help="rvr-watch with http.robots: false"
    )
    args = parser.parse_args()
    costs = bench(args.pages, args.rounds, robots=not args.no_robots)
    report(costs, args.pages, args.rounds)


if __name__ == "__main__":
    main()
