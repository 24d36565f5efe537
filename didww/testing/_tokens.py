"""Bearer tokens the simulator mints for tests and checks on every request.

A token is a JWT as DIDWW's token service issues them: a base64url JSON header and payload and a
signature, joined by dots. The simulator signs with HMAC-SHA256 (``HS256``) under a secret of its
own, made fresh for every simulator, so a token is accepted only by the simulator that issued it
and a changed claim breaks the signature. The payload carries what the API reads from a token:

- ``exp``: when it stops being accepted (POSIX seconds, on the simulator's clock); ``iat`` too;
- ``scope``: ``read`` (GET and HEAD only) or ``write`` (everything);
- ``api_version``: the API version it selects;
- ``aud``: the services that accept it (``api.didww.com``).

Nothing here raises anything but :class:`TokenRefused` for a bad token, whatever its bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import secrets
import threading
from dataclasses import dataclass
from typing import Any, Literal, get_args

from didww._types import finite_float

__all__ = ["AUDIENCE", "SCOPES", "Claims", "Scope", "TokenIssuer", "TokenRefused"]

Scope = Literal["read", "write"]
"""``read``: only GET and HEAD are allowed; ``write``: every method."""
SCOPES: tuple[str, ...] = get_args(Scope)
AUDIENCE = "api.didww.com"
"""The ``aud`` of the API's own operations, in every environment."""
ISSUER = "didww-simulator"
_HEADER = {"alg": "HS256", "typ": "JWT"}


class TokenRefused(Exception):
    """A token that is not accepted; the message says why, never the token."""

    def __init__(self, reason: str, *, expired: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.expired = expired


@dataclass(frozen=True)
class Claims:
    """What a token that passed its checks says."""

    scope: str
    api_version: str
    expires: float


def _encode(value: dict[str, Any]) -> str:
    raw = json.dumps(value, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(part: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        raise TokenRefused("the token is not base64url") from None


def _json_object(part: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(_decode(part))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise TokenRefused(f"the token's {what} is not JSON") from None
    if not isinstance(value, dict):
        raise TokenRefused(f"the token's {what} is not a JSON object")
    return value


def _number(value: object) -> float | None:
    return finite_float(value)


class TokenIssuer:
    """Mints and verifies the tokens of one simulator."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._issued = 0

    def _sign(self, signing_input: bytes) -> bytes:
        return hmac.new(self._secret, signing_input, hashlib.sha256).digest()

    def issue(self, *, now: float, scope: str, expires_in: float, api_version: str) -> str:
        """A signed token valid from ``now`` for ``expires_in`` seconds."""
        with self._lock:
            self._issued += 1
            serial = self._issued
        claims = {
            "iss": ISSUER,
            "aud": [AUDIENCE],
            "scope": scope,
            "api_version": api_version,
            "iat": math.floor(now),
            "exp": math.floor(now + expires_in),
            # Two tokens minted in the same second still differ, so a client can tell that a
            # refresh gave it a new one.
            "jti": f"sim-{serial}",
        }
        signing_input = f"{_encode(_HEADER)}.{_encode(claims)}"
        signature = self._sign(signing_input.encode("ascii"))
        return f"{signing_input}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"

    def verify(self, token: str, *, now: float) -> Claims:
        """The claims of a token this issuer signed that is still valid at ``now``; raises
        :class:`TokenRefused` otherwise."""
        parts = token.split(".")
        if len(parts) != 3 or not all(parts):
            raise TokenRefused("the token is not a JWT (header.payload.signature)")
        header, payload, signature = parts
        try:
            signing_input = f"{header}.{payload}".encode("ascii")
        except UnicodeEncodeError:
            raise TokenRefused("the token is not base64url") from None
        # The signature first: nothing a forger wrote is read before it is known to be ours.
        if not hmac.compare_digest(_decode(signature), self._sign(signing_input)):
            raise TokenRefused("the token's signature does not verify")
        if _json_object(header, "header").get("alg") != _HEADER["alg"]:
            raise TokenRefused("the token is not signed with HS256")
        claims = _json_object(payload, "payload")
        expires = _number(claims.get("exp"))
        if expires is None:
            raise TokenRefused("the token has no exp claim")
        if now >= expires:
            raise TokenRefused("the token has expired", expired=True)
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if AUDIENCE not in audiences:
            raise TokenRefused(f"the token's audience does not include {AUDIENCE}")
        scope, version = claims.get("scope"), claims.get("api_version")
        if scope not in SCOPES:
            raise TokenRefused("the token has no scope the API knows (read or write)")
        if not isinstance(version, str):
            raise TokenRefused("the token has no api_version claim")
        return Claims(str(scope), version, expires)

    def __repr__(self) -> str:
        return "<TokenIssuer>"
