"""``httpx`` transports that hand requests straight to a simulator (no sockets).

Faults look to the client as they would over a network: a dropped connection raises the
``httpx.RemoteProtocolError`` httpx gives for one, a truncated body fails while it is read, and
a delay longer than the request's read timeout raises ``httpx.ReadTimeout``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from didww.testing._clock import ManualClock
from didww.testing._faults import Exchange, truncate
from didww.testing._http import Headers, SimRequest, SimResponse

if TYPE_CHECKING:
    from didww.testing._simulator import Simulator


def _request(request: httpx.Request, body: bytes) -> SimRequest:
    # str(request.url) keeps the query percent-encoded, as it would arrive over the network.
    return SimRequest(
        request.method, str(request.url), Headers(request.headers.multi_items()), body
    )


def _response(answer: SimResponse, request: httpx.Request) -> httpx.Response:
    # The length as the served simulator sends it, an empty body's included (httpx leaves it
    # out for no content): without it, a client cannot tell an empty body from one cut short.
    headers = {**answer.headers, "Content-Length": str(len(answer.body))}
    return httpx.Response(answer.status, headers=headers, content=answer.body, request=request)


def _wait(exchange: Exchange, request: httpx.Request) -> tuple[float, bool]:
    """How long the answer takes, and whether the client's read timeout runs out first."""
    timeout = request.extensions.get("timeout", {}).get("read")
    if timeout is not None and exchange.delay > timeout:
        return float(timeout), True
    return exchange.delay, False


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    # The message httpx gives when the server closes the connection without answering.
    return httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out", request=request)


def _cut_short(sent: bytes, announced: int) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body "
        f"(received {len(sent)} bytes, expected {announced})"
    )


class _TruncatedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that ends early: the bytes that came, then the error a closed connection gives."""

    def __init__(self, sent: bytes, announced: int) -> None:
        self._sent, self._announced = sent, announced

    def __iter__(self) -> Iterator[bytes]:
        if self._sent:
            yield self._sent
        raise _cut_short(self._sent, self._announced)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._sent:
            yield self._sent
        raise _cut_short(self._sent, self._announced)


def _truncated_response(answer: SimResponse, request: httpx.Request) -> httpx.Response:
    sent, announced = truncate(answer.body)
    headers = {**answer.headers, "Content-Length": str(announced)}
    stream = _TruncatedStream(sent, announced)
    return httpx.Response(answer.status, headers=headers, stream=stream, request=request)


def _finish(exchange: Exchange, request: httpx.Request, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise _timed_out(request)
    if exchange.response is None:
        raise _dropped(request)
    if exchange.truncated:
        return _truncated_response(exchange.response, request)
    return _response(exchange.response, request)


class SimulatorTransport(httpx.BaseTransport):
    """Answers a sync ``httpx.Client`` from a :class:`~didww.testing.Simulator`.

    A fault's delay is spent on the simulator's clock: a :class:`~didww.testing.ManualClock`
    moves forward at once, any other clock means really waiting.
    """

    def __init__(self, simulator: Simulator[Any, Any]) -> None:
        self._simulator = simulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        exchange = self._simulator.exchange(_request(request, body))
        seconds, timed_out = _wait(exchange, request)
        if seconds > 0:
            clock = self._simulator.clock
            if isinstance(clock, ManualClock):
                clock.advance(seconds)
            else:
                time.sleep(seconds)
        return _finish(exchange, request, timed_out)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    """Answers an ``httpx.AsyncClient`` from a :class:`~didww.testing.Simulator`.

    The simulator answers from memory without waiting on anything but its lock (callbacks are
    sent from their own threads), so calling it from the event loop is safe. A fault's delay is
    awaited (asyncio or trio), or spent at once on a :class:`~didww.testing.ManualClock`.
    """

    def __init__(self, simulator: Simulator[Any, Any]) -> None:
        self._simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        exchange = self._simulator.exchange(_request(request, body))
        seconds, timed_out = _wait(exchange, request)
        if seconds > 0:
            clock = self._simulator.clock
            if isinstance(clock, ManualClock):
                clock.advance(seconds)
            else:
                # Imported here: anyio comes with httpx but is not loaded by it, and
                # `import didww.testing` adds nothing beyond the stdlib.
                import anyio

                await anyio.sleep(seconds)
        return _finish(exchange, request, timed_out)
