"""`rvr-watch demo` replays the bundled pages offline and shows the right messages."""

from __future__ import annotations

import pytest

from rvr_watch.cli import main
from rvr_watch.demo.replay import run_demo

TITLE = "Karriere in GE? Mach’s mit Wasserstoff!"


def test_the_demo_replays_every_kind_a_subscriber_cares_about() -> None:
    steps = list(run_demo("de"))
    assert [(s.day, s.check.outcome) for s in steps] == [
        ("2025-10-15", "changed"),
        ("2025-11-08", "changed"),
        ("2025-11-15", "changed"),
        ("2025-11-20", "changed"),
    ]
    assert [[c.kind for c in s.check.changes] for s in steps] == [
        [],
        ["concluded", "new_date"],
        ["updated"],
        ["cancelled"],
    ]
    assert [[m.title for m in s.messages] for s in steps] == [
        [],
        [f"Neuer Termin: {TITLE} – 27.11.2025, Gelsenkirchen"],
        [f"Termin geändert: {TITLE} – 27.11.2025, Gelsenkirchen"],
        [f"Termin abgesagt: {TITLE} – 27.11.2025, Gelsenkirchen"],
    ]
    (new_date,) = steps[1].messages
    assert [a.filename for a in new_date.attachments] == [
        "2025-11-27-karriere-in-ge-machs-mit-wasserstoff.ics"
    ]


def test_the_demo_speaks_english_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "Nothing is sent" in out
    assert f"New date: {TITLE} – 27 Nov 2025, Gelsenkirchen" in out
