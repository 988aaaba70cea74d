"""Delivering rendered messages through apprise — the only module that imports it.

apprise is imported lazily (inside :meth:`ApprisedSender.send`), and of its plugins
only those the URLs need (see :data:`DIRECT_PLUGINS`): all of them cost more time and
memory than the rest of rvr-watch together. Each URL is sent on its own, so a
broken URL never keeps the others from being tried. The body given to a service is the
one it renders best: HTML for e-mail (apprise then sends ``multipart/alternative`` with
a plain-text part derived from the HTML) and Matrix (the formatted body), Markdown for
Markdown services, plain text for the rest.

Outcomes: ``sent`` when apprise says so; ``failed`` when it returns ``False`` (the reason
comes from apprise's log records, captured while sending); ``uncertain`` for e-mail when
the connection broke or timed out *after* the SMTP session was established and no reply
said the message was refused — the server may have taken it (SMTP has no idempotency
key), so a retry could deliver it twice.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import importlib
import logging
import re
import ssl
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import quote

from notify.messages import Message
from notify.redact import MASK, redact_url, url_secrets

if TYPE_CHECKING:
    from types import ModuleType

Outcome = Literal["sent", "failed", "uncertain"]
# Header carrying the stable delivery id in e-mails. apprise always writes its own random
# Message-ID after any custom headers, so a custom Message-ID would appear twice.
MESSAGE_ID_HEADER = "X-RVR-Watch-Id"
EMAIL_SCHEMES = frozenset({"mailto", "mailtos"})
_ERROR_MAX = 500
# A dropped connection or a timeout while the message was being handed over.
_LOST_REPLY = re.compile(
    r"connection unexpectedly closed|timed out|connection reset|server not connected",
    re.IGNORECASE,
)
# apprise's DEBUG lines that carry the cause (SMTP reply, socket error); other DEBUG
# lines may quote the payload, so they stay out of error texts.
_DETAIL = re.compile(r"^[A-Za-z ]{0,40}Exception: ")
_SMTP_STAGE_FAILED = re.compile(r"sending email to .* failed", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SendResult:
    """How delivery to one URL went; the URL is shown redacted, the error is for people."""

    url_redacted: str
    outcome: Outcome
    error: str | None = None


class Sender(Protocol):
    """Delivers one message to each of a subscriber's URLs, one result per URL, in order."""

    def send(
        self, urls: Sequence[str], message: Message, *, message_id: str
    ) -> list[SendResult]: ...


