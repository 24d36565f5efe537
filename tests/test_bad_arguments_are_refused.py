"""Arguments the SDK used to take quietly, or fail on with a raw exception from deep inside: each
is refused up front with an error of the SDK's own, which says what to give instead, and
nothing is sent."""

from __future__ import annotations

import asyncio
import functools
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww._errors import SHOWN_CHARACTERS
from didww._retry import RetryPolicy
from didww.testing import SEED, ManualClock, Simulator, SimulatorServer

Q = didww.QueryParams


def _trunk(name: str = "Office") -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(name=name, configuration=didww.SIPConfiguration(host="pbx.example"))


# -- retries -----------------------------------------------------------------------------------


def test_a_retry_far_down_a_long_outage_waits_the_longest_delay() -> None:
    # 2.0 ** 1024 raised OverflowError after about a thousand retries.
    policy = RetryPolicy()
    assert policy.backoff(5000, 0.0) == policy.max_delay
    assert policy.backoff(1, 0.0) == policy.initial_delay


def test_a_client_retries_through_a_thousand_failures_when_told_to() -> None:
    clock = ManualClock()
    sim = Simulator(clock=clock)
    sim.faults.add(status=503, times=1030, method="GET", path="/balance")
    client = sim.client(clock=clock, max_retries=1100)
    assert client.balance.find().total_balance == Decimal("100.00")
    assert len(sim.requests) == 1031


# -- the clock ---------------------------------------------------------------------------------


@pytest.mark.parametrize("clock", [5, "now", object()])
def test_a_clock_that_is_no_clock_is_refused_when_the_client_is_made(clock: Any) -> None:
    # It was first read by a request, where it failed as a bare AttributeError.
    with pytest.raises(didww.ClientError, match=r"^clock must be a didww\.Clock"):
        didww.Client(api_key="key", clock=clock)
    with pytest.raises(didww.ClientError, match=r"^clock must be a didww\.Clock"):
        didww.v2026_10_22.AsyncClient(token="token", clock=clock)


# -- values shown in errors ----------------------------------------------------------------------


def _nested(depth: int) -> dict[str, Any]:
    top: dict[str, Any] = {}
    current = top
    for _ in range(depth):
        current["a"] = {}
        current = current["a"]
    return top


@pytest.mark.parametrize(
    "call",
    [
        lambda: Q().filter("number", b"x" * 1_000_000),
        lambda: didww.enums.CliFormat("x" * 1_000_000),
        lambda: Q().filter("number", [_nested(1500)]),  # type: ignore[list-item]
        lambda: didww.VoiceInTrunk(name="pbx", cli_format=_nested(1500)),  # type: ignore[arg-type]
        lambda: Q().page(number="9" * 1_000_000),  # type: ignore[arg-type]
    ],
)
def test_an_error_shows_a_short_part_of_a_huge_or_deep_value(call: Any) -> None:
    # The whole value went into the message (10 MB of it), and a deep one raised RecursionError.
    with pytest.raises(didww.ClientError) as caught:
        call()
    assert len(str(caught.value)) < SHOWN_CHARACTERS + 400


def test_a_filter_value_matching_nothing_is_shown_cut_short() -> None:
    client = Simulator().client()
    with pytest.raises(didww.ClientError, match=r"would match nothing: 'xxx") as caught:
        client.dids.list(Q().filter("blocked", "x" * 1_000_000))
    assert len(str(caught.value)) < SHOWN_CHARACTERS + 400


@pytest.mark.parametrize("name", [None, "", b"brand_new", 5])
def test_unchecked_takes_a_non_empty_str_only(name: Any) -> None:
    # str() took anything: Unchecked(None) sent filter[None].
    with pytest.raises(didww.ClientError, match=r"^Unchecked\(\) takes a non-empty str"):
        didww.Unchecked(name)
    assert didww.Unchecked("brand_new") == "brand_new"


# -- models --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        (5, "expected a JSON object, got int"),
        ({"a": object()}, "not JSON"),
        ({"a": float("nan")}, "nan"),
    ],
)
def test_meta_takes_a_json_object_only(meta: Any, message: str) -> None:
    did = didww.DID("did-1")
    with pytest.raises(didww.ClientError, match=rf"^DID\.meta: .*{message}"):
        did.meta = meta
    assert did.to_json() == {"type": "dids", "id": "did-1"}
    did.meta = {"source": ["crm"]}
    assert did.to_json()["meta"] == {"source": ["crm"]}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("1E+100000000"), "is out of range"),
        ("1E+999999999", "is out of range"),
        (10**50, "is out of range"),
        (Decimal("1E-50"), "has more than 40 digits after the point"),
        ("9" * 41, "is out of range"),
        ("0E-1000", "has more than 40 digits after the point"),
        ("5_000", "not a decimal number"),
        (" 5 ", "not a decimal number"),
        ("\u0661\u0662", "not a decimal number"),
    ],
)
def test_a_decimal_out_of_any_amounts_range_or_loosely_written_is_refused(
    value: Any, message: str
) -> None:
    # Decimal("1E+100000000") went out as a 100 MB PATCH; "5_000" was read as 5000.
    trunk = didww.VoiceOutTrunk("trunk-1", threshold_amount=Decimal("10"))
    with pytest.raises(didww.ClientError, match=rf"VoiceOutTrunk\.threshold_amount: .*{message}"):
        trunk.threshold_amount = value
    assert trunk.threshold_amount == Decimal("10")


