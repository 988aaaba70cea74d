"""Page parsers: an explicit registry from name to parser function.

A parser is pure: ``(text, url, tz, *, now=None) -> Page``. It raises
:class:`scraper.errors.NotASeriesPage` for a page that is not a usable series page.
Register a new parser by adding it to :data:`PARSERS`; importing this package has
no other effect.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

from scraper.errors import UnknownParser
from scraper.model import Page
from scraper.parsers.rvr_series import parse_rvr_series
from scraper.parsers.schema_events import parse_schema_events


class Parser(Protocol):
    """``(text, url, tz, *, now=None) -> Page``: decoded HTML, the page's URL (for relative
    links), the zone for event times without an offset, and the time of the check (an
    event no section word places is past when its date is before it)."""

    def __call__(
        self, text: str, url: str, tz: ZoneInfo, *, now: dt.datetime | None = None
    ) -> Page: ...


PARSERS: dict[str, Parser] = {
    "rvr-series": parse_rvr_series,
    "schema-events": parse_schema_events,
}


def get_parser(name: str) -> Parser:
    """The parser registered as ``name``; ``UnknownParser`` names the known ones."""
    try:
        return PARSERS[name]
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise UnknownParser(f"unknown parser {name!r} (known: {known})") from None


__all__ = ["PARSERS", "Parser", "get_parser", "parse_rvr_series", "parse_schema_events"]
