"""The async client's own transport (``didww._async_transport``) over real loopback sockets:
connections kept and reused, answers parsed as their bytes arrive in any pieces, read timeouts
counted between arrivals, and what a cancelled or closed exchange leaves behind."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import _async_transport
from didww._async_transport import AsyncKeepAliveTransport
from didww._http1 import Parser, ProtocolError
from tests.transport.faultserver import FaultServer, respond, slow, trickle
from tests.transport.test_hostile_wire import RawServer, _read_request

DIDS = json.dumps({"data": [{"type": "dids", "id": "d1"}]}).encode()
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\n"
ANSWER = HEAD + b"Content-Length: %d\r\n\r\n" % len(DIDS) + DIDS


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def _client(url: str, **options: Any) -> didww.AsyncClient:
    options.setdefault("max_retries", 0)
    return didww.AsyncClient(api_key="secret-api-key", base_url=url, **options)


def _one_connection(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, answer_after: float
) -> None:
    """Allow the transport one connection, to a server that answers after ``answer_after``
    seconds: the requests after the first wait for room."""
    monkeypatch.setattr(_async_transport, "MAX_CONNECTIONS", 1)
    server.default = lambda received: slow(answer_after, {"data": []})


async def _first_request_in(server: FaultServer) -> None:
    """Wait until the server has received a request (the first holds the connection)."""
    while not server.received:
        await asyncio.sleep(0.01)


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
            await asyncio.sleep(0.05)  # the hang-up arrives
    assert server.connections == 3


@pytest.mark.anyio
async def test_a_hang_up_the_event_loop_has_not_seen_yet_is_found_on_the_socket(
    raw: Callable[..., RawServer],
) -> None:
    server = raw(lambda target: ANSWER, close=True)
    async with _client(server.url + "/v3") as client:
        await client.dids.list()
        [[connection]] = _transport(client)._idle.values()
        time.sleep(0.1)  # blocking: the hang-up arrives, and the event loop does not run
        assert not connection.broken  # what the loop knows
        assert not connection.usable  # what the socket says
        assert [d.id for d in await client.dids.list()] == ["d1"]  # on a new connection
    assert server.connections == 2


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


# --- the direct path ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_plain_answer_is_read_without_httpx_objects(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
    server.default = lambda received: respond(200, did, headers={"X-Request-Id": "r-1"})
    sent: list[httpx.Request] = []
    send = httpx.AsyncClient.send

    async def counted(self: httpx.AsyncClient, request: httpx.Request, **options: Any) -> Any:
        sent.append(request)
        return await send(self, request, **options)

    monkeypatch.setattr(httpx.AsyncClient, "send", counted)
    async with _client(server.url) as client:
        assert (await client.dids.find("d1")).number == "1"
        assert sent == []  # written from the planned request's bytes, read as a plain answer
        raw = await client.dids.with_raw_response.find("d1")
        assert raw.request_id == "r-1"
        assert raw.http_response.request.url.path == "/v3/dids/d1"
        assert raw.http_response.json() == did
        # Not plain (an error status): an httpx.Response, handled as on the general path.
        server.default = lambda received: respond(404, {"errors": [{"title": "not found"}]})
        with pytest.raises(didww.NotFoundError):
            await client.dids.find("d2")
    assert server.connections == 1


@pytest.mark.anyio
async def test_the_direct_path_sends_what_the_sync_client_sends(server: FaultServer) -> None:
    did = {"data": {"type": "dids", "id": "d1", "attributes": {"description": "x"}}}
    server.default = lambda received: respond(200, did)
    update = didww.DID("d1")
    update.description = "é"
    with didww.Client(api_key="secret-api-key", base_url=server.url) as client:
        client.dids.update(update)
    update = didww.DID("d1")
    update.description = "é"
    async with _client(server.url) as aclient:
        await aclient.dids.update(update)
    sync, async_ = server.received
    assert (async_.method, async_.path, async_.body) == (sync.method, sync.path, sync.body)
    assert async_.headers == sync.headers


# --- hang-ups, closes and timers ------------------------------------------------------------


class _OneConnection:
    """A server for one connection at a time, run by ``serve(sock, reader)`` on a thread."""

    def __init__(self, serve: Callable[[socket.socket, Any], None]) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # so that stop() is seen
        self._done = threading.Event()

        def run() -> None:
            while not self._done.is_set():
                try:
                    sock, _ = self._listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                with sock:
                    sock.settimeout(5)
                    with contextlib.suppress(OSError):  # the client went first
                        serve(sock, sock.makefile("rb"))

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/v3"

    def stop(self) -> None:
        self._done.set()
        self._listener.close()
        self._thread.join(5)


@pytest.mark.anyio
async def test_a_server_hanging_up_as_it_accepts_is_a_connection_error() -> None:
    # Before: a bare OSError from setting a socket option on the closed connection.
    server = _OneConnection(lambda sock, reader: None)  # accepts, then closes at once
    try:
        async with _client(server.url, timeout=5) as client:
            with pytest.raises(didww.APIConnectionError) as caught:
                await client.dids.list()
        assert not isinstance(caught.value, didww.APITimeoutError)  # not waited out either
    finally:
        server.stop()


@pytest.mark.anyio
async def test_a_read_timer_ends_with_its_exchange() -> None:
    # The first answer comes in pieces, so its timer is set again after each; the second, on
    # the same connection, takes longer than the first request's timeout but well within its
    # own. Before: the timer set again was never cancelled and cut the second request off.
    def serve(sock: socket.socket, reader: Any) -> None:
        _read_request(reader)
        wire = HEAD + b"Content-Length: %d\r\n\r\n" % len(DIDS) + DIDS
        for start in range(0, len(wire), 10):  # over half a second in all
            sock.sendall(wire[start : start + 10])
            threading.Event().wait(0.05)
        _read_request(reader)
        threading.Event().wait(0.6)
        sock.sendall(wire)
        _read_request(reader)  # until the client goes

    server = _OneConnection(serve)
    try:
        async with _client(server.url, timeout=5) as client:
            quick = client.with_options(timeout=0.3)
            assert [d.id for d in await quick.dids.list()] == ["d1"]
            assert [d.id for d in await client.dids.list()] == ["d1"]
    finally:
        server.stop()


@pytest.mark.anyio
async def test_closing_the_client_under_an_answer_framed_by_the_connection_loses_it() -> None:
    # No Content-Length: the body ends when the connection does. Closing the client closes
    # the connection, which must not read as the end of that body. Before: the bytes so far
    # came back as a complete answer.
    arrived = threading.Event()

    def serve(sock: socket.socket, reader: Any) -> None:
        _read_request(reader)
        sock.sendall(HEAD + b"\r\n" + DIDS)  # and more to come, as far as the client knows
        arrived.set()
        _read_request(reader)  # until the client goes

    server = _OneConnection(serve)
    try:
        client = _client(server.url)
        task = asyncio.ensure_future(client.dids.list())
        while not arrived.is_set():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the bytes are read into the parser
        await client.close()
        with pytest.raises(didww.APIConnectionError, match="closed while the request was under"):
            await task
    finally:
        server.stop()


def test_a_switching_protocols_answer_never_leaves_its_connection_reusable() -> None:
    steps = Parser().answer("GET")
    next(steps)
    with pytest.raises(StopIteration) as done:
        steps.send(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n")
    assert (done.value.value.status, done.value.value.reusable) == (101, False)


@pytest.mark.anyio
async def test_requests_beyond_the_connection_limit_wait_for_a_connection(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As httpx's transport does: gather() over thousands of calls must not open a socket each.
    monkeypatch.setattr(_async_transport, "MAX_CONNECTIONS", 2)
    server.default = lambda received: slow(0.05, {"data": []})
    async with _client(server.url) as client:
        pages = await asyncio.gather(*(client.dids.list() for _ in range(8)))
        assert len(pages) == 8
        # A request to another host takes the room of an idle connection to this one.
        transport = _transport(client)
        with FaultServer() as other:
            key = ("http", "127.0.0.1", other.port)
            request = b"GET /v3/dids HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            assert (await transport.exchange(key, "GET", request, {})).status == 200
        assert transport._open <= 2
    assert server.connections == 2


@pytest.mark.anyio
async def test_no_room_for_a_connection_within_the_pool_timeout_is_a_timeout(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_connection(server, monkeypatch, answer_after=1.0)
    async with _client(server.url, timeout=httpx.Timeout(5, pool=0.1)) as client:
        first = asyncio.ensure_future(client.dids.list())
        await _first_request_in(server)
        with pytest.raises(didww.APITimeoutError, match="pool"):
            await client.dids.list()
        assert (await first) is not None
    assert server.wait_received(1) == 1  # the second was never sent


# --- the pool's accounting: waiting for room, cancelled, closed -----------------------------


@pytest.mark.anyio
async def test_closing_the_client_tells_every_request_waiting_for_room_at_once(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One connection allowed, three requests waiting for it: close() woke one at most (as the
    # connection closed), and the others waited out the pool timeout.
    _one_connection(server, monkeypatch, answer_after=1.0)
    client = _client(server.url, timeout=httpx.Timeout(30, pool=20))
    calls = [asyncio.ensure_future(client.dids.list()) for _ in range(4)]
    await _first_request_in(server)
    await client.close()
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert isinstance(outcomes[0], didww.APIConnectionError)  # under way: its answer lost
    for waited in outcomes[1:]:
        assert isinstance(waited, didww.ClientError), waited
        assert "waited to be sent; it was not sent" in str(waited)
    assert server.wait_received(1) == 1


@pytest.mark.anyio
async def test_a_request_cancelled_as_it_is_told_of_room_passes_it_on(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The second request is told the connection is free, and cancelled before it runs (the
    # first answer won a race): the third must get the connection rather than wait out its
    # pool timeout, and the cancelled request must not be sent (on Python 3.10 and 3.11,
    # asyncio.wait_for swallowed such a cancellation and the request went out all the same).
    _one_connection(server, monkeypatch, answer_after=0.3)
    async with _client(server.url, timeout=httpx.Timeout(30, pool=20)) as client:
        second: asyncio.Future[Any] | None = None

        async def first() -> None:
            await client.dids.list()
            assert second is not None
            second.cancel()  # in the same step as the connection was released

        running = asyncio.ensure_future(first())
        await _first_request_in(server)
        second = asyncio.ensure_future(client.dids.list())
        await asyncio.sleep(0.05)
        third = asyncio.ensure_future(client.dids.list())
        await running
        with pytest.raises(asyncio.CancelledError):
            await second
        assert (await third) is not None
    assert server.wait_received(2) == 2


def _really_open() -> int:
    import gc

    return sum(
        1
        for found in gc.get_objects()
        if isinstance(found, _async_transport._Connection) and not found.lost.done()
    )


@pytest.mark.anyio
async def test_a_request_cancelled_while_connecting_is_counted_closed_once(
    server: FaultServer,
) -> None:
    # Cancelled at every point of its connecting, in turn: the count of open connections,
    # which bounds them, stays the number really open. A connection made and then closed
    # by asyncio as the connecting was cancelled was counted closed twice.
    loop = asyncio.get_running_loop()

    def cancel_after(task: asyncio.Future[Any], turns: int) -> None:
        if turns:
            loop.call_soon(cancel_after, task, turns - 1)
        else:
            task.cancel()

    async with _client(server.url) as client:
        for turns in range(12):
            call = asyncio.ensure_future(client.dids.list())
            transport = _transport(client)
            cancel_after(call, turns)
            with contextlib.suppress(asyncio.CancelledError):
                await call
            for _ in range(5):  # closes take a few turns of the loop
                await asyncio.sleep(0)
            await asyncio.sleep(0.02)
            assert transport._open == _really_open(), f"cancelled after {turns} turns"


@pytest.mark.anyio
async def test_closing_the_client_waits_for_connections_closed_after_their_answer(
    tmp_path: Any,
) -> None:
    # Over TLS, a connection closed because its answer said "Connection: close" waits for the
    # server's closing handshake. close() did not know it and returned at once, and the event
    # loop closed with the socket open (ResourceWarning).
    import os
    import ssl

    from tests.transport.test_tls import _self_signed

    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    done = threading.Event()

    def serve() -> None:
        raw, _ = listener.accept()
        conn = context.wrap_socket(raw, server_side=True)
        conn.recv(65536)
        body = json.dumps({"data": []}).encode()
        conn.sendall(HEAD + b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        done.wait(10)  # slow to answer the closing handshake
        conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    client_context = ssl.create_default_context(cafile=os.fspath(cert))
    transport = AsyncKeepAliveTransport(client_context)
    url = f"https://127.0.0.1:{listener.getsockname()[1]}/v3/dids"
    answer = await transport.handle_async_request(httpx.Request("GET", url))
    assert answer.status_code == 200
    closing = list(transport._closing)
    assert len(closing) == 1  # the connection, closing
    await transport.aclose()
    assert all(connection.lost.done() for connection in closing)
    assert transport._closing == set()
    done.set()
    thread.join(10)
    listener.close()


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A loopback port whose listener's queue is full: a connection to it is never made."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filling = []
    for _ in range(8):  # the queue takes one or two; the kernel drops the rest's handshakes
        sock = socket.socket()
        sock.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            sock.connect(("127.0.0.1", port))
        filling.append(sock)
    yield port
    for sock in filling:
        sock.close()
    listener.close()


@pytest.mark.anyio
async def test_a_connection_not_made_within_the_connect_timeout(unanswered_port: int) -> None:
    transport = AsyncKeepAliveTransport()
    timeouts = {"connect": 0.3, "read": 20.0, "write": 20.0, "pool": 20.0}
    request = httpx.Request(
        "GET", f"http://127.0.0.1:{unanswered_port}/v3/dids", extensions={"timeout": timeouts}
    )
    with pytest.raises(httpx.ConnectTimeout, match="timed out connecting"):
        await transport.handle_async_request(request)
    assert transport._open == 0
    # Cancelled while connecting, the request ends as cancelled, not as a timeout.
    call = asyncio.ensure_future(transport.handle_async_request(request))
    await asyncio.sleep(0.05)
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    assert transport._open == 0
    await transport.aclose()
