"""The German date/time grammar of event pages, pure and fast.

One compiled regular expression recognises the forms a German events page writes::

    27. November 2025 von 17:00 Uhr bis 19:00 Uhr
    Donnerstag, 27.11.2025, 17–19 Uhr          Do., 27.11.25 | 17.00 - 19.00 Uhr
    19. März 2025 ab 17 Uhr                     (19.05.2025)
    12.–13. März 2026, jeweils 9–16 Uhr         12. März – 13. März 2026
    30. April bis 2. Mai 2026                   27. Nov. 2025 / 12. Sept. 2026 / 3. Jänner 2026
    Mi 14/01/2027, Einlass 17 Uhr, Beginn 17:30 Uhr       Di., 13.10., 18–20 Uhr c.t.

Slashed dates are always day first ("14/01/2027"); one only valid month first
("01/14/2027") is no date, so that a US date is never misread as another day.
A range shares the month and year of its last day; a time range on a multi-day
event ends on the last day. Times are turned into aware datetimes in the given
zone, so the offset is right in summer (+02:00) and winter (+01:00).

Why not ``dateparser``: measured in docs/parser.md — it parses none of the ranges,
and is about three orders of magnitude slower per call.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from scraper import _date_patterns as P
from scraper.model import DailyHours
from scraper.text import CACHED_TEXT

__all__ = [
    "DefaultYear",
    "When",
    "WhenMatch",
    "find_dates",
    "parse_iso",
    "parse_times",
    "parse_when",
    "search_when",
    "times_at",
]


@dataclass(frozen=True, slots=True)
class When:
    """A date (or date range) with optional times, as stated on the page.

    ``end_date`` is set only for multi-day events; ``start``/``end`` are aware
    datetimes in the page's zone, or ``None`` when no time is given (``end`` is
    ``None`` for "ab 17 Uhr"). ``spans`` is true when each day has its own time
    ("5.2., 9 Uhr bis 6.2., 16 Uhr": one stretch), false when one time is stated for
    all days ("5.–6.2., jeweils 9–16 Uhr": hours of each day, see :attr:`daily`).
    """

    date: dt.date
    end_date: dt.date | None
    start: dt.datetime | None
    end: dt.datetime | None
    spans: bool = False

    @property
    def daily(self) -> DailyHours | None:
        """The hours of each day of a multi-day event with a time ("12.–13. März 2026,
        jeweils 9–16 Uhr"): one time stated for a range of days holds on every day."""
        if self.end_date is None or self.start is None or self.spans:
            return None
        return DailyHours(
            start=self.start.time(),
            end=self.end.time() if self.end is not None else None,
            until=self.end_date,
        )


class WhenMatch(NamedTuple):
    """A :class:`When` and the span ``[begin, end)`` of the text it was read from."""

    when: When
    begin: int
    end: int


DefaultYear = int | tuple[int, int] | None
"""The year of dates written without one: a year, or the two years of an academic year
("Wintersemester 2026/27" → ``(2026, 2027)``: July to December in the first, January to
June in the second), or ``None`` (such dates are skipped)."""


def _default(default_year: DefaultYear, month: int) -> int | None:
    """The year a yearless date in ``month`` takes from ``default_year``."""
    if isinstance(default_year, tuple):
        return default_year[0] if month >= 7 else default_year[1]
    return default_year


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw.strip())
    return value + 2000 if value < 100 else value


def _month(numeric: str | None, name: str | None) -> int | None:
    if numeric:
        return int(numeric)
    return P.MONTHS[name.rstrip(".").lower()] if name else None


_GROUPS = ("d1", "mn1", "mt1", "yn1", "yt1", "d2", "mn2", "mt2", "yn2", "yt2")


