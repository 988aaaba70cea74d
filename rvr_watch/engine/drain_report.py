"""What one drain of the outbox did: counts for the summary line and the logs.

Apart from the delivery code so that a check with nothing to send can report an empty
drain without loading it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class DrainReport:
    """What one drain did, for the summary line and the logs.

    ``sent``/``failed``/``uncertain`` count deliveries (outbox rows); ``messages``
    counts what people receive (a digest is one message) and ``recipients`` whom.
    """

    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)
    messages: Counter[str] = field(default_factory=Counter)  # outcome → messages
    recipients: set[str] = field(default_factory=set)  # subscribers a message reached

    @property
    def attempted(self) -> int:
        return self.sent + self.failed + self.uncertain

    def summary(self) -> str:
        """``notifications: 2 messages to 2 recipients, 1 message failed (kept for retry)``."""
        from notify.counts import drain_summary

        return drain_summary(self.messages, len(self.recipients))
