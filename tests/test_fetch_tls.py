"""https:// is fetched with certificate verification, http:// without building it.

The client keeps a plain transport for http:// (no CA bundle loaded at start-up) and
makes the verifying one for https:// on first use; these tests hold that https://
pages, and http:// pages redirected to https://, are still verified. The server is a
real TLS server on loopback with a self-signed certificate (tests/fixtures/tls).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpserver
import pytest
from httpserver import HTTPTestServer

from scraper.errors import FetchError
from scraper.fetch import Fetched, Fetcher, FetchSettings, make_client

http_server = httpserver.http_server
TLS = Path(__file__).parent / "fixtures" / "tls"
HTML = b"<!DOCTYPE html><html><body><p>Fachkr\xc3\xa4fte-Reihe</p></body></html>"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(HTML)))
        self.end_headers()
        self.wfile.write(HTML)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def https_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/reihe"
    server.shutdown()
    server.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    settings = FetchSettings(
        user_agent="rvr-watch-test/1.0", timeout_s=5.0, robots=False, retries=0
    )
    with make_client(settings) as client:
        yield Fetcher(client, settings)


def test_an_https_page_with_an_untrusted_certificate_is_refused(
    fetcher: Fetcher, https_url: str
) -> None:
    with pytest.raises(FetchError, match=r"(?i)certificate"):
        fetcher.fetch(https_url)


def test_a_redirect_from_http_to_https_is_verified_too(
    fetcher: Fetcher, https_url: str, http_server: HTTPTestServer
) -> None:
    http_server.set("/old", status=301, headers={"Location": https_url})
    with pytest.raises(FetchError, match=r"(?i)certificate"):
        fetcher.fetch(http_server.url("/old"))


def test_http_pages_are_fetched_by_the_plain_transport(
    fetcher: Fetcher, http_server: HTTPTestServer
) -> None:
    http_server.set("/reihe", HTML, headers={"Content-Type": "text/html; charset=utf-8"})
    fetched = fetcher.fetch(http_server.url("/reihe"))
    assert isinstance(fetched, Fetched)
    assert "Fachkräfte-Reihe" in fetched.text