class ApprisedSender:
    """A :class:`Sender` that uses apprise for any service it knows."""

    def __init__(self, *, app_id: str = "rvr-watch") -> None:
        self._app_id = app_id
        # One plugin per URL for the sender's lifetime: a Matrix plugin keeps its login
        # (access token) instead of logging in, as a new device, for every message.
        self._plugins: dict[str, Any] = {}

    def send(self, urls: Sequence[str], message: Message, *, message_id: str) -> list[SendResult]:
        """Send ``message`` to every URL; ``message_id`` is stable across retries."""
        return [self._send_one(url, message, message_id) for url in urls]

    def _send_one(self, url: str, message: Message, message_id: str) -> SendResult:
        shown = redact_url(url)
        email = _scheme(url) in EMAIL_SCHEMES
        # apprise's records stay inside: they may quote the URL; the result carries the cause.
        with _captured_apprise_logs() as records:
            try:
                with _email_patches(url, message_id) if email else contextlib.nullcontext():
                    ok = self._deliver(url, message, message_id, email=email)
            except Exception as exc:  # a plugin may raise anything; other URLs still go out
                return SendResult(shown, "failed", _scrub(str(exc) or type(exc).__name__, url))
        if ok:
            return SendResult(shown, "sent")
        lines = [
            record.getMessage()
            for record in records
            if record.levelno >= logging.WARNING or _DETAIL.match(record.getMessage())
        ]
        outcome: Outcome = "uncertain" if email and _reply_lost(lines) else "failed"
        return SendResult(shown, outcome, _scrub(_reason(lines), url))

    def _deliver(self, url: str, message: Message, message_id: str, *, email: bool) -> bool:
        apprise = _apprise()
        target = _with_header(url, MESSAGE_ID_HEADER, message_id) if email else url
        if email and message.list_unsubscribe:
            target = _with_list_unsubscribe(target, message.list_unsubscribe)
        asset = apprise.AppriseAsset(app_id=self._app_id, storage_mode="memory")
        plugin = self._plugins.get(target) or _instantiate(apprise, target, asset)
        if plugin is None:
            raise ValueError("not a usable apprise URL (unknown service or invalid syntax)")
        if not email:  # e-mail URLs carry the per-message id, nothing to reuse
            self._plugins[url] = plugin
        body_format = plugin.resolve_format(apprise.NotifyFormat.HTML)
        body = {
            apprise.NotifyFormat.HTML: message.html,
            apprise.NotifyFormat.MARKDOWN: message.markdown,
        }.get(body_format, message.text)
        notifier = apprise.Apprise(asset=asset)
        notifier.add(plugin)
        with tempfile.TemporaryDirectory(prefix="rvr-watch-") as folder:
            attach = None
            if message.attachments and plugin.attachment_support:
                attach = _attachments(apprise, message, Path(folder))
            result = notifier.notify(
                body=body,
                title=message.title,
                body_format=body_format,
                attach=attach,
                interpret_escapes=False,
            )
        return bool(result)


@functools.cache
def _apprise() -> ModuleType:
    with _quiet_imports():
        import apprise  # noqa: PLC0415 - lazy on purpose, see the module docstring
    return apprise


@contextlib.contextmanager
def _quiet_imports() -> Iterator[None]:
    # apprise's e-mail plugin imports the deprecated ``imghdr``; keep that out of
    # warnings (it is not ours to fix) without touching global filters.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


# Plugins built straight from their class: module under ``apprise.plugins``, class, and
# the schemes it serves (tests/test_send.py holds this to apprise's own declarations).
# apprise's registry imports all of its ~150 plugins, and the libraries they use, the
# first time it looks any URL up: ≈ 12 MB that a daemon would keep for ever, for the one
# or two services its subscribers use. Other URLs still go through the registry.
DIRECT_PLUGINS: dict[str, tuple[str, str]] = {
    scheme: (module, cls)
    for module, cls, schemes in [
        ("email", "NotifyEmail", ("mailto", "mailtos")),
        ("matrix", "NotifyMatrix", ("matrix", "matrixs")),
        ("custom_json", "NotifyJSON", ("json", "jsons")),
        ("custom_form", "NotifyForm", ("form", "forms")),
        ("custom_xml", "NotifyXML", ("xml", "xmls")),
        ("ntfy", "NotifyNtfy", ("ntfy", "ntfys")),
        ("gotify", "NotifyGotify", ("gotify", "gotifys")),
        ("telegram", "NotifyTelegram", ("tgram",)),
        ("slack", "NotifySlack", ("slack",)),
        ("discord", "NotifyDiscord", ("discord",)),
        ("mattermost", "NotifyMattermost", ("mmost", "mmosts")),
        ("rocketchat", "NotifyRocketChat", ("rocket", "rockets")),
        ("signal_api", "NotifySignalAPI", ("signal", "signals")),
    ]
    for scheme in schemes
}


