"""The :class:`Simulator`: state, clock and lock, plus SDK clients wired to it in-process."""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, cast, overload

import httpx

from didww._arguments import check_methods
from didww._clock import Clock as ClientClock
from didww._types import JSON
from didww.testing import _usage as usage
from didww.testing._app import Application
from didww.testing._auth import authenticator
from didww.testing._behaviours import flows
from didww.testing._callbacks import CallbackSender, Delivery
from didww.testing._clock import Clock
from didww.testing._context import Rejection, Settings, set_money
from didww.testing._faults import Exchange, Fault, Faults
from didww.testing._http import SimRequest, SimResponse
from didww.testing._ids import IdFactory
from didww.testing._render import Renderer
from didww.testing._request_log import RequestLog, record
from didww.testing._seed import load_seed
from didww.testing._store import Store
from didww.testing._tokens import SCOPES, TokenIssuer
from didww.testing._transport import AsyncSimulatorTransport, SimulatorTransport
from didww.testing._usage import SimulatorUsageError
from didww.testing._verifications import REJECT_COMMENT, REJECT_REASON
from didww.testing._versions import bearer_versions, surface

if TYPE_CHECKING:
    # The client types follow the API version; without one named, the default version's.
    # (TypeVar defaults are for type checkers only: at run time any TypeVar will do.)
    from typing_extensions import TypeVar, Unpack

    import didww
    import didww.v2026_10_22

    SyncT = TypeVar("SyncT", default=didww.Client)
    AsyncT = TypeVar("AsyncT", default=didww.AsyncClient)
else:
    from typing import TypeVar

    SyncT = TypeVar("SyncT")
    AsyncT = TypeVar("AsyncT")

DEFAULT_BASE_URL = "http://didww-simulator.test/v3"
"""Where in-process clients send requests; nothing listens there, the transport answers."""
DEFAULT_API_KEY = "simulator-api-key"
"""The ``Api-Key`` a simulator accepts unless given another (``python -m didww.testing serve``
too)."""
DEFAULT_CALLBACK_SECRET = "simulator-callback-secret"
"""The secret callbacks are signed with unless given another."""
DEFAULT_TOKEN_LIFETIME = 3600.0
"""Seconds a token of :meth:`Simulator.issue_token` is valid unless told otherwise."""
DEFAULTS = Settings(api_key=DEFAULT_API_KEY, callback_secret=DEFAULT_CALLBACK_SECRET)
"""What a plain ``Simulator()`` is configured with: its keyword defaults and those of
``python -m didww.testing serve`` come from here."""


class SimulatorOptions(TypedDict, total=False):
    """The keyword arguments of :class:`Simulator` besides ``api_version`` (see there)."""

    api_key: str
    callback_secret: str
    clock: Clock
    seed: bool
    order_delay: float
    export_delay: float
    review_delay: float
    reservation_ttl: float
    reservation_limit: int


