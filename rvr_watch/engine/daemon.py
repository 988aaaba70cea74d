"""The daemon behind ``rvr-watch run``: each page checked on its schedule, the outbox drained.

An APScheduler 3 ``BackgroundScheduler`` runs one job per page, with the page's
:class:`~rvr_watch.engine.triggers.PageTrigger` (its cron schedule in the configured time
zone, plus jitter); the outbox is drained on a thread of its own. Settings and why:

* ``max_instances=1``: a page is never checked twice at once by this process;
* ``coalesce=True`` (and the trigger collapses missed runs itself): after a suspend or a
  clock jump forward a page gets one check, not a storm;
* ``misfire_grace_time=None``: a run that starts late (busy workers, a slow disk, a
  suspended VM) still runs. APScheduler's default of 1 s would silently drop it; a late
  check is always better than a missing one, and coalescing keeps it to one;
* the scheduler's own clock is UTC and triggers answer in UTC (see ``schedule_info``),
  so comparisons are absolute even in the repeated hour of the DST change.

Each page job asks which scheduled run it serves (the latest fire time at or before now,
:func:`~rvr_watch.engine.triggers.scheduled_run`) and checks with ``not_before`` set to it
less a small margin: if another daemon or a ``rvr-watch check`` on the same database
already checked the page since then, the check is skipped. The per-page lease keeps two
processes from checking one page at the same moment.

At start, a page whose last check (from the database) is older than its last scheduled
run, or that was never checked, gets one catch-up check right away.

The outbox is drained on a thread of its own (:class:`~rvr_watch.engine.delivery.DrainWorker`),
at start, every ``drain_interval_s`` and after every check that recorded changes or an
alert, so a slow service never delays a check (the outbox's backoff decides what is due).

Stopping: :meth:`Daemon.stop` lets the checks in flight finish (a check is bounded by the
fetcher's limits: ``(retries + 1) * http.timeout_s`` plus at most two Retry-After waits)
and turns checks that were queued but not started into no-ops.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rvr_watch.config.model import ConfigError
from rvr_watch.engine.delivery import DrainWorker
from rvr_watch.engine.triggers import PageTrigger, needs_catch_up, scheduled_run

if TYPE_CHECKING:
    from apscheduler.events import JobSubmissionEvent
    from apscheduler.schedulers.background import BackgroundScheduler

    from rvr_watch.config.model import Config, PageConfig
    from rvr_watch.engine.service import Service

log = logging.getLogger(__name__)

JITTER_ENV = "RVR_WATCH_JITTER_S"
DRAIN_ENV = "RVR_WATCH_DRAIN_INTERVAL_S"
WORKERS_ENV = "RVR_WATCH_WORKERS"
_PAGE_JOB = "page:"


@dataclass(frozen=True)
class DaemonSettings:
    """Knobs that are not part of the config file (environment variables, for tests too)."""

    jitter_s: float = 30.0
    drain_interval_s: float = 30.0
    workers: int = 4

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> DaemonSettings:
        """``RVR_WATCH_JITTER_S``, ``RVR_WATCH_DRAIN_INTERVAL_S``, ``RVR_WATCH_WORKERS``.

        Raises :class:`ConfigError` naming the variable when a value is not a number
        (or out of range).
        """
        defaults = cls()
        return cls(
            jitter_s=_env_number(env, JITTER_ENV, defaults.jitter_s, minimum=0.0),
            drain_interval_s=_env_number(env, DRAIN_ENV, defaults.drain_interval_s, minimum=0.1),
            workers=int(_env_number(env, WORKERS_ENV, defaults.workers, minimum=1, whole=True)),
        )


def _env_number(
    env: Mapping[str, str], name: str, default: float, *, minimum: float, whole: bool = False
) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise ConfigError([f"${name}: expected {kind}, got {raw!r}"]) from None
    if value < minimum:
        raise ConfigError([f"${name}: must be at least {minimum:g}, got {raw!r}"])
    return value


def _drop_max_instances_warning(record: logging.LogRecord) -> bool:
    """Hide APScheduler's own line for a run skipped by ``max_instances`` (we log ours)."""
    return "maximum number of running instances" not in str(record.msg)


