"""JSON:API behaviour through the real SDK: include, filter, sort, pagination, fieldsets, PATCH."""

from __future__ import annotations

import re

import httpx
import pytest

import didww
from didww.testing import SEED, Simulator

Q = didww.QueryParams

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def test_nested_include_resolves_through_the_sdk(didww_client: didww.Client) -> None:
    params = (
        Q()
        .include("did_group.stock_keeping_units", "did_group.country")
        .filter("did_group.id", SEED.group_us_new_york)
    )
    available = didww_client.available_dids.list(params)
    assert len(available) == 5
    group = available[0].did_group
    assert group is not None and group.prefix == "1212"  # 2026-04-16: country code included
    assert group.country is not None and group.country.iso == "US"
    prices = sorted((s.setup_price, s.monthly_price) for s in group.stock_keeping_units)
    assert [str(p) for pair in prices for p in pair] == ["1.00", "2.50", "2.00", "6.00"]


def test_included_resources_appear_once_and_linkage_only_when_included(http: httpx.Client) -> None:
    document = http.get(
        "/available_dids",
        params={
            "include": "did_group.stock_keeping_units",
            "filter[did_group.id]": SEED.group_us_new_york,
        },
    ).json()
    keys = [(r["type"], r["id"]) for r in document["included"]]
    assert len(keys) == len(set(keys))
    assert sorted(t for t, _ in keys) == [
        "did_groups",
        "stock_keeping_units",
        "stock_keeping_units",
    ]
    item = document["data"][0]
    assert item["relationships"]["did_group"]["data"]["id"] == SEED.group_us_new_york
    assert "data" not in item["relationships"]["nanpa_prefix"]  # not included: links only
    assert set(item["relationships"]["nanpa_prefix"]["links"]) == {"self", "related"}
    group = next(r for r in document["included"] if r["type"] == "did_groups")
    assert len(group["relationships"]["stock_keeping_units"]["data"]) == 2
    assert "data" not in group["relationships"]["country"]


def test_relationship_links_are_served(http: httpx.Client) -> None:
    did = http.get(f"/dids/{SEED.did_us}").json()["data"]
    links = did["relationships"]["did_group"]["links"]
    assert links["related"] == f"http://sim.test/v3/dids/{SEED.did_us}/did_group"
    related = http.get(links["related"]).json()
    assert related["data"]["id"] == SEED.group_us_new_york
    linkage = http.get(links["self"]).json()
    assert linkage["data"] == {"type": "did_groups", "id": SEED.group_us_new_york}
    regions = http.get(f"/countries/{SEED.country_us}/regions").json()
    assert {r["attributes"]["iso"] for r in regions["data"]} == {"NY", "CA"}  # 2026-04-16