class Simulator(Generic[SyncT, AsyncT]):
    """A stateful in-memory DIDWW API v3, driven by the SDK's catalog of the API surface.

    >>> sim = Simulator()
    >>> with sim.client() as client:
    ...     print(client.balance.find().total_balance)
    100.00

    It serves one API version, the SDK's default unless ``api_version`` names another
    (``"2026-10-22"``): that version's paths, attributes, filters and seed data, its
    ``meta.api_version``, and its way of authenticating. :meth:`client` and
    :meth:`async_client` are that version's clients (``didww.v2026_10_22.Client`` for
    2026-10-22). A version that authenticates with bearer tokens accepts the tokens of
    :meth:`issue_token`; its clients from :meth:`client` come with one (and mint the next when
    it nears expiry).

    All state lives in memory behind one lock, so clients on several threads (and the loopback
    server of :func:`~didww.testing.serve`) can share a simulator. Time-based changes (reservation
    expiry, export completion, delayed order fulfilment, verification review, token expiry)
    follow ``clock``, which defaults to :func:`time.time`; pass a
    :class:`~didww.testing.ManualClock` to control it.

    Behaviour worth knowing in tests:

    - Verifications are approved after ``review_delay``, unless rejected on purpose: call
      :meth:`reject_next_verification`, or submit one with an ``external_reference_id`` starting
      with ``reject`` (``"reject: <reason>"`` sets the reason).
    - An order for more numbers than are in stock is a 422, unless it is back-ordered (it sets
      ``allow_back_ordering``, or leaves it out under 2026-10-22, whose document makes true the
      default): then it is accepted ``pending``, holds what is in stock, and
      completes with every number once ``order_delay`` has passed (at the earliest on the next
      request or :meth:`tick`), the missing numbers arriving as if from the carrier.
    - The plan allows ``reservation_limit`` DID reservations at once; reservation answers report
      the rest in ``meta.available_count``.
    - ``/available_dids`` is not paginated: one answer holds at most 100 numbers, and
      ``meta.total_count`` says how many matched.

    :param api_version: the API version to serve (``"2026-04-16"``, ``"2026-10-22"``); the
        SDK's default version when None. :class:`SimulatorUsageError` (a ``ValueError``) for one
        this SDK does not have, as for any other setting that cannot work.
    :param api_key: the key requests must send in ``Api-Key`` (versions with bearer tokens take
        it on the export download only).
    :param callback_secret: the secret status callbacks are signed with.
    :param clock: returns the current time in POSIX seconds.
    :param seed: start with the coverage data and account of :data:`~didww.testing.SEED`.
    :param order_delay: seconds an order stays ``pending`` before it is fulfilled.
    :param export_delay: seconds before an export is ``completed``.
    :param review_delay: seconds before an address or emergency verification is reviewed.
    :param reservation_ttl: lifetime of a DID reservation in seconds.
    :param reservation_limit: DID reservations the account may hold at once (its numbers-selection
        plan; 10 unless told).
    """

    # The overloads only pick the client types; the defaults are the implementation's.
    @overload
    def __init__(
        self: Simulator[didww.Client, didww.AsyncClient],
        *,
        api_version: Literal["2026-04-16"] | None = ...,
        **options: Unpack[SimulatorOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Simulator[didww.v2026_10_22.Client, didww.v2026_10_22.AsyncClient],
        *,
        api_version: Literal["2026-10-22"],
        **options: Unpack[SimulatorOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Simulator[Any, Any],
        *,
        api_version: str | None = ...,
        **options: Unpack[SimulatorOptions],
    ) -> None: ...

    def __init__(
        self,
        *,
        api_version: str | None = None,
        api_key: str = DEFAULTS.api_key,
        callback_secret: str = DEFAULTS.callback_secret,
        clock: Clock = time.time,
        seed: bool = True,
        order_delay: float = DEFAULTS.order_delay,
        export_delay: float = DEFAULTS.export_delay,
        review_delay: float = DEFAULTS.review_delay,
        reservation_ttl: float = DEFAULTS.reservation_ttl,
        reservation_limit: int = DEFAULTS.reservation_limit,
    ) -> None:
        if api_version is not None and not isinstance(api_version, str):
            raise SimulatorUsageError(f"api_version must be a str, got {api_version!r}")
        self._surface = surface(api_version)
        self._settings = Settings(
            api_key=usage.text("api_key", api_key),
            callback_secret=usage.text("callback_secret", callback_secret),
            order_delay=usage.seconds("order_delay", order_delay),
            export_delay=usage.seconds("export_delay", export_delay),
            review_delay=usage.seconds("review_delay", review_delay),
            reservation_ttl=usage.seconds("reservation_ttl", reservation_ttl, positive=True),
            reservation_limit=usage.whole("reservation_limit", reservation_limit),
        )
        self.clock = usage.clock(clock)
        seed = usage.flag("seed", seed)
        self._lock = threading.RLock()
        schema = self._surface.schema
        self._store = Store(schema)
        if seed:
            try:
                started: float | None = self.clock()
            except Exception:  # a failing clock is answered as a 500 by the first request
                started = None
            load_seed(self._store, now=started)
        self._tokens = TokenIssuer()
        auth = authenticator(
            self._surface.api.auth,
            api_key=api_key,
            tokens=self._tokens,
            api_version=self._surface.version,
        )
        self._app = Application(
            schema, self._store, self._settings, IdFactory(), flows(schema), auth
        )
        self._callbacks = CallbackSender(callback_secret)
        # A fault or a log query for a path the version does not serve is refused: it would
        # match nothing, and the test relying on it would pass without it.
        served = frozenset(info.path for info in schema.resources.values())
        self._faults = Faults(served)
        self._requests = RequestLog(served=served)

    @property
    def api_version(self) -> str:
        """The API version served (``"2026-04-16"``)."""
        return self._surface.version

    @property
    def api_key(self) -> str:
        """The API key the simulator accepts."""
        return self._settings.api_key

    @property
    def callback_secret(self) -> str:
        """The secret callbacks are signed with; check them with :class:`didww.RequestValidator`."""
        return self._settings.callback_secret

    # -- requests --------------------------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        """Faults to inject into the next requests, to test retry and error handling.

        >>> sim.faults.add(status=503, times=2)  # doctest: +SKIP

        See :meth:`Faults.add`; they apply in-process and when served alike.
        """
        return self._faults

    @property
    def requests(self) -> RequestLog:
        """Every request received so far (the last 10 000), faulted ones included, secrets
        filtered; ``sim.requests.clear()`` forgets them."""
        return self._requests

    def exchange(self, request: SimRequest) -> Exchange:
        """Take one request from a transport: apply the next matching fault, let the API answer
        unless the fault answers instead, log it, and say what the transport must do."""
        fault = self._faults.take(request.method, request.api_path)
        received_at = self._now()
        response = fault.answer() if fault is not None else None
        if response is None:
            response = self._respond(request)
        dropped = fault is not None and fault.kind == "drop"
        self._log(request, None if dropped else response.status, fault, received_at)
        if fault is None:
            return Exchange(response)
        return Exchange(
            None if dropped else response,
            delay=fault.delay,
            truncated=fault.kind == "truncated",
        )

    def handle(self, request: SimRequest) -> SimResponse:
        """Answer one request as the API would, and log it; faults are left alone (transports
        call :meth:`exchange`, which applies them)."""
        received_at = self._now()
        response = self._respond(request)
        self._log(request, response.status, None, received_at)
        return response

    def _log(
        self,
        request: SimRequest,
        status: int | None,
        fault: Fault | None,
        received_at: float,
    ) -> None:
        self._requests.append(
            record(
                request,
                status=status,
                fault=fault,
                received_at=received_at,
                sensitive=self._surface.schema.sensitive_fields,
            )
        )

    def _now(self) -> float:
        # A broken clock must not stop the request from being answered (the API reports the
        # failure as a 500 document); its log entry then has no time.
        try:
            return self.clock()
        except Exception:
            return math.nan

    def _respond(self, request: SimRequest) -> SimResponse:
        # Callbacks the request causes are sent once the lock is released.
        with self._lock:
            response, callbacks = self._app.handle(request, self.clock)
        self._callbacks.send(callbacks)
        return response

    def tick(self, base_url: str = DEFAULT_BASE_URL) -> None:
        """Apply time-based changes that are due now, without a request.

        Every request does this first, so call it only to fire callbacks (an export completing)
        while no client is polling.
        """
        with self._lock:
            ctx = self._app.context(self.clock(), base_url)
            self._app.tick(ctx)
        self._callbacks.send(ctx.callbacks)

    # -- clients ---------------------------------------------------------------------------------

    def transport(self) -> SimulatorTransport:
        """An ``httpx`` transport answering from this simulator (no sockets)."""
        return SimulatorTransport(self)

    def async_transport(self) -> AsyncSimulatorTransport:
        """The ``httpx`` async transport answering from this simulator."""
        return AsyncSimulatorTransport(self)

    def client(self, *, base_url: str = DEFAULT_BASE_URL, **options: Any) -> SyncT:
        """A client of the API version served, talking to this simulator in-process.

        ``options`` go to the client (``clock``, ``max_retries``...); the client waits on the
        simulator's clock unless given another, when that is a :class:`didww.Clock` (a
        :class:`~didww.testing.ManualClock`). With an API key version it
        is a ``didww.Client`` on :attr:`api_key`; with a bearer-token version it starts with a
        ``write`` token of :meth:`issue_token` and mints the next one when that nears expiry,
        unless ``options`` give a ``token`` or ``token_provider`` of their own.
        """
        http = httpx.Client(transport=self.transport())
        return cast(SyncT, self._connect(False, base_url, http, options))

    def async_client(self, *, base_url: str = DEFAULT_BASE_URL, **options: Any) -> AsyncT:
        """The async twin of :meth:`client`."""
        http = httpx.AsyncClient(transport=self.async_transport())
        return cast(AsyncT, self._connect(True, base_url, http, options))

    def _connect(
        self, use_async: bool, base_url: str, http_client: Any, options: dict[str, Any]
    ) -> Any:
        """A client of the version served on ``base_url`` (through ``http_client`` unless None:
        the server's clients use a socket), with credentials this simulator accepts."""
        credentials: dict[str, Any] = {"api_key": self.api_key}
        if self._surface.bearer and "token" not in options and "token_provider" not in options:
            # The API key still goes along: a bearer client sends it on export downloads, and
            # without it would read DIDWW_API_KEY from the environment.
            credentials.update(token=self.issue_token(), token_provider=self.issue_token)
        kind = self._surface.async_client_class if use_async else self._surface.client_class
        if http_client is not None:
            credentials["http_client"] = http_client
        if isinstance(self.clock, ClientClock):
            # One timeline: a wait() or a backoff moves the simulator's ManualClock on, where on
            # the real clock it would sleep while simulated time stood still.
            credentials["clock"] = self.clock
        return kind(base_url=base_url, **{**credentials, **options})

    # -- tokens ----------------------------------------------------------------------------------

    def issue_token(
        self,
        scope: str = "write",
        expires_in: float = DEFAULT_TOKEN_LIFETIME,
        *,
        api_version: str | None = None,
    ) -> str:
        """A bearer token this simulator accepts, as DIDWW's token service would mint one.

        A JWT (``header.payload.signature``, base64url) whose payload has ``exp`` (now plus
        ``expires_in`` on the simulator's clock), ``scope``, ``api_version`` and ``aud``, signed
        with a secret of this simulator: another simulator refuses it.

        >>> sim = Simulator(api_version="2026-10-22")  # doctest: +SKIP
        >>> client = didww.v2026_10_22.Client(  # doctest: +SKIP
        ...     token=sim.issue_token(scope="read"), base_url=..., http_client=...)

        :param scope: ``"write"`` (every method) or ``"read"`` (GET and HEAD only; anything else
            is answered 403 with an ``insufficient_scope`` challenge).
        :param expires_in: seconds until it expires (then it is answered 401).
        :param api_version: the ``api_version`` claim; the version served unless given. A token
            for another version is refused (401), to test exactly that.
        :raises SimulatorUsageError: when the version served authenticates with an API key, or
            for a scope or lifetime that cannot be.
        """
        if not self._surface.bearer:
            raise SimulatorUsageError(
                f"API version {self.api_version} authenticates with the Api-Key header, not "
                f"tokens; serve a version that takes them ({', '.join(bearer_versions())})"
            )
        if scope not in SCOPES:
            raise SimulatorUsageError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
        lifetime = usage.seconds("expires_in", expires_in, positive=True)
        if api_version is not None and not isinstance(api_version, str):
            raise SimulatorUsageError(f"api_version must be a str, got {api_version!r}")
        return self._tokens.issue(
            now=self.clock(),
            scope=scope,
            expires_in=lifetime,
            api_version=self.api_version if api_version is None else str(api_version),
        )

    # -- inspection and setup --------------------------------------------------------------------

    def _known_type(self, resource_type: object) -> str:
        """``resource_type`` when this version has it: a misspelt type would otherwise read as
        one with nothing stored, and a test asserting on it would pass for the wrong reason."""
        if (
            not isinstance(resource_type, str)
            or resource_type not in self._surface.schema.resources
        ):
            raise SimulatorUsageError(
                f"unknown resource type {resource_type!r} in API version {self.api_version}: "
                "give the JSON:API type, such as 'dids' or 'voice_in_trunks'"
            )
        return resource_type

    def resources(self, resource_type: str) -> list[dict[str, JSON]]:
        """Every stored resource of a type as the API would render it (hidden ones included)."""
        self._known_type(resource_type)
        with self._lock:
            renderer = Renderer(self._store, DEFAULT_BASE_URL)
            return [
                renderer.resource_object(r, linkage=set(), fields=None)
                for r in self._store.all(resource_type, include_hidden=True)
            ]

    def resource(self, resource_type: str, resource_id: str) -> dict[str, JSON] | None:
        """One stored resource as rendered, or None."""
        self._known_type(resource_type)
        with self._lock:
            record = self._store.get(resource_type, resource_id)
            if record is None:
                return None
            renderer = Renderer(self._store, DEFAULT_BASE_URL)
            return copy.deepcopy(renderer.resource_object(record, linkage=set(), fields=None))

    @property
    def balance(self) -> Decimal:
        """The account's prepaid balance."""
        return Decimal(str(self._balance_attribute("balance")))

    def set_balance(self, amount: Decimal | str | int) -> None:
        """Set the prepaid balance (credit is kept), e.g. to test insufficient funds."""
        balance = usage.amount("set_balance: amount", amount)
        with self._lock:
            ctx = self._app.context(self.clock(), DEFAULT_BASE_URL)
            record = ctx.balance()
            set_money(record, "balance", balance)
            credit = Decimal(str(record.attributes.get("credit") or 0))
            set_money(record, "total_balance", balance + credit)

    def reject_next_verification(
        self, reason: str | Sequence[str] = REJECT_REASON, *, comment: str | None = REJECT_COMMENT
    ) -> None:
        """Have the next verification submitted (address or emergency) rejected on review.

        After ``review_delay`` it gets ``status`` ``rejected`` with ``reject_reasons`` (``reason``,
        or several) and ``reject_comment``, and registers nothing; its callback, if it has a
        ``callback_url``, reports ``rejected`` and the reasons in ``reject_reason``. Each call
        queues one rejection, used in submission order; a submission that fails (a 422) uses
        none. Verifications submitted with an ``external_reference_id`` starting with ``reject``
        are rejected anyway and leave the queue alone.
        """
        reasons = (reason,) if isinstance(reason, str) else tuple(reason)
        if not reasons or not all(isinstance(r, str) and r for r in reasons):
            raise SimulatorUsageError(
                "reject_next_verification needs at least one non-empty reason"
            )
        with self._lock:
            self._app.rejections.append(Rejection(reasons, comment))

    def _balance_attribute(self, name: str) -> JSON:
        with self._lock:
            return self._app.context(self.clock(), DEFAULT_BASE_URL).balance().attributes.get(name)

    @property
    def deliveries(self) -> list[Delivery]:
        """Every callback sent (or skipped) so far, in completion order."""
        return self._callbacks.deliveries

    def wait_for_callbacks(self, timeout: float = 5.0) -> bool:
        """Wait for callbacks in flight to be delivered; False if some are still going."""
        return self._callbacks.wait(usage.seconds("wait_for_callbacks: timeout", timeout))

    def __repr__(self) -> str:
        # The API key stays out: a test may give the simulator a real-looking one.
        logged, pending = len(self._requests), len(self._faults)
        return f"<Simulator {self.api_version}: {logged} requests logged, {pending} faults pending>"


check_methods(Simulator)  # a misspelt keyword raises ArgumentError, with the closest one
