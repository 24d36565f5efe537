"""Thin sync and async shells over :class:`ClientCore`: they send, wait and repeat as told.

The generated ``Client`` and ``AsyncClient`` of each API version derive from these and say which
version they are (``_API``). Versions that authenticate with an API key take ``api_key``; versions
that take bearer tokens (2026-10-22 on) take ``token`` or ``token_provider`` instead.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx

from didww._answer import Answer, PlainAnswer, as_response, is_plain, unread_response
from didww._api import ApiInfo, package_of, versions
from didww._arguments import check_methods
from didww._auth import (
    AsyncTokenProvider,
    AsyncTokens,
    SyncTokens,
    TokenProvider,
    TokenState,
    check_credential,
)
from didww._batch import DEFAULT_CONCURRENCY, Outcome, arun_batch, batch_interrupted, run_batch
from didww._body_limit import (
    NOT_OVER_IN_TIME,
    NOT_SENT_IN_TIME,
    aread_capped,
    check_time_to_send,
    read_capped,
)
from didww._clock import Clock, Wake
from didww._core import (
    CUT_TIMEOUT,
    MAX_REDIRECTS,
    NEEDS_TOKEN,
    REREAD,
    Attempts,
    Call,
    ClientCore,
    Options,
    Reread,
    check_base_url,
    check_flag,
    check_max_retries,
    check_timeout,
    display_url,
    raised_preparing_redirect,
    undecodable_in_transport,
    unpreparable_redirect,
)
from didww._errors import (
    APIConnectionError,
    ArgumentError,
    ClientError,
    DidwwError,
    UnknownAttributeError,
    WrongFormError,
)
from didww._http1 import Answer as WireAnswer
from didww._logging import guard_httpx_log
from didww._ratelimit import RateLimiter
from didww._raw import RawResponse
from didww._transport import (
    ANSWER_BY,
    STREAM,
    KeepAliveTransport,
    async_http_client,
    environment_has_proxy,
    environment_settings,
    proxied_http_client,
    shared_ssl_context,
)
from didww._types import NOT_GIVEN, NotGiven
from didww._unknown import private
from didww._walks import prefetch_abandoned

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
ItemT = TypeVar("ItemT")
Self = TypeVar("Self", bound="_ClientBase")


API_KEY_VARIABLE = "DIDWW_API_KEY"
ENVIRONMENT_VARIABLE = "DIDWW_ENVIRONMENT"
BASE_URL_VARIABLE = "DIDWW_BASE_URL"
TOKEN_VARIABLE = "DIDWW_TOKEN"
"""Where a bearer-token client finds its token when given neither ``token`` nor
``token_provider`` (the command line reads the same variable)."""


def _environment(api: ApiInfo, environment: str | None) -> tuple[str, str]:
    """(name, base URL) of the environment asked for, by name (``"production"``), member of
    ``Environment`` or base URL; else the one ``DIDWW_ENVIRONMENT`` names; else the default."""
    source = "environment"
    if environment is None:
        environment = os.environ.get(ENVIRONMENT_VARIABLE, "").strip() or None
        source = ENVIRONMENT_VARIABLE
    if environment is None:
        name = api.default_environment
        return name, dict(api.environments)[name]
    if isinstance(environment, str):
        for name, url in api.environments:
            if environment.lower() == name or environment.rstrip("/") == url:
                return name, url
    names = ", ".join(repr(name) for name, _ in api.environments)
    raise ClientError(
        f"unknown {source} {environment!r}: expected one of {names} "
        "(or give base_url for another address)"
    )


def _api_key(api_key: str | None, *, required: bool) -> str | None:
    if api_key is None:
        # Stripped like the other variables: a line break left by `echo KEY > .env` is never
        # part of a key, which is visible ASCII only.
        api_key = os.environ.get(API_KEY_VARIABLE, "").strip() or None
        if api_key is not None:
            check_credential(api_key, API_KEY_VARIABLE)
    if api_key is None and required:
        raise ClientError(
            f"no API key: pass api_key=... or set the {API_KEY_VARIABLE} environment "
            "variable (sandbox keys are made in the DIDWW sandbox dashboard)"
        )
    return api_key


def _base_url(api: ApiInfo, environment: str | None, base_url: str | None) -> tuple[str, str]:
    """The base URL, and the environment it belongs to in words (for error messages).

    Arguments win over variables: ``base_url`` or ``environment`` (both only when they name the
    same server), then ``DIDWW_BASE_URL``, then ``DIDWW_ENVIRONMENT``, then the default
    environment. A variable is read only when no argument decides, so a ``DIDWW_BASE_URL`` left
    over from a test run never redirects a client made with ``environment="production"``.
    """
    if base_url is None and environment is None:
        base_url = os.environ.get(BASE_URL_VARIABLE, "").strip() or None
        if base_url is not None:
            check_base_url(base_url, BASE_URL_VARIABLE)
    if base_url is None:
        name, url = _environment(api, environment)
        return url, f"{name} environment"
    check_base_url(base_url)  # before it is compared with the environments': bytes, say
    known = api.environment_of(base_url)
    if environment is not None:
        name, url = _environment(api, environment)
        given = _server(base_url)
        if given != _server(url):
            # Both name a server, and not the same one: which was meant cannot be told (a
            # deployment's environment="production" beside a base_url left from a test run).
            scheme, host, port, path = given
            shown = f"{scheme}://{host}{f':{port}' if port is not None else ''}{path}"
            raise ClientError(
                f"base_url {shown!r} and environment={name!r} ({url}) name different servers: "
                "give one of them"
            )
        known = name
    return base_url, f"{known} environment" if known else "API at a custom base_url"


def _server(url: str) -> tuple[str, str, int | None, str]:
    """Scheme, host, port (None for the scheme's own) and path of a base URL, as written in any
    case and with or without its default port or final slash; what it holds besides (a user,
    a password, a query) is left out, so that an error can show it."""
    parsed = httpx.URL(url)  # check_base_url has parsed it already
    return parsed.scheme, parsed.host, parsed.port, parsed.path.rstrip("/")


_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_api_version(api: ApiInfo, api_version: object, client: str) -> None:
    """Refuse an ``api_version`` other than the client's own: the models, paths and
    authentication of a client are those of its version, so a request saying another version
    would be answered in a shape the client cannot read. The client of another version is in
    its own module, which the message names."""
    if api_version is None or api_version == api.version:
        return
    known = versions()  # looked for only on this error
    if isinstance(api_version, str) and api_version in known:
        module = package_of(api_version)
        raise ClientError(
            f"api_version={api_version!r}: this {client} speaks API version {api.version}, whose "
            f"models and authentication differ; use {module}.{client} for {api_version}"
        )
    # Shown only when it looks like a version: any other value could be anything at all.
    if isinstance(api_version, str) and _VERSION.match(api_version):
        shown = f"api_version={api_version!r} is not"
    else:
        shown = "the api_version given is not"
    raise ClientError(
        f"{shown} an API version this SDK has ({', '.join(known)}); this {client} speaks "
        f"{api.version}: leave api_version out"
    )


_INIT_PARAMETERS: weakref.WeakKeyDictionary[type, tuple[str, ...] | None] = (
    weakref.WeakKeyDictionary()
)
"""Client class -> what :func:`_init_parameters` found (filled once per class; a race fills
it twice with the same value)."""


def _init_parameters(cls: type) -> tuple[str, ...] | None:
    """The keyword arguments a client class's ``__init__`` takes, in order; None when it takes
    positional or arbitrary keyword arguments (a subclass of the caller's own, passing
    ``**kwargs`` on), which only its ``__init__`` can judge."""
    if cls in _INIT_PARAMETERS:
        return _INIT_PARAMETERS[cls]
    import inspect

    init: Callable[..., None] = cls.__init__  # type: ignore[misc]  # the class's own
    parameters = list(inspect.signature(init).parameters.values())[1:]  # after self
    found: tuple[str, ...] | None = tuple(p.name for p in parameters)
    if any(p.kind is not inspect.Parameter.KEYWORD_ONLY for p in parameters):
        found = None
    _INIT_PARAMETERS[cls] = found
    return found


def _refuse_arguments(
    cls: type, accepted: tuple[str, ...], positional: tuple[object, ...], unknown: dict[str, object]
) -> None:
    """Refuse what a client's constructor does not take, naming the public class (Python's own
    ``TypeError`` named the base class holding ``__init__``) and, where one fits, what was
    meant: ``token=`` given to a version that takes API keys names the version that takes
    tokens. Values are never shown: a key or a token passed by mistake would be printed."""
    name = cls.__name__
    api: ApiInfo = cls._API  # type: ignore[attr-defined]
    if positional:
        example = "token=..." if api.bearer else "api_key=..."
        raise ArgumentError(
            f"{name}() takes keyword arguments only, got {len(positional)} positional: "
            f"{name}({example})"
        )
    if not unknown:
        return
    import difflib

    given = next(iter(unknown))
    text = f"{name}() takes no {given}= argument"
    if given in ("token", "token_provider") and not api.bearer:
        from didww._api import versions_with

        bearer = versions_with(bearer=True)
        module = package_of(bearer[-1]) if bearer else "didww"
        # The SDK's own class of that version (a subclass of the caller's has no twin there).
        shell = "AsyncClient" if issubclass(cls, AsyncClientBase) else "Client"
        text += (
            f": API version {api.version} authenticates with an API key (api_key=); bearer "
            f"tokens are for {', '.join(bearer)}: use {module}.{shell}({given}=...)"
        )
    elif given == "api_version" and api.bearer:
        text += f": the token selects the version, so {name} of {api.version} takes none"
    else:
        close = difflib.get_close_matches(given, accepted, n=1)
        text += f" (did you mean {close[0]}=?)" if close else ""
        text += f"; it takes: {', '.join(accepted)}"
    raise ArgumentError(text)


def _check_clock(clock: object) -> None:
    # Read on the first request otherwise, where a wrong one failed as a bare AttributeError.
    if clock is not None and not isinstance(clock, Clock):
        raise ClientError(
            f"clock must be a didww.Clock (or a subclass), got {type(clock).__name__}"
        )


def _pooled(http: httpx.AsyncClient) -> bool:
    """Whether ``http`` sends through httpx's own connection pool, whose connections belong to
    the event loop that opened them."""
    # httpx has no public accessor for a client's transports; should these attributes change,
    # this says False and the RuntimeError is explained after the fact instead.
    transports = [getattr(http, "_transport", None)]
    transports += list(getattr(http, "_mounts", {}).values())
    return any(isinstance(t, httpx.AsyncHTTPTransport) for t in transports)


def _refused_as_closed(http: httpx.Client | httpx.AsyncClient, exc: RuntimeError) -> bool:
    """Whether ``exc`` is httpx refusing to send on a closed client (so nothing was sent).

    Told by its message as well as the client's state: any other RuntimeError, even from a
    client closed meanwhile, may have come after the request went out."""
    return http.is_closed and "client has been closed" in str(exc)


def _with_client_defaults(request: httpx.Request, http: httpx.Client | httpx.AsyncClient) -> None:
    """Give ``request`` what the caller's own httpx client adds to the requests it builds: its
    default headers (where the SDK sets none of the same name), query parameters (where the SDK
    sends none of the same name) and cookies. The SDK builds its requests itself, and
    ``send()`` adds none of them. Idempotent: a retry's request gets nothing twice."""
    for name, value in http.headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value
    if http.params:
        request.url = request.url.copy_with(params=http.params.merge(request.url.params))
    if http.cookies:
        http.cookies.set_cookie_header(request)


