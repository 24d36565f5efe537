"""A union attribute whose variant an update keeps: an inbound trunk's ``configuration`` stays SIP
or PSTN, a 2026-10-22 SMS trunk's keeps its kind, as both documents say ("type must match the
trunk").

The spec marks the attribute ``fixed_variant``. The SDK refuses an update of a loaded model whose
value is of another variant than the one loaded, before sending; a model built by id has nothing
to compare with and is left to the API. The simulator answers 422 at the ``type`` sent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

OTHER_TYPE = (
    r"^VoiceInTrunk\.configuration: an update keeps the type the VoiceInTrunk was created with, "
    r"'sip_configurations', not 'pstn_configurations'; create another VoiceInTrunk for the other "
    r"type$"
)


def _sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


def test_the_trees_mark_the_configurations() -> None:
    for resources, types in (
        (RESOURCES_0416, ["voice_in_trunks"]),
        (RESOURCES_1022, ["sms_trunks", "voice_in_trunks"]),
    ):
        marked = sorted(
            info.type for info in resources.values() for a in info.attributes if a.fixed_variant
        )
        assert marked == types
    assert v0416.VoiceInTrunk.configuration.fixed_variant is True
    assert v0416.VoiceInTrunk.name.fixed_variant is False


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_sdk_refuses_another_configuration_type_for_a_loaded_trunk(version: str) -> None:
    module = v0416 if version == "2026-04-16" else v1022
    sim = _sim(version)
    with sim.client() as client:
        trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
        assert trunk.configuration.type == "sip_configurations"
        trunk.configuration = module.PSTNConfiguration(dst="12125551234")
        with pytest.raises(didww.ClientError, match=OTHER_TYPE):
            client.voice_in_trunks.update(trunk)
        assert [r.method for r in sim.requests] == ["GET"]
        # The same type goes out.
        trunk.configuration = module.SIPConfiguration(host="pbx.example.com", port=5080)
        updated = client.voice_in_trunks.update(trunk)
        assert updated.configuration.port == 5080


def test_a_trunk_built_by_id_is_left_to_the_api() -> None:
    sim = _sim("2026-04-16")
    with sim.client() as client:
        trunk = v0416.VoiceInTrunk(
            SEED.voice_in_trunk, configuration=v0416.PSTNConfiguration(dst="12125551234")
        )
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            client.voice_in_trunks.update(trunk)
        (error,) = caught.value.errors
        assert error.source_pointer == "/data/attributes/configuration/type"
        assert error.detail == (
            "configuration - type can't change from sip_configurations, the type it was created "
            "with"
        )
        request = sim.requests[-1]
        assert request.method == "PATCH" and isinstance(request.body, dict)
        sent = request.body["data"]["attributes"]["configuration"]
        assert sent["type"] == "pstn_configurations"
        # Nothing changed.
        stored = client.voice_in_trunks.find(SEED.voice_in_trunk).configuration
        assert stored.type == "sip_configurations"


@pytest.mark.anyio
async def test_the_async_sdk_refuses_another_sms_trunk_kind() -> None:
    sim = _sim("2026-10-22")
    async with sim.async_client() as client:
        created = await client.sms_trunks.create(
            v1022.SmsTrunk(
                name="Out",
                configuration=v1022.SmsHttpOutConfiguration(allowed_ips=["203.0.113.10"]),
            )
        )
        trunk = await client.sms_trunks.find(created.id)
        trunk.configuration = v1022.SmsToEmailConfiguration(
            send_to="sms@example.com", subject="SMS", message="{SMS_TEXT}"
        )
        sent = len(sim.requests)
        with pytest.raises(
            didww.ClientError,
            match=r"^SmsTrunk\.configuration: an update keeps the type the SmsTrunk was created "
            r"with, 'http_out', not 'sms_to_email'",
        ):
            await client.sms_trunks.update(trunk)
        assert len(sim.requests) == sent


# -- the spec ----------------------------------------------------------------------------------


ANCHOR = "    description: Delivery settings.\n"


@pytest.mark.parametrize(
    ("file", "anchor", "message"),
    [
        (
            "resources/widgets.yaml",
            "    description: Display name.\n",
            "attribute 'name': fixed_variant is for a writable union attribute",
        ),
        (
            "resources/widgets.yaml",
            "    description: First day of service.\n",
            "attribute 'starts_on': fixed_variant is for a writable union attribute",
        ),
        (
            "objects.yaml",
            "        description: Mail host, or null when relaying is used.\n",
            "object 'SmtpDelivery': attribute 'backup': fixed_variant is for resources",
        ),
    ],
)
def test_the_loader_refuses_fixed_variant_where_nothing_judges_it(
    tmp_path: Path, file: str, anchor: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    indent = anchor[: len(anchor) - len(anchor.lstrip())]
    if file == "objects.yaml":
        # A union inside a nested object: only a resource's update judges the variant.
        backup = (
            "      backup:\n        type: union[Delivery]\n        access: writable\n"
            "        fixed_variant: true\n        description: Where mail goes otherwise.\n"
        )
        _edit(root, file, anchor, anchor + backup)
    else:
        _edit(root, file, anchor, f"{anchor}{indent}fixed_variant: true\n")
    with pytest.raises(SpecError, match=message):
        load_spec(root)


def test_fixed_variant_reaches_the_model_the_catalog_the_docs_and_the_diff(
    tmp_path: Path,
) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    _edit(root, "resources/widgets.yaml", ANCHOR, f"{ANCHOR}    fixed_variant: true\n")
    new = load_spec(root)
    files = render(new)
    model = files["models/widgets.py"]
    assert "        fixed_variant=True,\n" in model
    note = "An update keeps the type it was created with: the SDK refuses one of another type"
    assert note in " ".join(model.split())
    assert "fixed_variant=True" in files["catalog.py"]
    page = render_docs([("2030-01-02", new)])["2030-01-02/resources/widgets.md"]
    assert note in page
    assert "**BREAKING**: widgets.delivery: an update now keeps its type" in changelog(old, new)
    assert "- widgets.delivery: an update may change its type" in changelog(new, old)


def test_a_model_read_back_from_json_is_left_to_the_api() -> None:
    sim = _sim("2026-04-16")
    with sim.client() as client:
        trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
        # An edit never saved goes into to_json(); read back, the model cannot tell it from
        # what the API holds, so it does not judge the variant.
        trunk.configuration = v0416.PSTNConfiguration(dst="12125551234")
        again = v0416.VoiceInTrunk.from_json(trunk.to_json())
        again.configuration = v0416.SIPConfiguration(host="pbx2.example.com")
        updated = client.voice_in_trunks.update(again)
        assert updated.configuration.host == "pbx2.example.com"
        # Once saved, the model holds the API's answer and is judged again.
        again.configuration = v0416.PSTNConfiguration(dst="12125551234")
        with pytest.raises(didww.ClientError, match=OTHER_TYPE):
            client.voice_in_trunks.update(again)


def test_the_simulator_says_a_type_the_union_lacks_once() -> None:
    sim = _sim("2026-04-16")
    with raw_client(sim, headers=JSON_API) as http:
        bogus: list[dict[str, Any]] = [{"type": "bogus", "attributes": {}}, {"attributes": {}}]
        for configuration in bogus:
            body = {
                "data": {
                    "type": "voice_in_trunks",
                    "id": SEED.voice_in_trunk,
                    "attributes": {"configuration": configuration},
                }
            }
            answer = http.patch(f"/voice_in_trunks/{SEED.voice_in_trunk}", json=body)
            assert answer.status_code == 422
            pointers = [e["source"]["pointer"] for e in answer.json()["errors"]]
            assert pointers == ["/data/attributes/configuration/type"]
            assert "can't change" not in answer.text
