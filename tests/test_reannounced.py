"""An event that leaves the page and is announced again.

The monitor gives the returning event a new identity (a new ``events`` row) whose key
and first key are those of the old one. The calendar feed must still carry one UID per
entry (the old identity keeps its UID, the new one gets its own, and the e-mailed
``.ics`` says the same), and ``history KEY`` must show both identities instead of
refusing. Runs on SQLite and PostgreSQL (``db_url`` from tests/dbfixtures.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dbfixtures import good_check, sample_event
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from notify.messages import EventNotice, render_message
from rvr_watch.cli import main
from rvr_watch.output import exports
from scraper.model import Event, Page, Series
from storage.diff import diff_pages
from storage.queries import calendar_identities, list_changes, list_events
from storage.repo import ensure_page, load_state, record_check
from storage.schema import EventRow

TZ = ZoneInfo("Europe/Berlin")
NAME = "fr"
URL = "https://rvr.example/fachkraefte-reihe"
YEAR = dt.date.today().year + 2  # the dates stay ahead, so the default feed carries them
NOV27, DEC4, JAN14 = dt.date(YEAR, 11, 27), dt.date(YEAR, 12, 4), dt.date(YEAR + 1, 1, 14)
KARRIERE = f"{NOV27}-karriere-in-ge"
KARRIERE_MOVED = f"{DEC4}-karriere-in-ge"
KI = f"{JAN14}-ki-im-buero"
T0 = dt.datetime(2025, 10, 1, 8, tzinfo=dt.UTC)

karriere = sample_event(KARRIERE, day=NOV27)
moved = sample_event(KARRIERE_MOVED, day=DEC4)
cancelled = sample_event(KARRIERE_MOVED, day=DEC4, status="cancelled")
ki = sample_event(KI, title="KI im Büro – und jetzt?", day=JAN14, venue="Zeche Zollverein")

# The tester's story: 27 Nov is moved to 4 Dec, cancelled and taken off the page; a new
# date (KI) comes and goes; then both come back as first announced.
STORY: list[tuple[Event, ...]] = [
    (karriere,),
    (karriere, ki),
    (moved, ki),
    (cancelled, ki),
    (cancelled,),
    (),
    (karriere, ki),
]


def _page(events: Sequence[Event], name: str = NAME) -> Page:
    return Page(url=f"{URL}/{name}", series=Series("Fachkräfte-Reihe"), events=tuple(events))


def replay(sessions: sessionmaker[Session], story: Sequence[Sequence[Event]], name: str) -> None:
    """Record one check per step as the pipeline does: diff against the last good page."""
    for n, events in enumerate(story):
        at = T0 + dt.timedelta(days=n)
        page = _page(events, name)
        with sessions.begin() as session:
            ensure_page(session, name, page.url, "rvr-series", now=T0)
            changes = diff_pages(load_state(session, name).last_good, page, at.astimezone(TZ))
            record_check(session, name, good_check(page, at, body=f"{name}{n}".encode()), changes)


@pytest.fixture
def story(db_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    replay(db_sessions, STORY, NAME)
    return db_sessions


def _ids(sessions: sessionmaker[Session], first_key: str) -> list[int]:
    with sessions() as session:
        query = select(EventRow.id).where(EventRow.first_key == first_key).order_by(EventRow.id)
        return list(session.scalars(query))


def _feed(sessions: sessionmaker[Session], *, everything: bool = False) -> list[tuple[str, ...]]:
    """(UID, SEQUENCE, start day, STATUS) of each VEVENT of the feed, sorted."""
    with sessions() as session:
        stored = list_events(session, include_all=True)
        if not everything:
            stored = exports.calendar_selection(stored, dt.date(YEAR, 1, 1))
        data = exports.calendar_feed(session, stored, tz=TZ, dtstamp=T0)
    calendar = icalendar.Calendar.from_ical(data)
    return sorted(
        (
            str(v["UID"]),
            str(v["SEQUENCE"]),
            f"{v.decoded('DTSTART'):%Y-%m-%d}",
            str(v["STATUS"]),
        )
        for v in calendar.walk("VEVENT")
    )


def test_the_story_leaves_two_identities_per_returning_event(story: sessionmaker[Session]) -> None:
    assert len(_ids(story, KARRIERE)) == 2
    assert len(_ids(story, KI)) == 2


def test_a_reannounced_event_gets_its_own_uid_and_the_old_one_keeps_its_own(
    story: sessionmaker[Session],
) -> None:
    old_karriere, new_karriere = _ids(story, KARRIERE)
    _, new_ki = _ids(story, KI)
    # The cancelled 4 Dec keeps the UID calendars already have, struck out; the
    # re-announced 27 Nov is a new entry; the removed KI date has left the feed.
    assert _feed(story) == [
        (f"{KARRIERE}.{new_karriere}@{NAME}.rvr-watch", "0", f"{NOV27}", "CONFIRMED"),
        (f"{KARRIERE}@{NAME}.rvr-watch", "2", f"{DEC4}", "CANCELLED"),
        (f"{KI}.{new_ki}@{NAME}.rvr-watch", "0", f"{JAN14}", "CONFIRMED"),
    ]
    everything = _feed(story, everything=True)
    assert len(everything) == 4
    assert len({uid for uid, *_ in everything}) == 4
    assert f"{KI}@{NAME}.rvr-watch" in {uid for uid, *_ in everything}
    assert old_karriere < new_karriere


def test_the_mailed_ics_carries_the_feed_uid(story: sessionmaker[Session]) -> None:
    """The UID and SEQUENCE an e-mail attaches for a change are the feed's for that event."""
    feed = {uid: sequence for uid, sequence, *_ in _feed(story, everything=True)}
    with story() as session:
        changes = [c for c in list_changes(session) if not c.is_monitor]
        identities = calendar_identities(session, [c.id for c in changes])
    attached: dict[str, str] = {}
    for change in reversed(changes):  # oldest first: the last one mailed is the newest
        if change.kind not in ("new_date", "rescheduled", "updated", "cancelled"):
            continue
        uid, sequence = identities[change.id]
        notice = EventNotice(
            change=change.change(),
            page_name=change.page,
            page_url=change.page_url,
            detected_at=change.detected_at,
            calendar_uid=uid,
            sequence=sequence,
        )
        (attachment,) = render_message([notice], language="en", tz=TZ).attachments
        (vevent,) = icalendar.Calendar.from_ical(attachment.content).walk("VEVENT")
        attached[str(vevent["UID"])] = str(vevent["SEQUENCE"])
    assert attached == feed


