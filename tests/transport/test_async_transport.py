"""The async client's own transport (``didww._async_transport``) over real loopback sockets:
connections kept and reused, answers parsed as their bytes arrive in any pieces, read timeouts
counted between arrivals, and what a cancelled or closed exchange leaves behind."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import didww
from didww._async_transport import AsyncKeepAliveTransport
from didww._http1 import Parser, ProtocolError
from tests.transport.faultserver import FaultServer, respond, slow, trickle
from tests.transport.test_hostile_wire import RawServer

DIDS = json.dumps({"data": [{"type": "dids", "id": "d1"}]}).encode()
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\n"
ANSWER = HEAD + b"Content-Length: %d\r\n\r\n" % len(DIDS) + DIDS


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def raw() -> Iterator[Callable[..., RawServer]]:
    running: list[RawServer] = []

    def start(answer: Callable[[str], bytes], *, close: bool = False) -> RawServer:
        running.append(RawServer(answer, close=close).__enter__())
        return running[-1]

    yield start
    for server in running:
        server.__exit__()


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def _client(url: str, **options: Any) -> didww.AsyncClient:
    options.setdefault("max_retries", 0)
    return didww.AsyncClient(api_key="secret-api-key", base_url=url, **options)


def _transport(client: didww.AsyncClient) -> AsyncKeepAliveTransport:
    """The transport under the httpx client the SDK made for the running event loop."""
    http, _ = client._client_for_loop()
    transport = http._transport
    assert isinstance(transport, AsyncKeepAliveTransport)
    return transport


# --- which transport ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_client_uses_its_own_transport_unless_a_proxy_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with _client("http://127.0.0.1:1/v3") as client:
        assert isinstance(_transport(client), AsyncKeepAliveTransport)
    # httpx's own transport speaks to proxies; this one does not.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    async with _client("https://api.example/v3") as client:
        http, _ = client._client_for_loop()
        assert not isinstance(http._transport, AsyncKeepAliveTransport)


# --- connections ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_requests_one_after_another_share_one_connection(
    raw: Callable[..., RawServer],
) -> None:
    server = raw(lambda target: ANSWER)
    async with _client(server.url + "/v3") as client:
        for _ in range(5):
            assert [d.id for d in await client.dids.list()] == ["d1"]
    assert server.connections == 1
    assert len(server.targets) == 5


@pytest.mark.anyio
async def test_concurrent_requests_open_a_connection_each_and_keep_them(
    server: FaultServer,
) -> None:
    server.default = lambda received: slow(0.2, {"data": []})
    async with _client(server.url) as client:
        for _ in range(2):
            await asyncio.gather(*(client.dids.list() for _ in range(4)))
        assert sum(len(idle) for idle in _transport(client)._idle.values()) == 4
    assert server.connections == 4


@pytest.mark.anyio
async def test_a_connection_the_server_closed_is_not_used_again(
    raw: Callable[..., RawServer],
) -> None:
    server = raw(lambda target: ANSWER, close=True)  # hangs up after every answer
    async with _client(server.url + "/v3") as client:
        for _ in range(3):
            assert [d.id for d in await client.dids.list()] == ["d1"]
            await asyncio.sleep(0.05)  # the hang-up reaches the client's event loop
    assert server.connections == 3


@pytest.mark.anyio
async def test_an_answer_saying_connection_close_is_not_pooled(
    raw: Callable[..., RawServer],
) -> None:
    closing = HEAD + b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(DIDS) + DIDS
    server = raw(lambda target: closing)
    async with _client(server.url + "/v3") as client:
        await client.dids.list()
        await client.dids.list()
        assert _transport(client)._idle.get(("http", "127.0.0.1", _port(server))) in (None, [])
    assert server.connections == 2


@pytest.mark.anyio
async def test_bytes_past_the_answer_make_the_connection_unusable(
    raw: Callable[..., RawServer],
) -> None:
    # The server and the reader disagree about where the answer ends: the next answer on that
    # connection could be the tail of this one.
    server = raw(lambda target: ANSWER + b"HTTP/1.1 200 OK\r\n")
    async with _client(server.url + "/v3") as client:
        assert [d.id for d in await client.dids.list()] == ["d1"]
        assert [d.id for d in await client.dids.list()] == ["d1"]
    assert server.connections == 2


@pytest.mark.anyio
async def test_an_idle_connection_sent_unasked_bytes_is_not_used_again(
    raw: Callable[..., RawServer],
) -> None:
    server = raw(lambda target: ANSWER)
    async with _client(server.url + "/v3") as client:
        await client.dids.list()
        [[connection]] = _transport(client)._idle.values()
        assert connection.usable
        connection.data_received(b"HTTP/1.1 200 OK\r\n")  # as if the peer sent it now
        assert not connection.usable
        await client.dids.list()
    assert server.connections == 2


def _port(server: RawServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_the_parser_reads_an_answer_fed_in_pieces_of_any_size(piece: int) -> None:
    wire = HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    parser = Parser()
    steps = parser.answer("GET")
    next(steps)
    answer = None
    for start in range(0, len(wire), piece):
        try:
            steps.send(wire[start : start + piece])
        except StopIteration as done:
            answer = done.value
    assert answer is not None
    assert (answer.status, answer.body, answer.reusable) == (200, b"hello world", True)


def test_the_parser_keeps_bytes_past_a_body_for_the_next_answer() -> None:
    # Fed in one piece, as a protocol gets it: the second answer is read from what is left.
    parser = Parser()
    steps = parser.answer("GET")
    next(steps)
    with pytest.raises(StopIteration) as first:
        steps.send(ANSWER + ANSWER[:20])
    assert first.value.value.body == DIDS
    assert first.value.value.reusable is False  # bytes past it: never reused
    assert parser.pending == 20
    steps = parser.answer("GET")
    next(steps)
    with pytest.raises(StopIteration) as second:
        steps.send(ANSWER[20:])
    assert second.value.value.body == DIDS
    assert parser.pending == 0


def test_the_parser_refuses_what_is_not_http() -> None:
    steps = Parser().answer("GET")
    next(steps)
    with pytest.raises(ProtocolError, match="not an HTTP/1"):
        steps.send(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")


@pytest.mark.anyio
async def test_the_read_timeout_counts_from_the_last_bytes_that_came(
    server: FaultServer,
) -> None:
    # Every byte comes well within the read timeout while the whole answer takes longer than
    # it: read as httpx reads it (each wait bounded), not cut off.
    body = {"data": {"type": "dids", "id": "d1"}}
    # A byte every 5 ms: over 200 bytes of head and body take a second or more, four times the
    # timeout, while no wait between two bytes comes near it.
    server.default = lambda received: trickle(respond(200, body), 0.005, head=True)
    async with _client(server.url, timeout=0.25) as client:
        assert (await client.dids.find("d1")).id == "d1"


@pytest.mark.anyio
async def test_an_answer_that_does_not_come_is_a_read_timeout(server: FaultServer) -> None:
    server.default = lambda received: slow(1.0, {"data": []})
    async with _client(server.url, timeout=0.1) as client:
        with pytest.raises(didww.APITimeoutError, match="read timeout"):
            await client.dids.list()
        # The connection that timed out is closed, not pooled for the next request.
        assert all(not idle for idle in _transport(client)._idle.values())


@pytest.mark.anyio
async def test_a_refused_connection_is_a_connection_error() -> None:
    async with _client("http://127.0.0.1:1/v3") as client:
        with pytest.raises(didww.APIConnectionError) as caught:
            await client.dids.list()
    assert "secret-api-key" not in str(caught.value)


# --- cancelling and closing -----------------------------------------------------------------


@pytest.mark.anyio
async def test_a_cancelled_exchange_closes_its_connection(server: FaultServer) -> None:
    server.default = lambda received: slow(0.5, {"data": []})
    async with _client(server.url) as client:
        task = asyncio.ensure_future(client.dids.list())
        while not server.received:
            await asyncio.sleep(0.01)
        transport = _transport(client)
        [connection] = transport._busy
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # Its answer may still come: the connection can never carry another request.
        assert not connection.usable
        assert transport._busy == set()
        assert all(not idle for idle in transport._idle.values())


@pytest.mark.anyio
async def test_closing_the_client_closes_idle_connections_and_refuses_more(
    raw: Callable[..., RawServer],
) -> None:
    server = raw(lambda target: ANSWER)
    client = _client(server.url + "/v3")
    await client.dids.list()
    transport = _transport(client)
    [[connection]] = transport._idle.values()
    await client.close()
    assert not connection.usable
    with pytest.raises(didww.ClientError, match="closed"):
        await client.dids.list()
    # The transport refuses too, for a request that passed the client's check just before.
    with pytest.raises(didww.ClientError, match="not sent"):
        await transport.handle_async_request(httpx.Request("GET", server.url + "/v3/dids"))
    assert len(server.targets) == 1


@pytest.mark.anyio
async def test_a_request_waiting_for_its_connection_when_closed_is_not_sent(
    raw: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = raw(lambda target: ANSWER)
    transport = AsyncKeepAliveTransport()
    connect = transport._connect

    async def closed_meanwhile(*args: Any) -> Any:
        await transport.aclose()  # while the connection is being opened
        return await connect(*args)

    monkeypatch.setattr(transport, "_connect", closed_meanwhile)
    key = ("http", "127.0.0.1", _port(server))
    with pytest.raises(didww.ClientError, match="not sent"):
        await transport.exchange(key, "GET", b"GET /v3/dids HTTP/1.1\r\nHost: x\r\n\r\n", {})
    assert server.targets == []
