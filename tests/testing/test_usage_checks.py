"""Setting up or driving a simulator in a way that cannot work is a ``SimulatorUsageError`` (a
``didww.ClientError``, and a ``ValueError`` as before), raised at once: never a raw exception,
never a setting taken that makes a test pass for the wrong reason."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww.testing import ManualClock, Simulator, SimulatorUsageError


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"api_version": "2020-01-01"}, "unknown API version '2020-01-01'"),
        ({"api_version": ["2026-04-16"]}, "api_version must be a str"),
        ({"api_key": ""}, "api_key must be a non-empty str"),
        ({"api_key": 5}, "api_key must be a non-empty str, got int"),
        ({"callback_secret": None}, "callback_secret must be a non-empty str"),
        ({"clock": 5}, "clock must be a function"),
        ({"seed": "no"}, "seed must be True or False"),
        ({"export_delay": -1}, "export_delay must be at least 0 seconds"),
        ({"order_delay": float("nan")}, "order_delay must be a finite number of seconds"),
        ({"order_delay": 10**400}, "order_delay must be a finite number of seconds"),
        # Finite, but past any timestamp: accepted, the simulator failed later (OverflowError).
        ({"review_delay": 1e300}, "review_delay must be at most a century"),
        ({"reservation_ttl": 0}, "reservation_ttl must be greater than 0 seconds"),
        ({"reservation_limit": 2.5}, "reservation_limit must be a whole number"),
    ],
)
def test_settings_that_cannot_work_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(SimulatorUsageError, match=message) as caught:
        Simulator(**options)
    assert isinstance(caught.value, didww.ClientError) and isinstance(caught.value, ValueError)


def test_a_misspelt_resource_type_is_refused_rather_than_read_as_empty() -> None:
    sim = Simulator()
    assert sim.resources("dids")  # the seeded account has numbers
    # Before: [] and None, so that `assert not sim.resources("did")` passed for no reason.
    with pytest.raises(SimulatorUsageError, match="unknown resource type 'did'"):
        sim.resources("did")
    with pytest.raises(SimulatorUsageError, match="unknown resource type 'did'"):
        sim.resource("did", "1")
    assert sim.resource("dids", "no-such-id") is None
    with pytest.raises(SimulatorUsageError, match="'sms_trunks' in API version 2026-04-16"):
        sim.resources("sms_trunks")  # a 2026-10-22 type
    assert Simulator(api_version="2026-10-22").resources("sms_trunks") == []


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("NaN"), "not a finite decimal number"),
        (Decimal("Infinity"), "not a finite decimal number"),
        (1.5, "got float .build it from a str"),
        ("abc", "not a decimal number: 'abc'"),
        (True, "expected Decimal, got bool"),
    ],
)
def test_a_balance_that_is_no_amount_is_refused(amount: Any, message: str) -> None:
    sim = Simulator()
    before = sim.balance
    with pytest.raises(SimulatorUsageError, match=message):
        sim.set_balance(amount)
    assert sim.balance == before  # nothing half-done


def test_exact_balances_are_set(didww_client: didww.Client, didww_simulator: Simulator) -> None:
    for amount, expected in (("12.50", "12.50"), (7, "7"), (Decimal("-3.25"), "-3.25")):
        didww_simulator.set_balance(amount)
        assert didww_simulator.balance == Decimal(expected)
        assert didww_client.balance.find().balance == Decimal(expected)


def test_a_manual_clock_moves_forward_by_real_seconds_only() -> None:
    clock = ManualClock(start=100.0)
    steps = (
        (-1, "at least 0"),
        (float("nan"), "number of seconds"),
        ("5", "got"),
        (10**400, "finite"),
    )
    for step, message in steps:
        with pytest.raises(SimulatorUsageError, match=message):
            clock.advance(step)  # type: ignore[arg-type]
    assert clock() == 100.0  # a NaN used to be taken, and the clock read NaN from then on
    clock.advance(2.5)
    assert clock() == 102.5
    with pytest.raises(SimulatorUsageError, match="at most a century"):
        clock.advance(1e300)
    late = ManualClock(start=253_402_300_000.0)
    with pytest.raises(SimulatorUsageError, match="would pass 9999-12-31"):
        late.advance(1000.0)
    assert late() == 253_402_300_000.0
    for start in (1e300, 10**400, -1.0, float("nan"), "0"):
        with pytest.raises(SimulatorUsageError, match="start must be a Unix timestamp"):
            ManualClock(start=start)  # type: ignore[arg-type]


def test_token_and_callback_settings_are_checked() -> None:
    sim = Simulator(api_version="2026-10-22")
    for kwargs in (
        {"expires_in": 0},
        {"expires_in": float("inf")},
        {"expires_in": 10**400},
        {"scope": "admin"},
    ):
        with pytest.raises(SimulatorUsageError):
            sim.issue_token(**kwargs)
    with pytest.raises(SimulatorUsageError, match="timeout must be at least 0"):
        sim.wait_for_callbacks(-1)
    with pytest.raises(SimulatorUsageError, match="not tokens"):
        Simulator().issue_token()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"delay": 10**400}, "delay must be a finite number of seconds"),
        ({"delay": 1e300}, "delay must be at most a century"),
        ({"retry_after": 10**400}, "retry_after must be seconds or a header text"),
    ],
)
def test_fault_numbers_too_large_for_a_float_are_refused(
    options: dict[str, Any], message: str
) -> None:
    # They raised OverflowError: float() and math.isfinite() cannot take them.
    sim = Simulator()
    with pytest.raises(SimulatorUsageError, match=message):
        sim.faults.add(status=503, **options)
    assert len(sim.faults) == 0


def _export(client: Any) -> Any:
    return client.exports.create(
        didww.Export(
            export_type=didww.enums.ExportType.CDR_IN,
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"},
        )
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_of_a_simulator_on_a_manual_clock_waits_on_that_clock(kind: str) -> None:
    # sim.client() waited on the real clock: wait() slept while simulated time stood still,
    # and timed out after its whole timeout in real seconds (kept short: a minute, were it to
    # come back).
    clock = ManualClock()
    sim = Simulator(clock=clock, export_delay=30)
    started = clock()
    if kind == "sync":
        with sim.client() as client:
            done = client.exports.wait(_export(client), timeout=60)
    else:

        async def main() -> Any:
            async with sim.async_client() as client:
                return await client.exports.wait(await _export(client), timeout=60)

        done = asyncio.run(main())
    assert done.status == didww.enums.ExportStatus.COMPLETED
    # The polls' waits moved the manual clock on, which is what let the export complete: on
    # the real clock, simulated time would have stood still and the wait timed out.
    assert clock() - started >= 30 and clock.sleeps


def test_a_clock_given_to_the_client_still_wins() -> None:
    clock, other = ManualClock(), ManualClock()
    sim = Simulator(clock=clock)
    with sim.client(clock=other) as client:
        assert client._core.clock is other
    with sim.client() as client:
        assert client._core.clock is clock
    with Simulator().client() as client:  # the real clock: nothing to share
        assert not isinstance(client._core.clock, ManualClock)
