"""client.exports.wait: polls with growing intervals on the client's clock until completed, and
times out with APITimeoutError."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import didww
from didww import enums
from didww.testing import SEED, ManualClock, Simulator
from tests.support import Recorder
from tests.transport.support import FakeClock


def export_answer(status: str, url: str | None = None) -> dict[str, Any]:
    return {"data": {"type": "exports", "id": "e1", "attributes": {"status": status, "url": url}}}


URL = "https://sandbox-api.didww.com/v3/exports/e1.csv.gz"


def recorder_for(*statuses: str) -> Recorder:
    recorder = Recorder()
    for status in statuses:
        recorder.reply(200, export_answer(status, URL if status == "completed" else None))
    return recorder


def test_polls_with_doubling_waits_until_completed() -> None:
    recorder = recorder_for("pending", "processing", "processing", "processing", "completed")
    clock = FakeClock()
    with recorder.client(clock=clock) as client:
        export = client.exports.wait("e1")
    assert export.status == enums.ExportStatus.COMPLETED and export.url == URL
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert [r.url.path for r in recorder.requests] == ["/v3/exports/e1"] * 5


def test_waits_are_capped_by_max_poll_interval() -> None:
    recorder = recorder_for(*["processing"] * 6, "completed")
    clock = FakeClock()
    with recorder.client(clock=clock) as client:
        client.exports.wait(didww.Export("e1"), poll_interval=0.5, max_poll_interval=3)
    assert clock.sleeps == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]


def test_times_out_with_api_timeout_error() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=export_answer("processing")))
    clock = FakeClock()
    with recorder.client(clock=clock) as client, pytest.raises(didww.APITimeoutError) as caught:
        client.exports.wait("e1", timeout=20)
    assert "Export e1 did not reach completed within 20 s (last status: processing)" in str(
        caught.value
    )
    assert isinstance(caught.value, didww.WaitTimeoutError)
    assert caught.value.last.status == "processing"
    assert isinstance(caught.value, didww.APIConnectionError)
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0, 5.0]  # the last wait ends at the deadline
    assert sum(clock.sleeps) == 20
    assert caught.value.attempts == len(recorder.requests) == 6
    assert str(caught.value).endswith("(after 6 polls)")  # polls, not retries of one request


def test_a_completed_export_is_returned_without_a_request() -> None:
    recorder = recorder_for("completed")
    clock = FakeClock()
    with recorder.client(clock=clock) as client:
        export = client.exports.find("e1")
        assert client.exports.wait(export) is export
    assert len(recorder.requests) == 1 and clock.sleeps == []


def test_api_errors_while_polling_are_raised() -> None:
    recorder = Recorder().reply(404, {"errors": [{"title": "not found"}]})
    with recorder.client(clock=FakeClock()) as client, pytest.raises(didww.NotFoundError):
        client.exports.wait("e1")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive"),
        ({"timeout": -1}, "timeout must be a positive"),
        ({"poll_interval": 0}, "poll_interval must be a positive"),
        ({"max_poll_interval": "5"}, "max_poll_interval must be a positive"),
        ({"poll_interval": 10, "max_poll_interval": 5}, "max_poll_interval must be >="),
        ({"timeout": True}, "timeout must be a positive"),
    ],
)
def test_bad_arguments_are_client_errors(kwargs: dict[str, Any], message: str) -> None:
    recorder = Recorder()
    with recorder.client() as client, pytest.raises(didww.ClientError, match=message):
        client.exports.wait("e1", **kwargs)
    with (
        recorder.client() as client,
        pytest.raises(didww.ClientError, match="an id must be a string"),
    ):
        client.exports.wait(None)  # type: ignore[arg-type]
    assert recorder.requests == []


@pytest.mark.anyio
async def test_async_wait_polls_and_times_out() -> None:
    recorder = recorder_for("pending", "processing", "completed")
    clock = FakeClock()
    async with recorder.async_client(clock=clock) as client:
        export = await client.exports.wait("e1", poll_interval=2)
        assert export.url == URL
        assert clock.sleeps == [2.0, 4.0]
        recorder.answer = lambda request: httpx.Response(200, json=export_answer("pending"))
        with pytest.raises(didww.APITimeoutError, match=r"within 3 s \(last status: pending"):
            await client.exports.wait("e1", timeout=3)
    assert clock.sleeps == [2.0, 4.0, 1.0, 2.0]


def test_a_status_this_sdk_does_not_know_is_named_as_such_at_the_timeout() -> None:
    # An API newer than the SDK may end an export in a status the SDK has no member for: the
    # wait cannot know it is final, and says so rather than only "did not reach completed".
    recorder = Recorder(lambda request: httpx.Response(200, json=export_answer("archived")))
    with (
        recorder.client(clock=FakeClock()) as client,
        pytest.raises(didww.WaitTimeoutError) as caught,
    ):
        client.exports.wait("e1", timeout=3)
    assert "(last status: archived, a status this version of the SDK does not know" in str(
        caught.value
    )
    assert caught.value.last.status.is_known is False


@pytest.mark.parametrize("status", ["pending", "completed"])
def test_a_model_with_unsaved_changes_is_refused(status: str) -> None:
    # The model wait() returns is read from the API without them: `order = orders.wait(order)`
    # lost the edit while the order was pending, and kept it once it had completed.
    clock = ManualClock()
    simulator: Simulator[Any, Any] = Simulator(clock=clock, order_delay=60)
    client = simulator.client()
    item = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    order = client.orders.create(didww.Order(items=[item]))
    if status == "completed":
        clock.advance(61)
        order = client.orders.find(order.id)
        assert order.status == enums.OrderStatus.COMPLETED
    order.external_reference_id = "crm-7"
    sent = len(simulator.requests)
    with pytest.raises(didww.ClientError, match=r"has changes not saved \(external_reference_id\)"):
        client.orders.wait(order)
    assert len(simulator.requests) == sent  # nothing polled
    assert order.external_reference_id == "crm-7" and order.is_dirty()
    assert client.orders.update(order).external_reference_id == "crm-7"
