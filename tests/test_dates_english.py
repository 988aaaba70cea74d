"""English dates and times, daily hours of multi-day events, ISO values and offsets.

The property tests render a generated date (and time range) in the forms English
pages write — month first or day first, ordinals, weekdays, am/pm with ":" or ".",
24-hour clocks — and demand exactly that date and time back, with the right offset
in winter and summer.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dates import When, parse_iso, parse_times, parse_when, search_when, times_at
from scraper.model import DailyHours

BERLIN = ZoneInfo("Europe/Berlin")


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=BERLIN)


MAR10 = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "March 10, 2026, 8:30 am – 10:30 am",
            When(MAR10, None, at(2026, 3, 10, 8, 30), at(2026, 3, 10, 10, 30)),
        ),
        ("10 March 2026", When(MAR10, None, None, None)),
        (
            "Tuesday, 10 March 2026, 4.15 pm – 5.45 pm",
            When(MAR10, None, at(2026, 3, 10, 16, 15), at(2026, 3, 10, 17, 45)),
        ),
        ("Tue, Mar 10, 2026 at 5 pm", When(MAR10, None, at(2026, 3, 10, 17), None)),
        (
            "10th of March 2026, 11 am – 1 pm",
            When(MAR10, None, at(2026, 3, 10, 11), at(2026, 3, 10, 13)),
        ),
        ("March 10th, 2026, 3:30 p.m.", When(MAR10, None, at(2026, 3, 10, 15, 30), None)),
        (
            "10 March 2026, from 3 to 5 pm",
            When(MAR10, None, at(2026, 3, 10, 15), at(2026, 3, 10, 17)),
        ),
        (
            "10 March 2026, 12 pm – 1.30 pm",
            When(MAR10, None, at(2026, 3, 10, 12), at(2026, 3, 10, 13, 30)),
        ),
        ("10 March 2026, 17:00–19:00", When(MAR10, None, at(2026, 3, 10, 17), at(2026, 3, 10, 19))),
        (
            "12–13 March 2026, daily 9 am – 4 pm",
            When(
                dt.date(2026, 3, 12), dt.date(2026, 3, 13), at(2026, 3, 12, 9), at(2026, 3, 13, 16)
            ),
        ),
        ("March 11–12, 2027", When(dt.date(2027, 3, 11), dt.date(2027, 3, 12), None, None)),
        ("March 30 – April 2, 2027", When(dt.date(2027, 3, 30), dt.date(2027, 4, 2), None, None)),
        (
            "December 30, 2026 to January 2, 2027",
            When(dt.date(2026, 12, 30), dt.date(2027, 1, 2), None, None),
        ),
        ("Wed, Jun. 10, 2026, 6 pm", When(dt.date(2026, 6, 10), None, at(2026, 6, 10, 18), None)),
        ("2026-06-10", When(dt.date(2026, 6, 10), None, None, None)),
        (
            "2026-06-10, 17:00 – 19:00 Uhr",
            When(dt.date(2026, 6, 10), None, at(2026, 6, 10, 17), at(2026, 6, 10, 19)),
        ),
        ("2026-06-10T15:00:00Z", When(dt.date(2026, 6, 10), None, at(2026, 6, 10, 17), None)),
        # a middle dot between date and time (Neos/Drupal cards)
        ("16. April 2026 · 10:00 Uhr", When(dt.date(2026, 4, 16), None, at(2026, 4, 16, 10), None)),
    ],
)
def test_english_and_iso_forms(text: str, expected: When) -> None:
    assert parse_when(text, BERLIN) == expected


@pytest.mark.parametrize(
    "text",
    ["You may 5 times", "3 pm", "Room 12 - 13 people", "10 March", "March 2026", "Marching 10"],
)
def test_no_english_date(text: str) -> None:
    assert parse_when(text, BERLIN) is None


def test_month_first_span_and_anchoring() -> None:
    found = search_when("Next: Wednesday, March 11, 2026, 5 pm. Venue", BERLIN)
    assert found is not None
    assert (found.begin, found.end) == (6, 38)  # "pm." as in "p.m.": the dot goes with it
    assert search_when("Wednesday, March 11, 2026", BERLIN, anchored=True) is not None
    assert search_when("Date: March 11, 2026", BERLIN, anchored=True) is None
    assert parse_when("March 11, 5 pm", BERLIN, default_year=2027) == When(
        dt.date(2027, 3, 11), None, at(2027, 3, 11, 17), None
    )


def test_am_pm_time_line() -> None:
    day = dt.date(2026, 3, 10)
    assert parse_times("3.30 pm", day, BERLIN) == (at(2026, 3, 10, 15, 30), None)
    assert parse_times("11 am – 1 pm", day, BERLIN) == (at(2026, 3, 10, 11), at(2026, 3, 10, 13))
    assert parse_times("13 pm", day, BERLIN) is None


def test_daily_hours_of_a_multi_day_event() -> None:
    when = parse_when("11.–12. März 2027, jeweils 9–16 Uhr", BERLIN)
    assert when is not None
    assert when.daily == DailyHours(dt.time(9), dt.time(16), dt.date(2027, 3, 12))
    assert (when.start, when.end) == (at(2027, 3, 11, 9), at(2027, 3, 12, 16))  # as before
    open_end = parse_when("11.–12. März 2027, jeweils ab 9 Uhr", BERLIN)
    assert open_end is not None and open_end.daily == DailyHours(
        dt.time(9), None, dt.date(2027, 3, 12)
    )
    one_day = parse_when("11. März 2027, 9–16 Uhr", BERLIN)
    assert one_day is not None and one_day.daily is None
    no_time = parse_when("11.–12. März 2027", BERLIN)
    assert no_time is not None and no_time.daily is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-01-20T16:00:00Z", at(2027, 1, 20, 17)),
        ("2027-07-20T16:00:00Z", at(2027, 7, 20, 18)),  # summer: +02:00
        ("2027-07-20T18:00:00+02:00", at(2027, 7, 20, 18)),
        ("2027-07-20T18:00:00.000+0200", at(2027, 7, 20, 18)),
        ("2027-07-20T18:00", at(2027, 7, 20, 18)),
        ("2027-07-20 18:00:00", at(2027, 7, 20, 18)),
        ("2027-07-20", dt.date(2027, 7, 20)),
        ("2027-02-30", None),
        ("20.07.2027", None),
        ("", None),
    ],
)
def test_parse_iso(value: str, expected: object) -> None:
    got = parse_iso(value, BERLIN)
    assert got == expected
    if isinstance(got, dt.datetime):
        assert got.utcoffset() == got.astimezone(BERLIN).utcoffset()
        assert got.tzinfo == BERLIN


# --- property: English renderings read back ---------------------------------------------

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DATES = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31))


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def english_day(draw: st.DrawFn, d: dt.date) -> str:
    month = draw(
        st.sampled_from([_MONTHS[d.month - 1], _SHORT[d.month - 1], _SHORT[d.month - 1] + "."])
    )
    day = draw(st.sampled_from([str(d.day), _ordinal(d.day)]))
    form = draw(st.sampled_from(["{m} {d}, {y}", "{d} {m} {y}", "{m} {d} {y}", "{d} of {m} {y}"]))
    text = form.format(m=month, d=day, y=d.year)
    if draw(st.booleans()):
        weekday = _WEEKDAYS[d.weekday()]
        text = f"{draw(st.sampled_from([weekday, weekday[:3] + ',', weekday[:3] + '.']))} {text}"
        text = text.replace(f"{weekday} ", f"{weekday}, ", 1)
    return text


def _english_clock(t: dt.time, style: str) -> str:
    """17:30 as "17:30" (24h), "5:30 pm" (short: "5 pm" on the hour), "5:30 pm" (long),
    "5:30 p.m." (dots) or "5.30 pm" (dotted)."""
    if style == "24h":
        return f"{t.hour:02d}:{t.minute:02d}"
    hour = t.hour % 12 or 12
    mark = "am" if t.hour < 12 else "pm"
    if style == "dots":
        mark = f"{mark[0]}.m."
    if style == "short" and t.minute == 0:
        return f"{hour} {mark}"
    return f"{hour}{'.' if style == 'dotted' else ':'}{t.minute:02d} {mark}"


@given(st.data(), _DATES, st.integers(6 * 60, 20 * 60), st.integers(15, 180))
def test_english_day_and_time_range_round_trips(
    data: st.DataObject, day: dt.date, minutes: int, length: int
) -> None:
    start_t = dt.time(minutes // 60, minutes % 60)
    end_minutes = min(minutes + length, 23 * 60 + 59)
    end_t = dt.time(end_minutes // 60, end_minutes % 60)
    style = data.draw(st.sampled_from(["24h", "short", "long", "dots", "dotted"]))
    dash = data.draw(st.sampled_from([" – ", "-", " to ", " - "]))
    clocks = f"{_english_clock(start_t, style)}{dash}{_english_clock(end_t, style)}"
    text = f"{data.draw(english_day(day))}, {clocks}"
    start = dt.datetime.combine(day, start_t, tzinfo=BERLIN)
    end = dt.datetime.combine(day, end_t, tzinfo=BERLIN)
    assert parse_when(text, BERLIN) == When(day, None, start, end), text


@given(st.data(), _DATES, st.integers(1, 20))
def test_english_multi_day_ranges_round_trip(
    data: st.DataObject, first: dt.date, days: int
) -> None:
    last = first + dt.timedelta(days=days)
    if last.year > 2099:
        return
    m1, m2 = _MONTHS[first.month - 1], _MONTHS[last.month - 1]
    if first.month == last.month and first.year == last.year:
        forms = [
            f"{first.day}–{last.day} {m2} {last.year}",
            f"{m1} {first.day}–{last.day}, {last.year}",
        ]
    else:
        forms = [f"{m1} {first.day} – {m2} {last.day}, {last.year}",
                 f"{first.day} {m1} {first.year} to {last.day} {m2} {last.year}"]  # fmt: skip
    text = data.draw(st.sampled_from(forms)) + ", daily 9 am – 4 pm"
    got = parse_when(text, BERLIN)
    assert got is not None, text
    assert (got.date, got.end_date) == (first, last), text
    assert got.daily == DailyHours(dt.time(9), dt.time(16), last)


# --- a date and time up to another date and time ------------------------------------------

FEB5_9 = at(2026, 2, 5, 9)
FEB6_16 = at(2026, 2, 6, 16)
SPAN = When(dt.date(2026, 2, 5), dt.date(2026, 2, 6), FEB5_9, FEB6_16, spans=True)


@pytest.mark.parametrize(
    "text",
    [
        "05.02.2026, 09:00 Uhr bis 06.02.2026, 16:00 Uhr",
        "5. Februar 2026, 09:00 Uhr bis 6. Februar 2026, 16:00 Uhr",
        "Do., 05.02.2026, 09:00 Uhr bis Fr., 06.02.2026, 16:00 Uhr",
        "February 5, 2026, 9:00 am – February 6, 2026, 4:00 pm",
        "5 February 2026, 9 am to 6 February 2026, 4 pm",
    ],
)
def test_date_and_time_to_another_date_and_time(text: str) -> None:
    found = search_when(f"{text} – Werkstatt", BERLIN)
    assert found is not None
    assert found.when == SPAN
    assert (found.begin, found.end) == (0, len(text))  # the title after it stays out
    assert found.when.daily is None  # one stretch, not hours of each day


def test_a_time_range_is_not_read_into_a_following_date() -> None:
    # "bis 06.02" is the next date, not 06:02; without a later time the end is open.
    when = parse_when("05.02.2026, 09:00 Uhr bis 06.02.2026", BERLIN)
    assert when == When(dt.date(2026, 2, 5), dt.date(2026, 2, 6), FEB5_9, None, spans=True)
    # A later date that is not after the first is no end: the first date stands alone.
    assert parse_when("05.02.2026, 09:00 Uhr – 01.02.2026", BERLIN) == When(
        dt.date(2026, 2, 5), None, FEB5_9, None
    )


def test_times_at_the_start_of_a_line_and_where_they_end() -> None:
    line = "9:00 bis 16:00 Uhr, IHK zu Essen, Am Waldthausenpark 2, 45127 Essen"
    day = dt.date(2026, 2, 10)
    found = times_at(line, day, BERLIN)
    assert found == (at(2026, 2, 10, 9), at(2026, 2, 10, 16), len("9:00 bis 16:00 Uhr"))
    assert times_at("45127 Essen", day, BERLIN) is None
    assert times_at("2. OG, Raum 3", day, BERLIN) is None


_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]  # fmt: skip
_DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _german_day(d: dt.date, form: str) -> str:
    if form == "numeric":
        return f"{d:%d.%m.%Y}"
    if form == "weekday":
        return f"{_DE_WEEKDAYS[d.weekday()]}, {d.day}. {_DE_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day}. {_DE_MONTHS[d.month - 1]} {d.year}"


@given(
    st.data(),
    _DATES,
    st.integers(1, 10),
    st.integers(6 * 60, 22 * 60),
    st.integers(6 * 60, 22 * 60),
)
def test_date_time_to_date_time_round_trips(
    data: st.DataObject, first: dt.date, days: int, start_min: int, end_min: int
) -> None:
    last = first + dt.timedelta(days=days)
    start_t = dt.time(start_min // 60, start_min % 60)
    end_t = dt.time(end_min // 60, end_min % 60)
    language = data.draw(st.sampled_from(["de", "en"]))
    if language == "de":
        form = data.draw(st.sampled_from(["numeric", "weekday", "named"]))
        sep = data.draw(st.sampled_from([" bis ", " – ", " - "]))
        text = (
            f"{_german_day(first, form)}, {start_t:%H:%M} Uhr{sep}"
            f"{_german_day(last, form)}, {end_t:%H:%M} Uhr"
        )
    else:
        sep = data.draw(st.sampled_from([" – ", " to ", " until "]))
        style = data.draw(st.sampled_from(["24h", "short", "dots"]))
        text = (
            f"{data.draw(english_day(first))}, {_english_clock(start_t, style)}{sep}"
            f"{data.draw(english_day(last))}, {_english_clock(end_t, style)}"
        )
    got = parse_when(text, BERLIN)
    start = dt.datetime.combine(first, start_t, tzinfo=BERLIN)
    end = dt.datetime.combine(last, end_t, tzinfo=BERLIN)
    assert got == When(first, last, start, end, spans=True), text


# --- German forms from parser-findings rounds 9–11 -----------------------------------------

MAR12 = dt.date(2026, 3, 12)
MAR13 = dt.date(2026, 3, 13)
DAILY_9_16 = When(MAR12, MAR13, at(2026, 3, 12, 9), at(2026, 3, 13, 16))


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("Donnerstag, den 12. März 2026", When(MAR12, None, None, None), 29),
        ("vom 12. bis 13. März 2026, jeweils von 9 bis 16 Uhr", DAILY_9_16, 51),
        ("am 12. März 2026, 17 Uhr", When(MAR12, None, at(2026, 3, 12, 17), None), 24),
        ("12./13. März 2026, jeweils 9–16 Uhr", DAILY_9_16, 35),
        (
            "12.03.2026, 17:00 – ca. 19:30 Uhr",
            When(MAR12, None, at(2026, 3, 12, 17), at(2026, 3, 12, 19, 30)),
            33,
        ),
        ("27.11.2025 / 12.12.2025", When(dt.date(2025, 11, 27), None, None, None), 10),
        # a suffix after the time belongs to it (the zone is the configured one)
        ("12.03.2026, 17.00 h", When(MAR12, None, at(2026, 3, 12, 17), None), 19),
        ("12.03.2026, 17:00 Uhr (MEZ)", When(MAR12, None, at(2026, 3, 12, 17), None), 27),
        (
            "12 March 2026, 17:00–19:00 CET",
            When(MAR12, None, at(2026, 3, 12, 17), at(2026, 3, 12, 19)),
            30,
        ),
    ],
)
def test_german_forms_at_the_start_of_a_line(text: str, expected: When, span: int) -> None:
    found = search_when(text, BERLIN, anchored=True)
    assert found is not None
    assert found.when == expected
    assert (found.begin, found.end) == (0, span)


def test_am_and_vom_before_a_date_only_open_a_line() -> None:
    # In prose the parser reads "am"/"vom" before a date itself (the title before it).
    found = search_when("Die Auftaktveranstaltung am 19. März 2025 in Essen", BERLIN)
    assert found is not None and found.begin == len("Die Auftaktveranstaltung am ")
    assert search_when("amüsant 12. März 2026", BERLIN, anchored=True) is None
