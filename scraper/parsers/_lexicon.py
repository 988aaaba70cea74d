"""The words a reader goes by: field labels, section headings, cancellation, non-event dates.

One lexicon, German and English, for every series parser. Everything is matched on
clean visible text, case-insensitively; nothing here looks at markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from scraper.text import CACHED_PARAGRAPH

Field = Literal["title", "audience", "location", "date", "time", "links"]
SectionKind = Literal["upcoming", "past", "either", "other"]

# label (lower case) -> field. "either" labels (Termin) carry a date.
LABELS: dict[str, Field] = {
    # title
    "thema": "title", "titel": "title", "was": "title", "veranstaltung": "title",
    "vortrag": "title", "vortragstitel": "title", "vortragsthema": "title",
    "titel des vortrags": "title", "thema des vortrags": "title", "talk": "title",
    "topic": "title", "title": "title", "event": "title", "subject": "title",
    "kurs": "title", "kurstitel": "title", "course": "title",
    # audience
    "zielgruppe": "audience", "zielgruppen": "audience", "für wen": "audience", "für": "audience",
    "teilnehmende": "audience", "teilnehmerkreis": "audience", "adressaten": "audience",
    "audience": "audience", "target group": "audience", "for whom": "audience", "who": "audience",
    # place
    "ort": "location", "veranstaltungsort": "location", "wo": "location", "adresse": "location",
    "tagungsort": "location", "treffpunkt": "location", "location": "location",
    "venue": "location", "place": "location", "where": "location", "address": "location",
    # date
    "datum": "date", "termin": "date", "termine": "date", "wann": "date", "zeitraum": "date",
    "date": "date", "when": "date", "dates": "date",
    # time
    "uhrzeit": "time", "zeit": "time", "beginn": "time", "time": "time",
    # links
    "programm": "links", "anmeldung": "links", "download": "links", "downloads": "links",
    "einladung": "links", "agenda": "links", "flyer": "links", "unterlagen": "links",
    "dokumentation": "links", "tagesordnung": "links", "präsentation": "links",
    "programme": "links", "program": "links", "invitation": "links", "registration": "links",
}  # fmt: skip
LABEL_RE = re.compile(
    r"^(" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) + r")\s*:\s*(.*)$",
    re.IGNORECASE,
)
_TITLE_WORDS = ("thema", "titel", "vortrag", "topic", "title")


def label_field(label: str) -> Field | None:
    """The field a label names: a known one ("Ort", "Wann"), or a title by its words
    ("Titel der Veranstaltung", "Vortragsthema", "Workshop-Thema"; not "Vortragende")."""
    low = label.rstrip(" :").lower()
    known = LABELS.get(low)
    if known is not None or len(low) > 40:
        return known
    words = low.replace("-", " ").split()
    if not words:
        return None
    first, last = words[0], words[-1]
    if first in _TITLE_WORDS or last.endswith(("thema", "titel")) or last in _TITLE_WORDS:
        return "title"
    return None


# Any short "Label:" at the start of a line, known or not ("Referent:", "Moderation:").
ANY_LABEL_RE = re.compile(r"^([A-ZÄÖÜa-zäöüß][\w .&/-]{1,24}?)\s*:\s+(\S.*)$")

# The things a series holds, in the plural (and singular) forms section headings use.
_GATHERINGS_DE = (
    r"termine?|veranstaltung(?:en)?|workshops?|events?|daten|gespräche?|treffen|vorträge?"
    r"|foren|forum|dialoge?|sprechtage?|sprechstunden?|abende?|seminare?|webinare?"
    r"|sitzung(?:en)?|runden?|konferenz(?:en)?|fachtage?|werkstätten|werkstatt|lesungen"
    r"|exkursion(?:en)?|sessions?|talks?|lectures?|meetings?"
)
_GATHERINGS_EN = (
    r"dates?|events?|meetings?|talks?|lectures?|sessions?|workshops?|webinars?|seminars?"
)
_SECTIONS: tuple[tuple[SectionKind, str], ...] = (
    (
        "upcoming",
        r"(?:(?:unser(?:e)?|die|der|das)\s+)?(?:nächster?|nächstes|nächsten|kommende[ns]?"
        rf"|aktuelle[rn]?|anstehende[n]?|geplante[n]?|weitere)\s+(?:{_GATHERINGS_DE})"
        r"|save\s+the\s+date|vorschau|ausblick"
        rf"|(?:next|forthcoming|future)\s+(?:{_GATHERINGS_EN})|upcoming(?:\s+(?:{_GATHERINGS_EN}))?"
        r"|coming\s+up(?:\s+next)?",
    ),
    (
        "past",
        r"(?:veranstaltungs|termin)?(?:rückblick|archiv)|rückschau|rückblicke|dokumentation(?:en)?"
        rf"|(?:vergangene|bisherige|frühere|zurückliegende)\s+(?:{_GATHERINGS_DE})"
        rf"|review|looking\s+back|(?:past|previous|earlier)\s+(?:{_GATHERINGS_EN})|archive",
    ),
    (
        "either",
        r"termine|terminübersicht|veranstaltungen|veranstaltungskalender|programm|programmübersicht"
        r"|alle\s+termine|(?:die|unsere)\s+(?:termine|veranstaltungen)|veranstaltungstermine"
        r"|termine\s+und\s+themen|events|dates|schedule|programme"
        r"|event\s+calendar|veranstaltungsreihe|workshops|die\s+workshops"
        r"|(?:die|unsere)\s+(?:veranstaltungs)?reihe(?=\s+(?:im\s+überblick|auf\s+einen\s+blick|in\s+der\s+übersicht))"
        # "Staffel 2027", "Saison 2026/27": a series' run of dates, only with its year (a
        # bare "Saison" or "Staffel 3" names no dates; "Wintersemester 2026/27" right
        # under the title is the series' subtitle)
        r"|(?:saison|staffel|spielzeit|season)(?=\s+\d{4})",
    ),
    (
        "other",
        r"aktuelles|aktuelle\s+meldungen|neuigkeiten|news|meldungen|pressemitteilungen|presse"
        r"|neueste\s+beiträge|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+themen"
        r"|related|latest\s+news|kontakt|ansprechpartner(?:in|innen)?|contact"
        # an office's hours, even on special days ("Sonderöffnungszeiten zwischen den
        # Jahren"): when it is open, not when anything takes place
        r"|(?:sonder|regelmäßige\s+|reguläre\s+|geänderte\s+)?öffnungszeiten|servicezeiten"
        r"|opening\s+(?:hours|times)",
    ),
)
_SECTION_RE = re.compile(
    "^(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _SECTIONS) + r")"
    # "Kommende Termine im Überblick", "Die Reihe auf einen Blick": the same section.
    r"(?:\s+(?:im\s+überblick|auf\s+einen\s+blick|in\s+der\s+übersicht))?"
    r"(?:\s*(?:[:–—|-]|\d{4}(?:/\d{2,4})?|\(\d+\))[^.!?]{0,60}|\s+\d{4}(?:/\d{2,4})?"
    # "Termine im Wintersemester 2026/27", "Veranstaltungen der Reihe", "Termine & Themen"
    r"|\s+(?:im|in|der|des|dieser|unserer|zur|zum|für|auf|ab|und|&|of|in|for|this|at|and"
    r"|an|zwischen|über)"
    r"\s[^.!?:]{1,50})?\s*!?$",
    re.IGNORECASE,
)
UPCOMING_INLINE = re.compile(
    r"^(?:unser(?:e)?\s+)?(?:nächster?|nächsten|kommende[n]?|aktuelle[rn]?)\s+"
    r"(?:termine?|veranstaltung(?:en)?|workshops?)\s*:\s*(?P<rest>.+)$|^next\s+date\s*:\s*(?P<en>.+)$",
    re.IGNORECASE,
)


# The first word of every alternative of _SECTION_RE (lower case). The pattern lets no
# letter follow such a word (only spaces, a separator, digits, "(" or the end), so a line
# opens a section only if its first run of letters is one of these: most lines are
# turned away by a set lookup instead of trying the pattern's hundred alternatives.
_SECTION_FIRST_WORDS = frozenset(
    (
        # upcoming
        *("unser", "unsere", "die", "nächste", "nächster", "nächsten", "kommende"),
        *("kommenden", "aktuelle", "aktueller", "aktuellen", "anstehende", "anstehenden"),
        *("geplante", "geplanten", "weitere", "save", "vorschau", "ausblick", "next"),
        *("upcoming", "forthcoming", "coming", "der", "das", "nächstes", "kommendes", "future"),
        # past
        *("rückblick", "rückschau", "rückblicke", "archiv", "dokumentation"),
        *("veranstaltungsrückblick", "veranstaltungsarchiv", "terminrückblick", "terminarchiv"),
        *("dokumentationen", "vergangene", "bisherige", "frühere", "zurückliegende"),
        *("review", "looking", "past", "previous", "earlier", "archive"),
        # either
        *("termine", "terminübersicht", "veranstaltungen", "veranstaltungskalender"),
        *("programm", "programmübersicht", "alle", "events", "dates", "schedule"),
        *("programme", "event", "veranstaltungsreihe", "workshops", "veranstaltungstermine"),
        *("saison", "staffel", "spielzeit", "season"),
        # other
        *("aktuelles", "neuigkeiten", "news", "meldungen", "pressemitteilungen", "presse"),
        *("neueste", "das", "related", "latest", "kontakt", "ansprechpartner"),
        *("ansprechpartnerin", "ansprechpartnerinnen", "contact", "öffnungszeiten"),
        *("sonderöffnungszeiten", "regelmäßige", "reguläre", "geänderte", "servicezeiten"),
        "opening",
    )
)
# "Die nächsten Stadtgespräche", "Vergangene Netzwerktreffen": a section word before a
# compound that ends in a gathering. Weaker than the section words above (a compound may
# name anything that "ends" in "-gespräche": "Aktuelle Tarifgespräche"), so such a heading
# opens a section only where dated lines follow it (see rvr_series._parts).
_COMPOUND_SECTION = re.compile(
    r"^(?:(?:unser(?:e)?|die)\s+)?(?:(?P<upcoming>nächsten|kommende[n]?|anstehende[n]?"
    r"|geplante[n]?|weitere)|(?P<past>vergangene[n]?|bisherige[n]?|frühere[n]?"
    rf"|zurückliegende[n]?))\s+[\w-]+?(?:{_GATHERINGS_DE})(?:\s+\d{{4}}(?:/\d{{2,4}})?)?\s*:?$",
    re.IGNORECASE,
)


def compound_section_kind(text: str) -> SectionKind | None:
    """The kind of section a heading of a section word and a compound gathering opens
    ("Die nächsten Stadtgespräche" → upcoming), if it is one."""
    return _compound_section_kind(text) if len(text) <= 60 else None


@lru_cache(maxsize=1024)  # asked of every heading without a section word
def _compound_section_kind(text: str) -> SectionKind | None:
    m = _COMPOUND_SECTION.match(text)
    if m is None:
        return None
    return "upcoming" if m.group("upcoming") is not None else "past"


# A semester with its year, alone on a heading: "Sommersemester 2027", "SoSe 2027",
# "Wintersemester 2026/27", "WiSe 2026/2027" (a run of lectures, like "Staffel 2027").
_SEMESTER = re.compile(
    r"^(?P<term>sommer|winter|so|wi)(?:semester|se)\s+(?P<y>20\d\d)(?:\s*/\s*(?:20)?(?P<y2>\d\d))?$",
    re.IGNORECASE,
)


def semester_year(text: str) -> int | tuple[int, int] | None:
    """The year(s) a semester heading gives the dates below it: the summer semester's one
    year, the winter semester's two (October to December in the first, January to March
    in the second; "Wintersemester 2026" is 2026/27). ``None`` for any other text."""
    if len(text) > 26 or text[:1] not in ("S", "s", "W", "w"):
        return None
    m = _SEMESTER.match(text.rstrip(" :"))
    if m is None:
        return None
    year = int(m.group("y"))
    if m.group("term").lower() in ("sommer", "so"):
        return None if m.group("y2") else year
    if m.group("y2") and int(m.group("y2")) != (year + 1) % 100:
        return None
    return year, year + 1


_LETTERS = re.compile(r"[^\W\d_]+")
# Letters whose case-insensitive matches in ``re`` are exactly what str.lower() maps to
# them; a word with any other letter ("ſ", the Kelvin sign U+212A, "İ") is left to the pattern.
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß")


def may_open_section(text: str) -> bool:
    """Cheap test before ``_SECTION_RE``: False only for a text it cannot match."""
    m = _LETTERS.match(text)
    if m is None:
        return False  # every alternative starts with a letter
    word = m.group()
    return word.lower() in _SECTION_FIRST_WORDS or not _PLAIN_LETTERS.issuperset(word)


@lru_cache(maxsize=2048)
def section_kind(text: str) -> SectionKind | None:
    """The kind of section a heading opens ("Nächste Termine" → upcoming), if any."""
    if len(text) > 90 or not may_open_section(text):
        return None
    m = _SECTION_RE.match(text)
    if m is None:
        return None
    for kind, _ in _SECTIONS:
        if m.group(kind) is not None:
            return kind
    return None  # pragma: no cover - one group always matched


_CANCEL_WORDS = (
    r"abgesagt|entfällt|entfallen|fällt\s+(?:leider\s+)?aus|(?:leider\s+)?ausgefallen|storniert"
    r"|cancell?ed|called\s+off|ausfallen|findet\s+(?:leider\s+)?nicht\s+statt"
    r"|ersatzlos\s+gestrichen"
    # "fällt wegen Krankheit des Referenten aus": a few words between (none a full stop)
    r"|fällt(?:\s+[\w-]+){1,6}?\s+aus(?=\s*[.!)]|\s*$)"
    # postponed without a new date ("wird verschoben, neuer Termin folgt"): the stated
    # date will not take place; "verschoben auf <date>" (a date after it) moves the event
    r"|(?:verschoben|postponed)(?!\D*\d)"
)
CANCEL_RE = re.compile(rf"\b(?:{_CANCEL_WORDS})\b", re.IGNORECASE)
CANCEL_WRAP = re.compile(
    rf"^(?:{_CANCEL_WORDS})\b\s*[:!–—-]?\s*"
    rf"|\s*[(\[]\s*(?:{_CANCEL_WORDS})\s*!?\s*[)\]]"
    rf"|\s*[–—-]?\s*(?:(?:muss|müssen|wird|werden)\s+)?(?:leider\s+)?(?:{_CANCEL_WORDS})[!.]?$",
    re.IGNORECASE,
)
RESCHEDULE_RE = re.compile(
    r"(?:(?:wird|wurde|ist|werden|wurden|sind)\s+)?"  # "– wird verschoben auf …"
    r"(?:verschoben|verlegt)\s+(?:auf|zum|in\s+den)\s+(?:den\s+)?|neue[rn]?\s+termin\s*:?\s*"
    r"|(?:ersatz|nachhol|ausweich)termin\s*:?\s*(?:ist\s+)?(?:am\s+|der\s+)?"
    # "wird auf den 12. März 2026 verschoben": the verb after the date (see MOVED_BEFORE)
    r"|\bauf\s+(?:den\s+)?(?=[\w.,\s]{0,30}?\d[^.!?]{0,40}?\b(?:verschoben|verlegt)\b)"
    r"|(?:postponed|moved|rescheduled)\s+to\s+|new\s+date\s*:?\s*"
    # "Sie findet nun am 4. März 2027 statt" (after "Die Veranstaltung wird verlegt.")
    r"|\bfinde[nt]\s+(?:(?:die|der|das)\s+\w+\s+)?(?:nun|jetzt|stattdessen)\s+(?:erst\s+)?am\s+",
    re.IGNORECASE,
)
TBA_RE = re.compile(
    r"\b(?:folg(?:t|en)|bekannt\s?gegeben|in\s+(?:planung|vorbereitung)|demnächst|in\s+kürze"
    r"|to\s+be\s+announced|tba\b|coming\s+soon)",
    re.IGNORECASE,
)
# A date after these words is not an event's date: deadlines, page metadata, news.
NOT_EVENT_RE = re.compile(
    r"(?<![\w-])(?:(?:anmeldeschluss|anmeldefrist|anmeldung\s+bis|bewerbungsschluss|einsendeschluss"
    r"|frist|bewerbungsfrist|redaktionsschluss|meldeschluss|abgabeschluss|einreichungsfrist"
    r"|deadline|registration\s+(?:deadline|closes)|stand|zuletzt\s+(?:aktualisiert|geändert)"
    r"|letzte\s+(?:änderung|aktualisierung)"
    r"|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|pressemitteilung(?:\s+vom)?"
    r"|presseinformation(?:\s+vom)?|meldung\s+vom|last\s+(?:updated|modified)|updated|published"
    r"|posted|copyright)\b[^0-9]{0,40}$)|©[^0-9]{0,40}$",
    re.IGNORECASE,
)
# When registration opens: "Anmeldungen sind ab dem 1. Februar 2027 möglich".
_REGISTRATION_OPENS = re.compile(
    r"(?<![\w-])(?:anmeldung(?:en)?|registrierung|registration)\b[^0-9.!?]{0,40}?"
    r"\b(?:ab|from|opens(?:\s+on)?)(?:\s+dem)?\s*$",
    re.IGNORECASE,
)
# A date followed only by what it is the deadline or start of ("31.01.2027: Einsendeschluss
# für Themenvorschläge", "07.12.2026 – Start der Anmeldung"): no event's date either.
DEADLINE_AFTER_RE = re.compile(
    r"\s*[:–—|-]?\s*(?:anmeldeschluss|anmeldefrist|anmeldestart|bewerbungsschluss|bewerbungsfrist"
    r"|einsendeschluss|redaktionsschluss|meldeschluss|abgabeschluss|einreichungsfrist|frist"
    r"|deadline|(?:start|beginn|ende)\s+der\s+(?:anmeldung|bewerbungsfrist|einreichung)"
    r"|registration\s+(?:opens|closes|deadline))\b",
    re.IGNORECASE,
)
# Lines that are page metadata or deadlines, never an event's text: "Stand: 01.10.2025",
# "Anmeldeschluss: 4. März 2026", "© 2026 …".
METADATA_RE = re.compile(
    r"^(?:stand|zuletzt\s+(?:aktualisiert|geändert)|aktualisiert\s+am|last\s+(?:updated|modified)"
    r"|letzte\s+(?:änderung|aktualisierung)"
    r"|updated|veröffentlicht\s+am|published|anmeldeschluss|anmeldefrist|bewerbungsschluss"
    r"|einsendeschluss|redaktionsschluss|meldeschluss|bewerbungsfrist|registration\s+deadline"
    r"|deadline)\b[^0-9]{0,40}\d"
    r"|^(?:©|\(c\)|copyright)\s",
    re.IGNORECASE,
)


def is_metadata(text: str) -> bool:
    """A line of page metadata or a deadline ("Stand: 01.10.2025"): ``METADATA_RE``."""
    if len(text) <= CACHED_PARAGRAPH:
        return _is_metadata(text)
    return METADATA_RE.match(text) is not None


@lru_cache(maxsize=4096)  # asked of every line of every part
def _is_metadata(text: str) -> bool:
    return METADATA_RE.match(text) is not None


def may_cancel(text: str) -> bool:
    """Cheap test before ``CANCEL_RE``: one of its words' stems occurs."""
    return _may_cancel(text) if len(text) <= CACHED_PARAGRAPH else _may_cancel_text(text)


