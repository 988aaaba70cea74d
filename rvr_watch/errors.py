"""The orchestration layer's errors and the one mapping from errors to exit statuses."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_A_SERIES_PAGE = 3


class UsageError(Exception):
    """A mistake in what the user asked for (unknown page, bad date): exit status 2."""


def exit_status_for(error: BaseException) -> tuple[int, str] | None:
    """The exit status and one-line message for a known error; ``None`` for a bug.

    Classes are matched by module so this stays importable without SQLAlchemy.
    """
    from rvr_watch.config.model import ConfigError
    from scraper.errors import FetchError, NotASeriesPage, ScraperError

    if isinstance(error, ConfigError | UsageError):
        return EXIT_USAGE, str(error)
    if isinstance(error, NotASeriesPage):
        return EXIT_NOT_A_SERIES_PAGE, f"not a recognisable series page: {error.reason}"
    if isinstance(error, FetchError | ScraperError):
        return EXIT_USAGE, str(error)
    if type(error).__name__ == "MigrationFailed" and type(error).__module__ == "storage.engine":
        return EXIT_FAILED, f"database migration failed: {error}"
    if type(error).__module__.startswith("sqlalchemy"):
        original = getattr(error, "orig", None) or error
        return EXIT_FAILED, f"database error: {str(original).splitlines()[0]}"
    if isinstance(error, OSError):
        return EXIT_FAILED, f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    return None
