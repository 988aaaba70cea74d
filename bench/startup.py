"""What a one-shot ``rvr-watch check`` of one unchanged page spends its start-up on.

Serves the sample page from loopback (ETag, so the check ends in a 304), runs the check
once to see the page, then N more times under ``python -X importtime`` and prints, per
top-level package, the median import time (the sum of its modules' own times), the
standard library's share by the package that imported it, and the run's CPU time
without ``-X importtime``. Which modules may not be imported at
all for a 304 is a test (``tests/test_check_command.py``); this shows what the rest
costs.

Run: .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

from bytecode import compile_project, user_environment

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
ETAG = '"' + hashlib.sha1(PAGE).hexdigest()[:16] + '"'
RVR_WATCH = str(Path(sys.executable).parent / "rvr-watch")
_K = TypeVar("_K")
STDLIB = "(standard library)"
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def _serve() -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                body, status = b"User-agent: *\nAllow: /\n", 200
            elif self.headers.get("If-None-Match") == ETAG:
                body, status = b"", 304
            else:
                body, status = PAGE, 200
            self.send_response(status)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _package(name: str) -> str:
    top = name.split(".", maxsplit=1)[0]
    if top in ("rvr_watch", "storage", "scraper", "notify"):
        return ".".join(name.split(".")[:2])  # ours, a level deeper
    if top in sys.stdlib_module_names or top.startswith("_"):
        return STDLIB
    return top


def _import_times(stderr: str) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Own import time per package, and per (standard library package, who needed it).

    ``-X importtime`` prints a module after the modules it imported, one level deeper;
    read backwards, each line's importers are the open lines less indented than it.
    """
    totals: dict[str, float] = defaultdict(float)
    stdlib: dict[tuple[str, str], float] = defaultdict(float)
    importers: list[tuple[int, str]] = []  # (depth, package) of the open importers
    for match in reversed(list(_LINE.finditer(stderr))):
        ms, depth, package = (
            int(match.group(1)) / 1000,
            len(match.group(3)),
            _package(match.group(4)),
        )
        while importers and importers[-1][0] >= depth:
            importers.pop()
        totals[package] += ms
        if package == STDLIB:
            ours = [name for _, name in importers if name != STDLIB]
            top = match.group(4).split(".")[0].lstrip("_") or match.group(4)
            stdlib[top, ours[-1] if ours else "(start-up and the command line)"] += ms
        importers.append((depth, package))
    return totals, stdlib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    server = _serve()
    folder = Path(tempfile.mkdtemp(prefix="startup-"))
    config = folder / "config.yaml"
    config.write_text(
        f"database: sqlite:///{folder / 'history.db'}\n"
        "timezone: Europe/Berlin\n"
        f"pages:\n  - name: series\n    url: http://127.0.0.1:{server.server_address[1]}/reihe\n"
        '    parser: rvr-series\n    schedule: "0 */2 * * *"\n',  # as the example config
        "utf-8",
    )
    command = [RVR_WATCH, "--config", str(config), "check"]
    compile_project()
    env = user_environment()
    env.pop("RVR_WATCH_CONFIG", None)
    subprocess.run(command, check=True, env=env, capture_output=True)  # the baseline
    per_package: dict[str, list[float]] = defaultdict(list)
    per_stdlib: dict[tuple[str, str], list[float]] = defaultdict(list)
    cpu: list[float] = []
    for _ in range(args.runs):
        traced = subprocess.run(
            [sys.executable, "-X", "importtime", *command],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        assert "not modified (304)" in traced.stdout, traced.stdout
        packages, stdlib = _import_times(traced.stderr)
        for package, ms in packages.items():
            per_package[package].append(ms)
        for key, ms in stdlib.items():
            per_stdlib[key].append(ms)
        before = os.times()
        subprocess.run(command, check=True, env=env, capture_output=True)
        after = os.times()
        cpu.append(after.children_user + after.children_system)
        cpu[-1] -= before.children_user + before.children_system
    server.shutdown()
    medians = _medians(per_package, args.runs)
    total = sum(medians.values())
    print(f"one-page 304 check: median CPU {statistics.median(cpu) * 1000:.0f} ms")
    print(f"imports (-X importtime, medians of {args.runs} runs): {total:.0f} ms in all\n")
    print("| package | import time |")
    print("| --- | --- |")
    for package, ms in sorted(medians.items(), key=lambda item: -item[1]):
        if ms >= 1:
            print(f"| {package} | {ms:.0f} ms |")
    print("\nthe standard library's part, by the package that needed it:\n")
    print("| standard library package | import time | imported by |")
    print("| --- | --- | --- |")
    for (module, importer), ms in sorted(
        _medians(per_stdlib, args.runs).items(), key=lambda item: -item[1]
    ):
        if ms >= 1:
            print(f"| {module} | {ms:.0f} ms | {importer} |")


def _medians(runs: Mapping[_K, list[float]], count: int) -> dict[_K, float]:
    """The median per key, a run without the key counting as 0."""
    return {key: statistics.median(v + [0.0] * (count - len(v))) for key, v in runs.items()}


if __name__ == "__main__":
    main()
