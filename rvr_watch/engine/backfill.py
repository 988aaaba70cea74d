"""Backfilling a page's history from saved HTML files and WARC archives (``rvr-watch import``).

Its own small pipeline, without fetching or notifying: each historical version is
decoded, parsed with the page's parser, diffed against the last good version and
recorded with :func:`storage.repo.record_check` (no subscribers, so no outbox rows),
dated as the check that would have seen it. Versions are imported oldest first.

Rules (docs/analysts.md, "Backfilling history"):

* Already imported: a check of the page with the same start time whose snapshot has
  the same SHA-256 exists → skipped. Importing the same files twice changes nothing.
* History only grows forward: a version not newer than the page's newest stored check
  (and not already imported) is refused, as is a version dated in the future; its diff
  would have to be spliced between changes that were already recorded and notified.
* A body that does not decode or is not a usable series page is recorded as a
  ``refused`` check, as a live check would record it; it is not an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from rvr_watch.errors import UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from rvr_watch.config.model import PageConfig
    from scraper.model import Page
    from storage.diff import Change, EventPairs
    from storage.repo import CheckRecord

Outcome = Literal["changed", "unchanged", "refused", "already imported", "rejected"]
LEASE_TTL_S = 300.0

DEFAULT_DATE_PATTERNS = (
    # 2025-04-01, 2025-04-01T0830, 2025-04-01_08-30, 2025-04-01T08:30
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T_ ](?P<hour>\d{2})[:\-h]?(?P<minute>\d{2}))?(?!\d)",
    # 20250401, 20250401T0830, 20250401083000 (Wayback Machine style)
    r"(?<!\d)(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"
    r"(?:T?(?P<hour>\d{2})(?P<minute>\d{2})(?:\d{2})?)?(?!\d)",
)
_DATE_OPTION = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?"
)


@dataclass(frozen=True)
class Version:
    """One historical version of the page: when it was current and its raw body."""

    at: dt.datetime
    source: str
    body: bytes
    content_type: str | None = None
    url: str | None = None
    http_status: int | None = None


@dataclass(frozen=True)
class Imported:
    """What happened to one version."""

    version: Version
    outcome: Outcome
    changes: int = 0
    message: str | None = None


@dataclass
class ImportReport:
    """Every version's result, in import order."""

    results: list[Imported] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome == outcome)

    @property
    def rejected(self) -> list[Imported]:
        return [result for result in self.results if result.outcome == "rejected"]

    def summary(self) -> str:
        """One line: how many versions were recorded, skipped and rejected."""
        recorded = self.count("changed") + self.count("unchanged") + self.count("refused")
        changes = sum(result.changes for result in self.results)
        parts = [
            f"imported {recorded} of {len(self.results)} versions ({changes} changes"
            f", {self.count('refused')} refused pages)",
            f"{self.count('already imported')} already imported",
        ]
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejected")
        return "; ".join(parts)


# --- finding versions --------------------------------------------------------------------


def date_from_name(name: str, patterns: Sequence[str], tz: ZoneInfo) -> dt.datetime | None:
    """The moment a file name states (local time in ``tz``, as UTC), or ``None``.

    ``patterns`` are regular expressions with named groups ``year``, ``month``, ``day``
    and optionally ``hour``, ``minute``; the first one that matches wins.
    """
    for pattern in patterns:
        match = re.search(pattern, name)
        if match is not None:
            return _moment(match, tz, name)
    return None


def _moment(match: re.Match[str], tz: ZoneInfo, where: str) -> dt.datetime:
    groups = {key: value for key, value in match.groupdict().items() if value is not None}
    try:
        local = dt.datetime(
            int(groups["year"]),
            int(groups["month"]),
            int(groups["day"]),
            int(groups.get("hour", 0)),
            int(groups.get("minute", 0)),
            tzinfo=tz,
        )
    except (KeyError, ValueError) as error:
        raise UsageError(f"{where}: not a valid date ({error})") from None
    return local.astimezone(dt.UTC)


def parse_date_option(value: str, tz: ZoneInfo) -> dt.datetime:
    """``--date YYYY-MM-DD[THH:MM]`` (local time in ``tz``) as an aware UTC datetime."""
    match = _DATE_OPTION.fullmatch(value.strip())
    if match is None:
        raise UsageError(f"--date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {value!r}")
    return _moment(match, tz, "--date")


