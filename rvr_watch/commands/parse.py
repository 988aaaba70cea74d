"""``rvr-watch parse SOURCE``: parse a saved page or a URL and print what it says."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from rvr_watch.config.locate import optional_config
from rvr_watch.errors import EXIT_OK, UsageError
from rvr_watch.output.page_text import render_page_text
from scraper.model import Page

DEFAULT_TIMEZONE = "Europe/Berlin"


def run(args: argparse.Namespace) -> int:
    """Parse ``args.source`` with ``args.parser`` and print it as JSON or text."""
    from scraper.parsers import get_parser

    config = optional_config(args.config)
    tz = config.timezone if config else ZoneInfo(DEFAULT_TIMEZONE)
    parse = get_parser(args.parser)
    text, url = _read_source(args.source, config)
    # The time of the check decides upcoming/past where no section word does.
    page = parse(text, url, tz, now=dt.datetime.now(tz))
    sys.stdout.write(_format(page, args.format))
    return EXIT_OK


def _format(page: Page, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(page.to_json(), ensure_ascii=False, indent=2) + "\n"
    return render_page_text(page)


def _read_source(source: str, config: object | None) -> tuple[str, str]:
    """The decoded text of a URL or file, and the URL to resolve its links against."""
    from scraper.charset import decode_body

    if source.startswith(("http://", "https://")):
        return _fetch(source, config)
    if "://" in source:
        raise UsageError(f"only http(s) URLs and files can be parsed, not {source!r}")
    path = Path(source)
    try:
        body = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"no such file: {source}") from None
    except IsADirectoryError:
        raise UsageError(f"{source} is a directory, not a saved page") from None
    except OSError as error:
        raise UsageError(f"cannot read {source}: {error.strerror}") from None
    return decode_body(body, None), path.resolve().as_uri()


def _fetch(url: str, config: object | None) -> tuple[str, str]:
    from rvr_watch.engine.wiring import fetch_settings
    from scraper.fetch import Fetched, Fetcher, make_client
    from scraper.robots import RobotsPolicy

    settings = fetch_settings(getattr(config, "http", None))
    robots = RobotsPolicy(user_agent=settings.user_agent) if settings.robots else None
    with make_client(settings) as client:
        result = Fetcher(client, settings, robots=robots).fetch(url)
    # Without validators a server has no reason to answer 304; treat it as a bug if it does.
    assert isinstance(result, Fetched)
    return result.text, result.final_url
