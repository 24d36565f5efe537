"""``wait(timeout=...)`` keeps its timeout while the API fails, over a loopback server.

A poll's own retries (a 5xx, a 429 honouring ``Retry-After``, a lost connection) and its network
timeouts are bounded by the wait's deadline: no retry is started that would begin after it, and
no attempt waits past it. When a poll fails for want of time, the wait raises WaitTimeoutError
with the last state seen and the poll's error as its cause; a failure with time left (a 404) is
raised as it is. Before, ``wait(timeout=2)`` ran for about a minute and ended in ServerError."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import didww
from tests.transport.faultserver import FaultServer, respond, slow
from tests.transport.support import KINDS, FakeClock, run

PENDING = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "pending"}}}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


def _wait(timeout: float) -> Any:
    def operation(client: Any) -> Any:
        return client.orders.wait("o1", timeout=timeout)

    return operation


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_past_the_deadline_ends_the_wait(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    start = clock.time
    failing = respond(503, {"errors": [{"status": "503"}]}, headers={"Retry-After": "60"})
    server.queue(respond(200, PENDING), failing)
    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, _wait(10), base_url=server.url, clock=clock)
    error = caught.value
    assert isinstance(error.__cause__, didww.ServerError)
    assert error.last is not None and error.last.status == "pending"
    assert "the wait's 10 s ran out while the API failed to answer a poll" in str(error)
    assert len(server.received) == 2  # the 60 s retry would start after the deadline
    assert clock.time - start < 10  # the wait's own clock never went past its timeout


@pytest.mark.parametrize("kind", KINDS)
def test_retries_within_the_deadline_still_happen(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    failing = respond(503, {"errors": [{"status": "503"}]}, headers={"Retry-After": "1"})
    done = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    server.queue(respond(200, PENDING), failing, respond(200, done))
    order = run(kind, _wait(10), base_url=server.url, clock=clock)
    assert order.status == "completed"
    assert len(server.received) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_slow_answer_is_cut_to_the_time_left(kind: str, server: FaultServer) -> None:
    # Real time: the server answers after 2 s, the wait has 0.3 s; the read timeout (60 s by
    # default) is cut to what is left, so the wait ends as a WaitTimeoutError.
    server.queue(slow(2.0, PENDING))
    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, _wait(0.3), base_url=server.url)
    assert isinstance(caught.value.__cause__, didww.APITimeoutError)
    assert caught.value.last is None and "never answered" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_failure_with_time_left_is_raised_as_it_is(kind: str, server: FaultServer) -> None:
    server.queue(respond(404, {"errors": [{"status": "404", "title": "Not found"}]}))
    with pytest.raises(didww.NotFoundError):
        run(kind, _wait(300), base_url=server.url, clock=FakeClock())