def _http_client_closed() -> ClientError:
    """The error for a request the caller's own ``http_client`` refused, closed already."""
    return ClientError(
        "the http_client given to this client is closed (an httpx client used in a `with` "
        "block is closed when the block ends); the request was not sent"
    )


def _abandoned() -> ClientError:
    # Raised into a page fetch whose walk has ended: the walk drops it, nobody sees it.
    return ClientError("the iter() walk this page was fetched ahead for has ended; not sent")


def _bound(request: httpx.Request, attempts: Attempts[Any]) -> None:
    """Mark ``request`` with the time by which its answer must be in, for a call with a
    deadline (see ``Attempts.answer_by``); the requests of its redirects share the mark."""
    until = attempts.answer_by()
    if until is not None:
        request.extensions[ANSWER_BY] = until


class _CutOff(Exception):
    """Raised by :func:`_within` when its time is up."""


async def _within(awaitable: Awaitable[T], seconds: float) -> T:
    """``await awaitable``, cancelled after ``seconds`` (:class:`_CutOff` then)."""
    import asyncio  # loaded already: this runs in its event loop

    if sys.version_info < (3, 11):
        # asyncio.TimeoutError is asyncio's own class here, never a caller's TimeoutError.
        try:
            return await asyncio.wait_for(awaitable, seconds)
        except asyncio.TimeoutError:
            raise _CutOff from None
    # The built-in TimeoutError, which a caller's transport or token provider may raise too:
    # the scope says whether it is this one.
    try:
        async with asyncio.timeout(seconds) as scope:
            return await awaitable
    except TimeoutError:
        if not scope.expired():
            raise
        raise _CutOff from None


