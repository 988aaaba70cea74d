"""Read events out of the lines of one part of a page, by where dates occur.

What a reader sees decides, never the markup: a line with an event date (a date line,
a heading, list item, table row, card or accordion button with a date, a "Datum:" /
"Wann:" / "Date:" value) starts an event unless it only refines the date of the event
being read; labels from :mod:`scraper.parsers._lexicon` ("Thema:", "Wo:", "Venue:" …,
inline, as a bare label line followed by its value as in ``<dt>``/``<dd>``, or as a
table column header) fill its fields; a field that appears a second time starts the
next event, so the order of the fields does not matter. A value split over ``<br>``
lines of one block (an address in a ``<dd>``) stays one value. Unlabelled lines that
read as an address are the place; other lines are the event's summary; a line with an
unknown label ("Referent: …") is kept in the summary, never dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

from scraper.dates import DefaultYear, When, WhenMatch, parse_times, search_when, times_at
from scraper.model import Link, Location
from scraper.parsers._fields import split_size
from scraper.parsers._lexicon import (
    ANY_LABEL_RE,
    DEADLINE_AFTER_RE,
    LABEL_RE,
    LABELS,
    METADATA_RE,
    RESCHEDULE_RE,
    Field,
    is_cancelled,
    is_metadata,
    label_field,
    not_an_event_date,
    says_tba,
    strip_booked,
    strip_cancel,
    topic_to_follow,
)
from scraper.parsers._lines import Anchor, Line
from scraper.places import (
    city_from_text,
    is_online,
    municipality,
    parse_location,
    prose_place,
    sentence_place,
)
from scraper.text import CACHED_PARAGRAPH, CACHED_TEXT

_PARENS = re.compile(r"\([^)]*\)")
_TIME_LEAD = " ·|,;–—-"  # what may stand between a date and its time
_DIGIT = re.compile(r"\d")
_END = re.compile(r"\b(?:ende|bis|end|until)\s*:?\s*(?=\d)", re.IGNORECASE)
_FORMAT = re.compile(r"^(?:format|veranstaltungsformat|durchführung|form)\s*:\s*(.+)$", re.I)
# "im", "in der" before a place beside a date's time ("ab 16 Uhr im H2PopUpLab, …"); a
# capital one starts a street ("Im Defdahl 10").
_LEAD_IN_PLACE = re.compile(r"^(?:im|in\s+de[rmn]|beim|bei\s+der|at(?:\s+the)?)\s+")
# A hybrid format ("hybrid – vor Ort und im Livestream") says how, not where: no place.
_HYBRID = re.compile(r"\b(?:hybrid|vor\s+ort|in\s+präsenz)\b", re.I)
_BEGIN = re.compile(r"\b(?:beginn|start|anfang|begins?)\s*:?\s*(?=(?:um\s+|at\s+)?\d)", re.I)
# von, ab, um, from, at, jeweils, täglich ("jeweils 10–15 Uhr" under a multi-day date)
_TIME_WORDS = frozenset(("vo", "ab", "um", "fr", "at", "je", "tä"))
# What makes a number a clock time: "Uhr", minutes, am/pm, or "h" ("17–19 h", "18 h").
_CLOCK = re.compile(r"Uhr|\d[:.]\d\d|\d\s*[ap]\.?m|\d\s?h(?!\w)", re.IGNORECASE)
_NEW_PLACE = re.compile(r"^(?:neu|neuer\s+ort|jetzt|nun|new)\s*:?\s+", re.IGNORECASE)
_LEAD_CANCEL = re.compile(
    r"^(?:abgesagt|entfällt|fällt\s+aus|cancell?ed|verschoben|postponed)\s*[:!–—-]\s*",
    re.IGNORECASE,
)
_LEAD_CANCEL_FIRST = frozenset("aAeEfFcCvVpP")  # the letters _LEAD_CANCEL can start with
# A calendar week before a date ("KW 3/2027 · Mittwoch, 20.01.2027"): a hint, not text.
_WEEK_LEAD = re.compile(r"KW\s*\d{1,2}(?:\s*/\s*(?:20)?\d\d)?\s*[·|,:–—-]?\s*", re.IGNORECASE)
_POSTCODE = re.compile(r"(?:^|[\s,])\d{5}\s+[A-ZÄÖÜ]")
_STREET_HINT = re.compile(
    r"(?:straße|strasse|str\.|weg|platz|allee|ring|gasse|ufer|damm|terrasse)\s*\d", re.IGNORECASE
)
# A room or a campus: "Raum 2.13", "Hörsaal 3", "Raum B 1.04", "Campus Bottrop".
_ROOM_PIECE = re.compile(
    r"(?:raum|hörsaal|seminarraum|sitzungssaal|saal|room|lecture\s+hall|gebäude|building)"
    r"\s+[A-Z]?\s?\d[\w./-]*$|campus\s+[A-ZÄÖÜ][\w-]+$",
    re.IGNORECASE,
)
# A bare day before "und" and a full date: "12.03. und 14.05.2026", "12.03.2026 und …".
_EARLIER_DAY = re.compile(
    r"(?:^|(?<=[\s:(]))(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})?\s*(?:und|sowie|&)\s*$"
)


def _joins_days(text: str) -> bool:
    """Cheap test before ``_EARLIER_DAY``/``_AND_DAY``: a word that joins two days."""
    return "und" in text or "&" in text or "sowie" in text


_AND_DAY = re.compile(r"\s*(?:und|sowie|&)\s+(?=\d)")
# "Title. Ort: Venue …" beside a date: the place, labelled after the title's sentence.
_INLINE_PLACE = re.compile(
    r"(?:^|[.;]\s+)(?:ort|veranstaltungsort|tagungsort|treffpunkt|wo|venue|location|place)"
    r"\s*:\s+",
    re.IGNORECASE,
)
_SEPARATORS = " ,;:|–—-·"
# "in" before a place beside a date: "Do., 14.01.2027 in Witten", "… in Bochum, IHK, …".
_PLACE_LEAD = re.compile(r"^[iI]n\s+(?=[A-ZÄÖÜ])")
# The word that leads into a date inside a title heading ("Werkstatt am 12.03.2026").
_DATE_LEAD_WORD = re.compile(r"\s+(?:am|vom|ab|den|on|from)$", re.IGNORECASE)
# Tags whose line is one item of a listing: a date anywhere in it is the item's date.
_ITEM_TAGS = frozenset(("li", "td", "th", "dt", "dd", "summary", "button", "caption"))
ITEM_TAGS = _ITEM_TAGS  # for the readers of sentences (scraper.parsers._prose_dates)
_ITEM_MAX = 300
_ROW_DEPTH = {"li": 2, "td": 4, "th": 4}


def trim(text: str) -> str:
    """Strip separators and unbalanced or enclosing parentheses from both ends."""
    text = text.strip(_SEPARATORS)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip(_SEPARATORS)
    if text.endswith("(") or text.startswith(")"):
        text = text.strip("()").strip(_SEPARATORS)
    return text


@dataclass
class Draft:
    """An event being gathered; turned into an :class:`Event` by the parser."""

    title: str | None = None  # a labelled title ("Thema:", "Was:", "Topic:")
    heading: str | None = None  # an unlabelled heading: the title if there is no label
    rest: str | None = None  # the text beside the date: the title if there is no other
    when: When | None = None
    note: str | None = None
    audience: str | None = None
    location: Location | None = None
    place: list[str] = field(default_factory=list)  # the place's lines as stated
    links: list[Link] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    cancelled: bool = False
    labelled: bool = False  # a labelled field (title, place, audience) was read
    boxes: tuple[int, ...] = ()  # the blocks around the event's first line
    named_by_item: bool = False  # ``rest`` came from a list item or heading: a title
    # The list or table the event's date stands in (see EventReader.listings).
    row: int | None = None
    also: list[When] = field(default_factory=list)  # "12.03. und 14.05.2026": more dates
    term: bool = False  # dated by a <dt> alone: the first line of its <dd> names it
    early_time: str | None = None  # an "Uhrzeit:" value read before the event's date
    town: str | None = None  # "Title (Marl, 25.01.2027)": the place beside the date
    struck_date: bool = False  # cancelled by its struck date alone (a move may follow)

    def has_content(self) -> bool:
        """True if anything that makes an event was gathered."""
        return bool(self.when or self.labelled)

    @property
    def summary(self) -> str | None:
        """The prose of the event, joined, or ``None``."""
        return " ".join(self.prose) or None  # lines are clean already

    def final_title(self) -> str:
        """The title a reader would name: labelled, else heading, else the date's text."""
        return self.title or self.heading or self.rest or ""

    def final_note(self) -> str | None:
        """The text beside the date when something else gave the title."""
        if self.rest and (self.title or self.heading):
            return self.rest
        return self.note


