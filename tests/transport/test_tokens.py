"""Bearer tokens (API 2026-10-22) against a real loopback server, sync and async.

What the server received is the evidence: which ``Authorization`` each request carried and how
many requests arrived. Tokens are JWT-shaped (``tests.support.bearer_token``) so that their ``exp``
can be read; time is a :class:`FakeClock` given to the client, so nothing waits for the real one.

Kinds: ``sync`` is ``Client`` with a plain provider, ``async`` is ``AsyncClient`` with the same
plain provider, ``async-coroutine`` is ``AsyncClient`` with a coroutine-function provider.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww._auth import REFRESH_MARGIN
from didww.v2026_10_22 import AsyncClient, Client
from tests.support import bearer_token
from tests.transport.faultserver import Action, FaultServer, Received, redirect, respond
from tests.transport.support import FakeClock

KINDS = ["sync", "async", "async-coroutine"]
DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "442037691880"}}}
API_KEY = "secret-api-key-4d2c"
CONCURRENCY = 8
PROVIDER_DELAY = 0.02
"""Seconds a slow provider takes: long enough for the other requests to pile up behind it."""


def token(name: str, exp: float | None) -> str:
    return bearer_token(exp, subject=name)


def bearer(value: str) -> str:
    return f"Bearer {value}"


def sent_tokens(server: FaultServer) -> list[str | None]:
    return [r.headers.get("authorization") for r in server.received]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


class Provider:
    """Hands out its tokens in order (the last one again when they run out), counts its calls,
    and can take a while; safe to call from many threads."""

    def __init__(self, *tokens: Any, delay: float = 0.0) -> None:
        self.tokens = list(tokens)
        self.delay = delay
        self.gate: threading.Event | None = None
        """When set, each call first waits (10 s at most) for this event."""
        self.calls = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def _next(self) -> Any:
        with self._lock:
            self.calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            return self.tokens[min(self.calls, len(self.tokens)) - 1]

    def _done(self) -> None:
        with self._lock:
            self.running -= 1

    def __call__(self) -> Any:
        value = self._next()
        try:
            if self.gate is not None:
                self.gate.wait(timeout=10)
            if self.delay:
                time.sleep(self.delay)
            if isinstance(value, BaseException):
                raise value
            return value
        finally:
            self._done()

    async def coroutine(self) -> Any:
        value = self._next()
        try:
            for _ in range(10_000):  # 10 s at most
                if self.gate is None or self.gate.is_set():
                    break
                await asyncio.sleep(0.001)
            await asyncio.sleep(self.delay)
            if isinstance(value, BaseException):
                raise value
            return value
        finally:
            self._done()


def client_args(kind: str, args: dict[str, Any]) -> dict[str, Any]:
    args = dict(args)
    provider = args.get("token_provider")
    if kind == "async-coroutine" and isinstance(provider, Provider):
        args["token_provider"] = provider.coroutine
    return args


def run_steps(kind: str, steps: list[Callable[[Any], Any]], **args: Any) -> list[Any]:
    """Run each step with one client of ``kind``, in order; a step may return an awaitable."""
    args = client_args(kind, args)
    if kind == "sync":
        with Client(**args) as client:
            return [step(client) for step in steps]

    async def main() -> list[Any]:
        results = []
        async with AsyncClient(**args) as client:
            for step in steps:
                result = step(client)
                results.append(await result if inspect.isawaitable(result) else result)
        return results

    return anyio.run(main)


def run(kind: str, step: Callable[[Any], Any], **args: Any) -> Any:
    return run_steps(kind, [step], **args)[0]


def run_concurrently(kind: str, step: Callable[[Any], Any], count: int, **args: Any) -> list[Any]:
    """``count`` calls of ``step`` at once: threads released together (sync) or tasks (async)."""
    args = client_args(kind, args)
    if kind == "sync":
        start = threading.Barrier(count)

        def work(_: int) -> Any:
            start.wait(timeout=10)
            return step(client)

        with Client(**args) as client, ThreadPoolExecutor(count) as pool:
            return list(pool.map(work, range(count)))

    async def main() -> list[Any]:
        async with AsyncClient(**args) as client:
            return list(await asyncio.gather(*(step(client) for _ in range(count))))

    return anyio.run(main)


def find(client: Any) -> Any:
    return client.dids.find("d1")


def ok(received: Received) -> Action:
    return respond(200, DID)


def refuse(*tokens: str) -> Callable[[Received], Action]:
    """A server that answers 401 to these tokens and the DID to any other."""
    refused = {bearer(t) for t in tokens}

    def answer(received: Received) -> Action:
        if received.headers.get("authorization") in refused:
            return respond(401, {"errors": [{"title": "Unauthorized", "status": "401"}]})
        return ok(received)

    return answer


# -- one provider call however many requests wait for it ----------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("start", ["no token", "stale token"])
def test_concurrent_requests_call_the_provider_once(
    kind: str, start: str, server: FaultServer
) -> None:
    clock = FakeClock()
    fresh = token("fresh", clock.now() + 3600)
    provider = Provider(fresh, token("second", clock.now() + 7200), delay=PROVIDER_DELAY)
    stale = token("stale", clock.now() + REFRESH_MARGIN / 2) if start == "stale token" else None
    server.default = ok
    dids = run_concurrently(
        kind,
        find,
        CONCURRENCY,
        token=stale,
        token_provider=provider,
        base_url=server.url,
        clock=clock,
    )
    assert [d.number for d in dids] == ["442037691880"] * CONCURRENCY
    assert provider.calls == 1
    assert sent_tokens(server) == [bearer(fresh)] * CONCURRENCY


class CallerClock(FakeClock):
    """A fake clock that notes which threads (or asyncio tasks) read the time; ``everyone`` is
    set once ``count`` different ones have."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.everyone = threading.Event()
        self._callers: set[int] = set()
        self._callers_lock = threading.Lock()

    def now(self) -> float:
        try:
            task = asyncio.current_task()
        except RuntimeError:  # no event loop in this thread
            task = None
        with self._callers_lock:
            self._callers.add(id(task) if task is not None else threading.get_ident())
            if len(self._callers) >= self.count:
                self.everyone.set()
        return super().now()


