"""The drain's summary line counts messages and recipients, never outbox rows."""

from __future__ import annotations

from collections import Counter

from notify.counts import drain_summary
from rvr_watch.engine.drain_report import DrainReport


def test_the_summary_names_what_it_counts() -> None:
    assert drain_summary({"sent": 2}, 2) == "notifications: 2 messages to 2 recipients"
    assert drain_summary({"sent": 1}, 1) == "notifications: 1 message to 1 recipient"
    assert drain_summary({"sent": 1, "failed": 1, "uncertain": 2}, 1) == (
        "notifications: 1 message to 1 recipient, 1 message failed (kept for retry), "
        "2 messages uncertain (the service may have it; see status)"
    )


def test_a_digest_of_three_changes_is_one_message() -> None:
    # Three outbox rows went out as one digest to one subscriber's two channels.
    report = DrainReport(sent=6, messages=Counter(sent=2), recipients={"team"})
    assert report.summary() == "notifications: 2 messages to 1 recipient"
