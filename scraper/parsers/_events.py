"""Read events out of the lines of one section ("Nächster Termin" or "Rückblick").

An event is gathered from what a reader sees: a line starting with a date, labels
("Thema:", "Zielgruppe:", "Ort:", "Datum:", "Uhrzeit:" — inline, or as a label line
followed by its value as in ``<dt>``/``<dd>`` or a table row), links, and headings
with a date such as "Talentschmiede … (19.05.2025)". A field that appears a second
time starts the next event, so the order of the fields does not matter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from scraper.dates import When, WhenMatch, parse_times, search_when
from scraper.model import Link, Location
from scraper.parsers._fields import find_size, parse_location
from scraper.parsers._lines import Line
from scraper.text import clean_text

_FIELDS = {
    "thema": "title", "titel": "title",
    "zielgruppe": "audience", "für wen": "audience",
    "ort": "location", "veranstaltungsort": "location", "wo": "location", "adresse": "location",
    "datum": "date", "termin": "date", "wann": "date",
    "uhrzeit": "time", "zeit": "time",
    "programm": "links", "anmeldung": "links", "download": "links",
}  # fmt: skip
LABEL_RE = re.compile(r"^(" + "|".join(_FIELDS) + r")\s*:\s*(.*)$", re.IGNORECASE)
CANCEL_RE = re.compile(
    r"\b(?:abgesagt|entfällt|entfallen|fällt\s+(?:leider\s+)?aus|ausgefallen|storniert)\b",
    re.IGNORECASE,
)
_CANCEL_WRAP = re.compile(
    r"^(?:abgesagt|entfällt)\s*[:–—-]\s*|\s*[(\[]\s*(?:abgesagt|entfällt|fällt aus)\s*[)\]]"
    r"|\s*[–—-]\s*(?:abgesagt|entfällt|fällt aus)$",
    re.IGNORECASE,
)
_RESCHEDULE_RE = re.compile(
    r"(?:verschoben|verlegt)\s+(?:auf|zum|in\s+den)\s+|neue[rn]?\s+termin\s*:?\s*", re.IGNORECASE
)
TBA_RE = re.compile(
    r"\b(?:folg(?:t|en)|bekannt\s?gegeben|in\s+(?:planung|vorbereitung)|demnächst|in\s+kürze)",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^)]*\)")
_NEW_PLACE = re.compile(r"^(?:neu|neuer\s+ort|jetzt|nun)\s*:?\s+", re.IGNORECASE)
_SEPARATORS = " ,;:|–—-"


def trim(text: str) -> str:
    """Strip separators and unbalanced or enclosing parentheses from both ends."""
    text = text.strip(_SEPARATORS)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip(_SEPARATORS)
    if text.endswith("(") or (text.startswith(")")):
        text = text.strip("()").strip(_SEPARATORS)
    return text


@dataclass
class Draft:
    """An event being gathered; turned into an :class:`Event` by the parser."""

    title: str | None = None
    heading: str | None = None  # an unlabelled heading line: the title if there is no "Thema"
    when: When | None = None
    note: str | None = None
    audience: str | None = None
    location: Location | None = None
    links: list[Link] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    cancelled: bool = False

    def has_content(self) -> bool:
        """True if anything at all was gathered."""
        return bool(self.title or self.heading or self.when or self.audience or self.location)

    @property
    def summary(self) -> str | None:
        """The prose of the event, cleaned and joined, or ``None``."""
        return " ".join(self.prose) or None  # lines are clean already


def _may_cancel(text: str) -> bool:
    """Cheap test before CANCEL_RE: one of its words' stems occurs."""
    low = text.lower()
    return "abges" in low or "entf" in low or "fällt" in low or "ausgef" in low or "storn" in low


def split_label(text: str) -> tuple[str | None, str]:
    """``"Thema: X"`` → ``("title", "X")``; a bare label line ("Thema") → ``("title", "")``."""
    if len(text) <= 20:
        bare = _FIELDS.get(text.rstrip(" :").lower())
        if bare:
            return bare, ""
    colon = text.find(":", 0, 20)
    m = LABEL_RE.match(text) if colon > 0 else None
    return (_FIELDS[m.group(1).lower()], m.group(2)) if m else (None, text)


def strip_cancel(text: str) -> str:
    """A title without its "(abgesagt)" / "Abgesagt:" wrapper."""
    low = text.lower()
    if "abgesagt" in low or "entfällt" in low or "fällt aus" in low:
        return _CANCEL_WRAP.sub("", text).strip()
    return text


