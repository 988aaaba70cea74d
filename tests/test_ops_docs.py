"""docs/operations.md and docs/rvr-watch.service name real commands, options and settings."""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import HTTPTestServer

from rvr_watch.cli import build_parser
from rvr_watch.config.cron import check_schedule
from rvr_watch.config.model import HttpConfig
from rvr_watch.engine.daemon import DRAIN_ENV, JITTER_ENV, WORKERS_ENV, DaemonSettings
from scraper.fetch import FetchSettings

DOCS = Path(__file__).resolve().parent.parent / "docs"
OPERATIONS = (DOCS / "operations.md").read_text("utf-8")
UNIT = (DOCS / "rvr-watch.service").read_text("utf-8")
PAGE = (DOCS.parent / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_text(
    "utf-8"
)


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", OPERATIONS, flags=re.DOTALL)


def unit_value(key: str) -> str:
    values: list[str] = re.findall(rf"^{key}=(.*)$", UNIT, flags=re.MULTILINE)
    assert len(values) == 1, key
    return values[0]


def parse_command(words: list[str]) -> argparse.Namespace:
    """The rvr-watch command line ``words`` (program first) as the CLI parses it."""
    assert Path(words[0]).name == "rvr-watch", words
    try:
        return build_parser().parse_args(words[1:])
    except SystemExit as error:  # argparse exits on what it does not know
        pytest.fail(f"not a valid rvr-watch command line: {shlex.join(words)} ({error})")


def without_shell(words: list[str]) -> list[str]:
    """The command's own words: up to a redirection or a shell operator."""
    ends = [i for i, word in enumerate(words) if re.match(r"^(\d?>>?|\|\||&&|;|\|)", word)]
    return words[: ends[0]] if ends else words


def test_unit_starts_the_daemon_and_reloads_with_sighup() -> None:
    args = parse_command(shlex.split(unit_value("ExecStart")))
    assert args.command == "run"
    assert args.config == "/etc/rvr-watch/config.yaml"
    assert unit_value("ExecReload") == "/bin/kill -HUP $MAINPID"
    assert unit_value("KillSignal") == "SIGTERM"
    assert unit_value("RestartPreventExitStatus") == "2"  # a config error: no restart loop


def test_unit_waits_longer_than_the_longest_check() -> None:
    fetch = FetchSettings()
    worst = (fetch.retries + 1) * HttpConfig().timeout_s + fetch.retries * fetch.max_retry_after_s
    assert worst == 210
    assert int(unit_value("TimeoutStopSec")) > worst
    assert "3 × 30 s + 2 × 60 s = 210 s" in OPERATIONS


def test_the_unit_lines_quoted_in_the_docs_are_in_the_unit() -> None:
    (quoted,) = code_blocks("ini")
    for line in quoted.strip().splitlines():
        assert line in UNIT.splitlines(), line


def crontab_lines() -> list[str]:
    return [line for block in code_blocks("crontab") for line in block.strip().splitlines()]


def rvr_watch_words(words: list[str]) -> list[str]:
    """The rvr-watch command among shell commands joined by ``&&``."""
    start = next(i for i, word in enumerate(words) if Path(word).name == "rvr-watch")
    return without_shell(words[start:])


def test_crontab_lines_have_a_valid_schedule_and_a_real_command() -> None:
    lines = crontab_lines()
    assert len(lines) == 2
    commands = set()
    for line in lines:
        words = shlex.split(line)
        check_schedule(" ".join(words[:5]))
        args = parse_command(rvr_watch_words(words[5:]))
        assert args.config == "/etc/rvr-watch/config.yaml"
        commands.add(args.command)
    assert commands == {"check", "status"}


def test_crontab_lines_run_as_cron_runs_them(tmp_path: Path, http_server: HTTPTestServer) -> None:
    # cron: /bin/sh -c LINE with next to no environment. The config needs a ${VAR} that
    # only the secrets file sets; the paths are moved into tmp_path.
    etc, log = tmp_path / "etc", tmp_path / "log"
    etc.mkdir()
    log.mkdir()
    http_server.set("/reihe", PAGE)
    (etc / "secrets.env").write_text("HOOK_TOKEN=abc123secret\n", encoding="utf-8")
    (etc / "config.yaml").write_text(
        f"database: sqlite:///{tmp_path / 'rvr.db'}\nhttp:\n  robots: false\n"
        f"pages:\n  - name: reihe\n    url: {http_server.url('/reihe')}\n"
        "subscribers:\n  - name: team\n    notify: ['json://127.0.0.1:9/${HOOK_TOKEN}']\n",
        encoding="utf-8",
    )
    program = str(Path(sys.executable).parent / "rvr-watch")
    for line in crontab_lines():
        command = line.split(" ", 5)[5]  # the schedule is five fields
        command = (
            command.replace("/etc/rvr-watch", str(etc))
            .replace("/var/log/rvr-watch", str(log))
            .replace("/opt/rvr-watch/bin/rvr-watch", program)
        )
        done = subprocess.run(
            ["/bin/sh", "-c", command],
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, (line, done.stdout, done.stderr, _read(log))
        assert done.stdout == done.stderr == ""
    assert "reihe: changed" in _read(log)


def _read(folder: Path) -> str:
    return "".join(path.read_text("utf-8") for path in sorted(folder.iterdir()))


def test_every_command_in_shell_examples_parses() -> None:
    found = []
    for block in code_blocks("sh"):
        for line in block.splitlines():
            for part in re.split(r"&&|\|\|", line):
                words = shlex.split(part)
                if words and Path(words[0]).name == "rvr-watch":
                    found.append(parse_command(without_shell(words)).command)
    assert found == ["status"]


@pytest.mark.parametrize("command", ["run", "check", "status"])
def test_documented_commands_have_help(command: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rvr_watch", command, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "--config FILE" in done.stdout
    if command == "run":
        assert "SIGHUP reloads the configuration" in done.stdout


def test_documented_environment_variables_and_defaults() -> None:
    defaults = DaemonSettings()
    for name, default in [
        (JITTER_ENV, defaults.jitter_s),
        (DRAIN_ENV, defaults.drain_interval_s),
        (WORKERS_ENV, defaults.workers),
    ]:
        assert re.search(rf"^\| `{name}` \| `{default:g}` \|", OPERATIONS, flags=re.MULTILINE), name
