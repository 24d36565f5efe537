"""A to-many relationship holding one resource twice is refused before sending: the API would
take it once or refuse the request, neither of which the caller meant."""

from __future__ import annotations

import pytest

import didww
from didww.testing import SEED, ManualClock, Simulator


def test_a_member_appended_twice_is_refused_and_nothing_is_sent() -> None:
    sim = Simulator(clock=ManualClock())
    with sim.client() as client:
        group = client.voice_in_trunk_groups.create(
            didww.VoiceInTrunkGroup(
                name="office", capacity_limit=2, voice_in_trunk_ids=[SEED.voice_in_trunk]
            )
        )
        group.voice_in_trunk_ids.append(SEED.voice_in_trunk)
        sent = len(sim.requests)
        with pytest.raises(
            didww.ClientError,
            match=rf"^VoiceInTrunkGroup\.voice_in_trunks holds {SEED.voice_in_trunk} "
            r"\(voice_in_trunks\) twice$",
        ):
            client.voice_in_trunk_groups.update(group)
        assert len(sim.requests) == sent
        with pytest.raises(didww.ClientError, match="twice"):
            client.voice_in_trunk_groups.create(
                didww.VoiceInTrunkGroup(
                    name="twice", voice_in_trunk_ids=[SEED.voice_in_trunk, SEED.voice_in_trunk]
                )
            )
        assert len(sim.requests) == sent
