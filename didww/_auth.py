"""How requests prove who sends them: an API key, or a short-lived bearer token.

API versions from 2026-10-22 take ``Authorization: Bearer <token>``: a JWT that DIDWW's token
service mints from an API key. DIDWW has not documented that service's request and response, so
the SDK does not call it: the caller gives a token, or a ``token_provider`` that returns one.

A :class:`TokenState` caches the token and decides when to ask the provider again: when there is
none, when its ``exp`` claim (read without verifying the signature: the SDK is not the audience
that checks it) is within :data:`REFRESH_MARGIN` seconds, and once after a 401 that refused it. The
sync and async holders serialise refreshes with a lock, so concurrent requests never call the
provider twice at once.
"""

from __future__ import annotations

import base64
import binascii
import inspect
import json
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from didww._clock import Clock
from didww._errors import TokenProviderError

if TYPE_CHECKING:
    import asyncio

REFRESH_MARGIN = 60.0
"""Seconds before a token's ``exp`` at which it is replaced."""

TokenProvider = Callable[[], str]
AsyncTokenProvider = Callable[[], str | Awaitable[str]]


def token_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT in POSIX seconds, or None when it has none (or is no JWT)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError, RecursionError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, bool) or not isinstance(exp, (int, float)):
        return None
    return float(exp)


def _checked(token: object, source: str) -> str:
    # Visible ASCII only: whitespace, control or non-ASCII characters cannot go in a header as
    # they are (a NUL made the transport fail with the header, token and all, in its message).
    if not isinstance(token, str) or not token or not all("!" <= c <= "~" for c in token):
        raise TokenProviderError(
            f"{source} must give a token as a non-empty string of visible ASCII characters "
            "(no spaces)"
        )
    return token


class TokenState:
    """The current token and when it must be replaced; no I/O, no locking."""

    def __init__(self, clock: Clock, token: str | None, *, refreshable: bool) -> None:
        self._clock = clock
        self.refreshable = refreshable
        self.token: str | None = None
        self._expires: float | None = None
        if token is not None:
            self.accept(_checked(token, "token="))

    def accept(self, token: str) -> str:
        self.token = token
        self._expires = token_expiry(token)
        return token

    def fresh(self) -> str | None:
        """The token when it can still be used, else None (fetch another)."""
        token = self.token
        if token is None:
            return None
        if (
            self.refreshable
            and self._expires is not None
            and self._expires - self._clock.now() <= REFRESH_MARGIN
        ):
            return None
        return token

    def secrets(self) -> tuple[str, ...]:
        return (self.token,) if self.token else ()


def _provider_failed(exc: Exception) -> TokenProviderError:
    # The provider's own message could hold its credentials; only its type is shown.
    return TokenProviderError(
        f"the token_provider failed ({type(exc).__name__}); no request was sent"
    )


class SyncTokens:
    """Tokens for a sync client: the provider is called under a lock."""

    def __init__(self, state: TokenState, provider: TokenProvider | None) -> None:
        self.state = state
        self._provider = provider
        self._lock = threading.Lock()

    def current(self) -> str:
        seen = self.state.token
        token = self.state.fresh()
        if token is not None:
            return token
        with self._lock:
            latest = self.state.token
            if latest is not None and latest != seen:
                return latest  # another thread got one while this one waited: use it, even if short
            token = self.state.fresh()
            return token if token is not None else self._fetch()

    def replace(self, refused: str) -> str | None:
        """A new token after ``refused`` got a 401, or None when none can be had."""
        if self._provider is None:
            return None
        with self._lock:
            if self.state.token != refused:
                return self.state.token  # already replaced by another thread
            return self._fetch()

    def _fetch(self) -> str:
        # Callers ask only when there is a provider: a static token is used until refused.
        assert self._provider is not None
        try:
            token = self._provider()
        except Exception as exc:
            raise _provider_failed(exc) from None
        return self.state.accept(_checked(token, "the token_provider"))


class AsyncTokens:
    """Tokens for an async client: the provider may be sync or async; one call at a time."""

    def __init__(self, state: TokenState, provider: AsyncTokenProvider | None) -> None:
        self.state = state
        self._provider = provider
        self._lock: asyncio.Lock | None = None  # made in the loop that first needs it

    def _guard(self) -> asyncio.Lock:
        if self._lock is None:
            import asyncio  # here: sync clients never load asyncio

            self._lock = asyncio.Lock()
        return self._lock

    async def current(self) -> str:
        seen = self.state.token
        token = self.state.fresh()
        if token is not None:
            return token
        async with self._guard():
            latest = self.state.token
            if latest is not None and latest != seen:
                return latest  # another task got one while this one waited: use it, even if short
            token = self.state.fresh()
            return token if token is not None else await self._fetch()

    async def replace(self, refused: str) -> str | None:
        if self._provider is None:
            return None
        async with self._guard():
            if self.state.token != refused:
                return self.state.token
            return await self._fetch()

    async def _fetch(self) -> str:
        # Callers ask only when there is a provider: a static token is used until refused.
        assert self._provider is not None
        try:
            token = self._provider()
            if inspect.isawaitable(token):
                token = await token
        except Exception as exc:
            raise _provider_failed(exc) from None
        return self.state.accept(_checked(token, "the token_provider"))