def make_scheduler(workers: int) -> BackgroundScheduler:
    """A stopped scheduler with the daemon's settings (see the module docstring for why)."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        timezone=dt.UTC,
        executors={"default": ThreadPoolExecutor(max_workers=workers)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )


class Daemon:
    """Runs the checks of one :class:`Service` on schedule; :meth:`start`, :meth:`stop`."""

    def __init__(self, service: Service, settings: DaemonSettings | None = None) -> None:
        self.service = service
        self.settings = settings or DaemonSettings()
        self._pages: dict[str, PageConfig] = {}
        self._triggers: dict[str, PageTrigger] = {}
        self._stopping = threading.Event()
        self._drainer = DrainWorker(self._drain_once, self.settings.drain_interval_s)
        self.scheduler = make_scheduler(self.settings.workers)

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Schedule every page (catch-up checks first), log a summary, start running."""
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES
        from apscheduler.triggers.interval import IntervalTrigger

        if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
            # "Running job"/"executed successfully" twice per check is noise at INFO.
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
        # A run skipped because the page's check is still going: our line, not APScheduler's.
        logging.getLogger("apscheduler.scheduler").addFilter(_drop_max_instances_warning)
        self.scheduler.add_listener(self._skipped_run, EVENT_JOB_MAX_INSTANCES)
        self.scheduler.start(paused=True)
        config = self.service.config
        self._apply_pages(config, announce=False)
        self._started_at = self._now()  # heartbeat: `status` tells a running daemon (OPERATOR)
        self.scheduler.add_job(
            self._heartbeat,
            IntervalTrigger(seconds=30, timezone=dt.UTC),
            id="heartbeat",
            next_run_time=self._started_at,
        )
        log_startup_summary(config, self.next_runs(), self.settings)
        self.scheduler.resume()
        self._drainer.start()  # delivers what was left pending before a restart

    def _heartbeat(self) -> None:
        from storage.heartbeat import renew

        try:
            sessions, holder = self.service.database.sessions, self.service.holder
            renew(sessions, holder, started_at=self._started_at, now=self._now(), interval_s=30)
        except Exception as error:  # a job never raises; the next beat tries again
            _log_job_error("heartbeat", error)

    def _skipped_run(self, event: JobSubmissionEvent) -> None:
        if not event.job_id.startswith(_PAGE_JOB):
            return
        page = event.job_id.removeprefix(_PAGE_JOB)
        for run_time in event.scheduled_run_times:
            log.warning(
                "page %s: run at %s skipped, its previous check is still running",
                page,
                f"{run_time.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC",
                extra={"page": page, "outcome": "skipped", "scheduled": run_time.isoformat()},
            )

    def stop(self) -> None:
        """Finish the checks in flight, skip queued ones, and stop the scheduler."""
        self._stopping.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self._drainer.stop()
        from storage.heartbeat import stopped

        with contextlib.suppress(Exception):  # a clean stop removes its heartbeat row
            stopped(self.service.database.sessions, self.service.holder)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def reload(self, new: Config) -> None:
        """Use a new configuration: pages added, removed or rescheduled; subscribers replaced.

        The database and the ``http`` section are opened once, at start: a change to them
        is logged and needs a restart; the rest of the new config applies right away.
        """
        old = self.service.config
        kept = {"database": old.database, "http": old.http}
        for key, value in kept.items():
            if getattr(new, key) != value:
                log.warning(
                    "reload: %s changed; restart rvr-watch to apply it (the old one stays in use)",
                    key,
                    extra={"setting": key},
                )
        merged = replace(new, database=old.database, http=old.http)
        self.service.config = merged
        self._apply_pages(merged, announce=True)
        log.info(
            "configuration reloaded: %d pages, %d subscribers",
            len(merged.pages),
            len(merged.subscribers),
            extra={"pages": len(merged.pages), "subscribers": len(merged.subscribers)},
        )

    def next_runs(self) -> dict[str, dt.datetime | None]:
        """Each scheduled page's next run time (UTC, jitter included)."""
        runs: dict[str, dt.datetime | None] = {}
        for name in self._pages:
            job = self.scheduler.get_job(_PAGE_JOB + name)
            runs[name] = job.next_run_time if job is not None else None
        return runs

    # --- scheduling ------------------------------------------------------------------------

    def _apply_pages(self, config: Config, *, announce: bool) -> None:
        wanted = {page.name: page for page in config.pages}
        for name in self._pages.keys() - wanted.keys():
            self.scheduler.remove_job(_PAGE_JOB + name)
            self._triggers.pop(name, None)
            if announce:
                log.info("reload: page %s removed", name, extra={"page": name})
        to_schedule: list[PageConfig] = []
        for page in config.pages:
            old = self._pages.get(page.name)
            trigger = self._triggers.get(page.name)
            if (
                old is None
                or trigger is None
                or old.schedule != page.schedule
                or trigger.timezone != config.timezone
            ):
                to_schedule.append(page)
            elif announce and old != page:
                log.info("reload: page %s updated", page.name, extra={"page": page.name})
        self._pages = wanted
        jitter = self.settings.jitter_s
        triggers = {
            page.name: PageTrigger(page.schedule, config.timezone, jitter_s=jitter)
            for page in to_schedule
        }
        catch_up = self._due_for_catch_up(triggers)
        for page in to_schedule:
            self._schedule(page, triggers[page.name], page.name in catch_up, announce=announce)

    def _schedule(
        self, page: PageConfig, trigger: PageTrigger, catch_up: bool, *, announce: bool
    ) -> None:
        job_id = _PAGE_JOB + page.name
        existed = page.name in self._triggers
        self._triggers[page.name] = trigger
        options: dict[str, Any] = {"next_run_time": self._now()} if catch_up else {}
        if existed:
            self.scheduler.remove_job(job_id)
        self.scheduler.add_job(
            self._run_check, trigger, args=[page.name], id=job_id, name=page.name, **options
        )
        if announce:
            what = "rescheduled" if existed else "added"
            log.info(
                "reload: page %s %s (%s)%s",
                page.name,
                what,
                page.schedule,
                ", checking now" if catch_up else "",
                extra={"page": page.name},
            )

    def _due_for_catch_up(self, triggers: Mapping[str, PageTrigger]) -> set[str]:
        """The pages that missed their last scheduled run (or were never checked)."""
        if not triggers:
            return set()
        now = self._now()
        try:
            last_checks = self._last_checks(list(triggers))
        except Exception as error:  # the database is down: the schedule catches up later
            _log_job_error("reading when pages were last checked (no catch-up now)", error)
            return set()
        return {
            name
            for name, trigger in triggers.items()
            if needs_catch_up(last_checks.get(name), trigger, now)
        }

    def _last_checks(self, names: list[str]) -> dict[str, dt.datetime | None]:
        """When each page was last checked, by any process (``None``: never)."""
        from storage.errors import UnknownPage
        from storage.repo import load_state

        found: dict[str, dt.datetime | None] = {}
        if not names:
            return found
        with self.service.database.sessions() as session:
            for name in names:
                try:
                    found[name] = load_state(session, name, with_page=False).last_check_at
                except UnknownPage:
                    found[name] = None
        return found

    def _now(self) -> dt.datetime:
        return self.service.clock().astimezone(dt.UTC)

    # --- jobs ------------------------------------------------------------------------------

    def _run_check(self, name: str) -> None:
        """One scheduled check of page ``name`` (a job; never raises)."""
        from rvr_watch.engine.check_log import log_check
        from rvr_watch.engine.pipeline import check_page

        page, trigger = self._pages.get(name), self._triggers.get(name)
        if self.stopping or page is None or trigger is None:
            return  # stopping, or removed by a reload after this run was queued
        run = scheduled_run(trigger, self._now())
        # The whole check runs in this job's thread: its CPU time is the check's own.
        cpu_started = time.thread_time()
        try:
            result = check_page(
                page, self.service.deps(), not_before=run.not_before if run else None
            )
        except Exception as error:
            _log_job_error(f"check of {name}", error, page=name)
            return
        log_check(result, run, cpu_ms=round((time.thread_time() - cpu_started) * 1000, 1))
        if result.changes or result.alert:
            self.request_drain()

    def request_drain(self) -> None:
        """Deliver due notifications now (on the drain thread; never waits for it)."""
        self._drainer.request()

    def _drain_once(self) -> None:
        try:
            report = self.service.drain(stopping=lambda: self.stopping)
        except Exception as error:
            _log_job_error("delivering notifications", error)
            return
        if report.attempted:
            log.info(
                report.summary(),
                extra={"sent": report.sent, "failed": report.failed, "uncertain": report.uncertain},
            )


