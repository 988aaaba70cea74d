"""Field-level readers shared by series parsers: keys, e-mail, phone, sizes, contacts.

Places are read by :mod:`scraper.places`.

Each reader takes clean text (or the visible lines) and returns exactly what is
stated; a part the text does not state is ``None`` — nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from scraper.model import Contact
from scraper.parsers._lines import Line
from scraper.text import CACHED_TEXT

_TRANSLIT = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("’", ""), ("'", ""), ("‘", ""))
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
SLUG_LIMIT = 60


def slug(text: str, limit: int = SLUG_LIMIT) -> str:
    """Lower-case ASCII slug: umlauts transliterated, apostrophes dropped, cut on a word."""
    s = text.lower()
    if not s.isascii():
        for old, new in _TRANSLIT:  # str.replace per pair beats a translate table here
            s = s.replace(old, new)
    else:
        s = s.replace("'", "")
    if not s.isascii():  # é → e; other letters without an ASCII form are dropped
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = _NON_ALNUM.sub("-", s).strip("-")
    if len(s) > limit:
        cut = s.rfind("-", 0, limit + 1)
        s = s[: cut if cut > 0 else limit]
    return s


def event_key(date: dt.date, title: str) -> str:
    """The stable key of an event: ``2025-11-27-karriere-in-ge-machs-mit-wasserstoff``."""
    return _event_key(date, title) if len(title) <= CACHED_TEXT else _make_key(date, title)


@lru_cache(maxsize=2048)
def _event_key(date: dt.date, title: str) -> str:
    return _make_key(date, title)


def _make_key(date: dt.date, title: str) -> str:
    tail = slug(title)
    return f"{date.isoformat()}-{tail}" if tail else date.isoformat()


# --- contact details ----------------------------------------------------------------

_EMAIL = re.compile(
    r"([\w.+-]+)\s*(?:@|\[at\]|\(at\)|\{at\}|\s(?:at|AT)\s)\s*"
    r"([\w-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[\w-]+)+)"
)
_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\.)\s*")
_PHONE = re.compile(
    r"^(?:(?:Tel(?:efon)?|Fon|Phone|Mobil|T)\.?\s*:?\s*)?(\+?\(?\d[\d\s()/–-]{5,}\d)$",
    re.IGNORECASE,
)
# A download's size as pages write it: "(172 KB)", "(PDF, 310 KB)", "[pdf | 1,2 MB]",
# "PDF-Datei 172 kB", "PDF, 172 KB" (inside the link), "(docx, 96 KiB)".
_SIZE_VALUE = r"(\d+(?:[.,]\d+)?\s?(?:[KMGkmg]i?[Bb]|[Kk]byte|[Mm]byte|Bytes?))(?![\w])"
_FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|odt|zip|ics|mp3|mp4|datei|file)(?:-?datei)?"
_SIZE = re.compile(
    rf"[\s(\[|,–-]*(?:{_FILE_TYPE}\s*[,|:;/–-]?\s*)?(?:ca\.\s*)?{_SIZE_VALUE}\s*[)\]]?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_TYPE_ONLY = re.compile(rf"\s*[(\[]\s*(?:{_FILE_TYPE})\s*[)\]]$", re.IGNORECASE)
_TYPE_TAIL = re.compile(rf"[\s(\[|,:;/–-]*(?:{_FILE_TYPE})?[\s(\[|,:;/–-]*$", re.IGNORECASE)
_CONTACT_LABEL = re.compile(
    r"^(?:(?:ihr(?:e|en)?|unser(?:e|en)?|your)\s+)?"
    r"(?:kontakt(?:person|e)?|ansprechpartner(?:in|innen)?|ansprechperson(?:en)?|e-?mail|telefon"
    r"|contact(?:\s+person)?)\s*:?$",
    re.IGNORECASE,
)
_CONTACT_LABEL_MAX = 40  # its longest form, "Ihre Ansprechpartnerinnen:", and room to spare
CONTACT_BOX_LINES = 10


def find_email(text: str) -> str | None:
    """An e-mail address written plainly or as ``name[at]host.tld`` / ``(at)`` / `` at ``."""
    return _email_cached(text) if len(text) <= CACHED_TEXT else _email(text)


@lru_cache(maxsize=1024)  # a contact box's lines are the same from check to check
def _email_cached(text: str) -> str | None:
    return _email(text)


def _email(text: str) -> str | None:
    m = _EMAIL.search(text)
    return f"{m.group(1)}@{_DOT.sub('.', m.group(2))}" if m else None


def find_phone(text: str) -> str | None:
    """A line that is a phone number (optionally after "Tel.:"), as shown."""
    return _phone_cached(text) if len(text) <= CACHED_TEXT else _phone(text)


@lru_cache(maxsize=1024)
def _phone_cached(text: str) -> str | None:
    return _phone(text)


def _phone(text: str) -> str | None:
    m = _PHONE.match(text)
    if m is None and ("|" in text or "·" in text):
        # "Tel.: 0251 707-123 | Fax: … | E-Mail: …": the first piece that is a phone
        m = next(filter(None, map(_PHONE.match, _CONTACT_BAR.split(text))), None)
    return m.group(1) if m else None


_CONTACT_BAR = re.compile(r"\s+[|·]\s+")


def find_size(text: str) -> str | None:
    """A download size as stated: "Programm (172 KB)" → "172 KB"."""
    m = _SIZE.search(text)
    return m.group(1) if m else None


def split_size(text: str, *, after: bool = False) -> tuple[str, str | None]:
    """Split a size off a link's text: "Programm PDF, 172 KB" → ("Programm", "172 KB").

    Without ``after`` the size must end the text (a link's label); with it, the text
    is what follows a link ("(PDF, 310 KB) und mehr") and the first size counts.
    """
    if len(text) <= CACHED_TEXT:
        return _split_size_cached(text, after)
    return _split_size(text, after)


@lru_cache(maxsize=2048)
def _split_size_cached(text: str, after: bool) -> tuple[str, str | None]:
    return _split_size(text, after)


def _split_size(text: str, after: bool) -> tuple[str, str | None]:
    # A size has a digit and a B ("KB", "kB", "Byte"): most link texts have neither.
    m = None
    if ("B" in text or "b" in text) and _DIGIT.search(text) is not None:
        m = _SIZE.search(text)
    if m is None or (not after and text[m.end() :].strip(" )]")):
        if not after and _TYPE_ONLY.search(text):
            return _TYPE_ONLY.sub("", text).strip() or text, None  # "Flyer (PDF)"
        return text, None
    label = text[: m.start()]
    tail = _TYPE_TAIL.search(label)
    if tail is not None:
        label = label[: tail.start()]
    return (label + text[m.end() :]).strip() if after else label.strip(), m.group(1)


def line_email(line: Line) -> str | None:
    """The e-mail address a line shows or links to."""
    for anchor in line.anchors:
        if anchor.email:
            return anchor.email
    text = line.text
    # A contact's address stands on a short line; long prose is not searched.
    if len(text) <= 120 and (
        "@" in text or ("at" in text and ("at]" in text or "at)" in text or " at " in text))
    ):
        return find_email(text)
    return None


def find_contacts(
    lines: Sequence[Line], blocked: Callable[[Line], bool]
) -> tuple[list[Contact], set[int]]:
    """Contact boxes, found from their e-mail addresses, and the line indices they use.

    A box is the largest block around an e-mail line that holds no other e-mail,
    at most ``CONTACT_BOX_LINES`` lines, and no line for which ``blocked`` is true
    (event labels, dates, section headings): no class names needed.
    """
    emails = {i: e for i, line in enumerate(lines) if (e := line_email(line))}
    if not emails:
        return [], set()
    counts: dict[int, int] = {}
    for i in emails:
        for box in lines[i].boxes:
            counts[box] = counts.get(box, 0) + 1
    contacts: list[Contact] = []
    used: set[int] = set()
    for i, email in emails.items():
        lo, hi = _box(lines, i, counts, blocked)
        if lo > hi or used.intersection(range(lo, hi + 1)):
            continue
        contact = _contact(lines, lo, hi, emails, email)
        if contact is not None:
            contacts.append(contact)
            used.update(range(lo, hi + 1))
    return contacts, used


def _box(
    lines: Sequence[Line], i: int, counts: dict[int, int], blocked: Callable[[Line], bool]
) -> tuple[int, int]:
    """Grow the box around e-mail line ``i`` one enclosing block at a time (a block's
    lines are contiguous); ``lo > hi`` if not even the innermost block qualifies."""
    boxes = lines[i].boxes
    lo = hi = i
    last = len(lines) - 1
    found = (i, i - 1)
    if blocked(lines[i]):
        return found
    for depth in range(len(boxes) - 1, -1, -1):
        box = boxes[depth]
        if counts[box] > 1:
            break
        new_lo, new_hi = lo, hi
        # The lines in the block: those whose box at ``depth`` is this one (inlined).
        while new_lo > 0 and len(b := lines[new_lo - 1].boxes) > depth and b[depth] == box:
            new_lo -= 1
        while new_hi < last and len(b := lines[new_hi + 1].boxes) > depth and b[depth] == box:
            new_hi += 1
        if new_hi - new_lo >= CONTACT_BOX_LINES:
            break
        added = [*range(new_lo, lo), *range(hi + 1, new_hi + 1)]
        if any(blocked(lines[k]) for k in added):
            break
        lo, hi = new_lo, new_hi
        found = (lo, hi)
    return found


def _contact(
    lines: Sequence[Line], lo: int, hi: int, emails: dict[int, str], email: str
) -> Contact | None:
    name: str | None = None
    phone: str | None = None
    unit: list[str] = []
    for k in range(lo, hi + 1):
        text = lines[k].text
        if k in emails:
            phone = phone or find_phone(text)  # "Tel.: … | E-Mail: …" on the e-mail's line
            continue
        if len(text) <= _CONTACT_LABEL_MAX and _CONTACT_LABEL.match(text):
            continue
        number = find_phone(text)
        if number:
            phone = phone or number
        elif name is None:
            if len(text) > 80 or text.endswith(":"):
                return None
            name = text
        else:
            unit.append(text)
    if name is None:
        return None
    return Contact(name=name, unit="; ".join(unit) or None, email=email, phone=phone)