def check_pattern(pattern: str) -> str:
    """A usage error unless ``pattern`` compiles and has year, month and day groups."""
    try:
        groups = set(re.compile(pattern).groupindex)
    except re.error as error:
        raise UsageError(f"--date-pattern: not a regular expression: {error}") from None
    missing = {"year", "month", "day"} - groups
    if missing:
        raise UsageError(f"--date-pattern: missing named groups: {', '.join(sorted(missing))}")
    return pattern


def is_warc(path: Path) -> bool:
    """WARC files by name: ``.warc`` or ``.warc.gz``."""
    return path.name.lower().endswith((".warc", ".warc.gz"))


def collect_versions(
    sources: Iterable[str],
    page_url: str,
    tz: ZoneInfo,
    *,
    date_pattern: str | None = None,
    date: str | None = None,
) -> tuple[list[Version], list[str]]:
    """All versions in ``sources``, oldest first, and notes on what was skipped.

    Reads everything before anything is imported, so a file without a date stops the
    import before it starts (a usage error naming the file).
    """
    paths = [Path(source) for source in sources]
    html = [path for path in paths if not is_warc(path)]
    if date is not None and len(html) != 1:
        raise UsageError("--date dates a single HTML file; use file names or --date-pattern")
    patterns = [check_pattern(date_pattern)] if date_pattern else list(DEFAULT_DATE_PATTERNS)
    versions: list[Version] = []
    notes: list[str] = []
    for path in paths:
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        if is_warc(path):
            found, skipped = warc_versions(path, page_url)
            versions += found
            if skipped:
                notes.append(
                    f"{path.name}: skipped {skipped} records"
                    f" (not a 200 HTML response of {page_url})"
                )
            continue
        at = parse_date_option(date, tz) if date is not None else None
        at = at or date_from_name(path.name, patterns, tz)
        if at is None:
            raise UsageError(f"{path}: no date in the file name (use --date or --date-pattern)")
        versions.append(Version(at=at, source=path.name, body=path.read_bytes(), url=page_url))
    versions.sort(key=lambda version: (version.at, version.source))
    return versions, notes