@pytest.mark.parametrize("kind", ["sync", "async-coroutine"])
def test_concurrent_requests_share_a_token_minted_while_they_waited(
    kind: str, server: FaultServer
) -> None:
    # The provider's tokens live less than REFRESH_MARGIN (or the local clock runs ahead of the
    # token service's): each looks due for replacement as soon as it arrives. The requests that
    # waited for it still take it instead of calling the provider again one after another. The
    # provider answers only once every request has looked at its stale token (read the clock),
    # so all of them are waiting. (A plain provider of an AsyncClient blocks the event loop, so
    # no other request can be waiting for it: not a case here.)
    clock = CallerClock(CONCURRENCY)
    stale = token("stale", clock.time + REFRESH_MARGIN / 2)
    short = token("short", clock.time + REFRESH_MARGIN / 2)
    provider = Provider(short, token("another", clock.time + REFRESH_MARGIN / 2))
    provider.gate = clock.everyone
    server.default = ok
    run_concurrently(
        kind,
        find,
        CONCURRENCY,
        token=stale,
        token_provider=provider,
        base_url=server.url,
        clock=clock,
    )
    assert clock.everyone.is_set()
    assert provider.calls == 1
    assert sent_tokens(server) == [bearer(short)] * CONCURRENCY


@pytest.mark.parametrize("kind", KINDS)
def test_concurrent_401s_call_the_provider_once(kind: str, server: FaultServer) -> None:
    first, second = token("first", None), token("second", None)
    provider = Provider(first, second, token("third", None), delay=PROVIDER_DELAY)
    server.default = refuse(first)
    dids = run_concurrently(kind, find, CONCURRENCY, token_provider=provider, base_url=server.url)
    assert len(dids) == CONCURRENCY
    assert provider.calls == 2  # the first token, and one more after the 401s
    assert provider.most_at_once == 1
    sent = sent_tokens(server)
    assert sent.count(bearer(second)) == CONCURRENCY  # each request succeeded once, with it
    assert sent.count(bearer(first)) + CONCURRENCY == len(sent)
    assert 1 <= sent.count(bearer(first)) <= CONCURRENCY


