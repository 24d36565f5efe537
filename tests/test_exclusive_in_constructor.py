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
            didww.DID,
            {"capacity_pool_id": "p1", "shared_capacity_group_id": "s1"},
            "capacity_pool_id and shared_capacity_group_id",
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
