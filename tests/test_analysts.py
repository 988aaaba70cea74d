"""The analysts' side: views, the documented SQL, exports, the calendar feed, the history
commands and the backfill from HTML and WARC files.

A year of the page (the fixture pages' life through 2025, with an outage, a maintenance
notice, an update, a reschedule and a cancellation) is replayed with
``storage.repo.record_check`` on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py),
then every answer is checked field by field. Every ```sql block in docs/analysts.md is
run against it and its result compared, so the docs stay executable.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from rvr_watch.cli import main
from rvr_watch.config.model import PageConfig
from rvr_watch.engine.backfill import (
    DEFAULT_DATE_PATTERNS,
    Version,
    collect_versions,
    date_from_name,
    import_versions,
)
from rvr_watch.output import exports
from scraper.model import Event, Page, Series
from scraper.parsers import get_parser
from storage.diff import Change, diff_pages
from storage.queries import list_changes, list_events
from storage.repo import CheckRecord, ensure_page, load_state, record_check, record_monitor_alert
from storage.schema import ChangeRow, CheckRow, EventRow, EventVersionRow, SnapshotRow

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
TZ = ZoneInfo("Europe/Berlin")
NAME = "fachkraefte-reihe"
URL = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"
KARRIERE = "2025-11-27-karriere-in-ge-machs-mit-wasserstoff"
KARRIERE_TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"
TIMEOUT = "timed out after 30 s"

# (UTC time, what the check saw): a fixture page, 304, or a failure message.
TIMELINE: list[tuple[str, str]] = [
    ("2025-01-15 08:00", "life-01-before-kickoff"),
    ("2025-01-15 09:00", "304"),
    ("2025-01-15 10:00", "life-01-before-kickoff"),
    ("2025-02-03 07:00", "failed: " + TIMEOUT),
    ("2025-02-03 08:00", "failed: " + TIMEOUT),
    ("2025-02-03 09:00", "refuse-maintenance"),
    ("2025-02-03 10:00", "life-01-before-kickoff"),
    ("2025-04-01 08:00", "life-02-talentschmiede-next"),
    ("2025-10-01 06:00", "life-03-welcome-next"),
    ("2025-11-07 08:00", "life-04-karriere-next"),
    ("2025-11-10 08:00", "event-relocated"),
    ("2025-11-14 08:00", "event-rescheduled"),
    ("2025-11-20 08:00", "event-cancelled"),
    ("2025-12-01 06:00", "failed: HTTP status 503"),
    ("2025-12-01 07:00", "refuse-not-found"),
]


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _body(fixture: str) -> bytes:
    return (FIXTURES / f"{fixture}.html").read_bytes()


def _record(session: Session, at: dt.datetime, what: str) -> None:
    """Record one check as the pipeline would: parse, diff against the last good page."""
    changes: list[Change] = []
    if what == "304":
        record = CheckRecord(started_at=at, duration_ms=80, outcome="not_modified", http_status=304)
    elif what.startswith("failed: "):
        record = CheckRecord(started_at=at, duration_ms=30000, outcome="failed", error=what[8:])
    else:
        body = _body(what)
        base = CheckRecord(
            started_at=at,
            duration_ms=300,
            outcome="refused",
            http_status=200,
            body=body,
            content_type="text/html; charset=utf-8",
            final_url=URL,
        )
        try:
            page = get_parser("rvr-series")(body.decode(), URL, TZ)
        except Exception as error:
            record = _replace(base, error=f"not a recognisable series page: {error}")
        else:
            last = load_state(session, NAME).last_good
            changes = diff_pages(last, page, at.astimezone(TZ))
            same = last is not None and last.to_json() == page.to_json()
            record = _replace(base, outcome="unchanged" if same else "changed", page=page)
    record_check(session, NAME, record, changes)


def _replace(record: CheckRecord, **values: Any) -> CheckRecord:
    import dataclasses

    return dataclasses.replace(record, **values)


def replay(
    sessions: sessionmaker[Session], timeline: Sequence[tuple[str, str]], *, alerts: bool = True
) -> None:
    """Record ``timeline``; with ``alerts`` the February outage gets its monitor alert and
    recovery (as the pipeline records them at the third failed check and after)."""
    for when, what in timeline:
        at = _at(when)
        with sessions.begin() as session:
            ensure_page(session, NAME, URL, "rvr-series", now=_at(TIMELINE[0][0]))
            _record(session, at, what)
            alert = {"2025-02-03 09:00": "monitor_error", "2025-02-03 10:00": "monitor_recovered"}
            if alerts and when in alert:
                details = {"since": "2025-02-03T07:00:00+00:00", "failures": 3, "url": URL}
                record_monitor_alert(session, NAME, alert[when], details, ())  # type: ignore[arg-type]


@pytest.fixture
def history(db_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    replay(db_sessions, TIMELINE)
    return db_sessions


@pytest.fixture
def config_file(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        f'database: "{db_url}"\ntimezone: Europe/Berlin\n'
        f"pages:\n  - name: {NAME}\n    url: {URL}\n",
        encoding="utf-8",
    )
    return path


# --- the documented SQL ------------------------------------------------------------------

DOC_RESULTS: dict[str, list[tuple[Any, ...]]] = {
    "events-with-lead-time": [
        (NAME, "2025-03-19", "Auftaktveranstaltung", "past", "2025-01-15 08:00:00", 63, 0, 0, 0, 0),
        (
            NAME,
            "2025-05-19",
            "Talentschmiede in Dortmund: Strategien für den Fachkräftenachwuchs",
            "past",
            "2025-04-01 08:00:00",
            48,
            1,
            0,
            0,
            0,
        ),
        (
            NAME,
            "2025-11-06",
            "Welcome Ruhrgebiet – Gemeinsam Fachkräfte gewinnen, halten und integrieren",
            "past",
            "2025-10-01 06:00:00",
            36,
            1,
            0,
            0,
            0,
        ),
        (NAME, "2025-11-27", KARRIERE_TITLE, "cancelled", "2025-11-07 08:00:00", 20, 1, 1, 1, 1),
    ],
    "changes-of-one-event": [
        ("2025-11-07 08:00:00", "new_date", "2025-11-27", ""),
        ("2025-11-10 08:00:00", "updated", "2025-11-27", "venue, street, postcode, location"),
        (
            "2025-11-14 08:00:00",
            "rescheduled",
            "2025-12-04",
            "date, start, end, venue, street, postcode, location",
        ),
        ("2025-11-20 08:00:00", "cancelled", "2025-11-27", "date, start, end, status, note"),
    ],
    "versions-of-one-event": [
        ("2025-11-07 08:00:00", "2025-11-10 08:00:00", []),
        ("2025-11-10 08:00:00", "2025-11-14 08:00:00", ["location"]),
        ("2025-11-14 08:00:00", "2025-11-20 08:00:00", ["key", "date", "start", "end", "location"]),
        (
            "2025-11-20 08:00:00",
            None,
            ["key", "status", "date", "start", "end", "note", "summary"],
        ),
    ],
    "reschedules": [("2025-11-14 08:00:00", KARRIERE_TITLE, "2025-11-27", "2025-12-04")],
    "changes-by-kind": [
        ("cancelled", 1),
        ("concluded", 3),
        ("monitor_error", 1),
        ("monitor_recovered", 1),
        ("new_date", 3),
        ("rescheduled", 1),
        ("updated", 1),
    ],
    "checks-per-day": [("2025-02-03", 4, 2, 1, 0, 1, 0, 180)],
    "average-lead-time": [(NAME, 3, 34.7, 20, 48)],
    "downtime": [(NAME, 2, 5, 180, 180)],
    "outages": [
        (NAME, "2025-02-03 07:00:00", "2025-02-03 10:00:00", 180, 3, TIMEOUT),
        (NAME, "2025-12-01 06:00:00", None, None, 2, "HTTP status 503"),
    ],
}
_SQLITE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\.\d{6}Z$")


def doc_queries() -> list[tuple[str, str | None, str]]:
    """``(name, dialect or None, sql)`` for every ```sql block of docs/analysts.md."""
    text = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    blocks = []
    for sql in re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL):
        name = re.search(r"^-- name: (\S+)$", sql, flags=re.MULTILINE)
        dialect = re.search(r"^-- dialect: (\S+)$", sql, flags=re.MULTILINE)
        assert name, f"an SQL block in docs/analysts.md has no '-- name:' line:\n{sql}"
        blocks.append((name.group(1), dialect.group(1) if dialect else None, sql))
    return blocks


def _plain(value: object) -> object:
    """One representation for both backends: UTC times as text, dates ISO, JSON parsed."""
    if isinstance(value, dt.datetime):
        return f"{value.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, str):
        match = _SQLITE_TIME.match(value)
        if match:
            return match.group(1)
        if value.startswith("["):
            return json.loads(value)
    return value


def test_every_documented_query_is_checked() -> None:
    names = {name for name, _, _ in doc_queries()}
    assert names == set(DOC_RESULTS)


def test_documented_queries_give_the_documented_answers(
    history: sessionmaker[Session], db_engine: Engine
) -> None:
    dialect = db_engine.dialect.name
    ran = set()
    with db_engine.connect() as connection:
        for name, only_on, sql in doc_queries():
            if only_on not in (None, dialect):
                continue
            rows = connection.exec_driver_sql(sql).all()
            assert [tuple(_plain(v) for v in row) for row in rows] == DOC_RESULTS[name], name
            ran.add(name)
    assert ran == set(DOC_RESULTS)


def test_views_have_exactly_their_documented_columns(
    history: sessionmaker[Session], db_engine: Engine
) -> None:
    text = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    with db_engine.connect() as connection:
        for view in ("v_events", "v_changes", "v_checks_daily", "v_outages"):
            section = text.split(f"### `{view}`")[1].split("###")[0]
            first_cells = [
                line.split("|")[1] for line in section.splitlines() if line.startswith("| `")
            ]
            documented = re.findall(r"`([a-z_]+)`", " ".join(first_cells))
            columns = list(connection.exec_driver_sql(f"SELECT * FROM {view}").keys())
            assert sorted(documented) == sorted(columns), view