def _dates(m: re.Match[str], default_year: DefaultYear) -> tuple[dt.date, dt.date | None] | None:
    """Resolve the matched day(s) to dates; ``None`` if the match is not a valid date."""
    d1s, mn1, mt1, yn1, yt1, d2s, mn2, mt2, yn2, yt2 = m.group(*_GROUPS)
    if d2s is not None and "/" in m.group("rs") and (mn1 or mt1):
        return None  # "27.11.2025 / 12.12.2025": two dates, not a range
    d1, m1, y1 = int(d1s), _month(mn1, mt1), _year(yn1 or yt1)
    try:
        if d2s is None:
            if m1 is None:
                return None
            year = y1 or _default(default_year, m1)
            if year is None:
                return None
            return dt.date(year, m1, d1), None
        d2, m2 = int(d2s), _month(mn2, mt2)
        if m2 is None:
            return None
        y2 = _year(yn2 or yt2) or y1 or _default(default_year, m2)
        if y2 is None:
            return None
        m1 = m1 or m2
        # "30. Dezember – 2. Januar 2026": the first day lies in the year before.
        y1 = y1 or (y2 - 1 if m1 > m2 else y2)
        first, last = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    except ValueError:
        return None
    return (first, last) if last > first else None


def _hour(hour: str, meridiem: str | None) -> int | None:
    """The 24-hour clock hour of "3" with "p" (pm): 15; "12 am" is 0."""
    h = int(hour)
    if meridiem is None:
        return h
    if not 1 <= h <= 12:
        return None
    return (h % 12) + (12 if meridiem.lower() == "p" else 0)


def _clock(day: dt.date, h: int, minute: str | None, tz: ZoneInfo) -> dt.datetime | None:
    mi = int(minute or 0)
    if h == 24 and mi == 0:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz)
    if h > 23 or mi > 59:
        return None
    return dt.datetime(day.year, day.month, day.day, h, mi, tzinfo=tz)  # no time() between


def _day_month(hour: str | None, sep: str | None, minute: str | None) -> bool:
    """True if a dotted clock could as well be a day and month: "17.06" (not "17.00")."""
    return sep == "." and hour is not None and 1 <= int(hour) <= 31 and 1 <= int(minute or 0) <= 12


def _times(
    text: str, pos: int, first: dt.date, last: dt.date, tz: ZoneInfo, *, labelled: bool = False
) -> tuple[dt.datetime | None, dt.datetime | None, int]:
    """Read the time (range) after a date at ``pos``; returns start, end and the new pos.

    ``labelled``: the text is known to be a time (an "Uhrzeit:" value).
    """
    t = P.TIME_RE.match(text, pos)
    if t is None:
        return None, None, pos
    h1, s1, m1, u1, ap1, c2, h2, s2, m2, u2, ap2, label = t.group(*_TIME_GROUPS)
    # A clock without a number is "noon" ("noon", "11 am – noon"): 12:00.
    noon = h1 is None or (c2 is not None and h2 is None)
    h1 = h1 or "12"
    # A bare number is not a time: it needs minutes, "Uhr", am/pm, "noon" or a label
    # ("17–19 Uhr", "3 pm", "12 noon", "Beginn 18 Uhr").
    sure = u1 or u2 or ap1 or ap2 or label or noon
    if not (sure or m1):
        return None, None, pos
    if (
        s1 == "."
        and not u1
        and text[t.end("m1") : t.end("m1") + 1] == "."
        and _day_month(h1, s1, m1)
    ):
        # "Beginn: 01.04.2027", "Uhrzeit: 17.06.": a day and month with its dot, no clock
        return None, None, pos
    # Without "Uhr", "17.06" may be the next date ("<s>10.06.2027</s> 17.06.2027"): a
    # dotted clock is then only a time if it cannot be a day and month ("17.00", "9.30").
    if not (labelled or sure) and (_day_month(h1, s1, m1) or _day_month(h2, s2, m2)):
        return None, None, pos
    if (
        h2 is not None
        and not (u2 or ap2 or s2 == ":")
        and _is_date_at(text, t.start("h2"), first.year)
    ):
        # "09:00 Uhr bis 06.02.2026, 16:00 Uhr": the range ends on a date, not at 06:02
        # (an end with "Uhr", am/pm or a colon is a clock: the check is skipped).
        return _times(text[: t.end("c1")], pos, first, last, tz, labelled=labelled)
    hour1 = _hour(h1, ap1 or ap2)
    if ap1 is None and ap2 is not None and h2 is not None:
        # "3–5 pm" is 15–17; "11–1 pm" is 11–13: the end's am/pm holds for the start
        # unless that would put the start after the end. ("noon" as the end has no am/pm.)
        hour2 = _hour(h2, ap2)
        if hour1 is None or (hour2 is not None and hour1 > hour2):
            hour1 = int(h1)
    start = _clock(first, hour1, m1, tz) if hour1 is not None else None
    if start is None:
        return None, None, pos
    end = None
    if c2 is not None:
        hour2 = _hour(h2 or "12", ap2)
        end = _clock(last, hour2, m2, tz) if hour2 is not None else None
        if end is None:
            return None, None, pos
        if end <= start:  # "22–2 Uhr" runs past midnight
            end += dt.timedelta(days=1)
    stop = t.end()
    if text.find(".", stop, stop + 5) >= 0 and (mark := P.QUARTER.match(text, stop)):
        start, end = _quarter(mark, start, end)
        stop = mark.end()
    return start, end, stop


