"""``create()`` of a model that already has an id is refused before sending: sent again, an
answer's model would make a second resource and turn into it, leaving the first behind."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import didww
from didww.testing import SEED, Simulator


def _trunk() -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(
        name="Office", configuration=didww.PSTNConfiguration(dst="12125551234")
    )


def test_a_created_model_is_not_created_again() -> None:
    sim: Simulator[Any, Any] = Simulator()
    client = sim.client()
    trunk = client.voice_in_trunks.create(_trunk())
    first_id = trunk.id
    with pytest.raises(didww.ClientError) as caught:
        client.voice_in_trunks.create(trunk)
    assert caught.value.message == (
        f"voice_in_trunks.create: this VoiceInTrunk already has an id ({first_id!r}): it names "
        "a VoiceInTrunk that exists. create() takes a new model, built without an id; to save "
        "changes to this one, use update()"
    )
    assert trunk.id == first_id  # the model still names the first trunk
    assert len(sim.requests.matching(method="POST", path="/voice_in_trunks")) == 1
    assert [t.id for t in client.voice_in_trunks.list()].count(first_id) == 1


def test_a_found_order_or_one_built_with_an_id_is_refused_too() -> None:
    sim: Simulator[Any, Any] = Simulator()
    client = sim.client()
    found = client.orders.find(SEED.order)
    with pytest.raises(didww.ClientError, match="already has an id"):
        client.orders.create(found)
    with pytest.raises(didww.ClientError, match="already has an id"):
        client.voice_in_trunks.create(didww.VoiceInTrunk("TRUNK-1", name="x"))
    assert sim.requests.matching(method="POST") == []


def test_the_async_client_refuses_it_as_well() -> None:
    sim: Simulator[Any, Any] = Simulator()

    async def twice() -> None:
        async with sim.async_client() as client:
            trunk = await client.voice_in_trunks.create(_trunk())
            with pytest.raises(didww.ClientError, match="already has an id"):
                await client.voice_in_trunks.create(trunk)

    asyncio.run(twice())
    assert len(sim.requests.matching(method="POST", path="/voice_in_trunks")) == 1
