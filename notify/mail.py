"""E-mail built with the standard library's ``email`` package and sent with ``smtplib``.

The message (RFC 5322 / MIME)::

    multipart/mixed                         (only when there is a calendar)
    ├── multipart/alternative
    │   ├── text/plain; charset=utf-8       the plain-text part, written for reading
    │   ├── text/html; charset=utf-8        the HTML part (inline CSS)
    │   └── text/calendar; method=PUBLISH|CANCEL; charset=utf-8   iMIP (RFC 6047)
    └── application/ics; name=….ics         the same calendar as a file

That is the layout calendar services send invitations in: Outlook, Apple Mail,
Thunderbird and Gmail offer "add to calendar" for the iMIP part, and the file serves
clients that only look at attachments.

Outcomes, from where ``smtplib`` stopped, never from log text:

* ``sent``: the server answered 250 to the end of the data.
* ``failed``: nothing was handed over: no connection, TLS or login failed, the server
  refused the sender, every recipient or the message (a 4xx or 5xx reply).
* ``uncertain``: the connection broke or timed out while the message was being handed
  over or its final reply was awaited: the server may have taken it (SMTP has no
  idempotency key), so a resend could deliver it twice.
"""

from __future__ import annotations

import email.policy
import functools
import hashlib
import re
import smtplib
import socket
import ssl
import threading
import time
import weakref
from dataclasses import dataclass
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, localtime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import datetime as dt
    from email.headerregistry import Address

    from notify.mail_url import EmailURL
    from notify.messages import Message

Outcome = Literal["sent", "failed", "uncertain"]


