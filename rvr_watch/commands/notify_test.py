"""``rvr-watch notify-test``: send a test message to each subscriber, report per URL."""

from __future__ import annotations

import argparse
import datetime as dt

from rvr_watch.config.locate import config_for
from rvr_watch.errors import EXIT_FAILED, EXIT_OK, UsageError

TITLES = {
    "de": "rvr-watch: Testnachricht",
    "en": "rvr-watch: test message",
}
BODIES = {
    "de": "Diese Testnachricht zeigt, dass rvr-watch Sie erreicht. Beobachtete Seiten:",
    "en": "This test message shows that rvr-watch can reach you. Pages watched:",
}


def run(args: argparse.Namespace) -> int:
    """Send one test message to every URL of every (or the named) subscriber."""
    from notify.messages import Message
    from notify.send import ApprisedSender

    config = config_for(args.config)
    subscribers = config.subscribers
    if args.subscriber is not None:
        subscribers = tuple(s for s in subscribers if s.name == args.subscriber)
        if not subscribers:
            known = ", ".join(s.name for s in config.subscribers) or "none"
            raise UsageError(f"no subscriber named {args.subscriber!r} (known: {known})")
    if not subscribers:
        raise UsageError("the configuration lists no subscribers")
    sender = ApprisedSender()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
    all_sent = True
    for subscriber in subscribers:
        pages = [f"- {page.name}: {page.url}" for page in config.pages]
        text = "\n".join([BODIES[subscriber.language], *pages])
        message = Message(
            title=TITLES[subscriber.language],
            text=text,
            html="<p>" + "<br>".join(_escape(line) for line in text.splitlines()) + "</p>",
            markdown=text,
        )
        message_id = f"<rvr-watch.test.{stamp}.{subscriber.name}@rvr-watch>"
        for result in sender.send(subscriber.notify, message, message_id=message_id):
            verdict = "accepted" if result.outcome == "sent" else result.outcome.upper()
            reason = f" — {result.error}" if result.error else ""
            print(f"{subscriber.name}: {result.url_redacted}: {verdict}{reason}")
            all_sent = all_sent and result.outcome == "sent"
    return EXIT_OK if all_sent else EXIT_FAILED


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)