def warc_versions(path: Path, page_url: str) -> tuple[list[Version], int]:
    """The page's 200 HTML responses in a WARC file, and how many records were skipped."""
    from warcio.archiveiterator import ArchiveIterator

    versions, skipped = [], 0
    wanted = _comparable(page_url)
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type in ("warcinfo", "request", "metadata"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            http = record.http_headers
            status = http.get_statuscode() if http is not None else None
            content_type = http.get_header("Content-Type") if http is not None else None
            if (
                record.rec_type != "response"
                or _comparable(uri) != wanted
                or status != "200"
                or "html" not in (content_type or "").lower()
            ):
                skipped += 1
                continue
            warc_date = record.rec_headers.get_header("WARC-Date") or ""
            versions.append(
                Version(
                    at=_warc_date(warc_date, path),
                    source=f"{path.name} {warc_date}",
                    body=record.content_stream().read(),
                    content_type=content_type,
                    url=uri,
                    http_status=200,
                )
            )
    return versions, skipped


def _comparable(url: str) -> str:
    """A URL without scheme, fragment and trailing slash, for matching WARC records."""
    url = url.strip().split("#", 1)[0]
    url = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    return url.rstrip("/").lower()


def _warc_date(value: str, path: Path) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{path}: a record has an unreadable WARC-Date {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


# --- importing ---------------------------------------------------------------------------


def import_versions(
    sessions: sessionmaker[Session],
    page: PageConfig,
    versions: Sequence[Version],
    tz: ZoneInfo,
    *,
    now: dt.datetime | None = None,
    holder: str | None = None,
    on_progress: Callable[[int, int, Imported], None] | None = None,
) -> ImportReport:
    """Record ``versions`` (oldest first) as checks of ``page``; one transaction each.

    Each transaction holds the page's lease, so a running daemon never checks the page
    in the middle of an import step. Nothing is notified.
    """
    from rvr_watch.engine.pipeline import LEASE_PREFIX
    from rvr_watch.engine.wiring import holder_id
    from storage import lease
    from storage.repo import ensure_page

    holder = holder or holder_id()
    now = now or dt.datetime.now(dt.UTC)
    report = ImportReport()
    if versions:
        with sessions.begin() as session:
            ensure_page(session, page.name, page.url, page.parser, now=versions[0].at)
    for number, version in enumerate(versions, start=1):
        with sessions.begin() as session:
            if not lease.take(session, LEASE_PREFIX + page.name, holder, LEASE_TTL_S, now):
                raise UsageError(
                    f"page {page.name!r} is being checked by another rvr-watch process;"
                    " run the import again in a minute (what was imported stays)"
                )
            result = _import_one(session, page, version, tz, now)
            lease.give_up(session, LEASE_PREFIX + page.name, holder)
        report.results.append(result)
        if on_progress is not None:
            on_progress(number, len(versions), result)
    return report


def _import_one(
    session: Session, page: PageConfig, version: Version, tz: ZoneInfo, now: dt.datetime
) -> Imported:
    from storage.repo import record_check

    newest = _newest_check(session, page.name)
    if newest is not None and version.at <= newest:
        if _already_imported(session, page.name, version):
            return Imported(version, "already imported")
        return Imported(
            version,
            "rejected",
            message=f"not newer than the newest stored check ({newest:%Y-%m-%d %H:%M} UTC);"
            " history cannot be inserted before it",
        )
    if version.at > now:
        return Imported(version, "rejected", message="dated in the future")
    record, changes, compared = _record_for(session, page, version, tz)
    record_check(session, page.name, record, changes, subscribers=(), compared=compared)
    outcome: Outcome = record.outcome  # type: ignore[assignment]
    return Imported(version, outcome, changes=len(changes), message=record.error)


def _record_for(
    session: Session, page: PageConfig, version: Version, tz: ZoneInfo
) -> tuple[CheckRecord, list[Change], tuple[Page | None, EventPairs] | None]:
    """The check record and the changes for one version, as a live check would make them:
    the same evaluation (:func:`rvr_watch.engine.evaluate.evaluate`), dated ``version.at``;
    and the last good page with the identity pairs the diff followed (the stored event
    history follows the same ones, as in a live check)."""
    from rvr_watch.engine.evaluate import evaluate
    from scraper.charset import decode_body
    from scraper.errors import BadContent
    from storage.repo import CheckRecord, load_state

    url = version.url or page.url
    base = CheckRecord(
        started_at=version.at,
        duration_ms=0,
        outcome="refused",
        http_status=version.http_status,
        body=version.body,
        content_type=version.content_type,
        final_url=url,
    )
    try:
        text = decode_body(version.body, version.content_type)
    except BadContent as error:
        return _replace(base, error=f"unreadable body: {error}"), [], None
    last_good = load_state(session, page.name).last_good
    evaluation = evaluate(text, url, page.parser, last_good, tz=tz, now=version.at)
    # A page the parser fails on is refused here: an archive is history, not an outage.
    outcome = "refused" if evaluation.outcome == "failed" else evaluation.outcome
    record = _replace(base, outcome=outcome, page=evaluation.page, error=evaluation.error)
    compared = (last_good, evaluation.pairs) if evaluation.page is not None else None
    return record, list(evaluation.changes), compared


def _replace(record: CheckRecord, **values: object) -> CheckRecord:
    import dataclasses

    return dataclasses.replace(record, **values)  # type: ignore[arg-type]


def _newest_check(session: Session, page_name: str) -> dt.datetime | None:
    from sqlalchemy import func, select

    from storage.schema import CheckRow, PageRow

    return session.scalar(
        select(func.max(CheckRow.started_at))
        .join(PageRow, PageRow.id == CheckRow.page_id)
        .where(PageRow.name == page_name)
    )


def _already_imported(session: Session, page_name: str, version: Version) -> bool:
    from sqlalchemy import select

    from storage.schema import CheckRow, PageRow, SnapshotRow

    digest = hashlib.sha256(version.body).hexdigest()
    found = session.scalar(
        select(CheckRow.id)
        .join(PageRow, PageRow.id == CheckRow.page_id)
        .join(SnapshotRow, SnapshotRow.id == CheckRow.snapshot_id)
        .where(
            PageRow.name == page_name,
            CheckRow.started_at == version.at,
            SnapshotRow.sha256 == digest,
        )
        .limit(1)
    )
    return found is not None