# -- refreshing before exp -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_near_its_exp_is_replaced_before_the_request(
    kind: str, server: FaultServer
) -> None:
    clock = FakeClock()
    t0 = clock.now()
    given = token("given", t0 + REFRESH_MARGIN + 30)
    second = token("second", t0 + 3600)
    third = token("third", t0 + 7200)
    provider = Provider(second, third)
    server.default = ok

    def advance_to(moment: float) -> Callable[[Any], None]:
        def step(client: Any) -> None:
            clock.time = moment

        return step

    calls: list[int] = []

    def count(client: Any) -> None:
        calls.append(provider.calls)

    run_steps(
        kind,
        [
            find,  # 90 s left: still good
            count,
            advance_to(t0 + 31),  # 59 s left, within the margin: replaced first
            find,
            count,
            find,  # the new one is good for an hour
            count,
            advance_to(t0 + 3600 - REFRESH_MARGIN),  # exactly the margin left: replaced
            find,
            count,
        ],
        token=given,
        token_provider=provider,
        base_url=server.url,
        clock=clock,
    )
    assert calls == [0, 1, 1, 2]
    assert sent_tokens(server) == [bearer(given), bearer(second), bearer(second), bearer(third)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_without_exp_is_kept_until_refused(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    opaque, second = "opaque-token-1", "opaque-token-2"
    provider = Provider(opaque, second)
    server.default = ok

    def later(client: Any) -> None:
        clock.time += 10 * 365 * 86400
        server.default = refuse(opaque)

    run_steps(kind, [find, later, find], token_provider=provider, base_url=server.url, clock=clock)
    assert provider.calls == 2
    assert sent_tokens(server) == [bearer(opaque), bearer(opaque), bearer(second)]


# -- after a 401: one new token, one repeat ------------------------------------------------------


def create_order(client: Any) -> Any:
    package = didww.v2026_10_22
    return client.orders.create(package.Order(items=[package.DIDOrderItem(sku_id="s", qty=1)]))


def update_did(client: Any) -> Any:
    return client.dids.update(didww.v2026_10_22.DID("d1", description="Support"))


def echo_or_refuse(refused: str) -> Callable[[Received], Action]:
    """401 to ``refused``; otherwise the sent resource (with an id) or the DID."""

    def answer(received: Received) -> Action:
        if received.headers.get("authorization") == bearer(refused):
            return respond(401, {"errors": [{"title": "Unauthorized", "status": "401"}]})
        if received.body:
            data = json.loads(received.body)["data"]
            return respond(
                201 if received.method == "POST" else 200, {"data": {"id": "o1", **data}}
            )
        return ok(received)

    return answer


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", [find, update_did, create_order], ids=lambda f: f.__name__)
def test_a_401_gets_one_new_token_and_one_repeat(
    kind: str, operation: Callable[[Any], Any], server: FaultServer
) -> None:
    revoked, second = token("revoked", None), token("second", None)
    provider = Provider(second)
    server.default = echo_or_refuse(revoked)
    result = run(kind, operation, token=revoked, token_provider=provider, base_url=server.url)
    assert result.id in ("d1", "o1")
    assert provider.calls == 1
    first, repeat = server.received
    assert sent_tokens(server) == [bearer(revoked), bearer(second)]
    assert (repeat.method, repeat.path, repeat.query) == (first.method, first.path, first.query)
    assert repeat.body == first.body  # a create is repeated as it was: the 401 refused it unread


@pytest.mark.parametrize("kind", KINDS)
def test_a_second_401_is_raised_not_looped(kind: str, server: FaultServer) -> None:
    first, second = token("first", None), token("second", None)
    provider = Provider(first, second, token("third", None))
    server.default = refuse(first, second, token("third", None))
    with pytest.raises(didww.AuthenticationError) as raised:
        run(kind, find, token_provider=provider, base_url=server.url)
    assert raised.value.http_status == 401
    assert "bearer token was refused" in str(raised.value)
    assert provider.calls == 2  # the first token, then one replacement; never a third
    assert sent_tokens(server) == [bearer(first), bearer(second)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_static_token_is_never_refreshed(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    expired = token("expired", clock.now() - 3600)
    server.default = ok
    did = run(kind, find, token=expired, base_url=server.url, clock=clock)
    assert did.id == "d1"  # sent as given: only the server decides it is too old
    server.default = refuse(expired)
    with pytest.raises(didww.AuthenticationError) as raised:
        run(kind, find, token=expired, base_url=server.url, clock=clock)
    message = str(raised.value)
    assert "the bearer token was refused by 127.0.0.1" in message
    assert expired not in message
    assert sent_tokens(server) == [bearer(expired), bearer(expired)]  # one each, no repeat


# -- a provider that fails ---------------------------------------------------------------------

PROVIDER_SECRET = "provider-password-7731"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "gives",
    [
        RuntimeError(f"token service refused {PROVIDER_SECRET}"),
        ConnectionError("token service down"),
        None,
        42,
        b"bytes-token",
        "",
        "   ",
        "two words",
        "line\nbreak",
        "tab\tinside",
        "nul\x00inside",
        "t\u00f6ken",
    ],
    ids=repr,
)
def test_a_failing_provider_sends_nothing(kind: str, gives: Any, server: FaultServer) -> None:
    provider = Provider(gives)
    with pytest.raises(didww.TokenProviderError) as raised:
        run(kind, find, token_provider=provider, base_url=server.url, max_retries=2)
    error = raised.value
    assert isinstance(error, didww.DidwwError)
    assert "token_provider" in str(error)
    assert PROVIDER_SECRET not in str(error) and PROVIDER_SECRET not in repr(error)
    if isinstance(gives, Exception):
        assert type(gives).__name__ in str(error)
        # Handed back for the caller to inspect, but never chained: a logger prints the chain.
        assert error.provider_error is gives
    else:
        assert "must give a token" in str(error)
        assert error.provider_error is None
    assert error.__cause__ is None and error.__context__ is None
    assert provider.calls == 1
    assert server.received == []


def test_the_provider_error_is_not_pickled() -> None:
    import pickle

    error = didww.TokenProviderError("the token_provider failed", RuntimeError(PROVIDER_SECRET))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is didww.TokenProviderError and str(copy) == str(error)
    assert copy.provider_error is None
    assert PROVIDER_SECRET.encode() not in pickle.dumps(error)
    assert error.provider_error is not None  # the original keeps it


@pytest.mark.parametrize("kind", KINDS)
def test_a_provider_failing_after_a_401_ends_the_request(kind: str, server: FaultServer) -> None:
    revoked = token("revoked", None)
    provider = Provider(RuntimeError(PROVIDER_SECRET))
    server.default = refuse(revoked)
    with pytest.raises(didww.TokenProviderError) as raised:
        run(kind, find, token=revoked, token_provider=provider, base_url=server.url)
    assert PROVIDER_SECRET not in str(raised.value)
    assert provider.calls == 1
    assert sent_tokens(server) == [bearer(revoked)]


def test_a_static_token_must_be_usable() -> None:
    for bad in ("", "  ", "two words", "tab\tinside", "t\u00f6ken"):
        with pytest.raises(didww.DidwwError, match="token"):
            Client(token=bad, base_url="http://127.0.0.1:9/v3")


# -- read-only tokens --------------------------------------------------------------------------

FORBIDDEN = {"errors": [{"title": "Forbidden", "status": "403"}]}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("challenge", "read_only"),
    [
        ('Bearer error="insufficient_scope", scope="write"', True),
        ('Bearer realm="didww", error="insufficient_scope"', True),
        ('Bearer error="invalid_token"', False),
        (None, False),
    ],
)
def test_a_403_for_scope_says_the_token_is_read_only(
    kind: str, challenge: str | None, read_only: bool, server: FaultServer
) -> None:
    reader = token("reader", None)
    provider = Provider(reader)
    headers = {"WWW-Authenticate": challenge} if challenge else {}
    server.default = lambda r: respond(403, FORBIDDEN, headers)
    with pytest.raises(didww.PermissionDeniedError) as raised:
        run(kind, update_did, token_provider=provider, base_url=server.url)
    assert ("read-only" in str(raised.value)) is read_only
    assert reader not in str(raised.value)
    assert provider.calls == 1  # a 403 is not a refused token: no new one, no repeat
    assert len(server.received) == 1


# -- tokens are never shown ----------------------------------------------------------------------


def echoing(status: int) -> Callable[[Received], Action]:
    """An error answer that repeats the Authorization it got in every text it has."""

    def answer(received: Received) -> Action:
        auth = received.headers.get("authorization", "")
        value = auth.removeprefix("Bearer ")
        error = {
            "title": f"bad token {value}",
            "detail": f"the header was {auth!r}",
            "code": value,
            "source": {"pointer": f"/headers/{value}"},
            "meta": {"token": value, "seen": [auth]},
        }
        return respond(status, {"errors": [error]})

    return answer


def assert_hidden(error: didww.APIError, *tokens: str) -> None:
    texts = [str(error), repr(error)]
    for item in error.errors:
        texts += [str(item.title), str(item.detail), str(item.code), str(item.source_pointer)]
        texts.append(repr(item.meta))
    for value in tokens:
        for text in texts:
            assert value not in text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [401, 403, 404, 422, 500])
@pytest.mark.parametrize("source", ["token", "token_provider"])
def test_an_echoed_token_is_filtered_from_errors(
    kind: str, status: int, source: str, server: FaultServer
) -> None:
    value = token("echoed", None)
    args: dict[str, Any] = (
        {"token": value} if source == "token" else {"token_provider": Provider(value)}
    )
    server.default = echoing(status)
    with pytest.raises(didww.APIError) as raised:
        run(kind, find, base_url=server.url, max_retries=0, **args)
    assert_hidden(raised.value, value)
    assert "[FILTERED]" in (raised.value.errors[0].detail or "")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_echoed_token_replaced_meanwhile_is_filtered(kind: str, server: FaultServer) -> None:
    # A slow request carries the first token; while it waits, the token nears its exp and another
    # request gets the second one. The slow answer then echoes the first token, which is no longer
    # the client's current one but is still a secret.
    clock = FakeClock()
    first = token("first", clock.now() + 3600)
    second = token("second", clock.now() + 7200)
    provider = Provider(first, second)
    arrived, release = threading.Event(), threading.Event()
    echo = echoing(422)

    def answer(received: Received) -> Action:
        if received.path.endswith("/slow"):
            arrived.set()
            release.wait(timeout=10)
            return echo(received)
        return ok(received)

    server.default = answer
    args: dict[str, Any] = {
        "token_provider": provider,
        "base_url": server.url,
        "clock": clock,
        "max_retries": 0,
    }

    if kind == "sync":
        with Client(**args) as client, ThreadPoolExecutor(1) as pool:
            slow = pool.submit(client.dids.find, "slow")
            assert arrived.wait(timeout=10)
            clock.time += 3600 - REFRESH_MARGIN
            client.dids.find("d1")
            release.set()
            with pytest.raises(didww.UnprocessableEntityError) as raised:
                slow.result(timeout=10)
    else:

        async def main() -> pytest.ExceptionInfo[didww.UnprocessableEntityError]:
            async with AsyncClient(**args) as client:
                slow = asyncio.ensure_future(client.dids.find("slow"))
                assert await anyio.to_thread.run_sync(arrived.wait, 10)
                clock.time += 3600 - REFRESH_MARGIN
                await client.dids.find("d1")
                release.set()
                with pytest.raises(didww.UnprocessableEntityError) as raised:
                    await slow
                return raised

        raised = anyio.run(main)
    assert provider.calls == 2
    assert sorted(sent_tokens(server), key=str) == sorted([bearer(first), bearer(second)])
    assert_hidden(raised.value, first, second)


@pytest.mark.parametrize("kind", KINDS)
def test_reprs_never_show_the_token(kind: str, server: FaultServer) -> None:
    static, provided = token("static", None), token("provided", None)
    server.default = ok

    def reprs(client: Any) -> list[str]:
        copy = client.with_options(timeout=5)
        return [repr(client), str(client), repr(copy), repr(client.dids), repr(client._core)]

    def step(client: Any) -> Any:
        if inspect.iscoroutinefunction(client.dids.find):

            async def later() -> list[str]:
                await client.dids.find("d1")
                return reprs(client)

            return later()
        client.dids.find("d1")
        return reprs(client)

    texts = run(kind, step, token=static, token_provider=Provider(provided), base_url=server.url)
    texts += run(kind, step, token_provider=Provider(provided), base_url=server.url)
    assert sent_tokens(server) == [bearer(static), bearer(provided)]
    for text in texts:
        assert static not in text and provided not in text


@pytest.mark.parametrize("kind", KINDS)
def test_debug_logs_never_show_the_token(
    kind: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    first, second = token("first", clock.now() + 3600), token("second", clock.now() + 7200)
    server.queue(respond(401, {"errors": [{"title": "Unauthorized"}]}), respond(503, {}))
    server.default = echoing(422)
    caplog.set_level(logging.DEBUG, logger="didww")
    with pytest.raises(didww.UnprocessableEntityError):
        run(
            kind,
            update_did,
            token_provider=Provider(first, second),
            base_url=server.url,
            clock=clock,
        )
    assert sent_tokens(server) == [bearer(first), bearer(second), bearer(second)]
    records = [r for r in caplog.records if r.name.startswith("didww")]
    assert any(r.levelno == logging.DEBUG for r in records)  # the flow was logged
    assert any("503" in r.getMessage() for r in records)
    for record in records:
        for value in (first, second):
            assert value not in record.getMessage()


# -- redirects -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_to_another_host_drops_the_token(
    kind: str, status: int, server: FaultServer
) -> None:
    value = token("value", None)
    with FaultServer() as elsewhere:  # 127.0.0.1 too, on another port: another origin
        elsewhere.default = ok
        server.queue(redirect(f"{elsewhere.url}/dids/d1", status))
        did = run(kind, find, token=value, api_key=API_KEY, base_url=server.url)
        assert did.id == "d1"
        (moved,) = elsewhere.received
    (first,) = server.received
    assert first.headers["authorization"] == bearer(value)
    assert "authorization" not in moved.headers
    assert "api-key" not in moved.headers and "api-key" not in first.headers


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_on_the_api_host_keeps_the_token(kind: str, server: FaultServer) -> None:
    value = token("value", None)
    server.queue(redirect(f"{server.url}/dids/d1?moved=1", 307))
    server.default = ok
    assert run(kind, find, token=value, base_url=server.url).id == "d1"
    assert sent_tokens(server) == [bearer(value), bearer(value)]
    assert server.received[1].query == [("moved", "1")]


# -- creating a client ---------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=lambda c: c.__name__)
@pytest.mark.parametrize("extra", [{}, {"api_key": API_KEY}], ids=["nothing", "api_key only"])
def test_a_client_needs_a_token_or_a_provider(cls: type[Any], extra: dict[str, Any]) -> None:
    with pytest.raises(didww.ClientError) as raised:
        cls(base_url="http://127.0.0.1:9/v3", **extra)
    message = str(raised.value)
    assert "2026-10-22" in message
    assert "token=" in message and "token_provider=" in message


@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=lambda c: c.__name__)
def test_a_provider_must_be_callable(cls: type[Any]) -> None:
    with pytest.raises(didww.ClientError, match="token_provider"):
        cls(token_provider="not-a-function", base_url="http://127.0.0.1:9/v3")