def test_filters_equality_contains_lists_and_relationships(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    assert [c.iso for c in didww_client.countries.list(Q().filter("iso", "GB"))] == ["GB"]
    both = didww_client.countries.list(Q().filter("iso", ["GB", "DE"]).sort("iso"))
    assert [c.iso for c in both] == ["DE", "GB"]
    found = didww_client.available_dids.list(Q().filter("number_contains", "21255501"))
    assert sorted(a.number for a in found) == [f"121255501{n:02d}" for n in range(5)]
    us_groups = didww_client.did_groups.list(Q().filter("country.id", SEED.country_us))
    assert {g.prefix for g in us_groups} == {"1212", "1213", "1800"}
    # Through a to-one hop (available DIDs have no country; their DID group does).
    in_gb = didww_client.available_dids.list(Q().filter("country.id", SEED.country_gb))
    assert len(in_gb) == 3
    assert [c.iso for c in didww_client.countries.list(Q().filter("is_available", False))] == ["FR"]
    # Repeated keys add up, like a comma list; values arrive percent-encoded.
    answer = http.get("/countries?filter%5Biso%5D=GB&filter[iso]=US&sort=iso")
    assert [c["attributes"]["iso"] for c in answer.json()["data"]] == ["GB", "US"]
    named = http.get("/proof_types", params={"filter[entity_type]": "Personal", "sort": "name"})
    assert [p["attributes"]["name"] for p in named.json()["data"]] == [
        "Driver's License",
        "Passport",
    ]


def test_sort_ascending_descending_and_by_relationship(didww_client: didww.Client) -> None:
    ascending = [c.name for c in didww_client.countries.list(Q().sort("name"))]
    assert ascending == sorted(ascending)
    assert [c.name for c in didww_client.countries.list(Q().sort("-name"))] == ascending[::-1]
    groups = didww_client.did_groups.list(Q().sort("country.name", "-prefix"))
    prefixes = [g.prefix for g in groups]
    assert prefixes[:3] == [
        "4930",
        "447700",
        "44330",
    ]  # Germany, then the United Kingdom descending


def test_pagination_meta_and_links(didww_client: didww.Client, http: httpx.Client) -> None:
    first = didww_client.did_groups.list(Q().page(number=1, size=3).sort("prefix"))
    assert first.total_records == 7 and len(first) == 3
    links = first.links
    assert links["first"].startswith("http://didww-simulator.test/v3/did_groups?")
    assert "page[number]=3" in links["last"] and "page[number]=2" in links["next"]
    assert "prev" not in links and "sort=prefix" in links["next"]
    following = http.get(links["next"]).json()
    assert following["meta"]["total_records"] == 7
    assert set(following["links"]) == {"first", "last", "next", "prev"}
    last = http.get(links["last"]).json()
    assert len(last["data"]) == 1 and "next" not in last["links"]
    assert didww_client.cities.list().links["first"].endswith("page[number]=1&page[size]=50")


def test_sparse_fieldsets(didww_client: didww.Client, http: httpx.Client) -> None:
    groups = didww_client.did_groups.list(
        Q()
        .fields("did_groups", ["prefix", "country"])
        .include("country")
        .fields("countries", ["iso"])
    )
    assert groups[0].prefix and not groups[0].is_loaded("area_name")
    country = groups[0].country
    assert country is not None and country.iso and not country.is_loaded("name")
    with pytest.raises(
        didww.NotLoadedError, match=r'fields\("did_groups", \[\.\.\., "area_name"\]\)'
    ):
        _ = groups[0].area_name
    raw = http.get("/did_groups", params={"fields[did_groups]": "prefix"}).json()["data"][0]
    assert (
        raw["attributes"] == {"prefix": raw["attributes"]["prefix"]} and "relationships" not in raw
    )


def test_patch_merges_and_timestamps_use_milliseconds(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    trunk = didww_client.voice_in_trunks.create(
        didww.VoiceInTrunk(
            name="Edge",
            description="first",
            configuration=didww.PSTNConfiguration(dst="12125550000"),
        )
    )
    raw = http.get(f"/voice_in_trunks/{trunk.id}").json()["data"]["attributes"]
    assert TIMESTAMP.match(raw["created_at"])
    didww_client.voice_in_trunks.update(didww.VoiceInTrunk(trunk.id, capacity_limit=4))
    again = didww_client.voice_in_trunks.find(trunk.id)
    assert (again.name, again.description, again.capacity_limit) == ("Edge", "first", 4)
    assert isinstance(again.configuration, didww.PSTNConfiguration)
    assert again.configuration.dst == "12125550000"
    again.description = None
    didww_client.voice_in_trunks.update(again)
    assert didww_client.voice_in_trunks.find(trunk.id).description is None


def test_nested_object_patch_merges_inside_the_object(didww_client: didww.Client) -> None:
    trunk = didww_client.voice_in_trunks.find(SEED.voice_in_trunk)
    assert isinstance(trunk.configuration, didww.SIPConfiguration)
    trunk.configuration.port = 5070
    didww_client.voice_in_trunks.update(trunk)
    saved = didww_client.voice_in_trunks.find(SEED.voice_in_trunk).configuration
    assert isinstance(saved, didww.SIPConfiguration)
    assert (saved.host, saved.port) == ("pbx.example.com", 5070)


def test_relationship_writes_keep_both_sides_consistent(didww_client: didww.Client) -> None:
    trunk = didww_client.voice_in_trunks.find(SEED.voice_in_trunk)
    group = didww_client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="Pair", voice_in_trunks=[trunk])
    )
    again = didww_client.voice_in_trunks.find(
        SEED.voice_in_trunk, Q().include("voice_in_trunk_group")
    )
    assert again.voice_in_trunk_group is not None and again.voice_in_trunk_group.id == group.id
    assert group.meta["trunks_count"] == 1
    didww_client.voice_in_trunk_groups.delete(group.id)
    assert (
        didww_client.voice_in_trunks.find(
            SEED.voice_in_trunk, Q().include("voice_in_trunk_group")
        ).voice_in_trunk_group
        is None
    )