def _instantiate(apprise: ModuleType, url: str, asset: Any) -> Any:
    """The apprise plugin for ``url``, or ``None`` if apprise cannot use the URL.

    What ``Apprise.instantiate`` does, minus the registry for the schemes in
    :data:`DIRECT_PLUGINS`; if such a class is not where it was (apprise changed), the
    registry is used after all.
    """
    entry = DIRECT_PLUGINS.get(_scheme(url))
    plugin_class = _direct_plugin_class(*entry) if entry else None
    if plugin_class is None:
        with _quiet_imports():  # the registry's first lookup imports every plugin
            return apprise.Apprise.instantiate(url, asset=asset)
    # apprise's own URL parsing protects a "/#" (a Matrix room alias) the same way.
    arguments = plugin_class.parse_url(url.replace("/#", "/%23"))
    if not arguments:
        return None
    arguments.update(tag=set(), asset=asset)
    try:
        plugin = plugin_class(**arguments)
    except Exception:  # as Apprise.instantiate: arguments a plugin refuses
        return None
    return plugin if plugin.enabled else None


@functools.cache
def _direct_plugin_class(module: str, name: str) -> Any:
    try:
        with _quiet_imports():
            loaded = importlib.import_module(f"apprise.plugins.{module}")
    except ImportError:
        return None
    return getattr(loaded, name, None)


def _attachments(apprise: ModuleType, message: Message, folder: Path) -> Any:
    # Files, not apprise's in-memory attachments: some plugins (Matrix) open the path.
    attach = apprise.AppriseAttachment()
    for number, item in enumerate(message.attachments):
        name = Path(item.filename).name or f"attachment-{number}"
        path = folder / str(number) / name
        path.parent.mkdir()
        path.write_bytes(item.content)
        attach.add(f"{path.as_uri()}?mime={quote(item.mime_type, safe='')}&name={quote(name)}")
    return attach


def _scheme(url: str) -> str:
    return url.partition(":")[0].strip().lower()