def test_events_that_never_came_back_keep_their_plain_uid(
    db_sessions: sessionmaker[Session],
) -> None:
    replay(db_sessions, [(karriere, ki), (moved, ki), (moved,)], NAME)
    assert [uid for uid, *_ in _feed(db_sessions, everything=True)] == [
        f"{KARRIERE}@{NAME}.rvr-watch",
        f"{KI}@{NAME}.rvr-watch",
    ]


# --- the command line --------------------------------------------------------------------


@pytest.fixture
def config_file(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        f'database: "{db_url}"\ntimezone: Europe/Berlin\n'
        f"pages:\n  - name: {NAME}\n    url: {URL}/{NAME}\n",
        encoding="utf-8",
    )
    return path


def test_history_shows_every_identity_of_the_key_oldest_first(
    story: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = ["--config", str(config_file)]
    old, new = _ids(story, KARRIERE)
    assert main(["history", KARRIERE, "--page", NAME, *config]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{KARRIERE} names 2 events on {NAME}, oldest first\n")
    first, second = out.split("\n\n")
    assert f"{KARRIERE_MOVED} on {NAME} (first key {KARRIERE}, event {old})" in first
    assert "rescheduled" in first and "cancelled" in first and "gone from the page" in first
    assert f"{KARRIERE} on {NAME} (first key {KARRIERE}, event {new})" in second
    assert "new_date" in second and "gone" not in second

    assert main(["history", KARRIERE, *config, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["event_id"], data["gone_at"]) == (new, None)
    assert [v["change"] for v in data["versions"]] == ["new_date"]
    (earlier,) = data["earlier"]
    assert earlier["event_id"] == old and earlier["gone_at"] is not None
    assert [v["change"] for v in earlier["versions"]] == [None, "rescheduled", "cancelled"]
    assert earlier["earlier"] == []


def test_history_of_a_key_on_several_pages_asks_for_the_page(
    story: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replay(story, [(ki,)], "other")
    config = ["--config", str(config_file)]
    assert main(["history", KI, *config]) == 2
    assert f"events on several pages have the key {KI!r}: fr, other; use --page" in (
        capsys.readouterr().err
    )
    assert main(["history", KI, "--page", "other", *config, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["page"], data["earlier"]) == ("other", [])


def test_the_events_feed_has_no_duplicate_uids(
    story: sessionmaker[Session], config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--all"]):
        assert main(["events", "--config", str(config_file), "--format", "ics", *extra]) == 0
        calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
        uids = [str(v["UID"]) for v in calendar.walk("VEVENT")]
        assert len(uids) == len(set(uids)) == (3 if not extra else 4), uids
