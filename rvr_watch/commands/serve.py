"""``rvr-watch serve``: the website and feeds, until SIGTERM or SIGINT."""

from __future__ import annotations

import argparse
import logging
import signal

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_OK, UsageError

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    """Serve on ``--host``/``--port``; exit 0 after a clean stop."""
    import uvicorn

    from notify.send import ApprisedSender
    from rvr_watch.engine.wiring import open_database
    from rvr_watch.web.app import create_app
    from storage.engine import session_factory

    if not 0 < args.port < 65536:
        raise UsageError(f"--port: must be between 1 and 65535, got {args.port}")
    config = config_for(args.config)
    database = open_database(config.database)
    reads = session_factory(database.engine, read_only=True)
    sender = ApprisedSender() if config.web.subscriptions else None
    app = create_app(config, database.sessions, reads, sender=sender)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=args.host,
            port=args.port,
            # Trust X-Forwarded-For/-Proto only from the proxies in $FORWARDED_ALLOW_IPS
            # (uvicorn's default: 127.0.0.1); see docs/web.md.
            proxy_headers=True,
            server_header=False,
            access_log=False,
            log_config=None,
            lifespan="off",
        )
    )
    log.info("serving on http://%s:%d/ (public: %s)", args.host, args.port, config.web.base_url)
    # uvicorn handles SIGINT/SIGTERM itself (stops accepting, finishes requests) and then
    # raises the signal again for the handler that was there before: make that a no-op,
    # so a requested stop ends with status 0 as the contract says.
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, lambda *_: None)
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot start (it has logged why): status 1
        raise OSError(f"cannot listen on {args.host}:{args.port}") from None
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        database.dispose()
    if not server.started:
        raise OSError(f"cannot listen on {args.host}:{args.port}")
    return EXIT_OK
