"""The website's pure parts: language choice, tokens, rate limit, e-mail addresses, and
the single-flight answer store."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading

from hypothesis import given
from hypothesis import strategies as st

from rvr_watch.web import tokens
from rvr_watch.web.data import Answers, ContentState
from rvr_watch.web.i18n import LANGS, choose_language
from rvr_watch.web.mail import mail_url
from rvr_watch.web.ratelimit import RateLimiter
from storage.web_subscribers import clean_email

KEY = b"k" * 32


@given(st.one_of(st.none(), st.text(max_size=5)), st.one_of(st.none(), st.text(max_size=80)))
def test_a_language_is_always_one_of_ours(query: str | None, accept: str | None) -> None:
    chosen = choose_language(query, accept)
    assert chosen in LANGS
    if query in LANGS:
        assert chosen == query


def test_accept_language_weights_and_order() -> None:
    assert choose_language(None, None) == "de"
    assert choose_language(None, "en-US,en;q=0.9") == "en"
    assert choose_language(None, "fr, en;q=0.5, de;q=0.8") == "de"
    assert choose_language(None, "en;q=0, de-AT") == "de"
    assert choose_language(None, "fr-FR") == "de"
    assert choose_language("en", "de") == "en"


def test_form_tokens_are_bound_to_their_cookie_and_expire() -> None:
    token = tokens.form_token(KEY, "nonce", 1000)
    assert tokens.check_form_token(KEY, "nonce", token, 1000 + 60)
    assert not tokens.check_form_token(KEY, "other", token, 1000)
    assert not tokens.check_form_token(b"x" * 32, "nonce", token, 1000)
    assert not tokens.check_form_token(KEY, "nonce", token, 1000 + tokens.FORM_TOKEN_MAX_AGE_S + 1)
    assert not tokens.check_form_token(KEY, "nonce", "2000." + token.split(".")[1], 2000)
    assert not tokens.check_form_token(KEY, None, token, 1000)


def test_unsubscribe_tokens_name_one_subscriber() -> None:
    token = tokens.unsubscribe_token(KEY, 7, "A@Example.org")
    assert tokens.check_unsubscribe_token(KEY, 7, "a@example.org", token)
    assert not tokens.check_unsubscribe_token(KEY, 8, "a@example.org", token)
    assert not tokens.check_unsubscribe_token(KEY, 7, "b@example.org", token)


def test_the_rate_limit_slides() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 10.0, clock=lambda: now[0])
    assert limiter.hit("a") is None and limiter.hit("a") is None
    assert limiter.hit("a") == 10.0
    assert limiter.hit("b") is None  # per key
    now[0] = 10.0
    assert limiter.hit("a") is None


@given(st.text(max_size=40))
def test_a_clean_address_cannot_break_a_header(text: str) -> None:
    cleaned = clean_email(text)
    if cleaned is not None:
        assert not any(c in cleaned for c in "\r\n<>,;\"' ")
        assert cleaned.count("@") == 1


def test_addresses() -> None:
    assert clean_email(" reader@example.org ") == "reader@example.org"
    for bad in ("reader", "a@b", "a@@example.org", "a b@example.org", "a@example.org\r\nBcc: x"):
        assert clean_email(bad) is None


def test_the_mail_url_is_addressed_to_the_subscriber() -> None:
    url = mail_url(
        "mailtos://u:p@smtp.example.org?from=a@example.org&to=old@example.org", "x@y.org"
    )
    assert url == "mailtos://u:p@smtp.example.org?from=a%40example.org&to=x%40y.org"


def _state(version: str) -> ContentState:
    return ContentState(version, dt.datetime(2025, 1, 1, tzinfo=dt.UTC))


def test_answers_are_built_once_and_the_last_one_stands_in_while_a_slow_one_builds() -> None:
    answers = Answers()
    calls: list[str] = []
    release = threading.Event()

    def build(version: str, *, wait: bool = False) -> str:
        calls.append(version)
        if wait:
            release.wait(10)
        return f"built {version}"

    async def scenario() -> None:
        first = await asyncio.gather(
            *(answers.get(("v",), _state("1"), lambda: build("1")) for _ in range(5))
        )
        assert {value for _, value in first} == {"built 1"} and calls == ["1"]
        # Version 2 is slow: the request gets version 1 (with its state), not a wait.
        state, value = await answers.get(("v",), _state("2"), lambda: build("2", wait=True))
        assert (state.version, value) == ("1", "built 1")
        release.set()
        state, value = await answers.get(("v",), _state("2"), lambda: build("2"))
        assert (state.version, value) == ("2", "built 2")
        assert calls == ["1", "2"]
        assert answers.ready(("v",), _state("2")) == "built 2"

    asyncio.run(scenario())
