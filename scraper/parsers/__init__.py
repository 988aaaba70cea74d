"""Page parsers: an explicit registry from name to parser function.

A parser is pure: ``(text, url, tz) -> Page``. It raises
:class:`scraper.errors.NotASeriesPage` for a page that is not a usable series page.
Register a new parser by adding it to :data:`PARSERS`; importing this package has
no other effect.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from scraper.errors import UnknownParser
from scraper.model import Page
from scraper.parsers.rvr_series import parse_rvr_series

Parser = Callable[[str, str, ZoneInfo], Page]
"""``(text, url, tz) -> Page``: decoded HTML, the page's URL (for relative links), the zone
for event times without an offset."""

PARSERS: dict[str, Parser] = {"rvr-series": parse_rvr_series}


def get_parser(name: str) -> Parser:
    """The parser registered as ``name``; ``UnknownParser`` names the known ones."""
    try:
        return PARSERS[name]
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise UnknownParser(f"unknown parser {name!r} (known: {known})") from None


__all__ = ["PARSERS", "Parser", "get_parser", "parse_rvr_series"]
