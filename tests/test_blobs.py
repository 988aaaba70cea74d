"""Bodies and parsed pages stored once, compressed (migration 0005 and the writers)."""

from __future__ import annotations

import datetime as dt
import zlib

import sqlalchemy as sa
from dbfixtures import sample_page
from sqlalchemy.dialects import postgresql

from storage.engine import make_engine, migrate, session_factory
from storage.repo import CheckRecord, ensure_page, read_parsed_page, record_check, snapshot_body
from storage.schema import BlobRow, SnapshotRow, UTCDateTime

T0 = dt.datetime(2025, 11, 20, 9, tzinfo=dt.UTC)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BODY = b"<html>" + b"<p>Termine der Reihe</p>" * 400 + b"</html>"

pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("url", sa.Text),
    sa.column("parser", sa.String),
    sa.column("created_at", UTCDateTime),
)
checks = sa.table(
    "checks",
    sa.column("id", sa.Integer),
    sa.column("page_id", sa.Integer),
    sa.column("started_at", UTCDateTime),
    sa.column("duration_ms", sa.Integer),
    sa.column("outcome", sa.String),
)
old_snapshots = sa.table(
    "snapshots",
    sa.column("id", sa.Integer),
    sa.column("page_id", sa.Integer),
    sa.column("sha256", sa.String),
    sa.column("size", sa.Integer),
    sa.column("compression", sa.String),
    sa.column("body", sa.LargeBinary),
    sa.column("parsed", JSON),
    sa.column("first_seen_at", UTCDateTime),
    sa.column("first_check_id", sa.Integer),
)


def test_migration_0005_moves_existing_snapshots_into_shared_blobs(db_url: str) -> None:
    import hashlib

    engine = make_engine(db_url)
    parsed = sample_page().to_json()
    try:
        migrate(engine, "0004")
        with engine.begin() as connection:  # two pages that served the same body
            for number in (1, 2):
                connection.execute(
                    pages.insert().values(
                        id=number,
                        name=f"p{number}",
                        url="http://x/",
                        parser="rvr-series",
                        created_at=T0,
                    )
                )
                connection.execute(
                    checks.insert().values(
                        id=number,
                        page_id=number,
                        started_at=T0,
                        duration_ms=1,
                        outcome="changed",
                    )
                )
                connection.execute(
                    old_snapshots.insert().values(
                        id=number,
                        page_id=number,
                        sha256=hashlib.sha256(BODY).hexdigest(),
                        size=len(BODY),
                        compression="zlib",
                        body=zlib.compress(BODY),
                        parsed=parsed,
                        first_seen_at=T0,
                        first_check_id=number,
                    )
                )
        migrate(engine)
        with session_factory(engine)() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(BlobRow)) == 2
            for number in (1, 2):
                snapshot = session.get_one(SnapshotRow, number)
                assert snapshot_body(session, number) == BODY
                assert snapshot.parsed == parsed
                assert read_parsed_page(session.connection(), number) == sample_page()
        with engine.connect() as connection:  # the analysts' views still answer
            connection.execute(sa.text("SELECT * FROM v_events")).all()
        migrate_down(engine)
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(old_snapshots.c.body, old_snapshots.c.parsed).order_by("id")
            ).all()
        assert [(zlib.decompress(body), back) for body, back in rows] == [(BODY, parsed)] * 2
    finally:
        engine.dispose()


def migrate_down(engine: sa.Engine) -> None:
    from storage.engine import downgrade

    downgrade(engine, "0004")


def test_a_body_and_a_parsed_page_are_stored_once_across_pages(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        sessions = session_factory(engine)
        page = sample_page()
        with sessions.begin() as session:
            for name in ("a", "b"):
                ensure_page(session, name, "http://x/", "rvr-series", now=T0)
                record = CheckRecord(T0, 5, "changed", 200, body=BODY, page=page)
                record_check(session, name, record, [])
            # The same page read from another body (a timestamp in the HTML changed).
            other = CheckRecord(
                T0 + dt.timedelta(hours=1),
                5,
                "unchanged",
                200,
                body=BODY + b"<!-- 2 -->",
                page=page,
            )
            record_check(session, "a", other, [])
        with sessions() as session:
            blobs = session.scalars(sa.select(BlobRow)).all()
            snapshots = session.scalars(sa.select(SnapshotRow)).all()
        assert len(snapshots) == 3
        assert len(blobs) == 3  # two bodies and one parsed page
        assert len({s.parsed_sha256 for s in snapshots}) == 1
        stored = sum(len(blob.data) for blob in blobs)
        assert stored < (2 * len(BODY) + len(str(page.to_json()))) / 10
    finally:
        engine.dispose()
