"""What the simulator's callbacks carry and how they are signed, as the 2026-10-22 document
describes them: GET callbacks signed with the payload in the URL's query, the verification and
export fields the document requires, and voice-out trunks' JSON callbacks.

Signatures are checked against texts built here from the document's rule and signed with hmac,
not with the SDK's own signer, which the simulator uses."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

import didww
from didww import enums, webhooks
from didww.testing import SEED, ManualClock, Simulator
from tests.testing.conftest import CallbackReceiver, Received
from tests.testing.raw_requests import JSON_API, raw_client

VERSIONS = ["2026-04-16", "2026-10-22"]
TWILIO_SID = "AC" + "0123456789abcdef" * 2


def hmac_sha1(secret: str, text: str) -> str:
    return hmac.new(secret.encode(), text.encode("utf-8"), hashlib.sha1).hexdigest()


def members(payload: dict[str, str]) -> str:
    return "".join(f"{name}{payload[name]}" for name in sorted(payload))


@pytest.fixture(params=VERSIONS)
def sim(request: pytest.FixtureRequest) -> Simulator[Any, Any]:
    return Simulator(api_version=str(request.param), clock=ManualClock())


@pytest.fixture
def raw(sim: Simulator[Any, Any]) -> Iterator[httpx.Client]:
    with raw_client(sim, headers=JSON_API) as client:
        yield client


def review(sim: Simulator[Any, Any]) -> None:
    """Let the review delay pass and the verifications be reviewed."""
    clock = sim.clock
    assert isinstance(clock, ManualClock)
    clock.advance(5)
    sim.tick()


def create(raw: httpx.Client, type_: str, data: dict[str, Any]) -> dict[str, Any]:
    answer = raw.post(f"/{type_}", content=json.dumps({"data": {"type": type_, **data}}))
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()["data"]
    return created


def address_verification(raw: httpx.Client, url: str, method: str) -> dict[str, Any]:
    return create(
        raw,
        "address_verifications",
        {
            "attributes": {"callback_url": url, "callback_method": method},
            "relationships": {
                "address": {"data": {"type": "addresses", "id": SEED.address_gb}},
                "dids": {"data": [{"type": "dids", "id": SEED.did_gb}]},
            },
        },
    )


def test_a_get_callback_is_signed_with_the_payload_in_the_urls_query(
    sim: Simulator[Any, Any], raw: httpx.Client, receiver: CallbackReceiver
) -> None:
    # Before, the simulator signed a GET like a POST, so tests passed while DIDWW's real GET
    # callbacks were refused. Reasons needing URL-encoding: a space, '&', ',', non-ASCII.
    sim.reject_next_verification(["Name & surname mismatch", "Proof is too old é"], comment="Übel")
    configured = f"{receiver.url}/verifications?tenant=42"
    verification = address_verification(raw, configured, "get")
    review(sim)
    got = receiver.next()
    payload = {
        "id": verification["id"],
        "type": "address_verifications",
        "status": "rejected",
        "reject_reason": "Name & surname mismatch, Proof is too old é",
        "reject_comment": "Übel",
    }
    assert got.method == "GET"
    assert got.query == "tenant=42&" + urlencode(sorted(payload.items()))
    assert webhooks.form_payload(got.query) == {"tenant": "42", **payload}
    signed = f"{configured}&{urlencode(sorted(payload.items()))}" + members(payload)
    assert got.headers[didww.SIGNATURE_HEADER] == hmac_sha1(sim.callback_secret, signed)
    event = webhooks.parse(
        webhooks.form_payload(got.query),
        url=configured,
        signature=got.headers[didww.SIGNATURE_HEADER],
        secret=sim.callback_secret,
        method="GET",
    )
    assert isinstance(event, didww.AddressVerificationCallback)
    assert event.reject_reason == payload["reject_reason"] and event.reject_comment == "Übel"
    assert sim.wait_for_callbacks(5.0)


def test_a_post_callback_is_signed_without_the_payload_in_the_url(
    sim: Simulator[Any, Any], raw: httpx.Client, receiver: CallbackReceiver
) -> None:
    configured = f"{receiver.url}/verifications?tenant=42"
    verification = address_verification(raw, configured, "post")
    review(sim)
    got = receiver.next()
    payload = {
        "id": verification["id"],
        "type": "address_verifications",
        "status": "approved",
        "reject_reason": "",  # required by the document, empty on approval
        "reject_comment": "",
    }
    assert (got.method, got.query, got.payload) == ("POST", "tenant=42", payload)
    signed = configured + members(payload)
    assert got.headers[didww.SIGNATURE_HEADER] == hmac_sha1(sim.callback_secret, signed)
    assert sim.wait_for_callbacks(5.0)


def test_an_emergency_verification_callback_carries_the_documented_fields(
    sim: Simulator[Any, Any], raw: httpx.Client, receiver: CallbackReceiver
) -> None:
    sim.reject_next_verification(["Not a street address", "Unknown city"], comment=None)
    url = f"{receiver.url}/emergency"
    verification = create(
        raw,
        "emergency_verifications",
        {
            "attributes": {"callback_url": url, "callback_method": "post"},
            "relationships": {
                "address": {"data": {"type": "addresses", "id": SEED.address}},
                "emergency_calling_service": {
                    "data": {
                        "type": "emergency_calling_services",
                        "id": SEED.emergency_calling_service,
                    }
                },
            },
        },
    )
    review(sim)
    got = receiver.next()
    assert got.payload == {
        "id": verification["id"],
        "type": "emergency_verifications",
        "status": "rejected",
        "reject_reasons": "Not a street address; Unknown city",
        "reject_comment": "",
        "emergency_calling_service_id": SEED.emergency_calling_service,
    }
    event = webhooks.parse(
        got.payload,
        url=url,
        signature=got.headers[didww.SIGNATURE_HEADER],
        secret=sim.callback_secret,
    )
    assert isinstance(event, didww.EmergencyVerificationCallback)
    assert event.reject_reasons == event.reject_reason == "Not a street address; Unknown city"
    assert event.emergency_calling_service_id == SEED.emergency_calling_service
    assert sim.wait_for_callbacks(5.0)


def trunk(raw: httpx.Client, callback_url: str) -> str:
    created = create(
        raw,
        "voice_out_trunks",
        {
            "attributes": {
                "name": "Out",
                "callback_url": callback_url,
                "authentication_method": {
                    "type": "twilio",
                    "attributes": {"twilio_account_sid": TWILIO_SID},
                },
                "on_cli_mismatch_action": "reject_call",
            }
        },
    )
    return str(created["id"])


def set_status(raw: httpx.Client, trunk_id: str, status: str) -> None:
    data = {"id": trunk_id, "type": "voice_out_trunks", "attributes": {"status": status}}
    answer = raw.patch(f"/voice_out_trunks/{trunk_id}", content=json.dumps({"data": data}))
    assert answer.status_code == 200, answer.text


def test_a_voice_out_trunk_blocked_by_hand_calls_back_with_json(
    sim: Simulator[Any, Any], raw: httpx.Client, receiver: CallbackReceiver
) -> None:
    configured = f"{receiver.url}/trunks?tenant=7"
    trunk_id = trunk(raw, configured)
    set_status(raw, trunk_id, "blocked")
    set_status(raw, trunk_id, "blocked")  # no change: no callback
    set_status(raw, trunk_id, "active")
    assert sim.wait_for_callbacks(5.0)
    if sim.api_version == "2026-04-16":  # its document describes no such callback
        assert sim.deliveries == []
        return
    got: list[Received] = [receiver.next(), receiver.next()]
    assert [(g.method, g.headers["Content-Type"]) for g in got] == [
        ("POST", "application/json")
    ] * 2
    statuses = []
    for one in got:
        (entry,) = json.loads(one.body)
        assert entry["threshold_reached"] is False  # by hand, not by the threshold
        text = {k: ("false" if v is False else str(v)) for k, v in entry.items()}
        signature = hmac_sha1(sim.callback_secret, configured + members(text))
        assert one.headers[didww.SIGNATURE_HEADER] == signature
        (event,) = webhooks.parse_json(
            one.body, url=configured, signature=signature, secret=sim.callback_secret
        )
        assert isinstance(event, didww.VoiceOutTrunkCallback) and event.id == trunk_id
        assert event.threshold_reached is False and event.created_at is not None
        statuses.append(event.status)
    assert sorted(statuses) == sorted(
        [enums.VoiceOutTrunkStatus.BLOCKED, enums.VoiceOutTrunkStatus.ACTIVE]
    )
    bodies = {d.body for d in sim.deliveries}
    assert None not in bodies and len(bodies) == 2


def test_a_callback_url_httpx_will_not_request_is_recorded_as_failed(
    sim: Simulator[Any, Any], raw: httpx.Client
) -> None:
    # httpx refuses a control character with InvalidURL, which is no HTTPError: it escaped the
    # delivery thread, and the callback vanished with no record while wait_for_callbacks()
    # still said every callback was done.
    url = "http://127.0.0.1:1/cb\x7f"
    address_verification(raw, url, "post")
    review(sim)
    assert sim.wait_for_callbacks(5.0)
    (delivery,) = sim.deliveries
    assert delivery.error is not None and delivery.error.startswith("InvalidURL")
