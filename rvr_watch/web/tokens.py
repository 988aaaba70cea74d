"""Signed tokens of the website (pure): unsubscribe links and form (CSRF) tokens.

Both are HMAC-SHA256 under the site key (``storage.web_subscribers.site_key``), so
nothing but that key is stored for them. Confirmation tokens are different: random,
single use, stored only as a hash (``storage.web_subscribers``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

FORM_TOKEN_MAX_AGE_S = 2 * 3600


def _sign(key: bytes, text: str) -> str:
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def unsubscribe_token(key: bytes, subscriber_id: int, email: str) -> str:
    """The token in a subscriber's unsubscribe link; only this key makes it."""
    return _sign(key, f"unsubscribe:{subscriber_id}:{email.strip().lower()}")


def check_unsubscribe_token(key: bytes, subscriber_id: int, email: str, token: str) -> bool:
    """Whether ``token`` is the subscriber's unsubscribe token (constant-time compare)."""
    return hmac.compare_digest(unsubscribe_token(key, subscriber_id, email), token)


def new_nonce() -> str:
    """A random value for the form cookie."""
    return secrets.token_urlsafe(24)


def form_token(key: bytes, nonce: str, now_s: int) -> str:
    """The hidden form field that goes with the cookie ``nonce`` (double submit, signed)."""
    return f"{now_s}.{_sign(key, f'form:{nonce}:{now_s}')}"


def check_form_token(key: bytes, nonce: str | None, token: str | None, now_s: int) -> bool:
    """Whether a posted form carries a fresh token made for its cookie's nonce."""
    if not nonce or not token or "." not in token:
        return False
    issued, _, _signature = token.partition(".")
    if not issued.isdigit() or not 0 <= now_s - int(issued) <= FORM_TOKEN_MAX_AGE_S:
        return False
    return hmac.compare_digest(form_token(key, nonce, int(issued)), token)
