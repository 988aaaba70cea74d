"""Delivering rendered messages: e-mail ourselves, everything else through apprise.

* ``mailto://``/``mailtos://`` go to :mod:`notify.mail` (``email`` + ``smtplib``): we
  control headers, TLS, the Message-ID and the difference between a refusal and a lost
  reply, without apprise.
* Any other URL goes through apprise's public API (``Apprise``, ``AppriseAsset``,
  ``AppriseAttachment``, ``Apprise.notify``), imported the first time such a URL is sent
  (its registry loads all of its plugins: ≈ 20 MB a daemon keeps). One ``Apprise``
  object per URL lives as long as the sender, so Matrix logs in once, not per message.

Outcomes for apprise services (the rule, documented in docs/notifications.md):
``sent`` when apprise reports success; ``uncertain`` when it did not and the attempt
ran into the read timeout (it lasted at least ``rto`` seconds, or apprise gave up on
its own deadline): the request was written and the service may have processed it, so a
resend could repeat it; otherwise ``failed``. Every apprise URL gets a read timeout
of :data:`READ_TIMEOUT_S` unless it sets ``rto=`` itself (apprise's 4 s default is too
short for slow webhooks). Matrix gets the text first, then the calendar file.
"""

from __future__ import annotations

import functools
import logging
import tempfile
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import parse_qsl, quote

from notify.mail import SMTPSessions, build_email, message_id
from notify.mail_url import EMAIL_SCHEMES, EmailURLError, parse_email_url
from notify.messages import Message
from notify.redact import redact_url, scrub, url_secrets

if TYPE_CHECKING:
    from types import ModuleType

Outcome = Literal["sent", "failed", "uncertain"]
READ_TIMEOUT_S = 30.0
_ERROR_MAX = 500
# Services whose chat view shows a file as its own event after the text.
_TEXT_THEN_FILE = frozenset({"matrix", "matrixs"})
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SendResult:
    """How delivery to one URL went; the URL is shown redacted, the error is for people."""

    url_redacted: str
    outcome: Outcome
    error: str | None = None


class Sender(Protocol):
    """Delivers one message to each of a recipient's URLs, one result per URL, in order.

    ``message_id`` is stable for every resend of the same delivery (e-mail makes its
    Message-ID from it: :func:`notify.mail.message_id`).
    """

    def send(
        self, urls: Sequence[str], message: Message, *, message_id: str
    ) -> list[SendResult]: ...


class ApprisedSender:
    """A :class:`Sender` for e-mail (ours) and every service apprise knows."""

    def __init__(self, *, app_id: str = "rvr-watch", read_timeout_s: float = READ_TIMEOUT_S):
        self._app_id = app_id
        self._read_timeout_s = read_timeout_s
        self._services: dict[str, Any] = {}  # URL → its apprise.Apprise
        self._smtp = SMTPSessions()
        self._lock = threading.Lock()

    def send(self, urls: Sequence[str], message: Message, *, message_id: str) -> list[SendResult]:
        """Send ``message`` to every URL; a broken URL never keeps the others from it."""
        results = []
        for url in urls:
            try:
                if _scheme(url) in EMAIL_SCHEMES:
                    result = _send_email(self._smtp, url, message, message_id)
                else:
                    result = self._send_apprise(url, message)
            except Exception as exc:  # a plugin may raise anything; other URLs still go out
                text = str(exc) or type(exc).__name__
                result = SendResult(redact_url(url), "failed", _scrub(text, url))
            results.append(result)
        return results

    def close(self) -> None:
        """End open SMTP sessions (they also end by themselves when idle)."""
        self._smtp.close()

    def _send_apprise(self, url: str, message: Message) -> SendResult:
        shown = redact_url(url)
        service = self._service(url)
        if service is None:
            return SendResult(
                shown, "failed", "not a usable apprise URL (unknown service or invalid syntax)"
            )
        apprise = _apprise()
        body = message.chat_html or message.html
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="rvr-watch-") as folder:
            attach = _attachments(apprise, message, Path(folder))
            if attach is not None and _scheme(url) in _TEXT_THEN_FILE:
                # The text first: the file event only makes sense after it.
                verdict = _notify(service, apprise, message.title, body, None)
                if verdict.ok:
                    # The message is out: a resend for a lost file would repeat it.
                    posted = _notify(service, apprise, "", _file_caption(message), attach)
                    if not posted.ok:
                        lost = "; ".join(posted.reasons[-2:]) or "no reason given"
                        error = _scrub(f"message sent, calendar file not posted: {lost}", url)
                        log.warning("delivery to %s: %s", shown, error)
                        return SendResult(shown, "sent", error)
            else:
                verdict = _notify(service, apprise, message.title, body, attach)
        elapsed = time.monotonic() - started
        if verdict.ok:
            return SendResult(shown, "sent")
        said = "; ".join(dict.fromkeys(verdict.reasons[-3:]))
        timeout = _read_timeout(url, self._read_timeout_s)
        if verdict.ok is None or elapsed >= timeout:
            reason = f"no reply within the read timeout ({timeout:g} s), it may have arrived"
            return SendResult(
                shown, "uncertain", _scrub(f"{reason}; {said}" if said else reason, url)
            )
        return SendResult(
            shown, "failed", _scrub(said or "the service reported a failure without a reason", url)
        )

    def _service(self, url: str) -> Any:
        with self._lock:
            if url in self._services:
                return self._services[url]
            apprise = _apprise()
            asset = apprise.AppriseAsset(app_id=self._app_id, storage_mode="memory")
            service = apprise.Apprise(asset=asset)
            target = with_read_timeout(url, self._read_timeout_s)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                added = service.add(target)
            self._services[url] = service if added else None
            return self._services[url]


