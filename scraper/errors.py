"""The scraper's exceptions, one tree with one root.

::

    ScraperError
     ├── FetchError            the page could not be fetched (network, status, size, type)
     │    ├── FetchTimeout      no answer, or not all of it, within the deadline
     │    ├── HTTPStatusError   an HTTP status that is not a success (after retries)
     │    ├── TooLarge          more than ``max_bytes`` (compressed or decoded)
     │    ├── BadContent        not HTML, binary, broken encoding, truncated body
     │    └── RobotsDisallowed  robots.txt forbids the page
     ├── NotASeriesPage        fetched fine, but not a usable series page (reason given)
     └── UnknownParser         no parser registered under that name

Foreign exceptions (httpx, codecs) are translated at one seam each with
``raise ... from``; only the CLI maps these to exit codes.
"""

from __future__ import annotations


class ScraperError(Exception):
    """Root of everything the scraper raises on purpose."""


class FetchError(ScraperError):
    """The page could not be fetched."""


class FetchTimeout(FetchError):
    """The server did not answer, or not completely, within the deadline."""


class HTTPStatusError(FetchError):
    """The server answered with a status that is not a success."""

    def __init__(self, status: int, message: str | None = None) -> None:
        self.status = status
        super().__init__(message or f"HTTP status {status}")


class TooLarge(FetchError):
    """The response is larger than the configured limit."""


class BadContent(FetchError):
    """The response is not a readable HTML page (type, encoding, truncation)."""


class RobotsDisallowed(FetchError):
    """robots.txt does not allow fetching the page."""


class NotASeriesPage(ScraperError):
    """The text is not a usable series page; ``reason`` says why, for a person."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class UnknownParser(ScraperError):
    """No parser is registered under the given name."""
