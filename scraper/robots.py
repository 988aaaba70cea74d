"""robots.txt: fetched through our own fetcher, at most once a day per site.

The rules are matched as RFC 9309 says, by protego: the group for our product token
(else ``*``), the longest matching rule wins, ``allow`` on a tie, ``*`` and ``$`` in
paths, percent-encoding normalised. (The standard library's ``urllib.robotparser``
takes the first matching rule and knows no wildcards: ``Disallow: /`` + ``Allow:
/themen/`` would refuse ``/themen/``.) robots.txt is never fetched by a library: the
caller hands in a :data:`RobotsFetch` that uses our User-Agent, size cap and deadline.

Decisions are cheap after the first: each site's rules are kept in memory, parsed,
for the life of the process (``RobotsPolicy`` asks its store, the database for
rvr-watch, only when the memory copy is due for a refresh), so checking a thousand
pages of one site reads robots.txt from the database once, not a thousand times.

What an answer means (RFC 9309, section 2.3.1):

* 2xx: the rules apply; kept for a day (``ttl_s``).
* 3xx left after the fetcher's redirects, 4xx (404, 410, even 401/403): there are
  no rules, everything is allowed; kept for a day.
* 429, 5xx, network errors, timeouts: robots.txt is *unreachable*. RFC 9309 says
  to assume complete disallow then, and that is also the polite reading: a site
  that cannot serve a tiny text file is struggling and should not also get our
  page request. If an earlier copy of the rules is known, it is used instead
  (the RFC allows a cached copy). Either way robots.txt is asked for again after
  ``retry_s`` (an hour), not a day, so one bad minute does not cost a day.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from protego import Protego

from scraper.errors import FetchError

DAY_S = 86_400.0
HOUR_S = 3_600.0
# How a refusal says that it can be switched off (the config key of rvr-watch).
OPT_OUT = "set `http.robots: false` in the config to fetch it anyway"


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What fetching ``/robots.txt`` returned: the final status and the text."""

    status: int
    text: str


RobotsFetch = Callable[[str], RobotsAnswer]
"""Fetch a robots.txt URL; raise :class:`FetchError` when it cannot be reached."""


@dataclass(frozen=True, slots=True)
class RobotsEntry:
    """The cached state of one site's robots.txt (plain values, easy to persist).

    ``rules`` is the robots.txt text ("" when there are none, i.e. allow all) or
    ``None`` when no copy was ever read; ``error`` says why the latest fetch
    failed, ``None`` when it worked. ``fetched_at`` is wall-clock epoch seconds.
    """

    fetched_at: float
    rules: str | None
    error: str | None = None


class RobotsStore(Protocol):
    """Where robots.txt entries are kept between checks, keyed by origin."""

    def get(self, origin: str) -> RobotsEntry | None: ...

    def put(self, origin: str, entry: RobotsEntry) -> None: ...


class MemoryRobotsStore:
    """The default store: a dict, lost when the process ends. Thread-safe."""

    def __init__(self) -> None:
        self._entries: dict[str, RobotsEntry] = {}
        self._lock = threading.Lock()

    def get(self, origin: str) -> RobotsEntry | None:
        with self._lock:
            return self._entries.get(origin)

    def put(self, origin: str, entry: RobotsEntry) -> None:
        with self._lock:
            self._entries[origin] = entry


@dataclass(frozen=True, slots=True)
class RobotsDecision:
    """Whether a URL may be fetched, and why not (one line, for a person)."""

    allowed: bool
    reason: str = ""


class RobotsPolicy:
    """Answers "may we fetch this URL?" from each site's robots.txt.

    ``fetch`` may be given here or per call (the :class:`~scraper.fetch.Fetcher`
    passes its own). ``clock`` is wall-clock seconds, since entries may be
    persisted across restarts. Thread-safe; one fetch per site at a time.
    """

    def __init__(
        self,
        fetch: RobotsFetch | None = None,
        *,
        user_agent: str = "*",
        store: RobotsStore | None = None,
        clock: Callable[[], float] = time.time,
        ttl_s: float = DAY_S,
        retry_s: float = HOUR_S,
    ) -> None:
        self._fetch = fetch
        self._user_agent = user_agent
        self._store: RobotsStore = store if store is not None else MemoryRobotsStore()
        self._clock = clock
        self._ttl_s = ttl_s
        self._retry_s = retry_s
        self._locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        # Per origin, for the life of the process: the entry and its parsed rules.
        self._memory: dict[str, tuple[RobotsEntry, Protego | None]] = {}

    def allowed(self, url: str, fetch: RobotsFetch | None = None) -> bool:
        """True when robots.txt allows fetching ``url`` (fetching it if due)."""
        return self.check(url, fetch).allowed

    def check(self, url: str, fetch: RobotsFetch | None = None) -> RobotsDecision:
        """Like :meth:`allowed`, with the reason when the answer is no."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        host = parts.hostname or parts.netloc
        entry, rules = self._entry(origin, fetch)
        if rules is None:
            if entry.error and not entry.error.startswith("HTTP "):
                # The site itself is unreachable: say that first, not "robots.txt".
                return RobotsDecision(False, f"{entry.error} (robots.txt not read; not fetching)")
            return RobotsDecision(
                False,
                f"robots.txt of {host} could not be read ({entry.error}); not fetching ({OPT_OUT})",
            )
        if rules.can_fetch(url, self._user_agent):
            return RobotsDecision(True)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return RobotsDecision(False, f"robots.txt of {host} disallows {path} ({OPT_OUT})")

    def _entry(self, origin: str, fetch: RobotsFetch | None) -> tuple[RobotsEntry, Protego | None]:
        """The site's entry and its parsed rules: from memory, else the store, else fetched."""
        with self._lock_for(origin):
            now = self._clock()
            remembered = self._memory.get(origin)
            if remembered is not None and self._fresh(remembered[0], now):
                return remembered
            entry = self._store.get(origin)
            if entry is None or not self._fresh(entry, now):
                fetcher = fetch or self._fetch
                if fetcher is None:
                    raise ValueError("RobotsPolicy needs a fetch function to read robots.txt")
                entry = self._refresh(origin, fetcher, entry, now)
                self._store.put(origin, entry)
            remembered = (entry, _parse(entry.rules) if entry.rules is not None else None)
            self._memory[origin] = remembered
            return remembered

    def _fresh(self, entry: RobotsEntry, now: float) -> bool:
        age = now - entry.fetched_at
        # A clock that went backwards makes the age negative: treat as stale.
        return 0 <= age < (self._retry_s if entry.error else self._ttl_s)

    @staticmethod
    def _refresh(
        origin: str, fetch: RobotsFetch, old: RobotsEntry | None, now: float
    ) -> RobotsEntry:
        try:
            answer = fetch(origin + "/robots.txt")
        except FetchError as e:
            error = str(e) or type(e).__name__
        else:
            if 200 <= answer.status < 300:
                return RobotsEntry(now, answer.text)
            if 300 <= answer.status < 500 and answer.status != 429:
                return RobotsEntry(now, "")
            error = f"HTTP {answer.status}"
        # Unreachable: keep the last rules read, if any (None means disallow all).
        return RobotsEntry(now, old.rules if old else None, error)

    def _lock_for(self, origin: str) -> threading.Lock:
        with self._locks_lock:
            return self._locks.setdefault(origin, threading.Lock())


def _parse(rules: str) -> Protego:
    return Protego.parse(rules)
