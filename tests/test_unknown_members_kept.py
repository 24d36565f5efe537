"""A nested object keeps the members this SDK does not know (the API added them after it was
generated) and sends them back as they came: a request replaces the whole object, so a member
left out would be reset by the API."""

from __future__ import annotations

import time
from typing import Any

import httpx

import didww
from didww import v2026_10_22
from didww.testing import SEED, Simulator
from tests.support import Recorder, bearer_token


def _with_newer_member(document: dict[str, Any], attribute: str) -> dict[str, Any]:
    nested = document["attributes"][attribute]["attributes"]
    nested["newer_member"] = {"kept": ["as", "it", "came"]}
    return {"data": document}


def test_an_edited_configuration_sends_the_members_it_does_not_know() -> None:
    with Simulator().client() as sim_client:
        stored = sim_client.voice_in_trunks.find(SEED.voice_in_trunk).to_json()
    recorder = Recorder().reply(200, _with_newer_member(stored, "configuration"))
    client = recorder.client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    assert isinstance(trunk.configuration, didww.SIPConfiguration)
    trunk.configuration.port = 5070
    recorder.reply(200, {"data": stored})
    client.voice_in_trunks.update(trunk)
    sent = recorder.last_json()["data"]["attributes"]["configuration"]["attributes"]
    assert sent["port"] == 5070
    assert sent["newer_member"] == {"kept": ["as", "it", "came"]}
    # What the SDK knows to be read-only stays out, as before.
    assert "incoming_auth_password" not in sent


def test_a_2026_10_22_authentication_method_keeps_them_too() -> None:
    simulator: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with simulator.client() as sim_client:
        created = sim_client.voice_out_trunks.create(
            v2026_10_22.VoiceOutTrunk(
                name="out",
                authentication_method=v2026_10_22.CredentialsAndIPAuthentication(
                    allowed_sip_ips=["203.0.113.0/24"]
                ),
                default_dst_action=v2026_10_22.enums.DefaultDstAction.ALLOW_ALL,
                on_cli_mismatch_action=v2026_10_22.enums.OnCliMismatchAction.REJECT_CALL,
            )
        )
    stored = created.to_json()
    recorder = Recorder().reply(200, _with_newer_member(stored, "authentication_method"))
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = v2026_10_22.Client(token=bearer_token(time.time() + 3600), http_client=http)
    trunk = client.voice_out_trunks.find(created.id)
    method = trunk.authentication_method
    assert isinstance(method, v2026_10_22.CredentialsAndIPAuthentication)
    method.allowed_sip_ips.append("198.51.100.10/32")
    recorder.reply(200, {"data": stored})
    client.voice_out_trunks.update(trunk)
    sent = recorder.last_json()["data"]["attributes"]["authentication_method"]["attributes"]
    assert sent["allowed_sip_ips"] == ["203.0.113.0/24", "198.51.100.10/32"]
    assert sent["newer_member"] == {"kept": ["as", "it", "came"]}


def test_an_object_built_here_sends_only_what_it_was_given() -> None:
    configuration = didww.SIPConfiguration(host="pbx.example.com", port=5060)
    sent = configuration._to_request()
    assert isinstance(sent, dict)
    assert set(sent["attributes"]) == {"host", "port"}