async def _answered_by(until: float, exchange: Callable[[], Awaitable[T]]) -> T:
    """``await exchange()``, cancelled once the ``time.monotonic()`` ``until`` has passed (an
    attempt's ``ANSWER_BY``): ``httpx.ReadTimeout`` then, or ``httpx.PoolTimeout`` when it has
    passed already and nothing is sent. httpx bounds each read, not the answer as a whole."""
    left = until - time.monotonic()
    if left <= 0:  # a redirect's hop, or a resend, once it is too late
        raise httpx.PoolTimeout(NOT_SENT_IN_TIME)
    try:
        return await _within(exchange(), left)
    except _CutOff:
        raise httpx.ReadTimeout(NOT_OVER_IN_TIME) from None


class _Shared:
    """State every ``with_options`` copy of a client shares with it."""

    __slots__ = ("closed", "wake")

    def __init__(self) -> None:
        self.closed = False
        self.wake = Wake()
        """Set by :meth:`close`: the pauses of requests under way end at once (see Wake)."""

    def close(self) -> None:
        """Refuse every request from now on, and end the pauses of those under way."""
        self.closed = True
        self.wake.set()


class _AsyncPool:
    """The ``httpx.AsyncClient`` an ``AsyncClient`` made itself, kept per event loop.

    Its connections belong to the event loop that opened them: once that loop is closed (an
    ``asyncio.run()`` returned) they can never be used again, and httpx fails with a bare
    ``RuntimeError``. A client used again under another loop therefore opens a new pool; the
    old one cannot be closed from the new loop and is left to the garbage collector. Shared by
    the ``with_options`` copies of the client, like the pool itself.
    """

    __slots__ = ("_lock", "client", "direct", "loop")

    def __init__(self) -> None:
        self.client, self.direct = async_http_client()
        """The httpx client, and the SDK's transport under it (None behind a proxy), which
        planned requests are sent through directly (see ``AsyncClientBase._exchange_call``)."""
        self.loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()  # two threads' loops may both ask first

    def for_loop(self, loop: asyncio.AbstractEventLoop, owner: str) -> httpx.AsyncClient:
        """The pool to use in ``loop``, opened anew when the loop changed."""
        if self.loop is loop:  # the usual case, without taking the lock
            return self.client
        with self._lock:
            previous = self.loop
            if previous is not None and previous is not loop:
                if previous.is_running():
                    raise ClientError(
                        f"this {owner} is in use in another event loop, which is still running: "
                        f"its connections cannot be shared across loops; make one {owner} per "
                        "event loop (per thread running asyncio)"
                    )
                self.client, self.direct = async_http_client()
            self.loop = loop
            return self.client

    async def aclose(self, loop: asyncio.AbstractEventLoop) -> None:
        opened_in = self.loop
        # A pool whose loop is closed (or running in another thread) cannot be closed from this
        # one: see the class docstring.
        if (
            opened_in is None
            or opened_in is loop
            or not (opened_in.is_closed() or opened_in.is_running())
        ):
            await self.client.aclose()


def missing_resource(cls: type[_ClientBase], name: str) -> str:
    """Why a client of ``cls``'s API version has no resource ``name``: another version has it
    (``client.pops`` on 2026-10-22), or it misspells one of this version, or neither. Other
    versions' client modules are imported here, on this error's path only."""
    import importlib

    own = cls._API.version
    elsewhere = []
    for version in versions():
        if version == own:
            continue
        twin = getattr(
            importlib.import_module(f"{package_of(version)}.clients"), cls.__name__, None
        )
        if twin is not None and hasattr(twin, name):
            elsewhere.append(version)
    if elsewhere:
        other = elsewhere[0]
        return (
            f"{cls.__name__} of API {own} has no {name!r}: it is a resource of API "
            f"{' and '.join(elsewhere)} (didww.{package_of(other).rsplit('.', 1)[-1]}."
            f"{cls.__name__})"
        )
    from didww._query import closest_name

    close = closest_name(name, [n for n in dir(cls) if not n.startswith("_")])
    hint = f"; did you mean {close!r}?" if close is not None else ""
    return f"{cls.__name__} of API {own} has no {name!r}{hint}"


