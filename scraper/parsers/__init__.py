"""Page parsers: an explicit registry from name to parser function.

A parser is pure: ``(text, url, tz, *, now=None) -> Page``. It raises
:class:`scraper.errors.NotASeriesPage` for a page that is not a usable series page.
Register a new parser by adding its module and function to :data:`_REGISTERED`
(or, at run time, ``PARSERS[name] = parse``); importing this package has no other
effect, and imports no parser: the configuration
checks ``parser:`` names against :data:`PARSERS` on every start, and a check that ends
in a 304 never parses (a parser module is imported when it is first looked up).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from scraper.errors import UnknownParser

if TYPE_CHECKING:
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


# name -> (module, function): imported on first lookup.
_REGISTERED = {
    "rvr-series": ("scraper.parsers.rvr_series", "parse_rvr_series"),
    "schema-events": ("scraper.parsers.schema_events", "parse_schema_events"),
}


class _Registry(MutableMapping[str, Parser]):
    """The parsers by name. A registered parser's module is imported when it is first
    looked up; a parser function may also be set directly (``PARSERS[name] = parse``)."""

    def __init__(self, registered: Mapping[str, tuple[str, str]]) -> None:
        self._entries: dict[str, Parser | tuple[str, str]] = dict(registered)

    def __getitem__(self, name: str) -> Parser:
        entry = self._entries[name]
        if isinstance(entry, tuple):
            module, function = entry
            entry = self._entries[name] = getattr(importlib.import_module(module), function)
        return entry

    def __setitem__(self, name: str, parser: Parser) -> None:
        self._entries[name] = parser

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


PARSERS: MutableMapping[str, Parser] = _Registry(_REGISTERED)


def get_parser(name: str) -> Parser:
    """The parser registered as ``name``; ``UnknownParser`` names the known ones."""
    try:
        return PARSERS[name]
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise UnknownParser(f"unknown parser {name!r} (known: {known})") from None


def __getattr__(name: str) -> object:
    """``parse_rvr_series`` and ``parse_schema_events``, imported when asked for."""
    for module, function in _REGISTERED.values():
        if function == name:
            return getattr(importlib.import_module(module), function)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PARSERS", "Parser", "get_parser", "parse_rvr_series", "parse_schema_events"]
