"""Red-team forms of the date grammar: writings German and English event pages use.

Each property renders a generated date (and time) in one family of forms — slashed
and ISO dates, two-digit years, weekday abbreviations with and without a stop, month
names abbreviated or in capitals, "h" times, start labels ("Beginn:", "Einlass …,
Beginn …"), the academic quarter (c.t./s.t.), "noon", ranges across months and years,
yearless dates under an academic year — and demands exactly that value back, with
the whole writing in the match's span (no "c.t." left over for the note). The
negative tests are things that are no dates, so the new forms add no false events.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dates import When, find_dates, parse_when, search_when
from scraper.parsers import get_parser

BERLIN = ZoneInfo("Europe/Berlin")
_DATES = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31))
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"]  # fmt: skip
_SHORT_MONTHS = ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.",
                 "Okt.", "Nov.", "Dez."]  # fmt: skip
_DE_WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
_EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DASHES = st.sampled_from(["-", "–", "—", " - ", " – ", " — ", " bis "])


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def _later(start: dt.datetime, quarters: int) -> dt.datetime | None:
    """``quarters`` quarter hours after ``start``, or ``None`` on the next day."""
    later = start + dt.timedelta(minutes=15 * quarters)
    return later if later.date() == start.date() else None


def _whole(text: str, **kwargs: object) -> When:
    """The date the whole of ``text`` is read as (the span covers it to the end)."""
    found = search_when(text, BERLIN, **kwargs)  # type: ignore[arg-type]
    assert found is not None, text
    assert (found.begin, found.end) == (0, len(text)), (text, text[found.begin : found.end])
    return found.when


@st.composite
def _weekday(draw: st.DrawFn, day: dt.date) -> str:
    """A weekday before a date as pages write it: "Mi", "Mi.", "Mi.,", "MI", "Wed", …,
    also glued to the date ("Mi14.01.2027", "Mi.14.01.2027")."""
    german, english = _DE_WEEKDAYS[day.weekday()], _EN_WEEKDAYS[day.weekday()]
    return draw(
        st.sampled_from(
            [
                "",
                f"{german} ",
                f"{german}. ",
                f"{german}., ",
                f"{german}, ",
                f"{german.upper()} ",
                f"{german.upper()}., ",
                f"{english} ",
                f"{english}, ",
                f"{english.upper()} ",
                # glued to the date, as a card's spans read ("<span>Do</span><span>14…")
                german,
                f"{german}.",
                german.upper(),
                english,
            ]
        )
    )


@st.composite
def _numeric_day(draw: st.DrawFn, day: dt.date) -> str:
    """A day in digits: dotted or slashed, day first, with a four- or two-digit year."""
    sep = draw(st.sampled_from([".", "/"]))
    dd = draw(st.sampled_from([f"{day.day:02d}", str(day.day)]))
    mm = draw(st.sampled_from([f"{day.month:02d}", str(day.month)]))
    yy = draw(st.sampled_from([str(day.year), f"{day.year % 100:02d}"]))
    return f"{dd}{sep}{mm}{sep}{yy}"


@st.composite
def _named_day(draw: st.DrawFn, day: dt.date) -> str:
    """A day with its month's name: in full, abbreviated, in capitals; "Jänner"."""
    names = [_MONTHS[day.month - 1], _SHORT_MONTHS[day.month - 1]]
    names += ["Jänner", "Jän."] if day.month == 1 else []
    name = draw(st.sampled_from(names))
    if draw(st.booleans()):
        name = name.upper()
    return f"{day.day}. {name} {day.year}"


# --- days --------------------------------------------------------------------------------


@given(st.data(), _DATES)
def test_numeric_days_with_weekdays_round_trip(data: st.DataObject, day: dt.date) -> None:
    text = data.draw(_weekday(day)) + data.draw(_numeric_day(day))
    assert _whole(text) == When(day, None, None, None)
    assert _whole(text, anchored=True) == When(day, None, None, None)


@given(st.data(), _DATES)
def test_named_days_round_trip(data: st.DataObject, day: dt.date) -> None:
    text = data.draw(_weekday(day)) + data.draw(_named_day(day))
    assert _whole(text) == When(day, None, None, None)


@given(st.data(), _DATES, st.integers(0, 23), st.integers(0, 59))
def test_iso_dates_in_text_round_trip(
    data: st.DataObject, day: dt.date, hour: int, minute: int
) -> None:
    time = data.draw(
        st.sampled_from(["", f", {hour:02d}:{minute:02d} Uhr", f"T{hour:02d}:{minute:02d}"])
    )
    text = f"Termin: {day.isoformat()}{time}"
    expected = _at(day, hour, minute) if time else None
    assert parse_when(text, BERLIN) == When(day, None, expected, None)
    assert [d for d, _, _ in find_dates(text)] == [day]


