"""robots.txt copies kept in the history database, so "at most daily" holds across cron runs."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from scraper.robots import RobotsEntry

if TYPE_CHECKING:
    from rvr_watch.engine.wiring import Database


class DatabaseRobotsStore:
    """A ``scraper.robots.RobotsStore`` on the ``robots`` table (one row per origin)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, origin: str) -> RobotsEntry | None:
        """The stored entry for ``origin``, if any."""
        from storage.robots_cache import get_robots

        with self._database.transaction(read_only=True) as tx:
            stored = get_robots(tx, origin)
        if stored is None:
            return None
        fetched_at, _status, body = stored
        data = json.loads(body or "{}")
        return RobotsEntry(
            fetched_at=fetched_at.timestamp(), rules=data.get("rules"), error=data.get("error")
        )

    def put(self, origin: str, entry: RobotsEntry) -> None:
        """Keep ``entry`` for ``origin`` (the rules and the latest error, as JSON)."""
        from storage.robots_cache import put_robots

        body = json.dumps({"rules": entry.rules, "error": entry.error}, ensure_ascii=False)
        fetched_at = dt.datetime.fromtimestamp(entry.fetched_at, dt.UTC)
        with self._database.transaction() as tx:
            put_robots(tx, origin, fetched_at, None, body)
