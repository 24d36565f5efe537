"""A constructor given both sides of relationships that exclude each other is refused: set in
turn, the later one would win and the other go out as null, dropping a value the caller gave."""

from __future__ import annotations

import pytest

import didww
from didww import v2026_10_22
from didww.testing import SEED, ManualClock, Simulator


@pytest.mark.parametrize(
    ("cls", "fields", "names"),
    [
        (
            didww.DID,
            {"voice_in_trunk_id": "t1", "voice_in_trunk_group_id": "g1"},
            "voice_in_trunk_id and voice_in_trunk_group_id",
        ),
        (
            v2026_10_22.DID,
            {"sms_trunk_group_id": "g1", "sms_trunk_id": "t1"},
            "sms_trunk_id and sms_trunk_group_id",  # in the order of the signature
        ),
    ],
)
def test_both_sides_are_refused(
    cls: type[didww.Resource], fields: dict[str, str], names: str
) -> None:
    with pytest.raises(didww.ClientError, match=f"^DID: {names} exclude each other"):
        cls("d1", **fields)


def test_one_side_with_the_other_cleared_is_sent_as_given() -> None:
    sim = Simulator(clock=ManualClock())
    with sim.client() as client:
        trunk = SEED.voice_in_trunk
        did = didww.DID(SEED.did_us, voice_in_trunk_id=trunk, voice_in_trunk_group_id=None)
        client.dids.update(did)
        body = sim.requests[-1].body
        assert isinstance(body, dict)
        relationships = body["data"]["relationships"]
    assert relationships["voice_in_trunk"] == {"data": {"type": "voice_in_trunks", "id": trunk}}
    assert relationships["voice_in_trunk_group"] == {"data": None}


def test_the_side_cleared_may_come_first() -> None:
    # Refused as "exclude each other": the None given first was counted as a side set.
    did = didww.DID("d1", voice_in_trunk_id=None, voice_in_trunk_group_id="g1")
    assert (did.voice_in_trunk_id, did.voice_in_trunk_group_id) == (None, "g1")
    assert did._dirty_relationship_names() == ["voice_in_trunk", "voice_in_trunk_group"]


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_a_capacity_pool_and_a_shared_capacity_group_go_together(version: str) -> None:
    # Neither document says a DID draws on one or the other only (a shared capacity group is
    # carved out of a pool): setting one sends it alone, and leaves the other as it was.
    sim = Simulator(api_version=version, clock=ManualClock())
    module = didww if version == "2026-04-16" else v2026_10_22
    with sim.client() as client:
        did = module.DID(SEED.did_us, capacity_pool_id=SEED.capacity_pool)
        client.dids.update(did)
        body = sim.requests[-1].body
        assert isinstance(body, dict)
        assert set(body["data"]["relationships"]) == {"capacity_pool"}
        both = module.DID(
            SEED.did_us,
            capacity_pool_id=SEED.capacity_pool,
            shared_capacity_group_id=SEED.shared_capacity_group,
        )
        updated = client.dids.update(both)
        assert updated.capacity_pool_id == SEED.capacity_pool
        assert updated.shared_capacity_group_id == SEED.shared_capacity_group