@given(st.data(), _DATES, st.integers(1, 40))
def test_ranges_across_months_and_years_round_trip(
    data: st.DataObject, first: dt.date, days: int
) -> None:
    last = first + dt.timedelta(days=days)
    if last.year > 2099:
        return
    dash = data.draw(_DASHES)
    form = data.draw(st.sampled_from(["dotted", "slashed", "dotted-short", "named"]))
    if form == "dotted":
        text = f"{first:%d.%m.%Y}{dash}{last:%d.%m.%Y}"
    elif form == "slashed":
        text = f"{first:%d/%m/%Y}{dash}{last:%d/%m/%Y}"
    elif form == "dotted-short":  # the first day takes its year from the last
        if first.year != last.year and (last - first).days > 300:
            return
        text = f"{first:%d.%m.}{dash}{last:%d.%m.%Y}"
    else:
        text = (
            f"{first.day}. {_MONTHS[first.month - 1]} {first.year}{dash}"
            f"{last.day}. {_MONTHS[last.month - 1]} {last.year}"
        )
    assert _whole(text) == When(first, last, None, None)


def test_a_slashed_range_ending_before_it_starts_is_its_first_day() -> None:
    assert _whole("14/01/2027") == parse_when("14/01/2027 – 10/01/2027", BERLIN)


# --- times ---------------------------------------------------------------------------------


_HOURS = st.integers(0, 21)
_MINUTES = st.sampled_from([0, 15, 30, 45])


def _clock(hour: int, minute: int, style: str) -> str:
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    if style == "dot":
        return f"{hour}.{minute:02d}"
    return str(hour)  # "hour": only on the full hour


@given(st.data(), _DATES, _HOURS, _MINUTES, st.integers(1, 8 * 4))
def test_german_times_round_trip(
    data: st.DataObject, day: dt.date, hour: int, minute: int, quarters: int
) -> None:
    start = _at(day, hour, minute)
    end = _later(start, quarters)
    if end is None:
        return
    styles = ["colon", "dot"] + (["hour"] if minute == 0 and end.minute == 0 else [])
    style = data.draw(st.sampled_from(styles))
    a, b = _clock(hour, minute, style), _clock(end.hour, end.minute, style)
    unit = data.draw(st.sampled_from([" Uhr", "\u00a0Uhr", " h", "h"]))
    if unit == "h" and style == "dot":
        unit = " h"  # "18.15h" reads as well, but pages write "18.15 h"
    dash = data.draw(_DASHES)
    forms = {
        f"{a}{unit}": (start, None),
        f"ab {a}{unit}": (start, None),
        f"um {a}{unit}": (start, None),
        f"Beginn: {a}{unit}": (start, None),
        f"Beginn {a}{unit}": (start, None),
        f"Uhrzeit: {a}{unit}": (start, None),
        f"{a}{dash}{b}{unit}": (start, end),
        f"{a}{unit}{dash}{b}{unit}": (start, end),
        f"von {a} bis {b}{unit}": (start, end),
        f"Beginn {a}{unit}, Ende {b}{unit}": (start, end),
    }
    time = data.draw(st.sampled_from(sorted(forms)))
    sep = data.draw(st.sampled_from([", ", " | ", " · ", " "]))
    text = f"{data.draw(_numeric_day(day))}{sep}{time}"
    expected = forms[time]
    assert _whole(text) == When(day, None, *expected)


@given(st.data(), _DATES, st.integers(8, 20), st.integers(1, 4), _MINUTES)
def test_doors_then_start_is_the_start(
    data: st.DataObject, day: dt.date, hour: int, wait: int, minute: int
) -> None:
    doors = _at(day, hour, minute)
    start = _later(doors, wait)
    if start is None:
        return
    label = data.draw(st.sampled_from(["Einlass", "Einlass:", "Einlass ab"]))
    between = data.draw(st.sampled_from([", ", " | ", "; ", " – "]))
    begin = data.draw(st.sampled_from(["Beginn", "Beginn:", "Beginn um"]))
    text = f"{day:%d.%m.%Y}, {label} {doors:%H:%M} Uhr{between}{begin} {start:%H:%M} Uhr"
    assert _whole(text) == When(day, None, start, None)