def test_answers_are_jsonapi_and_get_accepts_content_type_with_empty_body(
    didww_simulator: Simulator,
) -> None:
    transport = didww_simulator.transport()
    with httpx.Client(transport=transport) as raw:
        answer = raw.get(
            "http://sim.test/v3/balance",
            headers={
                "Api-Key": didww_simulator.api_key,
                "Content-Type": "application/vnd.api+json",
            },
        )
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/vnd.api+json"
        assert answer.json()["data"]["attributes"]["total_balance"] == "100.00"
        assert answer.headers["x-request-id"]


def test_deterministic_ids_and_documents() -> None:
    def run() -> list[object]:
        sim = Simulator()
        with sim.client() as client:
            trunk = client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="G"))
            return [trunk.id, [c.id for c in client.countries.list()]]

    assert run() == run()


def test_to_many_writes_and_capacity_limits(didww_client: didww.Client) -> None:
    group = didww_client.shared_capacity_groups.create(
        didww.SharedCapacityGroup(
            name="Spare",
            shared_channels_count=3,
            capacity_pool_id=SEED.capacity_pool,
            dids=[didww.DID(SEED.did_gb)],
        )
    )
    did = didww_client.dids.find(SEED.did_gb, Q().include("shared_capacity_group"))
    assert did.shared_capacity_group is not None and did.shared_capacity_group.id == group.id
    pool = didww_client.capacity_pools.find(
        SEED.capacity_pool, Q().include("shared_capacity_groups")
    )
    assert pool.assigned_channels_count == 5
    assert {g.name for g in pool.shared_capacity_groups} == {"Main", "Spare"}
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.shared_capacity_groups.update(
            didww.SharedCapacityGroup(group.id, shared_channels_count=9)
        )
    assert caught.value.errors[0].source_pointer == "/data/attributes/shared_channels_count"
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.capacity_pools.update(
            didww.CapacityPool(SEED.capacity_pool, total_channels_count=4)
        )
    didww_client.shared_capacity_groups.update(didww.SharedCapacityGroup(group.id, dids=[]))
    assert (
        didww_client.dids.find(
            SEED.did_gb, Q().include("shared_capacity_group")
        ).shared_capacity_group
        is None
    )


def test_comparison_and_list_filters(didww_client: didww.Client) -> None:
    didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_gb_mobile, qty=1)])
    )
    since = didww_client.orders.list(Q().filter("created_at_gteq", "2026-04-01 00:00:00"))
    assert [o.amount for o in since] == [15]
    before = didww_client.orders.list(Q().filter("created_at_lteq", "2026-04-01"))
    assert [o.id for o in before] == [SEED.order]
    stocked = didww_client.did_groups.list(Q().filter("meta.total_count_gteq", 20))
    assert {g.prefix for g in stocked} == {"1800"}
    verification = didww_client.address_verifications.create(
        didww.AddressVerification(address_id=SEED.address_gb, dids=[didww.DID(SEED.did_gb)])
    )
    found = didww_client.address_verifications.list(
        Q().filter("reference_in", [verification.reference or "", "NOPE-000000"])
    )
    assert [v.id for v in found] == [verification.id]
