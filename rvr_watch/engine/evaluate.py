"""The evaluation of a fetched page: parse → diff → outcome, one pure function.

``check`` (through :mod:`rvr_watch.engine.pipeline`) and ``import``
(:mod:`rvr_watch.engine.backfill`) both call :func:`evaluate`, so a page saved last
year is judged exactly as the live page is today. No I/O, no clock: the caller passes
the page's last good version and ``now``.

Whatever goes wrong while a page is read is an outcome, not an exception: a page the
parser does not recognise is ``refused``; a parser that fails in any other way (a
``RecursionError`` on a page nested 100,000 levels deep, a ``MemoryError``, a bug) makes
the check ``failed``, with the reason. Both count towards the page's
``error_threshold`` and its ``monitor_error`` alert, as a failed fetch does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from scraper.model import Page
    from scraper.parsers import Parser
    from storage.diff import Change, EventPairs

Verdict = Literal["changed", "unchanged", "refused", "failed"]
# A failure's message quotes the exception's text, shortened: a hostile page must not
# make a 100 KB check row or log line.
_MAX_DETAIL = 200


@dataclass(frozen=True)
class Evaluation:
    """What a fetched page means next to its last good version.

    ``pairs`` are the event identities the diff followed (the stored event history
    follows the same ones); ``page`` is ``None`` unless the page was read.
    """

    outcome: Verdict
    page: Page | None = None
    changes: tuple[Change, ...] = ()
    pairs: EventPairs = field(default_factory=list)
    error: str | None = None


def evaluate(
    text: str,
    url: str,
    parser: str,
    previous: Page | None,
    *,
    tz: ZoneInfo,
    now: dt.datetime,
) -> Evaluation:
    """Parse ``text`` (from ``url``) with the parser named ``parser`` and diff it against
    ``previous`` (the last good page, ``None`` for the first) at ``now``.

    Never raises for anything the page does (see the module docstring).
    """
    from scraper.errors import NotASeriesPage
    from scraper.parsers import get_parser
    from storage.diff import changes_of, event_pairs

    try:
        page = _call(get_parser(parser), text, url, tz, now)
    except NotASeriesPage as error:
        return Evaluation("refused", error=f"not a recognisable series page: {error.reason}")
    except Exception as error:  # RecursionError, MemoryError, a parser's bug: see above
        return Evaluation("failed", error=f"the page could not be read: {_detail(error)}")
    try:
        local = now.astimezone(tz)
        pairs = event_pairs(previous, page, local)
        changes = changes_of(pairs, local) if previous is not None else []
    except Exception as error:
        return Evaluation("failed", error=f"the page could not be compared: {_detail(error)}")
    same = previous is not None and previous.to_json() == page.to_json()
    return Evaluation(
        "unchanged" if same else "changed", page=page, changes=tuple(changes), pairs=pairs
    )


def _call(parse: Parser, text: str, url: str, tz: ZoneInfo, now: dt.datetime) -> Page:
    """The parser's reading; ``now`` decides upcoming or past where no section word does."""
    return parse(text, url, tz, now=now)


def _detail(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > _MAX_DETAIL:
        text = text[: _MAX_DETAIL - 1] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
