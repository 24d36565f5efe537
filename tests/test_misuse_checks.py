"""Misuse the SDK refuses with a ClientError before anything is sent, instead of sending
something else than what was meant: commas in filter values and order references, values taken
apart as iterables, page parameters given to iter(), and models of the other API version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
import didww.v2026_10_22 as v2
from didww import enums
from didww.testing import SEED, Simulator
from tests.support import Recorder

Q = didww.QueryParams


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sim() -> Simulator:
    return Simulator()


@pytest.fixture
def client(sim: Simulator) -> Iterator[didww.Client]:
    with sim.client() as opened:
        yield opened


def _order(reference: str) -> didww.Order:
    item = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    return didww.Order(items=[item], external_reference_id=reference)


# -- 1. find_placed and commas -------------------------------------------------------------------


def test_find_placed_refuses_a_reference_with_a_comma(client: didww.Client, sim: Simulator) -> None:
    client.orders.create(_order("crm-1"))
    client.orders.create(_order("crm-2"))
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"contains a comma.*'any of'"):
        client.orders.find_placed("crm-2,crm-1")
    assert len(sim.requests) == 0  # refused before sending
    found = client.orders.find_placed("crm-1")
    assert found is not None and found.external_reference_id == "crm-1"


@pytest.mark.anyio
async def test_find_placed_refuses_a_reference_with_a_comma_async(sim: Simulator) -> None:
    async with sim.async_client() as client:
        await client.orders.create(_order("crm-1"))
        sim.requests.clear()
        with pytest.raises(didww.ClientError, match="contains a comma"):
            await client.orders.find_placed("crm-1,crm-2")
        assert len(sim.requests) == 0
        found = await client.orders.find_placed("crm-1")
        assert found is not None and found.external_reference_id == "crm-1"


def _orders_answer(*references: str) -> dict[str, Any]:
    data = [
        {"type": "orders", "id": f"order-{n}", "attributes": {"external_reference_id": ref}}
        for n, ref in enumerate(references)
    ]
    return {"data": data, "meta": {"total_records": len(data)}}


def test_find_placed_returns_only_an_exact_match() -> None:
    # A server matching more loosely than the SDK asked (a prefix, another case) must not make
    # another order pass for the one placed; the exact one is found past it.
    recorder = Recorder().reply(200, _orders_answer("crm-10", "CRM-1", "crm-1"))
    found = recorder.client().orders.find_placed("crm-1")
    assert found is not None and found.id == "order-2"
    (request,) = recorder.requests
    query = list(request.url.params.multi_items())
    assert ("filter[external_reference_id]", "crm-1") in query
    assert ("sort", "-created_at") in query

    recorder = Recorder().reply(200, _orders_answer("crm-10"))
    assert recorder.client().orders.find_placed("crm-1") is None


@pytest.mark.anyio
async def test_find_placed_returns_only_an_exact_match_async() -> None:
    recorder = Recorder().reply(200, _orders_answer("crm-10", "crm-1"))
    async with didww.AsyncClient(
        api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    ) as client:
        found = await client.orders.find_placed("crm-1")
    assert found is not None and found.id == "order-1"


@pytest.mark.parametrize("reference", ["a,b", "crm-4712 ", " crm-4712", "crm-4712\n"])
def test_an_order_find_placed_could_not_find_is_refused_not_bought_twice(
    client: didww.Client, sim: Simulator, reference: str
) -> None:
    # The README's recovery: `placed or create(order)`. 2026-04-16's filter reads a comma as "any
    # of" and trims its values, so such an order could never be found after a lost answer, and
    # the recovery would buy it twice: refused before it is placed, and by find_placed too.
    with pytest.raises(didww.ClientError, match=r"orders\.find_placed could not tell") as caught:
        client.orders.create(_order(reference))
    assert "(nothing was sent)" in str(caught.value)
    assert sim.requests.matching("POST", "/orders") == []
    with pytest.raises(didww.ClientError, match="cannot be looked up"):
        client.orders.find_placed(reference)
    assert sim.requests.matching("GET", "/orders") == []


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_an_order_with_an_empty_reference_is_refused(version: str) -> None:
    # filter[external_reference_id]= names no order: find_placed refused "", so an order placed
    # under it could never be looked up after a lost answer.
    sim = Simulator(api_version=version)
    api = v2 if version == "2026-10-22" else didww
    with sim.client() as client:
        order = api.Order(
            items=[api.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
            external_reference_id="",
        )
        with pytest.raises(didww.ClientError, match=r"'' is empty.*leave it out") as caught:
            client.orders.create(order)
        assert "(nothing was sent)" in str(caught.value)
        with pytest.raises(didww.ClientError, match="external_reference_id, got ''"):
            client.orders.find_placed("")
    assert list(sim.requests) == []


@pytest.mark.parametrize("reference", ["a,b", "crm-4712 "])
def test_2026_10_22_finds_any_reference_its_filter_takes_whole(reference: str) -> None:
    # Its filter takes one value, commas and spaces included: nothing to refuse.
    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client:
        item = v2.DIDOrderItem(sku_id=SEED.sku_us_toll_free)
        placed = client.orders.create(v2.Order(items=[item], external_reference_id=reference))
        found = client.orders.find_placed(reference)
    assert found is not None and found.id == placed.id


# -- 2. filter values containing commas ------------------------------------------------------------


@pytest.mark.parametrize("value", ["Sales, EU", ["1,2"]], ids=["value", "list of one"])
def test_a_filter_value_with_a_comma_is_refused_where_the_filter_takes_a_list(
    value: Any, sim: Simulator, client: didww.Client
) -> None:
    # 2026-04-16 says most filters take a comma-separated list, and names none that does not:
    # the API would match each part. Refused when the query meets the resource, before sending.
    params = Q().filter("description", value)
    with pytest.raises(didww.ClientError, match=r"contains a comma.*pass them as a list"):
        client.dids.list(params)
    assert sim.requests.matching("GET", "/dids") == []


def test_a_list_item_with_a_comma_is_refused_at_once() -> None:
    with pytest.raises(didww.ClientError, match=r"contains a comma.*pass them as a list"):
        Q().filter("description", ("12", "3,4"))


def test_any_of_is_a_list_and_goes_comma_joined(sim: Simulator, client: didww.Client) -> None:
    params = Q().filter("number", ["12125550199", "442071830199"])
    numbers = sorted(d.number for d in client.dids.list(params))
    assert numbers == ["12125550199", "442071830199"]
    (request,) = sim.requests.matching("GET", "/dids")
    assert request.query["filter[number]"] == "12125550199,442071830199"


def test_a_filter_newer_than_the_sdk_is_sent_as_given() -> None:
    params = Q().filter(didww.Unchecked("new_filter"), "a,b").filter(didww.Unchecked("x"), ["c,d"])
    assert params.to_list() == [("filter[new_filter]", "a,b"), ("filter[x]", "c,d")]


def test_enum_members_are_sent_as_their_wire_values() -> None:
    recorder = Recorder().reply(200, {"data": []})
    params = Q().filter("features", [enums.Feature.VOICE_IN, enums.Feature.SMS_IN])
    recorder.client().did_groups.list(params)
    assert recorder.last.url.params["filter[features]"] == "voice_in,sms_in"
    assert Q().filter("x", enums.Codec.PCMU).to_list() == [("filter[x]", str(enums.Codec.PCMU))]


@pytest.mark.parametrize(
    ("resource", "key", "value", "problem"),
    [
        ("dids", "terminated", "yes", "'yes' is not a boolean"),
        ("dids", "blocked", 1, "'1' is not a boolean"),
        ("did_groups", "features", "voice_inn", "'voice_inn' is not a value of Feature"),
        ("did_groups", "features", ["voice_in", "t3B"], "'t3B' is not a value of Feature"),
        ("orders", "status", "Completed", "'Completed' is not a value of OrderStatus"),
        ("dids", "did_group.features", "voice", "'voice' is not a value of Feature"),
    ],
)
def test_a_filter_value_the_attribute_never_has_is_refused_unsent(
    sim: Simulator, client: didww.Client, resource: str, key: str, value: Any, problem: str
) -> None:
    repository = getattr(client, resource)
    with pytest.raises(didww.ClientError, match=rf"filter\[{key}\] would match nothing: {problem}"):
        repository.list(Q().filter(key, value))
    with pytest.raises(didww.ClientError, match="would match nothing"):
        next(iter(repository.iter(Q().filter(key, value))))
    assert sim.requests.matching("GET", f"/{resource}") == []


def test_filter_values_the_attribute_has_are_sent(sim: Simulator, client: didww.Client) -> None:
    assert client.dids.list(Q().filter("terminated", False))
    client.did_groups.list(Q().filter("features", [enums.Feature.VOICE_IN, "sms_in"]))
    client.orders.list(Q().filter("status", "completed"))
    keys = ["filter[terminated]", "filter[features]", "filter[status]"]
    sent = [r.query for r in sim.requests]
    assert len(sent) == len(keys)
    assert [q[k] for q, k in zip(sent, keys, strict=True)] == [
        "false",
        "voice_in,sms_in",
        "completed",
    ]


def test_a_value_newer_than_the_sdk_is_sent_when_marked_so(
    sim: Simulator, client: didww.Client
) -> None:
    newer = enums.Feature.unchecked("hologram")
    client.did_groups.list(Q().filter("features", ["voice_in", newer]))
    client.did_groups.list(Q().filter("features", didww.Unchecked("telepathy")))
    sent = [r.query["filter[features]"] for r in sim.requests.matching("GET", "/did_groups")]
    assert sent == ["voice_in,hologram", "telepathy"]


def test_filters_on_other_keys_take_any_text(sim: Simulator, client: didww.Client) -> None:
    # text attributes and related ids take any text
    client.dids.list(Q().filter("description", "yes").filter("order.id", "not-an-enum"))
    assert len(sim.requests.matching("GET", "/dids")) == 1


# -- 3. values taken apart as iterables -----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [b"12", {"a": 1}, {"12"}, None, 1.5, [["1"]], [None], [""], []],
    ids=["bytes", "dict", "set", "None", "float", "nested", "None item", "empty item", "no"],
)
def test_a_filter_value_that_is_not_a_value_or_a_list_is_refused(value: Any) -> None:
    with pytest.raises(didww.ClientError, match=r"filter\[number\]"):
        Q().filter("number", value)


def test_an_empty_value_is_refused_when_the_query_is_used(client: didww.Client) -> None:
    # Judged against the resource, since a few 2026-10-22 filters take one
    # (tests/testing/test_filter_values_spec.py).
    params = Q().filter("number", "")
    with pytest.raises(didww.ClientError, match=r"filter\[number\]: an empty value matches"):
        client.dids.list(params)


@pytest.mark.parametrize("names", [5, "number", b"number", None, [5]])
def test_fields_takes_a_list_of_names(names: Any) -> None:
    with pytest.raises(didww.ClientError, match=r"fields\[dids\]"):
        Q().fields("dids", names)


def test_fields_takes_any_iterable_of_names() -> None:
    # At run time; the annotation names lists, tuples and sets, so that mypy refuses a str.
    names = (n for n in ["number", "description"])
    params = Q().fields("dids", names)  # type: ignore[arg-type]
    assert params.to_list() == [("fields[dids]", "number,description")]


@pytest.mark.parametrize(
    "build",
    [
        lambda: didww.VoiceInTrunkGroup(voice_in_trunk_ids="abc"),  # type: ignore[arg-type]
        lambda: didww.VoiceOutTrunk(did_ids="abc"),  # type: ignore[arg-type]
        lambda: didww.VoiceInTrunkGroup(voice_in_trunk_ids=["a", None]),  # type: ignore[list-item]
        lambda: didww.VoiceInTrunkGroup(voice_in_trunk_ids=[""]),
        lambda: didww.VoiceInTrunkGroup(voice_in_trunks=[None]),  # type: ignore[list-item]
        lambda: didww.VoiceInTrunkGroup(
            voice_in_trunks=didww.VoiceInTrunk("t")  # type: ignore[arg-type]
        ),
        lambda: didww.VoiceInTrunkGroup(voice_in_trunks=[didww.DID("d")]),  # type: ignore[list-item]
        lambda: didww.VoiceInTrunkGroup(voice_in_trunks=["t"]),  # type: ignore[list-item]
    ],
    ids=[
        "ids str",
        "did_ids str",
        "None id",
        "empty id",
        "None model",
        "one model",
        "wrong model",
        "id for model",
    ],
)
def test_to_many_setters_take_a_list_of_the_right_items(build: Any) -> None:
    with pytest.raises(didww.ClientError, match=r"^(VoiceInTrunkGroup|VoiceOutTrunk)\."):
        build()


def test_a_refused_to_many_assignment_leaves_the_model_as_it_was() -> None:
    group = didww.VoiceInTrunkGroup(voice_in_trunk_ids=["t1"])
    with pytest.raises(didww.ClientError):
        group.voice_in_trunk_ids = ["t2", None]  # type: ignore[list-item]
    with pytest.raises(didww.ClientError):
        group.voice_in_trunks = [didww.VoiceInTrunk("t3"), None]  # type: ignore[list-item]
    assert group.voice_in_trunk_ids == ["t1"]


def test_tuples_are_lists_and_are_sent_in_order() -> None:
    recorder = Recorder(lambda request: httpx.Response(201, json=_echo(request)))
    group = didww.VoiceInTrunkGroup(name="g", voice_in_trunk_ids=("t1", "t2"))  # type: ignore[arg-type]
    recorder.client().voice_in_trunk_groups.create(group)
    linkage = json.loads(recorder.last.content)["data"]["relationships"]["voice_in_trunks"]
    assert linkage == {
        "data": [{"type": "voice_in_trunks", "id": "t1"}, {"type": "voice_in_trunks", "id": "t2"}]
    }


def _echo(request: httpx.Request) -> Any:
    doc = json.loads(request.content)
    doc["data"].setdefault("id", "new-id")
    return doc


def _saved_group(client: didww.Client) -> didww.VoiceInTrunkGroup:
    group = didww.VoiceInTrunkGroup(name="Main", voice_in_trunk_ids=[SEED.voice_in_trunk])
    created = client.voice_in_trunk_groups.create(group)
    return client.voice_in_trunk_groups.find(created.id, Q().include("voice_in_trunks"))


@pytest.mark.parametrize(
    "bad",
    ["x", None, didww.DID("d"), v2.VoiceInTrunk("t")],
    ids=["str", "None", "wrong type", "other version"],
)
def test_an_item_appended_in_place_is_checked_before_sending(
    client: didww.Client, sim: Simulator, bad: Any
) -> None:
    group = _saved_group(client)
    group.voice_in_trunks.append(bad)
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"VoiceInTrunkGroup\.voice_in_trunks\[1\]"):
        client.voice_in_trunk_groups.update(group)
    assert len(sim.requests) == 0


def test_an_id_appended_in_place_is_checked_before_sending(
    client: didww.Client, sim: Simulator
) -> None:
    group = _saved_group(client)
    group.voice_in_trunk_ids.append(None)  # type: ignore[arg-type]
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"VoiceInTrunkGroup\.voice_in_trunk_ids"):
        client.voice_in_trunk_groups.update(group)
    assert len(sim.requests) == 0


def test_a_good_item_appended_in_place_is_sent(client: didww.Client, sim: Simulator) -> None:
    group = _saved_group(client)
    trunk = client.voice_in_trunks.create(
        didww.VoiceInTrunk(name="PSTN", configuration=didww.PSTNConfiguration(dst="442071838750"))
    )
    group.voice_in_trunks.append(trunk)
    saved = client.voice_in_trunk_groups.update(group)
    assert saved.voice_in_trunk_ids == [SEED.voice_in_trunk, trunk.id]
    (patch,) = sim.requests.matching("PATCH", "/voice_in_trunk_groups")
    assert isinstance(patch.body, dict)
    sent = patch.body["data"]["relationships"]["voice_in_trunks"]["data"]
    assert [item["id"] for item in sent] == [SEED.voice_in_trunk, trunk.id]


# -- 4. iter() and page parameters ----------------------------------------------------------------


@pytest.mark.parametrize(
    "params", [Q().page(number=2, size=1), Q().page(number=2), Q().page(size=1)]
)
def test_iter_refuses_page_params(client: didww.Client, sim: Simulator, params: Any) -> None:
    walks = r"dids\.iter: iter\(\) walks every page.*page_size=\.\.\."
    with pytest.raises(didww.ClientError, match=walks):
        client.dids.iter(params)
    assert len(sim.requests) == 0


@pytest.mark.anyio
async def test_iter_refuses_page_params_async(sim: Simulator) -> None:
    async with sim.async_client() as client:
        with pytest.raises(didww.ClientError, match="walks every page"):
            client.dids.iter(Q().page(number=2, size=1))
        with pytest.raises(didww.ClientError, match="prefetch must be True, False or None"):
            client.dids.iter(prefetch="yes")  # type: ignore[arg-type]
        ids = [d.id async for d in client.dids.iter(page_size=1, prefetch=False)]
    assert sorted(ids) == sorted([SEED.did_us, SEED.did_gb])
    assert len(sim.requests) == 2


@pytest.mark.parametrize("prefetch", ["yes", 1, 0])
def test_iter_prefetch_must_be_a_bool_or_none(client: didww.Client, prefetch: Any) -> None:
    with pytest.raises(didww.ClientError, match="prefetch must be True, False or None"):
        client.dids.iter(prefetch=prefetch)


def test_iter_walks_every_page_with_its_page_size(client: didww.Client, sim: Simulator) -> None:
    ids = [d.id for d in client.dids.iter(Q().sort("number"), page_size=1, prefetch=False)]
    assert ids == [SEED.did_us, SEED.did_gb]  # 12125550199 < 442071830199
    pages = [(r.query["page[number]"], r.query["page[size]"]) for r in sim.requests]
    assert pages == [("1", "1"), ("2", "1")]


# -- 5. models of the other API version -----------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "other", "name"),
    [
        ("dids.update", v2.DID(SEED.did_us, description="x"), "DID"),
        ("voice_in_trunks.create", v2.VoiceInTrunk(name="x"), "VoiceInTrunk"),
        ("voice_in_trunks.delete", v2.VoiceInTrunk(SEED.voice_in_trunk), "VoiceInTrunk"),
    ],
)
def test_a_model_of_the_other_version_is_refused_naming_both(
    client: didww.Client, sim: Simulator, operation: str, other: Any, name: str
) -> None:
    repository, method = operation.split(".")
    with pytest.raises(didww.ClientError) as caught:
        getattr(getattr(client, repository), method)(other)
    message = str(caught.value)
    assert message.startswith(f"{operation}: expected a {name} of API version 2026-04-16, got a")
    assert f"{name} of API version 2026-10-22" in message
    assert f"use didww.v2026_04_16.{name}" in message
    assert len(sim.requests) == 0


def test_a_model_of_another_resource_is_still_named_plainly(client: didww.Client) -> None:
    with pytest.raises(
        didww.ClientError, match=r"^dids\.update: expected a DID, got VoiceInTrunk$"
    ):
        client.dids.update(didww.VoiceInTrunk("t"))  # type: ignore[arg-type]


def test_a_related_model_of_the_other_version_is_refused() -> None:
    did = didww.DID(SEED.did_us, voice_in_trunk_id=SEED.voice_in_trunk)
    with pytest.raises(didww.ClientError) as caught:
        did.voice_in_trunk = v2.VoiceInTrunk("t")  # type: ignore[assignment]
    message = str(caught.value)
    assert message.startswith("DID.voice_in_trunk: expected a VoiceInTrunk of API version 2026-04")
    assert "VoiceInTrunk of API version 2026-10-22" in message
    assert did.voice_in_trunk_id == SEED.voice_in_trunk  # left as it was
    with pytest.raises(didww.ClientError, match="2026-10-22"):
        didww.VoiceInTrunkGroup(voice_in_trunks=[v2.VoiceInTrunk("t")])  # type: ignore[list-item]


def test_a_generic_resource_of_a_target_type_is_accepted() -> None:
    did = didww.DID("d")
    did.voice_in_trunk = didww.GenericResource("voice_in_trunks", "t")  # type: ignore[assignment]
    assert did.voice_in_trunk_id == "t"