# --- exports: events ---------------------------------------------------------------------


def _stored_karriere(sessions: sessionmaker[Session]) -> Any:
    with sessions() as session:
        (stored,) = [e for e in list_events(session, include_all=True) if e.first_key == KARRIERE]
    return stored


def test_event_json_is_the_contract_json_plus_bookkeeping(history: sessionmaker[Session]) -> None:
    stored = _stored_karriere(history)
    cancelled_page = get_parser("rvr-series")(_body("event-cancelled").decode(), URL, TZ)
    expected = cancelled_page.events[0].to_json()
    data = exports.event_json(stored)
    assert list(data) == [
        *expected,
        "page",
        "first_seen_at",
        "last_seen_at",
        "gone_at",
        "lead_days",
    ]
    assert {key: data[key] for key in expected} == expected
    assert data["status"] == "cancelled"
    assert data["start"] == "2025-11-27T17:00:00+01:00"
    assert data["page"] == NAME
    assert data["first_seen_at"] == "2025-11-07T08:00:00+00:00"
    assert data["last_seen_at"] == "2025-11-20T08:00:00+00:00"
    assert data["gone_at"] is None
    assert data["lead_days"] == 20


def test_events_csv_is_flat_and_spreadsheet_safe(history: sessionmaker[Session]) -> None:
    from rvr_watch.output.tables import format_csv

    stored = _stored_karriere(history)
    rows = [exports.event_row(stored)]
    text = format_csv(exports.spreadsheet_safe(rows), exports.EVENT_CSV_COLUMNS)
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert row == {
        "page": NAME,
        "key": KARRIERE,
        "first_key": KARRIERE,
        "status": "cancelled",
        "title": KARRIERE_TITLE,
        "date": "2025-11-27",
        "start": "2025-11-27T17:00:00+01:00",
        "end": "2025-11-27T19:00:00+01:00",
        "venue": "H2PopUpLab",
        "street": "Bahnhofstraße 69",
        "postcode": "45879",
        "city": "Gelsenkirchen",
        "location": "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
        "audience": "Akteure aus Wirtschaft, Verwaltung und Wissenschaft",
        "note": "",
        "links": "Programm (172 KB): https://www.rvr.ruhr/fileadmin/user_upload/RVR/Themen/"
        "Bildung_Wissenschaft/Fachkraefte-Reihe/2025-11-27_Programm_Karriere_in_GE.pdf",
        "summary": "Die Veranstaltung muss leider entfallen."
        " Ein neuer Termin wird bekannt gegeben.",
        "first_seen_at": "2025-11-07T08:00:00+00:00",
        "last_seen_at": "2025-11-20T08:00:00+00:00",
        "gone_at": "",
        "lead_days": "20",
    }
    assert text.startswith("page,key,first_key,status,title,")
    assert text.endswith("\r\n")


