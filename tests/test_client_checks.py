"""What a client accepts at construction, and what its errors and raw responses keep.

Bad settings (a key or version that cannot go in a header, another API version, a timeout or
rate limit that is not a usable number of seconds, a base URL with a query) are refused with a
ClientError before anything is sent; credentials never show in reprs, messages, logs, pickles
or the httpx objects kept on errors and raw responses, while the wire still carries them.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import pickle
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

import didww
import didww.v2026_10_22 as v2
from didww.testing import DEFAULT_API_KEY, SEED, Simulator, serve
from tests.support import bearer_token
from tests.transport.faultserver import FaultServer, Received, respond

KEY = "sk-live-0123456789abcdef"
DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "12125550199"}}}
REFUSED = {"errors": [{"title": "Unauthorized", "status": "401"}]}

# Every client class whose checks come from the runtime: both versions, sync and async. Each
# entry makes a client from keyword arguments, with the version's credential filled in.
Factory = Callable[..., Any]


def _v1(cls: Any) -> Factory:
    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("api_key", KEY)
        return cls(**kwargs)

    return make


def _v2(cls: Any) -> Factory:
    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("token", bearer_token(None))
        return cls(**kwargs)

    return make


FACTORIES = {
    "Client": _v1(didww.Client),
    "AsyncClient": _v1(didww.AsyncClient),
    "v2026_10_22.Client": _v2(v2.Client),
    "v2026_10_22.AsyncClient": _v2(v2.AsyncClient),
}
ALL = pytest.mark.parametrize("make", FACTORIES.values(), ids=FACTORIES.keys())


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        fault.default = lambda received: respond(200, DID)
        yield fault


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DIDWW_API_KEY", "DIDWW_BASE_URL", "DIDWW_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)


def _find(client: Any, http: Any = None) -> Any:
    """``client.dids.find("d1")``, run to its end for an async client too; the client, and the
    caller's ``http`` client it was given if any, are closed afterwards."""
    if isinstance(client, (didww.AsyncClient, v2.AsyncClient)):

        async def main() -> Any:
            try:
                return await client.dids.find("d1")
            finally:
                await client.close()
                if http is not None:
                    await http.aclose()

        return asyncio.run(main())
    try:
        with client:
            return client.dids.find("d1")
    finally:
        if http is not None:
            http.close()


# -- 1. the API key and api_version must fit in a header ----------------------------------------

BAD_KEYS = {
    "header injection": ("k\r\nX-Evil: yes", "line break"),
    "trailing newline": ("SECRET-KEY-VALUE\n", "line break"),
    "non-ASCII": ("ключ-доступа", "non-ASCII"),
    "inner space": ("two words", "whitespace"),
    "tab": ("tab\there", "whitespace"),
    "NUL": ("nul\x00inside", "control character"),
    "DEL": ("del\x7finside", "control character"),
}


@ALL
@pytest.mark.parametrize(("key", "reason"), BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_an_api_key_that_cannot_go_in_a_header_is_refused_unshown(
    make: Factory, key: str, reason: str, server: FaultServer
) -> None:
    with pytest.raises(didww.ClientError, match="api_key") as raised:
        make(api_key=key, base_url=server.url)
    message = str(raised.value)
    assert reason in message
    assert key not in message and key.strip() not in message and key not in repr(raised.value)
    assert server.received == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_caller_http_client_never_gets_to_quote_the_key(kind: str, server: FaultServer) -> None:
    # Before: httpx refused the header on the first request, with the key in its message.
    http: Any = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    cls: Any = didww.Client if kind == "sync" else didww.AsyncClient
    with pytest.raises(didww.ClientError) as raised:
        cls(api_key="SECRET-KEY-VALUE\n", base_url=server.url, http_client=http)
    assert "SECRET-KEY-VALUE" not in str(raised.value)
    if kind == "sync":
        http.close()
    else:
        asyncio.run(http.aclose())
    assert server.received == []


@pytest.mark.parametrize("token", ["two words", "line\nbreak", "t\u00f6ken", ""])
def test_an_unusable_static_token_is_a_client_error(token: str) -> None:
    for cls in (v2.Client, v2.AsyncClient):
        with pytest.raises(didww.ClientError, match="token") as raised:
            cls(token=token, base_url="http://127.0.0.1:9/v3")
        assert not token or token not in str(raised.value)


def test_a_key_in_the_environment_is_checked_and_stripped(
    monkeypatch: pytest.MonkeyPatch, server: FaultServer
) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "in\nside")
    with pytest.raises(didww.ClientError, match="DIDWW_API_KEY contains a line break"):
        didww.Client(base_url=server.url)
    # A line break around the key (as `echo KEY > .env` leaves) is not part of it.
    monkeypatch.setenv("DIDWW_API_KEY", f"{KEY}\n")
    _find(didww.Client(base_url=server.url))
    assert server.received[-1].headers["api-key"] == KEY


