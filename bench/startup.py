"""What a one-shot ``rvr-watch check`` of one unchanged page spends its start-up on.

Serves the sample page from loopback (ETag, so the check ends in a 304), runs the check
once to see the page, then N more times under ``python -X importtime`` and prints, per
top-level package, the median import time (the sum of its modules' own times), and
the run's CPU time without ``-X importtime``. Which modules may not be imported at
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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bytecode import compile_project, user_environment

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
ETAG = '"' + hashlib.sha1(PAGE).hexdigest()[:16] + '"'
RVR_WATCH = str(Path(sys.executable).parent / "rvr-watch")
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
        return "(standard library)"
    return top


def _import_times(stderr: str) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for match in _LINE.finditer(stderr):
        totals[_package(match.group(4))] += int(match.group(1)) / 1000
    return totals


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
        for package, ms in _import_times(traced.stderr).items():
            per_package[package].append(ms)
        before = os.times()
        subprocess.run(command, check=True, env=env, capture_output=True)
        after = os.times()
        cpu.append(after.children_user + after.children_system)
        cpu[-1] -= before.children_user + before.children_system
    server.shutdown()
    medians = {
        p: statistics.median(v + [0.0] * (args.runs - len(v))) for p, v in per_package.items()
    }
    total = sum(medians.values())
    print(f"one-page 304 check: median CPU {statistics.median(cpu) * 1000:.0f} ms")
    print(f"imports (-X importtime, medians of {args.runs} runs): {total:.0f} ms in all\n")
    print("| package | import time |")
    print("| --- | --- |")
    for package, ms in sorted(medians.items(), key=lambda item: -item[1]):
        if ms >= 1:
            print(f"| {package} | {ms:.0f} ms |")


if __name__ == "__main__":
    main()