class _ClientBase:
    """Configuration shared by both shells."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_methods(cls)  # a misspelt keyword raises ArgumentError, not TypeError

    _API: ClassVar[ApiInfo]
    """The API version this client speaks (set by the generated ``Client`` classes)."""
    _BLOCK: ClassVar[str] = "with"
    """The statement that closes this client at its end, as error messages name it."""

    _core: ClientCore
    _options: Options
    _limiter: RateLimiter | None
    _owns_http: bool
    _callers_http: httpx.Client | httpx.AsyncClient | None
    """The caller's own ``http_client``, whose defaults each request gets (see
    :func:`_with_client_defaults`); None when the SDK made its own."""
    _shared: _Shared

    def __new__(cls: type[Self], *args: Any, **kwargs: Any) -> Self:
        # Python's own TypeError for an argument __init__ does not take names the base class
        # holding __init__ (SyncClientBase) and gives no hint; the arguments are checked here,
        # before __init__ binds them. Type checkers still read __init__, whose signature is the
        # one they report against.
        accepted = _init_parameters(cls)
        if accepted is not None and (args or any(key not in accepted for key in kwargs)):
            unknown = {k: v for k, v in kwargs.items() if k not in accepted}
            _refuse_arguments(cls, accepted, args, unknown)
        return super().__new__(cls)

    if not TYPE_CHECKING:
        # Hidden from type checkers: with a __getattr__ they would accept any attribute, and
        # a misspelt resource would no longer be a type error.

        def __getattr__(self, name: str) -> Any:
            # Only reached when the normal lookup failed.
            if name.startswith("_"):
                raise private(self, name)
            raise UnknownAttributeError(missing_resource(type(self), name))

    def _configure(
        self,
        *,
        api_key: str | None,
        environment: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        api_version: str | None,
        max_retries: int,
        rate_limit: float | None,
        clock: Clock | None,
        tokens: TokenState | None = None,
    ) -> None:
        api = self._API
        _check_api_version(api, api_version, type(self).__name__)
        _check_clock(clock)
        url, environment_name = _base_url(api, environment, base_url)
        guard_httpx_log()
        self._shared = _Shared()
        self._core = ClientCore(
            api=api,
            base_url=url,
            api_key=api_key,
            tokens=tokens,
            api_version=api_version,
            clock=clock,
            environment_name=environment_name,
        )
        self._options = Options(
            timeout=httpx.Timeout(check_timeout(timeout)).as_dict(),
            max_retries=check_max_retries(max_retries),
        )
        self._limiter = (
            None
            if rate_limit is None
            else RateLimiter(rate_limit, self._core.clock, self._shared.wake)
        )

    def _configure_bearer(
        self,
        *,
        token: str | None,
        token_provider: object,
        api_key: str | None,
        environment: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        rate_limit: float | None,
        clock: Clock | None,
    ) -> TokenState:
        """What both bearer shells do before wrapping the token state in their own refresher."""
        if token_provider is not None and not callable(token_provider):
            raise ClientError("token_provider must be a function returning a token")
        if token is None and token_provider is None:
            # Stripped like DIDWW_API_KEY: a line break left by `echo TOKEN > .env` is no part
            # of a token.
            token = os.environ.get(TOKEN_VARIABLE, "").strip() or None
            if token is not None:
                check_credential(token, TOKEN_VARIABLE)
        if token is None and token_provider is None:
            raise ClientError(
                f"API version {self._API.version} authenticates with bearer tokens: pass "
                "token=... (a token you minted) or token_provider=... (a function returning one), "
                f"or set the {TOKEN_VARIABLE} environment variable"
            )
        state = TokenState(clock or Clock(), token, refreshable=token_provider is not None)
        self._configure(
            api_key=_api_key(api_key, required=False),
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            api_version=None,
            max_retries=max_retries,
            rate_limit=rate_limit,
            clock=clock,
            tokens=state,
        )
        return state

    def with_options(
        self: Self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with other settings that shares this client's connections and rate limit.

        ``retry_non_idempotent=True`` lets a create (POST) be repeated after a 5xx, a timeout or a
        dropped connection, when the caller knows that repeating it is harmless.
        """
        return self._copy_with(timeout, max_retries, retry_non_idempotent)

    def _copy_with(
        self: Self,
        timeout: float | httpx.Timeout | NotGiven,
        max_retries: int | NotGiven,
        retry_non_idempotent: bool | NotGiven,
    ) -> Self:
        copy = type(self).__new__(type(self))
        state: dict[str, Any] = {
            k: v for k, v in vars(self).items() if k.startswith("_") and k != "_options"
        }
        # Cached repositories (public names) are not carried over. Whether the connections are
        # the SDK's own is: closing a copy closes the client, so it releases them too.
        vars(copy).update(state)
        options = self._options
        copy._options = Options(
            timeout=(
                options.timeout
                if isinstance(timeout, NotGiven)
                else httpx.Timeout(check_timeout(timeout)).as_dict()
            ),
            max_retries=(
                options.max_retries
                if isinstance(max_retries, NotGiven)
                else check_max_retries(max_retries)
            ),
            retry_non_idempotent=(
                options.retry_non_idempotent
                if isinstance(retry_non_idempotent, NotGiven)
                else check_flag(retry_non_idempotent, "retry_non_idempotent")
            ),
        )
        return copy

    def _prepare(self, request: httpx.Request) -> httpx.Request:
        request.extensions["timeout"] = request.extensions.get(CUT_TIMEOUT, self._options.timeout)
        if self._callers_http is not None:
            _with_client_defaults(request, self._callers_http)
        return request

    def _sent_request(self, call: Call[Any], token: str | None) -> httpx.Request:
        """The ``httpx.Request`` equal to what the fast path sent (timeouts, token included)."""
        request = self._prepare(call.request)
        if token is not None:
            request.headers["Authorization"] = f"Bearer {token}"
        return request

    def _received(
        self, call: Call[Any], token: str | None, answer: WireAnswer
    ) -> PlainAnswer | httpx.Response:
        """What an answer of the fast path becomes: a :class:`PlainAnswer` when it is plain,
        else an ``httpx.Response`` (not read yet) for the general path to handle."""
        if is_plain(answer.status, answer.headers):
            return PlainAnswer(
                answer.status,
                answer.reason,
                answer.headers,
                answer.body,
                lambda: self._sent_request(call, token),
            )
        request = self._sent_request(call, token)
        return unread_response(answer.status, answer.reason, answer.headers, answer.body, request)

    def _check_open(self) -> None:
        if self._shared.closed:
            raise ClientError(
                f"this {type(self).__name__} is closed: create a new one (a client is closed "
                f"when the `{self._BLOCK}` block it was used in ends)"
            )

    def _check_still_open(self) -> None:
        """Checked again just before a request goes out: a request can wait a long while after
        the first check (its rate-limit turn, a token being fetched, a retry's pause), and
        nothing may be sent once ``close()`` has returned."""
        if self._shared.closed:
            raise self._closed_meanwhile()
        if prefetch_abandoned():
            raise _abandoned()
        if batch_interrupted():
            raise ClientError("the batch this call belongs to was interrupted; not sent")

    def _pause(self, seconds: float) -> None:
        """Sleep ``seconds`` on the client's clock (a retry's backoff, a wait's interval), or
        until ``close()`` is called."""
        self._shared.wake.sleep(self._core.clock, seconds)

    async def _apause(self, seconds: float) -> None:
        """The async twin of :meth:`_pause`."""
        await self._shared.wake.asleep(self._core.clock, seconds)

    def _closed_under_way(self) -> bool:
        """Whether ``close()`` was called, and closed the connections a request under way was
        using (a caller's ``http_client`` stays open, and a failure there is its own)."""
        return self._shared.closed and self._owns_http

    def _closed_meanwhile(self) -> ClientError:
        return ClientError(
            f"this {type(self).__name__} was closed while the request waited to be sent; it was "
            "not sent"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={display_url(self._core.base_url)!r})"


check_methods(_ClientBase)  # the subclasses are, in __init_subclass__