CSV = b"date,number\n2026-10-01,442037691880\n"


def export_api(received: Received) -> Action:
    if received.path == "/v3/exports/e1":
        file_url = "/v3/exports/e1/file.csv"
        attributes = {"status": "completed", "url": file_url, "export_type": "cdr_in"}
        return respond(200, {"data": {"type": "exports", "id": "e1", "attributes": attributes}})
    if received.path == "/v3/exports/e1/file.csv":
        return respond(200, CSV, content_type="text/csv")
    return ok(received)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("api_key", [API_KEY, None], ids=["with api_key", "without"])
def test_the_api_key_goes_only_on_the_download(
    kind: str, api_key: str | None, server: FaultServer, tmp_path: Any
) -> None:
    value = token("value", None)
    server.default = export_api
    target = tmp_path / "export.csv"
    run_steps(
        kind,
        [find, lambda client: client.exports.download("e1", target)],
        token=value,
        api_key=api_key,
        base_url=server.url,
    )
    assert target.read_bytes() == CSV
    did, export, download = server.received
    assert [r.path for r in server.received] == [
        "/v3/dids/d1",
        "/v3/exports/e1",
        "/v3/exports/e1/file.csv",
    ]
    for request in (did, export):
        assert request.headers["authorization"] == bearer(value)
        assert "api-key" not in request.headers
        assert "x-didww-api-version" not in request.headers
    if api_key is None:
        assert download.headers["authorization"] == bearer(value)
        assert "api-key" not in download.headers
    else:
        assert download.headers["api-key"] == api_key
        assert "authorization" not in download.headers