@pytest.mark.parametrize(
    "value", ["12.50", 12, Decimal("1E+2"), Decimal("0.0000001"), "-3", "9" * 40, "1E-40"]
)
def test_amounts_in_any_usual_form_are_still_taken(value: Any) -> None:
    trunk = didww.VoiceOutTrunk("trunk-1", threshold_amount=value)
    assert trunk.threshold_amount == Decimal(value)


def test_an_update_with_nothing_to_send_but_an_edited_member_of_a_list_says_so() -> None:
    # The to-one case said so already; an edited trunk of a group's list was dropped silently.
    sim = Simulator()
    client = sim.client()
    trunk = client.voice_in_trunks.create(_trunk("member"))
    group = client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="group", voice_in_trunks=[trunk])
    )
    group = client.voice_in_trunk_groups.find(group.id, Q().include("voice_in_trunks"))
    group.voice_in_trunks[0].name = "renamed"
    sent = len(sim.requests)
    with pytest.raises(didww.ClientError, match=r"its voice_in_trunks\[0\] \(VoiceInTrunk "):
        client.voice_in_trunk_groups.update(group)
    assert len(sim.requests) == sent
    client.voice_in_trunks.update(group.voice_in_trunks[0])
    assert client.voice_in_trunks.find(trunk.id).name == "renamed"


# -- batches -------------------------------------------------------------------------------------


def test_an_async_batch_refuses_a_sync_clients_methods_before_running_any() -> None:
    # The first trunk was created, then the batch said fn returned no awaitable.
    sim = Simulator()
    sync_client = sim.client()

    async def run(fn: Any) -> None:
        async with sim.async_client() as client:
            await client.batch(fn, [_trunk("a"), _trunk("b")])

    for fn in (sync_client.voice_in_trunks.create, functools.partial(sync_client.dids.find)):
        with pytest.raises(didww.ClientError, match=r"of a sync client; an AsyncClient's batch"):
            asyncio.run(run(fn))
    assert [t.name for t in sync_client.voice_in_trunks.list()] == ["Office PBX"]


def test_an_async_batch_given_a_sync_function_says_that_one_call_ran() -> None:
    sim = Simulator()
    sync_client = sim.client()

    async def run() -> None:
        async with sim.async_client() as client:
            # What mypy refuses too: a function that returns no awaitable.
            await client.batch(
                lambda t: sync_client.voice_in_trunks.create(t),  # type: ignore[arg-type,return-value]
                [_trunk("a")] * 3,
            )

    with pytest.raises(didww.ClientError, match=r"that call ran, and may have sent a request"):
        asyncio.run(run())
    assert len(sync_client.voice_in_trunks.list()) == 2  # the seeded one and the one call


# -- addresses and waits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["https://api.example/v3/..", "https://api.example/./v3", "https://api.example/v3/%2e%2E"],
)
def test_a_base_url_with_dot_segments_is_refused(url: str) -> None:
    # ".../v3/.." sent every request to the host's root.
    with pytest.raises(didww.ClientError, match=r"has a '\.' or '\.\.' segment in its path"):
        didww.Client(api_key="key", base_url=url)


@pytest.mark.parametrize(
    "options",
    [{"timeout": float("inf")}, {"timeout": 10**400}, {"poll_interval": float("inf")}],
)
def test_a_wait_that_could_never_end_is_refused(options: dict[str, Any]) -> None:
    sim = Simulator()
    client = sim.client()
    sent = len(sim.requests)
    with pytest.raises(didww.ClientError, match=r"must be a finite number of seconds"):
        client.orders.wait(SEED.order, **options)
    assert len(sim.requests) == sent


def test_a_simulator_server_on_a_port_in_use_says_so() -> None:
    # A raw OSError escaped.
    with (
        SimulatorServer() as first,
        pytest.raises(
            didww.ClientError, match=r"cannot listen on 127\.0\.0\.1:\d+: .*or 0 for any free one"
        ),
    ):
        SimulatorServer(port=first.port)


def test_meta_set_to_none_is_no_meta() -> None:
    did = didww.DID("did-1")
    did.meta = None
    assert did.meta == {} and "meta" not in did.to_json()


def test_a_relationship_id_that_is_huge_or_deep_is_shown_cut_short() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    did, group = didww.DID("did-1"), didww.VoiceInTrunkGroup("group-1")
    assignments: list[tuple[Any, str, object]] = [
        (did, "voice_in_trunk_id", deep),
        (did, "voice_in_trunk_id", b"x" * 1_000_000),
        (group, "voice_in_trunk_ids", "x" * 1_000_000),
        (did, "voice_in_trunk", "x" * 1_000_000),
    ]
    for model, name, value in assignments:
        with pytest.raises(didww.ClientError) as caught:
            setattr(model, name, value)
        assert len(str(caught.value)) < SHOWN_CHARACTERS + 200


def test_a_required_relationship_of_several_types_asks_for_a_model() -> None:
    # An id alone names no type: Proof.entity_id would be refused in turn.
    client = Simulator().client()
    with pytest.raises(didww.ClientError, match=r"without it \(give Proof\.entity\)$"):
        client.proofs.create(didww.Proof(proof_type_id=SEED.proof_type_passport, file_ids=["f1"]))