# SMTP wants CRLF and lines under 998 octets. Parts are encoded under the usual 78
# (quoted-printable needs ≤ 76); headers are written under 998 and so not folded: at a
# fold between two encoded words Python's folder can drop the space between them
# ("…𐀀 ¡" arrives as "…𐀀¡"), and RFC 5322 allows 998.
class _Headers(HeaderRegistry):
    """The standard header registry, remembering the class it makes for each name
    (the standard one builds a new class for every header it parses)."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


POLICY = email.policy.SMTP.clone(header_factory=_Headers())
WRITE_POLICY = POLICY.clone(max_line_length=998)
_DOT_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN = re.compile(r"[A-Za-z0-9.-]+")
# HTTPS, as RFC 8058 asks; plain HTTP only for a site on this machine (a local trial).
_HEADER_URL = re.compile(
    r"https://[!-~]+|http://(?:127\.[0-9.]+|localhost|\[::1\])(?::[0-9]+)?/[!-~]*"
)
_MSGID = re.compile(r"^<([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9.-]+)>$")


@dataclass(frozen=True, slots=True)
class SMTPOutcome:
    """How handing one message to the SMTP server went (the error names no secret)."""

    outcome: Outcome
    error: str | None = None


def message_id_token(instance: str, delivery_id: int) -> str:
    """The stable left part of a delivery's Message-ID: ``rvr-watch.42.<instance>``.

    ``instance`` is the database's random id (:func:`storage.meta.instance_id`), so two
    databases never share an id; the delivery id keeps it the same for every resend.
    """
    return f"rvr-watch.{delivery_id}.{instance}"


def message_id(token: str, domain: str) -> str:
    """A valid ``Message-ID`` (``<left@domain>``) for ``token``, whatever it contains.

    A token that is a dot-atom is used as it is; anything else (a subscriber name with
    spaces, say) is replaced by its hash, so the header is always valid and still the
    same for the same token. A complete ``<left@right>`` is kept as given.
    """
    given = _MSGID.match(token.strip())
    if given:
        return token.strip()
    left = token.strip()
    if not _DOT_ATOM.match(left) or left.startswith(".") or left.endswith(".") or ".." in left:
        left = "rvr-watch." + hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()[:32]
    right = domain if _DOMAIN.fullmatch(domain or "") else "rvr-watch.invalid"
    return f"<{left}@{right}>"


def build_email(
    message: Message,
    url: EmailURL,
    *,
    message_id_value: str,
    language: str = "de",
    date: dt.datetime | None = None,
) -> EmailMessage:
    """The complete e-mail for ``message`` from the sender and recipients of ``url``."""
    mail = EmailMessage(policy=POLICY)
    mail["Subject"] = _one_line(message.title)
    mail["From"] = url.sender
    mail["To"] = ", ".join(url.to)
    if url.cc:
        mail["Cc"] = ", ".join(url.cc)
    if url.reply_to:
        mail["Reply-To"] = url.reply_to
    mail["Date"] = format_datetime(localtime(date))
    mail["Message-ID"] = message_id_value
    # RFC 3834: machine-made; auto-responders (and Outlook's out-of-office) stay quiet.
    mail["Auto-Submitted"] = "auto-generated"
    mail["X-Auto-Response-Suppress"] = "All"
    if _header_url(message.list_unsubscribe):
        # RFC 2369 / RFC 8058: one-click unsubscribe from the mail client's own button.
        mail["List-Unsubscribe"] = f"<{message.list_unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail.set_content(message.text, subtype="plain", cte=_cte(message.text))
    mail.add_alternative(message.html, subtype="html", cte=_cte(message.html))
    calendar = message.calendar
    if calendar is not None:  # iMIP: the calendar is a third view of the same message
        content = with_organizer(calendar.content, url.sender)
        text = content.decode("utf-8")
        mail.add_alternative(
            text, subtype="calendar", cte=_cte(text), params={"method": calendar.method}
        )
        mail.add_attachment(
            content,
            maintype="application",
            subtype="ics",
            filename=calendar.filename,
        )
    # After the parts exist: set_content() and add_alternative() move Content-* headers.
    mail["Content-Language"] = language
    mail.policy = WRITE_POLICY  # parts are encoded; now only how headers are written
    return mail


def with_organizer(content: bytes, sender: Address) -> bytes:
    """The calendar with the sender as every event's ``ORGANIZER`` (RFC 5546 wants one
    for PUBLISH and CANCEL; Outlook matches a cancellation by UID and organizer).

    ``content`` is our own calendar (:mod:`notify.ics`): the property goes right after
    each ``BEGIN:VEVENT`` line, serialised (escaped, folded) by icalendar once per sender.
    """
    line = _organizer_line(sender.addr_spec, sender.display_name or "rvr-watch")
    return content.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + line)


@functools.cache
def _organizer_line(address: str, name: str) -> bytes:
    import icalendar  # noqa: PLC0415 - heavy; only loaded when a calendar is sent

    event = icalendar.Event()
    organizer = icalendar.vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = icalendar.vText(name)
    event.add("organizer", organizer)
    lines: bytes = event.to_ical()
    return lines.removeprefix(b"BEGIN:VEVENT\r\n").removesuffix(b"END:VEVENT\r\n")


class SMTPSessions:
    """Open SMTP sessions, one per URL, kept for the next message.

    Connecting, the TLS handshake and the login are most of a delivery's time; a daemon
    that sends a digest now and then, or a burst after a busy check, saves them. A
    session the server closed while it was idle is noticed at the first command, before
    anything was handed over, and opened again once. Sessions idle for
    :attr:`IDLE_S` are closed at the next send; :meth:`close` ends all of them.
    """

    IDLE_S = 60.0

    def __init__(self) -> None:
        self._open: dict[str, tuple[smtplib.SMTP, float]] = {}
        self._lock = threading.Lock()
        # A sender dropped without close() (a one-shot command) still closes its sockets.
        weakref.finalize(self, _close_all, self._open)

    def send(self, key: str, url: EmailURL, mail: EmailMessage) -> SMTPOutcome:
        """Hand ``mail`` to the server of ``url`` (``key``: the URL, naming its session)."""
        with self._lock:
            self._close_idle()
            kept = self._open.pop(key, None)
            for candidate in ([kept[0]] if kept else []) + [None]:
                try:
                    session = candidate or _connect(url)
                except (OSError, smtplib.SMTPException) as exc:
                    error = f"cannot connect to {url.host}:{url.port}: {_text(exc)}"
                    return SMTPOutcome("failed", error)
                try:
                    outcome = _transaction(session, url, mail)
                except _Stale:
                    _quit(session)
                    continue  # the kept session had gone: nothing was handed over
                if outcome.outcome == "uncertain":
                    _quit(session)
                else:
                    self._open[key] = (session, time.monotonic())
                return outcome
            raise AssertionError("unreachable: a new session is never stale")

    def close(self) -> None:
        """End every open session (QUIT)."""
        with self._lock:
            for session, _ in self._open.values():
                _quit(session)
            self._open.clear()

    def _close_idle(self) -> None:
        now = time.monotonic()
        for key, (session, since) in list(self._open.items()):
            if now - since > self.IDLE_S:
                _quit(session)
                del self._open[key]


def _close_all(sessions: dict[str, tuple[smtplib.SMTP, float]]) -> None:
    for session, _ in sessions.values():
        session.close()
    sessions.clear()


class _Stale(Exception):
    """The session was closed by the server before this transaction began."""


def _quit(session: smtplib.SMTP) -> None:
    try:
        session.quit()
    except (OSError, smtplib.SMTPException):
        session.close()


def _connect(url: EmailURL) -> smtplib.SMTP:
    if url.mode == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            url.host, url.port, timeout=url.timeout_s, context=_tls(url.verify)
        )
    else:
        smtp = smtplib.SMTP(url.host, url.port, timeout=url.timeout_s)
    try:
        # SMTP is a conversation of short lines: without this, Nagle's algorithm holds
        # each command back until the previous one is acknowledged.
        if smtp.sock is not None:
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        smtp.ehlo_or_helo_if_needed()
        if url.mode == "starttls":
            smtp.starttls(context=_tls(url.verify))
            smtp.ehlo()
        if url.user and url.password:
            smtp.login(url.user, url.password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _transaction(smtp: smtplib.SMTP, url: EmailURL, mail: EmailMessage) -> SMTPOutcome:
    # Up to the data, nothing was handed over: any error is a plain failure.
    recipients = url.recipients
    try:
        code, reply = smtp.mail(url.sender.addr_spec)
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise _Stale from exc
    try:
        if code != 250:
            smtp.rset()
            return SMTPOutcome("failed", f"sender refused: {_reply(code, reply)}")
        refused = []
        for address in recipients:
            code, reply = smtp.rcpt(address)
            if code not in (250, 251):
                refused.append(f"{address}: {_reply(code, reply)}")
        if len(refused) == len(recipients):
            smtp.rset()
            return SMTPOutcome("failed", "recipients refused: " + "; ".join(refused))
    except (OSError, smtplib.SMTPException) as exc:
        return SMTPOutcome("failed", f"SMTP error before the message was sent: {_text(exc)}")
    data = mail.as_bytes()
    try:
        code, reply = smtp.data(data)
    except smtplib.SMTPDataError as exc:  # a reply refusing DATA or the message itself
        return SMTPOutcome("failed", f"message refused: {_reply(exc.smtp_code, exc.smtp_error)}")
    except (OSError, smtplib.SMTPException) as exc:
        lost = f"connection lost while sending; the server may have the message ({_text(exc)})"
        return SMTPOutcome("uncertain", lost)
    if code != 250:  # the server's final word on the message: refused
        return SMTPOutcome("failed", f"message refused: {_reply(code, reply)}")
    if refused:  # taken for the others: a resend would repeat it for them
        return SMTPOutcome("sent", "some recipients refused: " + "; ".join(refused))
    return SMTPOutcome("sent")


@functools.cache
def _tls(verify: bool) -> ssl.SSLContext:
    # One context per setting for the process: loading the CA bundle costs ~20 ms.
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _cte(text: str) -> str:
    # Mostly-ASCII text stays readable as quoted-printable; other text is base64.
    non_ascii = len(text.encode("utf-8")) - len(text)  # extra bytes: about the count
    return "quoted-printable" if non_ascii * 10 < len(text) + 1 else "base64"


def _header_url(url: str | None) -> bool:
    # Printable ASCII without angle brackets, HTTPS (or a loopback site, see _HEADER_URL).
    return (
        bool(url)
        and _HEADER_URL.fullmatch(url or "") is not None
        and not (set("<>") & set(url or ""))
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {_one_line(text)}"[:300]


def _text(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return _one_line(str(exc)) or type(exc).__name__
