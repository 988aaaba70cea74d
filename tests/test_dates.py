"""The German date/time grammar: the forms from the pages, and properties over generated ones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dates import When, find_dates, parse_times, parse_when, search_when

BERLIN = ZoneInfo("Europe/Berlin")


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=BERLIN)


NOV27 = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "27. November 2025 von 17:00 Uhr bis 19:00 Uhr",
            When(NOV27, None, at(2025, 11, 27, 17), at(2025, 11, 27, 19)),
        ),
        (
            "27. November 2025 von 17:00\u00a0Uhr bis 19:00\u00a0Uhr - mit Ausklang",
            When(NOV27, None, at(2025, 11, 27, 17), at(2025, 11, 27, 19)),
        ),
        ("27.11.2025, 17–19 Uhr", When(NOV27, None, at(2025, 11, 27, 17), at(2025, 11, 27, 19))),
        (
            "Do., 27.11.25 | 17.00 - 19.00 Uhr",
            When(NOV27, None, at(2025, 11, 27, 17), at(2025, 11, 27, 19)),
        ),
        (
            "Donnerstag, 27. Nov. 2025, 17:30 — 19 Uhr",
            When(NOV27, None, at(2025, 11, 27, 17, 30), at(2025, 11, 27, 19)),
        ),
        ("27.11.2025 ab 17 Uhr", When(NOV27, None, at(2025, 11, 27, 17), None)),
        ("am 27.11.2025 um 17 Uhr", When(NOV27, None, at(2025, 11, 27, 17), None)),
        ("12.–13. März 2026", When(dt.date(2026, 3, 12), dt.date(2026, 3, 13), None, None)),
        ("12. März – 13. März 2026", When(dt.date(2026, 3, 12), dt.date(2026, 3, 13), None, None)),
        ("12.03.–13.03.2026", When(dt.date(2026, 3, 12), dt.date(2026, 3, 13), None, None)),
        (
            "30. April bis 2. Mai 2026",
            When(dt.date(2026, 4, 30), dt.date(2026, 5, 2), None, None),
        ),
        (
            "30. Dezember – 2. Januar 2026",
            When(dt.date(2025, 12, 30), dt.date(2026, 1, 2), None, None),
        ),
        (
            "12.–13. März 2026, jeweils 9–16 Uhr",
            When(
                dt.date(2026, 3, 12), dt.date(2026, 3, 13), at(2026, 3, 12, 9), at(2026, 3, 13, 16)
            ),
        ),
        ("Talentschmiede (19.05.2025)", When(dt.date(2025, 5, 19), None, None, None)),
        ("5. Mär 2026", When(dt.date(2026, 3, 5), None, None, None)),
        ("12. Sept. 2026", When(dt.date(2026, 9, 12), None, None, None)),
        ("3. Jänner 2026", When(dt.date(2026, 1, 3), None, None, None)),
        ("Mo, 2.6.2025 um 10 Uhr", When(dt.date(2025, 6, 2), None, at(2025, 6, 2, 10), None)),
        (
            "31.12.2025, 22–2 Uhr",
            When(dt.date(2025, 12, 31), None, at(2025, 12, 31, 22), at(2026, 1, 1, 2)),
        ),
    ],
)
def test_forms_from_event_pages(text: str, expected: When) -> None:
    assert parse_when(text, BERLIN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thema: Karriere in GE? Mach’s mit Wasserstoff!",
        "Programm (172 KB)",
        "H2PopUpLab, Bahnhofstraße 69, 45879 Gelsenkirchen",
        "+49 201 2069-490",
        "31.02.2025",  # no such day
        "12.–13. März",  # no year, no default
        "in vier Workshops in 2025",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_when(text, BERLIN) is None


def test_a_range_ending_before_it_starts_is_no_range() -> None:
    # Only the well-formed tail "12. März 2026" is a date.
    assert parse_when("13.–12. März 2026", BERLIN) == When(dt.date(2026, 3, 12), None, None, None)


def test_default_year_for_dates_without_one() -> None:
    assert parse_when("27.11., 17 Uhr", BERLIN, default_year=2025) == When(
        NOV27, None, at(2025, 11, 27, 17), None
    )
    assert parse_when("27.11., 17 Uhr", BERLIN) is None


def test_an_hour_after_a_date_is_not_a_two_digit_year() -> None:
    when = parse_when("27.11. 17:00 Uhr", BERLIN, default_year=2025)
    assert when == When(NOV27, None, at(2025, 11, 27, 17), None)


def test_a_bare_number_after_a_date_is_no_time() -> None:
    assert parse_when("27.11.2025, 17 Teilnehmende", BERLIN) == When(NOV27, None, None, None)


def test_offsets_in_winter_and_summer() -> None:
    winter = parse_when("27.11.2025, 17–19 Uhr", BERLIN)
    summer = parse_when("19.05.2025, 17–19 Uhr", BERLIN)
    assert winter is not None and winter.start is not None
    assert summer is not None and summer.start is not None
    assert winter.start.isoformat() == "2025-11-27T17:00:00+01:00"
    assert summer.start.isoformat() == "2025-05-19T17:00:00+02:00"


def test_span_covers_weekday_date_and_time() -> None:
    text = "Termin: Do., 27.11.25 | 17.00 - 19.00 Uhr - mit Ausklang"
    found = search_when(text, BERLIN)
    assert found is not None
    assert text[found.begin : found.end] == "Do., 27.11.25 | 17.00 - 19.00 Uhr"
    assert search_when(text, BERLIN, anchored=True) is None
    assert search_when(text, BERLIN, pos=8, anchored=True) == found


def test_find_dates_in_prose() -> None:
    text = (
        "Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie Essen bildete den "
        "Startschuss; der Workshop folgte am 19.05.2025 in Dortmund, mit 25 Teilnehmenden."
    )
    second = text.index("19.05.2025")
    assert find_dates(text) == [
        (dt.date(2025, 3, 19), 28, 41),
        (dt.date(2025, 5, 19), second, second + 10),
    ]
    assert text[28:41] == "19. März 2025"


def test_parse_times_for_a_separate_time_line() -> None:
    assert parse_times("17:00 – 19:00 Uhr", NOV27, BERLIN) == (
        at(2025, 11, 27, 17),
        at(2025, 11, 27, 19),
    )
    assert parse_times("ganztägig", NOV27, BERLIN) is None


# --- properties: render generated dates in the page's German forms, parse them back ----

_MONTH_NAMES = {
    1: ["Januar", "Jan.", "Jänner"], 2: ["Februar", "Feb."], 3: ["März", "Mär", "Mrz."],
    4: ["April", "Apr."], 5: ["Mai"], 6: ["Juni", "Jun."], 7: ["Juli", "Jul."],
    8: ["August", "Aug."], 9: ["September", "Sept.", "Sep."], 10: ["Oktober", "Okt."],
    11: ["November", "Nov."], 12: ["Dezember", "Dez."],
}  # fmt: skip
_WEEKDAYS = [
    ("Montag", "Mo."), ("Dienstag", "Di."), ("Mittwoch", "Mi."), ("Donnerstag", "Do."),
    ("Freitag", "Fr."), ("Samstag", "Sa."), ("Sonntag", "So."),
]  # fmt: skip
_DASHES = st.sampled_from(["-", "–", "—", " - ", " – ", " bis "])
_SPACES = st.sampled_from([" ", "\u00a0"])


@st.composite
def _day(draw: st.DrawFn, d: dt.date) -> str:
    form = draw(st.sampled_from(["name", "numeric4", "numeric2"]))
    if form == "name":
        day = f"{d.day}.{draw(_SPACES)}{draw(st.sampled_from(_MONTH_NAMES[d.month]))} {d.year}"
    elif form == "numeric4":
        day = f"{d.day:02d}.{d.month:02d}.{d.year}"
    else:
        day = f"{d.day}.{d.month}.{d.year % 100:02d}"
    weekday = draw(st.sampled_from(["", "long", "short"]))
    if weekday:
        long, short = _WEEKDAYS[d.weekday()]
        day = f"{long if weekday == 'long' else short}, {day}"
    return day


def _clock(t: dt.time, style: str) -> str:
    if style == "colon":
        return f"{t.hour:02d}:{t.minute:02d}"
    if style == "dot":
        return f"{t.hour}.{t.minute:02d}"
    return str(t.hour)


_DATES = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31))
# A page writes a wall-clock time: no seconds, and no "fold" (which of a repeated hour).
_TIMES = st.times().map(lambda t: t.replace(second=0, microsecond=0, fold=0))


@given(st.data(), _DATES, _TIMES, st.integers(min_value=1, max_value=10 * 60))
def test_single_day_with_time_range_round_trips(
    data: st.DataObject, day: dt.date, start: dt.time, minutes: int
) -> None:
    start_dt = dt.datetime.combine(day, start)
    end_dt = start_dt + dt.timedelta(minutes=minutes)
    if end_dt.date() != day:
        return
    whole_hours = start.minute == 0 and end_dt.minute == 0
    style = data.draw(
        st.sampled_from(["colon", "dot", "hour"] if whole_hours else ["colon", "dot"])
    )
    sep = data.draw(st.sampled_from([", ", " | ", " von ", " "]))
    uhr = data.draw(st.sampled_from([" Uhr", "\u00a0Uhr"])) if style == "hour" else " Uhr"
    first_uhr = data.draw(st.sampled_from(["", uhr]))
    text = (
        f"{data.draw(_day(day))}{sep}{_clock(start, style)}{first_uhr}"
        f"{data.draw(_DASHES)}{_clock(end_dt.time(), style)}{uhr}"
    )
    when = parse_when(text, BERLIN)
    assert when is not None, text
    assert when.date == day
    assert when.end_date is None
    assert when.start == dt.datetime.combine(day, start, tzinfo=BERLIN)
    assert when.end == dt.datetime.combine(day, end_dt.time(), tzinfo=BERLIN)
    # Aware in the page's zone: +01:00 in winter, +02:00 in summer.
    assert when.start.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
    assert when.start.utcoffset() == BERLIN.utcoffset(dt.datetime.combine(day, start))


@given(st.data(), _DATES, st.integers(min_value=0, max_value=23))
def test_open_end_round_trips(data: st.DataObject, day: dt.date, hour: int) -> None:
    text = f"{data.draw(_day(day))} ab {hour} Uhr – mit Ausklang"
    assert parse_when(text, BERLIN) == When(
        day, None, dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN), None
    )


@given(st.data(), _DATES, st.integers(min_value=1, max_value=20))
def test_multi_day_ranges_round_trip(data: st.DataObject, first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    if last.year > 2099:
        return
    dash = data.draw(_DASHES)
    if first.month == last.month and first.year == last.year:
        month = data.draw(st.sampled_from(_MONTH_NAMES[last.month]))
        text = data.draw(
            st.sampled_from(
                [
                    f"{first.day}.{dash}{last.day}. {month} {last.year}",
                    f"{first.day:02d}.{first.month:02d}.{dash}{last.day:02d}.{last.month:02d}."
                    f"{last.year}",
                ]
            )
        )
    else:
        text = (
            f"{first.day}. {data.draw(st.sampled_from(_MONTH_NAMES[first.month]))}"
            + (f" {first.year}" if first.year != last.year else "")
            + f"{dash}{last.day}. {data.draw(st.sampled_from(_MONTH_NAMES[last.month]))}"
            + f" {last.year}"
        )
    hours = data.draw(st.sampled_from(["", ", jeweils 9–16 Uhr"]))
    when = parse_when(text + hours, BERLIN)
    assert when is not None, text
    assert (when.date, when.end_date) == (first, last)
    if hours:
        assert when.start == dt.datetime(first.year, first.month, first.day, 9, tzinfo=BERLIN)
        assert when.end == dt.datetime(last.year, last.month, last.day, 16, tzinfo=BERLIN)
    else:
        assert (when.start, when.end) == (None, None)


@given(st.data(), _DATES, st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü ,", max_size=40))
def test_find_dates_spans_point_at_the_date(data: st.DataObject, day: dt.date, filler: str) -> None:
    rendered = data.draw(_day(day))
    text = f"Die Veranstaltung am {rendered} {filler}".strip()
    found = find_dates(text)
    assert found == [(day, 21, 21 + len(rendered))]


# --- "17.06" after a date: a second date, or a time? ----------------------------------


@given(
    st.data(),
    st.lists(_DATES, min_size=2, max_size=2, unique=True),
    st.sampled_from([" ", ", ", " | ", " / ", "; "]),  # not a range: no dash, no "bis"
)
def test_a_second_numeric_date_is_never_read_as_a_time(
    data: st.DataObject, days: list[dt.date], sep: str
) -> None:
    first, second = days
    rendered = data.draw(_day(first))
    nxt = data.draw(
        st.sampled_from(
            [
                f"{second.day:02d}.{second.month:02d}.{second.year}",
                f"{second.day}.{second.month:02d}.{second.year % 100:02d}",
                f"{second.day:02d}.{second.month:02d}.",
            ]
        )
    )
    text = f"{rendered}{sep}{nxt}"
    default = second.year if nxt.endswith(".") else None
    assert parse_when(text, BERLIN, default_year=default) == When(first, None, None, None), text
    found = find_dates(text, default_year=default)
    assert [day for day, _, _ in found] == [first, second], text


@given(
    st.data(),
    _DATES,
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
)
def test_a_dotted_time_needs_uhr_unless_it_cannot_be_a_day(
    data: st.DataObject, day: dt.date, hour: int, minute: int
) -> None:
    clock = f"{hour}.{minute:02d}"
    sep = data.draw(st.sampled_from([", ", " ", " | ", " um ", " ab "]))
    uhr = data.draw(st.sampled_from([" Uhr", "\u00a0Uhr", ""]))
    when = parse_when(f"{data.draw(_day(day))}{sep}{clock}{uhr}", BERLIN)
    assert when is not None
    expected = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BERLIN)
    could_be_a_day = 1 <= hour <= 31 and 1 <= minute <= 12
    if uhr or not could_be_a_day:
        assert when.start == expected
    else:  # "10.06.2027 7.06": a day and month as much as a time: not guessed
        assert when.start is None
    # A labelled time ("Uhrzeit: 17.06") is a time whatever its minutes.
    assert parse_times(clock, day, BERLIN) == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.06.2027 17.06.2027", When(dt.date(2027, 6, 10), None, None, None)),
        ("10.06.2027, 17.06.2027", When(dt.date(2027, 6, 10), None, None, None)),
        ("10.06.2027, 17.00 Uhr", When(dt.date(2027, 6, 10), None, at(2027, 6, 10, 17), None)),
        ("10.06.2027, 17.06 Uhr", When(dt.date(2027, 6, 10), None, at(2027, 6, 10, 17, 6), None)),
        (
            "10.06.2027 | 17.00 - 19.00",
            When(dt.date(2027, 6, 10), None, at(2027, 6, 10, 17), at(2027, 6, 10, 19)),
        ),
        ("10.06.2027, 9.05 - 11.00", When(dt.date(2027, 6, 10), None, None, None)),
        (
            "am 10.06.2027 um 17.30.",
            When(dt.date(2027, 6, 10), None, at(2027, 6, 10, 17, 30), None),
        ),
        # An end before the start is no range: the first day stands alone.
        ("10.06.2027 – 03.06.2027", When(dt.date(2027, 6, 10), None, None, None)),
    ],
)
def test_dotted_clock_or_next_date(text: str, expected: When) -> None:
    assert parse_when(text, BERLIN) == expected


def test_find_dates_reads_a_date_right_after_another() -> None:
    june = [dt.date(2027, 6, 10), dt.date(2027, 6, 17)]
    assert [day for day, _, _ in find_dates("10.06.2027 17.06.2027")] == june
    assert [day for day, _, _ in find_dates("10.06.2027, 17.06.2027")] == june
    backwards = find_dates("10.06.2027 – 03.06.2027")
    assert [day for day, _, _ in backwards] == [dt.date(2027, 6, 10), dt.date(2027, 6, 3)]
