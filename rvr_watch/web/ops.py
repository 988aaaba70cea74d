"""Operations endpoints: ``/healthz`` (as ``rvr-watch status`` judges) and ``/metrics``."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rvr_watch.web.app import Site


STATUS_TTL_S = 5.0  # /status and /healthz read the status at most this often


class StatusMemo:
    """The rows of ``rvr-watch status``, read at most every :data:`STATUS_TTL_S` seconds
    (counting years of checks per page takes a while; health probes come often)."""

    def __init__(self, ttl_s: float = STATUS_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._lock = threading.Lock()
        self._rows: tuple[float, list[dict[str, Any]]] | None = None

    def rows(self, site: Site) -> list[dict[str, Any]]:
        with self._lock:  # one reader at a time; the others then take its rows
            now = time.monotonic()
            if self._rows is None or now - self._rows[0] >= self.ttl_s:
                with site.reads() as session:
                    self._rows = (now, status_rows_now(site, session))
            return [dict(row) for row in self._rows[1]]


def status_rows_now(site: Site, session: Session) -> list[dict[str, Any]]:
    """The rows of ``rvr-watch status`` for now: the same judgement of health."""
    from rvr_watch.commands.status import status_rows
    from rvr_watch.engine.health import DEFAULT_GRACE
    from storage.queries import page_status

    stored = {status.name: status for status in page_status(session)}
    return status_rows(site.config, stored, site.clock(), DEFAULT_GRACE)


def healthz(site: Site, request: Request) -> Response:
    """200 when the database answers and every page is healthy, else 503; JSON reason."""
    from rvr_watch.web.app import json_response

    try:
        rows = site.status.rows(site)
    except Exception as error:  # any database trouble is exactly what this must report
        reason = f"database not answering: {type(error).__name__}"
        return json_response({"healthy": False, "database": "error", "reason": reason}, status=503)
    unhealthy = [row for row in rows if not row["healthy"]]
    reasons = [
        f"{row['page']}: {row['consecutive_failures']} failed checks in a row "
        f"(threshold {row['error_threshold']})"
        + (f": {row['last_error']}" if row["last_error"] else "")
        for row in unhealthy
    ]
    payload = {
        "healthy": not unhealthy,
        "database": "ok",
        "reason": "; ".join(reasons) if reasons else "all pages healthy",
        "pages": [
            {
                "page": row["page"],
                "healthy": row["healthy"],
                "consecutive_failures": row["consecutive_failures"],
                "error_threshold": row["error_threshold"],
                "last_check_at": _iso(row["last_check_at"]),
                "last_success_at": _iso(row["last_success_at"]),
            }
            for row in rows
        ],
    }
    return json_response(payload, status=503 if unhealthy else 200)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class CheckCounter:
    """Checks per (page, outcome), counted once and then only for new rows.

    A full count over years of hourly checks takes a while; after the first scrape each
    one reads only the checks recorded since the previous one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_id = 0
        self._counts: dict[tuple[str, str], int] = {}

    def read(self, session: Session) -> dict[tuple[str, str], int]:
        from sqlalchemy import func, select

        from storage.schema import CheckRow, PageRow

        with self._lock:
            # Grouped by ``page_id + 0``, not by the column: SQLite would otherwise walk the
            # whole (page_id, started_at) index instead of the id range of the new rows.
            page = (CheckRow.page_id + 0).label("page")
            query = (
                select(page, CheckRow.outcome, func.count(), func.max(CheckRow.id))
                .where(CheckRow.id > self._last_id)
                .group_by(page, CheckRow.outcome)
            )
            names = dict(session.execute(select(PageRow.id, PageRow.name)).all())
            for page_id, outcome, count, last in session.execute(query).all():
                name = names.get(page_id, str(page_id))
                self._counts[(name, outcome)] = self._counts.get((name, outcome), 0) + count
                self._last_id = max(self._last_id, last)
            return dict(self._counts)


def metrics(site: Site, request: Request) -> Response:
    """Prometheus text format: checks by outcome, deliveries by state, last success per
    page, outbox depth, web subscribers."""
    from sqlalchemy import func, select

    from storage.schema import (
        DELIVERY_STATUSES,
        DeliveryRow,
        PageRow,
        PageStateRow,
        WebSubscriberRow,
    )

    with site.reads() as session:
        checks = site.metrics.read(session)
        deliveries = dict(
            session.execute(
                select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status)
            ).all()
        )
        successes = session.execute(
            select(PageRow.name, PageStateRow.last_success_at).join(
                PageStateRow, PageStateRow.page_id == PageRow.id
            )
        ).all()
        subscribers = session.scalar(select(func.count()).select_from(WebSubscriberRow)) or 0
    lines = [
        "# HELP rvr_watch_checks_total Checks recorded, by page and outcome.",
        "# TYPE rvr_watch_checks_total counter",
        *(
            f'rvr_watch_checks_total{{page="{_label(page)}",outcome="{outcome}"}} {count}'
            for (page, outcome), count in sorted(checks.items())
        ),
        "# HELP rvr_watch_deliveries Outbox rows by state.",
        "# TYPE rvr_watch_deliveries gauge",
        *(
            f'rvr_watch_deliveries{{state="{state}"}} {deliveries.get(state, 0)}'
            for state in DELIVERY_STATUSES
        ),
        "# HELP rvr_watch_outbox_depth Deliveries not yet done (pending, sending, uncertain).",
        "# TYPE rvr_watch_outbox_depth gauge",
        "rvr_watch_outbox_depth "
        + str(sum(deliveries.get(s, 0) for s in ("pending", "sending", "uncertain"))),
        "# HELP rvr_watch_last_success_timestamp_seconds Start of each page's last good check.",
        "# TYPE rvr_watch_last_success_timestamp_seconds gauge",
        *(
            f'rvr_watch_last_success_timestamp_seconds{{page="{_label(name)}"}} '
            f"{moment.timestamp():.0f}"
            for name, moment in sorted(successes)
            if moment is not None
        ),
        "# HELP rvr_watch_web_subscribers Confirmed self-service e-mail subscribers.",
        "# TYPE rvr_watch_web_subscribers gauge",
        f"rvr_watch_web_subscribers {subscribers}",
    ]
    return Response("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4; charset=utf-8")


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
