"""How a batch's pages are shared out among the worker threads (service._Lanes).

``prepare`` (fetch and evaluate) is replaced by a function that records what runs at
once: the tests are about the hand-out, not about fetching, which other tests do on
real loopback servers.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from types import SimpleNamespace
from typing import Any, cast

import pytest

from rvr_watch.engine import service
from rvr_watch.engine.pipeline import CheckDeps, Claim
from rvr_watch.engine.service import PER_HOST, Interrupt, _prepare_all, _Workers

DEPS = cast(CheckDeps, None)


def _claims(sites: int, per_site: int) -> list[Claim]:
    return [
        cast(
            Claim,
            SimpleNamespace(
                page=SimpleNamespace(name=f"p{s}-{n}", url=f"https://site{s}.example/{n}")
            ),
        )
        for n in range(per_site)
        for s in range(sites)
    ]


class Recorder:
    """A stand-in for ``prepare`` that notes how many pages of each site run at once."""

    def __init__(self, fail_on: str | None = None, hook: Any = None) -> None:
        self.lock = threading.Lock()
        self.now: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.most_at_once = 0
        self.started: list[str] = []
        self.fail_on = fail_on
        self.hook = hook

    def __call__(self, claimed: Any, _deps: object) -> str:
        site = claimed.page.url.split("/")[2]
        with self.lock:
            self.started.append(claimed.page.name)
            self.now[site] += 1
            self.most[site] = max(self.most[site], self.now[site])
            self.most_at_once = max(self.most_at_once, sum(self.now.values()))
        if self.hook is not None:
            self.hook(claimed)
        time.sleep(0.02)
        with self.lock:
            self.now[site] -= 1
        if claimed.page.name == self.fail_on:
            raise RuntimeError("a bug in a check")
        return f"prepared {claimed.page.name}"


def test_every_page_once_in_order_and_never_more_than_the_limit_per_site(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = Recorder()
    monkeypatch.setattr(service, "prepare", recorder)
    claims = _claims(sites=3, per_site=6)
    with _Workers(4) as pool:
        prepared, unstarted = _prepare_all(claims, DEPS, pool, Interrupt())
    assert prepared == [f"prepared {c.page.name}" for c in claims]
    assert unstarted == []
    assert sorted(recorder.started) == sorted(c.page.name for c in claims)
    assert max(recorder.most.values()) == PER_HOST
    assert recorder.most_at_once > PER_HOST  # other sites' pages run beside them


def test_a_bug_in_one_check_is_raised_and_the_batch_takes_no_more_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = _claims(sites=1, per_site=20)
    recorder = Recorder(fail_on=claims[1].page.name)
    monkeypatch.setattr(service, "prepare", recorder)
    with _Workers(4) as pool, pytest.raises(RuntimeError, match="a bug"):
        _prepare_all(claims, DEPS, pool, Interrupt())
    time.sleep(0.2)  # the other worker's page in flight ends; nothing new may start
    assert len(recorder.started) <= 4


def test_after_a_stop_the_pages_in_flight_finish_and_the_rest_are_not_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interrupt = Interrupt()
    claims = _claims(sites=1, per_site=10)
    recorder = Recorder(hook=lambda c: interrupt.stop() if c.page.name == "p0-2" else None)
    monkeypatch.setattr(service, "prepare", recorder)
    with _Workers(4) as pool:
        prepared, unstarted = _prepare_all(claims, DEPS, pool, interrupt)
    # p0-2 started the stop; at most the one beside it (two per site) was in flight.
    assert len(prepared) in (3, 4)
    assert prepared == [f"prepared {c.page.name}" for c in claims[: len(prepared)]]
    assert unstarted == claims[len(prepared) :]
