"""Compound documents, typed attributes and tolerance of what a newer API may send."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

import didww
from didww import enums
from tests.support import Recorder, fixture

DID_ID = "9df99644-f1a5-4a3c-99a4-559d758eb96b"
TRUNK_ID = "41b94706-325e-4704-a433-d65105758836"


def load_did() -> tuple[didww.DID, Recorder]:
    recorder = Recorder().reply(200, fixture("responses/did_with_includes.json"))
    did = recorder.client().dids.find(DID_ID)
    return did, recorder


def test_attributes_are_typed() -> None:
    did, _ = load_did()
    assert did.id == DID_ID
    assert did.number == "16091609123456797"
    assert did.capacity_limit == 10
    assert did.billing_cycles_count is None
    assert did.blocked is False
    assert did.created_at == dt.datetime(2026, 3, 1, 12, 30, 45, 123000, tzinfo=dt.timezone.utc)
    assert did.created_at.utcoffset() == dt.timedelta(0)
    assert did.meta == {"note": "resource-level meta"}


def test_included_resources_are_resolved_and_shared() -> None:
    did, _ = load_did()
    trunk = did.voice_in_trunk
    assert isinstance(trunk, didww.VoiceInTrunk)
    assert trunk.name == "office pbx"
    assert did.voice_in_trunk is trunk  # same object on every read
    assert did.voice_in_trunk_id == TRUNK_ID
    group = did.did_group
    assert isinstance(group, didww.DIDGroup)
    skus = group.stock_keeping_units
    assert [s.id for s in skus] == ["sku-1", "sku-2"]
    assert skus[0].monthly_price == Decimal("0.80")
    assert group.meta["total_count"] == 12


def test_linkage_without_included_target_gives_id_only_model() -> None:
    did, _ = load_did()
    order = did.order
    assert isinstance(order, didww.Order)
    assert order.id == "0d1a6c25-6c6b-4a2a-a7a4-2d1b9fd2d5b1"
    assert not order.is_loaded("amount")
    with pytest.raises(didww.NotLoadedError, match=r"Order .* was not included in the answer"):
        _ = order.amount
    sku2 = did.did_group.stock_keeping_units[1]  # type: ignore[union-attr]
    assert isinstance(sku2, didww.StockKeepingUnit)
    with pytest.raises(didww.NotLoadedError):
        _ = sku2.setup_price


def test_relationship_without_data_and_null_data() -> None:
    did, _ = load_did()
    # Links only (not requested with include): unknown, not null.
    for name in ("voice_in_trunk_group", "voice_in_trunk_group_id", "shared_capacity_group"):
        assert not did.is_loaded(name)
        with pytest.raises(
            didww.NotLoadedError, match=r'include\("(voice_in_trunk_group|shared_capacity_group)"\)'
        ):
            getattr(did, name)
    assert did.is_loaded("capacity_pool") and did.capacity_pool is None  # "data": null


def test_unknown_types_are_kept_as_generic_resources() -> None:
    did, _ = load_did()
    identity = did.identity
    assert isinstance(identity, didww.GenericResource)
    assert identity.resource_type == "future_things"
    assert identity.id == "ft-1"


def test_unknown_type_in_included_does_not_break_decoding() -> None:
    doc = fixture("responses/did_with_includes.json")
    doc["data"]["relationships"]["identity"]["data"] = {"type": "future_things", "id": "x-1"}
    did = Recorder().reply(200, doc).client().dids.find(DID_ID)
    thing = did.identity
    assert isinstance(thing, didww.GenericResource)
    assert thing.attributes == {"color": "blue"}


def test_unknown_attributes_are_kept_but_not_sent() -> None:
    did, recorder = load_did()
    assert did.extra_attributes == {"future_attribute": {"nested": [1, 2, 3]}}
    did.description = "x"
    recorder.reply(200, fixture("responses/did_with_includes.json"))
    client = recorder.client()
    client.dids.update(did)
    assert recorder.last_json()["data"]["attributes"] == {"description": "x"}


def test_unknown_enum_values_are_kept() -> None:
    did, _ = load_did()
    features = did.did_group.features  # type: ignore[union-attr]
    assert features[:2] == [enums.Feature.VOICE_IN, enums.Feature.T38]
    assert features[2] == "sms_out_future"
    assert isinstance(features[2], enums.Feature)


def test_nested_polymorphic_configuration() -> None:
    did, _ = load_did()
    config = did.voice_in_trunk.configuration  # type: ignore[union-attr]
    assert isinstance(config, didww.SIPConfiguration)
    assert config.host == "pbx.example.com"
    assert config.codec_ids == [enums.Codec.PCMU, enums.Codec.PCMA]
    assert config.transport_protocol_id is enums.TransportProtocol.UDP
    assert config.incoming_auth_username == "gen-user"


def test_an_odd_wire_value_fails_where_it_is_read_and_nowhere_else() -> None:
    doc = fixture("responses/did_with_includes.json")
    doc["data"]["attributes"]["capacity_limit"] = "ten"
    doc["data"]["attributes"]["created_at"] = 12
    did = Recorder().reply(200, doc).client().dids.find(DID_ID)
    # A value that decodes (a timestamp, a decimal, a date) and is not one: named when read.
    with pytest.raises(didww.DecodeError, match=r"DID\.created_at: the answer holds 12, which is"):
        _ = did.created_at
    # The rest of the answer reads as usual; repr shows the odd value, to_json keeps it.
    assert did.number == "16091609123456797"
    assert "created_at=<undecodable 12>" in repr(did)
    assert did.to_json()["attributes"]["created_at"] == 12
    # A str, int or bool field is checked too: "ten" is no integer, and "false" would read as
    # true if it were handed out as it came.
    with pytest.raises(didww.DecodeError, match=r"DID\.capacity_limit: the answer holds 'ten'"):
        _ = did.capacity_limit
    assert "capacity_limit=<undecodable 'ten'>" in repr(did)


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("blocked", "false", "a bool"),
        ("blocked", 0, "a bool"),
        ("capacity_limit", "5", "an int"),
        ("capacity_limit", True, "an int"),  # JSON true is no number, though Python's bool is
        ("capacity_limit", 5.0, "an int"),
        ("number", 16091609123, "a str"),
        ("number", ["1609"], "a str"),
    ],
)
def test_a_str_int_or_bool_field_refuses_a_value_of_another_json_type(
    name: str, raw: object, expected: str
) -> None:
    doc = fixture("responses/did_with_includes.json")
    doc["data"]["attributes"][name] = raw
    did = Recorder().reply(200, doc).client().dids.find(DID_ID)
    with pytest.raises(didww.DecodeError, match=rf"which is not {expected} as the field's type"):
        getattr(did, name)
    assert did.to_json()["attributes"][name] == raw
    # Null reads as None where the document allows it (capacity_limit), and is refused where
    # it says the field is never null; the other fields of the model read as usual.
    doc["data"]["attributes"][name] = None
    again = Recorder().reply(200, doc).client().dids.find(DID_ID)
    if name == "capacity_limit":
        assert again.capacity_limit is None
    else:
        with pytest.raises(didww.DecodeError, match=rf"DID\.{name}: the answer holds null"):
            getattr(again, name)
    assert did.id == DID_ID


def test_cycles_are_safe() -> None:
    doc = {
        "data": {
            "type": "voice_in_trunk_groups",
            "id": "g1",
            "attributes": {"name": "g"},
            "relationships": {
                "voice_in_trunks": {"data": [{"type": "voice_in_trunks", "id": "t1"}]}
            },
        },
        "included": [
            {
                "type": "voice_in_trunks",
                "id": "t1",
                "attributes": {"name": "t"},
                "relationships": {
                    "voice_in_trunk_group": {"data": {"type": "voice_in_trunk_groups", "id": "g1"}}
                },
            }
        ],
    }
    group = Recorder().reply(200, doc).client().voice_in_trunk_groups.find("g1")
    trunk = group.voice_in_trunks[0]
    assert trunk.voice_in_trunk_group is group
    assert "VoiceInTrunkGroup(id='g1'" in repr(group)


def test_list_exposes_meta_links_and_total_records() -> None:
    body = {
        "data": [
            {"type": "countries", "id": "c1", "attributes": {"name": "Aland", "iso": "AX"}},
            {"type": "countries", "id": "c2", "attributes": {"name": "Belgium", "iso": "BE"}},
        ],
        "meta": {"total_records": 250, "api_version": "2026-04-16"},
        "links": {"next": "https://sandbox-api.didww.com/v3/countries?page%5Bnumber%5D=2"},
    }
    countries = Recorder().reply(200, body).client().countries.list()
    assert len(countries) == 2
    assert [c.iso for c in countries] == ["AX", "BE"]
    assert countries.total_records == 250
    assert countries.links["next"].endswith("=2")
    assert isinstance(countries[0], didww.Country)


def test_dates_decimals_and_estimate_setup_time() -> None:
    requirement_doc = {
        "data": [
            {
                "type": "emergency_requirements",
                "id": "e1",
                "attributes": {"estimate_setup_time": "7-14 days", "identity_type": "any"},
            }
        ]
    }
    pool_doc = {
        "data": [
            {
                "type": "capacity_pools",
                "id": "p1",
                "attributes": {"renew_date": "2026-05-01", "monthly_price": "12.345"},
            }
        ]
    }
    client = Recorder().reply(200, requirement_doc).reply(200, pool_doc).client()
    requirement = client.emergency_requirements.list()[0]
    assert isinstance(requirement, didww.EmergencyRequirement)
    assert requirement.estimate_setup_time == "7-14 days"
    pool = client.capacity_pools.list()[0]
    assert isinstance(pool, didww.CapacityPool)
    assert pool.renew_date == dt.date(2026, 5, 1)
    assert pool.monthly_price == Decimal("12.345")


def test_generic_nested_object_is_written_back_unchanged() -> None:
    raw = {"type": "h323_configurations", "attributes": {"host": "old", "mode": 3}}
    doc = {"data": {"type": "voice_in_trunks", "id": "t1", "attributes": {"configuration": raw}}}
    recorder = Recorder().reply(200, doc)
    client = recorder.client()
    trunk = client.voice_in_trunks.find("t1")
    config = trunk.configuration
    assert isinstance(config, didww.GenericConfiguration)
    assert config.type == "h323_configurations"
    assert config.attributes == {"host": "old", "mode": 3}
    trunk.configuration = config  # explicitly re-sent
    recorder.reply(200, doc)
    client.voice_in_trunks.update(trunk)
    assert recorder.last_json()["data"]["attributes"] == {"configuration": raw}


def test_generic_and_unknown_order_item_types() -> None:
    doc = {
        "data": {
            "type": "orders",
            "id": "o1",
            "attributes": {
                "items": [
                    {"type": "did_order_items", "attributes": {"qty": 2, "nrc": "1.00"}},
                    {
                        "type": "generic_order_items",
                        "attributes": {
                            "qty": 1,
                            "nrc": "5.00",
                            "mrc": "2.50",
                            "prorated_mrc": True,
                            "billed_from": "2026-05-01",
                            "billed_to": "2026-05-31",
                        },
                    },
                    {"type": "sms_order_items", "attributes": {"qty": 5}},
                ]
            },
        }
    }
    order = Recorder().reply(200, doc).client().orders.find("o1")
    items = order.items
    assert isinstance(items[0], didww.DIDOrderItem)
    assert items[0].nrc == Decimal("1.00")
    generic = items[1]
    assert isinstance(generic, didww.GenericOrderItem)
    assert (generic.qty, generic.nrc, generic.mrc, generic.prorated_mrc) == (
        1,
        Decimal("5.00"),
        Decimal("2.50"),
        True,
    )
    assert (generic.billed_from, generic.billed_to) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    unknown = items[2]
    assert isinstance(unknown, didww.UnknownOrderItem)
    assert unknown.type == "sms_order_items"
    assert json.dumps(unknown.attributes) == '{"qty": 5}'


def test_malformed_included_entries_are_skipped() -> None:
    doc = fixture("responses/did_with_includes.json")
    doc["included"] += [7, {"id": "no-type"}, {"type": 5, "id": "x"}]
    did = Recorder().reply(200, doc).client().dids.find(DID_ID)
    assert did.voice_in_trunk is not None and did.voice_in_trunk.name == "office pbx"


def test_unpaginated_list_has_no_next_page() -> None:
    body = {"data": [{"type": "pops", "id": "p1", "attributes": {"name": "DE"}}], "meta": {}}
    recorder = Recorder().reply(200, body)
    pops = recorder.client().pops.list()
    assert not pops.has_next_page()
    # Even a page of a paginated list exactly as full as asked for: with neither links nor a
    # count the API promised no further page, and asking for one would repeat it forever.
    types = {"data": [{"type": "did_group_types", "id": "t1", "attributes": {"name": "Local"}}]}
    query = didww.QueryParams().page(size=1)
    sized = Recorder().reply(200, types).client().did_group_types.list(query)
    assert not sized.has_next_page()
