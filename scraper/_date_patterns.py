"""The regular expressions of the date grammar (German and English), built once.

Only :mod:`scraper.dates` uses them; they live apart so that the grammar's code reads
without a hundred lines of pattern building in front of it.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
    # English, where it differs
    "january": 1, "february": 2, "march": 3, "mar": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip
EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
    "sep", "oct", "nov", "dec",
)  # fmt: skip


def _by_first_letter(words: list[str]) -> str:
    """``(?:w1|w2|…)`` grouped by first letter ("j(?:anuar|änner|…)|f(?:ebruar|…)"): the
    same matches, in the same order within a letter (no character matches two first
    letters, so the order across letters does not matter), while ``re`` tries a dozen
    branches at a number instead of forty month names."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


MON = _by_first_letter(sorted(MONTHS, key=len, reverse=True)) + r"(?![a-zäöüß])\.?"
# Long weekday names may stand alone ("Donnerstag 27.11."); short ones need "." or ","
# so that words like "so" or "do" in prose are not taken for weekdays.
WD = (
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?"
    r"|(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.,?|,)"
    # capitalised or in capitals and right before the date, also without a stop:
    # "Di 20.01.2026", "MI 14.01.", "Thu 14 Jan 2027", and glued to it by a card's spans
    # ("<span>Do</span><span>14</span>…" reads "Do14Jan2027")
    r"|(?-i:(?:M[oi]|D[io]|Fr|S[ao]|MO|MI|DI|DO|FR|SA|SO)"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN))(?=\s*(?:\d|$)))\s*"
    r"(?:den\s+)?"  # "Donnerstag, den 12. März"
)
# A weekday in parentheses after the date: "14.01.2026 (Mittwoch), 16 Uhr", "(Mi.)".
WD_AFTER = re.compile(
    r"\s*\((?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?\)",
    re.IGNORECASE,
)
# A two-digit year must not be the hour of a following time ("27.11. 17:00"); a colon
# after it that no minutes follow ends a list item's date ("8.10.25: Titel").
NYEAR = r"(?:\s?\d{4}(?!\d)|\d{2}(?!\d|[:.]\d))"


RSEP = r"\s*(?:[-–—]|bis(?:\s+(?:zum|einschließlich))?|to|until|till)\s*"


def _part(n: int, *, month_required: bool) -> str:
    """One day: "27.11.2025", "27. November 2025", "27 November 2025", "27th of November"."""
    # No digit right after it ("1.2.3" is a version number, not 1 February) unless it
    # starts a clock ("27.11.17:00").
    numeric = rf"\.\s*(?P<mn{n}>\d{{1,2}})\.(?P<yn{n}>{NYEAR})?(?!\d(?!\d?:\d))"
    named = (
        rf"(?:\.|(?:st|nd|rd|th)\b)?\s*(?:of\s+)?(?P<mt{n}>{MON})"
        rf"(?:,?\s*(?P<yt{n}>\d{{4}})(?!\d))?"
    )
    # The first day of a range may stand bare: "12.–13. März", "11–12 March".
    bare = "" if month_required else rf"|\.|(?={RSEP}\d)"
    return rf"(?P<d{n}>\d{{1,2}})(?:{numeric}|{named}{bare})"


# The date proper, matched where a number starts; a weekday before it is looked up
# separately. Trying the pattern only at numbers keeps a search through a long
# paragraph cheap (a plain regex search would try the weekday names at every
# character).
# "/" joins two days only when the first is bare ("12./13. März"); "27.11.2025 / 12.12.2025"
# are two dates (``_dates`` tells them apart by the group ``rs``).
DATE_RE = re.compile(
    rf"{_part(1, month_required=False)}"
    rf"(?:(?P<rs>{RSEP}|\s*/\s*)(?:{WD})?{_part(2, month_required=True)})?",
    re.IGNORECASE,
)
RSEP_RE = re.compile(rf"[,;]?{RSEP}", re.IGNORECASE)
WD_BEFORE = re.compile(rf"(?:{WD})$", re.IGNORECASE)
NUMBER = re.compile(r"\d+")
MONTH_FIRST = re.compile(
    rf"(?P<mt1>{MON})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s*(?P<y1>\d{{4}})(?!\d))?"
    rf"(?:{RSEP}(?:(?P<mt2>{MON})\s*)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?![\d:]|\.\d|\s*(?:[ap]\.?\s?m\b|uhr|h\b))(?:,?\s*(?P<y2>\d{4})(?!\d))?)?",
    re.IGNORECASE,
)
MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(EN_MONTHS)})\.?\s*$", re.IGNORECASE)
ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                     r"(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])")  # fmt: skip


