"""Red team, third round: the RVR page's life through 2026 and 2027, written by hand.

``tests/parsing/corpus_life3.py`` holds versions of the Fachkräfte-Reihe page the
renderers cannot write (a "Save the Date" whose topic follows, moves by a struck date, by
"verschoben auf …" and by a note "Neuer Termin: …" alone, a relaunch to cards with
``<time>``, a cancellation with its reason, "ausgebucht", a stale JSON-LD block, a TYPO3
error and a maintenance notice in place of the dates, the Rückblick growing as cards,
lists and ``<details>``, an empty "Nächster Termin", hybrid and online dates) and two
timelines of them: (corpus document, what a subscriber must be told then). Each version
is served from loopback at its time and checked as a user's ``check`` does (the machinery
of ``test_timelines.py``), with a subscriber on loopback SMTP: every good check stores
exactly the changes listed, a refused one none (no "removed" for a page that lost its
dates to an error), the stored events are the page's, and each check with news is one
message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from httpserver import HTTPTestServer
from smtpserver import SMTPServer
from test_timelines import SUBJECTS, Clock, _config, _service, check_mails
from timelines import URL_PATH

from storage.diff import normalize_text
from storage.queries import list_changes, list_events

sys.path.insert(0, str(Path(__file__).parent / "parsing"))

from corpus_life3 import TIMELINE, TIMELINE_EN, Told

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / "manifest.json").read_text(encoding="utf-8")
)
Fact = tuple[str, str, dt.date]

# Timelines whose true expectation the check does not meet yet: strict xfail, the reason.
KNOWN_GAPS: dict[str, str] = {}


def _facts(told: list[tuple[str, str, str]]) -> list[Fact]:
    return sorted((k, normalize_text(t), dt.date.fromisoformat(d)) for k, t, d in told)


def _serve(http: HTTPTestServer, name: str) -> None:
    body = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
    headers = {"Content-Type": "text/html; charset=utf-8"}
    http.set(URL_PATH, body, headers=headers, etag=etag)


def _listed(name: str) -> list[Fact]:
    """The events of ``name`` as its expected JSON has them: what the history must list."""
    page = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    return sorted(
        (e["status"], normalize_text(e["title"]), dt.date.fromisoformat(e["date"]))
        for e in page["events"]
    )


def replay(
    timeline: tuple[tuple[str, Told], ...], http: HTTPTestServer, db: str, smtp: SMTPServer
) -> None:
    first, _ = timeline[0]
    clock = Clock(dt.datetime.fromisoformat(MANIFEST[first]["now"]))
    config = _config(db, http, smtp)
    log: list[str] = []
    mailed: list[list[Fact]] = []
    with _service(config, clock) as service:
        for n, (name, told) in enumerate(timeline):
            clock.now = dt.datetime.fromisoformat(MANIFEST[name]["now"])
            _serve(http, name)
            (result,) = service.check_pages(config.pages)
            got = sorted(
                (c.kind, normalize_text(c.event.title), c.event.date) for c in result.changes
            )
            log.append(f"v{n} {name}: {result.outcome} {got}")
            trail = "\n".join(log)
            if told is None:  # refused: a failed check, nothing stored or told
                assert (result.outcome, got) == ("refused", []), trail
                continue
            assert result.outcome in ("changed", "unchanged"), trail
            want = _facts(told)
            assert got == want, f"{trail}\nexpected {want}"
            with service.database.sessions() as session:
                events = list_events(session, include_all=True)
                listed = sorted(
                    (e.event.status, normalize_text(e.event.title), e.event.date)
                    for e in events
                    if e.gone_at is None
                )
            assert listed == _listed(name), f"{trail}\nlisted {listed}"
            mailed.append([w for w in want if w[0] in SUBJECTS])
            service.drain()
        with service.database.sessions() as session:
            stored = sorted(
                (c.kind, normalize_text(c.change().event.title), c.change().event.date)
                for c in list_changes(session)
                if not c.is_monitor
            )
        told_all = sorted(f for _, told in timeline if told for f in _facts(told))
        assert stored == told_all, "\n".join(log)
        check_mails(service, clock, smtp, [m for m in mailed if m], "\n".join(log))


@pytest.mark.parametrize(
    "timeline",
    [
        pytest.param(t, id=i, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[i])])
        if i in KNOWN_GAPS
        else pytest.param(t, id=i)
        for i, t in (("de-2026-2027", TIMELINE), ("en-2027", TIMELINE_EN))
    ],
)
def test_the_hand_written_life_tells_subscribers_exactly_what_changed(
    timeline: tuple[tuple[str, Told], ...], http_server: HTTPTestServer, smtp_server: SMTPServer
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        replay(timeline, http_server, str(Path(tmp) / "history.db"), smtp_server)
