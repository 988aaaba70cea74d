"""Cron schedules: the expression forms the config accepts, turned into APScheduler triggers.

Accepted forms (see docs/configuration.md):

* standard 5-field cron: ``minute hour day-of-month month day-of-week``;
* 6 fields with a leading seconds field: ``second minute hour day month day-of-week``
  (for tests and fast schedules);
* the macros ``@hourly``, ``@daily`` (``@midnight``), ``@weekly``, ``@monthly``,
  ``@yearly`` (``@annually``).

Day-of-week numbers follow crontab (0 and 7 are Sunday). APScheduler 3.x counts 0 as
Monday, also in ``CronTrigger.from_crontab`` (its issue 286), so the field is translated to
weekday names here and the trigger is built with ``CronTrigger(...)`` directly. One
difference to classic cron stays: when both day-of-month and day-of-week are restricted,
APScheduler requires both to match (cron fires when either does).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

_FIVE = ("minute", "hour", "day", "month", "day_of_week")
_SIX = ("second", *_FIVE)
_MACROS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}
# Crontab numbering: index = day number (0 = Sunday); 7 is Sunday again.
_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_MONDAY_FIRST = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The numeric fields and APScheduler's bounds for them.
_BOUNDS = {"second": (0, 59), "minute": (0, 59), "hour": (0, 23), "day": (1, 31), "month": (1, 12)}
_PLAIN_PART = re.compile(
    r"(?:(?P<star>\*)|(?P<first>[0-9]{1,2})(?:-(?P<last>[0-9]{1,2}))?)(?:/(?P<step>[0-9]{1,2}))?"
)
# The longest each month can be (February in a leap year), January first.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DOW_PART = re.compile(r"^(?P<range>\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/(?P<step>\d+))?$")


def cron_fields(schedule: str) -> dict[str, str]:
    """Split a schedule into APScheduler ``CronTrigger`` keyword arguments.

    Raises ``ValueError`` with a reason when the number of fields or the day-of-week
    field is wrong; the other fields are checked by APScheduler in :func:`make_trigger`.
    """
    expr = _MACROS.get(schedule.strip().lower(), schedule)
    parts = expr.split()
    names: tuple[str, ...]
    if len(parts) == 5:
        names = _FIVE
    elif len(parts) == 6:
        names = _SIX
    else:
        raise ValueError(f"expected 5 fields (or 6 with seconds first), got {len(parts)}")
    fields = dict(zip(names, parts, strict=True))
    fields["day_of_week"] = _translate_day_of_week(fields["day_of_week"])
    return fields


def make_trigger(schedule: str, tz: ZoneInfo) -> CronTrigger:
    """Build the APScheduler 3.x trigger for ``schedule`` in time zone ``tz``.

    Raises ``ValueError`` (with APScheduler's reason) for an invalid expression.
    """
    from apscheduler.triggers.cron import CronTrigger

    return CronTrigger(timezone=tz, **cron_fields(schedule))


def check_schedule(schedule: str) -> None:
    """Raise ``ValueError`` if ``schedule`` is not an accepted cron expression.

    That includes expressions no date matches, such as ``0 0 30 2 *``: a page with such
    a schedule would never be checked, and nothing else would say so.
    """
    problem = _schedule_problem(schedule)
    if problem is not None:
        raise ValueError(problem)


@functools.lru_cache(maxsize=256)
def _schedule_problem(schedule: str) -> str | None:
    # Cached: a config of 1000 pages usually has a handful of distinct schedules, and
    # building a trigger costs about half a millisecond.
    import datetime as dt

    try:
        if surely_valid(cron_fields(schedule)):
            return None
        trigger = make_trigger(schedule, ZoneInfo("UTC"))
    except ValueError as e:
        return str(e)
    # Without a year field a schedule that fires at all fires within 28 years, and
    # APScheduler gives up (None) only after searching to the year 9999.
    if trigger.get_next_fire_time(None, dt.datetime.now(dt.UTC)) is None:
        return "no date matches it, so it would never run"
    return None


def surely_valid(fields: dict[str, str]) -> bool:
    """True if APScheduler certainly accepts ``fields`` and some date matches them.

    Decided without APScheduler (whose import brings in asyncio: a good part of a one-shot
    check's start-up), for the plain numeric forms almost every schedule uses: ``*``,
    ``*/n``, ``a``, ``a-b`` and ``a-b/n`` within the field's bounds, in comma lists.
    False means "not sure": the caller then asks APScheduler, which has the final word
    and the wording of its messages. The day of week has been translated (and checked)
    by :func:`cron_fields` already; as APScheduler ANDs it with the day of month, and every
    day of every month falls on every weekday in some year, it cannot empty a schedule.
    """
    values: dict[str, set[int]] = {}
    for name, (low, high) in _BOUNDS.items():
        if name in fields:
            found = _plain_values(fields[name], low, high)
            if found is None:
                return False
            values[name] = found
    days, months = values["day"], values["month"]
    return any(day <= _MONTH_DAYS[month - 1] for month in months for day in days)


def _plain_values(field: str, low: int, high: int) -> set[int] | None:
    """The values a plain numeric field stands for; None for any other form."""
    values: set[int] = set()
    for part in field.split(","):
        match = _PLAIN_PART.fullmatch(part)
        if match is None:
            return None
        if match["star"]:
            first, last = low, high
        elif match["step"] and not match["last"]:
            return None  # "a/n": APScheduler's own reading of it decides
        else:
            first = int(match["first"])
            last = int(match["last"] or first)
            if not low <= first <= last <= high:
                return None
        step = int(match["step"] or 1)
        # APScheduler refuses a step of 0 and one wider than the range it steps through.
        if match["step"] and not 1 <= step <= last - first:
            return None
        values.update(range(first, last + 1, step))
    return values


def _translate_day_of_week(field: str) -> str:
    """Crontab day-of-week (0/7 = Sunday, names, ranges, steps) → APScheduler weekday names."""
    if field == "*":
        return "*"
    days: set[int] = set()
    for part in field.lower().split(","):
        match = _DOW_PART.match(part)
        if match is None:
            raise ValueError(f"unrecognised day-of-week {part!r}")
        start, end = _dow_range(match["range"])
        if match["step"] and match["range"] != "*" and "-" not in match["range"]:
            end = 6  # "a/n" means from a to the end of the week, as in Vixie cron
        step = int(match["step"] or 1)
        if step == 0:
            raise ValueError("a step must be at least 1")
        if start > end:
            raise ValueError(f"day-of-week range {part!r} runs backwards")
        days.update(day % 7 for day in range(start, end + 1, step))
    return ",".join(name for name in _MONDAY_FIRST if _CRON_DAYS.index(name) in days)


def _dow_range(text: str) -> tuple[int, int]:
    if text == "*":
        return 0, 6
    first, _, last = text.partition("-")
    start = _dow_value(first)
    return start, _dow_value(last) if last else start


def _dow_value(text: str) -> int:
    if text in _CRON_DAYS:
        return _CRON_DAYS.index(text)
    if text.isdigit() and int(text) <= 7:
        return int(text)
    raise ValueError(f"unrecognised day-of-week {text!r} (0-7 or sun-sat)")
