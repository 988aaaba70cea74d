"""Secrets files: ``NAME=value`` lines read the way systemd's ``EnvironmentFile=`` reads them.

One format for every way rvr-watch is started: systemd reads the file itself
(``EnvironmentFile=``), and cron or a shell runs ``rvr-watch --env-file FILE``, which
reads it here with the same rules, instead of ``. FILE`` in a shell (which would run
``w`` as a command for ``PASSWORD=p w`` and expand ``$`` in values). The rules, as in
systemd.exec(5):

- one assignment per line, ``NAME=value``; blank lines and lines starting with ``#``
  or ``;`` are ignored; ``export`` is not allowed (it is shell, not systemd);
- whitespace around the name and before the value is dropped, and at the end of an
  unquoted value;
- a value may be quoted: in ``'...'`` everything is literal; in ``"..."`` spaces, ``#``,
  ``$`` and ``'`` are literal and ``\\"``, ``\\\\``, ``\\$`` are escapes; outside quotes a
  backslash takes the next character literally;
- nothing is expanded: ``$HOME`` stays ``$HOME``.

Variables already in the environment are kept (the environment wins, as for
``${VAR}`` in the config), so a one-off ``SMTP_PASSWORD=x rvr-watch ...`` still works.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from pathlib import Path

from rvr_watch.errors import UsageError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parse_env_file(text: str, source: str) -> dict[str, str]:
    """The assignments in ``text``; a :class:`UsageError` naming ``source`` and the line."""
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        name, equals, rest = line.partition("=")
        name = name.strip()
        if not equals or not _NAME.fullmatch(name):
            raise UsageError(
                f"{source}:{number}: expected NAME=value (as systemd's EnvironmentFile reads it)"
            )
        try:
            values[name] = _value(rest.lstrip())
        except ValueError as e:
            raise UsageError(f"{source}:{number}: {name}: {e}") from None
    return values


def _value(text: str) -> str:
    """One value, by systemd's rules (``parse_env_file`` in systemd's ``env-file.c``).

    Outside quotes a backslash takes the next character literally and trailing
    whitespace is dropped; ``'...'`` is literal; in ``"..."`` a backslash escapes only
    ``"``, ``\\``, `````` and ``$`` (before anything else it stays). A quote opens quoting
    only at the start of the value or right after a closing quote (``"a" "b"`` is
    ``ab``); inside an unquoted value it is an ordinary character (``a"b`` is ``a"b``).
    """
    out: list[str] = []
    state = "pre"
    trailing = 0  # unquoted whitespace at the end, dropped at the end of the line
    i = 0
    while i < len(text):
        char = text[i]
        i += 1
        if state == "single":
            if char == "'":
                state = "pre"
            else:
                out.append(char)
        elif state == "double":
            if char == '"':
                state = "pre"
            elif char == "\\" and i < len(text):
                escaped = text[i]
                i += 1
                out.append(escaped if escaped in '"\\`$' else "\\" + escaped)
            else:
                out.append(char)
        elif state == "pre" and char.isspace():
            continue
        elif state == "pre" and char in "'\"":
            state = "single" if char == "'" else "double"
        elif char == "\\":
            if i >= len(text):
                raise ValueError("a line ending in a backslash (continuation) is not supported")
            out.append(text[i])
            i += 1
            state, trailing = "plain", 0
        else:
            out.append(char)
            state = "plain"
            trailing = trailing + 1 if char.isspace() else 0
    if state in ("single", "double"):
        raise ValueError(f"the {'single' if state == 'single' else 'double'} quote is not closed")
    return "".join(out[: len(out) - trailing] if trailing else out)


def load_env_file(path: str | Path, environ: MutableMapping[str, str] = os.environ) -> None:
    """Add the file's variables to ``environ``, keeping those already set."""
    file = Path(path)
    try:
        text = file.read_text("utf-8")
    except FileNotFoundError:
        raise UsageError(f"--env-file: no such file: {file}") from None
    except OSError as e:
        raise UsageError(f"--env-file: cannot read {file}: {e.strerror}") from None
    for name, value in parse_env_file(text, str(file)).items():
        environ.setdefault(name, value)
