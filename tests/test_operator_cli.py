"""CLI conventions: options after the command, -v/-q, init, pages, completion, env files,
history by part of a key or title, a config that `run` refuses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from test_analysts import KARRIERE, KARRIERE_TITLE, config_file, history

from rvr_watch.cli import build_parser, main, resolve_log_level
from rvr_watch.commands.init import example_config
from rvr_watch.config.envfile import parse_env_file
from rvr_watch.config.model import parse_config
from rvr_watch.output.progress import Progress

__all__ = ["config_file", "history"]  # fixtures, used by name

ROOT = Path(__file__).resolve().parent.parent


def _rvr_watch(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "RVR_WATCH_CONFIG"}
    return subprocess.run(
        [sys.executable, "-m", "rvr_watch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**base, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "words",
    [
        ["--log-level", "debug", "status"],
        ["status", "--log-level", "DEBUG"],
        ["-vv", "status"],
        ["status", "-vv"],
        ["status", "-v", "-v"],
    ],
)
def test_global_options_work_before_and_after_the_command(words: list[str]) -> None:
    args = build_parser().parse_args(words)
    assert resolve_log_level(args.command, args.log_level, args.verbose, args.quiet) == "DEBUG"


def test_verbosity_moves_from_each_commands_default() -> None:
    assert resolve_log_level("status", None, 0, 0) == "WARNING"
    assert resolve_log_level("run", None, 0, 0) == "INFO"
    assert resolve_log_level("run", None, 0, 1) == "WARNING"
    assert resolve_log_level("check", None, 1, 0) == "INFO"
    assert resolve_log_level("check", None, 0, 5) == "ERROR"
    assert resolve_log_level("check", "ERROR", 3, 0) == "ERROR"  # --log-level wins


def test_log_format_after_the_command(tmp_path: Path) -> None:
    args = build_parser().parse_args(["check", "--log-format", "json", "-q"])
    assert (args.log_format, args.quiet) == ("json", 1)


# --- init and the shipped example ------------------------------------------------------


def test_init_writes_the_shipped_commented_example_and_keeps_an_existing_file(
    tmp_path: Path,
) -> None:
    done = _rvr_watch("init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "config.yaml").read_text("utf-8")
    assert written == example_config() == (ROOT / "config.yaml").read_text("utf-8")
    assert written.count("\n#") > 10  # commented
    config = parse_config(written, source="config.yaml")
    assert [page.name for page in config.pages] == ["fachkraefte-reihe"]
    again = _rvr_watch("init", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr == "rvr-watch: config.yaml exists already; use --force to replace it\n"
    (tmp_path / "config.yaml").write_text("# mine\n", encoding="utf-8")
    assert _rvr_watch("init", "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / "config.yaml").read_text("utf-8") == written


def test_the_example_config_is_in_the_built_package(tmp_path: Path) -> None:
    # pyproject's package data must carry it, or `rvr-watch init` fails after pip install.
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "*.yaml" in project["tool"]["setuptools"]["package-data"]["*"]
    assert (ROOT / "rvr_watch" / "config" / "example.yaml").is_file()


# --- pages ----------------------------------------------------------------------------


def test_pages_lists_configured_pages_with_their_state(
    history: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pages", "--config", str(config_file), "--format", "json"]) == 0
    (page,) = json.loads(capsys.readouterr().out)
    assert page["page"] == "fachkraefte-reihe" and page["schedule"] == "0 * * * *"
    assert page["last_outcome"] is not None and page["last_check_at"] is not None
    assert main(["pages", "--config", str(config_file)]) == 0
    assert "fachkraefte-reihe" in capsys.readouterr().out


# --- history by part of a key or title -----------------------------------------------


def test_history_finds_an_event_by_a_unique_part_of_its_key_or_title(
    history: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = ["--config", str(config_file)]
    for term in ("karriere", "KARRIERE-IN-GE", "Wasserstoff", KARRIERE_TITLE[:12]):
        assert main(["history", term, *config, "--format", "json"]) == 0, term
        assert json.loads(capsys.readouterr().out)["first_key"] == KARRIERE
    assert main(["history", "2025", *config]) == 2  # every key has it
    err = capsys.readouterr().err
    assert err.startswith("rvr-watch: '2025' matches ") and "give more of the key" in err
    assert main(["history", "nichts-dergleichen", *config]) == 2
    assert "no event matches 'nichts-dergleichen'" in capsys.readouterr().err


# --- completion ---------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("rvr-watch st", {"status"}),
        ("rvr-watch --config x.yaml sta", {"status"}),
        ("rvr-watch status --f", {"--format"}),
        ("rvr-watch completion z", {"zsh"}),
        ("rvr-watch -", {"--config", "--version", "-v"}),
    ],
)
def test_bash_completion_completes_commands_and_their_options(
    line: str, expected: set[str]
) -> None:
    script = _rvr_watch("completion", "bash", cwd=ROOT).stdout
    words = line.split(" ")
    probe = (
        f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); "
        f"COMP_CWORD={len(words) - 1}; _rvr_watch; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    )
    done = subprocess.run(
        ["bash", "-c", probe], capture_output=True, text=True, check=True, timeout=30
    )
    assert expected <= set(done.stdout.split()), done.stdout


# --- progress --------------------------------------------------------------------------


class _Tty:
    def __init__(self, tty: bool) -> None:
        self.tty, self.written = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_shows_on_a_terminal_only() -> None:
    # A stand-in stream: a real terminal cannot be attached to a test run.
    quiet = _Tty(False)
    progress = Progress(3, quiet)  # type: ignore[arg-type]
    for n in (1, 2, 3):
        progress.update(n, f"file-{n}")
    progress.done()
    assert quiet.written == ""
    shown = _Tty(True)
    progress = Progress(3, shown, clock=lambda: 0.0)  # type: ignore[arg-type]
    progress.update(1, "file-1")
    progress.update(2, "file-2")  # within 0.1 s: not redrawn
    progress.update(3, "file-3")  # the last one always is
    progress.done()
    assert shown.written.split("\r")[1:3] == ["[1/3] file-1", "[3/3] file-3"]
    assert shown.written.endswith("\r")


# --- secrets files --------------------------------------------------------------------

ENV_FILE = r"""# secrets for rvr-watch
; also a comment
PLAIN=p w
  SPACED  =   trailing spaces are dropped{TRAILING}