def test_doors_alone_are_no_start() -> None:
    # The doors' time is not when the event starts; with no "Beginn" there is no start.
    assert parse_when("14.01.2027, Einlass 17 Uhr", BERLIN) == When(
        dt.date(2027, 1, 14), None, None, None
    )
    assert parse_when("14.01.2027, ganztägig", BERLIN) == When(
        dt.date(2027, 1, 14), None, None, None
    )


@given(st.data(), _DATES, st.integers(8, 20), st.sampled_from([0, 1, 2, 3]))
def test_academic_quarter(data: st.DataObject, day: dt.date, hour: int, hours: int) -> None:
    """c.t. (cum tempore) starts a quarter late and ends a stated end a quarter early;
    s.t. (sine tempore) is sharp."""
    mark = data.draw(st.sampled_from(["c.t.", "(c.t.)", "c. t.", "C.T.", "s.t.", "(s.t.)"]))
    clocks = f"{hour}–{hour + hours} Uhr" if hours else f"{hour} Uhr"
    text = f"{day:%d.%m.%Y}, {clocks}{data.draw(st.sampled_from([' ', ', ']))}{mark}"
    quarter = dt.timedelta(minutes=15 if "c" in mark.lower() else 0)
    start = _at(day, hour) + quarter
    end = _at(day, hour + hours) - quarter if hours else None
    assert _whole(text) == When(day, None, start, end)


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip


def _ampm(hour: int, style: str) -> str:
    """18 as "6pm", "6 pm" or "6 p.m."."""
    mark = ("a" if hour < 12 else "p") + "m"
    mark = {"tight": mark, "spaced": f" {mark}", "dots": f" {mark[0]}.m."}[style]
    return f"{hour % 12 or 12}{mark}"


@given(st.data(), _DATES, st.integers(7, 20), st.integers(1, 3))
def test_english_times_round_trip(data: st.DataObject, day: dt.date, hour: int, hours: int) -> None:
    end = hour + hours
    style = data.draw(st.sampled_from(["tight", "spaced", "dots"]))
    dash = data.draw(st.sampled_from(["–", "-", " – ", " to "]))
    forms = [f"{_ampm(hour, style)}{dash}{_ampm(end, style)}", f"from {_ampm(hour, style)}"]
    if (hour < 12) == (end < 12) and hour % 12 < end % 12:
        forms.append(f"{hour % 12 or 12}{dash}{_ampm(end, style)}")  # "6–8pm"
    time = data.draw(st.sampled_from(forms))
    text = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}, {time}"
    expected_end = None if time.startswith("from") else _at(day, end)
    assert _whole(text) == When(day, None, _at(day, hour), expected_end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14 January 2027, noon", (12, 0), None),
        ("14 January 2027, 12 noon", (12, 0), None),
        ("14 January 2027, noon–2pm", (12, 0), (14, 0)),
        ("14 January 2027, 12 noon – 2 pm", (12, 0), (14, 0)),
        ("14 January 2027, 11am–noon", (11, 0), (12, 0)),
        ("14 January 2027, 6 p.m.", (18, 0), None),
        ("14 January 2027, doors 6pm, start 6:30pm", (18, 30), None),
    ],
)
def test_english_noon_and_labels(
    text: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    day = dt.date(2027, 1, 14)
    assert _whole(text) == When(day, None, _at(day, *start), _at(day, *end) if end else None)


# --- yearless dates under an academic year ---------------------------------------------------


@given(st.data(), st.integers(2001, 2098), st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)))
def test_academic_year_gives_autumn_the_first_year_and_spring_the_second(
    data: st.DataObject, first_year: int, when: dt.date
) -> None:
    year = first_year if when.month >= 7 else first_year + 1
    try:
        day = when.replace(year=year)
    except ValueError:  # 29 February
        return
    weekday = _DE_WEEKDAYS[day.weekday()]
    text = data.draw(
        st.sampled_from(
            [f"{weekday}., {day:%d.%m.}", f"{day.day}. {_MONTHS[day.month - 1]}", f"{day:%d.%m.}"]
        )
    )
    assert parse_when(text, BERLIN, default_year=(first_year, first_year + 1)) == When(
        day, None, None, None
    )


def test_academic_year_range_across_the_new_year() -> None:
    assert parse_when("30.12.–02.01.", BERLIN, default_year=(2026, 2027)) == When(
        dt.date(2026, 12, 30), dt.date(2027, 1, 2), None, None
    )
    assert parse_when("Dec 30 – Jan 2", BERLIN, default_year=(2026, 2027)) == When(
        dt.date(2026, 12, 30), dt.date(2027, 1, 2), None, None
    )