def date_at_start(text: str, tz: ZoneInfo, year: int | None) -> WhenMatch | None:
    """The date expression the text starts with, if any."""
    return search_when(text, tz, default_year=year, anchored=True)


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


def rescheduled(text: str, old: When, tz: ZoneInfo, year: int | None) -> tuple[When, int] | None:
    """``"verschoben auf 4. Dezember 2025"`` in ``text`` → the new date, and where it starts."""
    for marker in _RESCHEDULE_RE.finditer(text):
        m = date_at_start(text[marker.end() :], tz, year)
        if m is not None:
            return _carry_times(m.when, old, tz), marker.start()
    return None


def _note(rest: str) -> str | None:
    if _may_cancel(rest):
        rest = CANCEL_RE.sub("", rest)
    return trim(clean_text(rest)) or None


def set_date(
    draft: Draft, line: Line, value: str, m: WhenMatch, *, tz: ZoneInfo, year: int | None
) -> None:
    """Fill the date, times and note from a date line whose date ``m`` starts ``value``."""
    when, rest = m.when, value[m.end :]
    if line.struck:
        # A struck-through date with a new one beside it moved; alone, it is cancelled.
        _, plain = split_label(line.plain)
        new = search_when(plain, tz, default_year=year)
        if new is None:
            draft.cancelled = True
            rest = ""
        else:
            when, rest = _carry_times(new.when, m.when, tz), plain[new.end :]
    moved = rescheduled(rest, when, tz, year)
    if moved is not None:
        when, rest = moved[0], rest[: moved[1]]
    draft.when = when
    draft.note = _note(rest)


def set_time(draft: Draft, value: str, tz: ZoneInfo) -> None:
    """Add the times of an "Uhrzeit:" line to the draft's date."""
    if draft.when is None:
        return
    times = parse_times(value, draft.when.date, tz, last_day=draft.when.end_date)
    if times is not None:
        draft.when = dataclasses.replace(draft.when, start=times[0], end=times[1])


def line_links(line: Line, fallback: str) -> list[Link]:
    """The line's web links, each with the size stated after it ("Programm (172 KB)")."""
    links = []
    text = line.text
    pos = 0
    for anchor in line.anchors:
        if not anchor.url:
            continue
        at = text.find(anchor.label, pos) if anchor.label else -1
        start = at + len(anchor.label) if at >= 0 else pos
        nxt = [text.find(a.label, start) for a in line.anchors if a.label and a is not anchor]
        stop = min([n for n in nxt if n >= start], default=len(text))
        links.append(Link(anchor.label or fallback, anchor.url, find_size(text[start:stop])))
        pos = start
    return links


def is_link_only(line: Line) -> bool:
    """A line that is nothing but its links (and their sizes): not prose."""
    rest = line.text
    for anchor in line.anchors:
        rest = rest.replace(anchor.label, "")
    return len(trim(_PARENS.sub("", rest))) <= 3


class UpcomingReader:
    """Gathers the events of a "Nächster Termin"/"Nächste Termine" section."""

    def __init__(self, tz: ZoneInfo, year: int | None) -> None:
        self.tz, self.year = tz, year
        self.drafts = [Draft()]
        self.pending: str | None = None  # a bare label line waits for its value
        self.tba = False

    def _fresh(self, taken: bool) -> Draft:
        if taken:
            self.drafts.append(Draft())
        return self.drafts[-1]

    def feed(self, line: Line) -> None:
        """Take one line of the section."""
        d = self.drafts[-1]
        name, value = (self.pending, line.plain) if self.pending else split_label(line.plain)
        self.pending = None
        if name and not value and not line.anchors:
            self.pending = name
            return
        full = split_label(line.text)[1] if name else line.text
        dated = date_at_start(full, self.tz, self.year) if name in (None, "date") else None
        if dated is not None:
            d = self._fresh(d.when is not None)
            set_date(d, line, full, dated, tz=self.tz, year=self.year)
        elif name == "time":
            set_time(d, value, self.tz)
        elif name == "title":
            d = self._fresh(d.title is not None)
            d.title = strip_cancel(value)
        elif name == "audience":
            d = self._fresh(d.audience is not None)
            d.audience = value
        elif name == "location":
            d = self._fresh(d.location is not None)
            d.location = parse_location(_NEW_PLACE.sub("", value))
        elif line.anchors and (name == "links" or is_link_only(line)):
            d.links.extend(line_links(line, value or "Link"))
        elif name is None and line.heading_like:
            d = self._fresh(d.heading is not None or d.title is not None)
            d.heading = strip_cancel(line.plain)
        else:
            self.tba = self.tba or bool(TBA_RE.search(line.text))
            d.prose.append(line.plain)
            if line.anchors:
                d.links.extend(line_links(line, "Link"))
        # The mark belongs to the event this line went to: a line that starts the next
        # event ("1. Juli 2027 – entfällt") cancels that one, not the one before.
        if _may_cancel(line.text) and CANCEL_RE.search(line.text):
            d.cancelled = True

    def finish(self) -> list[Draft]:
        """The gathered drafts (a rescheduling note anywhere moves its event)."""
        drafts = [d for d in self.drafts if d.has_content() or d.links or d.prose]
        for d in drafts:
            if d.when is None:
                continue
            for text in d.prose:
                moved = rescheduled(text, d.when, self.tz, self.year)
                if moved is not None:
                    d.when = moved[0]
        return drafts


