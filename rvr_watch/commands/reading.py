"""Opening the history database for a command that only reads it.

A read-only command never creates anything: a missing SQLite file (or its directory)
is reported, not created (``rvr-watch status`` run as root before the first check must
not leave a root-owned database behind for the daemon's user to trip over).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rvr_watch.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rvr_watch.config.model import Config

_T = TypeVar("_T")


class NoDatabase(UsageError):
    """The configured SQLite database does not exist yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"no history database yet at {path} (the first `rvr-watch check` or "
            "`rvr-watch run` creates it)"
        )


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (``None`` for other databases)."""
    match = re.fullmatch(r"sqlite(?:\+\w+)?:///([^?]*)(?:\?.*)?", url)
    if match is None or not match[1] or match[1].startswith(":memory:"):
        return None
    return Path(match[1].removeprefix("file:"))


def read_history(config: Config, read: Callable[[Session], _T]) -> _T:
    """``read(session)`` on the configured database; :class:`NoDatabase` when an SQLite
    file does not exist (nothing is created)."""
    from rvr_watch.engine.wiring import open_database

    path = sqlite_file(config.database)
    if path is not None and not path.exists():
        raise NoDatabase(path)
    database = open_database(config.database)
    try:
        with database.sessions() as session:
            return read(session)
    finally:
        database.dispose()
