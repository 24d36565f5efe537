"""Validation of DIDWW callback requests (order, export and verification status callbacks).

DIDWW signs each callback with HMAC-SHA1 under the callback secret of the account. The signed text
is the normalised callback URL followed by every payload key and value, keys in sorted order.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import urlsplit

__all__ = ["SIGNATURE_HEADER", "RequestValidator", "normalize_url"]

SIGNATURE_HEADER = "X-DIDWW-Signature"
"""The request header that carries the signature."""

_DEFAULT_PORTS = {"https": 443}


def normalize_url(url: str) -> str:
    """Rebuild a URL the way DIDWW signs it: ``scheme://[userinfo@]host:port/path[?query][#frag]``.

    The port is always written (443 for https, 80 otherwise, when the URL has none); the path, query
    and fragment are kept exactly as they were percent-encoded.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    userinfo = parts.netloc.rpartition("@")[0]
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port if parts.port is not None else _DEFAULT_PORTS.get(scheme, 80)
    text = f"{scheme}://{userinfo + '@' if userinfo else ''}{host}:{port}{parts.path}"
    if parts.query:
        text += f"?{parts.query}"
    if parts.fragment:
        text += f"#{parts.fragment}"
    return text


class RequestValidator:
    """Checks the ``X-DIDWW-Signature`` of a callback request."""

    __slots__ = ("_secret",)

    def __init__(self, callback_secret: str) -> None:
        self._secret = callback_secret.encode("utf-8")

    def signature(self, url: str, payload: Mapping[str, object]) -> str:
        """The lowercase hex signature DIDWW sends for this URL and payload."""
        text = normalize_url(url) + "".join(
            f"{key}{_value(payload[key])}" for key in sorted(payload)
        )
        return hmac.new(self._secret, text.encode("utf-8"), hashlib.sha1).hexdigest()

    def validate(self, url: str, payload: Mapping[str, object], signature: str | None) -> bool:
        """Whether ``signature`` is right; a missing or malformed one is False, never an error."""
        if not isinstance(signature, str) or not signature:
            return False
        try:
            expected = self.signature(url, payload)
        except (TypeError, ValueError, AttributeError):
            return False
        return hmac.compare_digest(expected.encode("ascii"), signature.strip().lower().encode())

    def __repr__(self) -> str:
        return "RequestValidator(callback_secret='[FILTERED]')"


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