# --- log lines ------------------------------------------------------------------------------


def _log_job_error(what: str, error: Exception, **extra: object) -> None:
    """A database outage is one line; anything unexpected keeps its traceback."""
    from rvr_watch.errors import exit_status_for

    mapped = exit_status_for(error)
    if mapped is not None:
        log.error("%s failed: %s (will try again)", what, mapped[1], extra=extra)
    else:
        log.exception("%s failed unexpectedly (will try again)", what, extra=extra)


def log_startup_summary(
    config: Config, next_runs: Mapping[str, dt.datetime | None], settings: DaemonSettings
) -> None:
    """Log what the daemon will do: pages with their next run, subscribers redacted."""
    from notify.redact import redact_url
    from rvr_watch import __version__
    from rvr_watch.logs import redact_text

    tz = config.timezone
    log.info(
        "rvr-watch %s running: %d pages, %d subscribers, database %s, timezone %s",
        __version__,
        len(config.pages),
        len(config.subscribers),
        redact_text(config.database),
        tz.key,
        extra={"jitter_s": settings.jitter_s, "workers": settings.workers},
    )
    for page in config.pages:
        when = next_runs.get(page.name)
        shown = when.astimezone(tz).isoformat(timespec="seconds") if when else "never"
        log.info(
            "page %s: %s, schedule %r, next check %s",
            page.name,
            page.url,
            page.schedule,
            shown,
            extra={"page": page.name, "next_check": shown},
        )
    for subscriber in config.subscribers:
        log.info(
            "subscriber %s: %s; kinds %s; language %s",
            subscriber.name,
            ", ".join(redact_url(url) for url in subscriber.notify),
            ", ".join(sorted(subscriber.kinds)),
            subscriber.language,
            extra={"subscriber": subscriber.name},
        )
    if not config.subscribers:
        log.info("no subscribers: changes are stored and logged, nobody is notified")