def _send_email(sessions: SMTPSessions, url: str, message: Message, token: str) -> SendResult:
    shown = redact_url(url)
    try:
        target = parse_email_url(url)
    except EmailURLError as exc:
        return SendResult(shown, "failed", str(exc))
    mail = build_email(
        message,
        target,
        message_id_value=message_id(token, target.sender.domain),
        language=message.language,
    )
    outcome = sessions.send(url, target, mail)
    error = _scrub(outcome.error, url) if outcome.error else None
    if outcome.outcome == "sent" and error:
        log.warning("e-mail to %s: %s", shown, error)
    return SendResult(shown, outcome.outcome, error)


@dataclass(frozen=True, slots=True)
class _Verdict:
    """apprise's answer: ``ok`` True/False, or None when it stopped waiting (deadline)."""

    ok: bool | None
    reasons: tuple[str, ...] = ()


def _notify(service: Any, apprise: ModuleType, title: str, body: str, attach: Any) -> _Verdict:
    result = service.notify(
        body=body,
        title=title,
        body_format=apprise.NotifyFormat.HTML,
        attach=attach,
        interpret_escapes=False,
    )
    # apprise's own words for people (never parsed for decisions): its warnings.
    reasons = tuple(
        entry.message
        for service_result in result
        for entry in service_result.logs()
        if entry.level in ("WARNING", "ERROR", "CRITICAL")
    )
    if result.status == apprise.AppriseResultStatus.TIMEOUT:
        return _Verdict(None, reasons)
    return _Verdict(bool(result), reasons)


def _file_caption(message: Message) -> str:
    # apprise posts a text with every file (after it): let it say what the file is.
    if message.language == "de":
        return "↑ Kalenderdatei zu dieser Nachricht (öffnen, um den Termin zu übernehmen)"
    return "↑ Calendar file for this message (open it to add the date)"


@functools.cache
def _apprise() -> ModuleType:
    with warnings.catch_warnings():
        # Some apprise plugins import deprecated modules; not ours to fix.
        warnings.simplefilter("ignore", DeprecationWarning)
        import apprise  # noqa: PLC0415 - lazy on purpose, see the module docstring
    # Its records may quote a URL's parts; each result carries them, and we report
    # them scrubbed in SendResult.error instead of letting them reach the log.
    logger = logging.getLogger(apprise.LOGGER_NAME)
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return apprise


def _attachments(apprise: ModuleType, message: Message, folder: Path) -> Any:
    if not message.attachments:
        return None
    # Files, not in-memory attachments: some plugins (Matrix) open the path.
    attach = apprise.AppriseAttachment()
    for number, item in enumerate(message.attachments):
        name = Path(item.filename).name or f"attachment-{number}"
        path = folder / str(number) / name
        path.parent.mkdir()
        path.write_bytes(item.content)
        attach.add(f"{path.as_uri()}?mime={quote(item.mime_type, safe='')}&name={quote(name)}")
    return attach


def with_read_timeout(url: str, seconds: float) -> str:
    """``url`` with apprise's ``rto=`` (read timeout) set, unless it sets one already."""
    if "rto" in {key.lower() for key, _ in _query(url)}:
        return url
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}rto={seconds:g}"


def _read_timeout(url: str, default: float) -> float:
    for key, value in _query(url):
        if key.lower() == "rto":
            try:
                return float(value)
            except ValueError:
                break
    return default


def _query(url: str) -> list[tuple[str, str]]:
    # Not urlsplit: a Matrix room alias (``/#room?rto=5``) puts the query after a '#'.
    return parse_qsl(url.partition("?")[2], keep_blank_values=True)


def _scheme(url: str) -> str:
    return url.partition(":")[0].strip().lower()


def _scrub(text: str, url: str) -> str:
    """Remove the URL's secrets from an error text (exceptions may quote them, or pieces
    of the URL: a request path with a webhook token in it)."""
    return scrub(text.replace(url, redact_url(url)), url_secrets(url))[:_ERROR_MAX]