@lru_cache(maxsize=4096)  # asked of nearly every line of a part, some more than once
def _may_cancel(text: str) -> bool:
    return _may_cancel_text(text)


def _may_cancel_text(text: str) -> bool:
    low = text.lower()
    return (
        "abges" in low
        or "entf" in low
        or "fällt" in low
        or "ausgef" in low
        or "storn" in low
        or "cancel" in low
        or "called off" in low
        or "ausfall" in low
        or "nicht statt" in low
        or "verschoben" in low
        or "postponed" in low
        or "gestrichen" in low
    )


# "auf den 12. März 2026 verschoben": moved to a date, not cancelled.
_MOVED_TO = re.compile(
    r"\bauf\s+(?:den\s+)?[\w.,\s]{0,30}?\d[^.!?]{0,40}?\b(?:verschoben|verlegt)\b", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def is_cancelled(text: str) -> bool:
    """The text says the event is cancelled ("abgesagt", "entfällt", "fällt aus" …)."""
    if not may_cancel(text):
        return False
    m = CANCEL_RE.search(text)
    if m is None:
        return False
    word = m.group().lower()
    if word.startswith(("versch", "postp")) and (len(text) > 100 or _MOVED_TO.search(text)):
        # moved to a stated date, or a long sentence telling a story ("… wurde verschoben
        # und fand dann im Mai statt"): no notice that this date is off
        return CANCEL_RE.search(text, m.end()) is not None
    return True


# "(ausgebucht)", "– ausgebucht", "– Restplätze", "(Warteliste)", a badge
# "Title <span>ausgebucht</span>": a booking state beside a title or place, no part of it
# (and no cancellation: the event takes place).
_BOOKED = (
    r"ausgebucht|ausverkauft|fully\s+booked|sold\s+out|booked\s+out"
    r"|(?:nur\s+noch\s+)?(?:wenige\s+)?(?:restplätze|plätze\s+frei)(?:\s+(?:verfügbar|frei))?"
    r"|warteliste(?:\s+möglich)?|waiting\s+list|few\s+(?:places|seats)\s+left"
)
_BOOKED_WRAP = re.compile(
    rf"\s*[(\[]\s*(?:{_BOOKED})(?:\s*[,/]\s*(?:{_BOOKED}))*\s*!?\s*[)\]]"
    rf"|\s*[–—-]\s*(?:(?:leider|bereits)\s+)?(?:{_BOOKED})(?:\s*[,/]\s*(?:{_BOOKED}))*!?$"
    # a badge right after the title, no separator: only the words no title ends in
    r"|\s+(?:(?:leider|bereits)\s+)?(?:ausgebucht|ausverkauft|fully\s+booked|sold\s+out"
    r"|booked\s+out)!?$",
    re.IGNORECASE,
)


def strip_booked(text: str) -> str:
    """``text`` without a booking state beside it ("– ausgebucht", "(Warteliste)")."""
    # (the stems without their first letter, so either case of it is found)
    if (
        "usgebucht" in text
        or "usverkauft" in text
        or "ooked" in text
        or "old out" in text
        or "lätze" in text  # "Restplätze", "wenige Plätze frei"
        or "arteliste" in text
        or "aiting list" in text
        or " left" in text
    ):
        return _BOOKED_WRAP.sub("", text).strip()
    return text


def strip_cancel(text: str) -> str:
    """A title without its "(abgesagt)" / "Abgesagt:" / badge wrapper or "(ausgebucht)"."""
    return _strip_cancel_cached(text) if len(text) <= CACHED_PARAGRAPH else _strip_cancel(text)


@lru_cache(maxsize=2048)  # asked of every title and heading, which stay from check to check
def _strip_cancel_cached(text: str) -> str:
    return _strip_cancel(text)


def _strip_cancel(text: str) -> str:
    text = strip_booked(text)
    return CANCEL_WRAP.sub("", text).strip() if may_cancel(text) else text


# Words that say the topic is still to come ("Thema folgt", "Titel wird noch bekannt
# gegeben", "N.N.", "Topic to be announced"): they name no event.
_TOPIC_TBA = re.compile(
    r"(?:(?:das\s+)?(?:thema|titel|programm|topic|title|programme)\s*:?\s*)?"
    r"(?:folg(?:t|en)(?:\s+(?:in\s+kürze|demnächst|noch|in\s+einer\s+späteren\s+ankündigung))?"
    r"|wird\s+(?:noch\s+|in\s+kürze\s+|demnächst\s+|rechtzeitig\s+)?bekannt\s?gegeben"
    r"|(?:ist\s+)?in\s+(?:planung|vorbereitung)|n\.\s?n\.|t\.?b\.?a\.?|to\s+be\s+announced"
    r"|to\s+follow|(?:will\s+be\s+)?announced\s+soon)\s*[.!]?",
    re.IGNORECASE,
)


def topic_to_follow(text: str) -> bool:
    """The whole text says the event's topic is still to come ("Thema folgt", "N.N.",
    "tba"): a date announced before its topic ("Save the Date"), named by no title."""
    if len(text) > 60:
        return False
    low = text.lower()
    return (
        "folg" in low or "bekannt" in low or "n.n" in low or "tba" in low or "t.b" in low
        or "plan" in low or "vorber" in low or "announced" in low or "follow" in low
    ) and _TOPIC_TBA.fullmatch(text.strip(" –—-()")) is not None  # fmt: skip


def says_tba(text: str) -> bool:
    """The text says a date will follow ("Der nächste Termin wird bekannt gegeben").

    ``TBA_RE`` costs microseconds on a paragraph; a stem of each of its alternatives is
    looked for first. The stems avoid "i", "k" and "s", which ``re.IGNORECASE`` also
    matches as "ı", "K" (Kelvin) and "ſ": for their letters, every character the
    pattern matches lower-cases to the letter, so lower-casing finds every match.
    """
    low = text.lower()
    return (
        "folg" in low
        or "gegeben" in low
        or "planung" in low
        or "vorbere" in low
        or "demn" in low
        or "ürze" in low
        or "announced" in low
        or "tba" in low
        or "oon" in low
    ) and TBA_RE.search(text) is not None


def not_an_event_date(before: str) -> bool:
    """The text before a date makes it a deadline or page metadata, not an event date."""
    tail = before[-60:]
    return bool(tail) and _not_event_tail(tail)


@lru_cache(maxsize=1024)
def _not_event_tail(tail: str) -> bool:
    # Cached (at most 60 characters a key): the pattern tries dozens of words at every
    # position, and a page's headings repeat from check to check.
    if NOT_EVENT_RE.search(tail) is not None:
        return True
    return ("nmeld" in tail or "egistr" in tail) and _REGISTRATION_OPENS.search(tail) is not None
