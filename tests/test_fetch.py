"""The fetcher against a real loopback server: limits, validators, retries, errors."""

from __future__ import annotations

import gzip
import re
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from email.utils import formatdate

import brotli
import httpserver
import httpx
import pytest
from httpserver import HTTPTestServer, Route

from scraper.errors import BadContent, FetchError, FetchTimeout, HTTPStatusError, TooLarge
from scraper.fetch import (
    Fetched,
    Fetcher,
    FetchSettings,
    NotModified,
    Validators,
    make_client,
)

# The fixture; the lead may move it into tests/conftest.py.
http_server = httpserver.http_server

UA = "rvr-watch-test/1.0 (+https://example.invalid/contact)"
HTML = (
    "<!DOCTYPE html><html><head><title>Fachkräfte-Reihe</title></head>"
    "<body><p>Bahnhofstraße 69 – Karriere in GE? Mach’s mit Wasserstoff!</p></body></html>"
)
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}
LAST_MODIFIED = "Wed, 19 Nov 2025 10:00:00 GMT"


class Harness:
    """A fetcher on a real client, with the sleeps it asked for recorded."""

    def __init__(self, settings: FetchSettings, **kwargs: object) -> None:
        self.settings = settings
        self.sleeps: list[float] = []
        self.client = make_client(settings)
        self.fetcher = Fetcher(self.client, settings, sleep=self.sleeps.append, **kwargs)  # type: ignore[arg-type]

    def fetch(self, url: str, validators: Validators | None = None) -> Fetched | NotModified:
        return self.fetcher.fetch(url, validators)

    def page(self, url: str) -> Fetched:
        result = self.fetch(url)
        assert isinstance(result, Fetched)
        return result


def settings(**overrides: object) -> FetchSettings:
    values: dict[str, object] = {"user_agent": UA, "timeout_s": 5.0, "robots": False}
    values.update(overrides)
    return FetchSettings(**values)  # type: ignore[arg-type]


_OPEN: list[Harness] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().client.close()


def make(**overrides: object) -> Harness:
    """A harness whose client is closed after the test, pass or fail."""
    h = Harness(settings(**overrides))
    _OPEN.append(h)
    return h


@pytest.fixture
def harness() -> Harness:
    return make(backoff_s=0.5)


# -- the plain case and conditional GET ---------------------------------------------