_TIME_GROUPS = ("h1", "s1", "m1", "u1", "ap1", "c2", "h2", "s2", "m2", "u2", "ap2", "label")
_QUARTER = dt.timedelta(minutes=15)


def _quarter(
    mark: re.Match[str], start: dt.datetime, end: dt.datetime | None
) -> tuple[dt.datetime, dt.datetime | None]:
    """The times of a lecture marked "c.t." (cum tempore): the academic quarter starts it
    15 minutes after the stated time and ends a stated end 15 minutes early ("18–20 Uhr
    c.t." is 18:15–19:45); "s.t." (sine tempore) is sharp, as stated."""
    if mark.group(2) in "sS":
        return start, end
    start += _QUARTER
    if end is not None and end - _QUARTER > start:
        end -= _QUARTER
    return start, end


def _is_date_at(text: str, at: int, year: int) -> bool:
    if text.find("/", at, at + 3) >= 0 and P.SLASHED.match(text, at) is not None:
        return True  # "bis 16/01/2027": a date (the day and month are checked later)
    m = P.DATE_RE.match(text, at)
    return m is not None and m.group("d2") is None and _dates(m, year) is not None


def _begin(text: str, at: int) -> int:
    """Where a date starting with a number at ``at`` begins: before its weekday, if any."""
    window = text[max(0, at - 20) : at]
    # Skip the regex unless the text before ends like a weekday ("…tag, den " too).
    tail = window.rstrip(" ,.")
    if tail[-3:].lower() == "den":
        tail = tail[:-3].rstrip(" ,.")
    if tail[-2:].lower() not in P.WD_ENDINGS:
        return at
    wd = P.WD_BEFORE.search(window)
    if wd is None:
        return at
    begin = at - len(window) + wd.start()
    return begin if begin == 0 or not _word_char(text[begin - 1]) else at


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "._"


def search_when(
    text: str,
    tz: ZoneInfo,
    *,
    default_year: DefaultYear = None,
    pos: int = 0,
    anchored: bool = False,
) -> WhenMatch | None:
    """Find the first date (range) with optional times at or after ``pos`` in ``text``.

    Dates without a year use ``default_year`` (see :data:`DefaultYear`); without one
    they are skipped. With ``anchored``, only a date at ``pos`` (after an optional
    weekday) is accepted.
    A date with a time followed by a later date ("05.02.2026, 09:00 Uhr bis
    06.02.2026, 16:00 Uhr") is one event over both days.
    """
    if len(text) <= CACHED_TEXT:
        return _search_when_cached(text, tz, default_year, pos, anchored)
    return _search_when(text, tz, default_year, pos, anchored)


@lru_cache(maxsize=4096)
def _search_when_cached(
    text: str, tz: ZoneInfo, default_year: DefaultYear, pos: int, anchored: bool
) -> WhenMatch | None:
    return _search_when(text, tz, default_year, pos, anchored)


def _search_when(
    text: str, tz: ZoneInfo, default_year: DefaultYear, pos: int, anchored: bool
) -> WhenMatch | None:
    found = _search(text, tz, default_year, pos, anchored)
    if found is None or found.when.start is None or found.when.end is not None:
        return found
    if found.when.end_date is not None:
        return found
    return _until(text, found, tz) or found


