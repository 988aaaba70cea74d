"""Claiming pages for a batch of checks, and recording the checks that changed nothing.

Plain SQL (``storage.sql``) in the caller's transaction: a batch of checks begins with
one transaction that registers its pages, takes their leases and reads their states
(:func:`register_pages`, :func:`load_states`, ``storage.lease.take_many``), and a 304
is recorded by :func:`record_many_not_modified` in the batch's closing transaction.
Nothing here imports SQLAlchemy (``storage.repo`` records everything else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from storage.records import CheckRecord, PageState
from storage.sql import Row, Tx, as_tx, in_list

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    Bind = Tx | Connection | Session

# Read at the start of every check: the columns of PageState (``last_good`` aside).
_STATES = (
    "SELECT pages.id, pages.name, pages.url, page_state.last_good_snapshot_id,"
    " page_state.etag, page_state.last_modified, page_state.consecutive_failures,"
    " page_state.failing_since, page_state.alert_open, page_state.last_check_at,"
    " page_state.last_success_at"
    " FROM pages JOIN page_state ON page_state.page_id = pages.id WHERE pages.name IN "
)


def register_pages(bind: Bind, wanted: Iterable[tuple[str, str, str]], now: dt.datetime) -> None:
    """Make sure every ``(name, url, parser)`` has its page row (and state), up to date.

    ``now`` becomes ``created_at`` of a new page.
    """
    wanted = list(wanted)
    if not wanted:
        return
    tx = as_tx(bind)
    listed, params = in_list("name", [name for name, _, _ in wanted])
    found = {
        name: (page_id, url, parser)
        for name, page_id, url, parser in tx.rows(
            f"SELECT name, id, url, parser FROM pages WHERE name IN {listed}", params
        )
    }
    for name, url, parser in wanted:
        row = found.get(name)
        if row is None:
            values = {"name": name, "url": url, "parser": parser, "at": tx.time(now)}
            (page_id,) = tx.rows(_NEW_PAGE, values)[0]
            tx.run(_NEW_STATE, {"page": page_id})
        elif row[1:] != (url, parser):
            tx.run(_PAGE_MOVED, {"page": row[0], "url": url, "parser": parser})


_NEW_PAGE = (
    "INSERT INTO pages (name, url, parser, created_at)"
    " VALUES (:name, :url, :parser, :at) RETURNING id"
)
_NEW_STATE = (
    "INSERT INTO page_state (page_id, consecutive_failures, alert_open) VALUES (:page, 0, FALSE)"
)
_PAGE_MOVED = "UPDATE pages SET url = :url, parser = :parser WHERE id = :page"


def load_states(bind: Bind, names: Sequence[str]) -> dict[str, PageState]:
    """The stored states of the pages ``names`` (those that exist), without parsed pages."""
    if not names:
        return {}
    tx = as_tx(bind)
    listed, params = in_list("name", names)
    return {row[1]: _state(tx, row) for row in tx.rows(_STATES + listed, params)}


def _state(tx: Tx, row: Row) -> PageState:
    page_id, name, url, snapshot, etag, modified, failures, since, alert, checked, good = row
    return PageState(
        page_id=page_id,
        name=name,
        url=url,
        last_good=None,
        last_good_snapshot_id=snapshot,
        etag=etag,
        last_modified=modified,
        consecutive_failures=failures,
        failing_since=tx.read_time(since),
        alert_open=bool(alert),
        last_check_at=tx.read_time(checked),
        last_success_at=tx.read_time(good),
    )


def record_not_modified(bind: Bind, state: PageState, record: CheckRecord) -> int:
    """A 304 of a page in a healthy state, the check most runs end with; its check id.

    Writes what ``storage.repo.record_check`` writes for it through the ORM
    (``tests/test_storage.py`` compares the two): the check, the page's state, and the
    events still listed marked as seen.
    """
    return record_many_not_modified(bind, [(state, record)])[0]


def record_many_not_modified(
    bind: Bind, checked: Sequence[tuple[PageState, CheckRecord]]
) -> list[int]:
    """:func:`record_not_modified` for many pages at once. Returns the check ids in order."""
    if not checked:
        return []
    tx = as_tx(bind)
    ids: list[int] = []
    for state, record in checked:
        values = {
            "page": state.page_id,
            "at": tx.time(record.started_at),
            "ms": record.duration_ms,
            "status": record.http_status,
            "snapshot": state.last_good_snapshot_id,
        }
        ids.append(tx.rows(_INSERT_CHECK, values)[0][0])
    tx.run_many(
        _STATE_AFTER_NOT_MODIFIED,
        [
            {
                "page": state.page_id,
                "at": tx.time(record.started_at),
                "etag": record.etag,
                "modified": record.last_modified,
            }
            for state, record in checked
        ],
    )
    tx.run_many(
        _TOUCH_LISTED,
        [
            {"page": state.page_id, "at": tx.time(record.started_at), "check": check_id}
            for (state, record), check_id in zip(checked, ids, strict=True)
        ],
    )
    return ids


def touch_listed(bind: Bind, page_id: int, check_id: int, at: dt.datetime) -> None:
    """Mark every event still listed on the page as seen by this successful check."""
    tx = as_tx(bind)
    tx.run(_TOUCH_LISTED, {"page": page_id, "at": tx.time(at), "check": check_id})


_INSERT_CHECK = (
    "INSERT INTO checks (page_id, started_at, duration_ms, http_status, bytes, outcome,"
    " error, snapshot_id) VALUES (:page, :at, :ms, :status, NULL, 'not_modified', NULL,"
    " :snapshot) RETURNING id"
)
# What a 304 does to the state: a success that may refresh the validators.
_STATE_AFTER_NOT_MODIFIED = (
    "UPDATE page_state SET last_check_at = :at, consecutive_failures = 0,"
    " failing_since = NULL, last_success_at = :at,"
    " etag = COALESCE(:etag, etag), last_modified = COALESCE(:modified, last_modified)"
    " WHERE page_id = :page"
)
_TOUCH_LISTED = (
    "UPDATE events SET last_seen_at = :at, last_check_id = :check"
    " WHERE page_id = :page AND gone_at IS NULL"
)
