"""A request that stops waiting for its rate-limit turn gives the turn back.

Ctrl-C during the wait (sync) or a cancelled task (async) used to keep the start it had booked:
the next request then waited one interval more for a request that was never sent. Over real
loopback servers, with a clock that advances by what it is asked to sleep.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import didww
from didww._ratelimit import RateLimiter
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.support import FakeClock


def _last(received: Received) -> str:
    return received.path.rsplit("/", 1)[-1]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        fault_server.default = lambda received: respond(
            200, {"data": {"type": "dids", "id": _last(received), "attributes": {}}}
        )
        yield fault_server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class InterruptedOnce(FakeClock):
    """Raises KeyboardInterrupt from the first wait longer than zero, as Ctrl-C would."""

    def __init__(self) -> None:
        super().__init__()
        self.interrupted = False

    def sleep(self, seconds: float) -> None:
        if seconds > 0 and not self.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        super().sleep(seconds)


def test_ctrl_c_while_waiting_gives_the_turn_back(server: FaultServer) -> None:
    clock = InterruptedOnce()
    with didww.Client(api_key="k", base_url=server.url, rate_limit=2, clock=clock) as client:
        client.dids.find("first")
        with pytest.raises(KeyboardInterrupt):
            client.dids.find("interrupted")
        client.dids.find("next")
    assert [_last(r) for r in server.received] == ["first", "next"]
    # "next" waits for the turn "interrupted" had booked (half a second after "first"), not
    # for the one after it.
    assert clock.sleeps == [0.0, 0.5]


@pytest.mark.anyio
async def test_a_cancelled_wait_gives_the_turn_back(server: FaultServer) -> None:
    clock = FakeClock()
    waiting = asyncio.Event()
    delays: list[float] = []

    async def asleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 2:  # the request that is cancelled
            waiting.set()
            await asyncio.Event().wait()
        clock.sleep(seconds)

    clock.asleep = asleep  # type: ignore[method-assign]
    async with didww.AsyncClient(
        api_key="k", base_url=server.url, rate_limit=2, clock=clock
    ) as client:
        await client.dids.find("first")
        cancelled = asyncio.ensure_future(client.dids.find("cancelled"))
        await waiting.wait()
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        await client.dids.find("next")
    assert [_last(r) for r in server.received] == ["first", "next"]
    assert delays == [0.0, 0.5, 0.5]


def test_a_turn_with_later_bookings_stays_taken() -> None:
    # Those booked after it already wait for their own starts: freeing the middle one would
    # let a fourth caller start together with the third.
    clock = FakeClock()
    limiter = RateLimiter(2, clock)
    limiter.reserve()
    middle, _ = limiter.reserve()
    limiter.reserve()
    limiter._give_back(middle)
    assert limiter.reserve() == (clock.time + 1.5, 1.5)
