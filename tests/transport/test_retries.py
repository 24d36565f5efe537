"""Retries against a real faulty server: how many requests reached it, and what was raised."""

from __future__ import annotations

import email.utils
import socket
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from tests.transport.faultserver import (
    RESET_AFTER_READ,
    RESET_BEFORE_READ,
    FaultServer,
    html_502,
    respond,
    slow,
    truncated,
)
from tests.transport.support import KINDS, FakeClock, run

DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "123"}}}
ORDER = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "pending"}}}
ERRORS = {"errors": [{"title": "oops", "detail": "try later", "code": "500", "status": "500"}]}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


def find(client: Any) -> Any:
    return client.dids.find("d1")


def create_order(client: Any) -> Any:
    return client.orders.create(didww.Order(items=[didww.DIDOrderItem(sku_id="s", qty=1)]))


def args(server: FaultServer, clock: FakeClock, **extra: Any) -> dict[str, Any]:
    return {"base_url": server.url, "clock": clock, **extra}


@pytest.mark.parametrize("kind", KINDS)
def test_429_without_retry_after_backs_off_then_succeeds(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(respond(429, ERRORS), respond(200, DID))
    did = run(kind, find, **args(server, clock))
    assert did.number == "123"
    assert len(server.received) == 2
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0.25", 0.25), ("1000", 60.0), ("soon", 0.5), ("-4", 0.5)],
)
def test_retry_after_seconds_capped_or_ignored(
    kind: str, header: str, expected: float, server: FaultServer
) -> None:
    clock = FakeClock()
    server.queue(respond(429, ERRORS, {"Retry-After": header}), respond(200, DID))
    run(kind, find, **args(server, clock))
    assert clock.sleeps == [expected]


def test_retry_after_http_date(server: FaultServer) -> None:
    clock = FakeClock()
    date = email.utils.formatdate(clock.now() + 7, usegmt=True)
    server.queue(respond(429, ERRORS, {"Retry-After": date}), respond(200, DID))
    run("sync", find, **args(server, clock))
    assert clock.sleeps == [pytest.approx(7.0, abs=1.0)]


