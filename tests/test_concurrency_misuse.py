"""Lifecycle and concurrency edges a careful caller runs into, over real loopback servers.

Checked: a closed async walk leaves no page fetch running; a batch whose ``fn`` raises
CancelledError leaves none of its calls running; a request that was waiting (for its rate-limit
turn) when the client was closed is never sent; the sync transport refuses to send once closed,
closes a socket whose exchange was interrupted, and keeps reusing its connections in a process
whose descriptors are numbered past ``select()``'s limit.

Waits are events and barriers; the real timeouts only stop a broken test from hanging.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import io
import os
import re
import signal
import socket
import threading
from collections.abc import AsyncGenerator, Callable, Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import _http1
from didww._transport import STREAM, KeepAliveTransport
from tests.support import python_sigint_handler
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.test_prefetch import SIZE, PagedServer, page_of

HANG_GUARD = 10.0
"""Seconds after which a wait that should end at once fails the test instead of hanging it."""


def did(id: str) -> dict[str, Any]:
    return {"data": {"type": "dids", "id": id, "attributes": {"number": f"1555{id}"}}}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        fault_server.default = lambda received: respond(200, did(_last(received)))
        yield fault_server


def _last(received: Received) -> str:
    return received.path.rsplit("/", 1)[-1]


class HeldPages(PagedServer):
    """A paged server whose page 2 is held back until ``release`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.page_2_asked = threading.Event()
        self.release = threading.Event()

    def _answer(self, received: Received) -> Any:
        if page_of(received) == 2:
            self.page_2_asked.set()
            self.release.wait(HANG_GUARD)
        return super()._answer(received)


class HeldClock(didww.Clock):
    """A clock whose waits (the rate limiter's) last until the test lets them end."""

    def __init__(self) -> None:
        self.waiting = threading.Event()
        self.release = threading.Event()
        self.awaiting: asyncio.Event | None = None
        self.arelease: asyncio.Event | None = None

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.waiting.set()
            assert self.release.wait(HANG_GUARD)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            assert self.awaiting is not None and self.arelease is not None
            self.awaiting.set()
            await asyncio.wait_for(self.arelease.wait(), HANG_GUARD)


async def _until(event: threading.Event) -> None:
    """Wait in the event loop for an event another thread sets."""
    while not event.is_set():
        await asyncio.sleep(0.001)


def _others(before: set[asyncio.Task[Any]]) -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() - before if t is not asyncio.current_task()]


# --- async walk and batch: nothing left running ----------------------------------------------


@pytest.mark.anyio
async def test_a_closed_async_walk_leaves_no_page_fetch_running() -> None:
    pages = HeldPages()
    with pages:
        before = asyncio.all_tasks()
        try:
            async with didww.AsyncClient(api_key="k", base_url=pages.url) as client:
                walk = client.dids.iter(page_size=SIZE, prefetch=True)
                assert isinstance(walk, AsyncGenerator)  # what iter() returns, aclose() and all
                assert (await walk.__anext__()).id == "d0"
                # Page 2 is on its way, held by the server.
                await asyncio.wait_for(_until(pages.page_2_asked), HANG_GUARD)
                await walk.aclose()
                # The fetch of page 2 has ended by the time aclose() returns: not merely asked
                # to cancel, still holding its connection (and "destroyed but pending" if the
                # loop were closed now).
                assert _others(before) == []
        finally:
            pages.release.set()


@pytest.mark.anyio
async def test_a_batch_whose_fn_raises_cancelled_error_leaves_no_call_running() -> None:
    running = asyncio.Event()
    ended: list[str] = []

    async def fn(item: str) -> str:
        if item == "cancels":
            await running.wait()
            raise asyncio.CancelledError  # fn's own, not a cancellation of the batch
        running.set()
        try:
            await asyncio.Event().wait()  # never set: this call runs until cancelled
        finally:
            ended.append(item)
        return item

    before = asyncio.all_tasks()
    async with didww.AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v3") as client:
        with pytest.raises(asyncio.CancelledError):
            await client.batch(fn, ["runs", "cancels"], concurrency=2)
        # The other call was cancelled and has ended before the exception reached the caller.
        assert ended == ["runs"]
        assert _others(before) == []


# --- closed while waiting: nothing is sent after close() -------------------------------------


def _started(call: Callable[[], object], outcome: list[object]) -> threading.Thread:
    """A thread running ``call``; its value, or the SDK error it raised, goes to ``outcome``."""

    def run() -> None:
        try:
            outcome.append(call())
        except didww.DidwwError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.parametrize("own_http", [False, True], ids=["sdk-transport", "callers-http-client"])
def test_a_sync_request_waiting_for_its_turn_is_not_sent_once_closed(
    server: FaultServer, own_http: bool
) -> None:
    clock = HeldClock()
    http_client = httpx.Client() if own_http else None
    try:
        client = didww.Client(
            api_key="k", base_url=server.url, rate_limit=1, clock=clock, http_client=http_client
        )
        assert client.dids.find("first").id == "first"  # takes the limiter's only free turn
        outcome: list[object] = []
        thread = _started(lambda: client.dids.find("second"), outcome)
        assert clock.waiting.wait(HANG_GUARD)  # the second request waits for its turn
        client.close()
        clock.release.set()
        thread.join(HANG_GUARD)
    finally:
        if http_client is not None:
            http_client.close()
    assert [_last(r) for r in server.received] == ["first"]
    [error] = outcome
    assert isinstance(error, didww.ClientError)
    assert "closed while the request waited to be sent; it was not sent" in str(error)


def _refused_once_closed(server: FaultServer, pausing: str, kind: str) -> list[object]:
    """What a second request gets when ``close()`` is called while it pauses on the real
    clock: for its rate-limit turn an hour away (``"turn"``), or before retrying a 503 that
    asked for a minute (``"backoff"``). Outcomes of both requests, in order."""
    if pausing == "backoff":
        server.queue(respond(200, did("first")))
        server.queue(respond(503, {"errors": []}, headers={"Retry-After": "60"}))
    options: dict[str, Any] = {"api_key": "k", "base_url": server.url}
    options["rate_limit"] = 1 / 3600 if pausing == "turn" else None
    outcome: list[object] = []
    if kind == "sync":
        client = didww.Client(**options)
        outcome.append(client.dids.find("first"))
        thread = _started(lambda: client.dids.find("second"), outcome)
        expected = 1 if pausing == "turn" else 2
        assert server.wait_received(expected) == expected
        thread.join(0.2)  # it pauses
        client.close()
        thread.join(HANG_GUARD)  # not the hour, nor the minute
        assert not thread.is_alive()
        return outcome

    async def main() -> None:
        client = didww.AsyncClient(**options)
        outcome.append(await client.dids.find("first"))
        second = asyncio.ensure_future(client.dids.find("second"))
        await asyncio.sleep(0.2)  # it pauses
        await client.close()
        try:
            outcome.append(await asyncio.wait_for(second, HANG_GUARD))
        except didww.DidwwError as exc:
            outcome.append(exc)

    asyncio.run(main())
    return outcome


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("pausing", ["turn", "backoff"])
def test_close_ends_the_pause_of_a_request_waiting_to_be_sent(
    server: FaultServer, pausing: str, kind: str
) -> None:
    # It slept its pause out before it refused to send: an hour for the turn of a client
    # limited to one request an hour, the minute a 503's Retry-After asked for; a program that
    # closed its client on the way out waited on its threads that long.
    first, error = _refused_once_closed(server, pausing, kind)
    assert isinstance(first, didww.DID) and first.id == "first"
    assert isinstance(error, didww.ClientError)
    assert re.match(r"this (Async)?Client (is|was) closed", str(error))
    sent = [_last(r) for r in server.received]
    assert sent == (["first"] if pausing == "turn" else ["first", "second"])


def test_a_page_fetched_ahead_is_not_sent_once_the_walk_has_ended() -> None:
    # The prefetch of page 2 waits for its rate-limit turn while the caller leaves the loop:
    # "leaving the loop early requests nothing more" must hold for it too.
    clock = HeldClock()
    with (
        PagedServer() as pages,
        didww.Client(api_key="k", base_url=pages.url, rate_limit=1, clock=clock) as client,
    ):
        walk = client.dids.iter(page_size=SIZE, prefetch=True)
        assert next(walk).id  # page 1, on the limiter's only free turn; page 2 goes ahead
        assert clock.waiting.wait(HANG_GUARD)  # ...and waits for its turn
        [worker] = [t for t in threading.enumerate() if t.name == "didww-prefetch"]
        walk.close()  # the caller leaves the loop
        clock.release.set()
        worker.join(HANG_GUARD)  # the fetch ahead ends on its own (the client still open)
        assert not worker.is_alive()
    # Before: page 2 was requested after the walk had ended, and its answer dropped.
    assert pages.pages_requested == [1]


@pytest.mark.anyio
async def test_an_async_request_waiting_for_its_turn_is_refused_with_an_sdk_error_once_closed(
    server: FaultServer,
) -> None:
    clock = HeldClock()
    clock.awaiting, clock.arelease = asyncio.Event(), asyncio.Event()
    client = didww.AsyncClient(api_key="k", base_url=server.url, rate_limit=1, clock=clock)
    assert (await client.dids.find("first")).id == "first"
    second = asyncio.ensure_future(client.dids.find("second"))
    await clock.awaiting.wait()
    await client.close()
    clock.arelease.set()
    # Not httpx's bare RuntimeError about its closed client.
    with pytest.raises(didww.ClientError, match="it was not sent"):
        await second
    assert [_last(r) for r in server.received] == ["first"]


def test_sync_client_closed_by_another_thread_just_before_httpx_sends(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy setting makes the client send through its own httpx.Client (127.0.0.1 itself is
    # exempt, so the request still goes straight to the server).
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = didww.Client(api_key="k", base_url=server.url)
    assert client._direct is None
    prepare = client._prepare

    def closed_by_another_thread(request: httpx.Request) -> httpx.Request:
        # Between the client's last check and httpx's send: the interleaving a close() from
        # another thread can produce.
        client.close()
        return prepare(request)

    monkeypatch.setattr(client, "_prepare", closed_by_another_thread)
    with pytest.raises(didww.ClientError, match="it was not sent"):
        client.dids.find("never")
    assert server.received == []


# --- Ctrl-C during nested sync batches --------------------------------------------------------


def test_ctrl_c_stops_a_batch_run_by_an_item_of_another_batch() -> None:
    with python_sigint_handler():
        _ctrl_c_in_nested_batches()


def _ctrl_c_in_nested_batches() -> None:
    main = threading.main_thread().ident
    assert main == threading.get_ident()  # the signal goes to this thread
    interrupted = threading.Lock()
    with FaultServer() as server:

        def answer(received: Received) -> Any:
            if interrupted.acquire(blocking=False):  # Ctrl-C as the first request arrives
                signal.pthread_kill(main, signal.SIGINT)
            return _slow_did(received, 0.2)

        server.default = answer
        client = didww.Client(api_key="k", base_url=server.url)

        inner: list[BaseException | list[Any]] = []

        def per_group(group: int) -> Any:
            ids = [f"g{group}-{n}" for n in range(10)]
            try:
                inner.append(client.batch(client.dids.find, ids, concurrency=2))
            except BaseException as exc:  # what each inner batch came to, for the test
                inner.append(exc)
                raise

        with client:  # kept open, as a long-lived process that catches the interrupt keeps it
            with pytest.raises(KeyboardInterrupt):
                client.batch(per_group, range(3), concurrency=3)
            threading.Event().wait(1.0)  # time for five more rounds of the inner batches
            sent = len(server.received)
    # At most the six calls already under way (3 groups x 2); before, the inner batches sent
    # all 30 after the caller had seen the KeyboardInterrupt.
    assert sent <= 6, sent
    # No inner batch returned a list with holes where its unstarted items were. (Fewer than three
    # ran when Ctrl-C came while the outer batch was still starting its threads.)
    assert 1 <= len(inner) <= 3
    for result in inner:
        assert isinstance(result, didww.ClientError), result
        assert "the batch this one runs in was interrupted" in str(result)


# --- closed while a request is out: the answer is lost, not "nothing was sent" -----------------


def _slow_did(received: Received, seconds: float = 1.0) -> Any:
    action = respond(200, did(_last(received)))
    action.kind, action.delay = "slow", seconds
    return action


@pytest.mark.anyio
async def test_an_async_request_out_when_the_client_closes_is_a_lost_answer() -> None:
    with FaultServer() as server:
        server.default = _slow_did
        client = didww.AsyncClient(api_key="k", base_url=server.url)
        update = asyncio.ensure_future(client.dids.update(didww.DID("d1", description="x")))
        while not server.received:  # the PATCH is out
            await asyncio.sleep(0.01)
        await client.close()
        # Before: the broken exchange was retried, the retry refused as a ClientError saying
        # nothing was sent, while the server had the PATCH.
        with pytest.raises(didww.APIConnectionError, match="closed while the request was under"):
            await update
    assert [r.method for r in server.received] == ["PATCH"]


@contextlib.contextmanager
def _half_sent_csv() -> Iterator[tuple[str, list[bytes]]]:
    """A server whose CSV answer stops after its first bytes (until the client goes away): its
    base URL, and the request lines it received."""
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []
    done = threading.Event()

    def serve() -> None:
        with contextlib.suppress(OSError):
            while not done.is_set():
                conn, _ = listener.accept()
                with conn:
                    received.append(conn.recv(65536).split(b"\r\n", 1)[0])
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n"
                    conn.sendall(head + b"Content-Length: 100000\r\n\r\n" + b"a,b\n" * 10)
                    done.wait(HANG_GUARD)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v3", received
    finally:
        done.set()
        listener.close()
        thread.join(HANG_GUARD)


@pytest.mark.anyio
async def test_a_download_under_way_when_the_client_closes_is_not_sent_again() -> None:
    with _half_sent_csv() as (url, received):
        client = didww.AsyncClient(api_key="k", base_url=url)
        export = didww.Export.from_json(
            {
                "type": "exports",
                "id": "e1",
                "attributes": {"status": "completed", "url": f"{url}/exports/e1.csv"},
            }
        )
        download = asyncio.ensure_future(
            client.exports.download(export, io.BytesIO(), decompress=False)
        )
        for _ in range(int(HANG_GUARD / 0.01)):  # until the body is coming
            if received:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        await client.close()
        # Before: the cut body was sent for again after a pause, and that refused with a
        # ClientError saying the client is closed.
        with pytest.raises(didww.APIConnectionError, match="closed while the download of"):
            await download
    assert received == [b"GET /v3/exports/e1.csv HTTP/1.1"]


def test_a_sync_request_out_when_the_client_closes_is_a_lost_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Through the client's own httpx.Client (a proxy setting; 127.0.0.1 is exempt), where
    # closing from another thread breaks the exchange under way.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with FaultServer() as server:
        server.default = _slow_did
        client = didww.Client(api_key="k", base_url=server.url)
        assert client._direct is None
        created: list[BaseException] = []

        def create() -> None:
            try:
                client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="g"))
            except BaseException as exc:  # what the caller gets, for the test
                created.append(exc)

        worker = threading.Thread(target=create)
        worker.start()
        while not server.received:
            threading.Event().wait(0.01)
        client.close()
        worker.join(HANG_GUARD)
    [error] = created
    assert isinstance(error, didww.APIConnectionError), error
    assert "closed while the request was under way" in str(error)
    assert error.may_have_been_processed  # a create: check before sending it again
    assert [r.method for r in server.received] == ["POST"]


# --- the sync transport -----------------------------------------------------------------------


def _key(server: FaultServer) -> tuple[str, str, int]:
    return ("http", "127.0.0.1", server.port)


def _get(path: str) -> bytes:
    return f"GET /v3/dids/{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


def test_the_transport_sends_nothing_once_closed(server: FaultServer) -> None:
    transport = KeepAliveTransport()
    assert transport.exchange(_key(server), "GET", _get("a"), {}).status == 200
    transport.close()
    with pytest.raises(didww.ClientError, match="it was not sent"):
        transport.exchange(_key(server), "GET", _get("b"), {})
    assert [_last(r) for r in server.received] == ["a"]
    assert server.connections == 1  # and no connection was opened for it


def _record_sockets(
    transport: KeepAliveTransport, monkeypatch: pytest.MonkeyPatch
) -> list[socket.socket]:
    """The sockets ``transport`` hands its exchanges from now on, in order."""
    used: list[socket.socket] = []
    acquire = transport._acquire

    def recorded(*args: Any) -> socket.socket:
        used.append(acquire(*args))
        return used[-1]

    monkeypatch.setattr(transport, "_acquire", recorded)
    return used


def test_an_exchange_interrupted_by_ctrl_c_closes_its_socket(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = KeepAliveTransport()
    used = _record_sockets(transport, monkeypatch)

    def interrupted(self: _http1.Reader, method: str) -> _http1.Answer:
        raise KeyboardInterrupt  # while waiting for the answer to a request sent

    monkeypatch.setattr(_http1.Reader, "read_answer", interrupted)
    try:
        with pytest.raises(KeyboardInterrupt):
            transport.exchange(_key(server), "GET", _get("a"), {})
        [sock] = used
        # Closed at once, not pooled, not left to the garbage collector's ResourceWarning.
        assert sock.fileno() == -1
        assert transport._idle == {}
    finally:
        for sock in used:
            sock.close()
        transport.close()


@contextlib.contextmanager
def _descriptors_taken_below(limit: int) -> Iterator[None]:
    """Holds every free descriptor below ``limit``, so the next socket is numbered above it."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2 * limit:
        if hard != resource.RLIM_INFINITY and hard < 2 * limit:
            pytest.skip(f"needs {2 * limit} file descriptors, the limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (2 * limit, hard))
    held: list[int] = []
    try:
        while True:
            fd = os.open(os.devnull, os.O_RDONLY)
            held.append(fd)
            if fd >= limit:
                break
        yield
    finally:
        for fd in held:
            os.close(fd)
        if soft < 2 * limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="select()'s FD_SETSIZE limit is POSIX's")
def test_connections_are_reused_when_descriptors_are_numbered_past_select_limit(
    server: FaultServer,
) -> None:
    with _descriptors_taken_below(1024), didww.Client(api_key="k", base_url=server.url) as client:
        assert [client.dids.find(id).id for id in ("a", "b", "c")] == ["a", "b", "c"]
        [sock] = [s for sockets in client._direct._idle.values() for s in sockets]  # type: ignore[union-attr]
        assert sock.fileno() >= 1024
    assert server.connections == 1  # one keep-alive connection, not one per request


def test_a_download_interrupted_by_ctrl_c_before_its_answer_closes_its_socket(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = KeepAliveTransport()
    used = _record_sockets(transport, monkeypatch)

    def interrupted(self: http.client.HTTPResponse) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(http.client.HTTPResponse, "begin", interrupted)
    request = httpx.Request("GET", f"{server.url}/files/a", extensions={STREAM: True})
    try:
        with pytest.raises(KeyboardInterrupt):
            transport.handle_request(request)
        [sock] = used
        assert sock.fileno() == -1
    finally:
        for sock in used:
            sock.close()
        transport.close()
