"""Claiming pages for a batch of checks, and recording the checks that changed nothing.

Core statements on a ``Connection``, prepared once: a batch of checks begins with
one transaction that registers its pages, takes their leases and reads their states
(:func:`register_pages`, :func:`load_states`, ``storage.lease.take_many``), and a
304 is recorded by :func:`record_not_modified` in the batch's closing transaction.
Nothing here imports the ORM (``storage.repo`` records everything else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Text, bindparam, func, insert, select, update

from storage.records import CheckRecord, PageState
from storage.tables import checks, events, page_state, pages

# Read at the start of every check: plain columns named as PageState's fields.
STATE_COLUMNS = (
    pages.c.id.label("page_id"),
    pages.c.name,
    pages.c.url,
    page_state.c.last_good_snapshot_id,
    page_state.c.etag,
    page_state.c.last_modified,
    page_state.c.consecutive_failures,
    page_state.c.failing_since,
    page_state.c.alert_open,
    page_state.c.last_check_at,
    page_state.c.last_success_at,
)
_STATES = (
    select(*STATE_COLUMNS)
    .join(page_state, page_state.c.page_id == pages.c.id)
    .where(pages.c.name.in_(bindparam("names", expanding=True)))
)
_PAGES = select(pages.c.name, pages.c.id, pages.c.url, pages.c.parser).where(
    pages.c.name.in_(bindparam("names", expanding=True))
)
_NEW_PAGE = insert(pages).returning(pages.c.id)
_NEW_STATE = insert(page_state).values(consecutive_failures=0, alert_open=False)
_PAGE_MOVED = (
    update(pages)
    .where(pages.c.id == bindparam("page"))
    .values(url=bindparam("new_url"), parser=bindparam("new_parser"))
)


def register_pages(
    connection: Connection, wanted: Iterable[tuple[str, str, str]], now: dt.datetime
) -> None:
    """Make sure every ``(name, url, parser)`` has its page row (and state), up to date.

    ``now`` becomes ``created_at`` of a new page.
    """
    wanted = list(wanted)
    if not wanted:
        return
    found = {
        row.name: row
        for row in connection.execute(_PAGES, {"names": [name for name, _, _ in wanted]})
    }
    for name, url, parser in wanted:
        row = found.get(name)
        if row is None:
            values = {"name": name, "url": url, "parser": parser, "created_at": now}
            page_id = connection.execute(_NEW_PAGE, values).scalar_one()
            connection.execute(_NEW_STATE, {"page_id": page_id})
        elif (row.url, row.parser) != (url, parser):
            connection.execute(_PAGE_MOVED, {"page": row.id, "new_url": url, "new_parser": parser})


def load_states(connection: Connection, names: Sequence[str]) -> dict[str, PageState]:
    """The stored states of the pages ``names`` (those that exist), without parsed pages."""
    if not names:
        return {}
    rows = connection.execute(_STATES, {"names": list(names)})
    return {row.name: PageState(last_good=None, **row._asdict()) for row in rows}


def record_not_modified(connection: Connection, state: PageState, record: CheckRecord) -> int:
    """A 304 of a page in a healthy state, the check most runs end with; its check id.

    Writes what ``storage.repo.record_check`` writes for it through the ORM
    (``tests/test_storage.py`` compares the two): the check, the page's state, and the
    events still listed marked as seen.
    """
    return record_many_not_modified(connection, [(state, record)])[0]


def record_many_not_modified(
    connection: Connection, checked: Sequence[tuple[PageState, CheckRecord]]
) -> list[int]:
    """:func:`record_not_modified` for many pages at once: three statements in all,
    each executed once with many rows of values. Returns the check ids in order."""
    if not checked:
        return []
    rows = [
        {
            "page_id": state.page_id,
            "started_at": record.started_at,
            "duration_ms": record.duration_ms,
            "http_status": record.http_status,
            "bytes": None,
            "outcome": "not_modified",
            "error": None,
            "snapshot_id": state.last_good_snapshot_id,
        }
        for state, record in checked
    ]
    ids: list[int] = list(connection.execute(_INSERT_CHECKS, rows).scalars())
    connection.execute(
        STATE_AFTER_NOT_MODIFIED,
        [
            {
                "page": state.page_id,
                "at": record.started_at,
                "new_etag": record.etag,
                "new_modified": record.last_modified,
            }
            for state, record in checked
        ],
    )
    connection.execute(
        _TOUCH_LISTED,
        [
            {"page": state.page_id, "at": record.started_at, "check": check_id}
            for (state, record), check_id in zip(checked, ids, strict=True)
        ],
    )
    return ids


def touch_listed(connection: Connection, page_id: int, check_id: int, at: dt.datetime) -> None:
    """Mark every event still listed on the page as seen by this successful check."""
    connection.execute(_TOUCH_LISTED, {"page": page_id, "at": at, "check": check_id})


# Many rows, their ids in the order given (SQLAlchemy's "insertmanyvalues").
_INSERT_CHECKS = insert(checks).returning(checks.c.id, sort_by_parameter_order=True)
# Bound names differ from column names: SQLAlchemy reserves those in SET clauses.
# What a 304 does to the state: a success that may refresh the validators.
STATE_AFTER_NOT_MODIFIED = (
    update(page_state)
    .where(page_state.c.page_id == bindparam("page"))
    .values(
        last_check_at=bindparam("at", type_=page_state.c.last_check_at.type),
        consecutive_failures=0,
        failing_since=None,
        last_success_at=bindparam("at", type_=page_state.c.last_success_at.type),
        etag=func.coalesce(bindparam("new_etag", type_=Text()), page_state.c.etag),
        last_modified=func.coalesce(
            bindparam("new_modified", type_=Text()), page_state.c.last_modified
        ),
    )
)
_TOUCH_LISTED = (
    update(events)
    .where(events.c.page_id == bindparam("page"), events.c.gone_at.is_(None))
    .values(
        last_seen_at=bindparam("at", type_=events.c.last_seen_at.type),
        last_check_id=bindparam("check"),
    )
)
