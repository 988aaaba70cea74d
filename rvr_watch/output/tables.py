"""Formatting of command output: plain-text tables, CSV and JSON. Pure; the CLI prints.

Operator and analyst output is English (subscriber messages are German). A column is
``(key, header)``: ``key`` picks the value from each row mapping, ``header`` is shown.

Values: ``None`` is an empty cell; dates and datetimes are ISO 8601; booleans are
``true``/``false``; lists and mappings become JSON in CSV and are joined with ", " in tables.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import enum
import io
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

Columns = Sequence[tuple[str, str]]
Rows = Sequence[Mapping[str, object]]

EMPTY_TABLE = "(no rows)"
DEFAULT_MAX_WIDTH = 60
_ELLIPSIS = "…"


def format_table(rows: Rows, columns: Columns, *, max_width: int = DEFAULT_MAX_WIDTH) -> str:
    """An aligned table with a header and a rule, no trailing newline.

    Cells wider than ``max_width`` terminal columns are cut with "…"; East Asian wide
    characters count two columns and combining marks none; line breaks and control
    characters in cells (scraped text is untrusted) are shown as spaces and "�".
    Numeric columns are right-aligned. No rows gives ``(no rows)``.
    """
    if not rows:
        return EMPTY_TABLE
    header = [_fit(_clean(title), max_width) for _, title in columns]
    body = [
        [_fit(_clean(_table_text(row.get(key))), max_width) for key, _ in columns] for row in rows
    ]
    widths = [max(display_width(line[i]) for line in [header, *body]) for i in range(len(columns))]
    numeric = [_is_numeric_column(rows, key) for key, _ in columns]
    lines = [
        _join(header, widths, numeric),
        "  ".join("-" * width for width in widths),
        *(_join(cells, widths, numeric) for cells in body),
    ]
    return "\n".join(line.rstrip() for line in lines)


def format_csv(rows: Rows, columns: Columns) -> str:
    """CSV text: one header row, RFC 4180 quoting and ``\\r\\n`` line ends.

    ``\\r\\n`` is what RFC 4180 and spreadsheets expect (Python's csv module and pandas
    read it too). No BOM: the text is UTF-8 for the caller to write; spreadsheet
    imports ("From Text/CSV") detect it. Cells are not altered for spreadsheet formula
    safety, so treat a cell starting with "=" as data when opening the file.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for _, title in columns])
    for row in rows:
        writer.writerow([_csv_text(row.get(key)) for key, _ in columns])
    return buffer.getvalue()


def format_json(obj: object) -> str:
    """Pretty JSON (indent 2, non-ASCII kept); dates, times, paths, enums, sets, dataclasses
    (without their ``repr=False`` fields) and objects with a ``to_json()`` method are
    converted. No trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2, default=_json_default)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide/fullwidth characters 2, combining marks 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _json_default(value: object) -> object:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path | ZoneInfo):
        return str(value)
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        return to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # One level at a time (json calls back for nested dataclasses), leaving out the
        # fields kept out of repr: secrets such as a configuration's notify URLs.
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if f.repr}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _scalar_text(value: object) -> str | None:
    """Shared cell text for scalars; ``None`` when the value is a collection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Mapping | list | tuple | set | frozenset):
        return None
    return str(value)


def _table_text(value: object) -> str:
    text = _scalar_text(value)
    if text is not None:
        return text
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={_table_text(v)}" for k, v in value.items())
    items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
    return ", ".join(_table_text(item) for item in cast("Iterable[object]", items))


def _csv_text(value: object) -> str:
    text = _scalar_text(value)
    if text is not None:
        return text
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _clean(text: str) -> str:
    out = []
    for char in text:
        if char in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(char) == "Cc":
            out.append("\ufffd")  # an escape sequence must not reach the terminal
        else:
            out.append(char)
    return "".join(out)


def _fit(text: str, max_width: int) -> str:
    if display_width(text) <= max_width:
        return text
    kept, width = [], 0
    for char in text:
        char_width = display_width(char)
        if width + char_width > max_width - 1:
            break
        kept.append(char)
        width += char_width
    return "".join(kept) + _ELLIPSIS


def _is_numeric_column(rows: Rows, key: str) -> bool:
    values = [row.get(key) for row in rows if row.get(key) is not None]
    return bool(values) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values
    )


def _join(cells: Sequence[str], widths: Sequence[int], numeric: Sequence[bool]) -> str:
    padded = []
    for cell, width, right in zip(cells, widths, numeric, strict=True):
        pad = " " * (width - display_width(cell))
        padded.append(pad + cell if right else cell + pad)
    return "  ".join(padded)
