"""``rvr-watch diff A B``: what differs between two stored snapshots.

By default the structured differences of their parsed pages: every event that appeared,
disappeared or changed (fields with old and new values), and the change kind the monitor
records for it (judged as of B's first sighting). ``--text`` prints the unified diff of
the pages' visible text instead, extracted from the stored raw bodies.
"""

from __future__ import annotations

import argparse
import difflib
from typing import TYPE_CHECKING, Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlalchemy.orm import Session

    from rvr_watch.config.model import Config
    from scraper.model import Page
    from storage.queries import StoredSnapshot

COLUMNS = (
    ("change", "change"),
    ("event", "event"),
    ("date", "date"),
    ("field", "field"),
    ("old", "old"),
    ("new", "new"),
)
# Elements whose text a reader never sees.
_INVISIBLE = "script, style, noscript, template, svg, head"


def run(args: argparse.Namespace) -> int:
    """Print the structured differences (table or JSON) or, with ``--text``, a text diff."""
    from rvr_watch.output.tables import format_json, format_table

    config = config_for(args.config)
    a, b = _load_pair(config, args.a, args.b)
    if args.text:
        print(text_diff(a, b), end="")
        return EXIT_OK
    rows = structured_diff(a, b, config.timezone)
    if args.format == "json":
        print(format_json({"a": a.id, "b": b.id, "differences": rows}))
    else:
        print(
            f"snapshot {a.id} ({a.first_seen_at:%Y-%m-%d %H:%M}) → {b.id} "
            f"({b.first_seen_at:%Y-%m-%d %H:%M} UTC)"
        )
        print(
            format_table([line for row in rows for line in _flat(row)], COLUMNS)
            if rows
            else "(no differences)"
        )
    return EXIT_OK


def _load_pair(config: Config, a: int, b: int) -> tuple[StoredSnapshot, StoredSnapshot]:
    from rvr_watch.commands.reading import read_history

    return read_history(config, lambda session: (_snapshot(session, a), _snapshot(session, b)))


def _snapshot(session: Session, snapshot_id: int) -> StoredSnapshot:
    from storage.queries import get_snapshot

    found = get_snapshot(session, snapshot_id)
    if found is None:
        raise UsageError(f"no snapshot with id {snapshot_id} (see `rvr-watch snapshots`)")
    return found


def structured_diff(a: StoredSnapshot, b: StoredSnapshot, tz: ZoneInfo) -> list[dict[str, Any]]:
    """One entry per event that differs: ``change`` (the kind the monitor records, or
    null), ``status`` (added, gone or changed), the event and its changed fields."""
    from storage.diff import changed_fields, diff_pages, event_pairs

    old, new = _parsed(a), _parsed(b)
    now = max(a.first_seen_at, b.first_seen_at).astimezone(tz)
    kinds = {(c.old, c.new): c.kind for c in diff_pages(old, new, now)}
    result = []
    for before, after in event_pairs(old, new, now):
        fields = changed_fields(before, after) if before and after else ()
        if before is not None and after is not None and not fields:
            continue
        event = after or before
        assert event is not None
        result.append(
            {
                "change": kinds.get((before, after)),
                "status": "added" if before is None else "gone" if after is None else "changed",
                "event": {"key": event.key, "title": event.title, "date": event.date},
                "fields": [f.to_json() for f in fields],
            }
        )
    return result


def _parsed(snapshot: StoredSnapshot) -> Page:
    if snapshot.parsed is None:
        raise UsageError(
            f"snapshot {snapshot.id} is not a series page (it was refused); use --text"
        )
    return snapshot.parsed


def _flat(row: dict[str, Any]) -> list[dict[str, object]]:
    head = {
        "change": row["change"] or row["status"],
        "event": row["event"]["title"],
        "date": row["event"]["date"],
    }
    if not row["fields"]:
        return [{**head, "field": row["status"]}]
    return [
        {**(head if i == 0 else {}), "field": f["field"], "old": f["old"], "new": f["new"]}
        for i, f in enumerate(row["fields"])
    ]


def text_diff(a: StoredSnapshot, b: StoredSnapshot) -> str:
    """The unified diff of the visible text of two snapshots ("" when equal)."""
    lines = difflib.unified_diff(
        visible_lines(a.body, a.content_type),
        visible_lines(b.body, b.content_type),
        fromfile=f"snapshot {a.id} ({a.first_seen_at:%Y-%m-%d %H:%M} UTC)",
        tofile=f"snapshot {b.id} ({b.first_seen_at:%Y-%m-%d %H:%M} UTC)",
        lineterm="",
    )
    return "".join(line + "\n" for line in lines)


def visible_lines(body: bytes, content_type: str | None) -> list[str]:
    """The text a reader sees, one line per block of text, invisible characters removed."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.charset import decode_body
    from scraper.errors import BadContent
    from scraper.text import clean_text

    try:
        text = decode_body(body, content_type)
    except BadContent:
        text = body.decode("utf-8", errors="replace")
    tree = LexborHTMLParser(text)
    for node in tree.css(_INVISIBLE):
        node.decompose()
    root = tree.body or tree.root
    raw = root.text(separator="\n") if root is not None else ""
    return [line for line in (clean_text(part) for part in raw.split("\n")) if line]
