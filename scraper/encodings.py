"""What the wire may make us do, bounded: decoded size and total time.

Content-Encoding decoding that never inflates more than it is allowed to, and
(at the end of this module) the network backend that enforces a fetch's total
deadline on every socket operation.

httpx inflates gzip/deflate/br bodies itself, without any bound: a 300-byte brotli
body can become one 200 MiB chunk before the caller sees a single byte. So the
fetcher asks for the raw bytes and decodes them here, in bounded steps
(``zlib`` ``max_length``, brotli ``output_buffer_limit``), counting both the
compressed and the decoded size and stopping as soon as either passes the cap.
Peak memory stays near ``max_bytes`` plus one step, whatever the ratio.

Only the codings we offer in ``Accept-Encoding`` are accepted, one at a time:
a stacked ``gzip, br`` or an encoding we did not ask for is refused.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar, Token
from typing import Any, Protocol

import brotli
import httpcore
import httpx

from scraper.errors import BadContent, TooLarge

ACCEPT_ENCODING = "gzip, deflate, br"
"""What the fetcher sends as ``Accept-Encoding``; the only codings decoded."""

_OFFERED = frozenset({"gzip", "deflate", "br"})
_ALIASES = {"x-gzip": "gzip"}
_STEP = 64 * 1024  # most decoded bytes produced per step
_GZIP_MAGIC = b"\x1f\x8b"


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


def content_coding(header: str | None) -> str:
    """The single content coding named by a ``Content-Encoding`` header.

    Returns ``"identity"``, ``"gzip"``, ``"deflate"`` or ``"br"``; raises
    :class:`BadContent` for stacked codings and for codings we did not offer.
    """
    names = [part.strip().lower() for part in (header or "").split(",")]
    names = [_ALIASES.get(name, name) for name in names if name and name != "identity"]
    if not names:
        return "identity"
    if len(names) > 1:
        raise BadContent(f"stacked content encodings are not supported: {header}")
    if names[0] not in _OFFERED:
        raise BadContent(f"content encoding {names[0]!r} was not offered ({ACCEPT_ENCODING})")
    return names[0]


def decode_stream(raw: Iterable[bytes], coding: str, max_bytes: int) -> bytes:
    """Decode the raw body chunks of ``coding``; at most ``max_bytes`` in and out.

    Raises :class:`TooLarge` as soon as the compressed or the decoded size passes
    ``max_bytes`` (before reading or inflating further) and :class:`BadContent`
    for corrupt or incomplete compressed data.
    """
    decoder = _make_decoder(coding)
    body = bytearray()
    raw_total = 0

    def keep(parts: Iterator[bytes]) -> None:
        for part in parts:
            if len(body) + len(part) > max_bytes:
                raise TooLarge(f"response decodes to more than {max_bytes} bytes ({coding})")
            body.extend(part)

    for chunk in raw:
        raw_total += len(chunk)
        if raw_total > max_bytes:
            raise TooLarge(f"response is larger than {max_bytes} bytes")
        keep(decoder.feed(chunk))
    keep(decoder.finish())
    return bytes(body)


def _make_decoder(coding: str) -> _Decoder:
    if coding == "identity":
        return _Identity()
    if coding == "gzip":
        return _Zlib("gzip")
    if coding == "deflate":
        return _Zlib("deflate")
    if coding == "br":
        return _Brotli()
    raise BadContent(f"content encoding {coding!r} is not supported")


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    """gzip (multi-member) or deflate (zlib-wrapped, or raw as some servers send)."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._pending = b""  # deflate: bytes held until the header shows its kind
        self._obj: zlib._Decompress | None = None
        if coding == "gzip":
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._obj is None:
            self._pending += data
            if len(self._pending) < 2:
                return
            data, self._pending = self._pending, b""
            self._obj = zlib.decompressobj(zlib.MAX_WBITS if _is_zlib(data) else -zlib.MAX_WBITS)
        yield from self._inflate(data)

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        assert self._obj is not None
        while True:
            try:
                out = self._obj.decompress(data, _STEP)
            except zlib.error as e:
                raise BadContent(f"corrupt {self._coding} body: {e}") from e
            yield out
            data = self._obj.unconsumed_tail
            if self._obj.eof:
                rest = self._obj.unused_data
                # A further gzip member continues the body; other trailing bytes
                # (zero padding from some servers) are ignored, as gzip(1) does.
                if self._coding == "gzip" and rest.startswith(_GZIP_MAGIC):
                    self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    data = rest
                    continue
                return
            if not data and len(out) < _STEP:
                return

    def finish(self) -> Iterator[bytes]:
        if self._obj is None:
            if self._pending:
                raise BadContent(f"{self._coding} body ended early")
            return
        yield from self._inflate(b"")
        if not self._obj.eof:
            raise BadContent(f"{self._coding} body ended early (compressed stream incomplete)")


def _is_zlib(head: bytes) -> bool:
    """True when ``head`` starts with a zlib header (RFC 1950), not raw deflate."""
    cmf, flg = head[0], head[1]
    return cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0


class _Brotli:
    def __init__(self) -> None:
        self._obj = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            yield self._obj.process(data, output_buffer_limit=_STEP)
            # Output beyond the limit stays inside the decompressor; drain it a
            # step at a time so the caller can stop after any step.
            while not self._obj.can_accept_more_data():
                yield self._obj.process(b"", output_buffer_limit=_STEP)
        except brotli.error as e:
            raise BadContent(f"corrupt br body: {e}") from e

    def finish(self) -> Iterator[bytes]:
        if not self._obj.is_finished():
            raise BadContent("br body ended early (compressed stream incomplete)")
        return iter(())


# --- The total deadline, enforced on every socket operation -------------------------
#
# httpcore reads each timeout once per phase and gives it to every recv(), so a
# server that drips bytes resets the clock forever. Wrapping the network backend
# lets each connect/read/write wait at most what is left of the current fetch's
# deadline. The deadline travels in a ContextVar: sync httpx does all I/O of a
# request in the calling thread, so concurrent fetches in other threads do not mix.

_Deadline = tuple[Callable[[], float], float] | None
_DEADLINE: ContextVar[_Deadline] = ContextVar("rvr_watch_fetch_deadline", default=None)
_log = logging.getLogger(__name__)


def set_deadline(clock: Callable[[], float], deadline: float) -> Token[_Deadline]:
    """Bound this thread's socket operations by ``deadline`` (on ``clock``) until
    ``token.var.reset(token)``; only clients from ``install_deadline_backend`` obey."""
    return _DEADLINE.set((clock, deadline))


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    current = _DEADLINE.get()
    if current is None:
        return timeout
    clock, deadline = current
    left = deadline - clock()
    if left <= 0:
        raise expired("the total deadline of the fetch has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install_deadline_backend(transport: httpx.HTTPTransport) -> None:
    """Wrap the transport's network backend (httpx offers no public hook for it).

    If a future httpx moves these attributes, fetching still works, with the
    deadline checked between body chunks only; the tests notice the difference.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    else:
        _log.warning("httpx internals changed: the fetch deadline is checked between chunks only")
