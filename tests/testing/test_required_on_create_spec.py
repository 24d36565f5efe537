"""The spec's ``required: true`` on a resource's attribute: what the document's create request
lists as required. Loaded and checked by the loader, carried into the catalog, the generated
model and the reference; the SDK refuses a create without it before sending anything, and the
simulator refuses it as the API does (422; a trunk's configuration: 400 Missing Parameter).
Updates never need it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import Comparison, changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

WIDGETS = "resources/widgets.yaml"
NAME = "  name:\n    type: string\n    access: writable\n"

# The ``required`` lists of the create requests in DIDWW's documents, resource by resource.
CREATE_REQUIRED_0416 = {
    "addresses": ["address", "city_name", "postal_code"],
    "exports": ["export_type", "filters"],
    "identities": ["first_name", "identity_type", "last_name", "phone_number"],
    "orders": ["items"],
    "shared_capacity_groups": ["name"],
    "voice_in_trunk_groups": ["name"],
    "voice_in_trunks": ["configuration", "name"],
    "voice_out_trunks": ["authentication_method", "name"],
}
CREATE_REQUIRED_1022 = {
    **CREATE_REQUIRED_0416,
    "sms_trunk_groups": ["name"],
    "sms_trunks": ["configuration", "name"],
    "voice_out_trunks": ["authentication_method", "name", "on_cli_mismatch_action"],
}


@pytest.mark.parametrize(
    ("resources", "expected"),
    [(RESOURCES_0416, CREATE_REQUIRED_0416), (RESOURCES_1022, CREATE_REQUIRED_1022)],
)
def test_each_tree_states_its_document_s_create_requirements(
    resources: dict[str, Any], expected: dict[str, list[str]]
) -> None:
    found = {
        type_: sorted(a.name for a in info.attributes if a.required)
        for type_, info in resources.items()
        if any(a.required for a in info.attributes)
    }
    assert found == expected


def _with_required(tmp_path: Path) -> Path:
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, NAME, NAME.replace("string\n", "string\n    required: true\n"))
    return root


def test_required_reaches_the_catalog_the_model_and_the_reference(tmp_path: Path) -> None:
    spec = load_spec(_with_required(tmp_path))
    widgets = spec.resource("widgets")
    assert widgets is not None
    assert [a.name for a in widgets.attributes if a.required] == ["name"]
    files = render(spec)
    model = " ".join(files["models/widgets.py"].split())
    assert "required=True" in model
    assert "Required on create: the SDK refuses a create without it." in model
    pages = render_docs([(spec.api.version, spec)])
    (page,) = (text for path, text in pages.items() if path.endswith("resources/widgets.md"))
    (row,) = (line for line in page.splitlines() if line.startswith("| `name` |"))
    assert "Required on create: the SDK refuses a create without it." in row


def test_the_loader_refuses_required_without_a_create_or_beside_a_default(
    tmp_path: Path,
) -> None:
    root = _with_required(tmp_path / "no-create")
    _edit(root, WIDGETS, "- create\n", "")
    with pytest.raises(SpecError, match="attribute 'name': required: the resource has no create"):
        load_spec(root)
    root = _with_required(tmp_path / "default")
    _edit(root, WIDGETS, "    required: true\n", "    required: true\n    default: plain\n")
    with pytest.raises(SpecError, match="attribute 'name': required: it has a default"):
        load_spec(root)


def test_the_diff_reports_a_create_requirement_as_breaking(tmp_path: Path) -> None:
    plain = load_spec(_copy_spec(tmp_path / "plain"))
    required = load_spec(_with_required(tmp_path / "required"))
    assert (
        "- **BREAKING**: widgets.name: now required on create"
        in changelog(plain, required).splitlines()
    )
    assert "- widgets.name: no longer required" in changelog(required, plain).splitlines()
    assert not Comparison(required, plain).breaking


def _trunk(version: Any, **fields: Any) -> Any:
    return version.VoiceOutTrunk(
        name="Office",
        authentication_method=version.CredentialsAndIPAuthentication(
            allowed_sip_ips=["203.0.113.7/32"]
        ),
        **fields,
    )


def test_the_sdk_refuses_a_create_without_a_required_attribute_and_sends_nothing() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(
        didww.ClientError,
        match=r"^VoiceOutTrunk\.on_cli_mismatch_action is required on create: the API makes no "
        r"VoiceOutTrunk without it$",
    ):
        client.voice_out_trunks.create(_trunk(v1022))
    assert list(sim.requests) == []
    trunk = client.voice_out_trunks.create(
        _trunk(v1022, on_cli_mismatch_action=v1022.enums.OnCliMismatchAction.REJECT_CALL)
    )
    # An update sends what changed, and needs none of them.
    sim.requests.clear()
    client.voice_out_trunks.update(v1022.VoiceOutTrunk(trunk.id, name="Branch"))
    (sent,) = sim.requests
    assert isinstance(sent.body, dict)
    assert sent.body["data"]["attributes"] == {"name": "Branch"}


def test_2026_04_16_requires_no_cli_mismatch_action_and_defaults_it() -> None:
    sim: Simulator[Any, Any] = Simulator()
    with sim.client() as client:
        trunk = client.voice_out_trunks.create(_trunk(v0416))
    assert trunk.on_cli_mismatch_action is v0416.enums.OnCliMismatchAction.REJECT_CALL


def test_the_2026_10_22_simulator_answers_422_for_a_missing_required_attribute() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    body = {
        "data": {
            "type": "voice_out_trunks",
            "attributes": {
                "name": "Raw",
                "authentication_method": {
                    "type": "credentials_and_ip",
                    "attributes": {"allowed_sip_ips": ["203.0.113.7/32"]},
                },
            },
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        answer: httpx.Response = http.post("/voice_out_trunks", json=body)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/on_cli_mismatch_action"
    assert sim.resources("voice_out_trunks") == [] or all(
        r["attributes"]["name"] != "Raw" for r in sim.resources("voice_out_trunks")
    )
