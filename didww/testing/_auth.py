"""Who may call: the ``Api-Key`` header, or a bearer token, as the API version served says.

The version's ``ApiInfo.auth`` picks the scheme (:func:`authenticator`):

- ``api_key``: every non-public request carries the simulator's key in ``Api-Key``;
- ``bearer``: every non-public request carries ``Authorization: Bearer <token>`` with a token the
  simulator issued (:mod:`._tokens`), still valid, minted for the version served; a ``read`` token
  may only GET (and HEAD). The export download also takes the ``Api-Key`` instead.

Refusals follow the API's OpenAPI document for bearer versions: a request without a bearer token
gets 401 with no body; a refused token gets 401 with an error document (``code`` ``"401"``, the
reason in ``title``) and a ``WWW-Authenticate: Bearer error="invalid_token"`` challenge; a write
with a read token gets 403 (``code`` ``"403"``) and ``error="insufficient_scope"``.
"""

from __future__ import annotations

from typing import Protocol

from didww.testing import _errors as err
from didww.testing._http import SimRequest
from didww.testing._tokens import Claims, TokenIssuer, TokenRefused

__all__ = ["ApiKeyAuth", "Authenticator", "BearerAuth", "authenticator"]

REALM = "DIDWW API"
READ_METHODS = frozenset({"GET", "HEAD"})
"""What a ``read`` token may do."""


class Authenticator(Protocol):
    """Decides whether a request may be served; raises an error answer when not."""

    def check(self, request: SimRequest, *, public: bool, download: bool, now: float) -> None:
        """``public``: the resource needs no credentials; ``download``: the request fetches a
        file (an export) rather than a resource; ``now``: the simulator's clock."""


class ApiKeyAuth:
    """``Api-Key: <key>`` on every request but the public ones."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def check(self, request: SimRequest, *, public: bool, download: bool, now: float) -> None:
        if public:
            return
        key = request.headers.get("Api-Key")
        if not key:
            raise err.unauthorized("The Api-Key header is missing.")
        if key != self._api_key:
            raise err.unauthorized("The Api-Key is not valid.")

    def __repr__(self) -> str:
        return "<ApiKeyAuth>"


def _challenge(**params: str) -> dict[str, str]:
    # Values are our own fixed texts: no quote or backslash to escape.
    rendered = ", ".join([f'realm="{REALM}"', *(f'{k}="{v}"' for k, v in params.items())])
    return {"WWW-Authenticate": f"Bearer {rendered}"}


def _bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (the scheme in any case)."""
    scheme, _, token = (header or "").strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


class BearerAuth:
    """Bearer tokens minted by :class:`TokenIssuer` for one API version."""

    def __init__(self, api_key: str, tokens: TokenIssuer, api_version: str) -> None:
        self._api_key = api_key
        self._tokens = tokens
        self._api_version = api_version

    def check(self, request: SimRequest, *, public: bool, download: bool, now: float) -> None:
        if public:
            return
        if download and request.headers.get("Api-Key") == self._api_key:
            return
        token = _bearer_token(request.headers.get("Authorization"))
        if token is None:
            # As documented: no credential, no explanation (RFC 6750 3.1), only the challenge.
            raise err.SimError(401, [], _challenge(), body=False)
        claims = self._claims(token, now)
        if claims.scope != "write" and request.method.upper() not in READ_METHODS:
            detail = (
                f"The token has the {claims.scope} scope, which allows reading only; "
                f"{request.method} needs a token with the write scope."
            )
            exc = err.error(403, "Insufficient scope", detail, "403")
            exc.headers.update(
                _challenge(
                    error="insufficient_scope",
                    error_description="the token may only read",
                    scope="write",
                )
            )
            raise exc

    def _claims(self, token: str, now: float) -> Claims:
        try:
            claims = self._tokens.verify(token, now=now)
        except TokenRefused as refused:
            title = "Token expired" if refused.expired else "Invalid token"
            raise self._refused(title, refused.reason, refused.reason) from None
        if claims.api_version != self._api_version:
            # The token's api_version selects the version; a simulator serves one only, so a
            # token for another is refused as one for another environment would be.
            raise self._refused(
                "Token for another API version",
                f"the token was minted for API version {claims.api_version!r}, and this "
                f"simulator serves {self._api_version} only (a Simulator serves one version)",
                "the token was minted for another API version",
            )
        return claims

    def _refused(self, title: str, detail: str, description: str) -> err.SimError:
        # `description` goes into a header: always one of our fixed texts, never a claim value.
        exc = err.error(401, title, f"The bearer token was refused: {detail}.", "401")
        exc.headers.update(_challenge(error="invalid_token", error_description=description))
        return exc

    def __repr__(self) -> str:
        return f"<BearerAuth for {self._api_version}>"


def authenticator(
    scheme: str, *, api_key: str, tokens: TokenIssuer, api_version: str
) -> Authenticator:
    """The authenticator of an API version whose ``ApiInfo.auth`` is ``scheme``."""
    if scheme == "bearer":
        return BearerAuth(api_key, tokens, api_version)
    if scheme == "api_key":
        return ApiKeyAuth(api_key)
    raise ValueError(f"the simulator cannot authenticate requests by {scheme!r}")
