"""The spec's ``nullable: false`` on a to-one relationship: the version's document takes no null
there (a shared capacity group's ``capacity_pool``, an address's ``country``), so the SDK
refuses None when it is assigned, before anything is sent, and the simulator answers a request
sending null 422 at the relationship."""

from __future__ import annotations

from pathlib import Path

import pytest

import didww
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.loader import SpecError, load_spec
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client


def _never_null(resources: dict[str, didww._catalog.ResourceInfo]) -> set[tuple[str, str]]:
    return {
        (info.type, rel.name)
        for info in resources.values()
        for rel in info.relationships
        if not rel.nullable
    }


def test_the_catalogs_carry_the_documents_non_null_relationships() -> None:
    older = _never_null(RESOURCES_0416)
    assert ("shared_capacity_groups", "capacity_pool") in older
    assert ("permanent_supporting_documents", "template") in older
    assert ("dids", "voice_in_trunk") not in older  # cleared with null
    assert _never_null(RESOURCES_1022) == older | {
        ("sms_trunk_regenerate_credentials", "sms_trunk")
    }


def test_assigning_none_is_refused_in_every_form() -> None:
    group = didww.SharedCapacityGroup("group-1")
    for assign in (
        lambda: setattr(group, "capacity_pool", None),
        lambda: setattr(group, "capacity_pool_id", None),
        lambda: didww.SharedCapacityGroup(name="x", capacity_pool=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(didww.ClientError) as caught:
            assign()
        assert str(caught.value) == (
            "SharedCapacityGroup.capacity_pool cannot be null: the API takes a CapacityPool here"
        )
    assert not group.is_dirty()
    # A value is taken as before, and a relationship the document lets clear still clears.
    group.capacity_pool_id = "pool-1"
    did = didww.DID("did-1")
    did.voice_in_trunk = None
    assert did.is_dirty()


def test_the_simulator_answers_a_null_with_422() -> None:
    sim = Simulator(api_version="2026-10-22")
    include = didww.QueryParams().include("capacity_pool")
    group = sim.client().shared_capacity_groups.find(SEED.shared_capacity_group, include)
    body = {
        "data": {
            "type": "shared_capacity_groups",
            "id": group.id,
            "relationships": {"capacity_pool": {"data": None}},
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.patch(f"/shared_capacity_groups/{group.id}", json=body)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/relationships/capacity_pool/data"
    kept = sim.client().shared_capacity_groups.find(group.id, include)
    assert kept.capacity_pool_id == group.capacity_pool_id is not None


@pytest.mark.parametrize(
    ("relationship", "message"),
    [
        ("parts", "nullable is for a to-one"),  # a to-many is never null
        ("new_one", "nullable: false needs a request to send it"),  # read-only
    ],
)
def test_the_loader_refuses_what_it_cannot_apply(
    tmp_path: Path, relationship: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    widgets = "resources/widgets.yaml"
    # A read-only to-one of its own, for the second case (the golden widgets have none).
    _edit(root, widgets, "  peers:\n", PEER_GROUP + "  peers:\n")
    _edit(root, widgets, f"  {relationship}:\n", f"  {relationship}:\n    nullable: false\n")
    with pytest.raises(SpecError, match=message):
        load_spec(root)


PEER_GROUP = """  new_one:
    to: one
    target: widgets
    description: A widget this one was copied from.
"""


def test_the_diff_marks_a_relationship_that_no_longer_takes_null_as_breaking(
    tmp_path: Path,
) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    _edit(root, "resources/widgets.yaml", "  account:\n", "  account:\n    nullable: false\n")
    new = load_spec(root)
    assert "- **BREAKING**: widgets.account: no longer sent as null" in changelog(old, new)
    assert "- widgets.account: may now be sent as null" in changelog(new, old)
