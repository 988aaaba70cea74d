"""One human line per check: ``fachkraefte-reihe: unchanged (304) in 42 ms``."""

from __future__ import annotations

from rvr_watch.engine.pipeline import PageCheck

KIND_WORDS = {
    "new_date": "new date",
    "rescheduled": "rescheduled",
    "updated": "updated",
    "cancelled": "cancelled",
    "removed": "removed",
    "concluded": "concluded",
}


def summary_line(result: PageCheck) -> str:
    """The operator's line for one check, naming what changed or what failed."""
    status = f" ({result.http_status})" if result.http_status else ""
    line = f"{result.page}: {result.outcome.replace('_', ' ')}{status} in {result.duration_ms} ms"
    if result.changes:
        kinds = ", ".join(
            f"{KIND_WORDS.get(c.kind, c.kind)}: {c.event.title}" for c in result.changes
        )
        line += f" — {kinds}"
    if result.error:
        line += f" — {result.error}"
    if result.alert:
        line += f" [{result.alert}]"
    return line
