"""``rvr-watch demo``: replay bundled page versions offline and show the messages."""

from __future__ import annotations

import argparse

from rvr_watch.errors import EXIT_OK

RULE = "─" * 72


def run(args: argparse.Namespace) -> int:
    """Print each replayed step, its check summary and the messages it caused."""
    from rvr_watch.demo.replay import run_demo
    from rvr_watch.output.check_summary import summary_line

    print("rvr-watch demo: four versions of the Fachkräfte-Reihe page, served from")
    print("127.0.0.1 and checked into a temporary database. Nothing is sent; the messages")
    print("a subscriber would get are printed below.\n")
    for step in run_demo(args.language):
        print(f"{step.day}  {step.story}")
        print(f"  {summary_line(step.check)}")
        if not step.messages:
            print("  (keine Nachricht)\n" if args.language == "de" else "  (no message)\n")
        for message in step.messages:
            print(RULE)
            print(message.title)
            print(RULE)
            print(message.text)
            label = "Anhang" if args.language == "de" else "attachment"
            for attachment in message.attachments:
                print(f"[{label}: {attachment.filename}, {len(attachment.content)} bytes]")
            print(RULE + "\n")
    return EXIT_OK