def _until(text: str, found: WhenMatch, tz: ZoneInfo) -> WhenMatch | None:
    """``found`` extended to the later date (and time) that a range separator leads to."""
    sep = P.RSEP_RE.match(text, found.end)
    if sep is None or sep.end() == found.end:
        return None
    first = found.when
    second = _search(text, tz, first.date.year, sep.end(), True)
    if second is None or second.when.end_date is not None or second.when.date <= first.date:
        return None
    last = second.when
    when = When(first.date, last.date, first.start, last.start, spans=True)
    return WhenMatch(when, found.begin, second.end)


def _search(
    text: str, tz: ZoneInfo, default_year: DefaultYear, pos: int, anchored: bool
) -> WhenMatch | None:
    if anchored and not (
        text[pos : pos + 1].isdigit() or text[pos : pos + 2].lower() in P.WD_STARTS
    ):
        return None
    if anchored and (lead := P.LEAD.match(text, pos)) is not None:
        # A line may open with "am"/"vom" before its date ("vom 12. bis 13. März").
        found = _search(text, tz, default_year, lead.end(), True)
        return found._replace(begin=pos) if found is not None else None
    for number in P.NUMBER.finditer(text, pos):
        at = number.start()
        if at > 0 and _word_char(text[at - 1]) and _begin(text, at) == at:
            # Part of a word or of a longer number ("H2PopUpLab", "1.5"), unless a weekday
            # is glued to it ("Do.14.01.2027", "Do14Jan2027" from a card's spans).
            continue
        if anchored and at - pos > 30:
            return None
        if at > 1 and text[at - 1] == " " and (text[at - 2].isalpha() or text[at - 2] == "."):
            found = _month_first(text, at, tz, default_year)
            if found is not None:
                if anchored and found.begin != pos:
                    return None
                return found
        if number.end() - at == 4 and text[number.end() : number.end() + 1] == "-":
            found = _iso_date(text, at, tz)
            if found is not None:
                return None if anchored and at != pos else found
        m = P.DATE_RE.match(text, at)
        days = _dates(m, default_year) if m is not None else None
        if m is not None and days is None and m.group("d2") is not None:
            # No range ("10.06.2027 – 03.06.2027" ends before it starts): the first day
            # alone may still be a date.
            m = P.DATE_RE.match(text, at, m.start("d2"))
            days = _dates(m, default_year) if m is not None else None
        if m is None or days is None:
            # Not a dotted or named date; maybe a slashed one ("14/01/2027").
            if number.end() - at <= 2 and text.startswith("/", number.end()):
                found = _slashed(text, at, tz)
                if found is not None and not (anchored and found.begin != pos):
                    return found
            if anchored:
                return None
            continue
        begin = _begin(text, at)
        if anchored and begin != pos:
            return None
        first, last = days
        after = m.end()
        if text[after : after + 2] in (" (", "("):
            wd = P.WD_AFTER.match(text, after)
            after = wd.end() if wd is not None else after
        start, end, stop = _times(text, after, first, last or first, tz)
        return WhenMatch(When(first, last, start, end), begin, stop)
    return None


def _month_first(text: str, at: int, tz: ZoneInfo, default_year: DefaultYear) -> WhenMatch | None:
    """An English date written month first, whose day is the number at ``at``:
    "March 11, 2027", "Tue, Mar 10", "March 11–12, 2027", "March 30 – April 2, 2027"."""
    before = P.MONTH_BEFORE.search(text, max(0, at - 11), at)
    if before is None:
        return None
    m = P.MONTH_FIRST.match(text, before.start())
    if m is None:
        return None
    mt1, d1, y1, mt2, d2, y2 = m.group("mt1", "d1", "y1", "mt2", "d2", "y2")
    month1 = _month(None, mt1)
    assert month1 is not None  # the pattern matched a month name
    month2 = _month(None, mt2) or month1
    year = _year(y2 or y1) or _default(default_year, month2)
    if year is None:
        return None
    try:
        if d2 is None:
            first, last = dt.date(year, month1, int(d1)), None
        else:
            start_year = _year(y1) or (year if month1 <= month2 else year - 1)
            first = dt.date(start_year, month1, int(d1))
            last = dt.date(year, month2, int(d2))
            if last <= first:
                return None
    except ValueError:
        return None
    begin = _begin(text, before.start())
    start, end, stop = _times(text, m.end(), first, last or first, tz)
    return WhenMatch(When(first, last, start, end), begin, stop)