def dated_heading(line: Line, tz: ZoneInfo, year: int | None) -> tuple[str, When] | None:
    """A heading with a date: "Talentschmiede … (19.05.2025)" → (title, when)."""
    m = search_when(line.text, tz, default_year=year)
    if m is None:
        return None
    before, after = line.text[: m.begin].rstrip(), line.text[m.end :].lstrip()
    if before.endswith("(") and after.startswith(")"):
        before, after = before[:-1], after[1:]
    title = strip_cancel(trim(clean_text(f"{before} {after}")))
    return title, m.when


def read_past(lines: Sequence[Line], tz: ZoneInfo, year: int | None) -> list[Draft]:
    """Events of the "Rückblick": dated headings with their body, and dated prose mentions."""
    drafts: list[Draft] = []
    mentions: list[Draft] = []
    current: Draft | None = None
    for line in lines:
        if line.heading_like:
            dated = dated_heading(line, tz, year)
            if dated is not None:
                title, when = dated
                current = Draft(title=title or None, when=when)
                current.cancelled = bool(CANCEL_RE.search(line.text)) or (
                    line.struck and search_when(line.plain, tz, default_year=year) is None
                )
                drafts.append(current)
                continue
            if line.level:
                current = None
                continue
        if current is None:
            mentions.extend(prose_mentions(line.text, tz, year))
            continue
        name, value = split_label(line.plain)
        if name == "title" and value:
            current.title = strip_cancel(value)
        elif name == "location" and value:
            current.location = parse_location(_NEW_PLACE.sub("", value))
        elif name == "audience" and value:
            current.audience = value
        elif line.anchors and is_link_only(line):
            current.links.extend(line_links(line, value or "Link"))
        else:
            current.prose.append(line.plain)
            if line.anchors:
                current.links.extend(line_links(line, "Link"))
    seen = {d.when.date for d in drafts if d.when}
    return drafts + [m for m in mentions if m.when and m.when.date not in seen]


_ARTICLES = frozenset(("die", "der", "das", "unsere", "unser"))


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
_BOUNDARY = re.compile(r"(?<=[a-zäöüß)“”\"][.!?])\s+(?=[A-ZÄÖÜ„“\"])")
_ABBREVIATIONS = frozenset(("dr.", "prof.", "bzw.", "ca.", "vgl.", "ggf.", "inkl.", "nr.", "str."))


def _sentence(text: str, begin: int, end: int) -> str:
    """The sentence of ``text`` around ``[begin, end)``."""
    lo, hi = 0, len(text)
    for b in _BOUNDARY.finditer(text):
        word = text[: b.start()].rsplit(" ", 1)[-1].lower()
        if word in _ABBREVIATIONS:
            continue
        if b.end() <= begin:
            lo = b.end()
        elif b.start() >= end:
            hi = b.start()
            break
    return text[lo:hi].strip()


def prose_mentions(text: str, tz: ZoneInfo, year: int | None) -> list[Draft]:
    """Events named in prose: "Die Auftaktveranstaltung am 19. März 2025 in der Philharmonie
    Essen …" → title "Auftaktveranstaltung", venue "Philharmonie Essen"."""
    found: list[Draft] = []
    if " am " not in text and " vom " not in text:
        return found
    pos = 0
    while (m := search_when(text, tz, default_year=year, pos=pos)) is not None:
        pos = m.end
        name = _mention_title(text[: m.begin])
        if name is None:
            continue
        venue = _MENTION_VENUE.match(text[m.end :])
        location = parse_location(venue.group(1)) if venue else None
        summary = _sentence(text, m.begin, m.end)
        found.append(Draft(title=name, when=m.when, location=location, prose=[summary]))
    return found
