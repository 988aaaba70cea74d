"""Hide the secrets in notification URLs, so they can be logged and shown.

Dependency-free on purpose: ``status``, the logs and the database import this without
paying for apprise. The scheme, host and port stay readable, and so do harmless query
arguments (``to=``, ``from=``, ``mode=``); user names, passwords, secret-looking query
values, header arguments (``+Name=value``) and token-like path segments become ``***``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MASK = "***"

# Query keys whose values are secrets in apprise URLs (pass=, token=, apikey=, ...).
_SECRET_KEY = re.compile(
    r"pass|pwd|secret|token|key|auth|sig|session|cred|webhook|access|bearer|code|user|login",
    re.IGNORECASE,
)
# A path segment that looks like a token: long enough, and made of token characters
# with at least one digit (bot tokens, webhook ids, API keys).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
_TOKEN_SEGMENT = re.compile(r"^(?=.*\d)[A-Za-z0-9_\-=.:~+]{8,}$")


def redact_url(url: str) -> str:
    """Return ``url`` with its secrets replaced by ``***``.

    Keeps the scheme, host and port; hides the user and password, the values of
    secret-looking query arguments and of header arguments, and path segments (or a
    "host" such as ``tgram://BOTTOKEN/``) that look like tokens. Something that is not a
    URL at all is hidden entirely.
    """
    return _redact(url, [])


def url_secrets(url: str) -> list[str]:
    """The parts of ``url`` that :func:`redact_url` hides, longest first, also unquoted.

    For scrubbing texts that quote pieces of a URL (an error naming just its path, with
    a webhook token in it). Something that is not a URL at all is one secret.
    """
    found: list[str] = []
    if _redact(url, found) == MASK:
        found.append(url.strip())
    variants = {part for secret in found for part in (secret, unquote(secret)) if part}
    return sorted(variants, key=len, reverse=True)


def _redact(url: str, found: list[str]) -> str:
    """:func:`redact_url`, adding each hidden part to ``found``."""
    scheme, sep, rest = url.strip().partition("://")
    if not sep or not _SCHEME.match(scheme):
        return MASK
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    out = f"{scheme}://{_netloc(netloc, found)}{slash}"
    out += "/".join(_segment(segment, found) for segment in path.split("/")) if path else ""
    if query:
        out += f"?{_query(query, found)}"
    if fragment:
        # apprise URLs like matrix://host/#room?mode=matrix keep their arguments after '#'.
        room, has_query, fragment_query = fragment.partition("?")
        out += f"#{room}" + (f"?{_query(fragment_query, found)}" if has_query else "")
    return out


def _netloc(netloc: str, found: list[str]) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):  # IPv6 literal
        shown = hostport
    else:
        host, colon, port = hostport.partition(":")
        # A "host" without a dot that looks like a token (tgram://BOTID:TOKEN/...) is one.
        token = "." not in host and (
            bool(_TOKEN_SEGMENT.match(host)) or bool(colon and not port.isdigit())
        )
        shown = MASK if token else hostport
        if token:
            found += [hostport, host, port]
    if not at:
        return shown
    found += [userinfo, *userinfo.split(":", 1)]
    return f"{MASK}:{MASK}@{shown}" if ":" in userinfo else f"{MASK}@{shown}"


def _segment(segment: str, found: list[str]) -> str:
    if _TOKEN_SEGMENT.match(segment):
        found.append(segment)
        return MASK
    return segment


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