def _slashed(text: str, at: int, tz: ZoneInfo) -> WhenMatch | None:
    """A date written with slashes, day first, whose day is the number at ``at``:
    "14/01/2027", "Mi., 14/1/27, 18 Uhr", "14/01/2027 – 16/01/2027"."""
    # Not the middle of "2026/14/01", nor the end of a phone number ("0201 14/01/27").
    if text[at - 1 : at] == "/" or text[max(0, at - 2) : at].strip().isdigit():
        return None
    m = P.SLASHED.match(text, at)
    if m is None:
        return None
    try:
        first = dt.date(_year(m.group("y1")) or 0, int(m.group("m1")), int(m.group("d1")))
        last = None
        if m.group("d2") is not None:
            last = dt.date(_year(m.group("y2")) or 0, int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None  # no such day, or month first ("01/14/2027"): not read
    stop = m.end()
    if last is not None and last <= first:
        last, stop = None, m.end("y1")  # no range: the first day stands alone
    start, end, stop = _times(text, stop, first, last or first, tz)
    return WhenMatch(When(first, last, start, end), _begin(text, at), stop)


def _iso_date(text: str, at: int, tz: ZoneInfo) -> WhenMatch | None:
    """An ISO 8601 date (and time) in visible text: "2026-06-10", "2026-06-10T17:00+02:00"."""
    m = P.ISO_RE.match(text, at)
    if m is None:
        return None
    value = parse_iso(m.group(), tz)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return WhenMatch(When(value.date(), None, value, None), at, m.end())
    start, end, stop = _times(text, m.end(), value, value, tz)
    return WhenMatch(When(value, None, start, end), at, stop)


def parse_when(text: str, tz: ZoneInfo, *, default_year: DefaultYear = None) -> When | None:
    """Parse the first German date/time expression in ``text``; ``None`` if there is none.

    >>> parse_when("27.11.2025, 17–19 Uhr", ZoneInfo("Europe/Berlin")).start.isoformat()
    '2025-11-27T17:00:00+01:00'
    """
    found = search_when(text, tz, default_year=default_year)
    return found.when if found else None


def parse_times(
    text: str, day: dt.date, tz: ZoneInfo, *, last_day: dt.date | None = None
) -> tuple[dt.datetime, dt.datetime | None] | None:
    """Read a time or time range at the start of ``text`` ("17:00 – 19:00 Uhr") on ``day``.

    For a separate "Uhrzeit:" line; the end falls on ``last_day`` when given.
    """
    start, end, _ = _times(text, 0, day, last_day or day, tz, labelled=True)
    return (start, end) if start else None


def times_at(
    text: str, day: dt.date, tz: ZoneInfo, *, pos: int = 0, last_day: dt.date | None = None
) -> tuple[dt.datetime, dt.datetime | None, int] | None:
    """Like :func:`parse_times`, with where the time ends: for a line that starts with a
    time and goes on ("9:00 bis 16:00 Uhr, IHK zu Essen, …" → 09:00, 16:00, 18)."""
    start, end, stop = _times(text, pos, day, last_day or day, tz, labelled=True)
    return (start, end, stop) if start else None


_UTC = ZoneInfo("UTC")


def find_dates(text: str, *, default_year: DefaultYear = None) -> list[tuple[dt.date, int, int]]:
    """Every date expression in prose: ``(first day, begin, end)`` with its span in ``text``."""
    found: list[tuple[dt.date, int, int]] = []
    pos = 0
    # The zone only matters for times, which find_dates does not return.
    while (hit := search_when(text, _UTC, default_year=default_year, pos=pos)) is not None:
        found.append((hit.when.date, hit.begin, hit.end))
        pos = hit.end
    return found


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso(value: str, tz: ZoneInfo) -> dt.datetime | dt.date | None:
    """An ISO 8601 value of structured data (``<time datetime>``, JSON-LD ``startDate``).

    A date alone gives a ``date``; a time gives an aware datetime in ``tz``: a stated
    offset or ``Z`` (UTC) is converted ("2027-06-10T15:00:00Z" → 17:00+02:00 in
    Berlin in summer), a time without one is taken as local to ``tz``. ``None`` for
    anything else.
    """
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if len(text) < 10 or not text[:4].isdigit():
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)