@given(st.text())
def test_no_text_cell_can_start_a_formula(value: str) -> None:
    (row,) = exports.spreadsheet_safe([{"cell": value, "number": -3}])
    cell = row["cell"]
    assert isinstance(cell, str)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (value, "'" + value)
    assert row["number"] == -3


def test_a_formula_title_is_defused_in_csv_but_kept_in_json() -> None:
    from storage.queries import StoredEvent

    at = dt.datetime(2025, 5, 1, 8, tzinfo=dt.UTC)
    event = Event(key="k", status="upcoming", title='=HYPERLINK("x")', date=dt.date(2025, 6, 1))
    stored = StoredEvent(1, NAME, event, "k", at, at, None)
    assert exports.spreadsheet_safe([exports.event_row(stored)])[0]["title"] == '\'=HYPERLINK("x")'
    assert exports.event_json(stored)["title"] == '=HYPERLINK("x")'


# --- exports: changes --------------------------------------------------------------------


def test_change_json_and_rows(history: sessionmaker[Session]) -> None:
    with history() as session:
        changes = list_changes(session)
    assert [c.kind for c in changes][:3] == ["cancelled", "rescheduled", "updated"]
    rescheduled = exports.change_json(changes[1])
    assert rescheduled["kind"] == "rescheduled"
    assert rescheduled["page"] == NAME and rescheduled["page_url"] == URL
    assert rescheduled["detected_at"] == "2025-11-14T08:00:00+00:00"
    assert rescheduled["event"] == {
        "key": "2025-12-04-karriere-in-ge-machs-mit-wasserstoff",
        "title": KARRIERE_TITLE,
        "date": "2025-12-04",
    }
    assert rescheduled["fields"][0] == {"field": "date", "old": "2025-11-27", "new": "2025-12-04"}
    assert rescheduled["old"]["date"] == "2025-11-27" and rescheduled["new"]["date"] == "2025-12-04"
    row = exports.change_row(changes[1])
    assert row["fields"] == "date, start, end, venue, street, postcode, location"
    assert str(row["details"]).startswith(
        "date: 2025-11-27 → 2025-12-04; start: 2025-11-27T17:00:00+01:00 → 2025-12-04T17:00:00"
    )
    alert = next(c for c in changes if c.kind == "monitor_error")
    assert exports.change_json(alert)["event"] is None
    assert exports.change_json(alert)["details"]["failures"] == 3
    assert (
        exports.change_row(alert)["details"] == "3 failed checks; since 2025-02-03T07:00:00+00:00"
    )


