"""When a page is due: the daemon's trigger, its catch-up rule, and next check times.

Pure functions of a schedule, a time zone and a clock value (no scheduler, no database),
so the DST behaviour and the catch-up decision are tested with fixed clocks.

:class:`PageTrigger` is the daemon's APScheduler trigger. APScheduler 3.11's own
``CronTrigger`` gets daylight saving time wrong in two ways (both pinned down in
``tests/test_schedule_dst.py``): on the night the clocks go back it fires a fixed time
such as ``30 2 * * *`` twice, and asked just before the clocks go forward it can skip a
whole day (from 01:59 on 29 March 2026, ``0 0 * * *`` answers 31 March: it adds the
wall-clock difference to the UTC time, and that day has 23 hours). So the cron
expression is matched here against *wall-clock values* (a ``CronTrigger`` in UTC, where
its arithmetic is right) and each matching wall time is mapped to an instant:

* a wall time that exists once is that instant;
* **fall back** (02:00–03:00 happens twice): a wall time fires once, in its first
  occurrence. A schedule whose hour field is ``*`` (every hour) fires in both: it means
  "every hour" in real time, and skipping one would leave a two-hour gap;
* **spring forward** (02:00–03:00 does not exist): the wall times in the gap fire once,
  when the gap ends (03:00), like Vixie cron. Every-hour schedules simply go on in real
  time (the hour after the gap has its own run).

Besides:

* **Fire times are returned in UTC.** APScheduler compares and subtracts datetimes; two
  aware datetimes that share a ``ZoneInfo`` compare by wall time and ignore the offset,
  which is wrong inside the repeated hour. UTC values (and a scheduler clock in UTC) make
  every comparison absolute.
* **Missed runs collapse here.** Asked for the run after ``previous`` when several fire
  times have passed since (a suspended machine, a clock jumping forward), it answers
  the latest missed one, so APScheduler sees one missed run instead of iterating over
  (and coalescing) every one of them.
* **Jitter** is added in UTC, at most ``jitter_s`` and never more than a quarter of the
  gap to the following fire time, so a jittered run cannot pass the next one.

``scheduled_run`` tells a job which scheduled run it serves (the latest fire time at or
before now) and since when a check counts as done for it (``not_before``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

from rvr_watch.config.cron import cron_fields, make_trigger

if TYPE_CHECKING:
    from rvr_watch.config.model import Config

UTC = dt.UTC
# A check this long before a scheduled time still counts for it (clock skew between hosts
# running daemons on one database); capped at a quarter of the schedule's period.
MAX_MARGIN = dt.timedelta(seconds=30)
# How far back a fire time is searched; covers a schedule firing only on 29 February.
MAX_LOOKBACK = dt.timedelta(days=9 * 366)
_TICK = dt.timedelta(microseconds=1)
_MAX_ROUNDS = 16
_EPOCH = dt.datetime(2000, 1, 1, tzinfo=UTC)


class PageTrigger(BaseTrigger):  # type: ignore[misc]  # APScheduler ships no type hints
    """The trigger of one page's schedule in time zone ``tz`` (see the module docstring)."""

    def __init__(
        self,
        schedule: str,
        tz: ZoneInfo,
        *,
        jitter_s: float = 0.0,
        rng: random.Random | None = None,
    ) -> None:
        self.schedule = schedule
        self.timezone = tz
        self.jitter_s = max(0.0, jitter_s)
        self._wall_cron = make_trigger(schedule, ZoneInfo("UTC"))
        self._every_hour = cron_fields(schedule)["hour"] in ("*", "*/1")
        self._rng = rng or random.Random()
        # A valid expression can still never match (30 February): say so once, cheaply.
        self.fires = self._wall_cron.get_next_fire_time(None, _EPOCH) is not None

    def __str__(self) -> str:
        return f"cron[{self.schedule!r}, {self.timezone.key}]"

    def fire_time_at_or_after(self, moment: dt.datetime) -> dt.datetime | None:
        """The first fire time at or after ``moment`` (without jitter), in UTC."""
        if not self.fires:
            return None
        tz = self.timezone
        moment = moment.astimezone(UTC)
        # Each round returns, or passes one offset change or one repeated hour.
        for _ in range(_MAX_ROUNDS):
            offset = _offset(moment, tz)
            wall = self._next_wall(_wall(moment, offset))
            if wall is None:
                return None
            at = (wall - offset).replace(tzinfo=UTC)
            if _offset(at, tz) != offset:  # the clocks change before that wall time
                change = _offset_change(moment, at, tz)
                gap_start, gap_end = _wall(change, offset), _wall(change, _offset(change, tz))
                # A wall time that does not exist runs when the gap ends; "every hour" goes
                # on in real time instead (the hour after the gap has its own run).
                skipped = gap_end > gap_start and not self._every_hour
                in_gap = self._next_wall(gap_start) if skipped else None
                if in_gap is not None and in_gap < gap_end:
                    return change
                moment = change
            elif self._every_hour or not is_repeated_wall_time(at, tz):
                return at
            else:
                moment = _repeated_hour_end(at, tz)
        raise RuntimeError(f"no fire time found for {self} after {moment}")  # pragma: no cover

    def _next_wall(self, wall: dt.datetime) -> dt.datetime | None:
        """The first naive wall-clock time at or after ``wall`` that the schedule matches.

        APScheduler's arithmetic is only right without DST, so it runs in UTC here, on
        wall-clock values; mapping them to instants is done above.
        """
        found = self._wall_cron.get_next_fire_time(None, wall.replace(tzinfo=UTC))
        return None if found is None else found.replace(tzinfo=None)

    def latest_at_or_before(self, moment: dt.datetime) -> dt.datetime | None:
        """The last fire time at or before ``moment`` (without jitter), in UTC.

        Searches back in doubling windows, so it costs a few steps whatever the schedule.
        """
        if not self.fires:
            return None
        window = dt.timedelta(seconds=1)
        while window <= MAX_LOOKBACK * 2:
            found = self.fire_time_at_or_after(moment - window)
            if found is not None and found <= moment:
                while (following := self.fire_time_at_or_after(found + _TICK)) is not None:
                    if following > moment:
                        break
                    found = following
                return found
            window *= 2
        return None

    def get_next_fire_time(
        self, previous_fire_time: dt.datetime | None, now: dt.datetime
    ) -> dt.datetime | None:
        """APScheduler's question: the run after ``previous_fire_time``, as of ``now``."""
        start = now
        if previous_fire_time is not None:
            missed = self.latest_at_or_before(now)
            if missed is not None and missed > previous_fire_time:
                return missed  # everything missed since, as one run
            start = max(now, previous_fire_time + _TICK)
        base = self.fire_time_at_or_after(start)
        return None if base is None else base + self._jitter(base)

    def max_jitter(self, base: dt.datetime) -> dt.timedelta:
        """The largest jitter added to fire time ``base``."""
        if self.jitter_s <= 0:
            return dt.timedelta(0)
        limit = dt.timedelta(seconds=self.jitter_s)
        following = self.fire_time_at_or_after(base + _TICK)
        return limit if following is None else min(limit, (following - base) / 4)

    def _jitter(self, base: dt.datetime) -> dt.timedelta:
        bound = self.max_jitter(base).total_seconds()
        return dt.timedelta(seconds=self._rng.uniform(0, bound)) if bound else dt.timedelta(0)