def _clock_part(n: int) -> str:
    return (
        rf"(?P<c{n}>(?P<h{n}>\d{{1,2}})(?:(?P<s{n}>[:.])(?P<m{n}>\d{{2}}))?"
        rf"(?:\s*(?P<u{n}>Uhr|h(?![\w])|(?<=12)\s*(?:noon|midday)\b)"  # "12 noon"
        rf"|\s?(?P<ap{n}>[ap])\.?\s?m(?:\.|\b))?"
        r"|(?:noon|midday)\b)"  # without a number: 12:00
    )


_ABOUT = r"(?:(?:ca\.|circa|etwa|gegen|approx\.|about)\s*)?"  # "17:00 – ca. 19:30 Uhr"
# A start label ("Beginn: 17:30 Uhr", "Start 18 Uhr", "Uhrzeit: 18 Uhr"), after the doors'
# time if any: "Einlass 17 Uhr, Beginn 17:30 Uhr" starts at 17:30; "Einlass 17 Uhr" with
# no start label after it is no start.
_LABEL = (
    r"(?:(?=[bsuztde])(?:(?:einlass|doors(?:\s+open)?)\s*:?\s*(?:ab\s+|from\s+)?"
    r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uhr|h\b)|\s?[ap]\.?\s?m\b\.?)?[\s,;|/·–—-]*)?"
    r"(?P<label>beginn|start(?:s|et)?|uhrzeit|zeit|time)\s*:?\s*)?"
)
# Each optional word group opens with a lookahead of its first letters: a clock skips
# the group at one character instead of trying every word.
TIME_RE = re.compile(
    # in parentheses only as a whole: "20.05.2027 (10 bis 13 Uhr)"
    r"[\s,|/;·•–—-]*(?P<par>\(\s*)?"
    r"(?:(?=[jtde])(?:jeweils|täglich|daily|each\s+day|every\s+day)\s+)?"
    rf"{_LABEL}"
    r"(?:(?=[auvsfbcg])"
    r"(?P<pre>ab|um|von|seit|from|at|starting\s+at|between|ca\.|circa|gegen)\s*)?"
    # an end label too: "Beginn 18 Uhr, Ende 20 Uhr"
    rf"{_clock_part(1)}(?:\s*(?:[-–—]|bis|to|until|till|and|,?\s*ende?:?)\s*"
    rf"{_ABOUT}{_clock_part(2)})?"
    r"(?:\s*\(?(?:MEZ|MESZ|CET|CEST)\)?(?![\w]))?"  # the zone is the configured one
    r"(?![\d])(?(par)\s*\))",
    re.IGNORECASE,
)
# The academic quarter after a time: "18 Uhr c.t." starts at 18:15, "s.t." is sharp.
QUARTER = re.compile(r"[\s,]*(\()?([cs])\.\s?t\.(?(1)\))", re.IGNORECASE)
# A day written with slashes, day first: "14/01/2027", "14/1/27", also as a range
# ("14/01/2027 – 16/01/2027"). Never month first: "01/14/2027" is no date.
_SLASH_DAY = r"(?P<d{n}>\d{{1,2}})/(?P<m{n}>\d{{1,2}})/(?P<y{n}>\d{{4}}|\d{{2}})(?![\d/]|[.,:]\d)"
SLASHED = re.compile(
    _SLASH_DAY.format(n=1) + rf"(?:(?P<rs>{RSEP})(?:{WD})?" + _SLASH_DAY.format(n=2) + ")?",
    re.IGNORECASE,
)


# First letters of a weekday (German, English) or of an English month ("March 11"):
# only such a line can start with a date that does not start with a number.
WD_STARTS = frozenset(
    ("mo", "di", "mi", "do", "fr", "sa", "so", "tu", "we", "th", "su", "ja", "fe", "ma", "ap")
) | {"ju", "au", "se", "oc", "no", "de", "am", "vo"}  # "am 12. März", "vom 12. bis …"
LEAD = re.compile(r"(?:am|vom)\s+(?=\d)", re.IGNORECASE)
# Every weekday (long or short, German or English) ends in one of these.
WD_ENDINGS = frozenset(
    ("ag", "ch", "mo", "di", "mi", "do", "fr", "sa", "so", "ay", "on", "ue", "es", "ed", "hu")
) | {"ur", "rs", "ri", "at", "un"}
