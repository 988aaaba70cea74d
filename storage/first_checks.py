"""The first check of pages never checked before, recorded for a whole batch at once.

A cold run (a new configuration, a new database) is made of these: each page's body
and parsed page, its check, its state, and every event with its first version. Through
the ORM's unit of work that is a dozen round trips per page; here it is a few plain
statements (``storage.sql``) for the whole batch, each executed once with many rows of
values, so a cold run on SQLite never imports SQLAlchemy. Row ids are taken up front
(:meth:`storage.sql.Tx.new_ids`), so no statement has to return them. What is written
is what ``storage.repo.record_check`` writes for such a check (``tests/test_storage.py``
compares the two on SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from storage.records import CheckRecord, PageState, StoredForm, stored_form
from storage.sql import Tx, as_tx

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from scraper.model import Event

    Bind = Tx | Connection


def record_first_checks(bind: Bind, batch: Sequence[tuple[PageState, CheckRecord]]) -> list[int]:
    """Record the first checks of pages (each ``storage.records.is_first_check``); their
    check ids."""
    if not batch:
        return []
    tx = as_tx(bind)
    forms = [record.stored or stored_form(record.body or b"", record.page) for _, record in batch]
    check_ids = tx.new_ids("checks", len(batch))
    snapshot_ids = tx.new_ids("snapshots", len(batch))
    tx.run_many(
        _INSERT_CHECK,
        [
            {
                "id": check_id,
                "page": state.page_id,
                "at": tx.time(record.started_at),
                "ms": record.duration_ms,
                "status": record.http_status,
                "bytes": len(record.body or b""),
                "outcome": record.outcome,
                "error": record.error,
            }
            for (state, record), check_id in zip(batch, check_ids, strict=True)
        ],
    )
    tx.run_many(_INSERT_BLOB, _blob_rows(forms))
    tx.run_many(
        _INSERT_SNAPSHOT,
        [
            {
                "id": snapshot_id,
                "page": state.page_id,
                "sha256": form.sha256,
                "size": form.size,
                "type": record.content_type,
                "etag": record.etag,
                "modified": record.last_modified,
                "url": record.final_url,
                "parsed": form.parsed.sha256 if form.parsed else None,
                "at": tx.time(record.started_at),
                "check": check_id,
            }
            for (state, record), form, check_id, snapshot_id in zip(
                batch, forms, check_ids, snapshot_ids, strict=True
            )
        ],
    )
    tx.run_many(
        "UPDATE checks SET snapshot_id = :snapshot WHERE id = :id",
        [{"id": c, "snapshot": s} for c, s in zip(check_ids, snapshot_ids, strict=True)],
    )
    tx.run_many(
        _FIRST_STATE,
        [
            {
                "page": state.page_id,
                "at": tx.time(record.started_at),
                "etag": record.etag,
                "modified": record.last_modified,
                "snapshot": snapshot_id,
            }
            for (state, record), snapshot_id in zip(batch, snapshot_ids, strict=True)
        ],
    )
    _insert_events(tx, batch, check_ids)
    return check_ids


def _blob_rows(forms: Sequence[StoredForm]) -> list[dict[str, Any]]:
    rows = {}
    for form in forms:
        rows[form.sha256] = {"sha256": form.sha256, "size": form.size, "data": form.compressed}
        if form.parsed is not None:
            parsed = form.parsed
            rows[parsed.sha256] = {
                "sha256": parsed.sha256,
                "size": parsed.size,
                "data": parsed.compressed,
            }
    return list(rows.values())


def _insert_events(
    tx: Tx, batch: Sequence[tuple[PageState, CheckRecord]], check_ids: list[int]
) -> None:
    firsts = [
        (state, record, check_id, event)
        for (state, record), check_id in zip(batch, check_ids, strict=True)
        if record.page is not None
        for event in record.page.events
    ]
    if not firsts:
        return
    event_ids = tx.new_ids("events", len(firsts))
    rows = [
        {
            "id": event_id,
            "page": state.page_id,
            "at": tx.time(record.started_at),
            "check": check_id,
            **_event_columns(tx, event),
        }
        for (state, record, check_id, event), event_id in zip(firsts, event_ids, strict=True)
    ]
    tx.run_many(_INSERT_EVENT, rows)
    tx.run_many(
        _INSERT_VERSION,
        [
            {
                "event": row["id"],
                "at": row["at"],
                "check": row["check"],
                "data": row["data"],
                "fields": tx.json([]),
            }
            for row in rows
        ],
    )


def _event_columns(tx: Tx, event: Event) -> dict[str, Any]:
    """The ``events`` columns of an event's current state (as ``storage.repo_events``
    writes them through the ORM), bound for ``tx``."""
    return {
        "key": event.key,
        "title": event.title,
        "date": tx.date(event.date),
        "start_local": event.start.isoformat() if event.start else None,
        "end_local": event.end.isoformat() if event.end else None,
        "start_utc": tx.time(event.start.astimezone(dt.UTC)) if event.start else None,
        "status": event.status,
        "location": event.location.text if event.location else None,
        "data": tx.json(event.to_json()),
    }


_INSERT_CHECK = (
    "INSERT INTO checks (id, page_id, started_at, duration_ms, http_status, bytes, outcome,"
    " error, snapshot_id) VALUES (:id, :page, :at, :ms, :status, :bytes, :outcome, :error, NULL)"
)
_INSERT_BLOB = (
    "INSERT INTO blobs (sha256, codec, size, data) VALUES (:sha256, 'zlib', :size, :data)"
    " ON CONFLICT (sha256) DO NOTHING"
)
_INSERT_SNAPSHOT = (
    "INSERT INTO snapshots (id, page_id, sha256, size, content_type, etag, last_modified,"
    " final_url, parsed_sha256, first_seen_at, first_check_id) VALUES (:id, :page, :sha256,"
    " :size, :type, :etag, :modified, :url, :parsed, :at, :check)"
)
_FIRST_STATE = (
    "UPDATE page_state SET last_check_at = :at, consecutive_failures = 0,"
    " failing_since = NULL, last_success_at = :at, etag = :etag, last_modified = :modified,"
    " last_good_snapshot_id = :snapshot WHERE page_id = :page"
)
_INSERT_EVENT = (
    "INSERT INTO events (id, page_id, key, first_key, title, date, start_local, end_local,"
    " start_utc, status, location, first_seen_at, last_seen_at, first_seen_check_id,"
    " last_check_id, gone_at, data) VALUES (:id, :page, :key, :key, :title, :date,"
    " :start_local, :end_local, :start_utc, :status, :location, :at, :at, :check, :check,"
    " NULL, :data)"
)
_INSERT_VERSION = (
    "INSERT INTO event_versions (event_id, valid_from, valid_to, check_id, data,"
    " changed_fields) VALUES (:event, :at, NULL, :check, :data, :fields)"
)