@ALL
def test_a_good_key_goes_on_the_wire_as_given(make: Factory, server: FaultServer) -> None:
    assert _find(make(api_key=KEY, base_url=server.url)).id == "d1"
    sent = server.received[-1].headers
    if make in (FACTORIES["Client"], FACTORIES["AsyncClient"]):
        assert sent["api-key"] == KEY
        assert sent["x-didww-api-version"] == "2026-04-16"
    else:  # bearer versions send the token; the key goes only on export downloads
        assert sent["authorization"] == f"Bearer {bearer_token(None)}"
        assert "api-key" not in sent


# -- 2. api_version names the client's own version or nothing ----------------------------------


@pytest.mark.parametrize("cls", [didww.Client, didww.AsyncClient])
def test_another_sdk_version_names_its_client(cls: Any) -> None:
    with pytest.raises(didww.ClientError) as raised:
        cls(api_key=KEY, api_version="2026-10-22")
    assert f"use didww.v2026_10_22.{cls.__name__} for 2026-10-22" in str(raised.value)


@pytest.mark.parametrize("cls", [didww.Client, didww.AsyncClient])
def test_an_unknown_version_is_refused(cls: Any) -> None:
    with pytest.raises(didww.ClientError) as raised:
        cls(api_key=KEY, api_version="2020-01-01")
    message = str(raised.value)
    assert "'2020-01-01' is not an API version this SDK has (2026-04-16, 2026-10-22)" in message
    for junk in ("2026-04-16\r\nX-Evil: yes", "", 20260416):
        with pytest.raises(didww.ClientError) as raised:
            cls(api_key=KEY, api_version=junk)
        assert "X-Evil" not in str(raised.value)
        assert "the api_version given is not an API version" in str(raised.value)


def test_the_clients_own_version_is_accepted_and_sent(server: FaultServer) -> None:
    _find(didww.Client(api_key=KEY, base_url=server.url, api_version="2026-04-16"))
    assert server.received[-1].headers["x-didww-api-version"] == "2026-04-16"


# -- 3. errors and raw responses keep no credential ----------------------------------------------


def _assert_filtered(request: httpx.Request, header: str, secret: str, kept: object) -> None:
    assert request.headers[header] == "[FILTERED]"
    assert secret.encode() not in pickle.dumps(kept)
    assert secret not in repr(kept) and secret not in str(kept)


def test_an_authentication_error_keeps_no_key() -> None:
    with (
        serve(Simulator()) as sim,
        didww.Client(api_key="wrong-key-0123456789", base_url=sim.base_url) as client,
        pytest.raises(didww.AuthenticationError) as raised,
    ):
        client.dids.find(SEED.did_us)
    error = raised.value
    assert error.response is not None
    _assert_filtered(error.response.request, "Api-Key", "wrong-key-0123456789", error)
    # The simulator saw a key (not the filtered text): it refused it as not valid.
    assert "Api-Key is not valid" in str(error)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_key_is_sent_but_not_kept_on_the_error(kind: str, server: FaultServer) -> None:
    seen: list[str] = []
    server.default = lambda received: respond(401, REFUSED)

    def hook(request: httpx.Request) -> None:
        seen.append(request.headers["Api-Key"])

    async def ahook(request: httpx.Request) -> None:
        hook(request)

    for own in (True, False):  # the SDK's transport, then a caller's httpx client
        if kind == "sync":
            http: Any = None if own else httpx.Client(event_hooks={"request": [hook]})
            client: Any = didww.Client(api_key=KEY, base_url=server.url, http_client=http)
        else:
            http = None if own else httpx.AsyncClient(event_hooks={"request": [ahook]})
            client = didww.AsyncClient(api_key=KEY, base_url=server.url, http_client=http)
        with pytest.raises(didww.AuthenticationError) as raised:
            _find(client, http)
        assert server.received[-1].headers["api-key"] == KEY
        response = raised.value.response
        assert response is not None and response.status_code == 401
        _assert_filtered(response.request, "Api-Key", KEY, raised.value)
    assert seen == [KEY]


