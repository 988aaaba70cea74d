"""A progress line for long runs, shown only to a person at a terminal.

On a terminal, :class:`Progress` redraws one line on stderr (``\\r``, at most ten times a
second) and clears it when done; anywhere else (cron, a pipe, a log file, a test) it
writes nothing at all, so logs hold results, not progress.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """``[12/300] what`` on one line of ``stream`` while work goes on (a no-op off a TTY)."""

    def __init__(
        self,
        total: int,
        stream: TextIO | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval_s: float = 0.1,
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_terminal(self.stream)
        self._clock = clock
        self._interval_s = interval_s
        self._last = float("-inf")
        self._width = 0

    def update(self, done: int, what: str = "") -> None:
        """Show that ``done`` of ``total`` are done, the latest being ``what``."""
        if not self.enabled:
            return
        now = self._clock()
        if done < self.total and now - self._last < self._interval_s:
            return
        self._last = now
        line = f"[{done}/{self.total}] {what}"[: _columns() - 1]
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def done(self) -> None:
        """Clear the line (the results that follow start on a clean line)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False


def _columns() -> int:
    import shutil

    return max(20, shutil.get_terminal_size((80, 24)).columns)
