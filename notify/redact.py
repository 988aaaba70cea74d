"""The one place that hides secrets: notification URLs, database URLs and log text.

Dependency-free on purpose: ``status``, the logs and the config loader import this
without paying for apprise. A URL is redacted from its *structure*, with a table of
where each service keeps its secrets (:data:`SERVICES`):

- the userinfo: a password always; the user name too (in ``matrix://TOKEN@host`` or
  ``pover://USER@TOKEN`` the user slot is a key, and one rule for all is easier to trust);
- per service, the "host" and path segments that are tokens (``tgram://BOT:TOKEN/``,
  ``slack://A/B/C``, ``gotify://host/TOKEN``, ``discord://ID/TOKEN``);
- for every other scheme, path segments that look like tokens, with or without digits
  (:func:`_looks_like_token`);
- secret query values (``pass=``, ``token=``, ``apikey=``, ...) and header arguments
  (``+Authorization=...``).

A password with an unencoded ``#``, ``/`` or ``?`` (``mailto://u:pa#SECRET@host``) would
end the authority early in a standard parser, leaving the rest of the password in the
"fragment" or "path". The authority is found here as apprise finds it (up to the ``@``
before the host), so the whole password is hidden; the config loader refuses such URLs
anyway (:func:`unencoded_in_password`), naming the character, never the password.

Public functions: :func:`redact_url`, :func:`url_secrets` and :func:`scrub` (for error
texts that quote pieces of a URL), :func:`redact_text` (log lines: every URL in them,
plus ``password=...``-style arguments outside URLs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

MASK = "***"


@dataclass(frozen=True)
class ServiceSecrets:
    """Where one service keeps secrets besides the userinfo and secret query values.

    ``host``: the host slot is a token. ``path``: which path segments are tokens —
    ``"all"``, ``"last"`` (the final segment), or ``"tokens"`` (those that look like one).
    """

    host: bool = False
    path: str = "tokens"


_DEFAULT = ServiceSecrets()
_WEBHOOK = ServiceSecrets(path="tokens")
_TOKEN_PATH = ServiceSecrets(path="last")
_ALL_TOKENS = ServiceSecrets(host=True, path="all")
_VISIBLE_PATH = ServiceSecrets(path="none")

# apprise schemes (both the plain and the TLS form) and their secret positions.
SERVICES: dict[str, ServiceSecrets] = {
    **dict.fromkeys(("mailto", "mailtos"), _VISIBLE_PATH),
    **dict.fromkeys(("matrix", "matrixs"), _VISIBLE_PATH),  # the path is a room
    **dict.fromkeys(("json", "jsons", "form", "forms", "xml", "xmls"), _WEBHOOK),
    **dict.fromkeys(("ntfy", "ntfys"), ServiceSecrets(path="all")),  # a topic is a password
    **dict.fromkeys(("gotify", "gotifys"), _TOKEN_PATH),
    **dict.fromkeys(("mmost", "mmosts"), _TOKEN_PATH),
    **dict.fromkeys(("apprise", "apprises"), _TOKEN_PATH),
    **dict.fromkeys(("rocket", "rockets"), _VISIBLE_PATH),  # rooms; secrets in userinfo
    **dict.fromkeys(("signal", "signals"), _VISIBLE_PATH),  # phone numbers, no keys
    "tgram": ServiceSecrets(host=True, path="none"),  # BOTID:TOKEN; the path is chat ids
    "slack": _ALL_TOKENS,
    "discord": _ALL_TOKENS,
    "msteams": _ALL_TOKENS,
    "pbul": _ALL_TOKENS,
    "pover": _ALL_TOKENS,
    **dict.fromkeys(("http", "https"), _WEBHOOK),
}

# Query keys whose values are secrets in apprise and database URLs (pass=, token=, ...).
_SECRET_KEY = re.compile(
    r"pass|pwd|secret|token|key|auth|sig|session|cred|webhook|access|bearer|code|user|login",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-=.:~+%]{8,}")
_LONG_RUN = re.compile(r"[A-Za-z0-9]{16,}")
_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]*)(?::\d*)?")
# A URL inside free text, without the punctuation that ends a sentence around it.
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+?(?=[;,.)\]'\"<>]*(?:\s|$))")
_SECRET_ARG = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?P<name>password|pass|token|key|secret|access_token)="
    r"(?P<value>[^&\s'\"#;,]+)"
)


def redact_url(url: str) -> str:
    """``url`` with its secrets replaced by ``***``; something that is no URL at all is
    hidden entirely. Scheme, host, port and harmless query arguments stay readable."""
    return _redact(url, [])


def url_secrets(url: str) -> list[str]:
    """The parts of ``url`` that :func:`redact_url` hides, longest first, also unquoted.

    For :func:`scrub`: texts that quote pieces of a URL (an error naming just its path,
    with a webhook token in it). Something that is not a URL at all is one secret.
    """
    found: list[str] = []
    if _redact(url, found) == MASK:
        found.append(url.strip())
    variants = {part for secret in found for part in (secret, unquote(secret)) if part}
    return sorted(variants, key=len, reverse=True)


def scrub(text: str, secrets: list[str]) -> str:
    """``text`` with every one of ``secrets`` (from :func:`url_secrets`) replaced by ``***``.

    Secrets shorter than three characters are left: a one-letter user name would mask
    half the text, and says nothing on its own.
    """
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 3:
            text = text.replace(secret, MASK)
    return text


def redact_text(text: str) -> str:
    """A log line or message with every URL in it redacted, and ``password=``-style
    arguments outside URLs hidden."""
    text = _URL_IN_TEXT.sub(lambda m: redact_url(m[0]), text)
    return _SECRET_ARG.sub(lambda m: f"{m['name']}={MASK}", text)


def unencoded_in_password(url: str) -> str | None:
    """The character (``#``, ``/`` or ``?``) that a URL's password holds unencoded, if any.

    Such a URL means something else to every URL parser; the config loader refuses it
    with this character and its percent-encoding, and never the password itself.
    """
    _, sep, rest = url.strip().partition("://")
    if not sep:
        return None
    authority, userinfo, _ = _authority(rest)
    if userinfo is None or len(authority) <= len(userinfo) + 1:
        return None
    standard_end = re.search(r"[/?#]", rest)
    if standard_end is None or standard_end.start() >= len(userinfo):
        return None
    return rest[standard_end.start()]


def _authority(rest: str) -> tuple[str, str | None, str]:
    """Split what follows ``://`` into (authority, its userinfo or None, the host:port).

    The authority normally ends at the first ``/``, ``?`` or ``#``. When that part has no
    ``@`` but has ``user:pa`` and an ``@`` followed by a host comes later, the password
    held an unencoded ``/?#``; the authority then runs to that ``@``'s host.
    (``user:8080/...`` is a host and port: a password of digits followed by an unencoded
    delimiter cannot be told apart from one; the docs say to percent-encode passwords.)
    """
    end = re.search(r"[/?#]", rest)
    head = rest[: end.start()] if end else rest
    if "@" not in head and end is not None:
        _, colon, after = head.partition(":")
        if colon and not after.isdigit():
            for sign in re.finditer("@", rest):
                host = _HOST.match(rest, sign.end())
                stop = host.end() if host else sign.end()
                if host and host[0] and (stop == len(rest) or rest[stop] in "/?#"):
                    return rest[:stop], rest[: sign.start()], rest[sign.end() : stop]
    userinfo, at, hostport = head.rpartition("@")
    return head, (userinfo if at else None), hostport


def _redact(url: str, found: list[str]) -> str:
    """:func:`redact_url`, adding each hidden part to ``found``."""
    scheme, sep, rest = url.strip().partition("://")
    if not sep or not _SCHEME.fullmatch(scheme):
        return MASK
    service = SERVICES.get(scheme.lower(), _DEFAULT)
    authority, userinfo, hostport = _authority(rest)
    rest = rest[len(authority) :]
    rest, _, fragment = rest.partition("#")
    path, _, query = rest.partition("?")
    out = f"{scheme}://{_userinfo(userinfo, found)}{_hostport(hostport, service, found)}"
    if path:
        segments = path.split("/")
        last = max((i for i, s in enumerate(segments) if s), default=-1)
        out += "/".join(
            _segment(s, found, secret=_path_secret(service, s, i == last))
            for i, s in enumerate(segments)
        )
    if query:
        out += f"?{_query(query, found)}"
    if fragment or url.rstrip().endswith("#"):
        # apprise URLs like matrix://host/#room?mode=matrix keep arguments after the '#'.
        room, has_query, fragment_query = fragment.partition("?")
        out += f"#{room}" + (f"?{_query(fragment_query, found)}" if has_query else "")
    return out


def _userinfo(userinfo: str | None, found: list[str]) -> str:
    if userinfo is None:
        return ""
    found += [userinfo, *userinfo.split(":", 1)]
    return f"{MASK}:{MASK}@" if ":" in userinfo else f"{MASK}@"


def _hostport(hostport: str, service: ServiceSecrets, found: list[str]) -> str:
    if hostport.startswith("["):  # an IPv6 literal
        return hostport
    host, colon, port = hostport.partition(":")
    # A "host" that is a token: by the service's table, or by its look
    # (tgram://BOTID:TOKEN, a host without a dot that is a long token).
    token = service.host or (
        "." not in host and (_looks_like_token(host) or bool(colon and not port.isdigit()))
    )
    if token and hostport:
        found += [hostport, host, port]
        return MASK
    return hostport


def _path_secret(service: ServiceSecrets, segment: str, is_last: bool) -> bool | None:
    """True/False when the service decides; None to judge the segment by its look."""
    if not segment:
        return False
    if service.path == "all":
        return True
    if service.path == "none":
        return False
    if service.path == "last" and is_last:
        return True
    return None


def _segment(segment: str, found: list[str], *, secret: bool | None = None) -> str:
    if secret is None:
        secret = _looks_like_token(segment)
    if secret:
        found.append(segment)
        return MASK
    return segment


def _looks_like_token(text: str) -> bool:
    """A key, token or webhook id rather than words: 8+ token characters with a run of
    16+ letters and digits, a capital inside a word (``AbCdEfGhIj``), or a word of 8+
    that mixes letters and digits. Slugs (``fachkraefte-reihe``, ``bildung-wissenschaft-1``,
    ``Fachkraefte-Reihe``) are not tokens; tokens without digits are."""
    if not _TOKEN_CHARS.fullmatch(text):
        return False
    if _LONG_RUN.search(text):
        return True
    for word in re.split(r"[-_.~:=+%]", text):
        if any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
            return True
        if len(word) >= 8 and any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
            return True
    return False


def _query(query: str, found: list[str]) -> str:
    pairs = []
    for pair in query.split("&"):
        key, has_value, value = pair.partition("=")
        name = unquote(key)
        secret = name.startswith(("+", "-")) or bool(_SECRET_KEY.search(name))
        if secret and value:
            found.append(value)
            shown = MASK
        else:
            shown = _segment(value, found)
        pairs.append(f"{key}={shown}" if has_value else key)
    return "&".join(pairs)
