"""The polite, hardened HTTP fetcher: one page in, decoded text (or "not modified") out.

Per fetch: robots.txt is consulted (at most daily per site), a conditional GET is
sent with our User-Agent, redirects are followed by hand (at most
``max_redirects``, http/https only, robots.txt checked again for each hop), and
the body is streamed raw, decoded by :mod:`scraper.encodings` under the byte cap,
checked to be HTML and turned into text by :mod:`scraper.charset`.

Limits: each attempt has a *total* deadline (``timeout_s``) for connect,
redirects, headers and body together; httpx's own timeouts are per socket
operation, so a server dripping a byte a second never trips them.
:func:`make_client` therefore installs a network backend that clamps every
socket operation to what is left of the deadline; with any other client the
deadline is still checked between chunks. Connection errors, 5xx and 429 are
retried ``retries`` times with exponential backoff, honouring ``Retry-After``
up to ``max_retry_after_s``. Retries have their own budget: each attempt gets a
fresh deadline, so the worst case is ``(retries + 1) * timeout_s`` plus the
waits (210 s with the defaults). Each site gets at most ``max_per_host``
requests at a time, however many threads share the fetcher.

Every httpx exception is translated into :mod:`scraper.errors` in one place,
:func:`_translate`.
"""

from __future__ import annotations

import contextlib
import email.utils
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from scraper.charset import decode_body
from scraper.encodings import (
    ACCEPT_ENCODING,
    content_coding,
    decode_stream,
    install_deadline_backend,
    set_deadline,
)
from scraper.errors import (
    BadContent,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RobotsDisallowed,
    TooLarge,
)
from scraper.robots import RobotsAnswer, RobotsPolicy

# The library's fallback; rvr-watch itself always passes its versioned User-Agent.
DEFAULT_USER_AGENT = "rvr-watch (+https://github.com/rvr-watch/rvr-watch)"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to read at least 500 KiB
_SNIFF_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta")


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How the fetcher behaves; see docs/fetching.md for the reasons."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = 30
    max_bytes: int = 5_000_000
    robots: bool = True
    max_redirects: int = 5
    retries: int = 2
    backoff_s: float = 1.0
    max_retry_after_s: float = 60

    def __post_init__(self) -> None:
        if not self.user_agent.strip():
            raise ValueError("user_agent must not be empty")
        if self.timeout_s <= 0 or self.max_bytes <= 0:
            raise ValueError("timeout_s and max_bytes must be positive")
        if min(self.max_redirects, self.retries, self.backoff_s) < 0:
            raise ValueError("max_redirects, retries and backoff_s must not be negative")


@dataclass(frozen=True, slots=True)
class Validators:
    """What the last good fetch returned, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page fetched and decoded: ``body`` is the content-decoded bytes."""

    url: str
    final_url: str
    status: int
    body: bytes
    text: str
    content_type: str | None
    etag: str | None
    last_modified: str | None
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class NotModified:
    """The server answered 304: the page is unchanged since ``validators``."""

    url: str
    etag: str | None
    last_modified: str | None
    elapsed_s: float


def make_client(settings: FetchSettings, *, max_connections: int = 10) -> httpx.Client:
    """An httpx client for :class:`Fetcher`: our User-Agent, no automatic redirects,
    a keep-alive pool of ``max_connections`` and the total-deadline backend.

    Environment proxies and certificate variables are ignored (``trust_env=False``):
    rvr-watch connects directly, verifying TLS with certifi's CA bundle, so the
    same config behaves the same under cron, systemd and a shell.
    """
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=30,
    )

    def transport(*, tls: bool) -> httpx.HTTPTransport:
        # The http:// transport never makes a TLS connection (a redirect to https://
        # goes through the https:// one), so it needs no CA bundle loaded: that costs
        # ≈ 45 ms of a one-shot check's start-up.
        made = httpx.HTTPTransport(limits=limits, trust_env=False, verify=tls)
        install_deadline_backend(made)
        return made

    # Given explicitly: httpx would otherwise build its own default transport, CA bundle
    # and all; https:// (and anything but http://) goes through this one.
    return httpx.Client(
        transport=_OnFirstUse(lambda: transport(tls=True)),
        mounts={"http://": transport(tls=False)},
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
        trust_env=False,
        timeout=settings.timeout_s,
    )