_FIELD_BAR = re.compile(r"\s+[|·]\s+")


def split_fields(line: Line) -> list[Line]:
    """``line`` as one line per field if it holds labelled fields side by side, joined
    by "|" or "·" ("Datum: 14.01.2027 | Uhrzeit: 18 Uhr | Ort: …"), else ``[line]``:
    only when at least two of its pieces start with a label the reader knows, and no
    part of it is struck through (the struck parts could not be told apart)."""
    text = line.text
    if line.struck or ":" not in text:
        return [line]
    pieces = _FIELD_BAR.split(text)
    fields = [split_label(p) for p in pieces]
    if len(pieces) < 2 or sum(name is not None for name, _ in fields) < 2:
        return [line]
    if any(name == "date" and not _names_a_day(value) for name, value in fields):
        # "Wann: Mo–Fr 8–16 Uhr | Wo: Bürgerbüro": an office's hours, not one event's fields
        return [line]
    out = []
    for piece in pieces:
        # A link belongs to the piece that shows its text (else to none of them).
        anchors = tuple(a for a in line.anchors if a.label and a.label in piece)
        out.append(dataclasses.replace(line, text=piece, plain=piece, anchors=anchors))
    return out


def _names_a_day(value: str) -> bool:
    """Whether a date field's value states a date ("Mo–Fr 8–16 Uhr" states none)."""
    return search_when(value, _UTC, default_year=2000) is not None


_UTC = ZoneInfo("UTC")  # only whether a value holds a date matters here


def split_label(text: str) -> tuple[Field | None, str]:
    """``"Thema: X"`` → ``("title", "X")``; a bare label line ("Thema") → ``("title", "")``."""
    return _split_label_cached(text) if len(text) <= CACHED_TEXT else _split_label(text)


@lru_cache(maxsize=2048)
def _split_label_cached(text: str) -> tuple[Field | None, str]:
    return _split_label(text)


def _split_label(text: str) -> tuple[Field | None, str]:
    if len(text) <= 24:
        bare = LABELS.get(text.rstrip(" :").lower())
        if bare:
            return bare, ""
    colon = text.find(":", 0, 24)
    m = LABEL_RE.match(text) if colon > 0 else None
    return (LABELS[m.group(1).lower()], m.group(2)) if m else (None, text)


def _carry_times(new: When, old: When, tz: ZoneInfo) -> When:
    """A moved date keeps the stated times when the new date gives none."""
    if new.start is not None or old.start is None:
        return new
    start = dt.datetime.combine(new.date, old.start.timetz().replace(tzinfo=None), tzinfo=tz)
    end = None
    if old.end is not None:
        last = new.end_date or new.date
        end = dt.datetime.combine(last, old.end.timetz().replace(tzinfo=None), tzinfo=tz)
    return dataclasses.replace(new, start=start, end=end)


def rescheduled(text: str, old: When, tz: ZoneInfo, year: DefaultYear) -> tuple[When, int] | None:
    """``"verschoben auf 4. Dezember 2025"`` in ``text`` → the new date, and where it starts."""
    if not (_may_move(text) if len(text) <= CACHED_PARAGRAPH else _may_move_text(text)):
        return None
    for marker in RESCHEDULE_RE.finditer(text):
        m = search_when(text, tz, default_year=year, pos=marker.end(), anchored=True)
        if m is not None:
            return _carry_times(m.when, old, tz), marker.start()
    return None


@lru_cache(maxsize=2048)  # asked of every paragraph of every dated event
def _may_move(text: str) -> bool:
    return _may_move_text(text)


def _may_move_text(text: str) -> bool:
    """Cheap test before ``RESCHEDULE_RE``: one of its words occurs."""
    low = text.lower()
    return (
        "versch" in low
        or "verleg" in low
        or "termin" in low
        or "postpon" in low
        or "moved" in low
        or "reschedul" in low
        or "new date" in low
        or "nun am" in low
        or "jetzt am" in low
        or "stattdessen am" in low
    )


@lru_cache(maxsize=2048)
def _may_begin(text: str) -> bool:
    return _may_begin_text(text)


def _may_begin_text(text: str) -> bool:
    """Cheap test before ``_BEGIN`` (slow on prose): one of its words occurs."""
    low = text.lower()
    return "begin" in low or "start" in low or "anfang" in low


def line_links(line: Line, fallback: str) -> list[Link]:
    """The line's web links, each with its size however it is written.

    "Programm (172 KB)", "Programm (PDF, 310 KB)", "Programm [pdf | 1,2 MB]",
    "Programm PDF-Datei 172 kB", and a size inside the link ("Programm <span>PDF,
    172 KB</span>"): the size goes to ``size``, never into the label.
    """
    if len(line.text) <= CACHED_TEXT:
        return list(_line_links(line.text, line.anchors, fallback))
    return _read_links(line.text, line.anchors, fallback)


@lru_cache(maxsize=1024)
def _line_links(text: str, anchors: tuple[Anchor, ...], fallback: str) -> tuple[Link, ...]:
    return tuple(_read_links(text, anchors, fallback))


def _read_links(text: str, anchors: tuple[Anchor, ...], fallback: str) -> list[Link]:
    links: list[Link] = []
    pos = 0
    for anchor in anchors:
        if not anchor.url:
            continue
        at = text.find(anchor.label, pos) if anchor.label else -1
        start = at + len(anchor.label) if at >= 0 else pos
        nxt = [text.find(a.label, start) for a in anchors if a.label and a is not anchor]
        stop = min([n for n in nxt if n >= start], default=len(text))
        label, size = split_size(anchor.label)
        if size is None:
            size = split_size(text[start:stop], after=True)[1]
        if size is None and not links and at > pos:  # "PDF (310 KB): <a>Programm</a>"
            size = split_size(text[pos:at], after=True)[1]
        links.append(Link(label or fallback, anchor.url, size))
        pos = start
    return links


def is_link_only(line: Line) -> bool:
    """A line that is nothing but its links (and their sizes): not prose."""
    if len(line.text) <= CACHED_TEXT:
        return _link_only(line.text, line.anchors)
    return _only_links(line.text, line.anchors)


@lru_cache(maxsize=1024)
def _link_only(text: str, anchors: tuple[Anchor, ...]) -> bool:
    return _only_links(text, anchors)


def _only_links(text: str, anchors: tuple[Anchor, ...]) -> bool:
    rest = text
    for anchor in anchors:
        rest = rest.replace(anchor.label, "")
    rest = split_size(rest, after=True)[0]
    return len(trim(_PARENS.sub("", rest))) <= 3


def _address_like(text: str) -> bool:
    """An unlabelled line a reader takes for a place: an address, a town, "Online …"."""
    if len(text) > 160 or text.endswith((".", "!", "?")):
        return False
    return _reads_as_place(text)


def looks_like_place(text: str) -> bool:
    """A text a reader takes for a place: an address, a town, "Online …"."""
    return _address_like(text)


@lru_cache(maxsize=2048)
def _reads_as_place(text: str) -> bool:
    # Postcodes and house numbers are digits: without one, only a town or "Online" is left.
    if _DIGIT.search(text) and (_POSTCODE.search(text) or _STREET_HINT.search(text)):
        return True
    last = text.rsplit(",", 1)[-1].strip()
    if municipality(last) is not None or (len(text) <= 60 and is_online(text)):
        return True
    if "," not in text or len(text) > 80:
        return False
    # "Hattingen, Altstadtcafé, Untermarkt 2": a town, then the venue.
    if municipality(text[: text.find(",")].strip()) is not None:
        return True
    # "Raum 2.13, Campus Bottrop", "Hörsaalgebäude II, Hörsaal 3": rooms and buildings.
    return any(_ROOM_PIECE.match(piece.strip()) for piece in text.split(","))


