"""2026-10-22's document: inbound trunks and trunk groups share one name space, so a create or
rename that takes a name another of them has is refused (422). 2026-04-16's says nothing of it."""

from __future__ import annotations

from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import Simulator


def _trunk(package: Any, name: str) -> Any:
    return package.VoiceInTrunk(
        name=name, configuration=package.PSTNConfiguration(dst="12125551234")
    )


def test_a_trunk_group_may_not_take_a_trunks_name() -> None:
    sim: Simulator[v1022.Client, v1022.AsyncClient] = Simulator(api_version="2026-10-22")
    client = sim.client()
    client.voice_in_trunks.create(_trunk(v1022, "Office"))
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.voice_in_trunk_groups.create(v1022.VoiceInTrunkGroup(name="Office"))
    (error,) = caught.value.errors
    assert error.source_pointer == "/data/attributes/name"
    assert "already been taken" in (error.detail or "")
    assert [g.name for g in client.voice_in_trunk_groups.list()] == []  # nothing half-made


def test_a_rename_onto_a_taken_name_is_refused_and_changes_nothing() -> None:
    sim: Simulator[v1022.Client, v1022.AsyncClient] = Simulator(api_version="2026-10-22")
    client = sim.client()
    client.voice_in_trunk_groups.create(v1022.VoiceInTrunkGroup(name="Sales"))
    trunk = client.voice_in_trunks.create(_trunk(v1022, "Support"))
    trunk.description = "kept"
    trunk = client.voice_in_trunks.update(trunk)  # its own name is no conflict
    trunk.name = "Sales"
    with pytest.raises(didww.UnprocessableEntityError):
        client.voice_in_trunks.update(trunk)
    assert client.voice_in_trunks.find(trunk.id).name == "Support"
    with pytest.raises(didww.UnprocessableEntityError):
        client.voice_in_trunks.create(_trunk(v1022, "Support"))


def test_2026_04_16_keeps_no_name_space() -> None:
    sim: Simulator[v0416.Client, v0416.AsyncClient] = Simulator(api_version="2026-04-16")
    client = sim.client()
    client.voice_in_trunks.create(_trunk(v0416, "Office"))
    client.voice_in_trunks.create(_trunk(v0416, "Office"))
    client.voice_in_trunk_groups.create(v0416.VoiceInTrunkGroup(name="Office"))
    assert len([t for t in client.voice_in_trunks.list() if t.name == "Office"]) == 2