# --- the calendar feed -------------------------------------------------------------------


def _feed(sessions: sessionmaker[Session], today: dt.date) -> icalendar.Calendar:
    with sessions() as session:
        chosen = exports.calendar_selection(list_events(session, include_all=True), today)
        data = exports.calendar_feed(session, chosen, tz=TZ, dtstamp=_at("2025-11-21 00:00"))
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


def test_calendar_uid_stays_sequence_grows_and_cancellation_shows(
    db_sessions: sessionmaker[Session],
) -> None:
    seen = []
    # After the new date, the update, the reschedule and the cancellation:
    for steps in (TIMELINE[:10], TIMELINE[10:11], TIMELINE[11:12], TIMELINE[12:13]):
        replay(db_sessions, steps)
        (vevent,) = _feed(db_sessions, dt.date(2025, 11, 8)).walk("VEVENT")
        seen.append(
            (
                str(vevent["UID"]),
                int(str(vevent["SEQUENCE"])),
                vevent.decoded("DTSTART"),
                str(vevent["STATUS"]),
                str(vevent["LOCATION"]),
            )
        )
    uid = f"{KARRIERE}@{NAME}.rvr-watch"
    nov27 = dt.datetime(2025, 11, 27, 17, tzinfo=TZ)
    dec4 = dt.datetime(2025, 12, 4, 17, tzinfo=TZ)
    h2 = "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen"
    wpg = "Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen"
    assert seen == [
        (uid, 0, nov27, "CONFIRMED", h2),
        (uid, 1, nov27, "CONFIRMED", wpg),
        (uid, 2, dec4, "CONFIRMED", h2),
        (uid, 3, nov27, "CANCELLED", h2),
    ]
    calendar = _feed(db_sessions, dt.date(2025, 11, 8))
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["URL"]) == URL
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_the_default_feed_leaves_out_past_and_removed_dates(history: sessionmaker[Session]) -> None:
    assert _feed(history, dt.date(2025, 11, 28)).walk("VEVENT") == []
    assert len(_feed(history, dt.date(2025, 3, 1)).walk("VEVENT")) == 1  # only the cancellation


