"""Whether a page is healthy: failing, stale, never checked, or ok (pure).

``rvr-watch status`` asks this for every configured page. *Stale* is what a dead
daemon (or a cron line that no longer runs) looks like from the database: the first
scheduled run after the page's last check has passed, plus a grace period for jitter,
slow fetches and clock skew, and still no newer check. A page that was never checked
is reported too: a health check that says "ok" before anything ran would also say
"ok" when nothing ever runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rvr_watch.engine.triggers import PageTrigger

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from rvr_watch.config.model import PageConfig

Health = Literal["ok", "failing", "stale", "never_checked"]
DEFAULT_GRACE = dt.timedelta(minutes=10)
_TICK = dt.timedelta(microseconds=1)


@dataclass(frozen=True)
class PageHealth:
    """A page's health and, unless it is ok, one line per reason."""

    health: Health
    reasons: tuple[str, ...] = ()
    overdue_since: dt.datetime | None = None  # the scheduled run that was missed (UTC)

    @property
    def healthy(self) -> bool:
        return self.health == "ok"


def page_health(
    page: PageConfig,
    tz: ZoneInfo,
    *,
    last_check_at: dt.datetime | None,
    consecutive_failures: int,
    now: dt.datetime,
    grace: dt.timedelta = DEFAULT_GRACE,
) -> PageHealth:
    """The health of ``page`` at ``now`` from its last check and its failure count.

    Failing (at or over ``error_threshold``) comes first; a page can be both failing
    and stale, and then both reasons are given.
    """
    if last_check_at is None:
        return PageHealth("never_checked", ("never checked (no check of it is recorded)",))
    reasons: list[str] = []
    health: Health = "ok"
    if consecutive_failures >= page.error_threshold:
        health = "failing"
        reasons.append(
            f"{consecutive_failures} failed checks in a row "
            f"(error_threshold {page.error_threshold})"
        )
    due = PageTrigger(page.schedule, tz).fire_time_at_or_after(last_check_at + _TICK)
    if due is not None and now > due + grace:
        health = "stale" if health == "ok" else health
        reasons.append(
            f"stale: last check {_utc(last_check_at)}, the next was due {_utc(due)} "
            f"(schedule '{page.schedule}', grace {_minutes(grace)}); is the daemon or "
            "the cron job running?"
        )
        return PageHealth(health, tuple(reasons), due)
    return PageHealth(health, tuple(reasons))


def _utc(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def _minutes(span: dt.timedelta) -> str:
    minutes = span.total_seconds() / 60
    return f"{minutes:g} min"
