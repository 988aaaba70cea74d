"""The command line as a user meets it: help, exit statuses, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from smtpserver import SMTPServer

from notify.redact import redact_url
from rvr_watch.cli import _COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGE = ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html"


def _page() -> Path:
    return FIXTURE_PAGE


def _rvr_watch(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rvr_watch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("command", sorted(_COMMANDS))
def test_every_command_has_help_text(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: rvr-watch {command}")
    assert _COMMANDS[command][0] in out
    assert "--config FILE" in out


def test_top_level_help_lists_every_command() -> None:
    text = build_parser().format_help()
    for command, (summary, _configure) in _COMMANDS.items():
        assert f"{command} " in text and summary in text


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: rvr-watch" in capsys.readouterr().out


def test_parse_prints_the_contract_json(tmp_path: Path) -> None:
    result = _rvr_watch("parse", str(_page()), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["url", "series", "events", "contacts"]
    upcoming = [event for event in data["events"] if event["status"] == "upcoming"]
    assert [(e["key"], e["start"], e["end"]) for e in upcoming] == [
        (
            "2025-11-27-karriere-in-ge-machs-mit-wasserstoff",
            "2025-11-27T17:00:00+01:00",
            "2025-11-27T19:00:00+01:00",
        )
    ]


def test_parse_text_is_a_german_summary(tmp_path: Path) -> None:
    result = _rvr_watch("parse", str(_page()), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Nächste Termine (1)" in result.stdout
    assert "  Do., 27.11.2025, 17:00–19:00 Uhr — Karriere in GE? Mach’s mit Wasserstoff!" in (
        result.stdout
    )
    assert "    Ort: H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen" in result.stdout
    assert "Rückblick (3)" in result.stdout


def test_parse_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = _rvr_watch("parse", "nope.html", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "rvr-watch: no such file: nope.html\n"


def test_parse_of_a_page_that_is_no_series_page_exits_3(tmp_path: Path) -> None:
    page = tmp_path / "maintenance.html"
    page.write_text(
        "<html><body><h1>Wartungsarbeiten</h1><p>Diese Seite ist wegen Wartungsarbeiten "
        "vorübergehend nicht erreichbar.</p></body></html>",
        encoding="utf-8",
    )
    result = _rvr_watch("parse", str(page), cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.startswith("rvr-watch: not a recognisable series page: ")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_bad_config_exits_2_naming_key_and_line(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "pages:\n  - name: x\n    url: http://127.0.0.1:9/\n    schedul: '0 * * * *'\n",
        encoding="utf-8",
    )
    result = _rvr_watch("check", cwd=tmp_path)
    assert result.returncode == 2
    assert "config.yaml:4: pages[0].schedul" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_without_network_fails_in_one_line_and_records_it(tmp_path: Path) -> None:
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    (tmp_path / "config.yaml").write_text(
        "database: sqlite:///watch.db\nhttp:\n  robots: false\n  timeout_s: 5\n"
        "pages:\n  - name: series\n    url: http://127.0.0.1:9/page\n",
        encoding="utf-8",
    )
    result = _rvr_watch("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("series: failed in ")
    status = _rvr_watch("status", "--format", "json", cwd=tmp_path)
    assert status.returncode == 0  # one failure is below the default threshold of 3
    (page,) = json.loads(status.stdout)["pages"]
    assert (page["page"], page["last_outcome"], page["consecutive_failures"]) == (
        "series",
        "failed",
        1,
    )


def test_check_of_an_unknown_page_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "database: sqlite:///watch.db\npages:\n  - name: series\n    url: http://127.0.0.1:9/\n",
        encoding="utf-8",
    )
    result = _rvr_watch("check", "--page", "other", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "rvr-watch: no page named 'other' in the configuration (known: series)\n"
    )


@pytest.mark.parametrize("command", ["status", "check", "run"])
def test_a_database_from_a_newer_version_is_refused_in_one_line(
    command: str, tmp_path: Path
) -> None:
    # E.g. after going back to an older release: nothing may be written to that schema.
    import sqlite3

    with sqlite3.connect(tmp_path / "watch.db") as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('0099')")
    (tmp_path / "config.yaml").write_text(
        "database: sqlite:///watch.db\npages:\n  - name: series\n    url: http://127.0.0.1:9/\n",
        encoding="utf-8",
    )
    result = _rvr_watch(command, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        "rvr-watch: database migration failed: the database is at schema revision '0099', "
        "which this version of rvr-watch does not know (was it written by a newer version?)\n"
    )


def test_a_closed_pipe_ends_the_output_quietly(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "rvr_watch", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        stderr = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert (status, stderr) == (141, "")


def test_notify_test_reports_each_url_and_sends_a_real_mail(
    tmp_path: Path, smtp_server: SMTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    good = smtp_server.url(to="team@example.org")
    config = tmp_path / "config.yaml"
    config.write_text(
        "database: sqlite:///watch.db\npages:\n  - name: series\n    url: http://127.0.0.1:9/\n"
        f"subscribers:\n  - name: team\n    notify: ['{good}', 'mailto://bot:geheim@127.0.0.1:9?to=x@example.org&mode=insecure']\n",
        encoding="utf-8",
    )
    assert main(["notify-test", "--config", str(config)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"team: {redact_url(good)}: accepted"
    assert lines[1].startswith("team: mailto://***:***@127.0.0.1:9?to=x@example.org")
    assert ": FAILED — " in lines[1] and "geheim" not in lines[1]
    (mail,) = smtp_server.wait_for(1)
    assert mail["Subject"] == "rvr-watch: Testnachricht"
    assert "series: http://127.0.0.1:9/" in mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_notify_test_of_an_unknown_subscriber_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "pages:\n  - name: series\n    url: http://127.0.0.1:9/\n"
        "subscribers:\n  - name: team\n    notify: ['json://127.0.0.1:9/']\n",
        encoding="utf-8",
    )
    assert main(["notify-test", "--config", str(config), "--subscriber", "press"]) == 2
    assert capsys.readouterr().err == "rvr-watch: no subscriber named 'press' (known: team)\n"


def test_without_a_config_pages_are_fetched_with_the_versioned_user_agent() -> None:
    from rvr_watch import HOMEPAGE, __version__
    from rvr_watch.engine.wiring import fetch_settings

    assert fetch_settings(None).user_agent == f"rvr-watch/{__version__} (+{HOMEPAGE})"


def test_a_database_sqlite_cannot_write_is_refused_naming_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite alone says "unable to open database file". The directory is made read-only
    # for real; but root may write anywhere, so under root (CI containers) os.access is
    # replaced by one that reads the mode bits as they apply to other users: no real
    # unprivileged user can run the checkout, which may be readable by root alone.
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.geteuid() == 0:

        def access_by_mode(path: str | os.PathLike[str], mode: int) -> bool:
            bits = os.stat(path).st_mode
            return not (mode & os.W_OK and not bits & 0o222)

        monkeypatch.setattr("storage.sql.os.access", access_by_mode)
    config = tmp_path / "config.yaml"
    config.write_text(
        f"database: sqlite:///{locked}/rvr.db\n"
        "pages:\n  - name: p\n    url: http://127.0.0.1:9/x\n",
        encoding="utf-8",
    )
    try:
        assert main(["check", "--config", str(config)]) == 1
    finally:
        locked.chmod(0o755)
    assert capsys.readouterr().err == (
        f"rvr-watch: the database directory is not writable for this user: {locked}\n"
    )


@pytest.mark.parametrize("where", ["before", "after", "both"])
def test_config_may_be_given_before_or_after_the_command(where: str) -> None:
    before = ["--config", "first.yaml"] if where in ("before", "both") else []
    after = ["--config", "second.yaml"] if where in ("after", "both") else []
    args = build_parser().parse_args([*before, "status", *after])
    assert (
        args.config
        == {"before": "first.yaml", "after": "second.yaml", "both": "second.yaml"}[where]
    )
    assert build_parser().parse_args(["status"]).config is None
