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
from didww._errors import ClientError, TokenProviderError, a_or_an

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
    try:
        return float(exp)
    except OverflowError:
        # An integer past a float's range (JSON has no limit): no moment anyone will reach, so
        # the token is treated as one without exp instead of failing the request.
        return None


def _plain(value: object) -> object:
    """``value`` as an exact ``str`` when it is a str subclass, else unchanged.

    A subclass may override ``__str__`` or ``__format__`` (to mask itself in logs, say): the
    header is written with an f-string, so it would carry the mask instead of the checked text.
    """
    if isinstance(value, str) and type(value) is not str:
        return str.__str__(value)
    return value


def header_value_problem(value: object) -> str | None:
    """Why ``value`` cannot go in a credential header as it is, or None when it can.

    Only visible ASCII characters are accepted: a line break would end the header and start
    another one (header injection), and httpx refuses other control or non-ASCII characters with
    the whole header, secret and all, in its message. The reason names the kind of character and
    never the value, which is a secret.
    """
    if not isinstance(value, str):
        return f"is {a_or_an(type(value).__name__)}, not a string"
    if not value.strip():
        return "is empty"
    for char in value:
        if "!" <= char <= "~":
            continue
        if char in "\r\n":
            return "contains a line break"
        if char.isspace():
            return "contains whitespace"
        if not char.isascii():
            return "contains a non-ASCII character"
        return "contains a control character"
    return None


def _with_scheme(value: object) -> bool:
    """Whether ``value`` is a token copied whole from an ``Authorization: Bearer ...`` line:
    the client adds the scheme itself."""
    return isinstance(value, str) and value[:7].lower() == "bearer "


def check_credential(value: object, name: str) -> str:
    """``value`` (as an exact ``str``) when it can be sent as the credential ``name``, else
    :class:`ClientError` (which never repeats the value)."""
    value = _plain(value)
    problem = header_value_problem(value)
    if problem is not None and _with_scheme(value):
        raise ClientError(f"{name} starts with 'Bearer ': pass the token alone, without it")
    if problem is not None:
        raise ClientError(
            f"{name} {problem}: it must be visible ASCII characters only, without spaces, line "
            "breaks or control characters (check for one copied along with it)"
        )
    assert isinstance(value, str)  # header_value_problem refuses anything else
    return value


def _checked(token: object, source: str) -> str:
    # A token from the provider is checked like a key given to the constructor, but failing
    # here is the provider's fault, not a misuse of the client. The reason says what kind of
    # thing came back (bytes, a trailing line break) and never the value.
    if inspect.iscoroutine(token):
        token.close()  # never to be awaited: closed now rather than warned about when collected
        raise TokenProviderError(
            f"{source} returned a coroutine: a coroutine function can be the token_provider of "
            "an AsyncClient only; a Client needs a plain function returning the token"
        )
    token = _plain(token)
    problem = header_value_problem(token)
    if problem is not None and _with_scheme(token):
        raise TokenProviderError(f"{source} gave a token starting with 'Bearer ': give it alone")
    if problem is not None:
        raise TokenProviderError(
            f"{source} must give a token as a non-empty string of visible ASCII characters (no "
            f"spaces or line breaks); what it gave {problem}"
        )
    assert isinstance(token, str)
    return token


class TokenState:
    """The current token and when it must be replaced; no I/O, no locking.

    The token and its expiry are one tuple, replaced in a single assignment and read once:
    readers run without the lock, and a reader that took the new token with the old expiry
    (or the reverse) would send a token it believes fresh, or fetch one it did not need.
    """

    def __init__(self, clock: Clock, token: str | None, *, refreshable: bool) -> None:
        self._clock = clock
        self.refreshable = refreshable
        self._current: tuple[str, float | None] | None = None
        if token is not None:
            # A token given to the constructor is a caller's mistake when unusable: nothing sent.
            self.accept(check_credential(token, "token"))

    @property
    def token(self) -> str | None:
        current = self._current
        return None if current is None else current[0]

    def accept(self, token: str) -> str:
        expires = token_expiry(token)  # worked out first: nothing is changed until it is known
        self._current = (token, expires)
        return token

    def fresh(self) -> str | None:
        """The token when it can still be used, else None (fetch another)."""
        current = self._current
        if current is None:
            return None
        token, expires = current
        if (
            self.refreshable
            and expires is not None
            and expires - self._clock.now() <= REFRESH_MARGIN
        ):
            return None
        return token

    def secrets(self) -> tuple[str, ...]:
        token = self.token
        return (token,) if token else ()


class _ProviderReentered(TokenProviderError):
    """The provider used the client that is waiting for its token; passed on as it is."""

    def __init__(self) -> None:
        super().__init__(
            "the token_provider made a request with the client that is waiting for its token, "
            "which would wait for itself forever: mint the token without this client (or with "
            "another one)"
        )


def _provider_failed(exc: Exception) -> TokenProviderError:
    # The provider's own message could hold its credentials; only its type, and where it was
    # raised, are shown. The error is raised outside the handler, so that the provider's
    # exception is not even its __context__, which a logger or error reporter walking the chain
    # would print; the caller reaches it as provider_error.
    return TokenProviderError(
        f"the token_provider failed ({type(exc).__name__}{_raised_at(exc)}); no request was sent",
        provider_error=exc,
    )