@pytest.mark.parametrize("kind", KINDS)
def test_429_is_retried_even_for_orders(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(respond(429, ERRORS), respond(201, ORDER))
    order = run(kind, create_order, **args(server, clock))
    assert order.id == "o1"
    assert [r.method for r in server.received] == ["POST", "POST"]


@pytest.mark.parametrize("kind", KINDS)
def test_5xx_on_get_is_retried_with_doubling_backoff(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(respond(503, ERRORS), respond(502, ERRORS), respond(200, DID))
    run(kind, find, **args(server, clock))
    assert len(server.received) == 3
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("kind", KINDS)
def test_exhausted_retries_say_how_many_attempts(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(*[respond(500, ERRORS, {"X-Request-Id": f"r{i}"}) for i in range(3)])
    with pytest.raises(didww.ServerError) as info:
        run(kind, find, **args(server, clock))
    error = info.value
    assert len(server.received) == 3
    assert error.attempts == 3
    assert "after 3 attempts" in str(error)
    assert error.response is not None and error.response.status_code == 500
    assert error.request_id == "r2"
    assert [e.detail for e in error.errors] == ["try later"]


@pytest.mark.parametrize("kind", KINDS)
def test_max_retries_is_configurable(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(*[respond(500, ERRORS) for _ in range(6)])
    with pytest.raises(didww.ServerError):
        run(kind, find, **args(server, clock, max_retries=4))
    assert len(server.received) == 5
    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_backoff_is_capped_at_eight_seconds() -> None:
    policy = didww._retry.RetryPolicy()
    assert [policy.backoff(n, 0.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(1, 0.999) == pytest.approx(0.375, abs=0.001)


@pytest.mark.parametrize("kind", KINDS)
def test_5xx_on_post_is_not_repeated(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(respond(500, ERRORS), respond(201, ORDER))
    with pytest.raises(didww.ServerError) as info:
        run(kind, create_order, **args(server, clock))
    assert len(server.received) == 1
    assert info.value.attempts == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_post_retry_is_opt_in_per_call(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(respond(502, ERRORS), respond(201, ORDER))

    def opted_in(client: Any) -> Any:
        return create_order(client.with_options(retry_non_idempotent=True))

    order = run(kind, opted_in, **args(server, clock))
    assert order.id == "o1"
    assert len(server.received) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_dry_run_validations_are_retried(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    answer = {"data": {"type": "address_requirement_validations", "id": "v1"}}
    server.queue(respond(503, ERRORS), respond(201, answer))

    def validate(client: Any) -> Any:
        model = didww.AddressRequirementValidation(address_requirement_id="ar1", address_id="a1")
        return client.address_requirement_validations.create(model)

    run(kind, validate, **args(server, clock))
    assert len(server.received) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_html_502_from_a_proxy(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(html_502(), html_502(), html_502())
    with pytest.raises(didww.ServerError) as info:
        run(kind, find, **args(server, clock))
    assert info.value.errors == []
    assert info.value.http_status == 502
    assert len(server.received) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_truncated_body_get_retried_post_not(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(truncated(DID), respond(200, DID))
    assert run(kind, find, **args(server, clock)).id == "d1"
    assert len(server.received) == 2
    server.received.clear()
    server.queue(truncated(ORDER), respond(201, ORDER))
    with pytest.raises(didww.APIConnectionError):
        run(kind, create_order, **args(server, clock))
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_reset_after_reading_get_retried_post_sent_once(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(RESET_AFTER_READ, respond(200, DID))
    assert run(kind, find, **args(server, clock)).id == "d1"
    assert [r.method for r in server.received] == ["GET", "GET"]
    server.received.clear()
    server.queue(RESET_AFTER_READ, respond(201, ORDER))
    with pytest.raises(didww.APIConnectionError) as info:
        run(kind, create_order, **args(server, clock))
    assert [r.method for r in server.received] == ["POST"]
    assert info.value.attempts == 1


@pytest.mark.parametrize("kind", KINDS)
def test_reset_before_reading(kind: str, server: FaultServer) -> None:
    # The client cannot tell a reset before reading from one after: once the request bytes were
    # written it may have arrived, so a POST is still not repeated. A GET is.
    clock = FakeClock()
    server.queue(RESET_BEFORE_READ, respond(200, DID))
    assert run(kind, find, **args(server, clock)).id == "d1"
    assert len(server.received) == 1
    server.received.clear()
    server.queue(RESET_BEFORE_READ, respond(201, ORDER))
    with pytest.raises(didww.APIConnectionError):
        run(kind, create_order, **args(server, clock))
    assert server.received == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("kind", KINDS)
def test_connection_refused_is_retried_for_every_method(kind: str) -> None:
    clock = FakeClock()
    url = f"http://127.0.0.1:{_free_port()}/v3"
    with pytest.raises(didww.APIConnectionError) as info:
        run(kind, create_order, base_url=url, clock=clock)
    assert not isinstance(info.value, didww.APITimeoutError)
    assert info.value.attempts == 3
    assert "after 3 attempts" in str(info.value)
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("kind", KINDS)
def test_slow_answer_beyond_timeout(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.queue(slow(0.6, DID), respond(200, DID))
    assert run(kind, find, **args(server, clock, timeout=0.2)).id == "d1"
    assert len(server.received) == 2
    server.received.clear()
    server.queue(slow(0.6, ORDER))
    with pytest.raises(didww.APITimeoutError):
        run(kind, create_order, **args(server, clock, timeout=0.2))
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_with_options_copy_shares_the_pool(kind: str, server: FaultServer) -> None:
    clock = FakeClock()
    server.default = lambda received: respond(200, DID)

    def several(client: Any) -> Any:
        fast = client.with_options(max_retries=0, timeout=5.0)
        if kind == "sync":
            return [fast.dids.find("d1"), client.dids.find("d1"), fast.dids.find("d1")]

        async def calls() -> Any:
            return [await fast.dids.find("d1"), await client.dids.find("d1")]

        return calls()

    run(kind, several, **args(server, clock))
    assert server.connections == 1


def test_with_options_validates() -> None:
    client = didww.Client(api_key="k")
    with pytest.raises(didww.ClientError):
        client.with_options(max_retries=-1)
    with pytest.raises(didww.ClientError):
        client.with_options(timeout=None)  # type: ignore[arg-type]
    copy = client.with_options(max_retries=5)
    assert copy.dids is not client.dids
    client.close()


# A Retry-After that is not a delay is ignored: the usual backoff applies, not "retry now".


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("header", ["-5", "-0.5", "-1e9", "\u0663", "nan"])
def test_a_retry_after_that_is_no_delay_gets_the_usual_backoff(
    kind: str, header: str, server: FaultServer
) -> None:
    # Before: "-5" was read as "retry now" (a 0 s wait), and U+0663 as 3 seconds.
    clock = FakeClock()
    server.queue(respond(429, ERRORS, {"Retry-After": header}), respond(200, DID))
    assert run(kind, find, base_url=server.url, clock=clock).number == "123"
    assert len(server.received) == 2
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("kind", KINDS)
def test_every_retry_of_a_negative_retry_after_backs_off_further(
    kind: str, server: FaultServer
) -> None:
    clock = FakeClock()
    server.default = lambda received: respond(429, ERRORS, {"Retry-After": "-5"})
    with pytest.raises(didww.RateLimitError):
        run(kind, find, base_url=server.url, clock=clock, max_retries=3)
    assert len(server.received) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]  # as with no Retry-After at all


@pytest.mark.parametrize("kind", KINDS)
def test_a_date_already_past_still_means_no_wait(kind: str, server: FaultServer) -> None:
    clock = FakeClock(start=1_750_000_000.0)
    past = email.utils.formatdate(clock.now() - 60, usegmt=True)
    server.queue(respond(429, ERRORS, {"Retry-After": past}), respond(200, DID))
    run(kind, find, base_url=server.url, clock=clock)
    assert clock.sleeps == [0.0]
