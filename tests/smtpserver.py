"""A real SMTP server on loopback for tests: aiosmtpd in a thread, messages kept in memory.

It offers AUTH PLAIN/LOGIN without TLS (user ``rvr``, password ``s3cret``) so the apprise
URLs in tests look like real ones. ``mode`` switches behaviour at run time:

* ``accept``  — 250, message stored (parsed with the stdlib ``email`` package)
* ``refuse``  — 550 for the message after DATA (permanent)
* ``tempfail`` — 451 for the recipient (temporary)
* ``drop``    — the message is taken and stored, then the connection is closed
  without the final reply: the lost-reply case that makes a delivery *uncertain*

``down()`` stops the server so that connections are refused; ``up()`` starts it again
on the same port. Import the ``smtp_server`` fixture into ``conftest.py``.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Literal
from urllib.parse import urlencode

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPProtocol
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

Mode = Literal["accept", "refuse", "tempfail", "drop"]
USER = "rvr"
PASSWORD = "s3cret"
REFUSAL = "550 5.7.1 Message rejected: policy violation"
TEMPFAIL = "451 4.3.0 Mailbox temporarily unavailable"


@dataclass(frozen=True, slots=True)
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message: EmailMessage


class _Handler:
    def __init__(self, server: SMTPServer) -> None:
        self._server = server

    async def handle_RCPT(
        self, smtp: SMTPProtocol, session: Session, envelope: Envelope, address: str, _: Any
    ) -> str:
        if self._server.mode == "tempfail":
            return TEMPFAIL
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTPProtocol, session: Session, envelope: Envelope) -> str:
        if self._server.mode == "refuse":
            return REFUSAL
        self._server.store(envelope)
        if self._server.mode == "drop" and isinstance(smtp.transport, asyncio.Transport):
            # Taken, but the client never hears so: the reply is lost with the connection.
            smtp.transport.abort()
        return "250 2.0.0 Message accepted"


def _authenticate(
    server: SMTPProtocol, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class _Session(Session):
    # aiosmtpd itself sets the deprecated ``login_data`` after a successful AUTH; its
    # DeprecationWarning would turn into an error under pytest, so store it quietly.
    @property
    def login_data(self) -> Any:
        return self._login_data

    @login_data.setter
    def login_data(self, value: Any) -> None:
        self._login_data = value


class _SMTP(SMTPProtocol):
    def _create_session(self) -> Session:
        return _Session(self.loop)


class _Controller(Controller):
    def factory(self) -> SMTPProtocol:
        return _SMTP(self.handler, **self.SMTP_kwargs)


class SMTPServer:
    """A loopback SMTP server; see the module docstring."""

    def __init__(self, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self.mode: Mode = "accept"
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._controller: _Controller | None = None

    def start(self) -> None:
        self._controller = _Controller(
            _Handler(self),
            hostname=self.host,
            port=self.port,
            authenticator=_authenticate,
            auth_require_tls=False,
            ready_timeout=5.0,
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def down(self) -> None:
        """Stop listening: connections to the port are refused."""
        self.stop()

    def up(self) -> None:
        """Listen again on the same port."""
        if self._controller is None:
            self.start()

    def store(self, envelope: Envelope) -> None:
        raw = envelope.original_content or b""
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self.received.append(
                Received(envelope.mail_from or "", tuple(envelope.rcpt_tos), raw, message)
            )

    def messages(self) -> list[EmailMessage]:
        with self._lock:
            return [item.message for item in self.received]

    def wait_for(self, count: int, timeout_s: float = 5.0) -> list[EmailMessage]:
        """The messages once at least ``count`` have arrived (fails after ``timeout_s``)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if len(self.received) >= count:
                return self.messages()
            time.sleep(0.01)
        raise AssertionError(f"expected {count} messages, got {len(self.received)}")

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
        self.mode = "accept"

    def url(self, *, to: str = "team@example.org", **args: str) -> str:
        """An apprise URL for this server: plain SMTP (``mode=insecure``) with AUTH."""
        query = {"from": "rvr-watch@example.org", "to": to, "mode": "insecure", **args}
        return f"mailto://{USER}:{PASSWORD}@{self.host}:{self.port}?{urlencode(query)}"


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def _smtp_server_session() -> Iterator[SMTPServer]:
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_server(_smtp_server_session: SMTPServer) -> Iterator[SMTPServer]:
    """A running loopback SMTP server, emptied and accepting at the start of each test."""
    server = _smtp_server_session
    server.up()
    server.clear()
    yield server
    server.up()
    server.clear()
