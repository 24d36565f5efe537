"""The spec's ``required: true`` on a nested object's attribute (the document's ``required`` of
the object's request schema): loaded and checked by the loader, carried into the catalog and the
generated model and its docs; the SDK refuses to send the object without it, before anything is
sent, and the simulator answers 400 as for the API's other missing parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

HOST = "      host:\n        type: string\n        nullable: true\n        access: writable\n"
TRANSPORT = "      transport:\n        type: enum[Transport]\n        access: writable\n"


def test_required_reaches_the_catalog_the_model_and_the_docs(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "objects.yaml", TRANSPORT, TRANSPORT + "        required: true\n")
    spec = load_spec(root)
    (smtp,) = [o for o in spec.objects if o.name == "SmtpDelivery"]
    assert [a.name for a in smtp.attributes if a.required] == ["transport"]
    files = render(spec)
    assert "required=True" in files["objects.py"]
    assert "Required: the SDK refuses to send the object without it." in " ".join(
        files["objects.py"].split()
    )
    catalog = "".join(files["catalog.py"].split())
    assert 'AttributeInfo("transport","enum[Transport]","writable",False,required=True)' in catalog


def test_the_loader_refuses_required_on_a_read_only_attribute(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path / "read-only")
    _edit(
        root,
        "objects.yaml",
        HOST,
        HOST.replace("        access: writable\n", "") + "        required: true\n",
    )
    with pytest.raises(SpecError, match="required is for an attribute a request can send"):
        load_spec(root)


def test_the_2026_10_22_tree_states_the_documents_required_members() -> None:
    required = sorted(
        (owner, a.name)
        for owner, info in OBJECTS_1022.items()
        for a in info.attributes
        if a.required
    )
    assert required == [
        ("CapacityOrderItem", "capacity_pool_id"),
        ("CredentialsAndIPAuthentication", "allowed_sip_ips"),
        ("DIDOrderItem", "sku_id"),
        ("EmergencyOrderItem", "emergency_calling_service_id"),
        ("IPOnlyAuthentication", "allowed_sip_ips"),
        ("PSTNConfiguration", "dst"),
        ("TwilioAuthentication", "twilio_account_sid"),
    ]
    # 2026-04-16 states none in its schemas; both trees require an emergency order item's id
    # from the documents' words (neither lists the item in its order-create schema), and it
    # requires a DID order item's sku_id from its own ("Supply `sku_id` plus exactly one of").
    earlier = sorted(
        (o, a.name) for o, info in OBJECTS_0416.items() for a in info.attributes if a.required
    )
    assert earlier == [
        ("DIDOrderItem", "sku_id"),
        ("EmergencyOrderItem", "emergency_calling_service_id"),
    ]


SID = "AC" + "0123456789abcdef" * 2


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: v1022.VoiceOutTrunk(
                name="T", authentication_method=v1022.TwilioAuthentication()
            ),
            r"TwilioAuthentication\.twilio_account_sid is required",
        ),
        (
            lambda: v1022.VoiceOutTrunk(
                name="C",
                authentication_method=v1022.CredentialsAndIPAuthentication(tech_prefix="1"),
            ),
            r"CredentialsAndIPAuthentication\.allowed_sip_ips is required",
        ),
    ],
)
def test_the_sdk_refuses_to_send_an_object_without_a_required_member(
    build: Any, message: str
) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=message):
        client.voice_out_trunks.create(build())
    assert list(sim.requests) == []


def test_an_order_item_without_its_required_id_is_refused_before_sending() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"item 0: DIDOrderItem\.sku_id is required"):
        client.orders.create(v1022.Order(items=[v1022.DIDOrderItem(qty=1)]))
    with pytest.raises(didww.ClientError, match=r"CapacityOrderItem\.capacity_pool_id is required"):
        client.orders.create(v1022.Order(items=[v1022.CapacityOrderItem(qty=1)]))
    # None is refused at once, as the API takes no null for it.
    with pytest.raises(didww.ClientError, match=r"capacity_pool_id cannot be null"):
        v1022.CapacityOrderItem(capacity_pool_id=None, qty=1)  # type: ignore[arg-type]
    assert list(sim.requests) == []
    # Given, the same items go through.
    order = client.orders.create(
        v1022.Order(items=[v1022.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    assert order.id


def test_the_simulator_answers_a_missing_required_member_with_400() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    body = {
        "data": {
            "type": "voice_out_trunks",
            "attributes": {
                "name": "Raw",
                "authentication_method": {"type": "twilio", "attributes": {}},
                "on_cli_mismatch_action": "reject_call",
            },
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        answer: httpx.Response = http.post("/voice_out_trunks", json=body)
    assert answer.status_code == 400, answer.text
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == (
        "/data/attributes/authentication_method/attributes/twilio_account_sid"
    )
    assert error["detail"] == "twilio_account_sid is required when sending twilio."
    # With it, the trunk is made.
    body["data"]["attributes"]["authentication_method"]["attributes"] = {  # type: ignore[index]
        "twilio_account_sid": SID
    }
    with raw_client(sim, headers=JSON_API) as http:
        assert http.post("/voice_out_trunks", json=body).status_code == 201


def test_2026_04_16_states_no_required_member_and_sends_what_it_is_given() -> None:
    sim: Simulator[Any, Any] = Simulator()
    client = sim.client()
    sim.requests.clear()
    client.voice_out_trunks.create(
        v0416.VoiceOutTrunk(name="T", authentication_method=v0416.TwilioAuthentication())
    )
    (sent,) = sim.requests
    assert isinstance(sent.body, dict)
    method = sent.body["data"]["attributes"]["authentication_method"]
    assert method == {"type": "twilio", "attributes": {}}


def test_the_diff_reports_a_newly_required_member_as_breaking(tmp_path: Path) -> None:
    from generator.diff import Comparison, changelog

    plain = load_spec(_copy_spec(tmp_path / "plain"))
    root = _copy_spec(tmp_path / "required")
    _edit(root, "objects.yaml", TRANSPORT, TRANSPORT + "        required: true\n")
    required = load_spec(root)
    lines = changelog(plain, required).splitlines()
    assert "- **BREAKING**: SmtpDelivery.transport: now required when the object is sent" in lines
    assert "- SmtpDelivery.transport: no longer required" in changelog(required, plain).splitlines()
    assert not Comparison(required, plain).breaking