def _with_header(url: str, name: str, value: str) -> str:
    """``url`` with an apprise ``+Header=value`` argument (e-mail custom headers)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{quote('+' + name)}={quote(value, safe='')}"


def _with_list_unsubscribe(url: str, unsubscribe_url: str) -> str:
    """The one place the RFC 8058 one-click unsubscribe headers are added."""
    url = _with_header(url, "List-Unsubscribe", f"<{unsubscribe_url}>")
    return _with_header(url, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")


def _reason(lines: Sequence[str]) -> str:
    # The detail lines (SMTP replies, socket errors) are worth more than the summary.
    details = [line.split(":", 1)[1].strip() for line in lines if "Exception:" in line]
    warnings_ = [line for line in lines if "Exception:" not in line]
    reason = "; ".join(dict.fromkeys(warnings_[-3:] + details[-3:]))
    return reason[:_ERROR_MAX] or "the service reported a failure without a reason"


def _reply_lost(lines: Sequence[str]) -> bool:
    """E-mail: the SMTP session was up, then the connection was lost without a refusal."""
    in_transaction = any(_SMTP_STAGE_FAILED.search(line) for line in lines)
    return in_transaction and any(_LOST_REPLY.search(line) for line in lines)


def _scrub(text: str, url: str) -> str:
    """Remove the URL's secrets from an error text (exceptions may quote them, or pieces
    of the URL: a request path with a webhook token in it)."""
    text = text.replace(url, redact_url(url))
    for secret in url_secrets(url):
        if len(secret) >= 3:  # a one- or two-letter user name would mask half the text
            text = text.replace(secret, MASK)
    return text[:_ERROR_MAX]


# Where the records of the current send go. A context variable, not the thread: apprise
# runs a service with a deadline in a worker thread, submitted with a copy of our context.
_sink: contextvars.ContextVar[list[logging.LogRecord] | None] = contextvars.ContextVar(
    "rvr_watch_apprise_log_sink", default=None
)


class _SinkFilter(logging.Filter):
    """Moves records of a send into its sink; others pass if they were visible before."""

    def __init__(self, threshold: int) -> None:
        super().__init__()
        self.threshold = threshold

    def filter(self, record: logging.LogRecord) -> bool:
        sink = _sink.get()
        if sink is not None:
            sink.append(record)
            return False
        return record.levelno >= self.threshold


_capture_lock = threading.Lock()
_message_id_lock = threading.Lock()


@contextlib.contextmanager
def _email_patches(url: str, message_id: str) -> Iterator[None]:
    """Two narrow changes to apprise's e-mail plugin, for one send (serialised by a lock).

    * ``Message-ID``: apprise writes a random one after any custom headers (a second
      one would break RFC 5322), from the ``make_msgid`` it imported. Swapping that name
      gives every resend of an outbox row the same id, so mail clients collapse a
      duplicate from the crash window.
    * TLS context: apprise's SMTP controller builds a new ``ssl`` context for every
      connection, plain SMTP included, and loading the CA bundle costs ~20 ms each time.
      It adjusts the context only by the URL's own ``verify`` setting, so one context per
      URL, reused for that URL's sends, behaves the same and is 2–3× faster.

    If apprise stops using either name, the send still works as apprise does it;
    ``tests/test_send.py`` notices the id, ``bench/notify.py`` the speed.
    """
    _direct_plugin_class(*DIRECT_PLUGINS["mailto"])  # loads the e-mail plugin's modules
    patches: list[tuple[ModuleType, str, object]] = []
    base = sys.modules.get("apprise.plugins.email.base")
    if base is not None and hasattr(base, "make_msgid"):
        stable = message_id if message_id.startswith("<") else f"<{message_id}>"
        patches.append((base, "make_msgid", lambda *args, **kwargs: stable))
    smtp = sys.modules.get("apprise.plugins.email.smtp")
    if smtp is not None and getattr(smtp, "ssl", None) is ssl:
        patches.append((smtp, "ssl", _SSLForOneURL(url)))
    with _message_id_lock:
        originals = [(module, name, getattr(module, name)) for module, name, _ in patches]
        for module, name, value in patches:
            setattr(module, name, value)
        try:
            yield
        finally:
            for module, name, value in originals:
                setattr(module, name, value)


_tls_contexts: dict[str, ssl.SSLContext] = {}


class _SSLForOneURL:
    """The ``ssl`` module as apprise's SMTP code sees it during one URL's send."""

    def __init__(self, url: str) -> None:
        self._url = url

    def create_default_context(self) -> ssl.SSLContext:
        context = _tls_contexts.get(self._url)
        if context is None:
            context = _tls_contexts[self._url] = ssl.create_default_context()
        return context

    def __getattr__(self, name: str) -> Any:
        return getattr(ssl, name)


_capture_users = 0
_capture_filter: _SinkFilter | None = None
_saved_level = logging.NOTSET


@contextlib.contextmanager
def _captured_apprise_logs() -> Iterator[list[logging.LogRecord]]:
    """Apprise's log records (all levels) made for this send inside the block.

    apprise logs failure reasons (SMTP replies, socket errors) at DEBUG on its one
    ``apprise`` logger, and at times quotes the URL. The logger is lowered to DEBUG while
    any send runs; a logger filter takes the send's records out of the normal flow (the
    caller logs the redacted :class:`SendResult`) and keeps other records as they were.
    """
    global _capture_users, _capture_filter, _saved_level  # noqa: PLW0603 - one logger, one state
    log = logging.getLogger("apprise")
    with _capture_lock:
        if _capture_users == 0:
            _saved_level = log.level
            _capture_filter = _SinkFilter(log.getEffectiveLevel())
            log.addFilter(_capture_filter)
            log.setLevel(logging.DEBUG)
        _capture_users += 1
    records: list[logging.LogRecord] = []
    token = _sink.set(records)
    try:
        yield records
    finally:
        _sink.reset(token)
        with _capture_lock:
            _capture_users -= 1
            if _capture_users == 0:
                log.setLevel(_saved_level)
                if _capture_filter is not None:
                    log.removeFilter(_capture_filter)
                _capture_filter = None