_SEMESTER_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Ringvorlesung – Universität</title></head><body><main>
<h1>Ringvorlesung „Transformation der Region“</h1>
<p>Die Ringvorlesung lädt Studierende und die interessierte Öffentlichkeit ein.</p>
<h2>{heading}</h2>
<ul>
<li>Di., 13.10., 18–20 Uhr c.t.: Fachkräfte im Revier</li>
<li>Di., 08.12., 18 Uhr: Wasserstoff und Stahl</li>
<li>Di., 12.01., 18 Uhr s.t.: Weiterbildung als Schlüssel</li>
</ul>
<p>Ort: Hörsaal 2, Emil-Figge-Straße 50, 44227 Dortmund</p>
</main></body></html>"""


@pytest.mark.parametrize(
    "heading",
    [
        "Termine im Wintersemester 2026/27",
        "Termine im Wintersemester 2026/2027",
        "Programm 2026–2027",
    ],
)
def test_page_dates_under_a_winter_semester_heading(heading: str) -> None:
    parse = get_parser("rvr-series")
    page = parse(
        _SEMESTER_PAGE.format(heading=heading),
        "https://uni.example/ringvorlesung",
        BERLIN,
        now=dt.datetime(2026, 9, 1, tzinfo=BERLIN),
    )
    got = [(e.date, e.start, e.end, e.title) for e in page.events]
    assert got == [
        (
            dt.date(2026, 10, 13),
            _at(dt.date(2026, 10, 13), 18, 15),
            _at(dt.date(2026, 10, 13), 19, 45),
            "Fachkräfte im Revier",
        ),
        (dt.date(2026, 12, 8), _at(dt.date(2026, 12, 8), 18), None, "Wasserstoff und Stahl"),
        (dt.date(2027, 1, 12), _at(dt.date(2027, 1, 12), 18), None, "Weiterbildung als Schlüssel"),
    ]
    assert all(e.status == "upcoming" for e in page.events)


def test_page_dates_under_a_summer_semester_heading() -> None:
    parse = get_parser("rvr-series")
    page = parse(
        _SEMESTER_PAGE.format(heading="Termine im Sommersemester 2027")
        .replace("13.10.", "13.04.")
        .replace("08.12.", "08.06.")
        .replace("12.01.", "13.07."),
        "https://uni.example/ringvorlesung",
        BERLIN,
        now=dt.datetime(2027, 3, 1, tzinfo=BERLIN),
    )
    assert [e.date for e in page.events] == [
        dt.date(2027, 4, 13),
        dt.date(2027, 6, 8),
        dt.date(2027, 7, 13),
    ]


# --- not dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.2.3",
        "Update auf 2.10.4 erforderlich",
        "Tel. 0201 14/01/27",
        "Telefon: 0231 / 755-1234",
        "Fax 0209/14 01 27",
        "14/15 Uhr",
        "Preis: 14,50 €",
        "Eintritt 14.50 EUR",
        "2026/27",
        "Wintersemester 2026/27",
        "S. 14/27",
        "Seiten 12–27",
        "Raum 1/27",
        "Az. 12/2027",
        "Heft 3/2027",
        "01/14/2027",  # month first: never read (a German page never writes it)
        "13/13/2027",
        "14/01",  # no year: a fraction or a room as much as a date
        "2027-2028",
        "ISBN 978-3-16-148410-0",
        "192.168.1.10",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_when(text, BERLIN, default_year=2027) is None, text
    assert find_dates(text, default_year=2027) == []


@given(st.integers(0, 31), st.integers(0, 12), st.integers(0, 9), st.sampled_from(["", " ", "."]))
def test_version_numbers_are_no_dates(major: int, minor: int, patch: int, end: str) -> None:
    text = f"Version {major}.{minor}.{patch}{end}"
    assert parse_when(text, BERLIN, default_year=2027) is None, text


@given(st.integers(1, 12), st.integers(13, 31), st.integers(2001, 2099))
def test_month_first_slashed_dates_are_never_read(month: int, day: int, year: int) -> None:
    assert parse_when(f"{month}/{day}/{year}", BERLIN) is None


def test_weekday_words_in_prose_stay_words() -> None:
    # A capitalised short weekday counts only right before a number: "Mit 25" is no "Mi".
    text = "Mit 25 Teilnehmenden am 14.01.2027"
    found = search_when(text, BERLIN)
    assert found is not None and found.begin == text.index("14.01.2027")
