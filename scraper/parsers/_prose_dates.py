"""Dates a page announces in sentences, and what a page states once for every event.

Many series pages write their dates as prose rather than as headings, lists or tables:
"Der nächste Gründungssprechtag findet am Donnerstag, 14. Januar 2027, von 9 bis 12 Uhr
in der IHK, Ostring 30–32, 44787 Bochum statt." or "Die Sprechtage finden jeweils von 9
bis 12 Uhr statt: am 14. Januar, 11. Februar und 15. April 2027." And many state the time
and the place once for the whole series ("Alle Vorträge beginnen jeweils um 17:30 Uhr",
"Ort: Westfälische Hochschule, …, 45897 Gelsenkirchen"). A reader applies those to every
date the page lists; so does this module. Everything here is pure: lines in, values out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from zoneinfo import ZoneInfo

from scraper.dates import DefaultYear, When, find_dates, search_when, times_at
from scraper.model import Location
from scraper.parsers._events import ITEM_TAGS, looks_like_place, split_label
from scraper.parsers._lexicon import METADATA_RE, is_metadata, not_an_event_date, strip_cancel
from scraper.parsers._lines import Line
from scraper.places import PLACE_LABEL, parse_location, prose_place

# A sentence ends at ".", "!" or "?" after a letter or a year, not after the day of a
# date ("14. Januar"), before a capital letter or the end.
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_)“”\"])|(?<=\d{4}))[.!?](?=\s+[A-ZÄÖÜ„“\"]|\s*$)")
_ABBREVIATIONS = ("Dr", "Prof", "bzw", "ca", "Nr", "Str", "vgl", "ggf", "inkl", "Dipl", "Ing")
# Words that say a statement holds for every date of the series.
_EVERY = re.compile(
    r"\b(?:jeweils|immer|stets|grundsätzlich|alle\s+(?:termine|veranstaltungen|vorträge"
    r"|sprechtage|workshops|sitzungen|treffen|abende)|each|every|all\s+(?:events|talks"
    r"|lectures|sessions|meetings|workshops))\b",
    re.IGNORECASE,
)
# Where a clock time may start in a sentence: a number followed by a time mark, after
# one of the words times are introduced with (or none).
_CLOCK = re.compile(
    r"(?<![\w.,:])(?:(?:von|ab|um|from|at|between)\s+)?\d{1,2}(?:[:.]\d\d)?"
    r"(?=\s*(?:Uhr|h\b|[ap]\.?m\b|[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*(?:Uhr|h\b|[ap]\.?m)|bis\s+\d"
    r"|to\s+\d))",
    re.IGNORECASE,
)
# The subject of an announcing sentence: "Der nächste Gründungssprechtag findet am …".
_SUBJECT = re.compile(
    r"^(?:der|die|das|unser|unsere|the|our)\s+"
    r"(?:(?:nächste[nr]?|kommende[nr]?|erste[nr]?|nächste[nr]?\s+öffentliche[nr]?|next|first|upcoming)\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w„“”\"'’&-]*(?:\s+[A-ZÄÖÜ„“\"][\w„“”\"'’&-]*){0,3})\s+"
    r"(?:findet|ist|wird|beginnt|startet|läuft|takes|is|will|starts)\b",
    re.IGNORECASE,
)
# Before a date in a sentence, these make it a deadline ("bis zum 10. März anmelden").
_DEADLINE = re.compile(
    r"(?:\bbis(?:\s+(?:zum|spätestens))?|\bspätestens(?:\s+(?:am|zum|bis))?|\bby|\buntil|\bbefore)"
    r"\s+(?:[^\W\d_]+,?\s+(?:den\s+)?)?$",
    re.IGNORECASE,
)
_GENERIC_NAMES = frozenset(
    (
        *("termin", "veranstaltung", "treffen", "sitzung", "vortrag", "workshop", "event"),
        *("date", "meeting", "session", "talk", "reihe", "series"),
    )
)


def is_generic_name(name: str) -> bool:
    """A word that names any event of any series ("Termin", "Treffen"), not this one."""
    return name.lower() in _GENERIC_NAMES


# A day named without its month before a full date in a list: "am 5. und 19. März 2027".
_LONE_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.\s*(?:,\s*|\s+(?:und|sowie|and)\s+|\s*&\s*)$")
_MAX_SENTENCE = 600
_MAX_LINE = 4 * _MAX_SENTENCE  # a longer paragraph is no announcement of dates: not read


@dataclasses.dataclass(frozen=True)
class Announced:
    """A date announced in a sentence, with what the sentence says about it."""

    when: When
    name: str | None  # the sentence's subject ("Gründungssprechtag"), for one date only
    place: str | None
    sentence: str


@dataclasses.dataclass(frozen=True)
class Defaults:
    """What a page states once for all its dates: a clock time and a place."""

    time: str | None = None  # the text from where the time starts ("um 17:30 Uhr …")
    place: str | None = None

    def times(self, day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime | None] | None:
        """The stated time on ``day``, if any."""
        clock = _wall_clock(self.time) if self.time is not None else None
        if clock is None:
            return None
        start, end, days_later = clock
        at = dt.datetime.combine(day, start, tzinfo=tz)
        if end is None:
            return at, None
        return at, dt.datetime.combine(day + dt.timedelta(days=days_later), end, tzinfo=tz)


_REFERENCE_DAY = dt.date(2000, 1, 3)
_UTC = ZoneInfo("UTC")


@lru_cache(maxsize=256)
def _wall_clock(text: str) -> tuple[dt.time, dt.time | None, int] | None:
    """The clock time (and end, and how many days later it falls) ``text`` starts with:
    read once, then set on every date of the page."""
    found = times_at(text, _REFERENCE_DAY, _UTC)
    if found is None:
        return None
    start, end, _ = found
    if end is None:
        return start.time(), None, 0
    return start.time(), end.time(), (end.date() - _REFERENCE_DAY).days


def sentences(text: str) -> Iterator[str]:
    """The sentences of a line (a paragraph's text), stripped."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        yield text[start : m.end()].strip()
        start = m.end()
    rest = text[start:].strip()
    if rest:
        yield rest


def _clock(sentence: str) -> str | None:
    """The sentence from where its first clock time starts, if it states one."""
    m = _CLOCK.search(sentence)
    return sentence[m.start() :] if m is not None else None


def _may_state_defaults(text: str, intro: bool) -> bool:
    """Cheap test before reading a line's sentences: one of ``_EVERY``'s words (or, in the
    introduction, a place label) occurs. Substring tests: a regular expression on every
    line of a page would cost more than reading its events."""
    return (
        "eweils" in text
        or "mmer" in text
        or "tets" in text
        or "alle " in text
        or "Alle " in text
        or "rundsätzlich" in text
        or "each" in text
        or "Each" in text
        or "very" in text
        or " all " in text
        or "All " in text
        or (intro and ("rt:" in text or "rt :" in text or "enue" in text or "ocation" in text))
    )


def series_defaults(lines: Sequence[Line], *, intro: bool = False) -> Defaults:
    """The time and place ``lines`` state for every date: in a sentence that says so
    ("jeweils", "alle Vorträge", "each") or, in the page's introduction (``intro``), for
    the place after an "Ort:" label (inside a part, that label is one event's place)."""
    time = place = None
    for line in lines:
        if time is not None and place is not None:
            break
        text = line.plain
        if len(text) > _MAX_LINE or line.heading_like or len(line.anchors) > 1:
            continue
        if not intro and line.tag in ITEM_TAGS:
            continue  # inside a part, an item or a cell is one event's
        if not _may_state_defaults(text, intro):
            continue
        if not intro and (line.label or split_label(text)[0] is not None):
            continue  # as is a labelled line ("Uhrzeit: jeweils 9–16 Uhr")
        if not (_EVERY.search(text) or (intro and PLACE_LABEL.search(text))):
            continue
        for sentence in sentences(text):
            if len(sentence) > _MAX_SENTENCE or (not intro and len(sentence.split()) < 5):
                continue  # a fragment inside a part belongs to the date before it
            if find_dates(sentence, default_year=2000):
                continue  # a sentence with a date speaks of that date
            every = _EVERY.search(sentence)
            if time is None and every is not None:
                time = _clock(sentence[every.start() :])
            if place is None and (every is not None or (intro and PLACE_LABEL.search(sentence))):
                place = prose_place(sentence)
    return Defaults(time, place)


def _year_of(sentence: str, year: DefaultYear) -> tuple[DefaultYear, dt.date | None]:
    """The year the sentence's dates share (of its last date with a year) and that date."""
    dated = find_dates(sentence)
    if dated:
        last = dated[-1][0]
        return last.year, last
    return year, None


def _listed(sentence: str, tz: ZoneInfo, year: DefaultYear) -> list[tuple[When, int, int]]:
    """Every date of the sentence with where it starts, yearless ones in the year of the
    list's last date ("am 14. Januar, 11. Februar und 15. April 2027"), days named
    without their month in the month of the next date ("am 5. und 19. März 2027")."""
    shared, last = _year_of(sentence, year)
    if shared is None:
        return []
    out: list[tuple[When, int, int]] = []
    pos = 0
    while (hit := search_when(sentence, tz, default_year=shared, pos=pos)) is not None:
        when = hit.when
        if last is not None and when.date > last and when.date.year == last.year:
            # A yearless date after the list's last one lies in the year before it
            # ("am 10. Dezember und 14. Januar 2027").
            try:
                when = dataclasses.replace(when, date=when.date.replace(year=last.year - 1))
            except ValueError:
                pos = hit.end
                continue
            if when.start is not None or when.end_date is not None:
                pos = hit.end
                continue  # a time or range on a shifted date: too unsure
        days = []
        before = sentence[: hit.begin]
        while (lone := _LONE_DAY.search(before)) is not None:
            days.append((int(lone.group(1)), lone.start(1)))
            before = before[: lone.start()]
        for day, at in reversed(days):
            try:
                out.append((When(when.date.replace(day=day), None, None, None), at, at))
            except ValueError:
                continue
        out.append((when, hit.begin, hit.end))
        pos = hit.end
    return out


def _deadline(before: str) -> bool:
    """The words before a date in a sentence make it a deadline or page metadata."""
    return not_an_event_date(before) or _DEADLINE.search(before[-40:]) is not None


# What a sentence that announces an event says ("findet … statt", "lädt … ein", "Termin").
_ANNOUNCING = re.compile(
    r"\b(?:findet|finden|statt|lädt|laden|termine?|nächste[nrs]?|kommende[nrs]?"
    r"|takes?\s+place|will\s+be\s+held|join\s+us|next)\b",
    re.IGNORECASE,
)


def announced(
    lines: Sequence[Line], tz: ZoneInfo, year: DefaultYear, *, announcing: bool = False
) -> list[Announced]:
    """The dates ``lines`` announce in sentences (see the module docstring); deadlines and
    page metadata ("Anmeldeschluss …", "Stand: …") are left out. With ``announcing``
    (text no section word introduces), only sentences that say they announce an event
    count ("Der nächste Termin findet am … statt"), not any sentence with a date."""
    found: list[Announced] = []
    seen: set[dt.date] = set()
    for line in lines:
        if is_metadata(line.text) or len(line.plain) > _MAX_LINE:
            continue
        for sentence in sentences(line.plain):
            if len(sentence) > _MAX_SENTENCE or METADATA_RE.match(sentence):
                continue
            if announcing and _ANNOUNCING.search(sentence) is None:
                continue
            dates = [
                (when, at, end)
                for when, at, end in _listed(sentence, tz, year)
                if not _deadline(sentence[:at]) and when.date not in seen
            ]
            if not dates:
                continue
            place = prose_place(sentence) or _place_after(sentence, dates[-1][2], tz)
            clock = _clock(sentence)
            subject = _SUBJECT.match(sentence) if len(dates) == 1 else None
            name = strip_cancel(subject.group("name")) if subject is not None else None
            if name is not None and is_generic_name(name):
                name = None  # "Der nächste Termin findet …" names no event
            for when, _, _ in dates:
                seen.add(when.date)
                found.append(Announced(_timed(when, clock, tz), name, place, sentence))
    return found


_AFTER_DATE = " ,;:–—|-"


def _place_after(sentence: str, end: int, tz: ZoneInfo) -> str | None:
    """A place written after the dates and their time, as in a date line: "12.03. und
    14.05.2027, jeweils 17–19 Uhr, Rathaus Essen, Porscheplatz 1, 45127 Essen"."""
    rest = sentence[end:].lstrip(_AFTER_DATE)
    if rest[:8].lower() == "jeweils ":
        rest = rest[8:]
    timed = times_at(rest, dt.date(2000, 1, 3), tz)
    if timed is not None:
        rest = rest[timed[2] :]
    rest = rest.strip(_AFTER_DATE).removesuffix(".")
    return rest if rest and looks_like_place(rest) else None


def _timed(when: When, clock: str | None, tz: ZoneInfo) -> When:
    """``when`` with the sentence's clock time, if it has none of its own."""
    if when.start is not None or when.end_date is not None or clock is None:
        return when
    timed = times_at(clock, when.date, tz)
    return when if timed is None else dataclasses.replace(when, start=timed[0], end=timed[1])


def default_location(defaults: Defaults) -> Location | None:
    """The place every date shares, read like any other place."""
    return parse_location(defaults.place) if defaults.place else None


_HONORIFIC = re.compile(
    r"^(?:Prof|Dr|Dipl|PD|Jun|Mag|Frau|Herr|Ms|Mrs|Mr|Professor|Professorin)\b", re.IGNORECASE
)
# Words that start a noun phrase, never a person's name ("Der Vortrag: …").
_NOT_NAMES = frozenset(
    ("der", "die", "das", "ein", "eine", "unser", "unsere", "the", "a", "an", "our")
)
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'’.-]*")


def _person(who: str) -> bool:
    """``who`` reads as a person's name ("Prof. Dr. Anna Becker (TU Dortmund)")."""
    bare = re.sub(r"\s*\([^)]{1,80}\)$", "", who.strip())  # "(Uniper)", "(TU Dortmund)"
    words = bare.replace(",", " ").split()
    if not words or len(words) > 7 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _HONORIFIC.match(bare) is not None:
        return True
    return 2 <= len(words) <= 4 and words[0].lower() not in _NOT_NAMES


def is_person(text: str) -> bool:
    """A line that is only a person's name, with an academic title or an affiliation in
    parentheses ("Prof. Dr. Lars Weber", "Jana Schulte (RVR)"): a speaker, not a title."""
    named = _HONORIFIC.match(text) is not None or text.endswith(")")
    return named and _person(text)


def speaker_title(text: str) -> str | None:
    """The talk's title in "Prof. Dr. Karl Brandt: Elektrolyse im industriellen Maßstab"
    (a person before the colon, the title after it); ``None`` for any other line."""
    colon = text.find(": ", 0, 90)
    if colon <= 0:
        return None
    who, title = text[:colon].strip(), text[colon + 2 :].strip()
    if len(title) < 3 or len(title) > 200 or not _person(who):
        return None
    return title
