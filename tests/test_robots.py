"""robots.txt: the policy's decisions and caching, and the fetcher obeying it."""

from __future__ import annotations

from collections.abc import Iterator

import httpserver
import pytest
from httpserver import HTTPTestServer

from scraper.errors import FetchError, RobotsDisallowed
from scraper.fetch import Fetched, Fetcher, FetchSettings, make_client
from scraper.robots import DAY_S, HOUR_S, MemoryRobotsStore, RobotsAnswer, RobotsEntry, RobotsPolicy

# The fixture; the lead may move it into tests/conftest.py.
http_server = httpserver.http_server

UA = "rvr-watch/0.1.0 (+https://github.com/rvr-watch/rvr-watch)"
RULES = """
User-agent: *
Disallow: /intern/

User-agent: rvr-watch
Disallow: /themen/geheim
Allow: /
"""
HTML = "<!DOCTYPE html><html><head><title>Seite</title></head><body>Straße</body></html>"
PAGE = "https://www.rvr.ruhr/themen/bildung-wissenschaft-1/fachkraefte-reihe"


class FakeSite:
    """Answers robots.txt requests from a script and counts them (no network)."""

    def __init__(self, *answers: RobotsAnswer | FetchError) -> None:
        self.answers = list(answers)
        self.urls: list[str] = []

    def __call__(self, url: str) -> RobotsAnswer:
        self.urls.append(url)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, FetchError):
            raise answer
        return answer


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def policy(site: FakeSite, clock: Clock, **kwargs: object) -> RobotsPolicy:
    return RobotsPolicy(site, user_agent=UA, clock=clock, **kwargs)  # type: ignore[arg-type]


def test_rules_for_our_agent_apply_and_are_cached_for_a_day() -> None:
    site, clock = FakeSite(RobotsAnswer(200, RULES)), Clock()
    robots = policy(site, clock)
    assert robots.allowed(PAGE)
    assert robots.allowed("https://www.rvr.ruhr/intern/x")  # only "*" disallows it
    decision = robots.check("https://www.rvr.ruhr/themen/geheim?a=1")
    assert not decision.allowed
    assert decision.reason == (
        "robots.txt of www.rvr.ruhr disallows /themen/geheim?a=1 "
        "(set `http.robots: false` in the config to fetch it anyway)"
    )
    assert site.urls == ["https://www.rvr.ruhr/robots.txt"]
    clock.now += DAY_S - 1
    assert robots.allowed(PAGE)
    assert len(site.urls) == 1
    clock.now += 2
    assert robots.allowed(PAGE)
    assert len(site.urls) == 2


def test_other_agents_rules_do_not_apply_to_us() -> None:
    site = FakeSite(RobotsAnswer(200, "User-agent: *\nDisallow: /intern/\n"))
    robots = policy(site, Clock())
    assert not robots.allowed("https://www.rvr.ruhr/intern/x")
    assert robots.allowed(PAGE)


@pytest.mark.parametrize("status", [301, 401, 403, 404, 410])
def test_missing_robots_allows_everything(status: int) -> None:
    site = FakeSite(RobotsAnswer(status, ""))
    robots = policy(site, Clock())
    assert robots.allowed(PAGE)
    assert robots.allowed("https://www.rvr.ruhr/intern/x")


@pytest.mark.parametrize(
    "failure", [RobotsAnswer(503, ""), RobotsAnswer(429, ""), FetchError("boom")]
)
def test_unreachable_robots_disallows_and_is_retried_after_an_hour(
    failure: RobotsAnswer | FetchError,
) -> None:
    site, clock = FakeSite(failure, RobotsAnswer(200, "")), Clock()
    robots = policy(site, clock)
    decision = robots.check(PAGE)
    assert not decision.allowed
    if isinstance(failure, FetchError):  # the site is down: that comes first
        assert decision.reason == "boom (robots.txt not read; not fetching)"
    else:
        assert decision.reason.startswith("robots.txt of www.rvr.ruhr could not be read (HTTP ")
        assert decision.reason.endswith(
            "); not fetching (set `http.robots: false` in the config to fetch it anyway)"
        )
    clock.now += HOUR_S - 1
    assert not robots.allowed(PAGE)
    assert len(site.urls) == 1
    clock.now += 2
    assert robots.allowed(PAGE)
    assert len(site.urls) == 2


