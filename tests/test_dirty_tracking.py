"""update() sends exactly what changed; create() sends what was set; read-only never leaves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
import pytest

import didww
from didww import enums
from tests.support import Recorder, fixture

DID_ID = "9df99644-f1a5-4a3c-99a4-559d758eb96b"
TRUNK_ID = "41b94706-325e-4704-a433-d65105758836"


def echo(request: Any) -> Any:
    """Answer a write with the document it carried, plus an id."""
    import json

    import httpx

    doc = json.loads(request.content)
    doc["data"].setdefault("id", "new-id")
    return httpx.Response(201 if request.method == "POST" else 200, json=doc)


def loaded_did() -> tuple[didww.DID, didww.Client, Recorder]:
    recorder = Recorder(echo).reply(200, fixture("responses/did_with_includes.json"))
    client = recorder.client()
    return client.dids.find(DID_ID), client, recorder


def sent(recorder: Recorder) -> Any:
    return recorder.last_json()["data"]


def test_update_sends_only_changed_attributes() -> None:
    did, client, recorder = loaded_did()
    did.dedicated_channels_count = 5
    client.dids.update(did)
    assert recorder.last.method == "PATCH"
    assert recorder.last.url.path == f"/v3/dids/{DID_ID}"
    assert sent(recorder) == {
        "type": "dids",
        "id": DID_ID,
        "attributes": {"dedicated_channels_count": 5},
    }


def test_unchanged_model_sends_no_attributes() -> None:
    did, client, recorder = loaded_did()
    _ = did.description, did.created_at, did.did_group, did.voice_in_trunk
    requests = len(recorder.requests)
    assert client.dids.update(did) is did
    assert len(recorder.requests) == requests  # nothing changed: nothing sent


def test_model_built_from_id_sends_only_given_fields() -> None:
    recorder = Recorder(echo)
    recorder.client().dids.update(didww.DID(id=DID_ID, description="New description"))
    assert sent(recorder) == {
        "type": "dids",
        "id": DID_ID,
        "attributes": {"description": "New description"},
    }


def test_setting_nullable_attribute_to_none_sends_null() -> None:
    did, client, recorder = loaded_did()
    did.description = None
    did.capacity_limit = None
    client.dids.update(did)
    assert sent(recorder)["attributes"] == {"description": None, "capacity_limit": None}


def test_clearing_to_one_relationship_sends_data_null() -> None:
    did, client, recorder = loaded_did()
    did.address_verification = None
    client.dids.update(did)
    assert sent(recorder)["relationships"] == {"address_verification": {"data": None}}


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        (
            "voice_in_trunk_id",
            "trunk-2",
            {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "trunk-2"}},
                "voice_in_trunk_group": {"data": None},
            },
        ),
        (
            "voice_in_trunk_group_id",
            "group-2",
            {
                "voice_in_trunk_group": {
                    "data": {"type": "voice_in_trunk_groups", "id": "group-2"}
                },
                "voice_in_trunk": {"data": None},
            },
        ),
        # Not exclusive (neither document says so): set alone, sent alone.
        (
            "capacity_pool_id",
            "pool-1",
            {"capacity_pool": {"data": {"type": "capacity_pools", "id": "pool-1"}}},
        ),
    ],
)
def test_exclusive_relationships_clear_their_partner(field: str, value: str, expected: Any) -> None:
    did, client, recorder = loaded_did()
    setattr(did, field, value)
    client.dids.update(did)
    assert sent(recorder)["relationships"] == expected


@pytest.mark.parametrize(
    ("field", "only"),
    [
        ("voice_in_trunk", "voice_in_trunk"),
        ("voice_in_trunk_id", "voice_in_trunk"),
        ("voice_in_trunk_group", "voice_in_trunk_group"),
        ("voice_in_trunk_group_id", "voice_in_trunk_group"),
        ("capacity_pool", "capacity_pool"),
        ("shared_capacity_group_id", "shared_capacity_group"),
    ],
)
def test_clearing_one_side_of_an_exclusive_pair_leaves_the_other(field: str, only: str) -> None:
    did, client, recorder = loaded_did()
    setattr(did, field, None)
    client.dids.update(did)
    assert sent(recorder)["relationships"] == {only: {"data": None}}


def test_assigning_a_model_to_a_relationship() -> None:
    recorder = Recorder(echo)
    did = didww.DID(id=DID_ID)
    did.voice_in_trunk = didww.VoiceInTrunk(id="t9")
    assert did.voice_in_trunk_id == "t9"
    assert did.voice_in_trunk_group is None
    recorder.client().dids.update(did)
    assert sent(recorder)["relationships"]["voice_in_trunk"] == {
        "data": {"type": "voice_in_trunks", "id": "t9"}
    }


def test_included_model_can_be_updated_directly() -> None:
    did, client, recorder = loaded_did()
    trunk = did.voice_in_trunk
    assert trunk is not None
    trunk.description = "Updated via include"
    client.voice_in_trunks.update(trunk)
    assert recorder.last.url.path == f"/v3/voice_in_trunks/{TRUNK_ID}"
    assert sent(recorder) == {
        "type": "voice_in_trunks",
        "id": TRUNK_ID,
        "attributes": {"description": "Updated via include"},
    }


def test_change_inside_nested_object_is_sent_without_read_only_fields() -> None:
    did, client, recorder = loaded_did()
    trunk = did.voice_in_trunk
    assert trunk is not None and isinstance(trunk.configuration, didww.SIPConfiguration)
    trunk.configuration.port = 5070
    client.voice_in_trunks.update(trunk)
    config = sent(recorder)["attributes"]["configuration"]
    assert config["type"] == "sip_configurations"
    assert config["attributes"]["port"] == 5070
    assert config["attributes"]["host"] == "pbx.example.com"
    assert "incoming_auth_username" not in config["attributes"]
    assert "incoming_auth_password" not in config["attributes"]
    assert list(sent(recorder)["attributes"]) == ["configuration"]


def test_appending_to_a_list_inside_a_nested_object_is_sent() -> None:
    did, client, recorder = loaded_did()
    trunk = did.voice_in_trunk
    assert trunk is not None and isinstance(trunk.configuration, didww.SIPConfiguration)
    trunk.configuration.codec_ids.append(enums.Codec.G729)
    client.voice_in_trunks.update(trunk)
    config = sent(recorder)["attributes"]["configuration"]["attributes"]
    assert config["codec_ids"] == [9, 10, 8]


def test_appending_to_a_list_attribute_is_sent() -> None:
    doc = {
        "data": {
            "type": "voice_out_trunks",
            "id": "vo1",
            "attributes": {"name": "out", "dst_prefixes": ["44"], "allowed_rtp_ips": None},
        }
    }
    recorder = Recorder(echo).reply(200, doc)
    client = recorder.client()
    trunk = client.voice_out_trunks.find("vo1")
    trunk.dst_prefixes.append("49")
    client.voice_out_trunks.update(trunk)
    assert sent(recorder)["attributes"] == {"dst_prefixes": ["44", "49"]}


def test_reading_a_list_does_not_make_it_dirty() -> None:
    doc = {"data": {"type": "voice_out_trunks", "id": "vo1", "attributes": {"dst_prefixes": ["1"]}}}
    trunk = Recorder().reply(200, doc).client().voice_out_trunks.find("vo1")
    assert trunk.dst_prefixes == ["1"]
    assert not trunk.is_dirty()


def test_read_only_fields_cannot_be_set() -> None:
    did, _, recorder = loaded_did()
    with pytest.raises(didww.ClientError, match="read-only"):
        did.created_at = dt.datetime.now(dt.timezone.utc)  # type: ignore[assignment]
    with pytest.raises(didww.ClientError, match="read-only"):
        did.did_group_id = "x"  # type: ignore[assignment]
    config = did.voice_in_trunk.configuration  # type: ignore[union-attr]
    assert isinstance(config, didww.SIPConfiguration)
    with pytest.raises(didww.ClientError, match="read-only"):
        config.incoming_auth_password = "x"  # type: ignore[assignment]
    assert len(recorder.requests) == 1


def test_voice_out_credentials_are_never_sent() -> None:
    doc = {
        "data": {
            "type": "voice_out_trunks",
            "id": "vo1",
            "attributes": {
                "authentication_method": {
                    "type": "credentials_and_ip",
                    "attributes": {
                        "allowed_sip_ips": ["203.0.113.0/24"],
                        "tech_prefix": None,
                        "username": "gen-user",
                        "password": "gen-pass",
                    },
                }
            },
        }
    }
    recorder = Recorder(echo).reply(200, doc)
    client = recorder.client()
    trunk = client.voice_out_trunks.find("vo1")
    auth = trunk.authentication_method
    assert isinstance(auth, didww.CredentialsAndIPAuthentication)
    assert "gen-pass" not in repr(trunk) and "[FILTERED]" in repr(auth)
    assert auth.allowed_sip_ips is not None
    auth.allowed_sip_ips.append("198.51.100.7/32")
    client.voice_out_trunks.update(trunk)
    assert sent(recorder)["attributes"]["authentication_method"] == {
        "type": "credentials_and_ip",
        "attributes": {
            "allowed_sip_ips": ["203.0.113.0/24", "198.51.100.7/32"],
            "tech_prefix": None,
        },
    }


def test_ip_only_authentication_is_sent_by_creates_and_updates_in_2026_04_16() -> None:
    recorder = Recorder(echo)
    client = recorder.client()
    ips = didww.IPOnlyAuthentication(allowed_sip_ips=["203.0.113.10"], tech_prefix="9")
    trunk = client.voice_out_trunks.create(didww.VoiceOutTrunk(name="x", authentication_method=ips))
    assert sent(recorder)["attributes"]["authentication_method"] == {
        "type": "ip_only",
        "attributes": {"allowed_sip_ips": ["203.0.113.10"], "tech_prefix": "9"},
    }
    method = trunk.authentication_method
    assert isinstance(method, didww.IPOnlyAuthentication)
    method.tech_prefix = "7"
    client.voice_out_trunks.update(trunk)
    assert recorder.last.method == "PATCH"
    assert sent(recorder)["attributes"] == {
        "authentication_method": {
            "type": "ip_only",
            "attributes": {"allowed_sip_ips": ["203.0.113.10"], "tech_prefix": "7"},
        }
    }


def test_ip_only_authentication_is_refused_on_create_and_sent_by_update_in_2026_10_22() -> None:
    from didww import v2026_10_22 as v1022

    recorder = Recorder(echo)
    client = v1022.Client(
        token="t", http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0
    )
    ips = v1022.IPOnlyAuthentication(allowed_sip_ips=["203.0.113.10"])
    with pytest.raises(didww.ClientError, match="a create does not take an IPOnlyAuthentication"):
        client.voice_out_trunks.create(v1022.VoiceOutTrunk(name="x", authentication_method=ips))
    assert recorder.requests == []  # nothing was sent
    trunk = v1022.VoiceOutTrunk("41b94706-325e-4704-a433-d65105758836", authentication_method=ips)
    client.voice_out_trunks.update(trunk)
    assert sent(recorder) == {
        "type": "voice_out_trunks",
        "id": "41b94706-325e-4704-a433-d65105758836",
        "attributes": {
            "authentication_method": {
                "type": "ip_only",
                "attributes": {"allowed_sip_ips": ["203.0.113.10"]},
            }
        },
    }
    # The list is required whenever the object is sent, and never empty.
    with pytest.raises(didww.ClientError, match="allowed_sip_ips"):
        v1022.IPOnlyAuthentication(allowed_sip_ips=[])
    with pytest.raises(didww.ClientError, match="allowed_sip_ips is required"):
        client.voice_out_trunks.update(
            v1022.VoiceOutTrunk(trunk.id, authentication_method=v1022.IPOnlyAuthentication())
        )


def test_create_sends_every_set_field() -> None:
    recorder = Recorder(echo)
    trunk = didww.VoiceInTrunk(
        name="My SIP Trunk",
        priority=1,
        weight=100,
        cli_format=enums.CliFormat.E164,
        ringing_timeout=30,
        configuration=didww.SIPConfiguration(
            host="sip.example.com",
            port=5060,
            codec_ids=[enums.Codec.PCMU, enums.Codec.PCMA],
            transport_protocol_id=enums.TransportProtocol.UDP,
        ),
        pop_id="pop-1",
    )
    created = recorder.client().voice_in_trunks.create(trunk)
    assert recorder.last.method == "POST"
    assert recorder.last.url.path == "/v3/voice_in_trunks"
    assert sent(recorder) == {
        "type": "voice_in_trunks",
        "attributes": {
            "name": "My SIP Trunk",
            "priority": 1,
            "weight": 100,
            "cli_format": "e164",
            "ringing_timeout": 30,
            "configuration": {
                "type": "sip_configurations",
                "attributes": {
                    "host": "sip.example.com",
                    "port": 5060,
                    "codec_ids": [9, 10],
                    "transport_protocol_id": 1,
                },
            },
        },
        "relationships": {"pop": {"data": {"type": "pops", "id": "pop-1"}}},
    }
    assert created.id == "new-id"
    assert not created.is_dirty()
    assert not trunk.is_dirty() and trunk.id == "new-id"


def test_update_leaves_models_clean() -> None:
    did, client, recorder = loaded_did()
    did.description = "x"
    did.voice_in_trunk_id = "t2"
    updated = client.dids.update(did)
    assert not updated.is_dirty()
    assert not did.is_dirty()
    assert updated.description == "x"
    requests = len(recorder.requests)
    client.dids.update(did)
    assert len(recorder.requests) == requests


def test_create_only_fields_are_refused_on_update() -> None:
    recorder = Recorder(echo)
    export = didww.Export(id="e1", callback_url="https://example.com/cb")
    with pytest.raises(didww.ClientError, match="only be set when creating"):
        recorder.client().exports.update(export)
    assert recorder.requests == []


def test_sip_registration_rules() -> None:
    from didww import v2026_10_22 as v1022

    # 2026-04-16's document asks a registering trunk for a blank port, and nothing of its host.
    config = didww.SIPConfiguration(host="pbx.example.com", port=5060)
    config.enabled_sip_registration = True
    assert (config.host, config.port) == ("pbx.example.com", None)
    config.host = "sip.example.net"
    assert config.enabled_sip_registration is True
    config.enabled_sip_registration = False
    assert config.use_did_in_ruri is False
    recorder = Recorder(echo)
    trunk = didww.VoiceInTrunk(id="t1")
    trunk.configuration = didww.SIPConfiguration(enabled_sip_registration=True)
    recorder.client().voice_in_trunks.update(trunk)
    assert sent(recorder)["attributes"]["configuration"]["attributes"] == {
        "enabled_sip_registration": True,
        "port": None,
    }
    # 2026-10-22's document refuses a host while registering too: the same assignments there
    # clear it, and setting a host switches registration off.
    later = v1022.SIPConfiguration(host="pbx.example.com", port=5060)
    later.enabled_sip_registration = True
    assert (later.host, later.port) == (None, None)
    later.host = "sip.example.net"
    assert (later.enabled_sip_registration, later.use_did_in_ruri) == (False, False)


def test_switching_sip_registration_off_also_switches_off_did_in_ruri() -> None:
    doc = {
        "data": {
            "type": "voice_in_trunks",
            "id": "t1",
            "attributes": {
                "configuration": {
                    "type": "sip_configurations",
                    "attributes": {"enabled_sip_registration": True, "use_did_in_ruri": True},
                }
            },
        }
    }
    recorder = Recorder(echo).reply(200, doc)
    client = recorder.client()
    trunk = client.voice_in_trunks.find("t1")
    config = trunk.configuration
    assert isinstance(config, didww.SIPConfiguration)
    config.enabled_sip_registration = False
    assert config.use_did_in_ruri is False
    client.voice_in_trunks.update(trunk)
    sent_config = sent(recorder)["attributes"]["configuration"]["attributes"]
    assert sent_config["enabled_sip_registration"] is False
    assert sent_config["use_did_in_ruri"] is False


def test_order_items_of_every_kind() -> None:
    recorder = Recorder(echo)
    order = didww.Order(
        allow_back_ordering=True,
        items=[
            didww.DIDOrderItem(sku_id="sku-1", qty=2),
            didww.DIDOrderItem(sku_id="sku-1", available_did_id="ad-1", billing_cycles_count=3),
            didww.DIDOrderItem(sku_id="sku-1", did_reservation_id="res-1"),
            didww.DIDOrderItem(sku_id="sku-2", qty=1, nanpa_prefix_id="np-1"),
            didww.CapacityOrderItem(capacity_pool_id="pool-1", qty=10),
            didww.EmergencyOrderItem(emergency_calling_service_id="ecs-1", qty=1),
        ],
    )
    recorder.client().orders.create(order)
    assert sent(recorder) == {
        "type": "orders",
        "attributes": {
            "allow_back_ordering": True,
            "items": [
                {"type": "did_order_items", "attributes": {"sku_id": "sku-1", "qty": 2}},
                {
                    "type": "did_order_items",
                    "attributes": {
                        "sku_id": "sku-1",
                        "available_did_id": "ad-1",
                        "billing_cycles_count": 3,
                    },
                },
                {
                    "type": "did_order_items",
                    "attributes": {"sku_id": "sku-1", "did_reservation_id": "res-1"},
                },
                {
                    "type": "did_order_items",
                    "attributes": {"sku_id": "sku-2", "qty": 1, "nanpa_prefix_id": "np-1"},
                },
                {
                    "type": "capacity_order_items",
                    "attributes": {"capacity_pool_id": "pool-1", "qty": 10},
                },
                {
                    "type": "emergency_order_items",
                    "attributes": {"emergency_calling_service_id": "ecs-1", "qty": 1},
                },
            ],
        },
    }


def test_to_many_ids_edited_in_place_are_sent() -> None:
    doc = {
        "data": {
            "type": "voice_in_trunk_groups",
            "id": "g1",
            "attributes": {"name": "g"},
            "relationships": {
                "voice_in_trunks": {"data": [{"type": "voice_in_trunks", "id": "a"}]}
            },
        }
    }
    recorder = Recorder(echo).reply(200, doc)
    client = recorder.client()
    group = client.voice_in_trunk_groups.find("g1")
    group.voice_in_trunk_ids.append("b")
    client.voice_in_trunk_groups.update(group)
    assert sent(recorder)["relationships"] == {
        "voice_in_trunks": {
            "data": [{"type": "voice_in_trunks", "id": "a"}, {"type": "voice_in_trunks", "id": "b"}]
        }
    }


def test_to_many_cleared_sends_empty_list() -> None:
    recorder = Recorder(echo)
    group = didww.VoiceInTrunkGroup(id="g1", voice_in_trunk_ids=[])
    recorder.client().voice_in_trunk_groups.update(group)
    assert sent(recorder)["relationships"] == {"voice_in_trunks": {"data": []}}


def test_money_dates_and_enums_are_written_in_api_format() -> None:
    recorder = Recorder(echo)
    trunk = didww.VoiceOutTrunk(
        name="out",
        threshold_amount=Decimal("12.50"),
        default_dst_action=enums.DefaultDstAction.ALLOW_ALL,
        on_cli_mismatch_action=enums.OnCliMismatchAction.REJECT_CALL,
        authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC1"),
    )
    identity = didww.Identity(
        identity_type=enums.IdentityType.PERSONAL,
        first_name="J",
        last_name="K",
        phone_number="4412",
        birth_date=dt.date(1990, 5, 20),
    )
    client = recorder.client()
    client.voice_out_trunks.create(trunk)
    assert sent(recorder)["attributes"] == {
        "authentication_method": {
            "type": "twilio",
            "attributes": {"twilio_account_sid": "AC1"},
        },
        "name": "out",
        "threshold_amount": "12.50",
        "default_dst_action": "allow_all",
        "on_cli_mismatch_action": "reject_call",
    }
    client.identities.create(identity)
    assert sent(recorder)["attributes"] == {
        "identity_type": "personal",
        "first_name": "J",
        "last_name": "K",
        "phone_number": "4412",
        "birth_date": "1990-05-20",
    }


def test_wrong_value_types_are_refused_at_assignment() -> None:
    did = didww.DID(id="x")
    with pytest.raises(didww.ClientError):
        did.capacity_limit = "ten"  # type: ignore[assignment]
    with pytest.raises(didww.ClientError):
        did.voice_in_trunk = didww.DID(id="y")  # type: ignore[assignment]
    assert not did.is_dirty()


def test_polymorphic_relationship_needs_a_model() -> None:
    proof = didww.Proof()
    with pytest.raises(didww.ClientError, match="assign a model"):
        proof.entity_id = "x"
    proof.entity = didww.Identity(id="i1")
    assert proof.entity_id == "i1"


def test_written_linkage_survives_an_answer_without_it() -> None:
    # The API sends relationship data only for included relationships; the SDK keeps what it
    # just wrote instead of reading it back as unknown.
    answer = {
        "data": {
            "type": "dids",
            "id": DID_ID,
            "attributes": {"description": "x"},
            "relationships": {"voice_in_trunk": {"links": {"self": "..."}}},
        }
    }
    recorder = Recorder().reply(200, answer)
    did = didww.DID(id=DID_ID, voice_in_trunk_id="t1")
    saved = recorder.client().dids.update(did)
    for model in (saved, did):
        assert model.voice_in_trunk_id == "t1"
        assert model.voice_in_trunk_group is None
        assert not model.is_dirty()
