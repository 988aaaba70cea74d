"""Logging set-up: one line per record, as text or JSON lines, with secrets redacted.

Nothing happens on import; :func:`setup_logging` installs one handler on the root logger
(calling it again replaces that handler). Structured fields are passed with ``extra=``::

    log.info("checked %s", name, extra={"page": name, "outcome": "changed", "duration_ms": 812})

Redaction is done by the formatters on what they emit - the formatted message (arguments
included), the traceback and every extra field - so no path around it exists. It hides
the password of ``scheme://user:password@host`` URLs and the values of secret-looking query
arguments (``password=``, ``pass=``, ``token=``, ``key=``, ``secret=``, ``access_token=``).
Secrets in other places (an apprise token in a URL path) cannot be recognised here, so
code must not log notify URLs unredacted in the first place.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Mapping
from typing import Literal, TextIO

LogFormat = Literal["text", "json"]

_URL_PASSWORD = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s/:?#]*):(?P<password>[^\s/?#]+)@"
)
_SECRET_ARG = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?P<name>password|pass|token|key|secret|access_token)="
    r"(?P<value>[^&\s'\"#;,]+)"  # a value ends where a sentence's punctuation begins
)
# Attributes every LogRecord has; anything else on a record came in through ``extra=``.
_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__.keys()
    | {"message", "asctime", "taskName"}
)
_QUIET_LOGGERS = ("httpx", "httpcore")  # one INFO line per request otherwise
# Kept at WARNING even at DEBUG: its DEBUG lines quote request paths, and a webhook's
# path holds its token (requests/urllib3 carry apprise's HTTP services).
_SECRET_QUOTING_LOGGERS = ("urllib3",)


def redact_text(text: str) -> str:
    """``text`` with URL passwords and secret query-argument values replaced by ``***``."""
    text = _URL_PASSWORD.sub(r"\g<head>:***@", text)
    return _SECRET_ARG.sub(r"\g<name>=***", text)


def redact_value(value: object) -> object:
    """A JSON-able copy of ``value`` with every string in it redacted."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {str(key): redact_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_value(item) for item in value]
    return redact_text(str(value))


def extra_fields(record: logging.LogRecord) -> dict[str, object]:
    """The fields a record got through ``extra=``, in the order they were given."""
    return {
        key: value
        for key, value in record.__dict__.items()
        if key not in _STANDARD_ATTRS and not key.startswith("_")
    }


def _timestamp(record: logging.LogRecord) -> str:
    moment = dt.datetime.fromtimestamp(record.created, tz=dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class TextFormatter(logging.Formatter):
    """``2025-11-27T16:00:00.000Z INFO rvr_watch.engine.pipeline: msg page=x outcome=changed``."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [_timestamp(record), record.levelname, f"{record.name}:", record.getMessage()]
        parts += [f"{key}={_text_value(value)}" for key, value in extra_fields(record).items()]
        if record.exc_info:
            parts.append(self.formatException(record.exc_info))
        if record.stack_info:
            parts.append(self.formatStack(record.stack_info))
        line = redact_text(" ".join(parts))
        # One record, one line: a traceback's line breaks are kept visible as "\n".
        return line.replace("\r", "\\r").replace("\n", "\\n")


def _text_value(value: object) -> str:
    text = str(value)
    if not text or re.search(r"[\s=\"]", text):
        return json.dumps(text, ensure_ascii=False)
    return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts`` (UTC), ``level``, ``logger``, ``msg``, extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact_text(record.getMessage()),
        }
        for key, value in extra_fields(record).items():
            entry[f"extra_{key}" if key in entry else key] = redact_value(value)
        if record.exc_info:
            entry["exc"] = redact_text(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = redact_text(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False)


class _Handler(logging.StreamHandler[TextIO]):
    """Marks the handler :func:`setup_logging` installed, so a second call replaces it."""


def setup_logging(
    level: str = "INFO", fmt: LogFormat = "text", stream: TextIO | None = None
) -> logging.Handler:
    """Send log records at ``level`` and above to ``stream`` (default: ``sys.stderr`` now).

    ``fmt`` is ``"text"`` or ``"json"``. httpx/httpcore request lines are kept at WARNING
    unless ``level`` is DEBUG; urllib3's always are (they quote webhook tokens). Returns
    the installed handler.
    """
    level_no = logging.getLevelNamesMapping().get(level.upper())
    if level_no is None:
        raise ValueError(f"unknown log level {level!r}")
    if fmt not in ("text", "json"):
        raise ValueError(f"unknown log format {fmt!r} (text or json)")
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    handler = _Handler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(level_no)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(
            logging.NOTSET if level_no <= logging.DEBUG else logging.WARNING
        )
    for name in _SECRET_QUOTING_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
