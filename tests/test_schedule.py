"""Cron schedules become APScheduler triggers that fire when crontab would."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rvr_watch.config.cron import check_schedule, cron_fields, make_trigger, surely_valid
from rvr_watch.config.model import PageConfig

BERLIN = ZoneInfo("Europe/Berlin")
# Saturday 2025-11-22 10:17 in Berlin.
SATURDAY = dt.datetime(2025, 11, 22, 10, 17, tzinfo=BERLIN)


def next_fire(schedule: str, now: dt.datetime = SATURDAY) -> dt.datetime:
    fire: dt.datetime | None = make_trigger(schedule, BERLIN).get_next_fire_time(None, now)
    assert fire is not None
    return fire


def test_every_two_hours_in_the_configured_time_zone() -> None:
    fire = next_fire("0 */2 * * *")
    assert fire == dt.datetime(2025, 11, 22, 12, 0, tzinfo=BERLIN)
    assert fire.utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("day_of_week", "expected_day"),
    [
        ("0", 23),  # crontab 0 is Sunday (APScheduler's own numbering would say Monday)
        ("7", 23),
        ("sun", 23),
        ("1", 24),
        ("1-5", 24),
        ("MON-FRI", 24),
        ("2,4", 25),
        ("5-7", 23),
        ("*/3", 23),  # 0,3,6 = Sunday, Wednesday, Saturday; Saturday 09:00 has passed
        ("3/2", 26),  # from 3 to the end of the week: Wednesday, Friday
        ("6", 29),
    ],
)
def test_day_of_week_follows_crontab(day_of_week: str, expected_day: int) -> None:
    fire = next_fire(f"0 9 * * {day_of_week}")
    assert (fire.day, fire.hour, fire.minute) == (expected_day, 9, 0)


def test_six_fields_have_seconds_first() -> None:
    assert cron_fields("*/10 30 * * * *") == {
        "second": "*/10",
        "minute": "30",
        "hour": "*",
        "day": "*",
        "month": "*",
        "day_of_week": "*",
    }
    start = SATURDAY.replace(second=1)
    assert next_fire("*/10 * * * * *", start) == SATURDAY.replace(second=10)


@pytest.mark.parametrize(
    ("macro", "expected"),
    [
        ("@hourly", dt.datetime(2025, 11, 22, 11, 0, tzinfo=BERLIN)),
        ("@daily", dt.datetime(2025, 11, 23, 0, 0, tzinfo=BERLIN)),
        ("@weekly", dt.datetime(2025, 11, 23, 0, 0, tzinfo=BERLIN)),
        ("@monthly", dt.datetime(2025, 12, 1, 0, 0, tzinfo=BERLIN)),
        ("@yearly", dt.datetime(2026, 1, 1, 0, 0, tzinfo=BERLIN)),
    ],
)
def test_macros(macro: str, expected: dt.datetime) -> None:
    assert next_fire(macro) == expected


@pytest.mark.parametrize(
    ("schedule", "reason"),
    [
        ("0 * * *", "expected 5 fields (or 6 with seconds first), got 4"),
        ("0 0 * * mon-sun-tue", "unrecognised day-of-week 'mon-sun-tue'"),
        ("0 0 * * 6-1", "day-of-week range '6-1' runs backwards"),
        ("0 0 * * */0", "a step must be at least 1"),
        ("0 25 * * *", "Error validating expression '25': the last value (25) is higher than"),
        ("0 0 32 * *", "Error validating expression '32': the last value (32) is higher"),
    ],
)
def test_invalid_schedules(schedule: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_schedule(schedule)
    assert str(caught.value).startswith(reason)


def test_page_config_builds_its_trigger() -> None:
    page = PageConfig(name="p", url="https://example.org/", schedule="30 8 * * 1")
    fire = page.trigger(BERLIN).get_next_fire_time(None, SATURDAY)
    assert fire == dt.datetime(2025, 11, 24, 8, 30, tzinfo=BERLIN)


@given(st.sets(st.integers(0, 7), min_size=1))
def test_any_day_list_fires_on_those_weekdays(days: set[int]) -> None:
    schedule = "0 12 * * " + ",".join(str(day) for day in sorted(days))
    wanted = {day % 7 for day in days}  # crontab: 0 = Sunday
    now = SATURDAY
    for _ in range(len(wanted)):
        now = next_fire(schedule, now)
        assert (now.isoweekday() % 7) in wanted
        now += dt.timedelta(minutes=1)


# --- the check without APScheduler (rvr_watch.config.cron.surely_valid) ---------------

_NUMBER = (st.integers(0, 12) | st.integers(0, 31) | st.integers(0, 70)).map(str)
_PART = st.one_of(
    st.just("*"),
    _NUMBER,
    st.builds(lambda a, b: f"{a}-{b}", _NUMBER, _NUMBER),
    st.builds(lambda s: f"*/{s}", _NUMBER),
    st.builds(lambda a, b, s: f"{a}-{b}/{s}", _NUMBER, _NUMBER, _NUMBER),
    st.builds(lambda a, s: f"{a}/{s}", _NUMBER, _NUMBER),
    st.sampled_from(["jan", "last", "xth", "", "L", "?", "1-", "-1", "05"]),
)
_FIELD = st.lists(_PART, min_size=1, max_size=3).map(",".join)
_DOW = st.sampled_from(["*", "1-5", "0", "sun", "mon,wed", "*/2"])


def _apscheduler_accepts(fields: dict[str, str]) -> bool:
    from apscheduler.triggers.cron import CronTrigger

    try:
        trigger = CronTrigger(timezone=ZoneInfo("UTC"), **fields)
    except ValueError:
        return False
    now = dt.datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    return trigger.get_next_fire_time(None, now) is not None


@given(
    st.tuples(st.none() | _FIELD, _FIELD, _FIELD, _FIELD, _FIELD, _DOW),
)
def test_what_the_fast_check_accepts_apscheduler_accepts(
    parts: tuple[str | None, str, str, str, str, str],
) -> None:
    """The shortcut may say "not sure", never "fine" where APScheduler would refuse."""
    schedule = " ".join(part for part in parts if part is not None)
    try:
        fields = cron_fields(schedule)
    except ValueError:  # a field count or day of week cron_fields refuses itself
        return
    if surely_valid(fields):
        assert _apscheduler_accepts(fields), schedule


@pytest.mark.parametrize(
    "schedule",
    ["0 */2 * * *", "0 * * * *", "*/5 * * * * *", "15 8,12,16 * * 1-5", "@daily", "0 0 29 2 *"],
)
def test_common_schedules_are_checked_without_apscheduler(schedule: str) -> None:
    assert surely_valid(cron_fields(schedule))


@pytest.mark.parametrize(
    "schedule", ["0 0 30 2 *", "0 0 31 4,6,9,11 *", "61 * * * *", "*/0 * * * *", "0 0 L * *"]
)
def test_the_rest_is_left_to_apscheduler(schedule: str) -> None:
    assert not surely_valid(cron_fields(schedule))


def test_a_one_shot_config_check_does_not_import_apscheduler() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from rvr_watch.config.cron import check_schedule\n"
        "check_schedule('0 */2 * * *'); check_schedule('*/5 * * * * *')\n"
        "print('apscheduler' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
