"""A programmable HTTP/1.1 server on 127.0.0.1 for tests, in a background thread.

Routes are set per path and can be swapped while the server runs (replaying page
versions), or given as a sequence (503, 503, 200). A route can answer 304 to
matching validators, wait before answering, drip its body, lie about its
Content-Length, break its chunked encoding or write raw bytes to the socket.
Every request is recorded (method, path, headers, body) for assertions; GET, HEAD
and POST are answered from the routes.

Use the ``http_server`` fixture::

    def test_it(http_server: HTTPTestServer) -> None:
        http_server.set("/page", body=b"<html>...", headers={"Content-Type": "text/html"})
        httpx.get(http_server.url("/page"))
        assert http_server.requests[0].headers["user-agent"].startswith("rvr-watch/")
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

RawResponse = bytes | Callable[[socket.socket], None]


@dataclass(frozen=True)
class Route:
    """How the server answers one path.

    ``content_length`` overrides the true length (a lie: the connection is closed
    after the body). ``chunked`` sends the body in ``chunk_size`` pieces;
    ``broken_chunked`` then ends the connection without the final chunk.
    ``drip_s`` sleeps between pieces of ``chunk_size`` bytes (0: the whole body).
    ``raw`` replaces the whole answer: bytes written as they are, or a function
    given the socket; the connection is closed afterwards.
    """

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    delay_s: float = 0.0
    drip_s: float = 0.0
    chunk_size: int = 0  # 0: the whole body in one piece
    content_length: int | None = None
    chunked: bool = False
    broken_chunked: bool = False
    raw: RawResponse | None = None


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; header names are lower-case."""

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


class HTTPTestServer:
    """The server: ``url(path)``, ``set(path, ...)``, ``set_sequence``, ``requests``."""

    def __init__(self) -> None:
        self._routes: dict[str, list[Route]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self._connections: set[socket.socket] = set()
        self._server = _Server(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def set(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        **options: Any,
    ) -> Route:
        """Answer ``path`` with this route from now on (replacing what was there).

        A ``str`` body is sent as UTF-8. ``options`` are the other :class:`Route` fields.
        """
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(status=status, body=data, headers=tuple((headers or {}).items()), **options)
        self.set_sequence(path, [route])
        return route

    def set_sequence(self, path: str, routes: list[Route]) -> None:
        """Answer successive requests for ``path`` with ``routes``; the last one repeats."""
        if not routes:
            raise ValueError("a sequence needs at least one route")
        with self._lock:
            self._routes[path] = list(routes)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        """The recorded requests for ``path`` (query string included if sent)."""
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def start(self) -> HTTPTestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and wait for the thread."""
        self._stopping.set()
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> HTTPTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- used by the handler ---------------------------------------------------------

    def _record(self, request: RecordedRequest) -> Route | None:
        with self._lock:
            self.requests.append(request)
            routes = self._routes.get(request.path) or self._routes.get(
                request.path.split("?", 1)[0]
            )
            if not routes:
                return None
            return routes.pop(0) if len(routes) > 1 else routes[0]

    def _track(self, conn: socket.socket, alive: bool) -> None:
        with self._lock:
            if alive:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def _wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the server stops; True when it is stopping."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], owner: HTTPTestServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that resets a kept-alive connection is normal in these tests.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, alive=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._track(self.connection, alive=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output quiet

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        # Webhook-style services (json://, apprise://) post their messages.
        length = int(self.headers.get("Content-Length") or 0)
        self._answer(send_body=True, body=self.rfile.read(length))

    def _answer(self, *, send_body: bool, body: bytes = b"") -> None:
        owner = self.server.owner
        headers = {name.lower(): value for name, value in self.headers.items()}
        route = owner._record(RecordedRequest(self.command, self.path, headers, body))
        if route is None:
            route = Route(status=404, body=b"not found", headers=(("Content-Type", "text/plain"),))
        if owner._wait(route.delay_s):
            self.close_connection = True
            return
        try:
            if route.raw is not None:
                self._write_raw(route.raw)
            elif _not_modified(route, headers):
                self._send_head(304, route, None)
            else:
                self._send(route, send_body)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True  # the client gave up; that is its right

    def _write_raw(self, raw: RawResponse) -> None:
        self.close_connection = True
        if isinstance(raw, bytes):
            self.wfile.write(raw)
            self.wfile.flush()
        else:
            raw(self.connection)

    def _send(self, route: Route, send_body: bool) -> None:
        length = None if route.chunked else len(route.body)
        if route.content_length is not None:
            length = route.content_length
            self.close_connection = length != len(route.body)
        self._send_head(route.status, route, length)
        if not send_body or route.status in (204, 304):
            return
        step = route.chunk_size if route.chunk_size > 0 else max(1, len(route.body))
        for start in range(0, len(route.body), step):
            piece = route.body[start : start + step]
            self.wfile.write(
                f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if route.chunked else piece
            )
            self.wfile.flush()
            if route.drip_s and self.server.owner._wait(route.drip_s):
                self.close_connection = True
                return
        if route.broken_chunked:
            self.close_connection = True
        elif route.chunked:
            self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _send_head(self, status: int, route: Route, length: int | None) -> None:
        self.send_response_only(status)
        names = {name.lower() for name, _ in route.headers}
        if "date" not in names:
            self.send_header("Date", formatdate(time.time(), usegmt=True))
        for name, value in route.headers:
            self.send_header(name, value)
        if route.etag and "etag" not in names:
            self.send_header("ETag", route.etag)
        if route.last_modified and "last-modified" not in names:
            self.send_header("Last-Modified", route.last_modified)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif status != 304 and length is not None:
            self.send_header("Content-Length", str(length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    """True when the request's validators match the route (RFC 9110 §13.1)."""
    if route.status != 200:
        return False
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        if route.etag is None:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or route.etag.removeprefix("W/") in tags
    since = headers.get("if-modified-since")
    return since is not None and route.last_modified is not None and since == route.last_modified


@pytest.fixture
def http_server() -> Iterator[HTTPTestServer]:
    """A running :class:`HTTPTestServer`, stopped after the test."""
    with HTTPTestServer() as server:
        yield server