_DATE_WORDS = frozenset(
    (
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        *("mo", "di", "mi", "do", "fr", "sa", "so", "am", "vom", "ab", "den"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "on"),
        *("januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli"),
        *("august", "september", "oktober", "november", "dezember", "jan", "feb", "mär"),
        *("mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "january"),
        *("february", "march", "may", "june", "july", "october", "december", "mar", "oct"),
        *("dec", "kw"),  # "KW 3/2027 · Mittwoch, 20.01.2027"
    )
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_WEEKDAYS = frozenset(w for w in _DATE_WORDS if len(w) > 2 and w.endswith(("tag", "woch", "day")))
_WEEKDAYS_SHORT = frozenset(
    ("mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
)


def weekday_alone(text: str) -> bool:
    """A line that is only a weekday ("Donnerstag", "Do.", "Thursday,"): in a ``<dt>`` or
    a card's date box it stands above or beside the date, part of it, never a title."""
    if len(text) > 12:
        return False
    word = text.rstrip(".,: ").lower()
    # a short form only with its dot ("Do."); "Do" or "so" alone may be a word
    return word in _WEEKDAYS or (word in _WEEKDAYS_SHORT and text.rstrip(",: ").endswith("."))


def may_start_date(text: str, pos: int = 0) -> bool:
    """Cheap test before an anchored date search: the text at ``pos`` starts with a digit
    or with a weekday or month name (or "am"/"vom"/"den"), as every date form does."""
    if text[pos : pos + 1].isdigit():
        return True
    return _starts_with_date_word(text[pos : pos + 12])


@lru_cache(maxsize=2048)
def _starts_with_date_word(head: str) -> bool:
    """Whether ``head`` (a line's first characters) starts with a word that may begin a
    date; kept: most lines start with one of a few words ("Thema:", "Ort:" …)."""
    word = _FIRST_WORD.match(head)
    return word is not None and word.group().lower() in _DATE_WORDS


def _leading_time(text: str, when: When, tz: ZoneInfo) -> tuple[When, int] | None:
    """The clock time or range ``text`` starts with ("9–10 Uhr, …", "· 10:00 Uhr"), on
    ``when``'s day(s), and where it ends; a bare number ("17 Gäste") is no time."""
    pos = len(text) - len(text.lstrip(_TIME_LEAD))
    if not text[pos : pos + 1].isdigit() and text[pos : pos + 2].lower() not in _TIME_WORDS:
        return None
    found = times_at(text, when.date, tz, pos=pos, last_day=when.end_date)
    if found is None or _CLOCK.search(text, pos, found[2]) is None:
        return None
    return dataclasses.replace(when, start=found[0], end=found[1]), found[2]


def _move_notice(text: str, m: WhenMatch) -> bool:
    """ "Neuer Termin: 4. März 2027", "Verschoben! Neuer Termin: …", "Ersatztermin: …":
    a line whose date is introduced as an event's new date and that names nothing else
    is no event of its own (bold or an item, it would read as a dated heading)."""
    if m.begin < 8 or m.begin > CACHED_TEXT:  # "Neuer Termin: " at least, a short line
        return False
    head = text[: m.begin]
    if not _may_move(head):
        return False
    marker = None
    for marker in RESCHEDULE_RE.finditer(head):  # noqa: B007 - the last one
        pass
    if marker is None or head[marker.end() :].strip():
        return False
    lead = head[: marker.start()].strip(" !:–—-")
    return len(lead) <= 20 and lead.count(" ") <= 1 and not trim(text[m.end :]).strip("!.")


def _only_a_cancel_mark(text: str) -> bool:
    """A line that says nothing but "Abgesagt" / "ENTFÄLLT!" / "(fällt aus)"."""
    return len(text) <= 30 and is_cancelled(text) and not strip_cancel(text).strip(" !:()–-")


def _bold_sentence(line: Line) -> bool:
    """An all-bold paragraph that is a sentence ("Muss leider entfallen."): a notice in
    the event being read, not the heading of the next one (real headings carry no full
    stop)."""
    text = line.plain
    if line.level or not text.endswith(".") or " " not in text:
        return False
    last = text[text.rfind(" ") + 1 : -1]  # "entfallen", not "e.V" or "GmbH"
    return len(last) > 2 and last.isalpha() and last.islower()


def _shared(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many enclosing blocks two lines share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _completes(place: Sequence[str], value: str) -> bool:
    """A second place line that adds the address to a place named without one."""
    if any(_DIGIT.search(piece) for piece in place):
        return False
    return _DIGIT.search(value) is not None and _address_like(value)


def _address_block(lines: Sequence[Line]) -> bool:
    """Lines that together read as a place: none labelled, dated or linked, short, and
    the last one "12345 City" or a town (or a street among them)."""
    for line in lines:
        text = line.plain
        if line.anchors or line.label or line.heading_like or len(text) > 100:
            return False
        if text.endswith((".", "?", "!", ":")):
            return False
        if split_label(text)[0] is not None or ANY_LABEL_RE.match(text):
            return False
    last = lines[-1].plain
    if _POSTCODE.search(" " + last) or municipality(last.rsplit(",", 1)[-1].strip()):
        return True
    return any(_DIGIT.search(line.plain) and _STREET_HINT.search(line.plain) for line in lines)


def _place_tail(rest: str) -> tuple[str, str | None]:
    """Split "Title – Venue, Street 1, 12345 City" into ("Title", the place) when the last
    dash-separated part reads as a place; otherwise the text and ``None``."""
    for sep in (" – ", " — ", " | ", " · ", " - "):
        at = rest.rfind(sep)
        if at > 0:
            tail = rest[at + len(sep) :].strip()
            if tail and _address_like(tail):
                return rest[:at].strip(), tail
    for sep in (" | ", " · "):  # "Dortmund | Auftakt der Reihe": the place first
        at = rest.find(sep)
        if at > 0 and _address_like(rest[:at].strip()):
            return rest[at + len(sep) :].strip(), rest[:at].strip()
    at = rest.rfind(", ")
    if at > 0 and _venue_in_town(rest[at + 2 :]):  # "Title, Westfälische Hochschule Gelsenkirchen"
        return rest[:at].strip(), rest[at + 2 :].strip()
    if rest.endswith(")") and not is_online(rest[: rest.rfind(" (")]):
        # "Scheitern als Chance (Essen)"; not "Online (Webex)", which is the place whole
        at = rest.rfind(" (")
        if at > 0 and ")" not in rest[at:-1] and _address_like(rest[at + 2 : -1]):
            return rest[:at].strip(), rest[at + 2 : -1]
    return rest, None


_SMALL_WORDS = frozenset(("der", "des", "die", "dem", "am", "an", "im", "in", "zu", "für", "und"))


def _venue_in_town(text: str) -> bool:
    """A name of capitalised words ending in a town: "Westfälische Hochschule Gelsenkirchen",
    "Haus der Technik Essen" (not "Zukunft gestalten in Dortmund")."""
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 70:
        return False
    if any(not w[:1].isupper() and w not in _SMALL_WORDS for w in words):
        return False
    return municipality(words[-1]) is not None and city_from_text(text) is not None


def _unmarked(text: str) -> str:
    """``text`` without separators and a cancel mark at its ends."""
    return _unmarked_cached(text) if len(text) <= CACHED_TEXT else trim(strip_cancel(trim(text)))


@lru_cache(maxsize=2048)
def _unmarked_cached(text: str) -> str:
    return trim(strip_cancel(trim(text)))


# "Gebäude: HZO", "Raum: 04/413", "Hörsaal: 2": a part of the place under its own label.
_ROOM_LABEL = re.compile(
    r"^(gebäude|raum|hörsaal|seminarraum|saal|etage|room|building|lecture\s+hall)\s*:\s*(\S.{0,60})$",
    re.IGNORECASE,
)


def _room_label(text: str) -> str | None:
    """ "Raum: 20" → "Raum 20": the value alone ("20") names nothing, so the label word
    stays in the place (unless the value names a room itself: "Raum: Hörsaal 2"). Also
    a table cell under the column header "Raum" (``text`` is then "Raum: <cell>")."""
    m = _ROOM_LABEL.match(text) if ":" in text[:20] else None
    if m is None:
        return None
    word, value = m.group(1), m.group(2).strip()
    if value.lower().startswith(word.lower()) or _ROOM_PIECE.match(value):
        return value  # "Raum: Hörsaal 01.110" names its room itself
    return f"{word} {value}"


# A month divider ("Januar 2027", "March 2027"): the year of the dates below it.
_MONTH_YEAR = re.compile(
    r"^(?:jan(?:uar|uary)?|jänner|feb(?:ruar|ruary)?|märz|maerz|mär|mrz|march|mar|apr(?:il)?"
    r"|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?"
    r"|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?\s+(20\d\d)$",
    re.IGNORECASE,
)


def month_divider(text: str) -> int | None:
    """The year of a line that only names a month and year ("Januar 2027"): an events
    calendar's divider, above dates that state no year ("14 Jan")."""
    m = _MONTH_YEAR.match(text) if len(text) <= 16 else None
    return int(m.group(1)) if m else None


def _deadline_cell(line: Line) -> bool:
    """A cell under "Anmeldeschluss", "Frist", "Stand": a deadline or metadata, dropped as
    such a line of its own is, never an event's date."""
    return line.label is not None and METADATA_RE.match(f"{line.label}: {line.text}") is not None


def _bare(d: Draft, *, placed: bool = False) -> bool:
    """A draft that is a date and nothing else (no name, place, text or link); with
    ``placed``, a date and the place just stated for it."""
    return (
        d.when is not None
        and not (d.title or d.heading or d.rest or d.prose or d.links or d.audience)
        and (placed or not d.place)
    )


def _town_before_date(before: str, after: str) -> tuple[str, str | None]:
    """ "Title (Marl, 25.01.2027)": the title, and the place the parentheses put beside
    the date (only a text that reads as a place: "Workshop (Teil 2, …)" keeps its words)."""
    at = before.rfind("(")
    if at <= 0 or ")" in before[at:] or not after.lstrip(" ,").startswith(")"):
        return before, None
    inner = before[at + 1 :].strip(_SEPARATORS)
    if not inner or not _address_like(inner):
        return before, None
    return before[:at].rstrip(_SEPARATORS), inner


def _lead_in(text: str) -> str:
    """The text before a date without separators, a cancel mark and the word that leads
    into the date ("Werkstatt am" → "Werkstatt")."""
    return _lead_in_cached(text) if len(text) <= CACHED_TEXT else _read_lead_in(text)


@lru_cache(maxsize=2048)
def _lead_in_cached(text: str) -> str:
    return _read_lead_in(text)


def _read_lead_in(text: str) -> str:
    if text[:1] in ("K", "k") and _WEEK_LEAD.fullmatch(text):
        return ""  # "KW 3/2027 · Mittwoch, 20.01.2027": the calendar week is a hint
    return trim(_DATE_LEAD_WORD.sub("", _unmarked(text)))


class EventReader:
    """Gathers the events of one part of a page from its lines, in order."""

    def __init__(self, tz: ZoneInfo, year: DefaultYear) -> None:
        self.tz, self.year = tz, year
        self.drafts = [Draft()]
        self.pending: Field | None = None  # a bare label line waits for its value
        self.cont: tuple[str, int] | None = None  # (field, block) a value continues in
        self.tba = False
        # A lone cancel badge: the event being read, its blocks, its text, where in the prose
        # (no blocks: a move notice, "Neuer Termin: 4. März 2027", see _hold_move).
        self.held: tuple[Draft, tuple[int, ...] | None, str, int] | None = None
        self.loose: list[Line] = []  # prose before the first event (for mentions)
        self.rows: dict[int, int] = {}  # list or table → the first event dated in it
        self.listings: set[int] = set()  # those holding several events' dates
        self.prev: Line | None = None  # the line fed before
        self.shared = False  # a place was stated for a run of dates (see _share_place)
        self.cards: tuple[int, ...] = ()  # see _outside_cards
        self.cards_key = (0, True)

    def _headed(self, d: Draft, line: Line) -> Draft:
        """The event a heading names: the one being read, unless that one is named
        already (then the heading opens the next)."""
        named = d.heading is not None or d.title is not None or d.named_by_item
        d = self._fresh(named)
        d.heading = strip_cancel(line.plain) or None
        return d

    def _after_listing(self, d: Draft, line: Line) -> bool:
        """A line after a list of dated items or a table of several dated events: the
        page's closing words or registration link, no part of the last item's or row's
        event (after a table of one event's details, the line is still that event's)."""
        return d.row is not None and d.row in self.listings and d.row not in line.boxes

    def _outside_cards(self, line: Line) -> bool:
        """Whether ``line`` is outside the blocks every dated event's first line is in
        (with two or more such events: the container of their cards): a link there
        ("Alle Termine abonnieren (iCal)", an off-canvas menu) is the page's. Worked out
        again only when an event was added or dated (only the last draft changes)."""
        drafts = self.drafts
        if len(drafts) < 2:
            return False
        key = (len(drafts), drafts[-1].when is None)
        if key != self.cards_key:
            self.cards_key = key
            common: tuple[int, ...] = ()
            dated = 0
            for x in drafts:
                if x.when is not None and x.boxes:
                    common = common[: _shared(common, x.boxes)] if dated else x.boxes
                    dated += 1
            self.cards = common if dated > 1 else ()
        cards = self.cards
        return bool(cards) and line.boxes[: len(cards)] != cards

    def _part_of_dates(self, line: Line) -> bool:
        """A line that only helps read the dates: a weekday alone ("Donnerstag" above
        "14.01.2027" in a ``<dt>``), or a month divider ("Januar 2027") whose year the
        dates below take ("14 Jan")."""
        if line.anchors or len(line.plain) > 16:  # both are short: most lines end here
            return False
        if weekday_alone(line.plain):
            return True
        divider = month_divider(line.plain)
        if divider is None:
            return False
        self.year = divider
        return True

    def _unlabelled_place(self, d: Draft, line: Line, box: int) -> None:
        """An unlabelled line that reads as a place, with the venue named right above it."""
        form = _FORMAT.match(line.plain)  # "Format: Online-Seminar (Zoom)"
        d.place = [form.group(1) if form else line.plain]
        if self._venue_above(d, line):
            d.place.insert(0, d.prose.pop())
        self.cont = ("location", box)

    def _row_draft(self, d: Draft, line: Line) -> Draft:
        """The draft an undated line goes to. A row of a table of events is one event: a
        row without a date ("Termin wird noch bekannt gegeben") is not more of the row
        above, but an event of its own."""
        if not self._next_row(d, line):
            return d
        row, new = d.row, self._fresh(True)
        new.row, new.boxes = row, line.boxes
        return new

    def _next_row(self, d: Draft, line: Line) -> bool:
        """The line is a cell in the next row of the table of events ``d`` is dated in."""
        return (
            line.tag in ("td", "th")
            and d.when is not None
            and d.row is not None
            and d.row in self.listings
            and len(line.boxes) >= 4
            and line.boxes[-4] == d.row
            and line.boxes[-2] not in d.boxes
        )

    def _fresh(self, taken: bool) -> Draft:
        if taken:
            self.shared = False
            self.drafts.append(Draft())
        return self.drafts[-1]

    def finish_held(self) -> None:
        """A badge on the last line of the part cancels the event being read (a move
        notice there moves it)."""
        if self.held is not None:
            draft, boxes, text, at = self.held
            draft.cancelled = draft.cancelled or boxes is not None
            draft.prose.insert(at, text)
            self.held = None

    def _when(self, text: str, line: Line, name: Field | None) -> WhenMatch | None:
        """The event date the line states, if any (see the module docstring)."""
        lead = _LEAD_CANCEL.match(text) if text[:1] in _LEAD_CANCEL_FIRST else None
        start = lead.end() if lead else 0
        m = None
        if may_start_date(text, start):
            m = search_when(text, self.tz, default_year=self.year, pos=start, anchored=True)
            if m is None and (week := _WEEK_LEAD.match(text, start)) is not None:
                # "KW 3/2027 · Mittwoch, 20.01.2027": the calendar week is a hint
                m = search_when(
                    text, self.tz, default_year=self.year, pos=week.end(), anchored=True
                )
            if m is not None and name is None and _news_sentence(text, line, m):
                return None  # "Am 24. Dezember bleibt das Bürgerbüro geschlossen."
            if m is not None and DEADLINE_AFTER_RE.match(text, m.end):
                return None  # "31.01.2027: Einsendeschluss für Themenvorschläge"
        if m is not None or name == "date":
            if m is None:
                m = search_when(text, self.tz, default_year=self.year)
            return m
        if name is not None:
            return None
        if not (line.heading_like or line.tag in _ITEM_TAGS) or len(text) > _ITEM_MAX:
            return None
        if line.bold and _bold_sentence(line):
            return None  # "Die Veranstaltung am 18. Februar muss leider ausfallen.": a notice
        m = search_when(text, self.tz, default_year=self.year)
        if m is None or not_an_event_date(text[: m.begin]):
            return None
        return m

    def read(self, lines: Sequence[Line]) -> None:
        """Take the lines of a part; an unlabelled block of ``<br>`` lines that reads as
        an address (venue, street, "12345 City" — or venue and town) is the place. A
        line of labelled fields side by side ("Date: … | Time: … | Venue: …") is read
        as one line per field."""
        if any("|" in line.text or "·" in line.text for line in lines):  # then " | ", " · "
            lines = [part for line in lines for part in split_fields(line)]
        i, n, j = 0, len(lines), -1
        while i < n:
            if i > j:  # the last line of the block line i opens (found once per block)
                j = i
                box = lines[i].boxes[-1] if lines[i].boxes else -1
                while j + 1 < n and lines[j + 1].boxes and lines[j + 1].boxes[-1] == box:
                    j += 1
            d = self.drafts[-1]
            block = j > i and self.pending in (None, "location")
            if block and d.when is not None and not d.place and _address_block(lines[i : j + 1]):
                self.cont, self.pending = None, None
                d.labelled = True
                d.place = [line.plain for line in lines[i : j + 1]]
                i = j + 1
                continue
            self.feed(lines[i])
            i += 1

    def feed(self, line: Line) -> None:
        """Take one line of the part."""
        if _only_a_cancel_mark(line.text):
            # A badge alone ("Abgesagt") belongs to the event whose card it shares: the
            # one being read or the one the next line starts (decided by the blocks).
            self.held = (self.drafts[-1], line.boxes, line.plain, len(self.drafts[-1].prose))
            return
        held, self.held = self.held, None
        count = len(self.drafts)
        self._feed(line)
        self.prev = line
        last = self.drafts[-1]
        if not last.boxes:
            last.boxes = line.boxes
        if held is not None:
            old, boxes, text, at = held
            new = self.drafts[-1] if len(self.drafts) > count else None
            if boxes is None:
                # "Neuer Termin: 4. März 2027" above "<s>18. Februar 2027</s>, 16 Uhr": the
                # notice moves the event of the struck date; otherwise the one being read.
                if new is not None and (line.struck or old.when is None):
                    new.prose.insert(0, text)
                else:
                    old.prose.append(text)
            elif new is not None and _shared(boxes, line.boxes) > _shared(boxes, old.boxes):
                new.cancelled = True
                new.prose.insert(0, text)
            else:
                old.cancelled = True
                old.prose.insert(at, text)

    def _feed(self, line: Line) -> None:
        if is_metadata(line.text) or _deadline_cell(line):
            return
        box = line.boxes[-1] if line.boxes else -1
        d = self.drafts[-1]
        if self.cont is not None and self._continues(line, box, d):
            return
        if self._part_of_dates(line):
            return
        self.cont = None
        name, value, full = self._label(line, box)
        if name is None and value is None:
            return  # a bare label line: its value follows
        assert value is not None
        dated = self._when(full, line, name) if name in (None, "date") else None
        if dated is not None and name is None and _move_notice(full, dated):
            return self._hold_move(d, line)
        d = self._row_draft(d, line) if dated is None else d
        if dated is not None:
            self._dated(line, full, dated, name)
        elif name == "time":
            self._time(d, value)
        elif name == "title":
            d = self._fresh(d.title is not None)
            # "Thema: folgt": the topic is still to come, no title of the event's own
            d.title, d.labelled = (None if topic_to_follow(value) else strip_cancel(value)), True
            self.cont = ("title", box)
        elif name == "audience":
            d = self._fresh(d.audience is not None)
            d.audience, d.labelled = value, True
            self.cont = ("audience", box)
        elif name == "location" and d.place and _completes(d.place, value):
            d.place.append(_NEW_PLACE.sub("", value))  # "Treffpunkt: …" then "Adresse: …"
            self.cont = ("location", box)
        elif name == "location" and self._after_listing(d, line):
            self.loose.append(line)  # an office's place under a list of dates: the page's
        elif name == "location":
            self._labelled_place(d, value, box)
        elif name is None and line.level and line.anchors and is_link_only(line):
            # A heading that is a link to the event's page ("<h3><a>Title</a></h3>"): the
            # title (opening the next event as any heading does), and the link
            d = self._headed(d, line)
            d.links.extend(line_links(line, "Link"))
        elif line.anchors and (name == "links" or is_link_only(line)):
            if not (self._after_listing(d, line) or self.shared or self._outside_cards(line)):
                d.links.extend(line_links(line, value or "Link"))
        elif name == "links":
            return  # "Anmeldung: ausgebucht" — a links column without a link
        elif name in (None, "date") and self._time_line(d, value if name else line.plain, box):
            # also a date cell's second line ("Do, 08.04.2027<br>17–19 Uhr", "jeweils 10–15 Uhr")
            return
        elif name is None and line.heading_like and not line.anchors and not _bold_sentence(line):
            # A heading after an event that is complete (dated and named beside its date,
            # as in "12.03.2026 – Title" list items under month headings) opens the next.
            d = self._headed(d, line)
        elif name is None and d.when is not None and (room := _room_label(value or "")):
            d.place.append(room)  # "Gebäude: HZO", "Raum: 20": pieces of the place
        elif (
            name is None
            and d.when is not None
            and not d.place
            and _address_like(line.plain)
            and not self._after_listing(d, line)  # an address under a list: the page's
            and not self._termed(d, line)  # "Format" over "hybrid – vor Ort": no place
        ):
            self._unlabelled_place(d, line, box)
        else:
            self._prose(d, line, value if name else line.plain)
            return
        d = self.drafts[-1]
        # The mark belongs to the event this line went to: a line that starts the next
        # event ("1. Juli 2027 – entfällt") cancels that one, not the one before.
        if is_cancelled(line.text):
            d.cancelled = True

    def _label(self, line: Line, box: int) -> tuple[Field | None, str | None, str]:
        """(field, value, the text after the label) of a line; (None, None, "") for a
        bare label line, whose value is read from the next block."""
        if self.pending is not None:
            name: Field | None = self.pending
            self.pending = None
            self.cont = None
            value = line.plain
            if name in ("title", "audience", "location"):
                self.cont = (name, box)
            return name, value, line.text
        self.pending = None
        if line.label is not None:
            name = label_field(line.label)
            if name is not None:
                return name, line.plain, line.text
            if line.label:
                return None, f"{line.label}: {line.plain}", line.text
        name, value = split_label(line.plain)
        if name is None:
            full = line.text
        else:  # the plain text is the text itself unless part of the line is struck
            full = value if line.plain is line.text else split_label(line.text)[1]
        if name is not None and not value and not full and not line.anchors:
            self.pending = name
            return None, None, ""
        return name, value, full

    def _continues(self, line: Line, box: int, d: Draft) -> bool:
        """A further ``<br>`` line of the value being read (an address over three lines)."""
        assert self.cont is not None
        name, cont_box = self.cont
        if box != cont_box or line.anchors or split_label(line.plain)[0] is not None:
            return False
        if ANY_LABEL_RE.match(line.plain) or self._when(line.text, line, None) is not None:
            return False
        text = line.plain
        if name == "location":
            # Address pieces, not the sentence after them ("Ort: Dortmund<br>Wie können …?").
            if text.endswith((".", "?", "!", ":")) or any(
                _POSTCODE.search(" " + p) for p in d.place
            ):
                return False
            if len(text) > 60 and not _address_like(text):
                return False
            d.place.append(text)
        elif name == "title" and d.title is not None:
            d.title = f"{d.title} {text}"
        elif name == "audience" and d.audience is not None:
            d.audience = f"{d.audience} {text}"
        else:
            return False
        if is_cancelled(line.text):
            d.cancelled = True
        return True

    def _dated(self, line: Line, full: str, m: WhenMatch, name: Field | None) -> None:
        """A line with an event date: a new event, or the date of the current one."""
        when, after, struck_alone = m.when, full[m.end :], False
        if line.struck:
            # A struck-through date with a new one beside it moved; alone, it is cancelled.
            plain = split_label(line.plain)[1] if name else line.plain
            new = search_when(plain, self.tz, default_year=self.year)
            if new is None:
                struck_alone = True
            else:
                when = _carry_times(new.when, m.when, self.tz)
                after = plain[new.end :]
        head: str = full[: m.begin]
        also: list[When] = []
        if _joins_days(head[-12:]) or _joins_days(after[:9]):
            head, after, when, also = self._more_days(head, after, when)
        moved = rescheduled(after, when, self.tz, self.year)
        if moved is not None:
            when, after = moved[0], after[: moved[1]]
        if when.start is None and after.lstrip().startswith("·"):
            timed = _leading_time(after, when, self.tz)  # "16.04.2026 · 10:00 Uhr"
            if timed is not None:
                when, after = timed[0], after[timed[1] :]
        before, town = _town_before_date(_lead_in(head), after)
        rest = _unmarked(after)
        when, rest = self._time_after_title(when, rest)
        d = self.drafts[-1]
        # The date of the event being read, stated again with its times ("Talk (20.01.2027)"
        # then "Wann: 20.01.2027, 17 Uhr") or as its date field, refines it; any other date
        # starts the next one, as does the same date bare after a named event (a second
        # card or accordion item on the same day).
        new_row = line.tag in ("td", "th") and len(line.boxes) > 1 and line.boxes[-2] not in d.boxes
        refines = (
            d.when is not None
            and d.when.date == when.date
            and not d.when.start
            and not new_row  # a table's next row is the next event, whatever its date
            # nor is a date after the table or list the event stands in (the same dates
            # again as cards for phones): the next statement, not more of the last row
            and (d.row is None or d.row in line.boxes)
            and (name == "date" or when.start is not None or not d.final_title())
        )
        # A line names its own event when its title comes before the date in a heading or
        # item ("Talk (20.01.2027)"), or after the date in a real heading or item; a bold
        # date line ("27.11.2025, 17 Uhr – mit Ausklang") only dates the event above it.
        item = line.level > 0 or line.tag in _ITEM_TAGS
        titled = name is None and bool((before and (line.heading_like or item)) or (rest and item))
        if (d.when is not None and not refines) or (d.when is None and d.heading and titled):
            # Another date, or a heading that names its own event after an undated one.
            d = self._fresh(True)
        if refines and d.when is not None and not when.start:
            when = d.when
        d.when = when = self._with_early_time(d, when)
        d.also = [_carry_times(day, when, self.tz) for day in also]
        # The list around an item; the table around a cell (table, tbody, tr, td).
        depth = _ROW_DEPTH.get(line.tag, 0)
        if depth and len(line.boxes) >= depth:
            d.row = line.boxes[-depth]
            first = self.rows.setdefault(d.row, id(d))
            # another event's date stands there too; an item "Datum: …" is one field of
            # a list of one event's details ("Datum:", "Uhrzeit:", "Raum:"), no listing
            if (line.tag == "li" and name != "date") or first != id(d):
                self.listings.add(d.row)
        # dated by a <dt> alone; "(Marl, 25.01.2027)": the town beside the date
        d.term, d.town = (
            line.tag == "dt" and name is None and not before and not rest,
            town or d.town,
        )
        # struck alone, it may be the old date of a new one below ("Neuer Termin: …")
        d.struck_date, d.cancelled = (
            d.struck_date or (struck_alone and not d.cancelled and not is_cancelled(line.text)),
            d.cancelled or struck_alone or is_cancelled(line.text),
        )
        if before and (line.heading_like or line.tag in _ITEM_TAGS) and name is None:
            if rest and not d.place and _address_like(rest):
                d.place, rest = [rest], ""  # "Title – 5. März 2026, 18 Uhr, Venue, Street …"
            title = trim(f"{before} {rest}") if rest and not before.endswith(":") else before
            d.heading = d.heading or strip_cancel(trim(title.rstrip("("))) or None
        elif rest:
            self._beside(d, line, rest, item)

    def _venue_above(self, d: Draft, line: Line) -> bool:
        """The line right above an address, in its block, read as prose: the venue's name
        ("Wissenschaftspark Gelsenkirchen" over "Munscheidstraße 14, 45886 …") — a short
        name, no sentence, no number, no label."""
        prev = self.prev
        if prev is None or not d.prose or d.prose[-1] != prev.plain or prev.anchors:
            return False
        text = prev.plain
        if len(text) > 60 or not text[:1].isupper() or _DIGIT.search(text):
            return False
        if text.endswith((".", "!", "?", ":")) or ANY_LABEL_RE.match(text) or ": " in text:
            return False
        return prev.boxes == line.boxes[:-1] or prev.boxes[:-1] == line.boxes[:-1]

    def _labelled_place(self, d: Draft, value: str, box: int) -> None:
        """ "Ort: …": the place of the event being read, or of the next one if that has
        one already."""
        d = self._fresh(d.location is not None or bool(d.place))
        d.place, d.labelled = [_NEW_PLACE.sub("", value)], True
        self.cont = ("location", box)
        self._share_place(d)

    def _share_place(self, d: Draft) -> None:
        """ "Ort: …" under a run of bare date lines ("Mi., 13.01.2027, 16–18 Uhr" three
        times): the place of every date in the run, and the lines after it speak for all
        of them (the page's words, not the last date's)."""
        if not _bare(d, placed=True):
            return
        run = list(itertools.takewhile(_bare, reversed(self.drafts[:-1])))
        for other in run:
            other.place = d.place  # one list: an address continued on a next line too
        self.shared = bool(run)

    def _time_after_title(self, when: When, rest: str) -> tuple[When, str]:
        """ "Do 14.01. – KI im Büro, 8:30–10 Uhr": the time closing the text beside the
        date is the event's, not part of its title. (The start after the doors, "Einlass
        17 Uhr, Beginn 17:30 Uhr", is read by the date grammar itself.)"""
        if when.start is not None or ", " not in rest:
            return when, rest
        at = rest.rfind(", ")
        timed = _leading_time(rest[at:], when, self.tz)
        if timed is None or trim(rest[at + timed[1] :]):
            return when, rest
        return timed[0], rest[:at].rstrip()

    def _beside(self, d: Draft, line: Line, rest: str, item: bool) -> None:
        """The text after the date: a place, a link, else the event's name or note."""
        if line.anchors and line.anchors[-1].url and rest.find(line.anchors[-1].label) > 0:
            # "4. November 2025: Title. <a>Präsentation (PDF, 2,1 MB)</a>": a link after
            # the text beside the date is the event's link, not part of its title
            link = line.anchors[-1]
            at = rest.rfind(link.label)
            if trim(split_size(rest[at + len(link.label) :], after=True)[0]) == "":
                d.links.extend(line_links(line, "Link")[-1:])
                rest = rest[:at].rstrip(" ,;:–—-")
        inline = _INLINE_PLACE.search(rest) if ":" in rest else None
        if inline is not None and not d.place:
            # "Title. Ort: Venue, Street 1, 12345 City."
            d.place = [rest[inline.end() :].rstrip(" .")]
            rest = rest[: inline.start()].rstrip(" .")
        lead = _PLACE_LEAD.match(rest) if rest[:1] in ("i", "I") else None
        if lead is not None and not d.place and _address_like(rest[lead.end() :]):
            d.place, rest = [rest[lead.end() :]], ""  # "Do., 14.01.2027 in Witten"
        # "8.–9. Februar 2026, jeweils 9–16 Uhr, Venue, Street 1, 12345 City"
        rest, place = _place_tail(rest)
        if place is None and not d.place and _address_like(rest) and " – " not in rest:
            rest, place = "", _LEAD_IN_PLACE.sub("", rest)  # "ab 16 Uhr im H2PopUpLab, …"
        if place is not None and not d.place:
            d.place = [place]
        if rest and topic_to_follow(rest):
            d.note = rest  # "18.02.2027 – Thema folgt": a note, no title (the series names it)
        elif rest:
            d.rest = strip_cancel(rest)
            # In a list item or heading the text beside the date is the event's name;
            # on a plain date line ("… – mit Imbiss") a heading may still follow.
            d.named_by_item = item

    def _more_days(self, head: str, after: str, when: When) -> tuple[str, str, When, list[When]]:
        """Two events on one line: "12.03. und 14.05.2026" (the first day takes the year of
        the second) or "12.03.2026 und 14.05.2026, 17 Uhr" (the times hold for both): the
        text before and after the dates without the others, the date, the other days."""
        also: list[When] = []
        early = _EARLIER_DAY.search(head) if _joins_days(head[-12:]) else None
        if early is not None:
            day, month, year = (int(g) if g else None for g in early.group("d", "m", "y"))
            try:
                first = dt.date(
                    (year % 100 + 2000 if year and year < 100 else year) or when.date.year,
                    month or 0,
                    day or 0,
                )
            except ValueError:
                first = None
            if first is not None and first < when.date:
                also.append(When(first, None, None, None))
                head = head[: early.start()]
        nxt = _AND_DAY.match(after) if _joins_days(after[:9]) else None
        if nxt is not None:
            later = search_when(
                after, self.tz, default_year=when.date.year, pos=nxt.end(), anchored=True
            )
            if later is not None and later.when.date > when.date:
                also.append(later.when)
                after = after[later.end :]
                if when.start is None and later.when.start is not None:
                    when = _carry_times(when, later.when, self.tz)
        return head, after, when, also

    def _time_line(self, d: Draft, text: str, box: int) -> bool:
        """A line that starts with the time of the event being read ("9:00 bis 16:00 Uhr,
        IHK zu Essen, …"): the time, and a place after it."""
        if d.when is None or d.when.start is not None:
            return False
        begin = None
        if _may_begin(text) if len(text) <= CACHED_PARAGRAPH else _may_begin_text(text):
            begin = _BEGIN.search(text)  # "Einlass 16:30 Uhr, Beginn 17:00 Uhr": the start
        if begin is not None:
            timed = _leading_time(text[begin.end() :], d.when, self.tz)
            if timed is not None:
                d.when = timed[0]
                return True
        timed = _leading_time(text, d.when, self.tz)
        if timed is None:
            return False
        d.when = timed[0]
        rest = trim(text[timed[1] :])
        if rest and not d.place and _address_like(rest):
            d.place = [rest]
            self.cont = ("location", box)
        elif rest:
            d.prose.append(rest)
        return True

    def _with_early_time(self, d: Draft, when: When) -> When:
        """``when`` with the time stated before it for the same event, if any."""
        if d.early_time is None:
            return when
        value, d.early_time = d.early_time, None
        if when.start is None:
            d.when = when
            self._time(d, value)
            return d.when
        return when

    def _time(self, d: Draft, value: str) -> None:
        """Add the times of an "Uhrzeit:" line to the draft's date (kept until the date
        comes when the time is stated first: "Uhrzeit: 18 Uhr | Datum: 14.01.2027")."""
        if d.when is None:
            d.early_time = value
            return
        times = parse_times(value, d.when.date, self.tz, last_day=d.when.end_date)
        if times is None:
            return
        end = times[1]
        stop = _END.search(value) if end is None else None
        if stop is not None:  # "Beginn: 17 Uhr, Ende: 19 Uhr"
            until = parse_times(value[stop.end() :], d.when.date, self.tz)
            end = until[0] if until is not None and until[0] > times[0] else None
        d.when = dataclasses.replace(d.when, start=times[0], end=end)

    def _hold_move(self, d: Draft, line: Line) -> None:
        """A new date for an event, not an event: which one is decided by the next line."""
        self.held = (d, None, line.plain, len(d.prose))

    def _termed(self, d: Draft, line: Line) -> bool:
        """A ``<dd>`` under a ``<dt>`` term no label names ("Format"), read as prose."""
        prev = self.prev
        return (
            line.tag == "dd"
            and prev is not None
            and prev.tag == "dt"
            and bool(d.prose)
            and d.prose[-1] == prev.plain
            and not prev.anchors
        )

    def _prose(self, d: Draft, line: Line, text: str) -> None:
        if line.tag == "dd" and self._termed(d, line):
            # <dt>Format</dt><dd>hybrid</dd>: a term no label names, with its value
            text = f"{d.prose.pop().rstrip(' :')}: {text}"
        form = _FORMAT.match(text)
        if (
            form is not None
            and d.when is not None
            and not d.place
            and is_online(form.group(1))
            and not _HYBRID.search(form.group(1))
        ):
            d.place = [form.group(1)]  # "Format: Online-Seminar (Zoom)"
            return
        if not self.tba and len(line.text) < 300:  # "Der nächste Termin wird bekannt gegeben"
            self.tba = says_tba(line.text)
        if d.when is not None and _ALL_DATES.match(text):
            self.shared = True  # "All lectures are free of charge.": the page's, as what follows
        after_listing = self._after_listing(d, line) or self.shared
        if d.when is None or after_listing:
            self.loose.append(line)  # may name an event in prose (see prose_mentions)
            if after_listing or (not d.has_content() and d.heading is None):
                return
        if d.term and line.tag == "dd" and not (d.prose or d.final_title() or line.anchors):
            # <dt>date</dt><dd>Speaker: Title<br>Room</dd>: the description names the event
            d.rest, d.named_by_item, d.term = text, True, False
            return
        if line.anchors:
            d.links.extend(line_links(line, "Link"))
            text = _without_trailing_link(text, line)
        d.prose.append(text)
        if is_cancelled(line.text):
            d.cancelled = True

    def _dated_by_prose(self, d: Draft) -> None:
        """An event under its own heading whose first paragraph dates it ("Das Forum fand
        am 14. September 2024 im Rathaus Kamen statt."): that date, and the place the
        sentence names after it (an address, else a hall that names its town). Only a
        sentence naming one date: a list of dates ("am 14. Januar, 11. Februar …") is
        read as dates announced in sentences."""
        text = d.prose[0]
        for lead in _MENTION_LEAD.finditer(text):
            if not_an_event_date(text[max(0, lead.start() - 40) : lead.start()]):
                continue  # "Anmeldeschluss ist am …"
            m = search_when(text, self.tz, default_year=self.year, pos=lead.end(), anchored=True)
            if m is None or m.begin != lead.end():
                continue
            sentence = _sentence(text, m.begin, m.end)
            at = sentence.find(text[m.begin : m.end])
            tail = sentence[at + m.end - m.begin :]
            if search_when(tail, self.tz, default_year=self.year) is not None:
                return
            venue = prose_place(tail) or sentence_place(tail)  # an address, else a hall
            if not _took_place(sentence[:at], tail, venue):
                return  # "Die Reihe wurde am 3. März 2019 … gegründet": no gathering
            d.when = m.when
            if venue is not None and not d.place:
                d.place = [venue]
            return

    def finish(self) -> list[Draft]:
        """The gathered drafts (a rescheduling note anywhere moves its event)."""
        self.finish_held()
        drafts = []
        # A series often states one place for every event: read each place once.
        places: dict[tuple[str, ...], Location | None] = {}
        for d in self.drafts:
            if not (d.has_content() or d.links or d.prose or d.heading):
                continue
            if d.when is None and d.heading is not None and d.prose:
                self._dated_by_prose(d)
            if d.when is not None:
                for text in d.prose:
                    moved = rescheduled(text, d.when, self.tz, self.year)
                    if moved is not None:
                        d.when = moved[0]
                        # a struck date and a new one below it: moved, not cancelled
                        if d.struck_date and not any(map(is_cancelled, d.prose)):
                            d.cancelled = False
            if d.place:
                key = tuple(d.place)
                if key not in places:
                    places[key] = place_of(d.place)
                d.location = places[key]
            elif d.when is not None and d.location is None and d.town is not None:
                d.location = place_of([d.town])  # "(Marl, 25.01.2027)" and no other place
            elif d.when is not None and d.location is None:
                note = d.final_note() if d.rest else None
                venue = sentence_place(note) if note else None
                city = city_from_text(d.final_title()) if venue is None else None
                if venue is not None:  # "… trafen sich 120 Gäste in der Stadthalle Unna."
                    d.location = place_of([venue])
                    if note is not None and _PLACE_ONLY.fullmatch(note.replace(venue, "", 1)):
                        d.rest = None  # "Am 13.09.2025 im Kreishaus Unna.": no note beside
                elif city is not None:  # the place the title states: its city
                    d.location = Location(city=city, text=city)
            drafts.append(d)
            for day in d.also:  # the same event on each other day its line names
                drafts.append(dataclasses.replace(d, when=day, also=[]))
        return drafts


# What is left of a sentence that only says where: "im", "in der", a full stop.
_PLACE_ONLY = re.compile(r"\s*(?:(?:in|im)(?:\s+(?:der|dem|den))?)?\s*[.,]?\s*")
# A paragraph that opens by speaking of every date of the series ("Alle Vorträge sind
# kostenfrei.", "All lectures are free of charge.") is the page's, not the last event's.
_ALL_DATES = re.compile(
    r"(?:alle\s+(?:termine|veranstaltungen|vorträge|sprechtage|workshops|sitzungen|treffen"
    r"|abende|seminare|lesungen)|all\s+(?:events|talks|lectures|sessions|meetings|workshops"
    r"|seminars))\b",
    re.IGNORECASE,
)
# Verbs that say a gathering took place on the date a sentence names ("fand … statt",
# "trafen sich", "wurde … durchgeführt"); founding, deciding, closing or opening do not.
_TAKES_PLACE = re.compile(
    r"\b(?:statt|stattgefunden|stattfinden|trafen|traf|treffen|trifft|tagte|tagten|tagt"
    r"|durchgeführt|ausgerichtet|veranstaltet|lädt|luden|lud|took\s+place|takes\s+place"
    r"|was\s+held|were\s+held|met)\b",
    re.IGNORECASE,
)


def _news_sentence(text: str, line: Line, m: WhenMatch) -> bool:
    """A paragraph "Am <date> …" that goes on as a sentence, its verb right after the date,
    saying something else than that a gathering took place ("Am 26. November hat der Rat
    … beschlossen"); "Am 14. Januar 2027: Lesung im Rathaus." names an event."""
    if line.heading_like or line.tag in _ITEM_TAGS or text[:3].lower() not in ("am ", "vom"):
        return False
    tail = text[m.end :]
    verb = _FIRST_WORD.match(tail.lstrip(" ,"))
    if verb is None or not verb.group().islower() or verb.group() in _NO_VERB:
        return False
    if not tail.rstrip().endswith((".", "!")):
        return False
    return not _took_place(text[: m.begin], tail, sentence_place(tail))


# Words right after a date that start a place or time, not the verb of a sentence.
_NO_VERB = frozenset(("im", "in", "um", "ab", "von", "bis", "und", "oder", "zum", "zur", "beim"))


def _took_place(head: str, tail: str, venue: str | None) -> bool:
    """Whether a sentence dating a heading's event says that it took place: a verb of
    taking place, or nothing but "Am <date> <place>." (a review's short form)."""
    if _TAKES_PLACE.search(head) or _TAKES_PLACE.search(tail):
        return True
    rest = tail.replace(venue, "", 1) if venue else tail
    return head.strip().lower() in ("am", "vom", "") and _PLACE_ONLY.fullmatch(rest) is not None


def _without_trailing_link(text: str, line: Line) -> str:
    """ "Es war gut. Bericht lesen" → "Es war gut.": a link after the last sentence is a
    call to action (kept in ``links``), not prose; a link inside a sentence stays."""
    last = line.anchors[-1]
    if not last.url or not last.label or not text.endswith(last.label):
        return text
    before = split_size(text[: -len(last.label)].rstrip(), after=True)[0].rstrip()
    return before if before.endswith((".", "!", "?")) else text


def place_of(lines: Sequence[str]) -> Location | None:
    """The place of an event from the lines it is stated in (a struck old place is
    dropped by the caller: only the plain text arrives here)."""
    shown = [trim(strip_booked(line)) for line in lines]  # "… Marl (Warteliste)"
    shown = [line for line in shown if line]
    return parse_location(shown) if shown else None


# Articles, and the contractions of one with a preposition ("Beim letzten Treffen am …").
_ARTICLES = frozenset(("die", "der", "das", "unsere", "unser", "beim", "im", "zum", "zur"))


def _mention_title(before: str) -> str | None:
    """The event noun before "am <date>": "Die Auftaktveranstaltung am" → "Auftaktveranstaltung".

    Up to three capitalised words after an article (and at most one lower-case
    adjective: "die erste Auftaktveranstaltung"), read backwards from "am"/"vom".
    """
    words = before[-120:].split()
    if len(words) < 3 or words[-1] not in ("am", "vom"):
        return None
    title: list[str] = []
    k = len(words) - 2
    while k >= 0 and len(title) < 3:
        word = words[k]
        if not word[:1].isupper() or word.lower() in _ARTICLES:
            break
        title.insert(0, word)
        k -= 1
    if title and k >= 0 and words[k][:1].islower() and words[k] not in _ARTICLES:
        k -= 1  # one adjective
    if not title or k < 0 or words[k].lower() not in _ARTICLES:
        return None
    return " ".join(title)


_MENTION_VENUE = re.compile(
    r"^\s+(?:in|im)\s+(?:(?:der|dem|den|die|das)\s+)?"
    r"([A-ZÄÖÜ0-9][\w’'.&-]*(?:\s+[A-ZÄÖÜ0-9][\w’'.&-]*)*)"
)
# Both patterns start with a character ("a"/"v", "."/"!"/"?") and look behind it only
# then: ``re`` skips ahead to such a character, while a pattern that starts with a
# lookbehind is tried at every position of a paragraph (four times slower). " am " is
# matched from its "a" as before; a boundary now starts at its punctuation mark.
_MENTION_LEAD = re.compile(r"(?:a(?<= a)m|v(?<= v)om) (?=\S)")
_BOUNDARY = re.compile(r"[.!?](?<=[a-zäöüß)“”\"][.!?])\s+(?=[A-ZÄÖÜ„“\"])")
_ABBREVIATIONS = frozenset(("dr.", "prof.", "bzw.", "ca.", "vgl.", "ggf.", "inkl.", "nr.", "str."))


def _sentence(text: str, begin: int, end: int) -> str:
    """The sentence of ``text`` around ``[begin, end)``."""
    lo, hi = 0, len(text)
    for b in _BOUNDARY.finditer(text):
        gap = b.start() + 1  # the spaces after the punctuation mark
        word = text[:gap].rsplit(" ", 1)[-1].lower()
        if word in _ABBREVIATIONS:
            continue
        if b.end() <= begin:
            lo = b.end()
        elif gap >= end:
            hi = gap
            break
    return text[lo:hi].strip()


def prose_mentions(text: str, tz: ZoneInfo, year: DefaultYear) -> list[Draft]:
    """Events named in prose: "Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie
    Essen …" → title "Auftaktveranstaltung", venue "Philharmonie Essen"."""
    if " am " not in text and " vom " not in text:
        return []
    # Mentions stand in the paragraphs of a "Rückblick", which stay as they are from check
    # to check: they are kept, for paragraphs of a bounded length.
    cached = len(text) <= _CACHED_PROSE
    mentions = _mentions_cached(text, tz, year) if cached else _mentions(text, tz, year)
    return [
        Draft(title=name, when=when, location=location, prose=[summary])
        for name, when, location, summary in mentions
    ]


_CACHED_PROSE = 1000
_Mention = tuple[str, When, Location | None, str]  # title, date, place, sentence


@lru_cache(maxsize=256)
def _mentions_cached(text: str, tz: ZoneInfo, year: DefaultYear) -> tuple[_Mention, ...]:
    return _mentions(text, tz, year)


def _mentions(text: str, tz: ZoneInfo, year: DefaultYear) -> tuple[_Mention, ...]:
    found: list[_Mention] = []
    # Only a date right after "am"/"vom" can be a mention: search there, anchored, not
    # the whole (often long) paragraph from every date on.
    for lead in _MENTION_LEAD.finditer(text):
        m = search_when(text, tz, default_year=year, pos=lead.end(), anchored=True)
        if m is None or m.begin != lead.end():
            continue
        name = _mention_title(text[: m.begin])
        if name is None:
            continue
        venue = _MENTION_VENUE.match(text[m.end :])
        location = parse_location(venue.group(1)) if venue else None
        found.append((name, m.when, location, _sentence(text, m.begin, m.end)))
    return tuple(found)