# --- the command line --------------------------------------------------------------------


def _future_page(sessions: sessionmaker[Session]) -> None:
    """A second page with dates relative to today: one upcoming, one cancelled, one past."""
    today = dt.datetime.now(TZ).date()

    def event(key: str, status: Any, days: int) -> Event:
        return Event(key=key, status=status, title=key.title(), date=today + dt.timedelta(days))

    page = Page(
        url="https://example.org/zukunft",
        series=Series("Zukunft"),
        events=(
            event("bald", "upcoming", 30),
            event("abgesagt", "cancelled", 40),
            event("vorbei", "past", -40),
        ),
    )
    with sessions.begin() as session:
        ensure_page(session, "zukunft", page.url, "rvr-series")
        record = CheckRecord(
            started_at=dt.datetime.now(dt.UTC),
            duration_ms=1,
            outcome="changed",
            http_status=200,
            body=b"zukunft",
            page=page,
        )
        record_check(session, "zukunft", record, [])


def test_events_command_formats(
    history: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _future_page(history)
    assert main(["events", "--config", str(config_file), "--format", "json"]) == 0
    assert [e["key"] for e in json.loads(capsys.readouterr().out)] == ["bald"]
    assert main(["events", "--config", str(config_file), "--all", "--format", "json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every) == 7 and {e["page"] for e in every} == {NAME, "zukunft"}
    assert (
        main(["events", "--config", str(config_file), "--all", "--page", NAME, "--format", "csv"])
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["date"] for r in rows] == ["2025-03-19", "2025-05-19", "2025-11-06", "2025-11-27"]
    assert main(["events", "--config", str(config_file), "--format", "ics"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
    assert sorted((str(v["SUMMARY"]), str(v["STATUS"])) for v in calendar.walk("VEVENT")) == [
        ("Abgesagt", "CANCELLED"),
        ("Bald", "CONFIRMED"),
    ]
    assert main(["events", "--config", str(config_file), "--all", "--format", "ics"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
    assert len(calendar.walk("VEVENT")) == 7
    assert {str(v["URL"]) for v in calendar.walk("VEVENT")} == {URL, "https://example.org/zukunft"}
    assert main(["events", "--config", str(config_file)]) == 0
    out = capsys.readouterr().out
    assert "Bald" in out and "Abgesagt" not in out
    assert main(["events", "--config", str(config_file), "--page", "nope"]) == 2
    assert "--page: no page named 'nope'" in capsys.readouterr().err


def test_changes_command(
    history: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["changes", "--config", str(config_file)]
    assert main([*args, "--since", "2025-11-10", "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["detected_at"]) for c in changes] == [
        ("cancelled", "2025-11-20T08:00:00+00:00"),
        ("rescheduled", "2025-11-14T08:00:00+00:00"),
        ("updated", "2025-11-10T08:00:00+00:00"),
    ]
    assert main([*args, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 11 and rows[0]["kind"] == "cancelled"
    assert rows[0]["fields"] == "date, start, end, status, note"
    assert main(args) == 0
    assert "rescheduled" in capsys.readouterr().out
    assert main([*args, "--since", "2025-13-01"]) == 2
    assert "--since: not a date in the form YYYY-MM-DD: '2025-13-01'" in capsys.readouterr().err


def test_history_snapshots_and_diff_commands(
    history: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = ["--config", str(config_file)]
    assert main(["history", KARRIERE, *config, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(v["change"], v["event"]["date"], v["changed_fields"]) for v in data["versions"]] == [
        ("new_date", "2025-11-27", []),
        ("updated", "2025-11-27", ["location"]),
        ("rescheduled", "2025-12-04", ["key", "date", "start", "end", "location"]),
        ("cancelled", "2025-11-27", ["key", "status", "date", "start", "end", "note", "summary"]),
    ]
    assert main(["history", "2025-12-04-karriere-in-ge-machs-mit-wasserstoff", *config]) == 2
    assert main(["history", KARRIERE, *config]) == 0
    assert "2025-11-14 08:00  2025-11-20 08:00  rescheduled" in capsys.readouterr().out

    assert main(["snapshots", *config, "--format", "json"]) == 0
    snaps = json.loads(capsys.readouterr().out)
    assert [(s["events"], s["checks"]) for s in snaps] == [
        (1, 4),
        (None, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (4, 1),
        (4, 1),
        (4, 1),
        (None, 1),
    ]
    ids = {s["first_seen_at"][:10]: s["id"] for s in snaps}
    relocated, rescheduled = ids["2025-11-10"], ids["2025-11-14"]

    assert main(["diff", str(relocated), str(rescheduled), *config, "--format", "json"]) == 0
    (difference,) = json.loads(capsys.readouterr().out)["differences"]
    assert difference["change"] == "rescheduled" and difference["status"] == "changed"
    assert difference["fields"][0] == {"field": "date", "old": "2025-11-27", "new": "2025-12-04"}
    assert main(["diff", str(relocated), str(rescheduled), *config, "--text"]) == 0
    text = capsys.readouterr().out
    assert "-Neu: Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen" in text
    assert "<" not in text  # visible text only, no markup
    assert main(["diff", str(relocated), "999", *config]) == 2
    assert "no snapshot with id 999" in capsys.readouterr().err


# --- backfill ----------------------------------------------------------------------------

IMPORTED = TIMELINE[:1] + TIMELINE[5:6] + TIMELINE[7:13]


def _history_of(sessions: sessionmaker[Session]) -> tuple[list[Any], list[Any]]:
    with sessions() as session:
        events = [
            (e.first_key, e.event.to_json(), e.first_seen_at, e.last_seen_at, e.gone_at)
            for e in list_events(session, include_all=True)
        ]
        changes = [(c.kind, c.detected_at, c.fields, c.data) for c in list_changes(session)]
    return events, changes


def _counts(sessions: sessionmaker[Session]) -> list[int]:
    with sessions() as session:
        return [
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (CheckRow, SnapshotRow, EventRow, EventVersionRow, ChangeRow)
        ]


def _warc(path: Path, versions: Sequence[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(uri: str, when: str, body: bytes, status: str, ctype: str) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        date = _at(when).strftime("%Y-%m-%dT%H:%M:%SZ")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),  # known length: warcio needs no temporary file
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for when, fixture in reversed(versions):  # order in the file does not matter
            response(URL, when, _body(fixture), "200 OK", "text/html; charset=utf-8")
        # Noise a crawl brings along: other URLs, another status, a stylesheet.
        response(URL + "/", "2025-06-01 08:00", b"gone", "404 Not Found", "text/html")
        response(
            "https://www.rvr.ruhr/",
            "2025-06-01 08:00",
            _body("life-01-before-kickoff"),
            "200 OK",
            "text/html",
        )
        response(
            URL.replace("https", "http") + ".css", "2025-06-01 08:00", b"a{}", "200 OK", "text/css"
        )


def test_a_warc_imports_to_the_same_history_as_the_live_checks(
    db_sessions: sessionmaker[Session], tmp_path: Path, db_url: str
) -> None:
    from storage.engine import make_engine, migrate, session_factory

    replay(db_sessions, IMPORTED, alerts=False)
    expected = _history_of(db_sessions)
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc, IMPORTED)
    versions, notes = collect_versions([str(warc)], URL, TZ)
    assert [v.at for v in versions] == [_at(when) for when, _ in IMPORTED]
    assert notes == [f"crawl.warc.gz: skipped 3 records (not a 200 HTML response of {URL})"]

    fresh = tmp_path / "fresh.db"
    engine = make_engine(f"sqlite:///{fresh}")
    migrate(engine)
    sessions = session_factory(engine)
    page = PageConfig(name=NAME, url=URL)
    report = import_versions(sessions, page, versions, TZ)
    assert [r.outcome for r in report.results] == ["changed", "refused", *["changed"] * 6]
    assert _history_of(sessions) == expected
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChangeRow)) == 9

    before = _counts(sessions)
    again = import_versions(sessions, page, versions, TZ)
    assert [r.outcome for r in again.results] == ["already imported"] * len(versions)
    assert _counts(sessions) == before
    assert _history_of(sessions) == expected
    engine.dispose()


def test_import_command_from_html_files(
    db_url: str, config_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    names = {
        "life-01-before-kickoff": "rvr-2025-01-15T0900.html",
        "refuse-maintenance": "rvr-20250203.html",
        "life-02-talentschmiede-next": "rvr-2025-04-01_10-00.html",
    }
    for fixture, name in names.items():
        (saved / name).write_bytes(_body(fixture))
    files = [str(p) for p in sorted(saved.iterdir())]
    args = ["import", *files, "--page", NAME, "--config", str(config_file)]
    assert main([*args, "-v"]) == 0  # one line per version on stderr with -v
    captured = capsys.readouterr()
    assert "imported 3/3 2025-04-01 08:00 UTC rvr-2025-04-01_10-00.html: changed, 2 changes" in (
        captured.err
    )
    assert captured.out.strip() == (
        "imported 3 of 3 versions (2 changes, 1 refused pages); 0 already imported"
    )
    assert main(args) == 0
    assert capsys.readouterr().out.strip().endswith("; 3 already imported")
    # Older than what is stored: rejected, nothing recorded, exit 1.
    old = tmp_path / "older.html"
    old.write_bytes(_body("life-01-before-kickoff"))
    assert (
        main(
            [
                "import",
                str(old),
                "--date",
                "2025-03-01T12:00",
                "--page",
                NAME,
                "--config",
                str(config_file),
            ]
        )
        == 1
    )
    captured = capsys.readouterr()
    assert "not newer than the newest stored check (2025-04-01 08:00 UTC)" in captured.err
    assert captured.out.strip().endswith(  # the summary says why
        "; 1 rejected: not newer than the newest stored check (2025-04-01 08:00 UTC);"
        " history cannot be inserted before it"
    )
    assert main(["changes", "--config", str(config_file), "--format", "json"]) == 0
    kinds = [c["kind"] for c in json.loads(capsys.readouterr().out)]
    assert kinds == ["new_date", "concluded"]
    assert main(["import", str(old), "--page", NAME, "--config", str(config_file)]) == 2
    assert "older.html: no date in the file name" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fachkraefte-2025-04-01T0830.html", "2025-04-01 06:30"),  # summer time
        ("fachkraefte-2025-11-05.html", "2025-11-04 23:00"),
        ("20251105.html", "2025-11-04 23:00"),
        ("web.archive.org_20250401083000.html", "2025-04-01 06:30"),
        ("page-2025-04-01_08-30.htm", "2025-04-01 06:30"),
        ("page.html", None),
        ("page-12345678901.html", None),
    ],
)
def test_dates_from_file_names(name: str, expected: str | None) -> None:
    found = date_from_name(name, DEFAULT_DATE_PATTERNS, TZ)
    assert found == (_at(expected) if expected else None)


def test_a_date_pattern_of_ones_own() -> None:
    pattern = [r"(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4})"]
    assert date_from_name("seite vom 01.04.2025.html", pattern, TZ) == _at("2025-03-31 22:00")


def test_versions_dated_in_the_future_are_rejected(db_sessions: sessionmaker[Session]) -> None:
    version = Version(
        at=_at("2025-06-01 08:00"), source="x.html", body=_body("life-01-before-kickoff")
    )
    report = import_versions(
        db_sessions, PageConfig(name=NAME, url=URL), [version], TZ, now=_at("2025-05-01 00:00")
    )
    assert [(r.outcome, r.message) for r in report.results] == [("rejected", "dated in the future")]


@given(
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(["rvr-%Y-%m-%dT%H%M.html", "%Y%m%dT%H%M-rvr.html", "x_%Y-%m-%d_%H-%M.htm"]),
)
def test_a_named_moment_reads_back(moment: dt.datetime, name_format: str) -> None:
    # A name cannot say which of the two 02:30 of a fall-back night it means: it is read
    # as the first (fold 0), as Python reads a local time; hypothesis also draws fold 1.
    moment = moment.replace(second=0, microsecond=0, fold=0)
    found = date_from_name(moment.strftime(name_format), DEFAULT_DATE_PATTERNS, TZ)
    assert found == moment.replace(tzinfo=TZ).astimezone(dt.UTC)