def test_a_bearer_error_keeps_no_token() -> None:
    # Minted by another simulator: well-formed, but refused as not one of this one's.
    refused = Simulator(api_version="2026-10-22").issue_token()
    with (
        serve(Simulator(api_version="2026-10-22")) as sim,
        v2.Client(token=refused, base_url=sim.base_url, max_retries=0) as client,
        pytest.raises(didww.AuthenticationError) as raised,
    ):
        client.dids.find(SEED.did_us)
    response = raised.value.response
    assert response is not None
    _assert_filtered(response.request, "Authorization", refused, raised.value)


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_raw_response_keeps_no_credential(version: str, kind: str) -> None:
    simulator = Simulator(api_version=version)
    if version == "2026-04-16":
        secret, header = DEFAULT_API_KEY, "Api-Key"
        credential: dict[str, Any] = {"api_key": DEFAULT_API_KEY}
        classes: tuple[Any, Any] = (didww.Client, didww.AsyncClient)
    else:
        secret, header = simulator.issue_token(), "Authorization"
        credential = {"token": secret}
        classes = (v2.Client, v2.AsyncClient)
    with serve(simulator) as sim:
        if kind == "sync":
            with classes[0](base_url=sim.base_url, **credential) as client:
                raw = client.dids.with_raw_response.find(SEED.did_us)
                again = client.dids.find(SEED.did_us)  # the credential still goes out
        else:

            async def main() -> tuple[Any, Any]:
                async with classes[1](base_url=sim.base_url, **credential) as client:
                    found = await client.dids.with_raw_response.find(SEED.did_us)
                    return found, await client.dids.find(SEED.did_us)

            raw, again = asyncio.run(main())
    assert raw.status_code == 200 and raw.parsed.id == again.id == SEED.did_us
    _assert_filtered(raw.http_response.request, header, secret, raw.http_response)
    assert secret.encode() not in pickle.dumps(raw.http_response.request)


def test_a_password_in_the_base_url_is_not_kept_on_the_error(server: FaultServer) -> None:
    server.default = lambda received: respond(401, REFUSED)
    url = server.url.replace("http://", "http://user:url-pass-word@")
    http = httpx.Client()
    client = didww.Client(api_key=KEY, base_url=url, http_client=http)
    with pytest.raises(didww.AuthenticationError) as raised:
        _find(client, http)
    # httpx turned the URL's userinfo into Basic credentials: both are filtered.
    assert server.received[-1].headers["authorization"].startswith("Basic ")
    request = raised.value.response.request  # type: ignore[union-attr]
    assert request.url.password == "[FILTERED]"
    assert request.headers["Authorization"] == "[FILTERED]"
    assert b"url-pass-word" not in pickle.dumps(raised.value)


# -- 4. timeouts and rate limits are usable numbers of seconds ----------------------------------

