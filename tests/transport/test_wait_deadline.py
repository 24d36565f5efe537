"""``wait(timeout=...)`` keeps its timeout while the API fails, over a loopback server.

A poll's own retries (a 5xx, a 429 honouring ``Retry-After``, a lost connection) and its network
timeouts are bounded by the wait's deadline: no retry is started that would begin after it, and
an attempt's timeouts are cut to the time left (never below a few seconds' grace, which the poll
sent at the deadline needs to be answered). When a poll fails for want of time, the wait raises
WaitTimeoutError with the last state seen and the poll's error as its cause; a failure with time
left (a 404) is raised as it is. Before, ``wait(timeout=2)`` ran for about a minute and ended
in ServerError."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import didww
import didww._core
from didww import v2026_10_22
from didww._core import CUT_TIMEOUT, DEADLINE_GRACE
from tests.support import bearer_token
from tests.transport.faultserver import (
    FaultServer,
    delayed,
    redirect,
    respond,
    slow,
    trickle,
)
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
    ("client_timeout", "left", "expected", "total"),
    [
        (60.0, 100.0, 60.0, 99.0),  # the client's own timeout is the shorter
        (60.0, 20.0, 20.0, 19.0),  # cut to the time left
        (60.0, 0.0, DEADLINE_GRACE, DEADLINE_GRACE),  # sent at the deadline: the grace
        (2.0, 0.0, 2.0, DEADLINE_GRACE),  # never longer than the client's own
    ],
)
def test_an_attempt_s_timeouts_are_cut_to_the_time_left(
    client_timeout: float, left: float, expected: float, total: float
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
        # The attempt as a whole gets the time left when it is first sent (the timeouts bound
        # each read alone), in real time; fixed then, for its redirects and a resend.
        clock.time += 1.0  # its rate-limit turn took a second of the client's clock
        before = time.monotonic()
        answer_by = attempts.answer_by()
        assert answer_by is not None
        assert before + total <= answer_by <= time.monotonic() + total
        clock.time += 1.0
        assert attempts.answer_by() == answer_by
        attempts.start()  # the next attempt gets its own
        assert attempts.answer_by() != answer_by
        # A call without a deadline keeps the client's timeouts, and has no end.
        plain = client._core.attempts(client.orders._find_call("o1", None), client._options)
        plain.start()
        assert plain.timeout == client._options.timeout
        assert plain.answer_by() is None


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


TRICKLE_INTERVAL = 0.1
"""Seconds between the bytes of a trickling answer: each well within the client's read timeout,
the whole answer (about 70 bytes) some 7 s long."""

QUICK_TRICKLE_INTERVAL = 0.02
"""The same for an answer some 1.4 s long: read whole in the time a broken deadline would give
it, and cut off in the time the deadline leaves."""


def _run_with_http_client(kind: str, operation: Any, base_url: str) -> Any:
    """``operation(client)`` on a client over the caller's own httpx client (httpx's
    transport, rather than the SDK's own for the sync client)."""
    if kind == "sync":
        with (
            httpx.Client() as http,
            didww.Client(api_key="k", base_url=base_url, http_client=http, timeout=2) as client,
        ):
            return operation(client)

    async def main() -> Any:
        async with (
            httpx.AsyncClient() as http,
            didww.AsyncClient(
                api_key="k", base_url=base_url, http_client=http, timeout=2
            ) as client,
        ):
            return await operation(client)

    return anyio.run(main)


TRANSPORTS = [("sync", False), ("sync", True), ("async", False), ("async", True)]
"""Each kind of client on the SDK's own connections and on a caller's httpx client."""


