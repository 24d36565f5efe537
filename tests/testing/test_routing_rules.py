"""Routing and inventory rules of the OpenAPI documents: deleting inbound trunks and trunk groups
in use (2026-10-22), the configuration type of a trunk update, outbound trunks' DID lists against
their "any DID" flags, orders of one item type (2026-10-22), capacity pools never raised by an
update, and what ``filter[pending_removal]`` means (2026-04-16)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from didww.testing import SEED, Simulator
from tests.testing.raw_requests import JSON_API, raw_client

BOTH = ("2026-04-16", "2026-10-22")


def _raw(version: str) -> tuple[Simulator[Any, Any], httpx.Client]:
    sim: Simulator[Any, Any] = Simulator(api_version=version)
    return sim, raw_client(sim, headers=JSON_API)


def _doc(
    type_: str, attrs: dict[str, Any], rels: dict[str, Any] | None = None, id_: str = ""
) -> Any:
    data: dict[str, Any] = {"type": type_, "attributes": attrs}
    if rels:
        data["relationships"] = rels
    if id_:
        data["id"] = id_
    return {"data": data}


def _one(type_: str, id_: str) -> dict[str, Any]:
    return {"data": {"type": type_, "id": id_}}


def _many(type_: str, ids: list[str]) -> dict[str, Any]:
    return {"data": [{"type": type_, "id": i} for i in ids]}


def _trunk(raw: httpx.Client, name: str) -> str:
    config = {"type": "sip_configurations", "attributes": {"host": "pbx.example", "codec_ids": [9]}}
    answer = raw.post(
        "/voice_in_trunks", json=_doc("voice_in_trunks", {"name": name, "configuration": config})
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["data"]["id"])


def _group(raw: httpx.Client, name: str, trunks: list[str]) -> str:
    rels = {"voice_in_trunks": _many("voice_in_trunks", trunks)}
    answer = raw.post(
        "/voice_in_trunk_groups", json=_doc("voice_in_trunk_groups", {"name": name}, rels)
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["data"]["id"])


def _route(raw: httpx.Client, relationship: str, type_: str, id_: str) -> None:
    body = _doc("dids", {}, {relationship: _one(type_, id_)}, SEED.did_us)
    assert raw.patch(f"/dids/{SEED.did_us}", json=body).status_code == 200


def _did_route(raw: httpx.Client, relationship: str) -> Any:
    answer = raw.get(f"/dids/{SEED.did_us}", params={"include": relationship})
    return answer.json()["data"]["relationships"][relationship].get("data")


# -- 1. deleting inbound trunks and trunk groups ---------------------------------------------------


def test_2026_10_22_refuses_deleting_a_routed_trunk_and_keeps_the_route() -> None:
    _, raw = _raw("2026-10-22")
    trunk = _trunk(raw, "Routed")
    _route(raw, "voice_in_trunk", "voice_in_trunks", trunk)
    assert raw.delete(f"/voice_in_trunks/{trunk}").status_code == 422
    assert raw.get(f"/voice_in_trunks/{trunk}").status_code == 200
    assert _did_route(raw, "voice_in_trunk") == {"type": "voice_in_trunks", "id": trunk}


def test_2026_10_22_refuses_deleting_a_trunk_in_a_group() -> None:
    _, raw = _raw("2026-10-22")
    trunk = _trunk(raw, "Member")
    group = _group(raw, "Group", [trunk])
    assert raw.delete(f"/voice_in_trunks/{trunk}").status_code == 422
    assert raw.get(f"/voice_in_trunks/{trunk}").status_code == 200
    assert raw.get(f"/voice_in_trunk_groups/{group}").json()["data"]["meta"]["trunks_count"] == 1


@pytest.mark.parametrize("routed_to", ["group", "member"])
def test_2026_10_22_refuses_deleting_a_group_routed_directly_or_through_a_member(
    routed_to: str,
) -> None:
    _, raw = _raw("2026-10-22")
    member = _trunk(raw, "Member")
    group = _group(raw, "Group", [member])
    if routed_to == "group":
        _route(raw, "voice_in_trunk_group", "voice_in_trunk_groups", group)
    else:
        _route(raw, "voice_in_trunk", "voice_in_trunks", member)
    assert raw.delete(f"/voice_in_trunk_groups/{group}").status_code == 422
    assert raw.get(f"/voice_in_trunk_groups/{group}").status_code == 200
    assert raw.get(f"/voice_in_trunks/{member}").status_code == 200


def test_2026_10_22_deleting_a_group_deletes_its_trunks() -> None:
    _, raw = _raw("2026-10-22")
    members = [_trunk(raw, "A"), _trunk(raw, "B")]
    other = _trunk(raw, "Standalone")
    group = _group(raw, "Group", members)
    assert raw.delete(f"/voice_in_trunk_groups/{group}").status_code == 204
    assert [raw.get(f"/voice_in_trunks/{t}").status_code for t in members] == [404, 404]
    assert raw.get(f"/voice_in_trunks/{other}").status_code == 200


def test_2026_04_16_deletes_routed_trunks_and_keeps_group_members() -> None:
    _, raw = _raw("2026-04-16")
    trunk = _trunk(raw, "Routed")
    _route(raw, "voice_in_trunk", "voice_in_trunks", trunk)
    assert raw.delete(f"/voice_in_trunks/{trunk}").status_code == 204
    assert _did_route(raw, "voice_in_trunk") is None
    member = _trunk(raw, "Member")
    group = _group(raw, "Group", [member])
    _route(raw, "voice_in_trunk_group", "voice_in_trunk_groups", group)
    assert raw.delete(f"/voice_in_trunk_groups/{group}").status_code == 204
    assert _did_route(raw, "voice_in_trunk_group") is None
    survivor = raw.get(
        f"/voice_in_trunks/{member}", params={"include": "voice_in_trunk_group"}
    ).json()["data"]
    assert survivor["relationships"]["voice_in_trunk_group"].get("data") is None


# -- 2. an update keeps the configuration's type ---------------------------------------------------


@pytest.mark.parametrize("version", BOTH)
def test_an_update_may_not_change_the_configuration_type(version: str) -> None:
    _, raw = _raw(version)
    trunk = _trunk(raw, "SIP")
    pstn = {"type": "pstn_configurations", "attributes": {"dst": "442037691880"}}
    answer = raw.patch(
        f"/voice_in_trunks/{trunk}",
        json=_doc("voice_in_trunks", {"configuration": pstn, "description": "changed"}, id_=trunk),
    )
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/configuration/type"
    kept = raw.get(f"/voice_in_trunks/{trunk}").json()["data"]["attributes"]
    assert kept["configuration"]["type"] == "sip_configurations"
    assert kept["description"] != "changed"
    sip = {"type": "sip_configurations", "attributes": {"host": "pbx2.example"}}
    answer = raw.patch(
        f"/voice_in_trunks/{trunk}", json=_doc("voice_in_trunks", {"configuration": sip}, id_=trunk)
    )
    assert answer.status_code == 200


# -- 3. outbound trunks: DID lists against the "any DID" flags -------------------------------------


def _auth(ip: str) -> dict[str, Any]:
    return {"type": "credentials_and_ip", "attributes": {"allowed_sip_ips": [ip]}}


@pytest.mark.parametrize("version", BOTH)
@pytest.mark.parametrize(
    ("flag", "relationship"),
    [("allow_any_did_as_cli", "dids"), ("emergency_enable_all", "emergency_dids")],
)
def test_a_did_list_is_refused_while_its_flag_is_true(
    version: str, flag: str, relationship: str
) -> None:
    _, raw = _raw(version)
    rels = {relationship: _many("dids", [SEED.did_us])}
    attrs = {
        "name": "Out",
        flag: True,
        "authentication_method": _auth("203.0.113.11"),
        "on_cli_mismatch_action": "reject_call",
    }
    answer = raw.post("/voice_out_trunks", json=_doc("voice_out_trunks", attrs, rels))
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == f"/data/relationships/{relationship}"
    assert raw.get("/voice_out_trunks").json()["data"] == []

    # Created with the flag and no list: assigning the list is refused, and so is turning the
    # flag on for a trunk that has the list.
    attrs = {**attrs, "authentication_method": _auth("203.0.113.12")}
    created = raw.post("/voice_out_trunks", json=_doc("voice_out_trunks", attrs))
    assert created.status_code == 201, created.text
    trunk = created.json()["data"]["id"]
    answer = raw.patch(f"/voice_out_trunks/{trunk}", json=_doc("voice_out_trunks", {}, rels, trunk))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["source"]["pointer"] == f"/data/relationships/{relationship}"
    off = raw.patch(
        f"/voice_out_trunks/{trunk}", json=_doc("voice_out_trunks", {flag: False}, rels, trunk)
    )
    assert off.status_code == 200, off.text
    answer = raw.patch(
        f"/voice_out_trunks/{trunk}", json=_doc("voice_out_trunks", {flag: True}, id_=trunk)
    )
    assert answer.status_code == 422
    kept = raw.get(f"/voice_out_trunks/{trunk}").json()["data"]
    assert kept["attributes"][flag] is False


# -- 4. one order buys numbers or channels ---------------------------------------------------------


def _mixed_order(raw: httpx.Client) -> httpx.Response:
    items = [
        {"type": "did_order_items", "attributes": {"sku_id": SEED.sku_us_new_york_2, "qty": 1}},
        {
            "type": "capacity_order_items",
            "attributes": {"capacity_pool_id": SEED.capacity_pool, "qty": 1},
        },
    ]
    return raw.post("/orders", json=_doc("orders", {"items": items}))


def test_2026_10_22_refuses_an_order_of_numbers_and_channels() -> None:
    sim, raw = _raw("2026-10-22")
    sim.set_balance("1000")
    orders_before = len(raw.get("/orders").json()["data"])
    answer = _mixed_order(raw)
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    # A limit of the attribute in the spec (one_variant), stated at the list.
    assert error["source"]["pointer"] == "/data/attributes/items"
    assert error["detail"] == (
        "items - item 1 is capacity_order_items but item 0 is did_order_items: all must be of "
        "one type"
    )
    assert len(raw.get("/orders").json()["data"]) == orders_before
    assert raw.get("/balance").json()["data"]["attributes"]["total_balance"] == "1000.00"


def test_2026_04_16_takes_an_order_of_numbers_and_channels() -> None:
    sim, raw = _raw("2026-04-16")
    sim.set_balance("1000")
    assert _mixed_order(raw).status_code == 201


# -- 5. a capacity pool is never raised by an update -----------------------------------------------


@pytest.mark.parametrize("version", BOTH)
def test_raising_a_pools_channels_is_refused_and_lowering_is_not(version: str) -> None:
    _, raw = _raw(version)
    path = f"/capacity_pools/{SEED.capacity_pool}"
    total = raw.get(path).json()["data"]["attributes"]["total_channels_count"]

    def patch(count: int) -> httpx.Response:
        body = _doc("capacity_pools", {"total_channels_count": count}, id_=SEED.capacity_pool)
        return raw.patch(path, json=body)

    answer = patch(total + 5)
    assert answer.status_code == 422
    assert (
        answer.json()["errors"][0]["source"]["pointer"] == "/data/attributes/total_channels_count"
    )
    assert raw.get(path).json()["data"]["attributes"]["total_channels_count"] == total
    lowered = patch(total - 1)
    assert lowered.status_code == 200, lowered.text
    assert lowered.json()["data"]["attributes"]["total_channels_count"] == total - 1


# -- 6. filter[pending_removal] ------------------------------------------------------------------


def _pending(raw: httpx.Client, value: str) -> set[str]:
    answer = raw.get("/dids", params={"filter[pending_removal]": value})
    assert answer.status_code == 200, answer.text
    return {d["id"] for d in answer.json()["data"]}


def test_2026_04_16_pending_removal_means_no_billing_cycle_left() -> None:
    _, raw = _raw("2026-04-16")
    last = _doc("dids", {"billing_cycles_count": 0}, id_=SEED.did_us)
    assert raw.patch(f"/dids/{SEED.did_us}", json=last).status_code == 200
    cancelled = _doc("dids", {"terminated": True}, id_=SEED.did_gb)
    assert raw.patch(f"/dids/{SEED.did_gb}", json=cancelled).status_code == 200
    assert _pending(raw, "true") == {SEED.did_us}
    assert SEED.did_gb in _pending(raw, "false") and SEED.did_us not in _pending(raw, "false")


def test_2026_10_22_has_no_pending_removal_filter() -> None:
    _, raw = _raw("2026-10-22")
    assert raw.get("/dids", params={"filter[pending_removal]": "true"}).status_code == 400