def test_fetch_returns_decoded_page_and_sends_honest_headers(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/page", HTML, headers=HTML_TYPE, etag='"v1"', last_modified=LAST_MODIFIED)
    result = harness.page(http_server.url("/page"))
    assert result.url == http_server.url("/page")
    assert result.final_url == http_server.url("/page")
    assert result.status == 200
    assert result.body == HTML.encode("utf-8")
    assert result.text == HTML
    assert result.content_type == "text/html; charset=utf-8"
    assert result.etag == '"v1"'
    assert result.last_modified == LAST_MODIFIED
    assert 0 <= result.elapsed_s < 5
    (request,) = http_server.requests
    assert request.headers["user-agent"] == UA
    assert request.headers["accept-encoding"] == "gzip, deflate, br"
    assert "if-none-match" not in request.headers
    assert "if-modified-since" not in request.headers


def test_default_user_agent_names_the_project_and_a_contact_url() -> None:
    assert FetchSettings().user_agent == "rvr-watch (+https://github.com/rvr-watch/rvr-watch)"


def test_etag_match_gives_not_modified(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set("/page", HTML, headers=HTML_TYPE, etag='"v1"', last_modified=LAST_MODIFIED)
    result = harness.fetch(http_server.url("/page"), Validators(etag='"v1"', last_modified=None))
    assert isinstance(result, NotModified)
    assert result.url == http_server.url("/page")
    assert result.etag == '"v1"'
    assert result.last_modified == LAST_MODIFIED
    assert result.elapsed_s >= 0
    assert http_server.requests[0].headers["if-none-match"] == '"v1"'


def test_last_modified_match_gives_not_modified(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/page", HTML, headers=HTML_TYPE, last_modified=LAST_MODIFIED)
    result = harness.fetch(http_server.url("/page"), Validators(None, LAST_MODIFIED))
    assert isinstance(result, NotModified)
    assert result.last_modified == LAST_MODIFIED
    assert http_server.requests[0].headers["if-modified-since"] == LAST_MODIFIED


def test_changed_page_is_fetched_despite_old_validators(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    url = http_server.url("/page")
    http_server.set("/page", HTML, headers=HTML_TYPE, etag='"v1"')
    first = harness.page(url)
    http_server.set("/page", HTML.replace("69", "70"), headers=HTML_TYPE, etag='"v2"')
    second = harness.fetch(url, Validators(first.etag, first.last_modified))
    assert isinstance(second, Fetched)
    assert "Bahnhofstraße 70" in second.text
    assert second.etag == '"v2"'
    assert isinstance(harness.fetch(url, Validators('"v2"', None)), NotModified)


def test_unexpected_304_without_validators_is_an_error(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/page", status=304)
    with pytest.raises(HTTPStatusError) as info:
        harness.fetch(http_server.url("/page"))
    assert info.value.status == 304


# -- the total deadline ---------------------------------------------------------------


def test_dripping_body_hits_the_total_deadline(http_server: HTTPTestServer) -> None:
    http_server.set("/drip", HTML * 20, headers=HTML_TYPE, drip_s=0.05, chunk_size=1)
    h = make(timeout_s=0.8)
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match=r"within 0\.8 s"):
        h.fetch(http_server.url("/drip"))
    assert time.monotonic() - started < 1.6
    assert h.sleeps == []  # a timeout is not retried


def _drip_headers(conn: socket.socket) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: " + b"a" * 500
    for byte in head:
        conn.sendall(bytes([byte]))
        time.sleep(0.02)


def test_dripping_headers_hit_the_total_deadline(http_server: HTTPTestServer) -> None:
    # httpx's per-read timeout alone would wait 20 ms per byte forever here.
    http_server.set("/slow-head", raw=_drip_headers)
    h = make(timeout_s=0.6)
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        h.fetch(http_server.url("/slow-head"))
    assert time.monotonic() - started < 1.4


def test_server_that_answers_too_late_times_out(http_server: HTTPTestServer) -> None:
    http_server.set("/late", HTML, headers=HTML_TYPE, delay_s=3)
    h = make(timeout_s=0.5)
    with pytest.raises(FetchTimeout):
        h.fetch(http_server.url("/late"))


# -- size caps and content encodings --------------------------------------------------


def test_announced_oversize_is_refused_before_reading(http_server: HTTPTestServer) -> None:
    http_server.set("/big", "x" * 5000, headers={"Content-Type": "text/html"})
    h = make(max_bytes=1000)
    with pytest.raises(TooLarge, match="announces 5000 bytes"):
        h.fetch(http_server.url("/big"))


def test_unannounced_oversize_is_refused_while_streaming(http_server: HTTPTestServer) -> None:
    http_server.set(
        "/big", "x" * 5000, headers={"Content-Type": "text/html"}, chunked=True, chunk_size=512
    )
    h = make(max_bytes=1000)
    with pytest.raises(TooLarge, match="larger than 1000 bytes"):
        h.fetch(http_server.url("/big"))


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _zlib_deflate(data: bytes) -> bytes:
    return zlib.compress(data)


def _raw_deflate(data: bytes) -> bytes:
    obj = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return obj.compress(data) + obj.flush()


@pytest.mark.parametrize(
    ("coding", "compress"),
    [
        ("gzip", _gzip),
        ("x-gzip", _gzip),
        ("deflate", _zlib_deflate),
        ("deflate", _raw_deflate),
        ("br", brotli.compress),
    ],
)
def test_compressed_pages_are_decoded(
    http_server: HTTPTestServer, harness: Harness, coding: str, compress: object
) -> None:
    data = (HTML * 50).encode("utf-8")
    packed = compress(data)  # type: ignore[operator]
    http_server.set("/z", packed, headers={**HTML_TYPE, "Content-Encoding": coding})
    result = harness.page(http_server.url("/z"))
    assert result.body == data
    assert result.text == HTML * 50


def test_multi_member_gzip_is_decoded(http_server: HTTPTestServer, harness: Harness) -> None:
    half = len(HTML) // 2
    packed = _gzip(HTML[:half].encode()) + _gzip(HTML[half:].encode())
    http_server.set("/z", packed, headers={**HTML_TYPE, "Content-Encoding": "gzip"})
    assert harness.page(http_server.url("/z")).text == HTML


BOMB_SIZE = 64 * 1024 * 1024


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    zeros = b"\0" * BOMB_SIZE
    gz = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return {
        "gzip": gz.compress(zeros) + gz.flush(),
        "br": brotli.compress(zeros, quality=1),
        "deflate": zlib.compress(zeros, 9),
    }


@pytest.mark.parametrize("coding", ["gzip", "br", "deflate"])
def test_compression_bomb_is_refused_without_inflating_it(
    http_server: HTTPTestServer, bombs: dict[str, bytes], coding: str
) -> None:
    bomb = bombs[coding]
    assert len(bomb) < 100_000  # tiny on the wire, 64 MiB inflated
    http_server.set("/bomb", bomb, headers={**HTML_TYPE, "Content-Encoding": coding})
    h = make(max_bytes=1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge, match="decodes to more than 1000000 bytes"):
            h.fetch(http_server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6_000_000, f"peak {peak} bytes"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("gzip, br", "stacked content encodings"),
        ("zstd", "'zstd' was not offered"),
        ("compress", "'compress' was not offered"),
    ],
)
def test_stacked_and_unoffered_encodings_are_refused(
    http_server: HTTPTestServer, harness: Harness, header: str, message: str
) -> None:
    http_server.set("/z", b"whatever", headers={**HTML_TYPE, "Content-Encoding": header})
    with pytest.raises(BadContent, match=message):
        harness.fetch(http_server.url("/z"))


def test_corrupt_and_truncated_compressed_bodies_are_refused(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    packed = _gzip((HTML * 50).encode())
    http_server.set(
        "/cut", packed[: len(packed) // 2], headers={**HTML_TYPE, "Content-Encoding": "gzip"}
    )
    with pytest.raises(BadContent, match="gzip body ended early"):
        harness.fetch(http_server.url("/cut"))
    http_server.set("/junk", b"not gzip at all", headers={**HTML_TYPE, "Content-Encoding": "gzip"})
    with pytest.raises(BadContent, match="corrupt gzip body"):
        harness.fetch(http_server.url("/junk"))
    br = brotli.compress((HTML * 50).encode())
    http_server.set("/brcut", br[:-4], headers={**HTML_TYPE, "Content-Encoding": "br"})
    with pytest.raises(BadContent, match="br body"):
        harness.fetch(http_server.url("/brcut"))


# -- truncated and broken bodies ------------------------------------------------------


def test_body_shorter_than_content_length_is_refused(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/short", HTML, headers=HTML_TYPE, content_length=len(HTML.encode()) + 100)
    with pytest.raises(BadContent, match="truncated or broken"):
        harness.fetch(http_server.url("/short"))
    assert harness.sleeps == []


def test_broken_chunked_stream_is_refused(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set(
        "/chunks", HTML, headers=HTML_TYPE, chunked=True, chunk_size=50, broken_chunked=True
    )
    with pytest.raises(BadContent, match="truncated or broken"):
        harness.fetch(http_server.url("/chunks"))


def test_garbage_chunk_size_is_refused(http_server: HTTPTestServer, harness: Harness) -> None:
    raw = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"
    )
    http_server.set("/garbage", raw=raw)
    with pytest.raises(BadContent, match="truncated or broken"):
        harness.fetch(http_server.url("/garbage"))


def test_complete_chunked_stream_is_read(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set("/chunks", HTML, headers=HTML_TYPE, chunked=True, chunk_size=7)
    assert harness.page(http_server.url("/chunks")).text == HTML


# -- redirects ------------------------------------------------------------------------


def test_relative_redirects_are_followed_and_final_url_reported(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/a", status=301, headers={"Location": "/b"})
    http_server.set("/b", status=302, headers={"Location": "c?x=1"})
    http_server.set("/c?x=1", HTML, headers=HTML_TYPE)
    result = harness.page(http_server.url("/a"))
    assert result.url == http_server.url("/a")
    assert result.final_url == http_server.url("/c?x=1")
    assert [r.path for r in http_server.requests] == ["/a", "/b", "/c?x=1"]
    assert all(r.headers["user-agent"] == UA for r in http_server.requests)


def test_more_redirects_than_allowed_fail(http_server: HTTPTestServer) -> None:
    for n in range(4):
        http_server.set(f"/r{n}", status=307, headers={"Location": f"/r{n + 1}"})
    http_server.set("/r4", HTML, headers=HTML_TYPE)
    h = make(max_redirects=3)
    with pytest.raises(FetchError, match="more than 3 redirects"):
        h.fetch(http_server.url("/r0"))
    assert len(http_server.requests) == 4
    assert make(max_redirects=4).page(http_server.url("/r0")).final_url == http_server.url("/r4")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "ftp://example.org/x",
            "only http and https URLs can be fetched, not 'ftp://example.org/x'",
        ),
        ("file:///etc/passwd", "only http and https URLs can be fetched, not 'file:///etc/passwd'"),
        ("javascript:alert(1)", "redirects to an unusable location"),
        ("http://[::1", "redirects to an unusable location"),
    ],
)
def test_redirect_to_other_schemes_is_refused(
    http_server: HTTPTestServer, harness: Harness, target: str, message: str
) -> None:
    http_server.set("/r", status=302, headers={"Location": target})
    with pytest.raises(FetchError, match=re.escape(message)):
        harness.fetch(http_server.url("/r"))
    assert len(http_server.requests) == 1
    assert harness.sleeps == []


def test_non_http_and_invalid_urls_are_refused_without_a_request(harness: Harness) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        harness.fetch("file:///etc/passwd")
    with pytest.raises(FetchError, match="not a valid URL"):
        harness.fetch("http://[::1/")


# -- retries --------------------------------------------------------------------------


def test_503_with_retry_after_seconds_is_retried(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set_sequence(
        "/p",
        [
            Route(status=503, headers=(("Retry-After", "3"),)),
            Route(body=HTML.encode(), headers=tuple(HTML_TYPE.items())),
        ],
    )
    assert harness.page(http_server.url("/p")).text == HTML
    assert harness.sleeps == [3.0]
    assert len(http_server.requests) == 2


def test_429_with_retry_after_date_is_retried(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    now = time.time()
    retry = (
        ("Date", formatdate(now, usegmt=True)),
        ("Retry-After", formatdate(now + 7, usegmt=True)),
    )
    http_server.set_sequence(
        "/p",
        [
            Route(status=429, headers=retry),
            Route(body=HTML.encode(), headers=tuple(HTML_TYPE.items())),
        ],
    )
    assert harness.page(http_server.url("/p")).text == HTML
    assert harness.sleeps == [7.0]


def test_5xx_retries_back_off_exponentially_then_fail(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/p", "down", status=502, headers={"Content-Type": "text/plain"})
    with pytest.raises(HTTPStatusError, match="HTTP 502") as info:
        harness.fetch(http_server.url("/p"))
    assert info.value.status == 502
    assert harness.sleeps == [0.5, 1.0]
    assert len(http_server.requests) == 3


def test_retry_after_longer_than_allowed_gives_up_at_once(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set("/p", status=503, headers={"Retry-After": "3600"})
    with pytest.raises(HTTPStatusError, match="retry after 3600 s, longer than the 60 s") as info:
        harness.fetch(http_server.url("/p"))
    assert info.value.status == 503
    assert harness.sleeps == []
    assert len(http_server.requests) == 1


def test_client_errors_are_not_retried(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set("/gone", "gone", status=404, headers={"Content-Type": "text/plain"})
    with pytest.raises(HTTPStatusError, match="HTTP 404 Not Found") as info:
        harness.fetch(http_server.url("/gone"))
    assert info.value.status == 404
    assert harness.sleeps == []


def test_dropped_connection_is_retried(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set_sequence(
        "/p", [Route(raw=b""), Route(body=HTML.encode(), headers=tuple(HTML_TYPE.items()))]
    )
    assert harness.page(http_server.url("/p")).text == HTML
    assert harness.sleeps == [0.5]


def test_unreachable_host_fails_after_retries(harness: Harness) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(FetchError, match=r"cannot reach 127\.0\.0\.1") as info:
        harness.fetch(f"http://127.0.0.1:{port}/")
    assert not isinstance(info.value, FetchTimeout)
    assert info.value.__cause__ is not None
    assert harness.sleeps == [0.5, 1.0]


# -- content checks -------------------------------------------------------------------


def test_non_html_content_type_is_refused(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set("/doc.pdf", b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    with pytest.raises(BadContent, match="is application/pdf, not an HTML page"):
        harness.fetch(http_server.url("/doc.pdf"))


def test_missing_content_type_is_sniffed(http_server: HTTPTestServer, harness: Harness) -> None:
    http_server.set("/page", HTML)
    assert harness.page(http_server.url("/page")).text == HTML
    http_server.set("/data", b"just some words, no markup")
    with pytest.raises(BadContent, match="no content type and does not look like HTML"):
        harness.fetch(http_server.url("/data"))


def test_binary_body_labelled_html_is_refused(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set(
        "/img", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, headers={"Content-Type": "text/html"}
    )
    with pytest.raises(BadContent, match="binary"):
        harness.fetch(http_server.url("/img"))


def test_xhtml_and_header_charset_are_honoured(
    http_server: HTTPTestServer, harness: Harness
) -> None:
    http_server.set(
        "/x",
        HTML.encode("cp1252"),
        headers={"Content-Type": "application/xhtml+xml; charset=windows-1252"},
    )
    result = harness.page(http_server.url("/x"))
    assert result.text == HTML
    assert result.body == HTML.encode("cp1252")


# -- politeness -----------------------------------------------------------------------


def test_per_host_concurrency_is_limited(http_server: HTTPTestServer) -> None:
    lock = threading.Lock()
    active = [0]
    peak = [0]
    body = HTML.encode()

    def slow(conn: socket.socket) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
        conn.sendall(head.encode() + body)

    http_server.set("/slow", raw=slow)
    h = make()
    results: list[object] = []

    def work() -> None:
        results.append(h.fetch(http_server.url("/slow")))

    threads = [threading.Thread(target=work) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 5
    assert all(isinstance(r, Fetched) and r.text == HTML for r in results)
    assert peak[0] == 2


def test_a_plain_injected_client_works_and_still_has_a_deadline(
    http_server: HTTPTestServer,
) -> None:
    http_server.set("/page", HTML, headers=HTML_TYPE)
    http_server.set("/drip", HTML * 20, headers=HTML_TYPE, drip_s=0.05, chunk_size=1)
    s = settings(timeout_s=0.8)
    with httpx.Client() as client:  # no deadline backend: checked between chunks
        fetcher = Fetcher(client, s)
        result = fetcher.fetch(http_server.url("/page"))
        assert isinstance(result, Fetched)
        assert result.text == HTML
        assert http_server.requests[0].headers["user-agent"] == UA
        assert http_server.requests[0].headers["accept-encoding"] == "gzip, deflate, br"
        started = time.monotonic()
        with pytest.raises(FetchTimeout):
            fetcher.fetch(http_server.url("/drip"))
        assert time.monotonic() - started < 1.6


@pytest.mark.parametrize(
    "overrides",
    [{"user_agent": " "}, {"timeout_s": 0}, {"max_bytes": 0}, {"retries": -1}, {"backoff_s": -1}],
)
def test_nonsense_settings_are_rejected(overrides: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        settings(**overrides)
