"""The first check of pages never checked before, recorded for a whole batch at once.

A cold run (a new configuration, a new database) is made of these: each page's body
and parsed page, its check, its state, and every event with its first version. Through
the ORM's unit of work that is a dozen round trips per page; here it is seven
statements for the whole batch, each executed once with many rows of values. What is
written is what ``storage.repo.record_check`` writes for such a check
(``tests/test_storage.py`` compares the two).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, insert, update

from storage.blobs import put_blob
from storage.records import CheckRecord, PageState, stored_form
from storage.repo_events import event_columns
from storage.schema import EventVersionRow, SnapshotRow
from storage.tables import checks, events, page_state

_INSERT_CHECKS = insert(checks).returning(checks.c.id, sort_by_parameter_order=True)
_INSERT_SNAPSHOTS = insert(SnapshotRow).returning(SnapshotRow.id, sort_by_parameter_order=True)
# Bound names differ from column names: SQLAlchemy reserves those in SET clauses.
_CHECK_SNAPSHOT = (
    update(checks).where(checks.c.id == bindparam("check")).values(snapshot_id=bindparam("snap"))
)
_FIRST_STATE = (
    update(page_state)
    .where(page_state.c.page_id == bindparam("page"))
    .values(
        last_check_at=bindparam("at", type_=page_state.c.last_check_at.type),
        consecutive_failures=0,
        failing_since=None,
        last_success_at=bindparam("at", type_=page_state.c.last_success_at.type),
        etag=bindparam("new_etag"),
        last_modified=bindparam("new_modified"),
        last_good_snapshot_id=bindparam("snap"),
    )
)
_INSERT_EVENTS = insert(events).returning(events.c.id, sort_by_parameter_order=True)
_INSERT_VERSIONS = insert(EventVersionRow)


def record_first_checks(
    connection: Connection, batch: Sequence[tuple[PageState, CheckRecord]]
) -> list[int]:
    """Record the first checks of pages (each ``storage.records.is_first_check``); their
    check ids."""
    if not batch:
        return []
    forms = [record.stored or stored_form(record.body or b"", record.page) for _, record in batch]
    check_ids: list[int] = list(
        connection.execute(
            _INSERT_CHECKS,
            [
                {
                    "page_id": state.page_id,
                    "started_at": record.started_at,
                    "duration_ms": record.duration_ms,
                    "http_status": record.http_status,
                    "bytes": len(record.body or b""),
                    "outcome": record.outcome,
                    "error": record.error,
                    "snapshot_id": None,
                }
                for state, record in batch
            ],
        ).scalars()
    )
    for form in forms:
        put_blob(connection, form.sha256, form.size, form.compressed)
        if form.parsed is not None:
            put_blob(connection, form.parsed.sha256, form.parsed.size, form.parsed.compressed)
    snapshot_ids: list[int] = list(
        connection.execute(
            _INSERT_SNAPSHOTS,
            [
                {
                    "page_id": state.page_id,
                    "sha256": form.sha256,
                    "size": form.size,
                    "content_type": record.content_type,
                    "etag": record.etag,
                    "last_modified": record.last_modified,
                    "final_url": record.final_url,
                    "parsed_sha256": form.parsed.sha256 if form.parsed else None,
                    "first_seen_at": record.started_at,
                    "first_check_id": check_id,
                }
                for (state, record), form, check_id in zip(batch, forms, check_ids, strict=True)
            ],
        ).scalars()
    )
    connection.execute(
        _CHECK_SNAPSHOT,
        [{"check": c, "snap": s} for c, s in zip(check_ids, snapshot_ids, strict=True)],
    )
    connection.execute(
        _FIRST_STATE,
        [
            {
                "page": state.page_id,
                "at": record.started_at,
                "new_etag": record.etag,
                "new_modified": record.last_modified,
                "snap": snapshot_id,
            }
            for (state, record), snapshot_id in zip(batch, snapshot_ids, strict=True)
        ],
    )
    _insert_events(connection, batch, check_ids)
    return check_ids


def _insert_events(
    connection: Connection, batch: Sequence[tuple[PageState, CheckRecord]], check_ids: list[int]
) -> None:
    rows: list[dict[str, Any]] = []
    for (state, record), check_id in zip(batch, check_ids, strict=True):
        assert record.page is not None
        for event in record.page.events:
            rows.append(
                {
                    "page_id": state.page_id,
                    "first_key": event.key,
                    "first_seen_at": record.started_at,
                    "last_seen_at": record.started_at,
                    "first_seen_check_id": check_id,
                    "last_check_id": check_id,
                    "gone_at": None,
                    **event_columns(event),
                }
            )
    if not rows:
        return
    event_ids = list(connection.execute(_INSERT_EVENTS, rows).scalars())
    connection.execute(
        _INSERT_VERSIONS,
        [
            {
                "event_id": event_id,
                "valid_from": row["first_seen_at"],
                "valid_to": None,
                "check_id": row["first_seen_check_id"],
                "data": row["data"],
                "changed_fields": [],
            }
            for row, event_id in zip(rows, event_ids, strict=True)
        ],
    )