@pytest.mark.parametrize(
    ("kind", "own_http_client", "head"),
    [
        ("sync", False, False),
        ("sync", False, True),
        ("sync", True, False),  # httpx reads the head: it is bounded per read only
        ("async", False, False),
        ("async", False, True),
        ("async", True, False),
        ("async", True, True),
    ],
)
def test_an_answer_trickling_in_ends_the_wait_at_its_deadline(
    kind: str,
    own_http_client: bool,
    head: bool,
    server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A byte every 0.1 s never trips the 2 s read timeout, and the answer would take some 7 s:
    # the poll is cut off when the wait's time is up (the grace made short for the test).
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    server.queue(trickle(PENDING, TRICKLE_INTERVAL, head=head))
    with pytest.raises(didww.WaitTimeoutError) as caught:
        if own_http_client:
            _run_with_http_client(kind, _wait(0.5), server.url)
        else:
            run(kind, _wait(0.5), base_url=server.url, timeout=2)
    cause = caught.value.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    assert "was not over by the wait's deadline (it came slowly" in str(cause)
    # Read whole, the answer would have made the pending order the last state seen.
    assert caught.value.last is None  # the only poll was never answered in full
    assert "ran out before a poll was answered" in str(caught.value)
    assert len(server.received) == 1  # no retry: the wait's time was up


@pytest.mark.parametrize("kind", KINDS)
def test_the_client_serves_the_next_request_after_a_poll_is_cut_off(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cut-off connection is closed, not pooled half-read: the next request gets a new one.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    done = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    server.queue(trickle(PENDING, TRICKLE_INTERVAL), respond(200, done))

    def operation(client: Any) -> Any:
        try:
            client.orders.wait("o1", timeout=0.5)
        except didww.WaitTimeoutError:
            return client.orders.find("o1")
        raise AssertionError("the wait was not cut off")

    async def async_operation(client: Any) -> Any:
        try:
            await client.orders.wait("o1", timeout=0.5)
        except didww.WaitTimeoutError:
            return await client.orders.find("o1")
        raise AssertionError("the wait was not cut off")

    chosen = operation if kind == "sync" else async_operation
    order = run(kind, chosen, base_url=server.url, timeout=2)
    assert order.status == "completed"
    assert server.connections == 2


@pytest.mark.parametrize("kind", KINDS)
def test_the_answer_s_time_counts_from_the_send_after_a_rate_limit_turn(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client's clock spends 3 s of the wait's 3.3 s on the rate-limit turn: the poll sent
    # then has the 0.3 s left (real time), not the wait's whole 3.3 s again, in which the
    # answer, about 1.4 s long, would have been read whole.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    server.queue(trickle(PENDING, QUICK_TRICKLE_INTERVAL))
    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, _booked_wait(1, 3.3), base_url=server.url, clock=FakeClock(), rate_limit=1 / 3)
    assert isinstance(caught.value.__cause__, didww.APITimeoutError)
    assert caught.value.last is None  # the answer was cut off
    assert server.wait_received(1) == 1


def _redirects(
    server: FaultServer, hops: int, seconds: float, interval: float = TRICKLE_INTERVAL
) -> list[Any]:
    """``hops`` redirects to the same order, each answered after ``seconds``, then an answer
    trickling in, a byte every ``interval`` seconds."""
    moved = [delayed(redirect(f"{server.url}/orders/o1", status=307), seconds) for _ in range(hops)]
    return [*moved, trickle(PENDING, interval)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_s_hop_shares_the_attempt_s_time(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A redirect that takes half the wait's 2 s, then an answer trickling in for about 1.4 s:
    # the hop does not start the time again, in which the answer would have been read whole.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    server.queue(*_redirects(server, 1, 1.0, QUICK_TRICKLE_INTERVAL))
    with pytest.raises(didww.WaitTimeoutError) as caught:
        run(kind, _wait(2.0), base_url=server.url, timeout=5)
    cause = caught.value.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    assert "was not over by the wait's deadline" in str(cause)
    assert server.wait_received(2) == 2  # the hop was sent, with a second to spare
    assert caught.value.last is None  # and its answer cut off


@pytest.mark.parametrize(("kind", "own_http_client"), TRANSPORTS)
def test_no_hop_goes_out_once_the_answer_is_due(
    kind: str, own_http_client: bool, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Redirects answered after 0.4 s each, and a wait of 1 s: the SDK's own connections and
    # AsyncClient cut the third hop's wait for its answer at the deadline; through a caller's
    # sync httpx client, which reads the answer's head itself, that hop's answer arrives late
    # and the next hop is not sent.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    server.queue(*_redirects(server, 4, 0.4))
    with pytest.raises(didww.WaitTimeoutError) as caught:
        if own_http_client:
            _run_with_http_client(kind, _wait(1.0), server.url)
        else:
            run(kind, _wait(1.0), base_url=server.url, timeout=5)
    cause = caught.value.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    if kind == "sync" and own_http_client:
        assert "deadline passed before the request to 127.0.0.1" in str(cause)
        assert "(a redirect's next hop, or a resend with a new token); it was not sent" in str(
            cause
        )
    else:
        assert "was not over by the wait's deadline" in str(cause)
    assert server.wait_received(5, timeout=0.5) < 5  # the last answer was never asked for


@pytest.mark.parametrize("kind", KINDS)
def test_a_resend_with_a_new_token_goes_out_only_in_time(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The poll's token is refused, and the provider takes longer than the wait has: the resend
    # with the new token is not sent, and the error says so.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    refused = {"errors": [{"status": "401", "title": "Unauthorized"}]}
    server.queue(respond(401, refused), respond(200, PENDING))

    def provider() -> str:
        time.sleep(0.7)
        return bearer_token(None, subject="fresh")

    def operation(client: Any) -> Any:
        return client.orders.wait("o1", timeout=0.5)

    credentials: dict[str, Any] = {
        "token": bearer_token(None, subject="revoked"),
        "token_provider": provider,
    }
    with pytest.raises(didww.WaitTimeoutError) as caught:
        if kind == "sync":
            with v2026_10_22.Client(base_url=server.url, **credentials) as client:
                operation(client)
        else:

            async def main() -> None:
                async with v2026_10_22.AsyncClient(base_url=server.url, **credentials) as client:
                    await operation(client)

            anyio.run(main)
    cause = caught.value.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    assert "it was not sent" in str(cause)
    assert server.wait_received(2, timeout=0.5) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_trickling_in_without_a_deadline_is_read_whole(
    kind: str, server: FaultServer
) -> None:
    # Only a call with a deadline has a total: a find whose answer comes slowly is read.
    done = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    server.queue(trickle(done, 0.005))

    def operation(client: Any) -> Any:
        return client.orders.find("o1")

    order = run(kind, operation, base_url=server.url, timeout=2)
    assert order.status == "completed"


def test_an_async_token_provider_slower_than_the_wait_ends_it_unsent(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # AsyncClient: waiting for the poll's token counts against the wait. The provider call
    # goes on after the wait has ended, and the next request uses its token.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    server.default = lambda received: respond(200, PENDING)
    calls: list[str] = []

    async def provider() -> str:
        calls.append("asked")
        await anyio.sleep(1.5)
        calls.append("gave")
        return bearer_token(None, subject="slow")

    async def main() -> Any:
        async with v2026_10_22.AsyncClient(base_url=server.url, token_provider=provider) as api:
            with pytest.raises(didww.WaitTimeoutError) as caught:
                await api.orders.wait("o1", timeout=0.3)
            # The wait ended before the provider gave its token, and sent nothing without it.
            assert calls == ["asked"]
            assert server.received == []
            await api.orders.find("o1")  # takes the token of the call under way
            return caught.value

    error = anyio.run(main)
    cause = error.__cause__
    assert isinstance(cause, didww.APITimeoutError)
    assert "token_provider gave no token before this request's deadline" in str(cause)
    assert "it was not sent" in str(cause)
    assert "ran out while the token_provider had yet to give the next poll's token" in str(error)
    assert error.attempts == 0  # no poll went out
    assert error.last is None
    assert calls == ["asked", "gave"]  # asked once
    assert [r.headers["authorization"] for r in server.received] == [
        f"Bearer {bearer_token(None, subject='slow')}"
    ]


def test_an_async_token_provider_after_a_401_is_cut_off_at_the_answer_s_time(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The poll's token is refused and the new one takes 3 s to come: the wait ends when the
    # poll's answer was due, not when the provider is done, and the resend is not sent.
    monkeypatch.setattr(didww._core, "DEADLINE_GRACE", 0.2)
    refused = {"errors": [{"status": "401", "title": "Unauthorized"}]}
    server.queue(respond(401, refused), respond(200, PENDING))

    gave: list[str] = []

    async def provider() -> str:
        await anyio.sleep(3)
        gave.append("fresh")
        return bearer_token(None, subject="fresh")

    async def main() -> None:
        async with v2026_10_22.AsyncClient(
            base_url=server.url,
            token=bearer_token(None, subject="revoked"),
            token_provider=provider,
        ) as api:
            with pytest.raises(didww.WaitTimeoutError) as caught:
                await api.orders.wait("o1", timeout=0.5)
            assert gave == []  # the wait ended before the provider was done
            cause = caught.value.__cause__
            assert isinstance(cause, didww.APITimeoutError)
            assert (
                "could go out again (a redirect's next hop, or a resend with a new token)"
                in str(cause)
            )

    anyio.run(main)
    assert len(server.received) == 1
