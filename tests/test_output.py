"""Output formatting: tables, CSV and JSON, compared whole."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rvr_watch.config.model import Config, PageConfig, SubscriberConfig, WebConfig
from rvr_watch.output.tables import display_width, format_csv, format_json, format_table

BERLIN = ZoneInfo("Europe/Berlin")
COLUMNS = [("page", "PAGE"), ("failures", "FAILURES"), ("last_check", "LAST CHECK")]
ROWS = [
    {
        "page": "fachkraefte-reihe",
        "failures": 0,
        "last_check": dt.datetime(2025, 11, 27, 17, 0, tzinfo=BERLIN),
    },
    {"page": "b", "failures": 12, "last_check": None},
]


def test_table_aligns_columns_and_right_aligns_numbers() -> None:
    assert format_table(ROWS, COLUMNS) == (
        "PAGE               FAILURES  LAST CHECK\n"
        "-----------------  --------  -------------------------\n"
        "fachkraefte-reihe         0  2025-11-27T17:00:00+01:00\n"
        "b                        12"
    )


def test_an_empty_table_says_so() -> None:
    assert format_table([], COLUMNS) == "(no rows)"


def test_table_values_of_every_kind() -> None:
    rows = [
        {
            "date": dt.date(2025, 11, 27),
            "ok": True,
            "kinds": ["new_date", "removed"],
            "set": {"b", "a"},
            "map": {"a": 1},
            "missing_key_is_empty": None,
        }
    ]
    columns = [(key, key) for key in ("date", "ok", "kinds", "set", "map", "absent")]
    assert format_table(rows, columns).splitlines()[2] == (
        "2025-11-27  true  new_date, removed  a, b  a=1"
    )


def test_wide_characters_take_two_columns() -> None:
    rows = [{"t": "東京", "n": "x"}, {"t": "Köln", "n": "y"}, {"t": "e\u0301", "n": "z"}]
    table = format_table(rows, [("t", "T"), ("n", "N")])
    assert table.splitlines() == ["T     N", "----  -", "東京  x", "Köln  y", "e\u0301     z"]
    assert display_width("東京") == 4
    assert display_width("e\u0301") == 1


def test_long_cells_are_cut_with_an_ellipsis() -> None:
    rows = [{"title": "Karriere in GE? Mach’s mit Wasserstoff!", "wide": "東京東京東京"}]
    table = format_table(rows, [("title", "TITLE"), ("wide", "W")], max_width=10)
    assert table.splitlines() == [
        "TITLE       W",
        "----------  ---------",
        "Karriere …  東京東京…",
    ]


def test_line_breaks_and_control_characters_cannot_reach_the_terminal() -> None:
    rows = [{"t": "a\nb\tc\x1b[31mred\x07"}]
    assert format_table(rows, [("t", "T")]).splitlines()[2] == "a b c\ufffd[31mred\ufffd"


def test_csv_is_rfc_4180_with_crlf() -> None:
    rows: list[dict[str, object]] = [
        {"title": 'Say "hi", then\nleave', "date": dt.date(2025, 11, 27), "n": None, "x": 1.5},
        {"title": "Grüne Transformation", "date": None, "n": ["a", "ü"], "x": False},
    ]
    columns = [("title", "title"), ("date", "date"), ("n", "n"), ("x", "x")]
    assert format_csv(rows, columns) == (
        "title,date,n,x\r\n"
        '"Say ""hi"", then\nleave",2025-11-27,,1.5\r\n'
        'Grüne Transformation,,"[""a"", ""ü""]",false\r\n'
    )


def test_csv_of_no_rows_is_the_header() -> None:
    assert format_csv([], COLUMNS) == "PAGE,FAILURES,LAST CHECK\r\n"


_CELL = st.text(st.characters(exclude_categories=["Cs"]))


@given(st.lists(st.tuples(_CELL, _CELL), max_size=5))
def test_csv_reads_back_as_written(cells: list[tuple[str, str]]) -> None:
    rows = [{"a": a, "b": b} for a, b in cells]
    text = format_csv(rows, [("a", "A"), ("b", "B")])
    read = list(csv.reader(io.StringIO(text, newline="")))
    assert read == [["A", "B"], *([a, b] for a, b in cells)]


@given(st.lists(st.tuples(_CELL, st.integers()), min_size=1, max_size=5))
def test_every_table_line_is_a_single_line(cells: list[tuple[str, int]]) -> None:
    rows = [{"a": a, "b": b} for a, b in cells]
    table = format_table(rows, [("a", "A"), ("b", "B")])
    assert len(table.split("\n")) == len(rows) + 2
    assert not any(ord(char) < 32 for char in table if char != "\n")


class Kind(enum.Enum):
    NEW = "new_date"


@dataclass(frozen=True)
class Point:
    x: int


class HasJson:
    def to_json(self) -> dict[str, object]:
        return {"url": "https://example.org"}


def test_json_is_indented_keeps_unicode_and_writes_iso_dates() -> None:
    obj = {
        "title": "Fachkräfte-Reihe",
        "start": dt.datetime(2025, 11, 27, 17, 0, tzinfo=BERLIN),
        "date": dt.date(2025, 11, 27),
        "kinds": frozenset({"b", "a"}),
        "kind": Kind.NEW,
        "path": Path("/srv/db"),
        "tz": BERLIN,
        "page": HasJson(),
        "point": Point(1),
        "none": None,
    }
    assert format_json(obj) == (
        "{\n"
        '  "title": "Fachkräfte-Reihe",\n'
        '  "start": "2025-11-27T17:00:00+01:00",\n'
        '  "date": "2025-11-27",\n'
        '  "kinds": [\n    "a",\n    "b"\n  ],\n'
        '  "kind": "new_date",\n'
        '  "path": "/srv/db",\n'
        '  "tz": "Europe/Berlin",\n'
        '  "page": {\n    "url": "https://example.org"\n  },\n'
        '  "point": {\n    "x": 1\n  },\n'
        '  "none": null\n'
        "}"
    )
    assert json.loads(format_json(obj))["start"] == "2025-11-27T17:00:00+01:00"


def test_json_refuses_what_it_cannot_represent() -> None:
    with pytest.raises(TypeError, match="cannot write object as JSON"):
        format_json({"x": object()})


@dataclass(frozen=True)
class Holder:
    subscribers: tuple[SubscriberConfig, ...]


def test_json_leaves_out_what_repr_hides_such_as_the_configurations_secrets() -> None:
    subscriber = SubscriberConfig(
        name="team", notify=("mailtos://bot:hunter2@smtp.example.org?to=t@example.org",)
    )
    config = Config(
        database="postgresql+psycopg://rvr:hunter2@db/rvr",
        pages=(PageConfig(name="p", url="https://example.org/p"),),
        subscribers=(subscriber,),
        web=WebConfig(mail="mailtos://bot:hunter2@smtp.example.org"),
    )
    for obj in (config, subscriber, Holder((subscriber,)), [config.web]):
        assert "hunter2" not in format_json(obj)
    assert json.loads(format_json(subscriber)) == {
        "name": "team",
        "kinds": ["cancelled", "new_date", "removed", "rescheduled", "updated"],
        "language": "de",
        "resend_uncertain": "once",
    }
