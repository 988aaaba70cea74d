"""Where an event takes place: a German address grammar and the region's municipalities.

``parse_location`` reads a place as a page states it — one text ("H2PopUpLab,
Bahnhofstraße 69, 45879 Gelsenkirchen"), or the lines of a ``<br>``-separated
address, or the cells of a table row — into venue, street, postcode and city.
``city_from_text`` finds the municipality a venue, title or sentence names
("Philharmonie Essen", "Talentschmiede in Dortmund", "… – Hamm"); ``prose_place`` and
``sentence_place`` the place a sentence states ("… in der IHK, Ostring 30–32, 44787
Bochum statt", "… trafen sich 120 Gäste in der Stadthalle Unna"). Only the 396
municipalities of North Rhine-Westphalia (the 53 of the RVR among them), shipped
as ``scraper/data/municipalities.txt``, count as named cities; nothing is guessed
beyond what the text states. ``is_online`` tells an online event ("Online via
Zoom", "digital") from a place with an address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from scraper.model import Location
from scraper.text import CACHED_TEXT, clean_text

__all__ = [
    "PLACE_LABEL",
    "Municipality",
    "city_from_text",
    "is_online",
    "municipalities",
    "municipality",
    "parse_location",
    "prose_place",
    "sentence_place",
]


@dataclass(frozen=True, slots=True)
class Municipality:
    """A municipality of the shipped list: its official name and whether it is in the RVR."""

    name: str
    rvr: bool


@dataclass(frozen=True, slots=True)
class _Lexicon:
    by_name: dict[str, Municipality]  # official names and aliases
    common_word: frozenset[str]  # names that are also ordinary words ("Essen")
    pattern: re.Pattern[str]  # every name and alias, longest first, as a whole word
    name_at: re.Pattern[str]  # the same, to test what follows a hyphen


@cache
def _lexicon() -> _Lexicon:
    text = files("scraper").joinpath("data/municipalities.txt").read_text(encoding="utf-8")
    by_name: dict[str, Municipality] = {}
    common: set[str] = set()
    rvr = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            rvr = line == "[rvr]"
            continue
        names = [name.strip() for name in line.split("|")]
        official = names[0].lstrip("~")
        entry = Municipality(official, rvr)
        for name in names:
            plain = name.lstrip("~")
            if name.startswith("~"):
                common.add(plain)
            by_name[plain] = entry
    longest_first = sorted(by_name, key=len, reverse=True)
    # Case matters ("essen" is a verb); a name is a whole word, and a name joined to the
    # word before it by a hyphen is part of another name ("Duisburg-Essen").
    pattern = re.compile(_by_first_letter(longest_first, r"(?<![\w-].)") + r"(?![\w])")
    return _Lexicon(
        by_name, frozenset(common), pattern, re.compile(_by_first_letter(longest_first) + r"\b")
    )


def _by_first_letter(names: list[str], after_first: str = "") -> str:
    """An alternation of ``names`` that matches exactly as ``(?:n1|n2|…)`` does, grouped by
    first letter ("E(?:ssen|rkrath)|…"), with ``after_first`` after that letter.

    A pattern that starts with a set of literal letters lets ``re`` skip every position
    that cannot start a name; a plain alternation behind a lookbehind tries all ~400
    names at every character. The order within each letter is kept, so the same
    alternative wins. ``after_first`` is where a lookbehind goes: one character further
    back (``(?<![\\w-].)`` after the letter is ``(?<![\\w-])`` before it).
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return (
        "(?:"
        + "|".join(
            f"{re.escape(first)}{after_first}(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )


def municipalities() -> tuple[Municipality, ...]:
    """Every municipality of the shipped list (RVR first), once each."""
    return tuple(dict.fromkeys(_lexicon().by_name.values()))


def municipality(name: str) -> Municipality | None:
    """The municipality ``name`` (official name or alias) denotes, if it is on the list."""
    return _lexicon().by_name.get(clean_text(name))


# --- city named in a text -------------------------------------------------------------

# Words after which a name that is also a common word is a place: "in Essen", "aus Hamm".
_PLACE_WORDS = frozenset(
    ("in", "aus", "nach", "bei", "nahe", "near", "from", "Stadt", "City", "Raum", "Standort")
)
# Capitalised words that make a common-word name an ordinary noun: "Das Essen",
# "Beim Essen", "Gemeinsames Essen" (adjectives before a neuter noun end in -es).
_NOT_BEFORE = frozenset(
    ("Das", "Dem", "Des", "Ein", "Einem", "Eines", "Kein", "Zum", "Beim", "Vom", "Mit", "Und")
)
_SEPARATOR_BEFORE = re.compile(r"(?:^|[–—|/,;:(\[]|\s-)\s*$")
_SEPARATOR_AFTER = re.compile(r"^\s*(?:$|[–—|/,;:)\]]|-\s|\d)")
_AND_DRINK = re.compile(r"^\s*(?:und|&)\s+Trinken", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


def _stated(text: str, start: int, end: int, name: str, common: frozenset[str]) -> bool:
    """True if the name at ``text[start:end]`` names the place (not food, weather, …)."""
    after = text[end:]
    if after.startswith("-"):
        # "Essen-Rüttenscheid" names Essen; "Duisburg-Essen" (a university) names neither.
        if _lexicon().name_at.match(after, 1) is not None:
            return False
        if after[1:2].isupper():
            return True
    if name not in common:
        return True
    before = text[:start]
    if _SEPARATOR_BEFORE.search(before) and _SEPARATOR_AFTER.match(after):
        return True  # "Philharmonie, Essen", "Bildungsbericht 2025 – Essen", "(Essen)"
    if _AND_DRINK.match(after):
        return False
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    previous = word.group(1)
    if previous in _PLACE_WORDS:
        return True
    # "Philharmonie Essen", "Messe Essen": a venue's name followed by the city.
    return previous[:1].isupper() and previous not in _NOT_BEFORE and not previous.endswith("es")


def city_from_text(text: str) -> str | None:
    """The municipality ``text`` names, as its official name; ``None`` if none or unclear.

    A name counts only as a whole, capitalised word ("Essen-Kettwig" names Essen,
    "Universität Duisburg-Essen" neither); names that are also common words need a
    place context (see the data file). When several municipalities are named, the one
    after "in" wins if there is exactly one such; otherwise nothing is guessed.

    >>> city_from_text("Die Auftaktveranstaltung in der Philharmonie Essen")
    'Essen'
    >>> city_from_text("Gemeinsames Essen und Networking") is None
    True
    """
    return _city_cached(text) if len(text) <= CACHED_TEXT else _city(text)


@lru_cache(maxsize=2048)
def _city_cached(text: str) -> str | None:
    return _city(text)


def _city(text: str) -> str | None:
    lex = _lexicon()
    if not text or lex.pattern.search(text) is None:
        return None
    found: list[Municipality] = []
    after_in: list[Municipality] = []
    for m in lex.pattern.finditer(text):
        name = m.group()
        if not _stated(text, m.start(), m.end(), name, lex.common_word):
            continue
        entry = lex.by_name[name]
        found.append(entry)
        if text[: m.start()].endswith(("in ", "In ")):
            after_in.append(entry)
    distinct = set(found)
    if len(distinct) == 1:
        return found[0].name
    if len(set(after_in)) == 1:
        return after_in[0].name
    return None


# --- online events --------------------------------------------------------------------

_ONLINE = re.compile(
    r"\b(?:online|digital|virtuell|virtual|web(?:inar|ex|-?konferenz|-?seminar)"
    r"|video(?:konferenz|call|-?meeting)|live-?stream|zoom|(?:ms|microsoft)[\s-]teams"
    r"|big\s?blue\s?button|gotomeeting|go\s?to\s?webinar|jitsi)\b",
    re.IGNORECASE,
)


_HYBRID = re.compile(
    r"\bhybrid\b|\b(?:und|sowie|oder|&|\+)\s+(?:online|digital|per\s+livestream)\b"
    r"|\bonline\s+(?:und|sowie|oder)\s+(?:in|vor\s+ort)\b",
    re.IGNORECASE,
)


def is_online(text: str) -> bool:
    """True if ``text`` states an online format ("Online via Zoom", "digital", "Webinar").

    Whole words only: "Digitale Transformation" is a topic, not a place.
    """
    return _ONLINE.search(text) is not None


# --- the address grammar ----------------------------------------------------------------

_POSTCODE_CITY = re.compile(r"^(?:D\s*-\s*)?(\d{5})\s+(\S.*)$")
_POSTCODE = re.compile(r"^(?:D\s*-\s*)?\d{5}$")
_STREET_POSTCODE = re.compile(r"^(.*\S)\s+(?:D\s*-\s*)?(\d{5})\s+(\S.*)$")
_STREET_WORDS = (
    r"straße|strasse|str\.|weg|platz|allee|ring|gasse|ufer|damm|chaussee|wall|markt|pfad"
    r"|steig|stieg|graben|hof|berg|feld|garten|park|kamp|deich|brücke|tor|promenade|zeile"
)
_HOUSE_NUMBER = r"\d{1,3}\s?[a-zA-Z]?(?:\s*[-–/+]\s*\d{1,3}\s?[a-zA-Z]?)?(?!\d)"
_STREET = re.compile(rf"(?:{_STREET_WORDS})\s+{_HOUSE_NUMBER}$", re.IGNORECASE)
# Without a house number only the unmistakable street words count ("Wissenschaftspark"
# is a venue, "Bahnhofstraße" a street).
_BARE_WORDS = (
    *("straße", "strasse", "str.", "weg", "allee", "gasse", "chaussee", "damm", "ufer"),
    *("platz", "wall", "ring", "markt"),
)
_BARE_STREET = re.compile(f"(?:{'|'.join(map(re.escape, _BARE_WORDS))})$", re.IGNORECASE)
# The characters such a piece can end in (none of these letters has a case-insensitive
# match beyond its capital, unlike "k" or "s"): pieces ending otherwise skip the regexes.
_BARE_LAST = frozenset(w[-1] for w in _BARE_WORDS) | frozenset(w[-1].upper() for w in _BARE_WORDS)
# "Am Hauptbahnhof 5", "An der Reichsbank 10", "Kennedyplatz 2": words, then a house number.
_NAMED_STREET = re.compile(
    r"^(?:(?:[A-ZÄÖÜ][\w.'’ß-]*|[a-zäöü]{1,4}\.?)\s+){0,5}"  # "An der", Low German "An de"
    rf"[A-ZÄÖÜ][\w.'’ß-]+\s+{_HOUSE_NUMBER}$"
)
_ENDS_IN_NUMBER = re.compile(rf"\s{_HOUSE_NUMBER}$")
# Parts of a building, not streets: "Raum 2", "Saal 1.12", "Halle 5", "Etage 3".
_ROOM = re.compile(
    r"\b(?:raum|räume|saal|säle|halle|hall|room|etage|geschoss|stock|og|eg|ug|ebene"
    r"|gebäude|haus|zimmer|trakt|flügel|bau|block|tor|eingang|level|floor|building"
    r"|hörsaal|seminarraum|bühne|stage|forum|campus|gate)\b",
    re.IGNORECASE,
)
_COUNTRY = frozenset(("Deutschland", "Germany", "DE", "D", "BRD"))


def parse_location(parts: str | Sequence[str]) -> Location:
    """Read a place as stated into venue, street, postcode and city.

    ``parts`` is the place as one text or as the pieces the page shows it in (lines of
    a ``<br>`` address, table cells); each piece is also split on commas. ``text``
    keeps the whole, pieces joined with ", ". A piece "12345 City" gives postcode and
    city; a piece ending in a street word or shaped "Name 12" gives the street; a lone
    municipality after the street (or last) is the city; the rest is the venue. With
    no town stated, the city is the one the venue names (:func:`city_from_text`). An
    online event keeps its stated place as venue and has no address.
    """
    lines = (parts,) if isinstance(parts, str) else tuple(parts)
    if sum(map(len, lines)) <= CACHED_TEXT:
        return _location_cached(lines)
    return _location(lines)


@lru_cache(maxsize=2048)
def _location_cached(lines: tuple[str, ...]) -> Location:
    return _location(lines)


def _location(lines: tuple[str, ...]) -> Location:
    shown = [clean_text(line) for line in lines]
    shown = [line for line in shown if line]
    text = ", ".join(shown)
    if not text:
        return Location()
    pieces = _joined_postcodes([p.strip() for line in shown for p in _split_commas(line)])
    if is_online(text) and not any(_POSTCODE_CITY.match(p) for p in pieces):
        # "hybrid: Dortmund und online": the town of the room part is stated.
        city = city_from_text(text) if _HYBRID.search(text) else None
        return Location(venue=text, city=city, text=text)
    venue: list[str] = []
    street = postcode = city = None
    scores = [
        _street_score(piece, i + 1 < len(pieces) and bool(_POSTCODE_CITY.match(pieces[i + 1])))
        for i, piece in enumerate(pieces)
    ]
    best = max(scores)
    street_at = scores.index(best) if best else -1
    # "Hattingen, Altstadtcafé, Untermarkt 2", "Bochum, Haus des Wissens": a town first,
    # before the venue, names the city
    lead_town = street_at != 0 and len(pieces) > 1
    lead_town = lead_town and not any(_POSTCODE_CITY.match(p) for p in pieces)
    for i, piece in enumerate(pieces):
        found = _postcode_city(piece) if postcode is None else None
        if found is None and postcode is None and street is None:
            joined = _STREET_POSTCODE.match(piece)
            if joined and _street_score(joined.group(1), True) >= 2:
                street = joined.group(1)
                found = _postcode_city(f"{joined.group(2)} {joined.group(3)}")
        if found is not None:
            postcode, city = found
        elif street is None and i == street_at:
            street = piece
        elif postcode is not None and piece in _COUNTRY:
            continue
        elif (
            city is None
            and (i == len(pieces) - 1 or street or (lead_town and i == 0))
            and municipality(piece)
        ):
            city = _official(piece)
        else:
            venue.append(piece)
    venue_text = ", ".join(venue) or None
    if city is None and venue_text and postcode is None:
        # No town stated: the one the venue names ("Kulturzentrum Herne, Willi-Pohlmann-
        # Platz 1" → Herne), with or without its street.
        city = city_from_text(venue_text)
    return Location(venue_text, street, postcode, city, text)


def _joined_postcodes(pieces: list[str]) -> list[str]:
    """Non-empty pieces, a lone postcode joined to the city in the next piece (table
    cells "45127" | "Essen" read as "45127 Essen")."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if out and _POSTCODE.match(out[-1]) and not _POSTCODE.match(piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _split_commas(line: str) -> list[str]:
    """Split on commas outside parentheses ("Haus (Raum 1, 2. OG)" stays whole)."""
    if "(" not in line:
        return line.split(",")
    out, depth, begin = [], 0, 0
    for i, ch in enumerate(line):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(line[begin:i])
            begin = i + 1
    out.append(line[begin:])
    return out


def _street_score(piece: str, before_postcode: bool = False) -> int:
    """How surely ``piece`` is the street: 4 a street word with a house number
    ("Universitätsstraße 150"), 3 a name with a house number right before the postcode
    ("An de Tent 1"), 2 a name with a house number ("Am Hauptbahnhof 5" — but "HZO 10"
    is a room), 1 a street word alone ("Bahnhofstraße"), 0 no street."""
    if len(piece) > 80 or not (_may_end_in_number(piece) or piece[-1:] in _BARE_LAST):
        return 0  # no pattern below can match: most pieces (venues, "12345 City") end here
    if _ROOM.search(piece) or _POSTCODE_CITY.match(piece):
        return 0
    if _STREET.search(piece):
        return 4
    if before_postcode and _ENDS_IN_NUMBER.search(piece):
        return 3
    if _NAMED_STREET.match(piece):
        return 2
    return 1 if _BARE_STREET.search(piece) else 0


def _may_end_in_number(piece: str) -> bool:
    """Whether ``piece`` may end in a house number: it ends in "12", "12a" or "12 a", so
    one of its last three characters is a digit (``isdigit`` holds for every ``\\d``; pieces
    are clean text, without a newline for ``$`` to stand before)."""
    return piece[-1:].isdigit() or piece[-2:-1].isdigit() or piece[-3:-2].isdigit()


def _postcode_city(piece: str) -> tuple[str, str] | None:
    m = _POSTCODE_CITY.match(piece)
    if m is None:
        return None
    return m.group(1), _official(m.group(2).strip())


def _official(stated: str) -> str:
    """The official name of a stated city: an alias ("Mülheim/Ruhr") or a district
    ("Essen-Rüttenscheid", "Bochum Wattenscheid") of a listed municipality gives that
    municipality; any other city is kept as stated."""
    found = municipality(stated)
    if found is not None:
        return found.name
    lex = _lexicon()
    m = lex.pattern.match(stated)
    if m is not None and stated[m.end() : m.end() + 1] in ("-", " "):
        rest = stated[m.end() :].lstrip(" -(")
        if rest[:1].isupper() and lex.name_at.match(rest) is None:
            return lex.by_name[m.group()].name
    return stated


# --- places stated in sentences ------------------------------------------------------

# A place stated in a sentence: "in der IHK, Ostring 30–32, 44787 Bochum" — from the
# preposition nearest before the postcode to the postcode's town.
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ][\w-]*(?:\s+an\s+der\s+[A-ZÄÖÜ]\w*)?")
_PLACE_LEAD = re.compile(
    r"\b(?:in\s+(?:der|dem|den)|im|in|beim|bei\s+(?:der|dem)|at(?:\s+the)?)\s+(?=[A-ZÄÖÜ0-9])"
)
_MAX_PLACE = 120
PLACE_LABEL = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Ort|Veranstaltungsort|Tagungsort|Venue|Location)\s*:\s*"
    r"(?P<place>[^!?]+?)\.?$"
)


def prose_place(sentence: str) -> str | None:
    """A place with a postcode stated in a sentence ("… in der IHK, Ostring 30–32,
    44787 Bochum statt" → "IHK, Ostring 30–32, 44787 Bochum"), or after "Ort:"."""
    label = PLACE_LABEL.search(sentence)
    if label is not None:
        return label.group("place").strip(" ,") or None
    town = _POSTCODE_TOWN.search(sentence)
    if town is None:
        return None
    leads = list(_PLACE_LEAD.finditer(sentence, max(0, town.start() - _MAX_PLACE), town.start()))
    if not leads:
        return None
    place = sentence[leads[-1].end() : town.end()]  # from the preposition nearest the postcode
    return place.strip(" ,") if not any(c in place for c in "!?;:") else None


# A place named in a sentence: "in der Stadthalle Unna", "im Rathaus Kamen" (capitalised
# words after "in"/"im"); taken only when it names a municipality, so that "in der
# Region" or "im Rahmen" is never a place.
_SENTENCE_VENUE = re.compile(
    r"\b(?:in|im)\s+(?:(?:der|dem|den)\s+)?([A-ZÄÖÜ][\w’'&-]*(?:\s+[A-ZÄÖÜ][\w’'&-]*){0,4})"
)


def sentence_place(text: str) -> str | None:
    """The place a sentence names with "in"/"im", if it names a municipality of the
    region ("… in der Stadthalle Unna." → "Stadthalle Unna"), else ``None``."""
    if " in " not in text and " im " not in text and not text.startswith(("in ", "im ")):
        return None
    for m in _SENTENCE_VENUE.finditer(text):
        if city_from_text(m.group(0)) is not None:
            return m.group(1)
    return None
