"""The one log line per check, for ``check`` and the daemon alike."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rvr_watch.engine.pipeline import PageCheck
    from rvr_watch.engine.triggers import ScheduledRun

log = logging.getLogger("rvr_watch.engine")


def log_check(
    result: PageCheck,
    run: ScheduledRun | None,
    cpu_ms: float | None = None,
    *,
    failure_level: int = logging.WARNING,
) -> None:
    """One line per check: page, outcome, duration_ms, cpu_ms (the CPU time the check
    took in this process), http_status, changes (and why).

    ``failure_level``: the daemon warns of a failed check; ``check`` prints its own line
    for it, so there the log line stays at INFO (not the same error twice on a terminal).
    """
    extra: dict[str, object] = {
        "page": result.page,
        "outcome": result.outcome,
        "duration_ms": result.duration_ms,
        "http_status": result.http_status,
        "changes": len(result.changes),
    }
    if cpu_ms is not None:
        extra["cpu_ms"] = cpu_ms
    if run is not None:
        extra["scheduled"] = run.at.isoformat()
    if result.error:
        extra["error"] = result.error
    if result.alert:
        extra["alert"] = result.alert
    level = failure_level if not result.ok else logging.INFO
    log.log(level, "checked %s: %s", result.page, result.outcome, extra=extra)