def test_unreachable_robots_keeps_using_the_last_rules_read() -> None:
    site, clock = FakeSite(RobotsAnswer(200, RULES), RobotsAnswer(500, "")), Clock()
    store = MemoryRobotsStore()
    robots = policy(site, clock, store=store)
    assert robots.allowed(PAGE)
    clock.now += DAY_S + 1
    assert robots.allowed(PAGE)
    assert not robots.allowed("https://www.rvr.ruhr/themen/geheim")
    entry = store.get("https://www.rvr.ruhr")
    assert entry == RobotsEntry(fetched_at=clock.now, rules=RULES, error="HTTP 500")


@pytest.mark.parametrize(
    ("rules", "path", "allowed"),
    [
        # RFC 9309 2.2.2: the most specific (longest) match wins; allow wins a tie.
        ("Disallow: /\nAllow: /themen/", "/themen/bildung", True),
        ("Disallow: /\nAllow: /themen/", "/kontakt", False),
        ("Allow: /themen\nDisallow: /themen/geheim", "/themen/geheim/x", False),
        ("Disallow: /themen/geheim\nAllow: /themen/geheim", "/themen/geheim", True),
        # "*" matches any run of characters, "$" the end of the path.
        ("Disallow: /*.pdf$", "/plan.pdf", False),
        ("Disallow: /*.pdf$", "/plan.pdf?x=1", True),
        ("Allow: /page\nDisallow: /*.html", "/page.html", False),
        ("Disallow: /*/geheim", "/themen/geheim", False),
        # Percent-encoding: the same path either way.
        ("Disallow: /fachkr%C3%A4fte", "/fachkräfte", False),
    ],
)
def test_rules_are_matched_as_rfc_9309_says(rules: str, path: str, allowed: bool) -> None:
    site, clock = FakeSite(RobotsAnswer(200, f"User-agent: *\n{rules}\n")), Clock()
    assert policy(site, clock).allowed(f"https://www.rvr.ruhr{path}") is allowed


