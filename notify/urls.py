"""Is a subscriber's notification URL usable? Checked when the configuration is loaded.

Cheap on purpose (``check`` of an unchanged page must stay fast): e-mail URLs are parsed
by our own parser (:mod:`notify.mail_url`), other schemes are looked up in a copy of
apprise's scheme table (:mod:`notify.schemes`); apprise itself is not imported. A
service's own rules (a token's length, say) are checked when a message is sent.
"""

from __future__ import annotations

import re

from notify.mail_url import EMAIL_SCHEMES, EmailURLError, parse_email_url
from notify.schemes import APPRISE_SCHEMES

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", re.DOTALL)
# apprise recognises some services by their own web URLs (a Discord webhook URL, say).
_NATIVE = frozenset({"http", "https"})


def check_url(url: str) -> str | None:
    """``None`` if ``url`` can be used, else a one-line problem that names no secret."""
    match = _SCHEME.match(url.strip())
    if match is None:
        return "not a notification URL (expected scheme://…, e.g. mailtos:// or matrixs://)"
    scheme, rest = match.group(1).lower(), match.group(2)
    if any(char in url for char in "\r\n\t"):
        return f"{scheme}:// URL contains a line break or tab"
    if scheme in EMAIL_SCHEMES:
        try:
            parse_email_url(url)
        except EmailURLError as exc:
            return str(exc)
        return None
    if scheme not in APPRISE_SCHEMES and scheme not in _NATIVE:
        return f"unknown notification service {scheme}:// (see apprise's list of services)"
    if not rest.strip("/"):
        return f"{scheme}:// URL has nothing after the scheme"
    return None
