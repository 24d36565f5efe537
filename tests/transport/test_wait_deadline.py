"""``wait(timeout=...)`` keeps its timeout while the API fails, over a loopback server.

A poll's own retries (a 5xx, a 429 honouring ``Retry-After``, a lost connection) and its network
timeouts are bounded by the wait's deadline: no retry is started that would begin after it, and
an attempt's timeouts are cut to the time left (never below a few seconds' grace, which the poll
sent at the deadline needs to be answered). When a poll fails for want of time, the wait raises
WaitTimeoutError with the last state seen and the poll's error as its cause; a failure with time
left (a 404) is raised as it is. Before, ``wait(timeout=2)`` ran for about a minute and ended
in ServerError."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import didww
from didww._core import CUT_TIMEOUT, DEADLINE_GRACE
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
    assert "the wait's 10 s ran out before a poll was answered (ServerError" in str(error)
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
def test_the_poll_sent_at_the_deadline_is_given_time_to_be_answered(
    kind: str, server: FaultServer
) -> None:
    # The last poll of a wait goes out at its deadline: it still gets DEADLINE_GRACE seconds,
    # so an answer taking 50 ms (real time) is read, and the completed order returned.
    done = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    server.queue(respond(200, PENDING), slow(0.05, done))

    def operation(client: Any) -> Any:
        return client.orders.wait("o1", timeout=1, poll_interval=1)

    order = run(kind, operation, base_url=server.url, clock=FakeClock())
    assert order.status == "completed"


@pytest.mark.parametrize(
    ("client_timeout", "left", "expected"),
    [
        (60.0, 100.0, 60.0),  # the client's own timeout is the shorter
        (60.0, 20.0, 20.0),  # cut to the time left
        (60.0, 0.0, DEADLINE_GRACE),  # sent at the deadline: the grace
        (2.0, 0.0, 2.0),  # never longer than the client's own
    ],
)
def test_an_attempt_s_timeouts_are_cut_to_the_time_left(
    client_timeout: float, left: float, expected: float
) -> None:
    clock = FakeClock()
    with didww.Client(
        api_key="k", base_url="http://127.0.0.1:9/v3", clock=clock, timeout=client_timeout
    ) as client:
        call = client.orders._find_call("o1", None)
        call.deadline = clock.time + left
        attempts = client._core.attempts(call, client._options)
        attempts.start()
        assert attempts.timeout == dict.fromkeys(("connect", "read", "write", "pool"), expected)
        assert call.request.extensions[CUT_TIMEOUT] == attempts.timeout
        # A call without a deadline keeps the client's timeouts.
        plain = client._core.attempts(client.orders._find_call("o1", None), client._options)
        plain.start()
        assert plain.timeout == client._options.timeout


@pytest.mark.parametrize("kind", KINDS)
def test_a_failure_with_time_left_is_raised_as_it_is(kind: str, server: FaultServer) -> None:
    server.queue(respond(404, {"errors": [{"status": "404", "title": "Not found"}]}))
    with pytest.raises(didww.NotFoundError) as caught:
        run(kind, _wait(300), base_url=server.url, clock=FakeClock())
    assert caught.value.__cause__ is None


def _booked_wait(turns: int, timeout: float) -> Any:
    def operation(client: Any) -> Any:
        # Other work of the same client (a batch on other threads) has booked the next turns.
        for _ in range(turns):
            client._limiter.reserve()
        return client.orders.wait("o1", timeout=timeout)

    return operation


@pytest.mark.parametrize("kind", KINDS)
def test_a_rate_limit_turn_after_the_deadline_ends_the_wait_unsent(
    kind: str, server: FaultServer
) -> None:
    clock = FakeClock()
    start = clock.time
    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, _booked_wait(5, 2), base_url=server.url, clock=clock, rate_limit=1)
    cause = caught.value.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    assert "rate limit gave this request no turn before its deadline" in str(cause)
    assert caught.value.last is None
    assert "the wait ended before its 2 s were up" in str(caught.value)
    assert caught.value.attempts == cause.attempts == 0  # nothing was sent
    # Before: the poll waited five seconds for its turn, past the wait's two.
    assert server.received == [] and clock.time == start


@pytest.mark.parametrize("kind", KINDS)
def test_a_later_poll_without_a_turn_counts_only_the_polls_sent(
    kind: str, server: FaultServer
) -> None:
    clients: list[Any] = []

    def pending_then_booked(received: Any) -> Any:
        for _ in range(5):  # other work books the turns while the first poll is answered
            clients[0]._limiter.reserve()
        return respond(200, PENDING)

    server.default = pending_then_booked

    def operation(client: Any) -> Any:
        clients.append(client)
        return client.orders.wait("o1", timeout=3)

    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, operation, base_url=server.url, clock=FakeClock(), rate_limit=1)
    assert len(server.received) == 1
    assert caught.value.attempts == 1 and "polls)" not in str(caught.value)
    assert caught.value.last is not None and caught.value.last.status == "pending"


@pytest.mark.parametrize("kind", KINDS)
def test_a_rate_limit_turn_before_the_deadline_is_waited_for(
    kind: str, server: FaultServer
) -> None:
    clock = FakeClock()
    start = clock.time
    done = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    server.queue(respond(200, done))
    order = run(kind, _booked_wait(1, 2), base_url=server.url, clock=clock, rate_limit=1)
    assert order.status == "completed"
    assert clock.time == start + 1  # the turn after the one booked before