class CountingStore(MemoryRobotsStore):
    """The memory store, counting reads (the database store's reads cost a transaction)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get(self, origin: str) -> RobotsEntry | None:
        self.reads += 1
        return super().get(origin)


def test_decisions_are_kept_in_memory_per_site_for_the_process() -> None:
    site, clock = FakeSite(RobotsAnswer(200, RULES)), Clock()
    store = CountingStore()
    robots = policy(site, clock, store=store)
    for n in range(1000):
        assert robots.allowed(f"https://www.rvr.ruhr/seite/{n}")
    assert not robots.allowed("https://www.rvr.ruhr/themen/geheim")
    assert (store.reads, len(site.urls)) == (1, 1)
    assert robots.allowed("https://example.org/x")
    assert (store.reads, len(site.urls)) == (2, 2)  # another site: its own entry
    clock.now += DAY_S + 1  # due again: the store (maybe refreshed by another process) first
    assert robots.allowed(PAGE)
    assert (store.reads, len(site.urls)) == (3, 3)


def test_store_is_shared_so_a_new_policy_does_not_refetch() -> None:
    site, clock = FakeSite(RobotsAnswer(200, RULES)), Clock()
    store = MemoryRobotsStore()
    assert policy(site, clock, store=store).allowed(PAGE)
    assert not policy(site, clock, store=store).allowed("https://www.rvr.ruhr/themen/geheim")
    assert len(site.urls) == 1


def test_clock_going_backwards_refetches() -> None:
    site, clock = FakeSite(RobotsAnswer(200, RULES)), Clock()
    robots = policy(site, clock)
    robots.allowed(PAGE)
    clock.now -= 10
    robots.allowed(PAGE)
    assert len(site.urls) == 2


def test_sites_are_cached_separately() -> None:
    site = FakeSite(RobotsAnswer(200, RULES))
    robots = policy(site, Clock())
    robots.allowed(PAGE)
    robots.allowed("http://www.rvr.ruhr/")
    robots.allowed("https://example.org:8443/x")
    assert site.urls == [
        "https://www.rvr.ruhr/robots.txt",
        "http://www.rvr.ruhr/robots.txt",
        "https://example.org:8443/robots.txt",
    ]


def test_policy_without_fetch_function_says_so() -> None:
    with pytest.raises(ValueError, match="fetch function"):
        RobotsPolicy().allowed(PAGE)


# -- through the fetcher, against the loopback server ----------------------------------


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    settings = FetchSettings(user_agent=UA, timeout_s=5, robots=True)
    with make_client(settings) as client:
        # One request per host at a time: the robots.txt fetch must not deadlock.
        yield Fetcher(client, settings, sleep=lambda _s: None, max_per_host=1)


def test_fetcher_obeys_disallow_and_reads_robots_once(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.set("/robots.txt", RULES, headers={"Content-Type": "text/plain"})
    http_server.set("/themen/ok", HTML, headers={"Content-Type": "text/html"})
    assert isinstance(fetcher.fetch(http_server.url("/themen/ok")), Fetched)
    assert isinstance(fetcher.fetch(http_server.url("/themen/ok")), Fetched)
    with pytest.raises(
        RobotsDisallowed,
        match=r"^robots.txt of 127.0.0.1 disallows /themen/geheim \(set `http.robots: false`",
    ):
        fetcher.fetch(http_server.url("/themen/geheim"))
    assert [r.path for r in http_server.requests] == ["/robots.txt", "/themen/ok", "/themen/ok"]
    assert http_server.requests[0].headers["user-agent"] == UA


def test_fetcher_checks_robots_for_each_redirect_hop(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.set("/robots.txt", RULES, headers={"Content-Type": "text/plain"})
    http_server.set("/themen/ok", status=302, headers={"Location": "/themen/geheim"})
    http_server.set("/themen/geheim", HTML, headers={"Content-Type": "text/html"})
    with pytest.raises(RobotsDisallowed, match="disallows /themen/geheim"):
        fetcher.fetch(http_server.url("/themen/ok"))
    assert "/themen/geheim" not in [r.path for r in http_server.requests]


def test_fetcher_allows_all_without_robots_txt(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.set("/intern/x", HTML, headers={"Content-Type": "text/html"})
    assert isinstance(fetcher.fetch(http_server.url("/intern/x")), Fetched)
    assert [r.path for r in http_server.requests] == ["/robots.txt", "/intern/x"]


def test_fetcher_reads_compressed_and_redirected_robots(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    import gzip

    http_server.set("/robots.txt", status=301, headers={"Location": "/real-robots.txt"})
    http_server.set(
        "/real-robots.txt",
        gzip.compress(b"User-agent: *\nDisallow: /intern/\n"),
        headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"},
    )
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch(http_server.url("/intern/x"))


def test_robots_redirecting_forever_counts_as_missing(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.set("/robots.txt", status=302, headers={"Location": "/robots.txt"})
    http_server.set("/page", HTML, headers={"Content-Type": "text/html"})
    assert isinstance(fetcher.fetch(http_server.url("/page")), Fetched)
    assert [r.path for r in http_server.requests] == ["/robots.txt"] * 6 + ["/page"]


def test_fetcher_refuses_while_robots_is_unreachable(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.set("/robots.txt", "busy", status=503, headers={"Content-Type": "text/plain"})
    http_server.set("/page", HTML, headers={"Content-Type": "text/html"})
    with pytest.raises(RobotsDisallowed, match=r"could not be read \(HTTP 503\)"):
        fetcher.fetch(http_server.url("/page"))
    assert [r.path for r in http_server.requests] == ["/robots.txt"]


def test_robots_setting_off_never_asks(http_server: HTTPTestServer) -> None:
    http_server.set("/robots.txt", "User-agent: *\nDisallow: /\n")
    http_server.set("/page", HTML, headers={"Content-Type": "text/html"})
    settings = FetchSettings(user_agent=UA, robots=False)
    with make_client(settings) as client:
        result = Fetcher(client, settings).fetch(http_server.url("/page"))
    assert isinstance(result, Fetched)
    assert [r.path for r in http_server.requests] == ["/page"]