def _raised_at(exc: BaseException) -> str:
    """`` at FILE:LINE in FUNCTION`` for the frame that raised ``exc`` (no values, no message),
    or nothing when it has no traceback."""
    tb = exc.__traceback__
    if tb is None:
        return ""
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    return f" at {code.co_filename}:{tb.tb_lineno} in {code.co_name}"


class SyncTokens:
    """Tokens for a sync client: the provider is called under a lock."""

    def __init__(self, state: TokenState, provider: TokenProvider | None) -> None:
        self.state = state
        self._provider = provider
        self._lock = threading.Lock()
        self._fetching: int | None = None
        """The thread inside the provider, if any."""

    def _check_not_within_provider(self) -> None:
        # The lock is not reentrant: the provider's own thread asking for a token would block on
        # the lock it holds, a hang with no message.
        if self._fetching == threading.get_ident():
            raise _ProviderReentered()

    def current(self) -> str:
        seen = self.state.token
        token = self.state.fresh()
        if token is not None:
            return token
        self._check_not_within_provider()
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
        self._check_not_within_provider()
        with self._lock:
            if self.state.token != refused:
                return self.state.token  # already replaced by another thread
            return self._fetch()

    def _fetch(self) -> str:
        # Callers ask only when there is a provider: a static token is used until refused.
        assert self._provider is not None
        self._fetching = threading.get_ident()
        failure: TokenProviderError | None = None
        try:
            token = self._provider()
        except _ProviderReentered:
            raise
        except Exception as exc:
            failure = _provider_failed(exc)
        finally:
            self._fetching = None
        if failure is not None:
            raise failure  # outside the except: see _provider_failed
        return self.state.accept(_checked(token, "the token_provider"))


def _retrieved(call: asyncio.Future[str]) -> None:
    """Mark a finished provider call's failure as seen (asyncio logs an unseen one)."""
    if not call.cancelled():
        call.exception()


class AsyncTokens:
    """Tokens for an async client: the provider may be sync or async; one call at a time."""

    def __init__(self, state: TokenState, provider: AsyncTokenProvider | None) -> None:
        self.state = state
        self._provider = provider
        self._lock: asyncio.Lock | None = None  # made in the loop that first needs it
        self._loop: asyncio.AbstractEventLoop | None = None
        self._fetching: object = None
        """The task inside the provider, if any."""
        self._call: asyncio.Future[str] | None = None
        """The provider call under way: its own task, which the tasks that need its token await
        (shielded), so that cancelling one of them does not cancel the call the others wait on."""

    def _check_not_within_provider(self) -> None:
        # As for SyncTokens: asyncio.Lock is not reentrant, so the provider's own task asking for
        # a token would wait forever on the lock it holds.
        import asyncio

        if self._fetching is not None and self._fetching is asyncio.current_task():
            raise _ProviderReentered()

    def _guard(self) -> asyncio.Lock:
        import asyncio  # here: sync clients never load asyncio

        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:
            # A lock that once made a task wait belongs to that event loop: a client used again
            # under a later asyncio.run() needs a new one.
            self._lock = asyncio.Lock()
            self._loop = loop
        return self._lock

    async def current(self) -> str:
        seen = self.state.token
        token = self.state.fresh()
        if token is not None:
            return token
        self._check_not_within_provider()
        async with self._guard():
            latest = self.state.token
            if latest is not None and latest != seen:
                return latest  # another task got one while this one waited: use it, even if short
            token = self.state.fresh()
            return token if token is not None else await self._fetch()

    async def replace(self, refused: str) -> str | None:
        if self._provider is None:
            return None
        self._check_not_within_provider()
        async with self._guard():
            if self.state.token != refused:
                return self.state.token
            return await self._fetch()

    async def _fetch(self) -> str:
        """The token of the provider call under way, or of a new one. The call runs in a task of
        its own: a caller cancelled while it waits leaves the call running for the next caller
        (under the lock), rather than cancel it and have that caller ask the provider again."""
        import asyncio

        call = self._call
        if call is None or call.done() or call.get_loop() is not asyncio.get_running_loop():
            call = self._call = asyncio.ensure_future(self._run_provider())
            # Retrieved here too: with every waiter cancelled, nobody else reads its failure.
            call.add_done_callback(_retrieved)
        return await asyncio.shield(call)

    async def _run_provider(self) -> str:
        # Callers ask only when there is a provider: a static token is used until refused.
        assert self._provider is not None
        import asyncio

        self._fetching = asyncio.current_task()
        failure: TokenProviderError | None = None
        try:
            token = self._provider()
            if inspect.isawaitable(token):
                token = await token
        except _ProviderReentered:
            raise
        except Exception as exc:
            failure = _provider_failed(exc)
        finally:
            self._fetching = None
        if failure is not None:
            raise failure  # outside the except: see _provider_failed
        return self.state.accept(_checked(token, "the token_provider"))