@pytest.fixture(scope="module")
def public_keys() -> dict[str, Any]:
    """``GET /public_keys`` with two RSA keys (2048 bits: quick to make)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    keys = []
    for n in range(2):
        public = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
        pem = public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        keys.append({"type": "public_keys", "id": f"key-{n}", "attributes": {"key": pem.decode()}})
    return {"data": keys}


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_upload_is_repeated_once_as_it_was(
    kind: str, server: FaultServer, public_keys: dict[str, Any]
) -> None:
    revoked, second = token("revoked", None), token("second", None)
    provider = Provider(second)
    refused = refuse(revoked)

    def answer(received: Received) -> Action:
        if received.path == "/v3/public_keys":
            return respond(200, public_keys)
        if received.headers.get("authorization") == bearer(revoked):
            return refused(received)
        return respond(201, {"data": {"type": "encrypted_files", "id": "ef-1"}})

    server.default = answer
    uploaded = run(
        kind,
        lambda client: client.encrypted_files.upload(b"%PDF-1.7 passport", description="ID"),
        token=revoked,
        token_provider=provider,
        base_url=server.url,
    )
    assert uploaded.id == "ef-1"
    keys, first, repeat = server.received
    assert "authorization" not in keys.headers  # public_keys takes no credentials
    assert (first.method, first.path, repeat.method, repeat.path) == (
        "POST",
        "/v3/encrypted_files",
        "POST",
        "/v3/encrypted_files",
    )
    assert sent_tokens(server)[1:] == [bearer(revoked), bearer(second)]
    assert repeat.body == first.body and b"encrypted_files[description]" in first.body
    assert provider.calls == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_download_is_repeated_once(kind: str, server: FaultServer, tmp_path: Any) -> None:
    revoked, second = token("revoked", None), token("second", None)
    provider = Provider(second)
    refused = refuse(revoked)

    def answer(received: Received) -> Action:
        if received.path.endswith("/file.csv") and received.headers.get("authorization") == bearer(
            revoked
        ):
            return refused(received)
        return export_api(received)

    server.default = answer
    target = tmp_path / "export.csv"
    written = run(
        kind,
        lambda client: client.exports.download("e1", target),
        token=revoked,
        token_provider=provider,
        base_url=server.url,
    )
    assert written == len(CSV) and target.read_bytes() == CSV
    assert [r.path for r in server.received] == [
        "/v3/exports/e1",
        "/v3/exports/e1/file.csv",
        "/v3/exports/e1/file.csv",
    ]
    assert sent_tokens(server) == [bearer(revoked), bearer(revoked), bearer(second)]
    assert provider.calls == 1


@pytest.mark.parametrize("kind", KINDS)
def test_with_options_copies_share_the_token(kind: str, server: FaultServer) -> None:
    provider = Provider(token("shared", None), token("other", None))
    server.default = ok

    def copy_finds(client: Any) -> Any:
        return client.with_options(timeout=5, max_retries=0).dids.find("d1")

    run_steps(kind, [find, copy_finds, find], token_provider=provider, base_url=server.url)
    assert provider.calls == 1
    assert sent_tokens(server) == [bearer(token("shared", None))] * 3


def test_cancelling_the_task_that_started_the_provider_call_lets_the_others_use_it(
    server: FaultServer,
) -> None:
    # The provider call runs on its own: the first request that needed a token is cancelled
    # while the call is under way, and the others still get the token of that one call.
    clock = FakeClock()
    fresh = token("fresh", clock.now() + 3600)
    calls: list[str] = []

    async def provider() -> str:
        calls.append("call")
        await release.wait()
        return fresh

    async def main() -> list[Any]:
        async with AsyncClient(token_provider=provider, base_url=server.url, clock=clock) as api:
            first = asyncio.ensure_future(api.dids.find("d1"))
            while not calls:  # the first request is inside the provider call
                await asyncio.sleep(0)
            others = [asyncio.ensure_future(api.dids.find("d1")) for _ in range(3)]
            await asyncio.sleep(0.01)  # the others wait for the call too
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
            release.set()
            return list(await asyncio.gather(*others))

    server.default = ok
    release = asyncio.Event()
    found = asyncio.run(main())
    assert [d.number for d in found] == ["442037691880"] * 3
    assert calls == ["call"]  # before: the next waiter called the provider again
    assert sent_tokens(server) == [bearer(fresh)] * 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_provider_failing_after_a_refused_download_frees_its_connection(
    kind: str, server: FaultServer, tmp_path: Any
) -> None:
    # The download's 401 comes as a streamed answer, left unread; the provider then fails.
    # Before, that answer stayed open and held its connection: on a pool of one, the next
    # request waited for a connection that never came back.
    revoked = token("revoked", None)
    provider = Provider(RuntimeError(PROVIDER_SECRET), token("second", None))
    refused = refuse(revoked)

    def answer(received: Received) -> Action:
        if received.path.endswith("/file.csv"):
            return refused(received)
        return export_api(received)

    server.default = answer
    target = tmp_path / "export.csv"
    args = client_args(kind, {"token": revoked, "token_provider": provider})
    args.update(base_url=server.url, timeout=2, max_retries=0)  # the held pool fails in 2 s
    one = httpx.Limits(max_connections=1)

    def download(client: Any) -> Any:
        return client.exports.download("e1", target)

    if kind == "sync":
        with (
            httpx.Client(limits=one) as http,
            Client(http_client=http, **args) as client,
        ):
            with pytest.raises(didww.TokenProviderError):
                download(client)
            found = client.exports.find("e1")
    else:

        async def main() -> Any:
            async with (
                httpx.AsyncClient(limits=one) as http,
                AsyncClient(http_client=http, **args) as client,
            ):
                with pytest.raises(didww.TokenProviderError):
                    await download(client)
                return await client.exports.find("e1")

        found = anyio.run(main)
    assert found.id == "e1"
    assert not target.exists()
    assert provider.calls == 1