BAD_TIMEOUTS = {
    "nan": float("nan"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "past what sockets take": 1e12,
    "Timeout(nan)": httpx.Timeout(float("nan")),
    "Timeout(read=inf)": httpx.Timeout(5.0, read=float("inf")),
    "Timeout(pool=0)": httpx.Timeout(5.0, pool=0.0),
    "Timeout(write='5')": httpx.Timeout(5.0, write="5"),  # type: ignore[arg-type]
    # Too large for a float: float() and math.isfinite() raise OverflowError on these.
    "10**400": 10**400,
    "10**5000 (too long to show)": 10**5000,
    "Timeout(10**400)": httpx.Timeout(10**400),
}


@ALL
@pytest.mark.parametrize("timeout", BAD_TIMEOUTS.values(), ids=BAD_TIMEOUTS.keys())
def test_a_timeout_that_is_no_usable_number_is_refused(make: Factory, timeout: Any) -> None:
    with pytest.raises(didww.ClientError, match="timeout"):
        make(timeout=timeout)
    client = make()
    with pytest.raises(didww.ClientError, match="timeout"):
        client.with_options(timeout=timeout)


@ALL
@pytest.mark.parametrize(
    "rate",
    [float("nan"), float("inf"), 0, -1.0, 1e-12, True, "5", 10**400, 10**5000],
    ids=["nan", "inf", "0", "-1", "1e-12", "True", "'5'", "10**400", "10**5000"],
)
def test_a_rate_limit_that_is_no_usable_number_is_refused(make: Factory, rate: Any) -> None:
    with pytest.raises(didww.ClientError, match="rate_limit"):
        make(rate_limit=rate)


def test_long_timeouts_and_slow_rates_still_work(server: FaultServer) -> None:
    client = didww.Client(
        api_key=KEY, base_url=server.url, timeout=86400.0, rate_limit=1 / (30 * 86400)
    )
    with client:
        assert client.with_options(timeout=httpx.Timeout(3600.0)).dids.find("d1").id == "d1"


# -- 5. the base URL is where the API paths go ---------------------------------------------------

BAD_BASE_URLS = {
    "query": ("{url}?key=value", "query string"),
    "empty query": ("{url}?", "query string"),
    "fragment": ("{url}#top", "fragment"),
    "space": ("{url} ", "whitespace"),
    "line break": ("{url}\r\nX-Evil: yes", "whitespace"),
    "port": ("http://127.0.0.1:99999/v3", "outside 1-65535"),
    "bad port": ("http://127.0.0.1:port/v3", "not a usable URL"),
    "no host": ("http:///v3", "no host"),
}


@ALL
@pytest.mark.parametrize(("url", "reason"), BAD_BASE_URLS.values(), ids=BAD_BASE_URLS.keys())
def test_a_base_url_the_paths_cannot_go_under_is_refused(
    make: Factory, url: str, reason: str, server: FaultServer
) -> None:
    with pytest.raises(didww.ClientError, match=f"base_url .*{reason}"):
        make(base_url=url.format(url=server.url))
    assert server.received == []


def test_a_base_url_in_the_environment_is_checked(
    monkeypatch: pytest.MonkeyPatch, server: FaultServer
) -> None:
    monkeypatch.setenv("DIDWW_BASE_URL", f"{server.url}?x=1")
    with pytest.raises(didww.ClientError, match=r"DIDWW_BASE_URL .* query string"):
        didww.Client(api_key=KEY)
    monkeypatch.setenv("DIDWW_BASE_URL", f" {server.url}/ ")
    _find(didww.Client(api_key=KEY))
    assert server.received[-1].path == "/v3/dids/d1"


# -- 6. a password in the base URL never shows -------------------------------------------------


@ALL
def test_a_password_in_the_base_url_is_not_in_the_repr(make: Factory) -> None:
    client = make(base_url="http://user:url-pass-word@127.0.0.1:1/v3")
    assert repr(client).endswith("(base_url='http://user:[FILTERED]@127.0.0.1:1/v3')")
    assert "url-pass-word" not in repr(client._core)
    with pytest.raises(didww.ClientError) as raised:
        make(base_url="ftp://user:url-pass-word@127.0.0.1:1/v3")
    assert "url-pass-word" not in str(raised.value) and "user:[FILTERED]@" in str(raised.value)


def test_a_password_in_the_base_url_is_not_logged(
    caplog: pytest.LogCaptureFixture, server: FaultServer
) -> None:
    caplog.set_level(logging.DEBUG, logger="didww")
    server.queue(respond(503, {}))
    url = server.url.replace("http://", "http://user:url-pass-word@")
    client = didww.Client(api_key=KEY, base_url=url, clock=_NoWait())
    _find(client)
    assert len(server.received) == 2  # the 503 was retried: both attempts were logged
    assert "retrying GET http://user:[FILTERED]@127.0.0.1" in caplog.text
    assert "url-pass-word" not in caplog.text


def test_a_password_in_the_base_url_is_not_in_a_connection_error() -> None:
    client = didww.Client(
        api_key=KEY, base_url="http://user:url-pass-word@127.0.0.1:1/v3", max_retries=0
    )
    with pytest.raises(didww.APIConnectionError) as raised:
        _find(client)
    assert "url-pass-word" not in str(raised.value)


class _NoWait(didww.Clock):
    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        pass


# -- 7. an AsyncClient under a second event loop -------------------------------------------------


@contextmanager
def _abandoning_pools() -> Iterator[None]:
    """Around a scenario that leaves connections under a loop asyncio.run() has closed: they
    can be neither used nor closed from another loop, and the garbage collector closes their
    sockets, whenever it runs, with a ResourceWarning. The scenarios run in functions of their
    own, so that nothing refers to them once they return."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield
        gc.collect()
        gc.collect()


def _three_loops(base_url: str) -> list[str]:
    client = didww.AsyncClient(api_key=DEFAULT_API_KEY, base_url=base_url)
    numbers = [asyncio.run(client.dids.find(SEED.did_us)).number for _ in range(2)]
    copy = client.with_options(timeout=5.0)  # shares the pool, which moves along
    numbers.append(asyncio.run(copy.dids.find(SEED.did_us)).number)
    asyncio.run(client.close())
    with pytest.raises(didww.ClientError, match="closed"):
        asyncio.run(copy.dids.find(SEED.did_us))
    return numbers


def test_an_async_client_works_again_under_a_new_event_loop() -> None:
    with _abandoning_pools(), serve(Simulator()) as sim:
        numbers = _three_loops(sim.base_url)
        assert [r.path for r in sim.simulator.requests] == [f"/dids/{SEED.did_us}"] * 3
    assert numbers == [numbers[0]] * 3


def _two_bearer_loops(simulator: Simulator[Any, Any], base_url: str) -> list[str]:
    client = v2.AsyncClient(token_provider=simulator.issue_token, base_url=base_url)
    numbers = [asyncio.run(client.dids.find(SEED.did_us)).number for _ in range(2)]
    asyncio.run(client.close())
    return numbers


def test_a_bearer_async_client_works_again_under_a_new_event_loop() -> None:
    simulator = Simulator(api_version="2026-10-22")
    with _abandoning_pools(), serve(simulator) as sim:
        numbers = _two_bearer_loops(simulator, sim.base_url)
    assert numbers[0] == numbers[1]


def _caller_client_in_two_loops(base_url: str) -> None:
    http = httpx.AsyncClient()
    client = didww.AsyncClient(api_key=KEY, base_url=base_url, http_client=http)
    asyncio.run(client.dids.find("d1"))
    with pytest.raises(didww.ClientError, match="event loop that is now closed"):
        asyncio.run(client.dids.find("d1"))


def test_a_caller_http_client_moved_to_a_new_loop_is_refused_unsent(server: FaultServer) -> None:
    with _abandoning_pools():
        _caller_client_in_two_loops(server.url)
    assert len(server.received) == 1


def test_two_running_loops_cannot_share_an_async_client(server: FaultServer) -> None:
    arrived, release = threading.Event(), threading.Event()

    def hold(received: Received) -> Any:
        arrived.set()
        release.wait(5)
        return respond(200, DID)

    server.default = hold  # the other thread's request is held until the second loop tried
    with _abandoning_pools():
        results = _held_in_another_loop(server.url, arrived, release)
    assert [r.id for r in results] == ["d1"] and len(server.received) == 1


def _caller_used_it_first(base_url: str) -> None:
    http = httpx.AsyncClient()
    asyncio.run(http.get(f"{base_url}/dids/d1"))  # the caller's own request, under a first loop
    client = didww.AsyncClient(api_key=KEY, base_url=base_url, http_client=http)
    with pytest.raises(didww.APIConnectionError, match="event loop that is now closed") as raised:
        asyncio.run(client.dids.find("d1"))
    assert raised.value.may_have_been_processed


def test_a_caller_http_client_from_a_closed_loop_the_sdk_never_saw(server: FaultServer) -> None:
    # httpx writes the request on the dead loop's connection before failing: an SDK error that
    # says the request may have arrived, not a bare RuntimeError.
    with _abandoning_pools():
        _caller_used_it_first(server.url)
    # The second request was written before the client failed; the server's thread may read it
    # after the call has returned (CI saw 1 on Python 3.13).
    assert server.wait_received(2) == 2


def test_an_in_process_async_client_goes_on_working_in_a_new_loop() -> None:
    # The simulator's in-process transport holds no connection bound to a loop: nothing to refuse.
    simulator = Simulator()
    client = simulator.async_client()
    numbers = [asyncio.run(client.dids.find(SEED.did_us)).number for _ in range(2)]
    asyncio.run(client.close())
    assert numbers[0] == numbers[1] and len(simulator.requests) == 2


def _held_in_another_loop(
    base_url: str, arrived: threading.Event, release: threading.Event
) -> list[Any]:
    client = didww.AsyncClient(api_key=KEY, base_url=base_url)
    results: list[Any] = []
    other = threading.Thread(target=lambda: results.append(asyncio.run(client.dids.find("d1"))))
    other.start()
    try:
        assert arrived.wait(5)
        with pytest.raises(didww.ClientError, match="in use in another event loop"):
            asyncio.run(client.dids.find("d1"))
    finally:
        release.set()
        other.join(5)
    asyncio.run(client.close())  # under a third loop: the pool of the finished one is left
    return results


# -- 8. with_options flags are real bools --------------------------------------------------------


@ALL
@pytest.mark.parametrize("flag", ["yes", 1, None, "False"])
def test_retry_non_idempotent_must_be_a_bool(make: Factory, flag: Any) -> None:
    with pytest.raises(didww.ClientError, match="retry_non_idempotent must be True or False"):
        make().with_options(retry_non_idempotent=flag)


def test_retry_non_idempotent_true_repeats_a_create(server: FaultServer) -> None:
    server.queue(respond(503, {}))
    order = {"data": {"type": "orders", "id": "o1", "attributes": {}}}
    server.default = lambda received: respond(201, order)
    client = didww.Client(api_key=KEY, base_url=server.url, clock=_NoWait())
    with client:
        item = didww.CapacityOrderItem(capacity_pool_id="pool", qty=1)
        client.with_options(retry_non_idempotent=True).orders.create(didww.Order(items=[item]))
    assert [r.method for r in server.received] == ["POST", "POST"]


# --- arguments a client does not take -----------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda: didww.Client(api_key="k", timout=3),  # type: ignore[call-arg]
            "Client() takes no timout= argument (did you mean timeout=?); it takes: api_key, ",
        ),
        (
            lambda: didww.AsyncClient(api_key="k", retries=1),  # type: ignore[call-arg]
            "AsyncClient() takes no retries= argument (did you mean max_retries=?)",
        ),
        (
            lambda: didww.Client(token="secret-token-value"),  # type: ignore[call-arg]
            "Client() takes no token= argument: API version 2026-04-16 authenticates with an API "
            "key (api_key=); bearer tokens are for 2026-10-22: use "
            "didww.v2026_10_22.Client(token=...)",
        ),
        (
            lambda: v2.Client(token="t", api_version="2026-10-22"),  # type: ignore[call-arg]
            "Client() takes no api_version= argument: the token selects the version",
        ),
        (
            lambda: v2.AsyncClient(token="t", shiny=True),  # type: ignore[call-arg]
            "AsyncClient() takes no shiny= argument; it takes: token, token_provider, api_key, ",
        ),
        (
            lambda: didww.Client("secret-key-value"),  # type: ignore[call-arg]
            "Client() takes keyword arguments only, got 1 positional: Client(api_key=...)",
        ),
        (
            lambda: v2.Client("secret-token-value"),  # type: ignore[call-arg]
            "Client() takes keyword arguments only, got 1 positional: Client(token=...)",
        ),
    ],
)
def test_an_argument_a_client_does_not_take_is_named_with_what_was_meant(
    make: Callable[[], object], expected: str
) -> None:
    # Python's own TypeError named the base class holding __init__ (SyncClientBase).
    with pytest.raises(didww.ClientError) as caught:
        make()
    message = str(caught.value)
    assert message.startswith(expected) or expected in message, message
    assert "ClientBase" not in message
    assert "secret" not in message  # values are never shown


def test_a_subclass_of_a_client_judges_its_own_arguments() -> None:
    # A subclass passing **kwargs on, or taking positional arguments, is left to its own
    # __init__: the check must not refuse what that __init__ takes and passes on.
    class Tenanted(didww.Client):
        def __init__(self, *, tenant: str, **kwargs: Any) -> None:
            self.tenant = tenant
            super().__init__(**kwargs)

    class Keyed(didww.Client):
        def __init__(self, key: str) -> None:
            super().__init__(api_key=key)

    class Strict(didww.Client):
        def __init__(self, *, api_key: str, tenant: str) -> None:
            self.tenant = tenant
            super().__init__(api_key=api_key)

    with Tenanted(tenant="t", api_key="k") as tenanted, Keyed("k") as keyed:
        assert tenanted.tenant == "t" and isinstance(keyed, didww.Client)
    with Strict(api_key="k", tenant="t") as strict:
        assert strict.tenant == "t"
    with pytest.raises(didww.ClientError, match=r"Strict\(\) takes no tennant= argument \(did"):
        Strict(api_key="k", tennant="t")  # type: ignore[call-arg]


def test_the_token_hint_names_the_sdks_own_class_for_a_subclass() -> None:
    class Mine(didww.Client):
        pass

    class MineAsync(didww.AsyncClient):
        pass

    with pytest.raises(didww.ClientError, match=r"use didww\.v2026_10_22\.Client\(token=\.\.\.\)"):
        Mine(token="t")  # type: ignore[call-arg]
    with pytest.raises(didww.ClientError, match=r"v2026_10_22\.AsyncClient\(token=\.\.\.\)"):
        MineAsync(token="t")  # type: ignore[call-arg]


def test_a_client_class_made_and_dropped_is_not_kept_by_the_argument_check() -> None:
    import weakref

    made = type("Made", (didww.Client,), {})
    with made(api_key="k"):
        pass
    gone = weakref.ref(made)
    del made
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (b"https://api.example.com/v3", "base_url must be an http(s) URL, got b'https://api"),
        ("https://xn--/v3", "base_url 'https://xn--/v3' is not a usable URL"),
    ],
)
def test_a_base_url_of_the_wrong_type_or_an_unencodable_host_is_a_client_error(
    base_url: object, message: str
) -> None:
    with pytest.raises(didww.ClientError, match=re.escape(message)):
        didww.Client(api_key="k", base_url=base_url)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_caller_http_client_closed_by_the_caller_is_a_client_error(kind: str) -> None:
    # httpx refuses a closed client with a bare RuntimeError: raised as it was, it escaped every
    # call, and a batch took it for a bug in the caller's function and stopped.
    simulator = Simulator()
    base_url = "https://api.example.com/v3"
    message = r"^the http_client given to this client is closed .*the request was not sent$"
    if kind == "sync":
        with httpx.Client(transport=simulator.transport()) as http:
            client = didww.Client(api_key=simulator.api_key, base_url=base_url, http_client=http)
        with pytest.raises(didww.ClientError, match=message):
            client.dids.list()
        (outcome,) = client.batch(client.dids.find, [SEED.did_us])
        assert isinstance(outcome.error, didww.ClientError)
    else:

        async def main() -> None:
            async with httpx.AsyncClient(transport=simulator.async_transport()) as http:
                client = didww.AsyncClient(
                    api_key=simulator.api_key, base_url=base_url, http_client=http
                )
            with pytest.raises(didww.ClientError, match=message):
                await client.dids.list()

        asyncio.run(main())
    assert list(simulator.requests) == []
