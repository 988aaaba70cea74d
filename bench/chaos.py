"""Chaos benchmark of delivery: N random SIGKILLs of ``rvr-watch run`` across a page's life.

Replays the page's life (the ``life-*.html`` fixtures, round after round, years moved
ahead) from a loopback server to a real daemon process checking every second. One
subscriber has two channels: a slow ``json://`` webhook (``--webhook-delay`` seconds
per answer) and an SMTP server (aiosmtpd). The daemon is SIGKILLed ``--kills`` times
at random moments (half of them while a webhook request is being answered) and started
again at once. The harness is ``tests/crashrun.py`` (the crash test runs it small).

Prints, per channel: expected (one per recipient and check in the outbox), received,
duplicates and missing; and how many groups were uncertain (the policy allows one
resend each) or ended uncertain without a resend (cut short twice: such a message may
be missing), and messages that match no expected one (there should be none).

Target (issue 12): 0 missing; duplicates only from the documented resend-once of
uncertain deliveries.

Run: .venv/bin/python bench/chaos.py [--kills 30] [--seed 1] [--webhook-delay 0.5]
     [--database postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dchaos]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from crashrun import SMTP, WEBHOOK, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--webhook-delay", type=float, default=0.5, help="seconds per answer")
    parser.add_argument("--database", help="an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rvr-chaos-") as folder:
        workdir = Path(folder)
        database = args.database or f"sqlite:///{workdir / 'chaos.db'}"
        result = run(
            database,
            workdir,
            kills=args.kills,
            seed=args.seed,
            webhook_delay_s=args.webhook_delay,
            say=lambda line: print(line, file=sys.stderr, flush=True),
        )
    print(
        f"{result.kills} SIGKILLs, {result.versions} page versions, {result.seconds:.0f} s;"
        f" delivery rows: {result.statuses}"
    )
    print(
        f"{'channel':<16}{'expected':>9}{'received':>9}{'duplicates':>11}{'missing':>8}"
        f"{'uncertain':>10}{'unsent':>8}{'unknown':>8}  within policy"
    )
    ok = True
    for name, label in ((WEBHOOK, "webhook"), (SMTP, "smtp")):
        c = result.channels[name]
        ok = ok and c.within_policy() and c.missing == 0
        print(
            f"{label:<16}{c.expected:>9}{c.received:>9}{c.duplicates:>11}{c.missing:>8}"
            f"{c.uncertain:>10}{c.unsent:>8}{c.unknown:>8}  {'yes' if c.within_policy() else 'NO'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
