"""The orchestration layer's errors and the one mapping from errors to exit statuses."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_A_SERIES_PAGE = 3


class UsageError(Exception):
    """A mistake in what the user asked for (unknown page, bad date): exit status 2."""


def exit_status_for(error: BaseException) -> tuple[int, str] | None:
    """The exit status and one-line message for a known error; ``None`` for a bug.

    Database errors are recognised by their classes only when the module that defines
    them was imported (an error from it can exist only then), so this stays importable
    without SQLAlchemy.
    """
    from rvr_watch.config.model import ConfigError
    from scraper.errors import FetchError, NotASeriesPage, ScraperError
    from storage.errors import StorageError

    if isinstance(error, ConfigError | UsageError):
        return EXIT_USAGE, str(error)
    if isinstance(error, NotASeriesPage):
        return EXIT_NOT_A_SERIES_PAGE, f"not a recognisable series page: {error.reason}"
    if isinstance(error, FetchError | ScraperError):
        return EXIT_USAGE, str(error)
    if isinstance(error, StorageError):
        return EXIT_FAILED, str(error)
    if "storage.engine" in sys.modules:
        from storage.engine import MigrationFailed

        if isinstance(error, MigrationFailed):
            return EXIT_FAILED, f"database migration failed: {error}"
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):
            original = getattr(error, "orig", None) or error
            return EXIT_FAILED, f"database error: {str(original).splitlines()[0]}"
    if "sqlite3" in sys.modules:
        import sqlite3

        if isinstance(error, sqlite3.Error):  # from storage.sql, which has no SQLAlchemy
            return EXIT_FAILED, f"database error: {str(error).splitlines()[0]}"
    if isinstance(error, OSError):
        return EXIT_FAILED, f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    return None
