"""An answer about another resource than the one asked for is refused, never taken for it.

A find's or an update's answer names its resource by id. Before, an answer carrying another id
passed for the asked one, and an update made the caller's model take that id: its next update or
delete went to the other resource. Now it is a :class:`didww.DecodeError`, and the caller's model
is left as it was.
"""

from __future__ import annotations

import asyncio

import pytest

import didww
from didww.testing import SEED, Simulator

OTHER = {"data": {"type": "dids", "id": "zzz-other", "attributes": {"description": "a"}}}


def test_a_find_answered_about_another_resource_raises() -> None:
    sim = Simulator()
    sim.faults.add(status=200, method="GET", path=f"/dids/{SEED.did_us}", body=OTHER)
    client = sim.client()
    with pytest.raises(didww.DecodeError) as caught:
        client.dids.find(SEED.did_us)
    assert f"it answers with dids 'zzz-other', where '{SEED.did_us}' was asked for" in str(
        caught.value
    )
    assert [(r.method, r.path) for r in sim.requests] == [("GET", f"/dids/{SEED.did_us}")]


def test_an_update_answered_about_another_resource_leaves_the_model_as_it_was() -> None:
    sim = Simulator()
    client = sim.client()
    did = client.dids.find(SEED.did_us)
    did.description = "a"
    sim.faults.add(status=200, method="PATCH", body=OTHER)
    with pytest.raises(didww.DecodeError, match=r"where .* was asked for"):
        client.dids.update(did)
    assert did.id == SEED.did_us  # before: "zzz-other"
    # The change is still to be sent, and the next update goes to the same DID.
    saved = client.dids.update(did)
    assert saved.id == SEED.did_us and saved.description == "a"
    assert [(r.method, r.path) for r in sim.requests][-2:] == [
        ("PATCH", f"/dids/{SEED.did_us}"),
        ("PATCH", f"/dids/{SEED.did_us}"),
    ]


def test_a_wait_answered_about_another_resource_raises_at_once() -> None:
    sim = Simulator()
    other = {"data": {"type": "orders", "id": "zzz-other", "attributes": {"status": "completed"}}}
    sim.faults.add(status=200, method="GET", path=f"/orders/{SEED.order}", body=other)
    with pytest.raises(didww.DecodeError, match="'zzz-other', where"):
        sim.client().orders.wait(SEED.order, timeout=60)


def test_an_async_find_answered_about_another_resource_raises() -> None:
    sim = Simulator()
    sim.faults.add(status=200, method="GET", path=f"/dids/{SEED.did_us}", body=OTHER)

    async def main() -> None:
        async with sim.async_client() as client:
            await client.dids.find(SEED.did_us)

    with pytest.raises(didww.DecodeError, match="'zzz-other', where"):
        asyncio.run(main())


def test_answers_about_the_asked_resource_and_singletons_still_read() -> None:
    sim = Simulator()
    client = sim.client()
    assert client.dids.find(SEED.did_us).id == SEED.did_us
    assert client.balance.find().total_balance is not None  # no id asked: none checked
    created = client.voice_in_trunks.create(
        didww.VoiceInTrunk(name="pbx", configuration=didww.SIPConfiguration(host="pbx.example"))
    )
    assert created.id  # a create's answer gives the id


def test_an_id_asked_in_capitals_is_answered_in_lower_case_about_the_same_resource() -> None:
    # A UUID reads the same in either case; the API writes it in lower case.
    sim = Simulator()
    did = {"data": {"type": "dids", "id": SEED.did_us, "attributes": {"description": "a"}}}
    sim.faults.add(status=200, method="GET", path=f"/dids/{SEED.did_us.upper()}", body=did)
    found = sim.client().dids.find(SEED.did_us.upper())
    assert found.id == SEED.did_us