class SyncClientBase(_ClientBase):
    """The sending half of ``Client`` for versions that authenticate with an API key.

    :param api_key: the API key; ``DIDWW_API_KEY`` when not given.
    :param environment: ``"sandbox"`` or ``"production"`` (or an ``Environment`` member);
        ``DIDWW_ENVIRONMENT`` when not given, else the sandbox.
    :param base_url: another address (a simulator, a proxy); ``DIDWW_BASE_URL`` when not given.
    :param timeout: seconds (or an ``httpx.Timeout``), finite and at most a year; never
        "no timeout".
    :param http_client: your own ``httpx.Client`` (proxies, TLS settings); left open by ``close()``.
    :param api_version: the ``X-DIDWW-API-Version`` sent: this client's own version (the
        default) and no other, since its models are that version's; another version has its own
        module (``didww.v2026_10_22.Client``).
    :param max_retries: how often a retryable failure is repeated.
    :param rate_limit: requests per second (finite, at least one a year), shared by threads and
        ``with_options`` copies.
    :param clock: time source for waits (tests inject a fake one).
    """

    _tokens: SyncTokens | None = None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.Client | None = None,
        api_version: str | None = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._configure(
            api_key=_api_key(api_key, required=True),
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            api_version=api_version,
            max_retries=max_retries,
            rate_limit=rate_limit,
            clock=clock,
        )
        self._connect(http_client)

    def _connect(self, http_client: httpx.Client | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ClientError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        self._callers_http = http_client
        self._core.environment_proxies = http_client is None
        # Our own pool is driven directly: no cookies, auth or hooks to honour on a client
        # nobody else configured. A caller's http_client is always used through its send().
        self._direct: KeepAliveTransport | None = None
        if http_client is None:
            with environment_settings():
                if environment_has_proxy():
                    http_client = proxied_http_client()
                else:
                    if self._core.base_url.startswith("https:"):
                        shared_ssl_context()  # its settings checked now, not at the first request
                    self._direct = KeepAliveTransport()
                    http_client = httpx.Client(transport=self._direct)
        self._http = http_client

    def _exchange(
        self, request: httpx.Request, attempts: Attempts[Any], *, stream: bool = False
    ) -> httpx.Response:
        """Send once, following redirects (the API key stays on the API host).

        With ``stream`` the body of the final answer is left unread for the caller.
        """
        self._check_open()
        if self._limiter is not None and not self._limiter.wait(attempts.deadline):
            raise attempts.no_turn_in_time()
        token = self._authorize(request)
        _bound(request, attempts)
        response = self._send_once(request, stream)
        return self._follow(request, response, token, stream, attempts)

    def _exchange_call(self, call: Call[Any], attempts: Attempts[Any]) -> Answer:
        """Send a call once; a planned request goes straight to the client's own transport.

        There the request is written from bytes the core builds and a plain answer (2xx, no
        Content-Encoding) comes back as a :class:`PlainAnswer`: no ``httpx.Request`` or
        ``httpx.Response`` is made unless something asks for one. Any other answer becomes an
        ``httpx.Response`` and is handled exactly as on the general path (token refresh,
        redirects, decoding errors).
        """
        planned = call.planned
        key = self._core.wire_key
        if self._direct is None or planned is None or key is None:
            return self._exchange(call.request, attempts)
        self._check_open()
        if self._limiter is not None and not self._limiter.wait(attempts.deadline):
            raise attempts.no_turn_in_time()
        token = None
        if self._tokens is not None and not planned.public:
            token = self._tokens.current()
        self._check_still_open()  # the waits above (rate limit, token) may have been long
        payload = self._core.wire(planned, token)
        until = attempts.answer_by()
        if until is not None:  # for the hops of a redirect too (a poll has its request made)
            call.request.extensions[ANSWER_BY] = until
        try:
            answer = self._direct.exchange(key, planned.method, payload, attempts.timeout, until)
        except httpx.TransportError:
            self._sent_request(call, token)  # so that the error can name the timeout
            raise
        received = self._received(call, token, answer)
        if isinstance(received, PlainAnswer):
            return received
        return self._follow(received.request, self._read(received), token, False, attempts)

    def _follow(
        self,
        request: httpx.Request,
        response: httpx.Response,
        token: str | None,
        stream: bool,
        attempts: Attempts[Any],
    ) -> httpx.Response:
        """After the first answer: one token refresh after a 401, then redirects; each answer
        is reported to ``attempts`` (for the log, and the resend as an attempt of its own)."""
        if token is not None and response.status_code == 401 and self._tokens is not None:
            # Logged before the provider runs: if it fails, the 401 that made it run is shown.
            attempts.answered(response)
            # The token was refused (revoked, or expired early): one new token, one more try.
            try:
                fresh = self._tokens.replace(token)
            except BaseException:
                response.close()  # a streamed answer's connection goes back to the pool
                raise
            if fresh is not None and fresh != token:
                response.close()
                request.headers["Authorization"] = f"Bearer {fresh}"
                if self._limiter is not None and not self._limiter.wait(attempts.deadline):
                    raise attempts.no_turn_in_time()
                attempts.resend()
                response = self._send_once(request, stream)
        for _ in range(MAX_REDIRECTS):
            try:
                follow = self._core.redirect(request, response)
            except DidwwError:
                attempts.answered(response)
                response.close()
                raise
            if follow is None:
                return response
            attempts.answered(response, follow)
            response.close()
            request = follow
            response = self._send_once(request, stream)
        attempts.answered(response)  # the redirect not followed
        response.close()
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects")

    def _authorize(self, request: httpx.Request) -> str | None:
        """Attach the bearer token to a request that needs one; the token used, if any."""
        if self._tokens is None or not request.extensions.get(NEEDS_TOKEN):
            return None
        token = self._tokens.current()
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    def _send_once(self, request: httpx.Request, stream: bool) -> httpx.Response:
        self._check_still_open()
        request = self._prepare(request)
        if self._direct is None:
            # httpx bounds each read, not the answer as a whole: no chunk of the body is taken
            # after ANSWER_BY. The head is httpx's to read, each read bounded alone, so a head
            # that trickles in is waited for whole (documented).
            until = request.extensions.get(ANSWER_BY)
            check_time_to_send(until)  # a redirect's hop, or a resend, once it is too late
            # Read here rather than in send(): a body its Content-Encoding cannot decode then
            # still comes with its status, and becomes an SDK error.
            try:
                response = self._http.send(request, stream=True, follow_redirects=False)
            except httpx.DecodingError as exc:
                raise undecodable_in_transport(exc) from None
            except (httpx.InvalidURL, httpx.RemoteProtocolError, UnicodeError) as exc:
                # httpx prepares the redirect even when not following it, and fails there on a
                # Location it cannot parse (the request itself was checked before it went): as
                # InvalidURL, or as a protocol error ("Invalid URL in location header").
                if not raised_preparing_redirect(exc):
                    raise
                raise unpreparable_redirect(request) from None
            except RuntimeError as exc:
                # httpx refuses a closed client with a bare RuntimeError, before sending: the
                # SDK's own client was closed by another thread just after the check above, or
                # the caller's was closed by the caller.
                if not _refused_as_closed(self._http, exc):
                    raise
                if self._owns_http:
                    raise self._closed_meanwhile() from None
                raise _http_client_closed() from None
        else:
            if stream:
                request.extensions[STREAM] = True
            response = self._direct.handle_request(request)  # bounded by ANSWER_BY itself
            response.request = request
            until = None
        if not stream:
            response = self._read(response, until)
        return response

    def _read(self, response: httpx.Response, until: float | None = None) -> httpx.Response:
        """Read an answer whole (see :mod:`didww._body_limit`), with no chunk after ``until``
        when given, and close it; the answer to use from then on."""
        try:
            return read_capped(response, until)
        except httpx.DecodingError as exc:
            failure = exc  # handled outside: an error raised for it would hold it as context
        finally:
            response.close()
        return self._core.undecodable(response, failure)

    @contextmanager
    def _open_stream(self, request: httpx.Request) -> Iterator[httpx.Response]:
        """An answer whose body is not read yet (downloads); redirects keep the API key home.

        Failures are retried as for any read (a 429, a 5xx, a lost connection); an error status
        that stays raises the mapped :class:`APIError`. Read the body with
        :func:`didww._download.body_chunks`: network failures become SDK errors, and a body cut
        short is sent for again through the :class:`~didww._core.Reread` set on the answer,
        under the same attempts (every GET of the download counts against ``max_retries``).
        """
        call = self._core.download_call(request)
        attempts = self._core.attempts(call, self._options)
        _, first, _ = self._round_trip(call, stream=True, attempts=attempts)
        assert isinstance(first, httpx.Response)  # a streamed exchange is never a plain one
        opened = [first]

        def send(delay: float) -> httpx.Response:
            opened[-1].close()  # broken: its connection is not kept while waiting
            self._pause(delay)
            _, response, _ = self._round_trip(call, stream=True, attempts=attempts)
            assert isinstance(response, httpx.Response)
            opened.append(response)
            return response

        first.extensions[REREAD] = Reread(attempts, send, self._closed_under_way)
        try:
            yield first
        finally:
            for response in opened:
                response.close()

    def _streamed(self, request: httpx.Request, attempts: Attempts[Any]) -> httpx.Response:
        """Send once with the body left unread, unless the status is an error: that body is read
        (for the error, or before a retry) and the answer closed."""
        response = self._exchange(request, attempts, stream=True)
        if response.status_code >= 400:
            response = self._read(response)
        return response

    def _round_trip(
        self, call: Call[T], *, stream: bool = False, attempts: Attempts[T] | None = None
    ) -> tuple[T, Answer, int]:
        """Send ``call`` until its answer is final, as the retry rules say; with ``stream``, a
        successful answer's body is left for the caller to read (downloads). ``attempts`` goes
        on counting those of an earlier round trip of the same call (a download sent again)."""
        if attempts is None:
            attempts = self._core.attempts(call, self._options)
        while True:
            attempts.start()
            try:
                response = (
                    self._streamed(call.request, attempts)
                    if stream
                    else self._exchange_call(call, attempts)
                )
            except httpx.TransportError as exc:
                failure: httpx.TransportError | None = exc
            except DidwwError as exc:
                attempts.failed(exc)
                raise
            else:
                failure = None
            if failure is not None:
                # Outside the handler: the error raised when no retry is left would otherwise
                # keep httpx's exception as its __context__, and with it the request as sent,
                # credentials and body unfiltered.
                self._pause(attempts.after_error(failure, closed=self._closed_under_way()))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return attempts.finish(response), response, attempts.number
            self._pause(delay)

    def _send(self, call: Call[T]) -> T:
        return self._round_trip(call)[0]

    def _send_raw(self, call: Call[T]) -> RawResponse[T]:
        parsed, response, attempts = self._round_trip(call)
        return RawResponse(parsed, self._core.kept(as_response(response)), attempts)

    def batch(
        self,
        fn: Callable[[ItemT], T],
        items: Iterable[ItemT],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> list[Outcome[ItemT, T]]:
        """Call ``fn(item)`` for every item, ``concurrency`` at a time, on threads.

        Returns one :class:`didww.Outcome` per item, in the order of ``items``: its ``value``,
        or the SDK error (``error``) that this item alone ran into; one failed item never stops
        the others. Each call is an ordinary request of this client, so ``rate_limit`` (shared by
        all the threads) and the retry rules hold: a create is not repeated after a 5xx. Items
        are taken in the caller's thread as threads free up, at most one per thread ahead (a
        generator is not read whole). An exception that is not an SDK error is a bug in ``fn``
        (or in ``items``): no further item is started, and it is raised once the calls already
        running have ended, with a note saying how many had ended.

        >>> outcomes = client.batch(client.dids.update, dids, concurrency=8)  # doctest: +SKIP
        >>> failed = [o for o in outcomes if not o.ok]  # doctest: +SKIP
        """
        self._check_open()  # once, rather than as every item's error
        return run_batch(fn, items, concurrency)

    def close(self) -> None:
        """Release the connections (a caller-supplied ``http_client`` is left open); the client
        and its ``with_options`` copies refuse to send afterwards."""
        self._shared.close()
        if self._owns_http:
            self._http.close()  # also closes the direct transport it wraps

    def __enter__(self: Self) -> Self:
        self._check_open()  # a closed client would only fail at its first request
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    if not TYPE_CHECKING:  # type checkers report the mistake already

        async def __aenter__(self):
            raise WrongFormError(
                f"a {type(self).__name__} is entered with `with`, not `async with` (an "
                "AsyncClient is the one for `async with`)"
            )

        async def __aexit__(self, *exc_info):  # never reached: entering fails
            return None


class AsyncClientBase(_ClientBase):
    """The sending half of ``AsyncClient`` for versions that authenticate with an API key; it
    takes the arguments of :class:`SyncClientBase`, with an ``httpx.AsyncClient``."""

    _tokens: AsyncTokens | None = None
    _BLOCK: ClassVar[str] = "async with"  # an AsyncClient has no plain `with` block

    def __init__(
        self,
        *,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.AsyncClient | None = None,
        api_version: str | None = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._configure(
            api_key=_api_key(api_key, required=True),
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            api_version=api_version,
            max_retries=max_retries,
            rate_limit=rate_limit,
            clock=clock,
        )
        self._connect(http_client)

    def _connect(self, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ClientError("http_client must be an httpx.AsyncClient")
        self._owns_http = http_client is None
        self._callers_http = http_client
        self._core.environment_proxies = http_client is None
        # The SDK's own pool follows the client from one event loop to the next; a caller's
        # http_client is used as given.
        self._pool: _AsyncPool | None = _AsyncPool() if http_client is None else None
        self._http: httpx.AsyncClient | None = http_client
        self._last_loop: asyncio.AbstractEventLoop | None = None
        """The event loop a caller's http_client last answered in (for the error below)."""

    def _client_for_loop(self) -> tuple[httpx.AsyncClient, asyncio.AbstractEventLoop]:
        """The httpx client to send with in the running event loop, and that loop.

        A caller's http_client on httpx's connection pool that answered under an event loop
        now closed is refused before anything is sent: its pooled connections belong to that
        loop, and httpx would write the request on one of them and then fail with a bare
        RuntimeError, the answer lost. Other transports (the simulator's, a mock) hold nothing
        bound to a loop and go on working.
        """
        import asyncio  # here: sync clients never load asyncio

        loop = asyncio.get_running_loop()
        if self._pool is not None:
            return self._pool.for_loop(loop, type(self).__name__), loop
        assert self._http is not None  # one of the two is always set
        before = self._last_loop
        if before is not None and before is not loop and before.is_closed() and _pooled(self._http):
            raise ClientError(
                f"the http_client given to this {type(self).__name__} was used in an event loop "
                "that is now closed, and its connections belong to that loop: create the "
                "httpx.AsyncClient (and this client) inside the event loop that uses them, or "
                "leave http_client out so that the SDK opens its own connections in each loop"
            )
        return self._http, loop

    async def _exchange(
        self, request: httpx.Request, attempts: Attempts[Any], *, stream: bool = False
    ) -> httpx.Response:
        """Send once, following redirects (the API key stays on the API host); each answer is
        reported to ``attempts`` as in :meth:`SyncClientBase._follow`.

        With ``stream`` the body of the final answer is left unread for the caller.
        """
        self._check_open()
        # Looked up once per exchange (its sends all run in this loop), and before a token is
        # fetched: a second running loop is refused before anything happens.
        http, loop = self._client_for_loop()
        if self._limiter is not None and not await self._limiter.await_turn(attempts.deadline):
            raise attempts.no_turn_in_time()
        token = await self._authorize(request, attempts)
        _bound(request, attempts)
        response = await self._send_once(http, loop, request, stream)
        return await self._follow(http, loop, request, response, token, stream, attempts)

    async def _exchange_call(self, call: Call[Any], attempts: Attempts[Any]) -> Answer:
        """The async twin of :meth:`SyncClientBase._exchange_call`: a planned request goes
        straight to the SDK's own transport, and a plain answer comes back as a
        :class:`PlainAnswer`; anything else is handled as on the general path."""
        planned = call.planned
        key = self._core.wire_key
        if self._pool is None or planned is None or key is None:
            return await self._exchange(call.request, attempts)
        self._check_open()
        http, loop = self._client_for_loop()  # before anything else, as in _exchange
        direct = self._pool.direct
        if direct is None:  # behind a proxy: httpx's transport
            return await self._exchange(call.request, attempts)
        if self._limiter is not None and not await self._limiter.await_turn(attempts.deadline):
            raise attempts.no_turn_in_time()
        token = None
        if self._tokens is not None and not planned.public:
            token = await self._token(attempts)
        self._check_still_open()  # the waits above (rate limit, token) may have been long
        payload = self._core.wire(planned, token)
        until = attempts.answer_by()

        def exchange() -> Awaitable[WireAnswer]:
            return direct.exchange(key, planned.method, payload, attempts.timeout)

        try:
            if until is None:
                answer = await exchange()
            else:
                call.request.extensions[ANSWER_BY] = until  # for the hops of a redirect too
                answer = await _answered_by(until, exchange)
        except httpx.TransportError:
            self._sent_request(call, token)  # so that the error can name the timeout
            raise
        received = self._received(call, token, answer)
        if isinstance(received, PlainAnswer):
            return received
        response = await self._read(received)
        return await self._follow(http, loop, received.request, response, token, False, attempts)

    async def _follow(
        self,
        http: httpx.AsyncClient,
        loop: asyncio.AbstractEventLoop,
        request: httpx.Request,
        response: httpx.Response,
        token: str | None,
        stream: bool,
        attempts: Attempts[Any],
    ) -> httpx.Response:
        """The async twin of :meth:`SyncClientBase._follow`."""
        if token is not None and response.status_code == 401 and self._tokens is not None:
            attempts.answered(response)
            try:
                fresh = await self._replaced(token, request)
            except BaseException:
                await response.aclose()  # a streamed answer's connection goes back to the pool
                raise
            if fresh is not None and fresh != token:
                await response.aclose()
                request.headers["Authorization"] = f"Bearer {fresh}"
                if self._limiter is not None and not await self._limiter.await_turn(
                    attempts.deadline
                ):
                    raise attempts.no_turn_in_time()
                attempts.resend()
                response = await self._send_once(http, loop, request, stream)
        for _ in range(MAX_REDIRECTS):
            try:
                follow = self._core.redirect(request, response)
            except DidwwError:
                attempts.answered(response)
                await response.aclose()
                raise
            if follow is None:
                return response
            attempts.answered(response, follow)
            await response.aclose()
            request = follow
            response = await self._send_once(http, loop, request, stream)
        attempts.answered(response)  # the redirect not followed
        await response.aclose()
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects")

    async def _authorize(self, request: httpx.Request, attempts: Attempts[Any]) -> str | None:
        """Attach the bearer token to a request that needs one; the token used, if any.

        For a call with a deadline (a wait's poll), waiting for the token counts against it:
        an async provider still running when the time is up is left to finish for the next
        request, and this one is not sent."""
        if self._tokens is None or not request.extensions.get(NEEDS_TOKEN):
            return None
        token = await self._token(attempts)
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    async def _token(self, attempts: Attempts[Any]) -> str:
        """The bearer token to send, waited for no longer than a call with a deadline allows."""
        assert self._tokens is not None  # the callers checked
        seconds = attempts.time_for_token()
        if seconds is None:
            return await self._tokens.current()
        try:
            return await _within(self._tokens.current(), seconds)
        except _CutOff:
            raise attempts.no_token_in_time() from None

    async def _replaced(self, refused: str, request: httpx.Request) -> str | None:
        """A new token for a resend after ``refused`` drew a 401; by the time the answer is due
        for a call with a deadline (the resend is not sent then, as after a late one)."""
        assert self._tokens is not None  # the caller checked
        until = request.extensions.get(ANSWER_BY)
        if until is None:
            return await self._tokens.replace(refused)
        try:
            return await _within(self._tokens.replace(refused), until - time.monotonic())
        except _CutOff:
            raise httpx.PoolTimeout(NOT_SENT_IN_TIME) from None

    async def _send_once(
        self,
        http: httpx.AsyncClient,
        loop: asyncio.AbstractEventLoop,
        request: httpx.Request,
        stream: bool,
    ) -> httpx.Response:
        self._check_still_open()
        until = request.extensions.get(ANSWER_BY)
        if until is None or stream:
            return await self._send_and_read(http, loop, request, stream)
        # Cancelled once ANSWER_BY has passed (httpx then closes the connection).
        return await _answered_by(until, lambda: self._send_and_read(http, loop, request, stream))

    async def _send_and_read(
        self,
        http: httpx.AsyncClient,
        loop: asyncio.AbstractEventLoop,
        request: httpx.Request,
        stream: bool,
    ) -> httpx.Response:
        if stream and self._pool is not None:
            request.extensions[STREAM] = True  # the SDK's own transport hands downloads to httpx's
        try:
            response = await http.send(self._prepare(request), stream=True, follow_redirects=False)
        except httpx.DecodingError as exc:
            raise undecodable_in_transport(exc) from None
        except (httpx.InvalidURL, httpx.RemoteProtocolError, UnicodeError) as exc:
            # A redirect httpx cannot prepare (see the sync twin); another protocol error is
            # the connection's, and goes on as one.
            if not raised_preparing_redirect(exc):
                raise
            raise unpreparable_redirect(request) from None
        except RuntimeError as exc:
            if self._pool is None and _refused_as_closed(http, exc):
                raise _http_client_closed() from None
            # A caller's http_client that the caller used under an earlier event loop (the SDK
            # did not see it, so could not refuse it above) fails like this after writing the
            # request; any other RuntimeError is not the SDK's to explain.
            if self._pool is None and str(exc) == "Event loop is closed":
                raise APIConnectionError(
                    "the http_client failed: its connections belong to an event loop that is "
                    "now closed (create the httpx.AsyncClient inside the event loop that uses "
                    "it); the request may have reached DIDWW before it failed",
                    may_have_been_processed=True,
                ) from None
            raise
        self._last_loop = loop
        if not stream:
            response = await self._read(response)
        return response

    async def _read(self, response: httpx.Response) -> httpx.Response:
        """The async twin of :meth:`SyncClientBase._read`."""
        try:
            return await aread_capped(response)
        except httpx.DecodingError as exc:
            failure = exc  # handled outside: an error raised for it would hold it as context
        finally:
            await response.aclose()
        return self._core.undecodable(response, failure)

    @asynccontextmanager
    async def _open_stream(self, request: httpx.Request) -> AsyncIterator[httpx.Response]:
        """The async twin of :meth:`SyncClientBase._open_stream`."""
        call = self._core.download_call(request)
        attempts = self._core.attempts(call, self._options)
        _, first, _ = await self._round_trip(call, stream=True, attempts=attempts)
        assert isinstance(first, httpx.Response)  # a streamed exchange is never a plain one
        opened = [first]

        async def send(delay: float) -> httpx.Response:
            await opened[-1].aclose()  # broken: its connection is not kept while waiting
            await self._apause(delay)
            _, response, _ = await self._round_trip(call, stream=True, attempts=attempts)
            assert isinstance(response, httpx.Response)
            opened.append(response)
            return response

        first.extensions[REREAD] = Reread(attempts, send, self._closed_under_way)
        try:
            yield first
        finally:
            for response in opened:
                await response.aclose()

    async def _streamed(self, request: httpx.Request, attempts: Attempts[Any]) -> httpx.Response:
        """The async twin of :meth:`SyncClientBase._streamed`."""
        response = await self._exchange(request, attempts, stream=True)
        if response.status_code >= 400:
            response = await self._read(response)
        return response

    async def _round_trip(
        self, call: Call[T], *, stream: bool = False, attempts: Attempts[T] | None = None
    ) -> tuple[T, Answer, int]:
        """The async twin of :meth:`SyncClientBase._round_trip`."""
        if attempts is None:
            attempts = self._core.attempts(call, self._options)
        while True:
            attempts.start()
            try:
                response = await (
                    self._streamed(call.request, attempts)
                    if stream
                    else self._exchange_call(call, attempts)
                )
            except httpx.TransportError as exc:
                failure: httpx.TransportError | None = exc
            except DidwwError as exc:
                attempts.failed(exc)
                raise
            else:
                failure = None
            if failure is not None:  # outside the handler: see the sync twin
                await self._apause(attempts.after_error(failure, closed=self._closed_under_way()))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return attempts.finish(response), response, attempts.number
            await self._apause(delay)

    async def _send(self, call: Call[T]) -> T:
        return (await self._round_trip(call))[0]

    async def _send_raw(self, call: Call[T]) -> RawResponse[T]:
        parsed, response, attempts = await self._round_trip(call)
        return RawResponse(parsed, self._core.kept(as_response(response)), attempts)

    async def batch(
        self,
        fn: Callable[[ItemT], Awaitable[T]],
        items: Iterable[ItemT],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> list[Outcome[ItemT, T]]:
        """Await ``fn(item)`` for every item, ``concurrency`` at a time, in asyncio tasks.

        The async twin of :meth:`Client.batch`: one :class:`didww.Outcome` per item, in the
        order of ``items``, with the item's value or its SDK error. Cancelling the batch cancels
        the calls still running.

        >>> outcomes = await client.batch(client.dids.update, dids)  # doctest: +SKIP
        """
        self._check_open()  # once, rather than as every item's error
        return await arun_batch(fn, items, concurrency)

    async def close(self) -> None:
        """Release the connections (a caller-supplied ``http_client`` is left open); the client
        and its ``with_options`` copies refuse to send afterwards."""
        self._shared.close()
        if self._owns_http and self._pool is not None:
            import asyncio

            await self._pool.aclose(asyncio.get_running_loop())

    async def __aenter__(self: Self) -> Self:
        self._check_open()  # a closed client would only fail at its first request
        return self

    if not TYPE_CHECKING:  # type checkers report the mistake already

        def __enter__(self):
            raise WrongFormError(
                f"an {type(self).__name__} is entered with `async with`, not `with` (a Client "
                "is the one for `with`)"
            )

        def __exit__(self, *exc_info):  # never reached: entering fails
            return None

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class SyncBearerClientBase(SyncClientBase):
    """The sending half of ``Client`` for versions that authenticate with bearer tokens.

    :param token: a token you already have (used until the API refuses it); ``DIDWW_TOKEN``
        when neither it nor ``token_provider`` is given.
    :param token_provider: a function returning a token, called when there is none, when the
        token's ``exp`` is near, and once after a 401 refuses it (the request is then repeated
        once); calls never overlap. How to mint a token is yours to say: DIDWW documents its token
        service in prose only, so the SDK does not call it.
    :param api_key: sent only on export downloads, which still take it.

    The other parameters are those of :class:`SyncClientBase`, except ``api_version``: the token
    selects the version.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        token_provider: TokenProvider | None = None,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.Client | None = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        state = self._configure_bearer(
            token=token,
            token_provider=token_provider,
            api_key=api_key,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            clock=clock,
        )
        self._tokens = SyncTokens(state, token_provider)
        self._connect(http_client)


class AsyncBearerClientBase(AsyncClientBase):
    """The sending half of ``AsyncClient`` for versions that authenticate with bearer tokens; its
    ``token_provider`` may be a plain function or a coroutine function (see
    :class:`SyncBearerClientBase`)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        token_provider: AsyncTokenProvider | None = None,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        state = self._configure_bearer(
            token=token,
            token_provider=token_provider,
            api_key=api_key,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            clock=clock,
        )
        self._tokens = AsyncTokens(state, token_provider)
        self._connect(http_client)
