"""Clean visible text the way a reader sees it, and keep every field within bounds.

Web pages carry invisible characters that change nothing for a reader but break
comparisons: soft hyphens (TYPO3's RTE inserts them for hyphenation), zero-width
spaces and joiners, byte-order marks, no-break and narrow spaces. ``clean_text``
removes or normalises them and collapses whitespace. Typographic characters
(’ – „ “) are kept as published; treating them as equal is the diff's business.

Scraped text also reaches terminals, files and messages, so ``clean_text`` drops
control characters (ESC, BEL, the C1 range) and the bidirectional overrides and
isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C): an
``ESC[2J`` in a title must not clear an operator's screen, an U+202E must not turn
"exe.txt" around. A hostile page can also make any field huge; ``cap_text`` and
:data:`FIELD_CAPS` bound each field (see docs/parser.md, "Text caps").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from scraper.model import Contact, Event, Link, Location, Page, Series

# Deleted outright: C0 controls other than whitespace, DEL and C1 controls (NEL, U+0085,
# is whitespace and collapses instead), soft hyphen, zero-width space / non-joiner /
# joiner, LRM/RLM, bidi embeddings and overrides (U+202A–U+202E), word joiner and the
# invisible operators (U+2060–U+2064), bidi isolates (U+2066–U+2069), the Arabic letter
# mark, BOM and the interlinear annotation characters.
# No-break U+00A0, narrow no-break U+202F and the other Unicode spaces are whitespace
# for str.split(), so collapsing turns them into plain spaces.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u061c\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]+"
)


def clean_text(s: str) -> str:
    """Return ``s`` without invisible and control characters, whitespace collapsed.

    >>> clean_text("Fach\u00adkräfte\u200b-Reihe\u00a02025 \\x1b[2J\\n ")
    'Fachkräfte-Reihe 2025 [2J'
    """
    # The parser calls this for every line, and nearly every line is clean already:
    # printable, so its only whitespace is " " (every other whitespace character is
    # unprintable), and no space leads, trails or doubles. Collapsing gives it back.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    collapsed = " ".join(s.split())
    # After collapsing, ordinary text is printable (a fast C check); only text with an
    # invisible character pays for the regex. Deleting one may leave two spaces side by
    # side: collapse again.
    if collapsed.isprintable():
        return collapsed
    return " ".join(_INVISIBLE.sub("", collapsed).split())


# A watcher parses the same pages again and again, and one page asks about the same line
# more than once: pure functions of a line's text keep their results (``lru_cache``).
# Longer texts (paragraphs) are computed afresh, so the caches stay small.
CACHED_TEXT: Final = 200
# Yes/no tests of a paragraph ("does it name a cancellation?") are kept up to this length:
# the page reader hands out one string object per paragraph text (its cleaning is cached),
# and Python keeps a string's hash, so asking the cache again costs no pass over the text.
CACHED_PARAGRAPH: Final = 2000


# --- caps ---------------------------------------------------------------------------

ELLIPSIS: Final = "…"

FIELD_CAPS: Final[dict[str, int]] = {
    "series.title": 300,
    "series.subtitle": 500,
    "title": 300,
    "venue": 500,
    "street": 200,
    "postcode": 10,
    "city": 100,
    "location.text": 1000,
    "audience": 500,
    "note": 500,
    "summary": 2000,
    "link.label": 300,
    "link.url": 2000,
    "link.size": 40,
    "contact.name": 200,
    "contact.unit": 500,
    "contact.email": 254,
    "contact.phone": 60,
}
"""Longest text, in characters, a parsed field may hold. Real pages stay far below
(the longest title on the shared page has 53 characters); the caps only bound what a
hostile or broken page can make the diff, the database and every message carry."""


def cap_text(s: str, limit: int) -> str:
    """``s`` if it has at most ``limit`` characters, else cut to ``limit`` ending in "…".

    The cut prefers the last space in the final fifth, so a word is not split when it
    need not be. Idempotent: a capped text stays as it is.

    >>> cap_text("Karriere in GE? Mach’s mit Wasserstoff!", 18)
    'Karriere in GE?…'
    """
    if len(s) <= limit:
        return s
    if limit <= 1:
        return ELLIPSIS[:limit]
    cut = s[: limit - 1]
    space = cut.rfind(" ")
    if space >= (limit * 4) // 5:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def cap_optional(s: str | None, limit: int) -> str | None:
    """:func:`cap_text` for a field that may be absent."""
    return None if s is None else cap_text(s, limit)


def cap_page(page: Page) -> Page:
    """``page`` with every text field cut to its :data:`FIELD_CAPS` limit.

    Every parser returns its page through this, so no field is ever longer than its
    cap wherever it is used later (diff, database, messages, ICS, terminal, exports).
    """
    if _fits(page):
        return page  # the common case: nothing to cut, nothing to rebuild
    caps = FIELD_CAPS
    return dataclasses.replace(
        page,
        series=Series(
            cap_text(page.series.title, caps["series.title"]),
            cap_optional(page.series.subtitle, caps["series.subtitle"]),
        ),
        events=tuple(_cap_event(event) for event in page.events),
        contacts=tuple(
            Contact(
                name=cap_text(c.name, caps["contact.name"]),
                unit=cap_optional(c.unit, caps["contact.unit"]),
                email=cap_optional(c.email, caps["contact.email"]),
                phone=cap_optional(c.phone, caps["contact.phone"]),
            )
            for c in page.contacts
        ),
    )


def _fits(page: Page) -> bool:
    """True if no text of ``page`` is longer than its cap (then nothing is cut); a missing
    text (``None``) counts as empty."""
    c = FIELD_CAPS
    if (
        len(page.series.title) > c["series.title"]
        or len(page.series.subtitle or "") > c["series.subtitle"]
    ):
        return False
    for event in page.events:
        if len(event.title) > c["title"] or len(event.summary or "") > c["summary"]:
            return False
        if len(event.audience or "") > c["audience"] or len(event.note or "") > c["note"]:
            return False
        loc = event.location
        if loc is not None and (
            len(loc.venue or "") > c["venue"]
            or len(loc.street or "") > c["street"]
            or len(loc.postcode or "") > c["postcode"]
            or len(loc.city or "") > c["city"]
            or len(loc.text or "") > c["location.text"]
        ):
            return False
        for link in event.links:
            if len(link.label) > c["link.label"] or len(link.url) > c["link.url"]:
                return False
            if len(link.size or "") > c["link.size"]:
                return False
    return all(
        len(p.name) <= c["contact.name"]
        and len(p.unit or "") <= c["contact.unit"]
        and len(p.email or "") <= c["contact.email"]
        and len(p.phone or "") <= c["contact.phone"]
        for p in page.contacts
    )


def _cap_event(event: Event) -> Event:
    caps = FIELD_CAPS
    loc = event.location
    return dataclasses.replace(
        event,
        title=cap_text(event.title, caps["title"]),
        audience=cap_optional(event.audience, caps["audience"]),
        note=cap_optional(event.note, caps["note"]),
        summary=cap_optional(event.summary, caps["summary"]),
        location=None
        if loc is None
        else Location(
            venue=cap_optional(loc.venue, caps["venue"]),
            street=cap_optional(loc.street, caps["street"]),
            postcode=cap_optional(loc.postcode, caps["postcode"]),
            city=cap_optional(loc.city, caps["city"]),
            text=cap_optional(loc.text, caps["location.text"]),
        ),
        links=tuple(
            Link(
                label=cap_text(link.label, caps["link.label"]),
                url=cap_text(link.url, caps["link.url"]),
                size=cap_optional(link.size, caps["link.size"]),
            )
            for link in event.links
        ),
    )