class _OnFirstUse(httpx.BaseTransport):
    """A transport made when the first request needs it (a run that fetches only
    http:// pages never builds the verifying TLS context of the https:// one)."""

    def __init__(self, make: Callable[[], httpx.BaseTransport]) -> None:
        self._make = make
        self._made: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    def _transport(self) -> httpx.BaseTransport:
        with self._lock:
            if self._made is None:
                self._made = self._make()
            return self._made

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transport().handle_request(request)

    def close(self) -> None:
        with self._lock:
            if self._made is not None:
                self._made.close()


class _Retry(Exception):
    """Internal: this attempt failed in a way worth retrying."""

    def __init__(self, error: FetchError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class Fetcher:
    """Fetches pages politely and defensively; thread-safe, share one per process."""

    def __init__(
        self,
        client: httpx.Client,
        settings: FetchSettings,
        *,
        robots: RobotsPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_per_host: int = 2,
    ) -> None:
        self._client = client
        self._settings = settings
        self._robots: RobotsPolicy | None = None
        if settings.robots:  # with robots off, a given policy is not consulted either
            self._robots = robots or RobotsPolicy(user_agent=settings.user_agent)
        self._sleep = sleep
        self._clock = clock
        self._max_per_host = max_per_host
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._slots_lock = threading.Lock()

    def fetch(self, url: str, validators: Validators | None = None) -> Fetched | NotModified:
        """GET ``url`` (conditionally when ``validators`` are given).

        Returns :class:`Fetched` or, on 304, :class:`NotModified`; raises a
        :class:`~scraper.errors.FetchError` subclass with a one-line message.
        """
        _check_scheme(url, url)
        started = self._clock()
        for attempt in range(self._settings.retries + 1):
            try:
                return self._attempt(url, validators, started)
            except _Retry as retry:
                if attempt == self._settings.retries:
                    raise retry.error from retry.error.__cause__
                self._sleep(self._delay(retry, attempt))
        raise AssertionError("unreachable")

    def _delay(self, retry: _Retry, attempt: int) -> float:
        backoff = self._settings.backoff_s * 2.0**attempt
        if retry.retry_after is None:
            return backoff
        if retry.retry_after > self._settings.max_retry_after_s:
            # Coming back sooner than asked would be rude: give up until the next check.
            message = (
                f"{retry.error}; the server asks to retry after {retry.retry_after:g} s,"
                f" longer than the {self._settings.max_retry_after_s:g} s we wait"
            )
            if isinstance(retry.error, HTTPStatusError):
                raise HTTPStatusError(retry.error.status, message) from retry.error
            raise FetchError(message) from retry.error
        return max(backoff, retry.retry_after)

    def _attempt(
        self, url: str, validators: Validators | None, started: float
    ) -> Fetched | NotModified:
        deadline = self._clock() + self._settings.timeout_s
        headers = {"Accept-Encoding": ACCEPT_ENCODING, "Accept": "text/html, */*;q=0.1"}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        token = set_deadline(self._clock, deadline)
        try:
            with self._open(url, headers, deadline) as (final_url, response):
                return self._handle(
                    url,
                    final_url=final_url,
                    response=response,
                    validators=validators,
                    deadline=deadline,
                    started=started,
                )
        finally:
            token.var.reset(token)

    def _handle(
        self,
        url: str,
        *,
        final_url: str,
        response: httpx.Response,
        validators: Validators | None,
        deadline: float,
        started: float,
    ) -> Fetched | NotModified:
        status = response.status_code
        headers = response.headers
        if status == 304 and validators is not None:
            # A 304 has no body (h11 enforces it); reading the empty rest lets the
            # connection go back to the pool instead of being closed unread.
            with contextlib.suppress(httpx.HTTPError):
                response.read()
            return NotModified(
                url=url,
                etag=headers.get("etag", validators.etag),
                last_modified=headers.get("last-modified", validators.last_modified),
                elapsed_s=self._clock() - started,
            )
        _check_status(response, final_url)
        content_type = headers.get("content-type")
        mime = content_type.split(";")[0].strip().lower() if content_type else None
        if mime is not None and mime not in _HTML_TYPES:
            raise BadContent(f"{final_url} is {mime}, not an HTML page")
        body = self._read(response, final_url, deadline, self._settings.max_bytes)
        if mime is None and not _looks_like_html(body):
            raise BadContent(f"{final_url} has no content type and does not look like HTML")
        return Fetched(
            url=url,
            final_url=final_url,
            status=status,
            body=body,
            text=decode_body(body, content_type),
            content_type=content_type,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            elapsed_s=self._clock() - started,
        )

    def _read(self, response: httpx.Response, url: str, deadline: float, limit: int) -> bytes:
        """The whole body, decoded, within ``limit`` bytes and the deadline."""
        declared = response.headers.get("content-length")
        length = int(declared) if declared and declared.strip().isdigit() else None
        if length is not None and length > limit:
            raise TooLarge(f"{url} announces {length} bytes, more than the {limit} allowed")
        coding = content_coding(response.headers.get("content-encoding"))
        received = 0

        def chunks() -> Iterator[bytes]:
            nonlocal received
            for chunk in response.iter_raw():
                received += len(chunk)
                yield chunk
                if self._clock() > deadline:
                    raise FetchTimeout(self._timeout_message(url))

        try:
            body = decode_stream(chunks(), coding, limit)
        except httpx.HTTPError as e:
            raise _translate(e, url, self._settings.timeout_s, phase="body") from e
        if length is not None and received != length:
            raise BadContent(
                f"the body from {url} has {received} bytes, not the {length} announced"
            )
        return body

    @contextlib.contextmanager
    def _open(
        self, url: str, headers: dict[str, str], deadline: float, *, robots_txt: bool = False
    ) -> Iterator[tuple[str, httpx.Response]]:
        """Send the request, following redirects; yields (final URL, open response).

        A page request checks robots.txt before each hop and fails after too many
        redirects; a ``robots_txt`` request yields the last redirect instead (RFC
        9309: a robots.txt that keeps redirecting counts as missing).
        """
        current = url
        for hop in range(self._settings.max_redirects + 1):
            if not robots_txt:
                self._check_robots(current)
            with self._host_slot(current):
                response = self._send(current, headers, deadline)
                try:
                    last = robots_txt and hop == self._settings.max_redirects
                    target = None if last else _redirect_target(response, current)
                    if target is None:
                        yield current, response
                        return
                finally:
                    response.close()
            current = target
        raise FetchError(f"more than {self._settings.max_redirects} redirects from {url}")

    def _send(self, url: str, headers: dict[str, str], deadline: float) -> httpx.Response:
        left = deadline - self._clock()
        if left <= 0:
            raise FetchTimeout(self._timeout_message(url))
        try:
            request = self._client.build_request(
                "GET",
                url,
                headers={**headers, "User-Agent": self._settings.user_agent},
                timeout=httpx.Timeout(left),
            )
        except httpx.InvalidURL as e:
            raise _translate(e, url, self._settings.timeout_s, phase="url") from e
        try:
            return self._client.send(request, stream=True, follow_redirects=False)
        except (httpx.HTTPError, httpx.InvalidURL) as e:
            raise _translate(e, url, self._settings.timeout_s, phase="send") from e

    def _check_robots(self, url: str) -> None:
        if self._robots is None:
            return
        decision = self._robots.check(url, self._fetch_robots)
        if not decision.allowed:
            raise RobotsDisallowed(decision.reason)

    def _fetch_robots(self, robots_url: str) -> RobotsAnswer:
        """Our robots.txt fetch: same deadline, redirects and caps, no retries."""
        deadline = self._clock() + self._settings.timeout_s
        headers = {"Accept-Encoding": ACCEPT_ENCODING, "Accept": "text/plain, */*;q=0.1"}
        limit = min(self._settings.max_bytes, _ROBOTS_MAX_BYTES)
        token = set_deadline(self._clock, deadline)
        try:
            with self._open(robots_url, headers, deadline, robots_txt=True) as (final, response):
                if response.status_code != 200:
                    return RobotsAnswer(response.status_code, "")
                body = self._read(response, final, deadline, limit)
                return RobotsAnswer(200, body.decode("utf-8", errors="replace"))
        except _Retry as retry:
            raise retry.error from retry.error.__cause__
        finally:
            token.var.reset(token)

    @contextlib.contextmanager
    def _host_slot(self, url: str) -> Iterator[None]:
        host = urlsplit(url).netloc.lower()
        with self._slots_lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self._max_per_host))
        with slot:
            yield

    def _timeout_message(self, url: str) -> str:
        return f"no complete answer from {_host(url)} within {self._settings.timeout_s:g} s"


