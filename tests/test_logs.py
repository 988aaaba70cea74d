"""Logging: one line per record, text or JSON, and no secret gets through."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rvr_watch.logs import redact_text, redact_value, setup_logging

TS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


def test_text_lines_carry_time_level_logger_message_and_extras() -> None:
    out = io.StringIO()
    setup_logging("INFO", "text", out)
    log = logging.getLogger("rvr_watch.engine.pipeline")
    log.info(
        "checked %s",
        "fachkraefte-reihe",
        extra={"page": "fachkraefte-reihe", "outcome": "changed", "duration_ms": 812},
    )
    log.debug("not shown")
    log.warning("two words", extra={"reason": "HTTP status 503", "empty": ""})
    (first, second) = lines(out)
    assert re.fullmatch(
        TS + " INFO rvr_watch.engine.pipeline: checked fachkraefte-reihe"
        " page=fachkraefte-reihe outcome=changed duration_ms=812",
        first,
    )
    assert second.endswith(
        ' WARNING rvr_watch.engine.pipeline: two words reason="HTTP status 503" empty=""'
    )


def test_json_lines_have_the_documented_fields() -> None:
    out = io.StringIO()
    setup_logging("debug", "json", out)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    logging.getLogger("rvr_watch.engine.daemon").debug(
        "Prüfung %d",
        3,
        extra={"page": "p", "outcome": "unchanged", "duration_ms": 12.5, "ok": True},
    )
    (line,) = lines(out)
    entry = json.loads(line)
    assert entry == {
        "ts": entry["ts"],
        "level": "DEBUG",
        "logger": "rvr_watch.engine.daemon",
        "msg": "Prüfung 3",
        "page": "p",
        "outcome": "unchanged",
        "duration_ms": 12.5,
        "ok": True,
    }
    stamp = dt.datetime.fromisoformat(entry["ts"])
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    assert "Prüfung" in line  # not \\u-escaped


def test_an_extra_named_like_a_core_field_does_not_replace_it() -> None:
    out = io.StringIO()
    setup_logging("INFO", "json", out)
    logging.getLogger("x").info("m", extra={"level": "fake"})
    entry = json.loads(out.getvalue())
    assert (entry["level"], entry["extra_level"]) == ("INFO", "fake")


def test_every_record_is_one_line_even_with_a_traceback() -> None:
    for fmt in ("text", "json"):
        out = io.StringIO()
        setup_logging("INFO", fmt, out)
        try:
            raise RuntimeError("boom\nsecond line")
        except RuntimeError:
            logging.getLogger("x").exception("failed\nbadly")
        (line,) = lines(out)
        if fmt == "json":
            entry = json.loads(line)
            assert entry["msg"] == "failed\nbadly"
            assert entry["exc"].startswith("Traceback (most recent call last):\n")
            assert entry["exc"].endswith("RuntimeError: boom\nsecond line")
        else:
            assert line.endswith("RuntimeError: boom\\nsecond line")
            assert " x: failed\\nbadly Traceback (most recent call last):\\n" in line


SECRET_URL = "mailtos://bot:hunter2@smtp.example.org?to=team@example.org"


def test_secrets_are_redacted_in_messages_extras_and_tracebacks() -> None:
    for fmt in ("text", "json"):
        out = io.StringIO()
        setup_logging("INFO", fmt, out)
        log = logging.getLogger("rvr_watch.notify")
        log.info("sending to %s", SECRET_URL, extra={"target": SECRET_URL})
        log.info("nested", extra={"urls": [SECRET_URL], "query": {"u": "https://h/?token=abc"}})
        try:
            raise ValueError(f"bad url {SECRET_URL}")
        except ValueError:
            log.exception("send failed")
        text = out.getvalue()
        assert "hunter2" not in text
        assert "abc" not in text
        assert text.count("mailtos://bot:***@smtp.example.org?to=team@example.org") == 4
    entries = [json.loads(line) for line in lines(out)]
    assert entries[1]["urls"] == ["mailtos://bot:***@smtp.example.org?to=team@example.org"]
    assert entries[1]["query"] == {"u": "https://h/?token=***"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql+psycopg://rvr:pw@db/x", "postgresql+psycopg://rvr:***@db/x"),
        ("matrixs://user:p@ss:w0rd@matrix.org/#room", "matrixs://user:***@matrix.org/#room"),
        ("mailto://me@example.org:pw@smtp.h", "mailto://me@example.org:***@smtp.h"),
        ("https://h/x?pass=1&to=a&password=2", "https://h/x?pass=***&to=a&password=***"),
        ("json://h/?access_token=t0k&api_key=k3y", "json://h/?access_token=***&api_key=***"),
        ("secret=abc TOKEN=xyz", "secret=*** TOKEN=***"),
        ("https://example.org:8080/page", "https://example.org:8080/page"),
        ("monkey=1 bypass=2 keys=3", "monkey=1 bypass=2 keys=3"),
        ("json://user@h/x", "json://user@h/x"),
        ("to json://h/?token=t0k; kinds new_date", "to json://h/?token=***; kinds new_date"),
        ("json://h/?token=***, then", "json://h/?token=***, then"),
    ],
)
def test_redact_text(text: str, expected: str) -> None:
    assert redact_text(text) == expected


_URL_SAFE = st.text(
    st.characters(
        exclude_categories=["Cs", "Zs", "Cc"], exclude_characters="/?#@:\u2028\u2029\x85"
    ),
    min_size=1,
)


@given(user=_URL_SAFE, password=_URL_SAFE)
def test_any_url_password_is_hidden(user: str, password: str) -> None:
    text = f"connect to smtps://{user}:{password}@mail.example.org:465/x now"
    assert redact_text(text) == f"connect to smtps://{user}:***@mail.example.org:465/x now"


def test_redact_value_keeps_json_types() -> None:
    assert redact_value({"n": 1, "f": 1.5, "b": False, "none": None, "t": ("a", "x?key=1")}) == {
        "n": 1,
        "f": 1.5,
        "b": False,
        "none": None,
        "t": ["a", "x?key=***"],
    }


def test_setting_up_twice_keeps_one_handler_and_quietens_httpx() -> None:
    first, second = io.StringIO(), io.StringIO()
    setup_logging("INFO", "text", first)
    setup_logging("WARNING", "text", second)
    logging.getLogger("x").warning("only once")
    assert first.getvalue() == ""
    assert len(lines(second)) == 1
    assert logging.getLogger().level == logging.WARNING
    assert logging.getLogger("httpx").level == logging.WARNING
    setup_logging("DEBUG", "text", second)
    assert logging.getLogger("httpx").level == logging.NOTSET


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unknown log level 'LOUD'"):
        setup_logging("LOUD")
    with pytest.raises(ValueError, match="unknown log format 'xml'"):
        setup_logging("INFO", "xml")  # type: ignore[arg-type]


def test_importing_installs_no_handler() -> None:
    code = "import logging, rvr_watch.logs; print(len(logging.getLogger().handlers))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30
    )
    assert result.stdout == "0\n"
