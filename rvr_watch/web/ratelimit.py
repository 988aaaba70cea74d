"""A sliding-window rate limit per key (client address), in memory, thread-safe.

Per process: behind one ``serve`` process that is the whole site. Addresses are kept
only while they have hits in the window (nothing is written anywhere).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

MAX_KEYS = 100_000  # a flood of distinct addresses cannot grow memory without bound


class RateLimiter:
    """At most ``limit`` hits per key in any ``window_s`` seconds."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window_s, self._clock = limit, window_s, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float | None:
        """Count a hit; ``None`` if allowed, else the seconds until the next one would be."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                if len(self._hits) >= MAX_KEYS:
                    self._forget_idle(now)
                hits = self._hits[key] = deque()
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(self.window_s - (now - hits[0]), 0.0)
            hits.append(now)
            return None

    def _forget_idle(self, now: float) -> None:
        idle = [k for k, hits in self._hits.items() if not hits or now - hits[-1] >= self.window_s]
        for key in idle:
            del self._hits[key]
        if len(self._hits) >= MAX_KEYS:  # all busy: start over rather than grow
            self._hits.clear()
