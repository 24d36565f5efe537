"""Starting without ceremony and recovering without guessing: settings from the environment,
errors that say where and what, closed clients, and orders whose answer was lost."""

from __future__ import annotations

import pickle
import socket
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww.testing import Simulator
from tests.transport.faultserver import RESET_AFTER_READ, FaultServer, respond, slow
from tests.transport.support import KINDS, run


def _seen(kind: str, **client_args: Any) -> httpx.Request:
    """The request a client built from ``client_args`` (and the environment) sends."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"type": "balances", "id": "b"}})

    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(answer))
        with didww.Client(http_client=http, **client_args) as client:
            client.balance.find()
    else:

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
            async with didww.AsyncClient(http_client=http, **client_args) as client:
                await client.balance.find()

        anyio.run(main)
    return seen[0]


# -- settings from the environment ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_the_key_and_environment_come_from_the_environment(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "key-from-env")
    request = _seen(kind)
    assert request.headers["Api-Key"] == "key-from-env"
    assert str(request.url) == "https://sandbox-api.didww.com/v3/balance"
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "production")
    assert _seen(kind).url.host == "api.didww.com"
    monkeypatch.setenv("DIDWW_BASE_URL", "http://127.0.0.1:8080/v3")
    assert str(_seen(kind).url) == "http://127.0.0.1:8080/v3/balance"


@pytest.mark.parametrize("kind", KINDS)
def test_arguments_win_over_the_environment(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "key-from-env")
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "production")
    request = _seen(kind, api_key="given", environment=didww.Environment.SANDBOX)
    assert request.headers["Api-Key"] == "given"
    assert request.url.host == "sandbox-api.didww.com"


@pytest.mark.parametrize("kind", KINDS)
def test_an_argument_is_never_overridden_by_a_variable(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "key-from-env")
    monkeypatch.setenv("DIDWW_BASE_URL", "http://127.0.0.1:9/v3")
    assert _seen(kind, environment="production").url.host == "api.didww.com"
    # A base_url argument needs no environment, so a bad DIDWW_ENVIRONMENT is not read.
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "bogus")
    request = _seen(kind, base_url="http://127.0.0.1:8080/v3")
    assert str(request.url) == "http://127.0.0.1:8080/v3/balance"


@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_key_names_the_variable(kind: str) -> None:
    with pytest.raises(didww.ClientError, match="set the DIDWW_API_KEY environment variable"):
        _seen(kind)


def test_an_unknown_environment_lists_the_valid_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(
        didww.ClientError,
        match=r"unknown environment 'prod': expected one of 'sandbox', 'production'",
    ):
        didww.Client(api_key="k", environment="prod")
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "staging")
    with pytest.raises(didww.ClientError, match=r"unknown DIDWW_ENVIRONMENT 'staging'"):
        didww.AsyncClient(api_key="k")


# -- errors that say where and what -----------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_error_names_the_host(kind: str) -> None:
    port = _closed_port()

    def find(client: Any) -> Any:
        return client.balance.find()

    with pytest.raises(didww.APIConnectionError, match=rf"connection to 127\.0\.0\.1:{port} "):
        run(kind, find, base_url=f"http://127.0.0.1:{port}/v3", max_retries=0)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.mark.parametrize("kind", KINDS)
def test_a_timeout_says_which_and_how_long(kind: str, server: FaultServer) -> None:
    server.queue(slow(0.5, {"data": {"type": "balances", "id": "b"}}))

    def find(client: Any) -> Any:
        return client.balance.find()

    with pytest.raises(didww.APITimeoutError) as caught:
        run(kind, find, base_url=server.url, max_retries=0, timeout=0.1)
    message = str(caught.value)
    assert f"read timeout: no answer from 127.0.0.1:{server.port} within 0.1 s" in message
    assert "timeout=" in message  # says how to give it more time
    assert caught.value.may_have_been_processed is False  # a GET: nothing to worry about


@pytest.mark.parametrize("kind", KINDS)
def test_401_says_which_environment_and_host_refused_the_key(kind: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"errors": [{"detail": "The Api-Key is not valid."}]})

    def find(client: Any) -> Any:
        return client.balance.find()

    for environment, host in (("production", "api.didww.com"), ("sandbox", "sandbox-api")):
        options: dict[str, Any] = {"environment": environment, "max_retries": 0}
        if kind == "sync":
            options["http_client"] = httpx.Client(transport=httpx.MockTransport(refuse))
        else:
            options["http_client"] = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
        with pytest.raises(didww.AuthenticationError) as caught:
            run(kind, find, **options)
        assert f"refused by {host}" in str(caught.value)
        assert f"the {environment} environment" in str(caught.value)


# -- orders whose answer was lost ---------------------------------------------------------------


def place_order(client: Any) -> Any:
    """Create an order with an external reference (sync, or a coroutine for an async client)."""
    item = didww.DIDOrderItem(sku_id="sku", qty=1)
    return client.orders.create(didww.Order(items=[item], external_reference_id="ref-7"))


@pytest.mark.parametrize("kind", KINDS)
def test_a_lost_order_answer_says_the_order_may_exist(kind: str, server: FaultServer) -> None:
    server.queue(RESET_AFTER_READ)

    with pytest.raises(didww.APIConnectionError) as caught:
        run(kind, place_order, base_url=server.url)
    assert caught.value.may_have_been_processed is True
    message = str(caught.value)
    assert "may have reached DIDWW" in message and "check before sending it again" in message
    assert "client.orders.find_placed(reference)" in message
    assert len(server.received) == 1  # never repeated


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_to_an_order_says_the_order_may_exist(
    kind: str, status: int, server: FaultServer
) -> None:
    # A gateway's 502 or 504 may come after the API placed the order: the same recovery applies.
    server.queue(respond(status, {"errors": [{"status": str(status), "title": "Gateway"}]}))

    with pytest.raises(didww.ServerError) as caught:
        run(kind, place_order, base_url=server.url)
    assert caught.value.may_have_been_processed is True
    message = str(caught.value)
    assert "the POST may have been carried out all the same" in message
    assert "client.orders.find_placed(reference)" in message
    assert len(server.received) == 1  # never repeated
    # Kept through pickling, as the rest of an error's state is.
    assert pickle.loads(pickle.dumps(caught.value)).may_have_been_processed is True


class _ClosingClock(didww.Clock):
    """Closes its client while the client waits to retry."""

    client: Any = None

    def sleep(self, seconds: float) -> None:
        self.client.close()

    async def asleep(self, seconds: float) -> None:
        await self.client.close()


def _after_a_503(
    kind: str, then: httpx.Response | Exception, clock: _ClosingClock | None = None
) -> Any:
    """Place an order, told to retry creates, through a transport that answers the first attempt
    503 and the next one with ``then`` (an answer, or an exception it raises); the error, once
    checked that the transport was called as often as it should have been."""
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        if len(sent) == 1:
            return httpx.Response(503, headers={"Retry-After": "0"}, json={"errors": []})
        if isinstance(then, Exception):
            raise then
        return then

    options: dict[str, Any] = {"api_key": "k", "max_retries": 1, "clock": clock}
    with pytest.raises(didww.DidwwError) as caught:
        if kind == "sync":
            options["http_client"] = httpx.Client(transport=httpx.MockTransport(answer))
            with didww.Client(**options) as client:
                if clock is not None:
                    clock.client = client
                place_order(client.with_options(retry_non_idempotent=True))
        else:

            async def main() -> None:
                options["http_client"] = httpx.AsyncClient(transport=httpx.MockTransport(answer))
                async with didww.AsyncClient(**options) as client:
                    if clock is not None:
                        clock.client = client
                    await place_order(client.with_options(retry_non_idempotent=True))

            anyio.run(main)
    assert sent == ["POST"] * (1 if clock is not None else 2)
    return caught.value


@pytest.mark.parametrize("kind", KINDS)
def test_a_retried_order_that_then_cannot_connect_still_says_it_may_exist(kind: str) -> None:
    # The first attempt's 503 may have come after the order was placed; the retry failing before
    # it was sent changes nothing of that (it said "not processed", and sending again was safe).
    error = _after_a_503(kind, httpx.ConnectError("refused"))
    assert type(error) is didww.APIConnectionError
    assert error.may_have_been_processed is True
    assert "an earlier attempt of the POST may have been carried out" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_a_retried_order_whose_client_closes_before_the_retry_says_it_may_exist(
    kind: str,
) -> None:
    # The client is closed while it waits to send the order again (by another thread, or at
    # the end of a ``with`` block that a signal handler ended): the refusal says the first
    # attempt may have placed it.
    error = _after_a_503(kind, AssertionError("never sent"), _ClosingClock())
    assert type(error) is didww.ClientError and "is closed" in str(error)
    assert error.may_have_been_processed is True
    assert "the POST may have been carried out all the same" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_errors_of_safe_requests_never_say_so(kind: str, server: FaultServer) -> None:
    server.default = lambda received: respond(503, {"errors": [{"status": "503"}]})
    with pytest.raises(didww.ServerError) as caught:
        run(kind, lambda client: client.dids.list(), base_url=server.url, max_retries=1)
    assert caught.value.may_have_been_processed is False  # a GET is repeated freely
    assert "carried out" not in str(caught.value)
    server.default = lambda received: respond(422, {"errors": [{"status": "422"}]})
    with pytest.raises(didww.UnprocessableEntityError) as refused:
        run(
            kind,
            lambda client: client.orders.create(
                didww.Order(items=[didww.DIDOrderItem(sku_id="sku", qty=1)])
            ),
            base_url=server.url,
        )
    assert refused.value.may_have_been_processed is False  # the API said no
    assert didww.ClientError("x").may_have_been_processed is False


@pytest.mark.parametrize("kind", KINDS)
def test_find_placed_answers_whether_an_order_was_placed(kind: str) -> None:
    sim = Simulator()

    def check(client: Any) -> Any:
        return _placed(client)

    async def acheck(client: Any) -> Any:
        return await _aplaced(client)

    if kind == "sync":
        with sim.client() as client:
            placed, missing = check(client)
    else:

        async def main() -> Any:
            async with sim.async_client() as client:
                return await acheck(client)

        placed, missing = anyio.run(main)
    assert placed is not None and placed.external_reference_id == "ref-42"
    assert missing is None


def _order() -> didww.Order:
    from didww.testing import SEED

    item = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    return didww.Order(items=[item], external_reference_id="ref-42")


def _placed(client: didww.Client) -> tuple[didww.Order | None, didww.Order | None]:
    client.orders.create(_order())
    return client.orders.find_placed("ref-42"), client.orders.find_placed("ref-43")


async def _aplaced(client: didww.AsyncClient) -> tuple[didww.Order | None, didww.Order | None]:
    await client.orders.create(_order())
    return await client.orders.find_placed("ref-42"), await client.orders.find_placed("ref-43")


# -- closed clients ---------------------------------------------------------------------------


def test_a_closed_client_refuses_to_send() -> None:
    sim = Simulator()
    client = sim.client()
    patient = client.with_options(timeout=60)
    client.close()
    for closed in (client, patient):
        with pytest.raises(didww.ClientError, match="this Client is closed"):
            closed.balance.find()


def test_a_closed_async_client_refuses_to_send() -> None:
    sim = Simulator()

    async def main() -> None:
        async with sim.async_client() as client:
            await client.balance.find()
        with pytest.raises(didww.ClientError, match="this AsyncClient is closed"):
            await client.balance.find()

    anyio.run(main)


@pytest.mark.parametrize("kind", KINDS)
def test_an_order_whose_2xx_answer_is_unusable_says_it_may_exist(
    kind: str, server: FaultServer
) -> None:
    # The API placed it (201) but its answer cannot be read: sending it again would buy twice.
    server.queue(respond(201, b"{not json", content_type="application/vnd.api+json"))

    with pytest.raises(didww.DecodeError) as caught:
        run(kind, place_order, base_url=server.url)
    assert caught.value.may_have_been_processed is True
    # A GET's unusable answer changed nothing.
    server.queue(respond(200, b"{not json", content_type="application/vnd.api+json"))
    with pytest.raises(didww.DecodeError) as read:
        run(kind, lambda client: client.dids.find("d1"), base_url=server.url)
    assert read.value.may_have_been_processed is False


@pytest.mark.parametrize("kind", KINDS)
def test_a_create_retried_on_request_still_says_it_may_exist(
    kind: str, server: FaultServer
) -> None:
    # retry_non_idempotent=True repeats the create; whether it may have been carried out is a
    # fact about the request, which the option does not change.
    server.default = lambda received: respond(502, {"errors": [{"status": "502"}]})

    def order(client: Any) -> Any:
        return place_order(client.with_options(retry_non_idempotent=True))

    with pytest.raises(didww.ServerError) as caught:
        run(kind, order, base_url=server.url, max_retries=1)
    assert caught.value.may_have_been_processed is True
    assert len(server.received) == 2
