"""Benchmark of the analysts' queries on a long history.

Synthesises P pages x Y years of hourly checks (default 100 x 5: 4.4 million checks)
straight into a SQLite database made by the migrations, with realistic rates: most
checks are 304s, some unchanged 200s, about ten dates per page and year (announced
two weeks to four months ahead; some updated, rescheduled or cancelled; each concluded
after its day), and three outages per page and year. Then it prints the database size
and the median time of every SQL example in docs/analysts.md and of
``rvr-watch events --format ics``.

Target (issue 6): every documented query under 100 ms on SQLite.

Run: .venv/bin/python bench/history.py [--pages 100] [--years 5] [--db FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import hashlib
import io
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.engine import make_engine, migrate  # noqa: E402

FIRST_PAGE = "fachkraefte-reihe"
URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
BODY = (ROOT / "tests" / "fixtures" / "pages" / "fachkraefte-reihe-2025-11.html").read_bytes()
HOUR = dt.timedelta(hours=1)
T = TypeVar("T")
DOCS_EVENT = "2025-11-27-karriere-in-ge-machs-mit-wasserstoff"


def _ts(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%fZ")


@dataclass
class SimEvent:
    """One synthetic event through its life."""

    id: int
    key: str
    title: str
    date: dt.date
    seen: int  # hour index of the first sighting
    changes: list[tuple[int, str, list[dict[str, Any]]]] = field(default_factory=list)
    status: str = "upcoming"
    gone: int | None = None


def simulate_events(
    rng: random.Random, hours: int, start: dt.datetime, first_id: int
) -> list[SimEvent]:
    """About ten dates a year, each with its announcement and its fate (by hour index)."""
    events: list[SimEvent] = []
    days = hours // 24
    for number in range(days * 10 // 365):
        day = start.date() + dt.timedelta(days=rng.randrange(20, days + 120))
        lead = rng.randrange(14, 120)
        seen = max(0, (day - start.date()).days - lead) * 24 + rng.randrange(24)
        if seen >= hours:
            continue
        title = f"Veranstaltung {number} im Revier"
        event = SimEvent(first_id + len(events), f"{day}-veranstaltung-{number}", title, day, seen)
        if seen > 0:
            event.changes.append((seen, "new_date", []))
        _fate(rng, event, start, hours)
        event.changes = [change for change in event.changes if change[0] < hours]
        events.append(event)
    return events


def _fate(rng: random.Random, event: SimEvent, start: dt.datetime, hours: int) -> None:
    date_hour = (event.date - start.date()).days * 24
    between = range(event.seen + 1, max(event.seen + 2, date_hour - 24))
    roll = rng.random()
    if roll < 0.15:
        event.changes.append((rng.choice(between), "updated", [_field("venue", "A", "B")]))
    elif roll < 0.25:
        moved = event.date + dt.timedelta(days=rng.randrange(7, 29))
        event.changes.append(
            (rng.choice(between), "rescheduled", [_field("date", str(event.date), str(moved))])
        )
        event.date, date_hour = moved, date_hour + (moved - event.date).days * 24
    elif roll < 0.30:
        event.changes.append(
            (rng.choice(between), "cancelled", [_field("status", "upcoming", "cancelled")])
        )
        event.status = "cancelled"
        return
    concluded = date_hour + rng.randrange(24, 72)
    if concluded < hours:
        event.changes.append((concluded, "concluded", [_field("status", "upcoming", "past")]))
        event.status = "past"


def _field(name: str, old: str, new: str) -> dict[str, Any]:
    return {"field": name, "old": old, "new": new}


def outages(rng: random.Random, hours: int) -> dict[int, str]:
    """Hour index → ``failed``/``refused`` for about three outages a year of 1 to 8 hours."""
    down: dict[int, str] = {}
    for _ in range(hours * 3 // 8760):
        begin, length = rng.randrange(hours), rng.randrange(1, 9)
        outcome = "refused" if rng.random() < 0.2 else "failed"
        for hour in range(begin, min(hours, begin + length)):
            down[hour] = outcome
    return down


class Ids:
    """Sequential primary keys per table, so rows can refer to each other before insert."""

    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def take(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


@dataclass
class Writer:
    """Writes one synthetic history into an open SQLite connection."""

    db: sqlite3.Connection
    rng: random.Random
    stamps: list[str]  # check times, one per hour, as stored
    start: dt.datetime
    ids: Ids = field(default_factory=Ids)

    def page(self, index: int) -> None:
        """One page: its checks, snapshots, state, events, versions and changes."""
        hours = len(self.stamps)
        name = FIRST_PAGE if index == 0 else f"page-{index:03d}"
        page_id = self.ids.take("pages")
        self.db.execute(
            "INSERT INTO pages VALUES (?, ?, ?, 'rvr-series', ?)",
            (page_id, name, URL, self.stamps[0]),
        )
        events = simulate_events(self.rng, hours, self.start, self.ids.next.get("events", 0) + 1)
        self.ids.next["events"] = self.ids.next.get("events", 0) + len(events)
        if index == 0 and events:
            events[0].key = DOCS_EVENT  # the event the docs' examples follow
        moments = {0} | {hour for event in events for hour, _, _ in event.changes}
        first_check = self.ids.next.get("checks", 0) + 1
        self.ids.next["checks"] = first_check + hours - 1
        snapshot_of = {hour: self.snapshot(page_id, name, hour, first_check) for hour in moments}
        self.db.executemany(
            "INSERT INTO checks VALUES (?,?,?,?,?,?,?,?,?)",
            self.checks(page_id, first_check, outages(self.rng, hours), snapshot_of),
        )
        self.db.execute(
            "INSERT INTO page_state VALUES (?, 0, NULL, 0, ?, ?, NULL, NULL, ?)",
            (page_id, self.stamps[-1], self.stamps[-1], snapshot_of[max(moments)]),
        )
        for event in events:
            self.event(page_id, event, first_check)

    def snapshot(self, page_id: int, name: str, hour: int, first_check: int) -> int:
        snap_id = self.ids.take("snapshots")
        body = BODY + f"<!-- {page_id}/{hour} -->".encode()
        parsed = {"url": URL, "series": {"title": name}, "events": [], "contacts": []}
        body_key = f"{page_id:08x}{hour:056x}"
        parsed_json = json.dumps(parsed).encode()
        parsed_key = hashlib.sha256(parsed_json).hexdigest()
        # Bodies and parsed pages are content-addressed blobs (migration 0005).
        self.db.executemany(
            "INSERT OR IGNORE INTO blobs VALUES (?, 'zlib', ?, ?)",
            [
                (body_key, len(body), zlib.compress(body, 9)),
                (parsed_key, len(parsed_json), zlib.compress(parsed_json, 9)),
            ],
        )
        self.db.execute(
            "INSERT INTO snapshots (id, page_id, sha256, size, content_type, final_url,"
            " parsed_sha256, first_seen_at, first_check_id)"
            " VALUES (?,?,?,?,'text/html; charset=utf-8',?,?,?,?)",
            (
                snap_id,
                page_id,
                body_key,
                len(body),
                URL,
                parsed_key,
                self.stamps[hour],
                first_check + hour,
            ),
        )
        return snap_id

    def checks(
        self, page_id: int, first_check: int, down: dict[int, str], snapshot_of: dict[int, int]
    ) -> Iterator[tuple[Any, ...]]:
        current = snapshot_of[0]
        for hour, stamp in enumerate(self.stamps):
            row: tuple[Any, ...]
            if hour in snapshot_of:
                current = snapshot_of[hour]
                row = (420, 200, len(BODY), "changed", None, current)
            elif down.get(hour) == "refused":
                row = (300, 200, 900, "refused", "maintenance notice", current)
            elif hour in down:
                row = (30000, None, None, "failed", "timed out after 30 s", None)
            elif self.rng.random() < 0.95:
                row = (120, 304, None, "not_modified", None, current)
            else:
                row = (400, 200, len(BODY), "unchanged", None, current)
            yield (first_check + hour, page_id, stamp, *row)

    def event(self, page_id: int, event: SimEvent, first_check: int) -> None:
        start = f"{event.date}T17:00:00+01:00"
        data: dict[str, Any] = {
            "key": event.key,
            "status": event.status,
            "title": event.title,
            "date": str(event.date),
            "start": start,
            "end": f"{event.date}T19:00:00+01:00",
            "audience": None,
            "note": None,
            "location": {
                "venue": "B",
                "street": None,
                "postcode": None,
                "city": "Essen",
                "text": "B, Essen",
            },
            "links": [],
            "summary": None,
        }
        last = len(self.stamps) - 1
        self.db.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                event.id,
                page_id,
                event.key,
                event.key,
                event.title,
                str(event.date),
                start,
                data["end"],
                _ts(dt.datetime.fromisoformat(start).astimezone(dt.UTC)),
                event.status,
                "B, Essen",
                self.stamps[event.seen],
                self.stamps[last],
                first_check + event.seen,
                first_check + last,
                None,
                json.dumps(data),
            ),
        )
        versions = [event.seen] + [hour for hour, kind, _ in event.changes if kind != "new_date"]
        for i, hour in enumerate(versions):
            valid_to = self.stamps[versions[i + 1]] if i + 1 < len(versions) else None
            self.db.execute(
                "INSERT INTO event_versions VALUES (?,?,?,?,?,?,?)",
                (
                    self.ids.take("event_versions"),
                    event.id,
                    self.stamps[hour],
                    valid_to,
                    first_check + hour,
                    json.dumps(data),
                    json.dumps([] if i == 0 else ["date"]),
                ),
            )
        for hour, kind, fields in event.changes:
            change = {"kind": kind, "old": data, "new": data, "fields": fields}
            self.db.execute(
                "INSERT INTO changes VALUES (?,?,?,?,?,?,?,?)",
                (
                    self.ids.take("changes"),
                    page_id,
                    event.id,
                    first_check + hour,
                    self.stamps[hour],
                    kind,
                    json.dumps(fields),
                    json.dumps(change),
                ),
            )


def synthesise(path: Path, pages: int, years: int, seed: int = 6) -> None:
    """Fill a migrated SQLite database at ``path`` with the synthetic history, ending now."""
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    end = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
    hours = years * 8760
    start = end - hours * HOUR
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")  # a throwaway database: speed over durability
    writer = Writer(db, random.Random(seed), [_ts(start + h * HOUR) for h in range(hours)], start)
    with db:
        for index in range(pages):
            writer.page(index)
    db.execute("ANALYZE")
    db.close()


# --- timing ------------------------------------------------------------------------------


def doc_queries() -> list[tuple[str, str]]:
    """``(name, sql)`` of the documented queries that run on SQLite."""
    text = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    queries = []
    for sql in re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL):
        dialect = re.search(r"^-- dialect: (\S+)$", sql, flags=re.MULTILINE)
        if dialect and dialect.group(1) != "sqlite":
            continue
        name = re.search(r"^-- name: (\S+)$", sql, flags=re.MULTILINE)
        queries.append((name.group(1) if name else "?", sql))
    return queries


def median_ms(run: Callable[[], T], repeat: int = 5) -> tuple[float, T]:
    """The median wall time of ``repeat`` runs in milliseconds (after one warm-up run,
    which fills the page cache), and the last result."""
    times = []
    result = run()
    for _ in range(repeat):
        began = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), result


def _fetch(db: sqlite3.Connection, sql: str) -> list[Any]:
    return db.execute(sql).fetchall()


def events_ics(config: Path, *extra: str) -> int:
    """``rvr-watch events --format ics``, in process; returns the feed's size in bytes."""
    from rvr_watch.cli import main

    raw = io.BytesIO()
    sink = io.TextIOWrapper(raw, encoding="utf-8")
    with contextlib.redirect_stdout(sink):
        assert main(["events", "--config", str(config), "--format", "ics", *extra]) == 0
        sink.flush()
    return len(raw.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument(
        "--db", type=Path, help="keep the database here (default: a temporary file)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "history.db"
        path.unlink(missing_ok=True)
        began = time.perf_counter()
        synthesise(path, args.pages, args.years)
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        counts = {
            t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("checks", "snapshots", "events", "event_versions", "changes")
        }
        took = time.perf_counter() - began
        totals = ", ".join(f"{n:,} {t}" for t, n in counts.items())
        print(f"synthesised {args.pages} pages x {args.years} years in {took:.0f} s: {totals}")
        print(f"database size: {path.stat().st_size / 1e6:.0f} MB")
        print(f"\n{'query':<24} {'median ms':>10} {'rows':>6}")
        for name, sql in doc_queries():
            ms, rows = median_ms(functools.partial(_fetch, db, sql))
            flag = "" if ms < 100 else "  OVER 100 ms"
            print(f"{name:<24} {ms:>10.1f} {len(rows):>6}{flag}")
        db.close()
        config = Path(tmp) / "config.yaml"
        config.write_text(
            f"database: sqlite:///{path}\npages:\n  - name: {FIRST_PAGE}\n    url: {URL}\n"
        )
        for extra in ((), ("--all",)):
            ms, size = median_ms(functools.partial(events_ics, config, *extra), repeat=3)
            label = "events --format ics " + " ".join(extra)
            print(f"{label:<34} {ms:>8.0f} ms  ({size:,} bytes)")


if __name__ == "__main__":
    main()
