"""A loopback webhook for ``json://`` notifications: records every POST, can be slow or hold.

Each POST is recorded *before* it is answered, as a real service would process a
request before its reply could be lost. ``delay_s`` makes every answer slow; ``hold()``
keeps the next answers back until ``release()``, so a test can kill the sender at a
known point: after its request arrived, before the reply (``wait_for`` tells when).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class WebhookSink:
    """``json://127.0.0.1:<port>/``; use as a context manager."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self._posts: list[dict[str, Any]] = []
        self._arrived = threading.Condition()
        self._go = threading.Event()
        self._go.set()
        self._closing = threading.Event()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                with sink._arrived:
                    sink._posts.append(body)
                    sink._arrived.notify_all()
                sink._go.wait()
                if sink._closing.wait(sink.delay_s):
                    return
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:  # the sender is gone (killed while waiting)
                    pass

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self._server.server_address[1]}/"

    def posts(self) -> list[dict[str, Any]]:
        """Every POST body so far, in arrival order."""
        with self._arrived:
            return list(self._posts)

    def wait_for(self, count: int, timeout_s: float = 20.0) -> list[dict[str, Any]]:
        """Wait until ``count`` POSTs arrived; raises ``AssertionError`` on timeout."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._posts) >= count, timeout_s):
                raise AssertionError(f"{len(self._posts)} POSTs after {timeout_s} s, not {count}")
            return list(self._posts)

    def hold(self) -> None:
        """Answer no POST until :meth:`release` (they are still recorded)."""
        self._go.clear()

    def release(self) -> None:
        self._go.set()

    def __enter__(self) -> WebhookSink:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._go.set()
        self._server.shutdown()
        self._server.server_close()


def text_of(post: dict[str, Any]) -> str:
    """Title and body of a ``json://`` POST: what identifies a message."""
    return f"{post.get('title', '')}\n{post.get('message', '')}"
