"""Injected faults as the SDK's own clients see them, sync and async, in-process and served over
loopback: what is retried, what is never repeated, and which exception comes out.

Clients wait on the simulator's ManualClock (``didww_clock``), so backoff and Retry-After cost no
real time; only the served timeout case waits, for its 0.05 s client timeout.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import anyio
import pytest

import didww
from didww.testing import SEED, ManualClock, Simulator

MODES = [
    ("sync", "in-process"),
    ("async", "in-process"),
    ("sync", "served"),
    ("async", "served"),
]


@dataclass
class Api:
    """Runs an operation with a fresh SDK client of one kind, in-process or over loopback."""

    kind: str
    where: str
    sim: Simulator
    clock: ManualClock
    base_url: str | None

    def call(self, operation: Callable[[Any], Any], **options: Any) -> Any:
        options.setdefault("clock", self.clock)
        if self.kind == "sync":
            with self._sync(**options) as client:
                return operation(client)

        async def main() -> Any:
            async with self._async(**options) as client:
                return await operation(client)

        return anyio.run(main)

    def _sync(self, **options: Any) -> didww.Client:
        if self.base_url is None:
            return self.sim.client(**options)
        return didww.Client(api_key=self.sim.api_key, base_url=self.base_url, **options)

    def _async(self, **options: Any) -> didww.AsyncClient:
        if self.base_url is None:
            return self.sim.async_client(**options)
        return didww.AsyncClient(api_key=self.sim.api_key, base_url=self.base_url, **options)


@pytest.fixture(params=MODES, ids=["-".join(mode) for mode in MODES])
def api(
    request: pytest.FixtureRequest, didww_simulator: Simulator, didww_clock: ManualClock
) -> Api:
    kind, where = request.param
    base_url = request.getfixturevalue("didww_server").base_url if where == "served" else None
    return Api(kind, where, didww_simulator, didww_clock, base_url)


def balance(client: Any) -> Any:
    return client.balance.find()


def find_did(client: Any) -> Any:
    return client.dids.find(SEED.did_us)


def create_order(client: Any) -> Any:
    item = didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)
    return client.orders.create(didww.Order(items=[item]))


def seen(sim: Simulator) -> list[tuple[str, str, int | None]]:
    return [(r.method, r.path, r.status) for r in sim.requests]


# -- retried, and not repeated ---------------------------------------------------------------------


def test_503_twice_then_success_is_retried(api: Api, didww_simulator: Simulator) -> None:
    didww_simulator.faults.add(status=503, times=2)
    assert api.call(balance).total_balance == Decimal("100.00")
    assert seen(didww_simulator) == [("GET", "/balance", 503)] * 2 + [("GET", "/balance", 200)]
    assert [r.fault is not None for r in didww_simulator.requests] == [True, True, False]
    assert api.clock.sleeps == [0.5, 1.0]  # the SDK's backoff, spent on the manual clock
    assert len(didww_simulator.faults) == 0  # used up: the simulator behaves normally again


def test_an_order_is_not_repeated_after_a_503(api: Api, didww_simulator: Simulator) -> None:
    didww_simulator.faults.add(status=503, method="POST", path="/orders")
    with pytest.raises(didww.ServerError) as info:
        api.call(create_order)
    assert info.value.http_status == 503 and info.value.attempts == 1
    assert [e.code for e in info.value.errors] == ["503"]  # the fault's JSON:API document
    assert seen(didww_simulator) == [("POST", "/orders", 503)]
    assert api.clock.sleeps == []
    assert didww_simulator.balance == Decimal("100.00")  # a status fault answers instead of the API


def test_an_order_is_not_repeated_after_a_dropped_connection(
    api: Api, didww_simulator: Simulator
) -> None:
    didww_simulator.faults.add(kind="drop", method="POST", path="/orders")
    with pytest.raises(didww.APIConnectionError) as info:
        api.call(create_order)
    assert not isinstance(info.value, didww.APITimeoutError)
    assert info.value.attempts == 1
    assert seen(didww_simulator) == [("POST", "/orders", None)]  # None: no answer was sent
    (logged,) = didww_simulator.requests
    assert logged.fault is not None and logged.fault.kind == "drop"
    # The order was placed; only its answer was lost, which is why the SDK must not repeat it.
    assert didww_simulator.balance == Decimal("92.00")


def test_retry_after_is_honoured(api: Api, didww_simulator: Simulator) -> None:
    didww_simulator.faults.add(status=429, retry_after=3)
    didww_simulator.faults.add(status=503, retry_after="2")
    assert api.call(find_did).id == SEED.did_us
    assert api.clock.sleeps == [3.0, 2.0]
    arrivals = [r.received_at for r in didww_simulator.requests]
    assert [later - earlier for earlier, later in itertools.pairwise(arrivals)] == [3.0, 2.0]
    assert [r.status for r in didww_simulator.requests] == [429, 503, 200]


def test_a_429_is_retried_even_for_an_order(api: Api, didww_simulator: Simulator) -> None:
    didww_simulator.faults.add(status=429, method="POST", retry_after=1)
    assert api.call(create_order).status == didww.enums.OrderStatus.COMPLETED
    assert seen(didww_simulator) == [("POST", "/orders", 429), ("POST", "/orders", 201)]


# -- what the client raises ------------------------------------------------------------------------


def test_an_html_502_gives_server_error_without_json_errors(
    api: Api, didww_simulator: Simulator
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    didww_simulator.faults.add(status=502, body=page, times=3)
    with pytest.raises(didww.ServerError) as info:
        api.call(find_did)
    assert info.value.http_status == 502 and info.value.errors == []
    assert info.value.attempts == 3
    assert [r.status for r in didww_simulator.requests] == [502, 502, 502]


def test_a_truncated_body_gives_a_connection_error(api: Api, didww_simulator: Simulator) -> None:
    didww_simulator.faults.add(kind="truncated", path="/dids")
    with pytest.raises(didww.APIConnectionError) as info:
        api.call(find_did, max_retries=0)
    assert not isinstance(info.value, didww.APITimeoutError)
    (logged,) = didww_simulator.requests
    assert logged.status == 200 and logged.fault is not None and logged.fault.kind == "truncated"
    # With retries on, a GET is read again in full.
    didww_simulator.faults.add(kind="truncated", path="/dids")
    assert api.call(find_did).id == SEED.did_us
    assert [r.fault is not None for r in didww_simulator.requests] == [True, True, False]


def test_a_dropped_connection_gives_a_connection_error(
    api: Api, didww_simulator: Simulator
) -> None:
    didww_simulator.faults.add(kind="drop")
    with pytest.raises(didww.APIConnectionError) as info:
        api.call(find_did, max_retries=0)
    assert not isinstance(info.value, didww.APITimeoutError)
    assert seen(didww_simulator) == [("GET", f"/dids/{SEED.did_us}", None)]


def test_a_delay_beyond_the_timeout_gives_a_timeout_error(
    api: Api, didww_simulator: Simulator
) -> None:
    didww_simulator.faults.add(delay=0.5, method="POST", path="/orders")
    with pytest.raises(didww.APITimeoutError) as info:
        api.call(create_order, timeout=0.05)
    assert info.value.attempts == 1  # a create that may have arrived is never repeated
    assert seen(didww_simulator) == [("POST", "/orders", 201)]
    (logged,) = didww_simulator.requests
    assert logged.fault is not None and logged.fault.kind == "delay"
    # The simulator handled it (the order exists); the client gave up waiting for the answer.
    assert didww_simulator.balance == Decimal("92.00")


def test_in_process_a_delay_is_spent_on_the_manual_clock(
    didww_client: didww.Client, didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    started = didww_clock()
    didww_simulator.faults.add(delay=20)  # shorter than the client's 30 s timeout: answered late
    assert didww_client.balance.find().total_balance == Decimal("100.00")
    assert didww_clock() == started + 20
    didww_simulator.faults.add(delay=45)  # longer: the client gives up after its timeout
    with pytest.raises(didww.APITimeoutError):
        didww_client.with_options(max_retries=0).balance.find()
    assert didww_clock() == started + 20 + 30


# -- scope -----------------------------------------------------------------------------------------


def test_faults_scoped_by_method_and_path_leave_other_requests_alone(
    api: Api, didww_simulator: Simulator
) -> None:
    order_fault = didww_simulator.faults.add(status=500, method="POST", path="/orders", times=2)
    dids_fault = didww_simulator.faults.add(status=404, path="/dids")

    def unrelated(client: Any) -> Any:
        if api.kind == "sync":
            return [
                client.orders.list(),  # GET /orders: another method
                client.did_groups.find(SEED.group_us_new_york),  # /did_groups is not below /dids
                client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Other")),
            ]

        async def calls() -> list[Any]:
            return [
                await client.orders.list(),
                await client.did_groups.find(SEED.group_us_new_york),
                await client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Other")),
            ]

        return calls()

    api.call(unrelated)
    assert [r.status for r in didww_simulator.requests] == [200, 200, 201]
    assert didww_simulator.faults.remaining(order_fault) == 2
    with pytest.raises(didww.NotFoundError):
        api.call(find_did)  # /dids/<id> is below /dids
    with pytest.raises(didww.ServerError):
        api.call(create_order)
    assert didww_simulator.faults.remaining(dids_fault) == 0
    assert list(didww_simulator.faults) == [order_fault]
    assert seen(didww_simulator)[3:] == [
        ("GET", f"/dids/{SEED.did_us}", 404),
        ("POST", "/orders", 500),
    ]


def test_faults_apply_in_the_order_they_were_added_and_clear(didww_simulator: Simulator) -> None:
    first = didww_simulator.faults.add(status=503)
    second = didww_simulator.faults.add(status=502, times=2)
    with didww_simulator.client(max_retries=0) as client:
        statuses = []
        for _ in range(4):
            try:
                client.balance.find()
                statuses.append(200)
            except didww.ServerError as exc:
                statuses.append(exc.http_status)
    assert statuses == [503, 502, 502, 200]
    assert didww_simulator.faults.remaining(first) == didww_simulator.faults.remaining(second) == 0
    didww_simulator.faults.add(kind="drop", times=5)
    assert len(didww_simulator.faults) == 1 and "drop" in repr(didww_simulator.faults)
    didww_simulator.faults.clear()
    assert len(didww_simulator.faults) == 0
    with didww_simulator.client(max_retries=0) as client:
        assert client.balance.find().total_balance == Decimal("100.00")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "say what goes wrong"),
        ({"kind": "status"}, "needs status="),
        ({"kind": "drop", "status": 503}, "sends no status"),
        ({"kind": "delay"}, "needs delay="),
        ({"kind": "explode"}, "kind must be one of"),
        ({"status": 503, "times": 0}, "times must be"),
        ({"status": 99}, "status must be an HTTP status"),
        ({"status": 503, "delay": -1}, "delay must be at least 0 seconds"),
        ({"kind": "drop", "retry_after": 1}, "go with status="),
        ({"status": 503, "path": "/v3/orders"}, "write '/orders'"),
        ({"status": 503, "path": "orders"}, "path must be a path under /v3"),
        ({"status": 503, "path": "/orders?x=1"}, "path must be a path under /v3"),
        ({"status": 503, "method": "PO ST"}, "method must be"),
        # Text that cannot go on the wire: it raised UnicodeEncodeError, or (served) put a
        # header of its own into the answer.
        ({"status": 500, "body": "\ud800"}, "lone surrogate"),
        ({"status": 503, "retry_after": "5\r\nX-Evil: injected"}, "retry_after must be one line"),
        ({"status": 503, "content_type": "text/plain\r\nSet-Cookie: a=1"}, "content_type must"),
        ({"status": 503, "content_type": "text/\u2603"}, "content_type must be one line"),
        ({"status": 503, "retry_after": "\u00e9"}, "retry_after must be one line"),
    ],
)
def test_faults_that_mean_nothing_are_refused(
    didww_simulator: Simulator, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        didww_simulator.faults.add(**options)
    assert len(didww_simulator.faults) == 0


def test_header_texts_an_http_header_carries_are_sent_as_given(
    didww_simulator: Simulator,
) -> None:
    didww_simulator.faults.add(status=503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT")
    didww_simulator.faults.add(status=503, retry_after="soon", content_type="text/plain")
    assert len(didww_simulator.faults) == 2


def test_requests_are_matched_by_a_method_given_as_text(didww_simulator: Simulator) -> None:
    with pytest.raises(didww.testing.SimulatorUsageError, match="method must be an HTTP method"):
        didww_simulator.requests.matching(method=5)  # type: ignore[arg-type]
    assert didww_simulator.requests.matching(method="get") == []


@pytest.mark.anyio
async def test_async_fixture_client_retries_after_faults(
    didww_async_client: didww.AsyncClient, didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    didww_simulator.faults.add(kind="truncated", method="GET")
    didww_simulator.faults.add(kind="drop", method="GET")
    did = await didww_async_client.dids.find(SEED.did_us)
    assert did.id == SEED.did_us
    assert [r.fault.kind if r.fault else None for r in didww_simulator.requests] == [
        "truncated",
        "drop",
        None,
    ]
    assert didww_clock.sleeps == [0.5, 1.0]


def test_a_truncated_status_answer_is_cut_and_the_api_does_nothing(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    document = {"data": {"type": "orders", "id": "o1", "attributes": {"status": "completed"}}}
    didww_simulator.faults.add(201, kind="truncated", body=document, method="POST")
    with pytest.raises(didww.APIConnectionError):
        create_order(didww_client)
    assert seen(didww_simulator) == [("POST", "/orders", 201)]
    assert didww_simulator.balance == Decimal("100.00")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_a_real_clock_a_delay_really_waits_in_process(kind: str) -> None:
    # A simulator on the wall clock waits for real (time.sleep, or anyio.sleep for async
    # clients): kept to a few hundredths of a second here.
    sim = Simulator(clock=time.time)
    api = Api(kind, "in-process", sim, ManualClock(), None)
    sim.faults.add(delay=0.01)
    assert api.call(balance).total_balance == Decimal("100.00")
    sim.faults.add(delay=5, method="POST")
    with pytest.raises(didww.APITimeoutError):
        api.call(create_order, timeout=0.02)
    assert [r.fault.kind if r.fault else None for r in sim.requests] == ["delay", "delay"]
