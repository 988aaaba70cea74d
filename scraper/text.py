"""Clean visible text the way a reader sees it.

Web pages carry invisible characters that change nothing for a reader but break
comparisons: soft hyphens (TYPO3's RTE inserts them for hyphenation), zero-width
spaces and joiners, byte-order marks, no-break and narrow spaces. ``clean_text``
removes or normalises them and collapses whitespace. Typographic characters
(’ – „ “) are kept as published; treating them as equal is the diff's business.
"""

from __future__ import annotations

import re

# Deleted outright: soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
# No-break U+00A0, narrow no-break U+202F and the other Unicode spaces are whitespace
# for str.split(), so collapsing turns them into plain spaces.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


def clean_text(s: str) -> str:
    """Return ``s`` without invisible characters, with whitespace collapsed and stripped.

    >>> clean_text("Fach\u00adkräfte\u200b-Reihe\u00a02025 \\n ")
    'Fachkräfte-Reihe 2025'
    """
    # The parser calls this for every line: skip the regex when it cannot match
    # (isascii() is O(1); `in` is a fast C scan), which is most of the time.
    if not s.isascii() and (
        "\u00ad" in s
        or "\u200b" in s
        or "\u200c" in s
        or "\u200d" in s
        or "\u2060" in s
        or "\ufeff" in s
    ):
        s = _INVISIBLE.sub("", s)
    return " ".join(s.split())
