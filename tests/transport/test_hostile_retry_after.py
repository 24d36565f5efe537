"""A ``Retry-After`` that is not a delay is ignored: the usual backoff applies, not "retry now"."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from tests.transport.faultserver import FaultServer, respond
from tests.transport.support import KINDS, FakeClock, run

DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "123"}}}
ERRORS = {"errors": [{"title": "slow down", "status": "429"}]}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


def find(client: Any) -> Any:
    return client.dids.find("d1")


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