DOUBLE="a \"quoted\" $HOME and 'single' # not a comment"
SINGLE='$literal "double" \n'
ESCAPED=dollar\$ and\ space
JOINED="a" "b"c
EMPTY=
""".replace("{TRAILING}", "   ")


def test_env_files_are_read_as_systemd_reads_them() -> None:
    # What systemd's EnvironmentFile= makes of ENV_FILE (systemd.exec(5), env-file.c).
    assert parse_env_file(ENV_FILE, "secrets.env") == {
        "PLAIN": "p w",
        "SPACED": "trailing spaces are dropped",
        "DOUBLE": "a \"quoted\" $HOME and 'single' # not a comment",
        "SINGLE": '$literal "double" \\n',
        "ESCAPED": "dollar$ and space",
        "JOINED": "abc",
        "EMPTY": "",
    }


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("export A=1", "secrets.env:1: expected NAME=value"),
        ("A", "secrets.env:1: expected NAME=value"),
        ('A="open', "secrets.env:1: A: the double quote is not closed"),
    ],
)
def test_env_file_mistakes_name_the_line(line: str, problem: str) -> None:
    from rvr_watch.errors import UsageError

    with pytest.raises(UsageError) as caught:
        parse_env_file(line, "secrets.env")
    assert str(caught.value).startswith(problem)


# --- a broken notify URL stops `run` before it starts -----------------------------------


def test_run_refuses_to_start_with_a_broken_notify_url(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "database: sqlite:///w.db\npages:\n  - name: p\n    url: http://127.0.0.1:9/\n"
        "subscribers:\n  - name: team\n    notify:\n"
        "      - 'mailtos://bot:pa#SECRET@smtp.example.org?to=t@example.org'\n",
        encoding="utf-8",
    )
    done = _rvr_watch("run", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(
        "rvr-watch: config.yaml:8: subscribers[0].notify[0]: the password holds an unencoded '#'"
    )
    assert "SECRET" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]
