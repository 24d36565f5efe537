"""Relationships a version's document requires on create (``relationships.required`` of its
request schema: an address's identity and country, a proof's type, entity and files...): the
spec marks them ``required``, the generated models, the catalog and the reference carry it, the
version diff shows it, and a create without one is refused before anything is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit

REQUIRED_0416 = {
    "address_requirement_validations": {"address_requirement"},
    "address_verifications": {"address", "dids"},
    "addresses": {"identity", "country"},
    "did_reservations": {"available_did"},
    "emergency_requirement_validations": {"emergency_requirement"},
    "emergency_verifications": {"address"},
    "permanent_supporting_documents": {"template", "identity", "files"},
    "proofs": {"proof_type", "entity", "files"},
    "shared_capacity_groups": {"capacity_pool"},
    "voice_out_trunk_regenerate_credentials": {"voice_out_trunk"},
}
"""What each version's document lists as required relationships of a create request."""
REQUIRED_1022 = {**REQUIRED_0416, "sms_trunk_regenerate_credentials": {"sms_trunk"}}


@pytest.mark.parametrize(
    ("resources", "expected"), [(RESOURCES_0416, REQUIRED_0416), (RESOURCES_1022, REQUIRED_1022)]
)
def test_each_catalog_requires_what_its_document_requires(
    resources: dict[str, Any], expected: dict[str, set[str]]
) -> None:
    found = {
        type_: {r.name for r in info.relationships if r.required}
        for type_, info in resources.items()
        if any(r.required for r in info.relationships)
    }
    assert found == expected


def _address(**relationships: Any) -> didww.Address:
    return didww.Address(
        address="1 Main St", city_name="New York", postal_code="10001", **relationships
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: _address(country_id=SEED.country_us),
            r"^Address\.identity is required on create: the API makes no Address without it "
            r"\(give Address\.identity or Address\.identity_id\)$",
        ),
        (
            lambda: _address(identity_id=SEED.identity),
            r"^Address\.country is required on create",
        ),
    ],
)
def test_a_create_without_a_required_relationship_is_refused_before_sending(
    build: Any, message: str
) -> None:
    sim = Simulator()
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=message):
        client.addresses.create(build())
    assert list(sim.requests) == []
    # Given both, the same address is made.
    made = client.addresses.create(_address(identity_id=SEED.identity, country_id=SEED.country_us))
    assert made.id


def test_a_to_many_relationship_required_on_create_is_refused_when_left_out() -> None:
    sim = Simulator(api_version="2026-10-22")
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"^AddressVerification\.dids is required"):
        client.address_verifications.create(v1022.AddressVerification(address_id=SEED.address))
    assert list(sim.requests) == []


def test_an_update_is_not_held_to_what_a_create_requires() -> None:
    sim = Simulator()
    client = sim.client()
    address = didww.Address(SEED.address, description="Head office")
    client.addresses.update(address)
    body = sim.requests[-1].body
    assert isinstance(body, dict) and "relationships" not in body["data"]


def test_required_relationships_reach_the_model_the_docs_and_the_diff(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    owner = "    description: The account or gadget that owns the widget.\n"
    _edit(root, "resources/widgets.yaml", owner, "    required: true\n" + owner)
    new = load_spec(root)
    (widgets,) = [r for r in new.resources if r.type == "widgets"]
    assert [r.name for r in widgets.relationships if r.required] == ["owner"]
    model = render(new)["models/widgets.py"]
    assert "required=True," in model and "Required on create" in model
    page = render_docs([("2030-01-02", new)])["2030-01-02/resources/widgets.md"]
    assert "Required on create: the SDK refuses a create without it." in page
    assert "**BREAKING**: widgets.owner: now required on create" in changelog(old, new)


def test_the_loader_refuses_a_required_relationship_no_create_can_send(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    peers = "    description: Other widgets of the same owner.\n"
    _edit(root, "resources/widgets.yaml", peers, "    required: true\n" + peers)
    with pytest.raises(SpecError, match=r"relationship 'peers': required is for one a create"):
        load_spec(root)
