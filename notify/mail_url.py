"""``mailto://`` and ``mailtos://`` URLs: parsed and checked without any other library.

The syntax is apprise's (so existing configurations keep working), read by our own
parser because rvr-watch sends e-mail itself (:mod:`notify.email`)::

    mailtos://USER:PASSWORD@smtp.example.org:587?to=team@example.org&from=rvr@example.org

* scheme: ``mailto`` = no TLS unless ``mode`` says otherwise; ``mailtos`` = TLS
  (``mode=starttls``, the default, or ``mode=ssl`` for implicit TLS).
* host, port: the SMTP server (``smtp=`` overrides the host, as in apprise, when the
  host part names the mail domain). Default port: 25 (``insecure``), 587
  (``starttls``), 465 (``ssl``).
* user, password: SMTP AUTH (percent-encode ``@ : / ? #`` in them); ``user=`` and
  ``pass=`` may be given as parameters instead.
* ``from=``: the sender, ``addr`` or ``Name <addr>``; without it ``USER@host`` (or
  ``USER`` if it is an address). ``name=``: the sender's display name.
* ``to=``: recipients (comma-separated, or path segments ``/a@x.org/b@y.org``); without
  any, the sender itself. ``cc=``, ``bcc=``: more recipients. ``reply=``: Reply-To.
* ``mode=``: ``starttls``, ``ssl`` or ``insecure``. ``verify=no``: accept any TLS
  certificate (a self-signed one inside a trusted network). ``timeout=``: seconds to
  wait for the server at each step (default 30).
* ``format=`` is accepted and ignored (every e-mail has a text and an HTML part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

Mode = Literal["starttls", "ssl", "insecure"]
EMAIL_SCHEMES = frozenset({"mailto", "mailtos"})
DEFAULT_PORTS: dict[Mode, int] = {"insecure": 25, "starttls": 587, "ssl": 465}
DEFAULT_TIMEOUT_S = 30.0
PARAMETERS = frozenset(
    {"to", "from", "cc", "bcc", "name", "reply", "mode", "smtp", "verify", "timeout",
     "user", "pass", "format"}
)  # fmt: skip
# local@host: a host name of one or more labels (an intranet relay may be "mailhost").
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"^[^@\s<>(),;:\"\[\]\\]+@{_LABEL}(?:\.{_LABEL})*$")
_SPLIT = re.compile(r"[\s,;]+")
_TRUE = {"yes", "true", "1", "on"}
_FALSE = {"no", "false", "0", "off"}


class EmailURLError(ValueError):
    """A ``mailto://`` URL that cannot be used; the message names no secret."""


@dataclass(frozen=True, slots=True)
class EmailURL:
    """Everything needed to send one e-mail, from a ``mailto(s)://`` URL."""

    host: str
    port: int
    mode: Mode
    user: str | None
    password: str | None
    sender: Address
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    reply_to: str | None
    verify: bool
    timeout_s: float

    @property
    def recipients(self) -> tuple[str, ...]:
        """Every envelope recipient (To, Cc and Bcc), each once."""
        return tuple(dict.fromkeys(self.to + self.cc + self.bcc))


def parse_email_url(url: str) -> EmailURL:
    """Read a ``mailto://``/``mailtos://`` URL; :class:`EmailURLError` says what is wrong."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise EmailURLError(f"not a valid e-mail URL ({_reason(exc)})") from None
    scheme = parts.scheme.lower()
    if scheme not in EMAIL_SCHEMES:
        raise EmailURLError("an e-mail URL starts with mailto:// or mailtos://")
    if "#" in url:
        # An unencoded '#' (in a password, say) cuts the URL short: never guess.
        raise EmailURLError(f"{scheme}:// URL has a '#': percent-encode it as %23")
    try:
        port_number = parts.port
    except ValueError as exc:
        raise EmailURLError(f"not a valid e-mail URL ({_reason(exc)})") from None
    query = _query(parts.query)
    unknown = sorted(set(query) - PARAMETERS)
    if unknown:
        known = ", ".join(sorted(PARAMETERS))
        raise EmailURLError(f"{scheme}:// does not know {', '.join(unknown)}= (known: {known})")
    mode = _mode(scheme, query.get("mode"))
    user = query.get("user") or (unquote(parts.username) if parts.username else None)
    password = query.get("pass") or (unquote(parts.password) if parts.password else None)
    host = query.get("smtp") or parts.hostname or ""
    if not host:
        raise EmailURLError(f"{scheme}:// needs the SMTP server's host name")
    sender = _sender(query.get("from"), query.get("name"), user, parts.hostname or host)
    path_to = [unquote(p) for p in parts.path.split("/") if p]
    to = _addresses("to", [*path_to, *_SPLIT.split(query.get("to", ""))])
    return EmailURL(
        host=host,
        port=port_number or DEFAULT_PORTS[mode],
        mode=mode,
        user=user,
        password=password,
        sender=sender,
        to=to or (sender.addr_spec,),
        cc=_addresses("cc", _SPLIT.split(query.get("cc", ""))),
        bcc=_addresses("bcc", _SPLIT.split(query.get("bcc", ""))),
        reply_to=_one_address("reply", query.get("reply")),
        verify=_flag("verify", query.get("verify", "yes")),
        timeout_s=_timeout(query.get("timeout")),
    )


def _query(query: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        name = key.lower()
        repeated = name in ("to", "cc", "bcc") and name in values
        values[name] = f"{values[name]},{value}" if repeated else value
    return values


def _mode(scheme: str, given: str | None) -> Mode:
    if given is None:
        return "starttls" if scheme == "mailtos" else "insecure"
    for mode in DEFAULT_PORTS:
        if given.lower() == mode:
            return mode
    raise EmailURLError(f"mode={given!r} is not one of starttls, ssl, insecure")


def _sender(given: str | None, name: str | None, user: str | None, host: str) -> Address:
    if given:
        display, addr = parseaddr(given)
        if not _ADDRESS.match(addr):
            raise EmailURLError("from= is not an e-mail address")
    elif user and _ADDRESS.match(user):
        display, addr = "", user
    elif user and _ADDRESS.match(f"{user}@{host}"):
        display, addr = "", f"{user}@{host}"
    else:
        raise EmailURLError("mailto:// needs from= or a user@host to send from")
    local, _, domain = addr.rpartition("@")
    return Address(display_name=_one_line(name or display), username=local, domain=domain)


def _addresses(key: str, values: list[str]) -> tuple[str, ...]:
    found = []
    for value in values:
        if not value:
            continue
        addr = parseaddr(value)[1]
        if not _ADDRESS.match(addr):
            raise EmailURLError(f"{key}= holds something that is not an e-mail address")
        found.append(addr)
    return tuple(dict.fromkeys(found))


def _one_address(key: str, value: str | None) -> str | None:
    addresses = _addresses(key, [value] if value else [])
    return addresses[0] if addresses else None


def _flag(key: str, value: str) -> bool:
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise EmailURLError(f"{key}= must be yes or no")


def _timeout(value: str | None) -> float:
    if value is None:
        return DEFAULT_TIMEOUT_S
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 600:
        raise EmailURLError("timeout= must be a number of seconds between 0 and 600")
    return seconds


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _reason(exc: ValueError) -> str:
    # urllib's messages never quote the URL, but a port error might show the password
    # if the userinfo was misread; keep only the generic part.
    text = str(exc)
    return "bad port" if "port" in text.lower() else "syntax"
