"""``httpx`` transports that hand requests straight to a simulator (no sockets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from didww.testing._http import Headers, SimRequest, SimResponse

if TYPE_CHECKING:
    from didww.testing._simulator import Simulator


def _request(request: httpx.Request, body: bytes) -> SimRequest:
    # str(request.url) keeps the query percent-encoded, as it would arrive over the network.
    return SimRequest(
        request.method, str(request.url), Headers(request.headers.multi_items()), body
    )


def _response(answer: SimResponse, request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        answer.status, headers=answer.headers, content=answer.body, request=request
    )


class SimulatorTransport(httpx.BaseTransport):
    """Answers a sync ``httpx.Client`` from a :class:`~didww.testing.Simulator`."""

    def __init__(self, simulator: Simulator) -> None:
        self._simulator = simulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        return _response(self._simulator.handle(_request(request, body)), request)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    """Answers an ``httpx.AsyncClient`` from a :class:`~didww.testing.Simulator`.

    The simulator answers from memory without waiting on anything but its lock (callbacks are
    sent from their own threads), so calling it from the event loop is safe.
    """

    def __init__(self, simulator: Simulator) -> None:
        self._simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return _response(self._simulator.handle(_request(request, body)), request)