def _translate(error: Exception, url: str, timeout_s: float, *, phase: str) -> Exception:
    """The one seam where httpx exceptions become scraper errors (or a retry).

    ``phase`` is ``"url"`` (building the request), ``"send"`` (up to the response
    headers) or ``"body"`` (reading the body).
    """
    host = _host(url)
    if phase == "url":
        return FetchError(f"not a valid URL: {url!r} ({error})")
    if isinstance(error, httpx.TimeoutException):
        return FetchTimeout(f"no complete answer from {host} within {timeout_s:g} s")
    if phase == "body":
        # The status line was read; whatever breaks now leaves a partial body.
        return BadContent(f"the body from {host} is truncated or broken: {error}")
    # httpx parses a redirect's Location even when not following it; a bad one
    # surfaces here as InvalidURL or a RemoteProtocolError about the header.
    if isinstance(error, httpx.InvalidURL) or "location header" in str(error).lower():
        return FetchError(f"{url} redirects to an unusable location: {error}")
    if isinstance(error, httpx.NetworkError | httpx.RemoteProtocolError):
        failure = FetchError(f"cannot reach {host}: {error or type(error).__name__}")
        failure.__cause__ = error
        return _Retry(failure)
    return FetchError(f"request to {url} failed: {error or type(error).__name__}")


def _check_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status in (200, 203):
        return
    error = HTTPStatusError(status, f"HTTP {status} {response.reason_phrase} from {url}".strip())
    if status == 429 or status >= 500:
        raise _Retry(error, _retry_after(response.headers))
    raise error


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or HTTP-date), else None.

    An HTTP-date is measured against the response's own ``Date`` header when it
    has one, so a skewed local clock does not matter.
    """
    value = (headers.get("retry-after") or "").strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    now = _http_date(headers.get("date") or "") or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _redirect_target(response: httpx.Response, url: str) -> str | None:
    if response.status_code not in _REDIRECTS or "location" not in response.headers:
        return None
    target = urljoin(url, response.headers["location"].strip())
    _check_scheme(target, url)
    return target


def _check_scheme(url: str, origin: str) -> None:
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as e:  # e.g. an unclosed "[" of an IPv6 address
        raise FetchError(f"not a valid URL: {url!r} ({e})") from e
    if scheme not in ("http", "https"):
        where = "" if url == origin else f" (redirected from {origin})"
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}{where}")


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and any(tag in head for tag in _SNIFF_TAGS)


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url
