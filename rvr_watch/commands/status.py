"""``rvr-watch status``: each page's health, next check, pending deliveries, the daemon.

Exit 1 when any page is failing, stale or was never checked (and for what other parts
add to ``problems``), so a cron line ``rvr-watch status || alert`` fires when it must.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rvr_watch.config.model import Config
    from storage.outbox import DeliveryProblems
    from storage.queries import DaemonBeat, PageStatus

COLUMNS = [
    ("page", "page"),
    ("health", "health"),
    ("last_check_at", "last check (UTC)"),
    ("last_outcome", "outcome"),
    ("last_success_at", "last success (UTC)"),
    ("consecutive_failures", "failures"),
    ("snapshots", "snapshots"),
    ("pending_deliveries", "pending"),
    ("failed_deliveries", "failed"),
    ("next_check_at", "next check (UTC)"),
]
_SHOWN_HEALTH = {"ok": "ok", "failing": "FAILING", "stale": "STALE", "never_checked": "NEVER"}


def run(args: argparse.Namespace) -> int:
    """Print the status table or JSON; exit 1 when anything needs attention."""
    from rvr_watch.commands.reading import NoDatabase, read_history
    from rvr_watch.output.tables import format_json, format_table

    config = config_for(args.config)
    now = dt.datetime.now(dt.UTC)
    grace = dt.timedelta(minutes=args.grace)
    try:
        stored, beats, deliveries = read_history(config, _read)
        missing = None
    except NoDatabase as error:
        stored, beats, deliveries, missing = {}, [], None, str(error)
    report = status_report(config, stored, beats, now, grace, deliveries=deliveries)
    if missing:
        report["problems"].insert(0, missing)
    if args.format == "json":
        print(format_json(report))
    else:
        print(format_table([_table_row(row) for row in report["pages"]], COLUMNS))
        for problem in report["problems"]:
            print(problem)
        print(_daemon_line(report["daemon"], now))
    return EXIT_OK if report["healthy"] and not missing else EXIT_FAILED


def _read(
    session: Session,
) -> tuple[dict[str, PageStatus], list[DaemonBeat], DeliveryProblems]:
    from storage.outbox import delivery_problems
    from storage.queries import daemons, page_status

    stored = {status.name: status for status in page_status(session)}
    return stored, daemons(session), delivery_problems(session)


def status_report(
    config: Config,
    stored: dict[str, PageStatus],
    beats: list[DaemonBeat],
    now: dt.datetime,
    grace: dt.timedelta,
    *,
    deliveries: DeliveryProblems | None = None,
) -> dict[str, Any]:
    """The whole status as JSON-able data: pages, daemon, problems and ``healthy``.

    ``problems`` holds one line per thing that needs attention (a page's reasons are
    prefixed with its name); ``healthy`` is true when it is empty.
    """
    rows = status_rows(config, stored, now, grace)
    problems = [f"{row['page']}: {reason}" for row in rows for reason in row["reasons"]]
    if deliveries:  # failed or uncertain deliveries: exit 1, and say which
        problems += [deliveries.summary(), *deliveries.lines]
    report: dict[str, Any] = {
        "pages": rows,
        "daemon": daemon_json(beats, now),
        "problems": problems,
        "deliveries": {
            "failed": deliveries.failed if deliveries else 0,
            "uncertain": deliveries.uncertain if deliveries else 0,
        },
    }
    report["healthy"] = all(row["healthy"] for row in rows) and not problems
    return report


def status_rows(
    config: Config, stored: dict[str, PageStatus], now: dt.datetime, grace: dt.timedelta
) -> list[dict[str, Any]]:
    """One row per configured page (pages never checked included), JSON-able."""
    from rvr_watch.engine.health import page_health
    from rvr_watch.engine.triggers import next_check_times

    next_checks = next_check_times(config, now)
    rows = []
    for page in config.pages:
        status = stored.get(page.name)
        failures = status.consecutive_failures if status else 0
        health = page_health(
            page,
            config.timezone,
            last_check_at=status.last_check_at if status else None,
            consecutive_failures=failures,
            now=now,
            grace=grace,
        )
        next_check = next_checks.get(page.name)
        failed = status.failed_deliveries if status else ()
        reasons = list(health.reasons)
        if health.health == "failing" and status and status.last_error:
            reasons.append(f"last error: {status.last_error}")
        rows.append(
            {
                "page": page.name,
                "url": page.url,
                "health": health.health,
                "healthy": health.healthy,
                "reasons": reasons,
                "overdue_since": health.overdue_since,
                "last_check_at": status.last_check_at if status else None,
                "last_outcome": status.last_outcome if status else None,
                "last_error": status.last_error if status else None,
                "last_success_at": status.last_success_at if status else None,
                "consecutive_failures": failures,
                "error_threshold": page.error_threshold,
                "failing_since": status.failing_since if status else None,
                "checks": status.checks if status else 0,
                "snapshots": status.snapshots if status else 0,
                "pending_deliveries": status.pending_deliveries if status else 0,
                "failed_deliveries": len(failed),
                "failed_delivery_reasons": [f"{f.subscriber}: {f.last_error}" for f in failed],
                "next_check_at": next_check.astimezone(dt.UTC) if next_check else None,
            }
        )
    return rows


def daemon_json(beats: list[DaemonBeat], now: dt.datetime) -> dict[str, Any]:
    """``running``: a daemon's heartbeat is recent; ``daemons``: every row, newest first."""
    return {
        "running": any(beat.alive(now) for beat in beats),
        "daemons": [
            {
                "host": beat.host,
                "pid": beat.pid,
                "started_at": beat.started_at,
                "heartbeat_at": beat.beat_at,
                "alive": beat.alive(now),
            }
            for beat in beats
        ],
    }


def _daemon_line(daemon: dict[str, Any], now: dt.datetime) -> str:
    alive = [d for d in daemon["daemons"] if d["alive"]]
    if alive:
        return "daemon: running on " + ", ".join(
            f"{d['host']} (pid {d['pid']}, heartbeat {_ago(now - d['heartbeat_at'])} ago)"
            for d in alive
        )
    if daemon["daemons"]:
        last = daemon["daemons"][0]
        return (
            f"daemon: none running (the one on {last['host']}, pid {last['pid']}, stopped "
            f"answering {_ago(now - last['heartbeat_at'])} ago without stopping cleanly)"
        )
    return "daemon: none running"


def _ago(span: dt.timedelta) -> str:
    seconds = max(0, int(span.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


def _table_row(row: dict[str, Any]) -> dict[str, Any]:
    shown = dict(row)
    shown["health"] = _SHOWN_HEALTH[row["health"]]
    for key in ("last_check_at", "last_success_at", "next_check_at"):
        moment = row[key]
        shown[key] = f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "never"
    shown["last_outcome"] = (row["last_outcome"] or "-").replace("_", " ")
    return shown
