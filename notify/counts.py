"""How a drain's outcome reads in ``check`` and the daemon's log (operator output: English).

Counts name what they count: *messages* (what people receive; a digest of several
changes is one) and *recipients* (subscribers reached), never outbox rows.
"""

from __future__ import annotations

from collections.abc import Mapping


def plural(count: int, word: str) -> str:
    """``1 message``, ``2 messages``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def drain_summary(messages: Mapping[str, int], recipients: int) -> str:
    """``notifications: 2 messages to 2 recipients, 1 message failed (kept for retry)``.

    ``messages`` maps an outcome (``sent``, ``failed``, ``uncertain``) to its count of
    messages; ``recipients`` is how many subscribers a sent message reached.
    """
    parts = [f"{plural(messages.get('sent', 0), 'message')} to {plural(recipients, 'recipient')}"]
    if messages.get("failed", 0):
        parts.append(f"{plural(messages['failed'], 'message')} failed (kept for retry)")
    if messages.get("uncertain", 0):
        uncertain = plural(messages["uncertain"], "message")
        parts.append(f"{uncertain} uncertain (the service may have it; see status)")
    return "notifications: " + ", ".join(parts)