def _offset(moment: dt.datetime, tz: ZoneInfo) -> dt.timedelta:
    offset = moment.astimezone(tz).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset


def _wall(moment: dt.datetime, offset: dt.timedelta) -> dt.datetime:
    """The naive wall-clock time of ``moment`` at UTC ``offset``."""
    return (moment.astimezone(UTC) + offset).replace(tzinfo=None)


def _offset_change(before: dt.datetime, after: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The instant in ``(before, after]`` at which ``tz``'s offset changes (to the second)."""
    offset = _offset(before, tz)
    low, high = math.floor(before.timestamp()), math.ceil(after.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if _offset(dt.datetime.fromtimestamp(middle, UTC), tz) == offset:
            low = middle
        else:
            high = middle
    return dt.datetime.fromtimestamp(high, UTC)


def _repeated_hour_end(moment: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The end of the repeated wall-clock period that ``moment`` (a second occurrence) is in."""
    local = moment.astimezone(tz)
    first, second = local.replace(fold=0).utcoffset(), local.utcoffset()
    assert first is not None and second is not None
    shift = first - second  # how much the clocks were set back
    return _offset_change(moment - shift, moment, tz) + shift


def is_repeated_wall_time(moment: dt.datetime, tz: ZoneInfo) -> bool:
    """Whether ``moment`` is the second occurrence of its wall time in ``tz`` (fall back)."""
    local = moment.astimezone(tz)
    return local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()


@dataclass(frozen=True)
class ScheduledRun:
    """A scheduled run of a page: when it was due and since when a check counts for it."""

    at: dt.datetime
    not_before: dt.datetime


def scheduled_run(trigger: PageTrigger, now: dt.datetime) -> ScheduledRun | None:
    """The run that is due at ``now``: the latest fire time at or before ``now``.

    A check at or after ``not_before`` (``at`` less a margin of at most 30 s and at most a
    quarter of the schedule's period) serves this run; ``None`` if the schedule never fired.
    """
    at = trigger.latest_at_or_before(now)
    if at is None:
        return None
    margin = MAX_MARGIN
    previous = trigger.latest_at_or_before(at - _TICK)
    if previous is not None:
        margin = min(margin, (at - previous) / 4)
    return ScheduledRun(at=at, not_before=at - margin)


def needs_catch_up(
    last_check_at: dt.datetime | None, trigger: PageTrigger, now: dt.datetime
) -> bool:
    """Whether a page needs one check right away when the daemon starts.

    True when the page was never checked (its baseline) or its last check is older
    than the run that fell due last (the daemon was down then); at most one such
    check per page, however many runs were missed.
    """
    if last_check_at is None:
        return trigger.fires
    run = scheduled_run(trigger, now)
    return run is not None and last_check_at < run.not_before


def next_check_times(config: Config, now: dt.datetime) -> dict[str, dt.datetime | None]:
    """Each page's next scheduled check after ``now`` (UTC, without the daemon's jitter).

    ``None`` for a schedule that never fires (such as ``0 0 30 2 *``), which a
    validated configuration does not hold.
    """
    return {
        page.name: PageTrigger(page.schedule, config.timezone).fire_time_at_or_after(now)
        for page in config.pages
    }
