"""A nested object variant only an update may send (the spec's ``update_only``): 2026-10-22's
``ip_only`` authentication, which a voice out trunk is switched to after it was created with
another method. 2026-04-16's document takes it in creates too.

The SDK refuses a create that sends one before anything goes out; the simulator answers such a
create 422 at the object's type, and takes the object in an update."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from generator.diff import changelog
from generator.loader import SpecError, load_spec
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

IPS = ["203.0.113.10"]


def _credentials() -> Any:
    return v1022.CredentialsAndIPAuthentication(allowed_sip_ips=["198.51.100.7"])


def test_the_catalogs_say_which_requests_take_ip_only() -> None:
    assert OBJECTS_1022["IPOnlyAuthentication"].update_only
    assert not OBJECTS_1022["IPOnlyAuthentication"].read_only
    assert not OBJECTS_0416["IPOnlyAuthentication"].update_only
    assert not OBJECTS_0416["IPOnlyAuthentication"].read_only
    assert v1022.IPOnlyAuthentication.UPDATE_ONLY and not v0416.IPOnlyAuthentication.UPDATE_ONLY


def test_the_simulator_refuses_ip_only_on_create_and_takes_it_in_an_update() -> None:
    sim = Simulator(api_version="2026-10-22")
    body = {
        "data": {
            "type": "voice_out_trunks",
            "attributes": {
                "name": "Switched later",
                "default_dst_action": "allow_all",
                "on_cli_mismatch_action": "reject_call",
                "authentication_method": {
                    "type": "ip_only",
                    "attributes": {"allowed_sip_ips": IPS},
                },
            },
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        refused = http.post("/voice_out_trunks", json=body)
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/authentication_method/type"
    client = sim.client()
    assert "Switched later" not in [t.name for t in client.voice_out_trunks.list()]

    trunk = client.voice_out_trunks.create(
        v1022.VoiceOutTrunk(
            name="Switched later",
            default_dst_action=v1022.enums.DefaultDstAction.ALLOW_ALL,
            on_cli_mismatch_action=v1022.enums.OnCliMismatchAction.REJECT_CALL,
            authentication_method=_credentials(),
        )
    )
    switched = client.voice_out_trunks.update(
        v1022.VoiceOutTrunk(trunk.id, authentication_method=v1022.IPOnlyAuthentication(
            allowed_sip_ips=IPS, tech_prefix="9"
        ))
    )  # fmt: skip
    method = client.voice_out_trunks.find(switched.id).authentication_method
    assert isinstance(method, v1022.IPOnlyAuthentication)
    assert (method.allowed_sip_ips, method.tech_prefix) == (IPS, "9")


def test_the_sdk_refuses_an_update_only_object_on_create_before_sending() -> None:
    sim = Simulator(api_version="2026-10-22")
    client = sim.client()
    before = len(sim.requests)
    trunk = v1022.VoiceOutTrunk(
        name="x", authentication_method=v1022.IPOnlyAuthentication(allowed_sip_ips=IPS)
    )
    with pytest.raises(didww.ClientError) as caught:
        client.voice_out_trunks.create(trunk)
    assert str(caught.value) == (
        "VoiceOutTrunk.authentication_method: a create does not take an IPOnlyAuthentication; "
        "create the VoiceOutTrunk with another one, then update it to an IPOnlyAuthentication"
    )
    assert len(sim.requests) == before


def test_2026_04_16_takes_ip_only_on_create() -> None:
    client = Simulator().client()
    trunk = client.voice_out_trunks.create(
        v0416.VoiceOutTrunk(
            name="IP only from the start",
            default_dst_action=v0416.enums.DefaultDstAction.ALLOW_ALL,
            on_cli_mismatch_action=v0416.enums.OnCliMismatchAction.REJECT_CALL,
            authentication_method=v0416.IPOnlyAuthentication(allowed_sip_ips=IPS),
        )
    )
    method = client.voice_out_trunks.find(trunk.id).authentication_method
    assert isinstance(method, v0416.IPOnlyAuthentication) and method.allowed_sip_ips == IPS


def test_the_loader_refuses_read_only_with_update_only(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(
        root,
        "objects.yaml",
        "    read_only: true\n",
        "    read_only: true\n    update_only: true\n",
    )
    with pytest.raises(SpecError, match="read_only and update_only exclude each other"):
        load_spec(root)


def test_the_diff_marks_an_object_a_create_no_longer_takes_as_breaking(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    _edit(
        root,
        "objects.yaml",
        "    wire_type: smtp_deliveries\n",
        "    wire_type: smtp_deliveries\n    update_only: true\n",
    )
    new = load_spec(root)
    narrowed = changelog(old, new)
    assert (
        "- **BREAKING**: object `SmtpDelivery`: sent by updates only (was: creates and updates)"
        in narrowed
    )
    widened = changelog(new, old)
    assert "- object `SmtpDelivery`: sent by creates and updates (was: updates only)" in widened
