"""``rvr-watch run``: the daemon, until SIGTERM or SIGINT; SIGHUP reloads the configuration.

Signal handlers are installed here, when the command runs (never on import), and only
put the signal number on a queue: the main thread does the work. ``SimpleQueue.put`` is
reentrant, so a handler cannot deadlock with the thread it interrupts.

Logging: INFO by default (one line per check); the CLI resolves ``--log-level``, ``-v``
and ``-q`` against that default before the command runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from rvr_watch.errors import EXIT_OK

if TYPE_CHECKING:
    from rvr_watch.engine.daemon import Daemon

log = logging.getLogger("rvr_watch.engine.daemon")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
RELOAD_SIGNAL = signal.SIGHUP


def run(args: argparse.Namespace) -> int:
    """Run the daemon until SIGTERM/SIGINT; finish the checks in flight and return 0."""
    from rvr_watch.config.model import load_config, resolve_config_path
    from rvr_watch.engine.daemon import Daemon, DaemonSettings
    from rvr_watch.engine.memory import limit_malloc_arenas
    from rvr_watch.engine.service import Service
    from rvr_watch.logs import setup_logging

    limit_malloc_arenas()  # before any thread: see rvr_watch.engine.memory

    level = daemon_log_level(args.log_level)
    log_handler = setup_logging(level, args.log_format)
    path = resolve_config_path(args.config, os.environ)
    config = load_config(path)  # a ConfigError becomes exit status 2 in the CLI
    settings = DaemonSettings.from_env(os.environ)
    # Installed before the (possibly slow) database migration, so a SIGTERM during
    # start-up is not lost: it is handled as soon as the daemon runs.
    # Migrations run in a child process: Alembic would stay in the daemon's memory.
    with (
        _signals_queued(log_handler) as received,
        Service.open(config, migrate_in_child=True) as service,
    ):
        daemon = Daemon(service, settings)
        daemon.start()
        try:
            _serve(daemon, received, path)
        finally:
            daemon.stop()
    log.info("rvr-watch stopped")
    return EXIT_OK


def daemon_log_level(cli_level: str | None) -> str:
    """The daemon's log level: INFO unless ``--log-level`` names another."""
    return "INFO" if cli_level is None else cli_level.upper()


def _serve(daemon: Daemon, received: queue.SimpleQueue[int], path: Path) -> None:
    """Wait for signals: reload on SIGHUP, return on SIGTERM/SIGINT."""
    while True:
        signum = received.get()
        if signum == RELOAD_SIGNAL:
            _reload(daemon, path)
            continue
        log.info(
            "%s received: finishing the checks in flight, then stopping",
            signal.Signals(signum).name,
            extra={"signal": signal.Signals(signum).name},
        )
        return


def _reload(daemon: Daemon, path: Path) -> None:
    """Read the config file again; a bad one is logged and the running one kept."""
    from rvr_watch.config.model import ConfigError, load_config

    log.info("SIGHUP received: reloading %s", path, extra={"config": str(path)})
    try:
        config = load_config(path, os.environ)
    except ConfigError as error:
        log.error(
            "reload failed, keeping the running configuration: %s",
            "; ".join(error.problems),
            extra={"config": str(path)},
        )
        return
    try:
        daemon.reload(config)
    except Exception:  # a bug must not take the running daemon down with it
        log.exception("reload failed part way; restart rvr-watch to be sure of its state")


@contextmanager
def _signals_queued(log_handler: logging.Handler) -> Iterator[queue.SimpleQueue[int]]:
    """Route SIGTERM, SIGINT and SIGHUP to a queue; restore the old handlers afterwards.

    A second stop signal ends the process at once (status 128 + the signal), for an
    operator who will not wait for a slow check: that check's transaction is rolled back
    by the database, and its page's lease expires by itself.
    """
    received: queue.SimpleQueue[int] = queue.SimpleQueue()
    stops = 0

    def handler(signum: int, _frame: FrameType | None) -> None:
        nonlocal stops
        if signum in STOP_SIGNALS:
            stops += 1
            if stops > 1:
                _exit_now(signum, log_handler)
        received.put(signum)

    previous = {signum: signal.signal(signum, handler) for signum in (*STOP_SIGNALS, RELOAD_SIGNAL)}
    try:
        yield received
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def _exit_now(signum: int, log_handler: logging.Handler) -> None:
    """Say why, then end the process without waiting for anything (no cleanup runs)."""
    # Formatting takes no lock, unlike logging through the handler, which the
    # interrupted thread may hold; so the line is written to stderr directly.
    record = log.makeRecord(
        log.name,
        logging.WARNING,
        __file__,
        0,
        "second %s received: stopping now; the checks in flight are abandoned",
        (signal.Signals(signum).name,),
        None,
    )
    os.write(2, (log_handler.format(record) + "\n").encode("utf-8", "replace"))
    os._exit(128 + signum)
