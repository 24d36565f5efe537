"""The spec's ``detach_only: true`` on a to-one relationship (2026-10-22: a DID's
``address_verification`` and ``emergency_calling_service``, which an update can detach and never
attach): the SDK refuses a model or an id on assignment, None still clears it, and the simulator
answers 422 to a request that attaches one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.loader import SpecError, load_spec
from tests.generator.test_spec_errors import _copy_spec
from tests.testing.raw_requests import JSON_API, raw_client


def test_the_2026_10_22_tree_marks_the_did_s_two_relationships() -> None:
    marked = sorted(
        (type_, rel.name)
        for type_, info in RESOURCES_1022.items()
        for rel in info.relationships
        if rel.detach_only
    )
    assert marked == [("dids", "address_verification"), ("dids", "emergency_calling_service")]


@pytest.mark.parametrize(
    "assign",
    [
        lambda did: setattr(did, "emergency_calling_service_id", SEED.emergency_calling_service),
        lambda did: setattr(
            did,
            "emergency_calling_service",
            v1022.EmergencyCallingService(SEED.emergency_calling_service),
        ),
        lambda did: setattr(did, "address_verification_id", "av-1"),
    ],
    ids=["id", "model", "other"],
)
def test_attaching_is_refused_on_assignment_and_nothing_changes(assign: Any) -> None:
    did = v1022.DID(SEED.did_gb)
    with pytest.raises(didww.ClientError, match=r"DID\.\w+ can only be detached \(assign None\)"):
        assign(did)
    assert not did.is_loaded("emergency_calling_service")
    assert not did.is_loaded("address_verification")


def test_detaching_is_sent_as_null() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    sim.requests.clear()
    client.dids.update(v1022.DID(SEED.did_us, emergency_calling_service=None))
    (sent,) = sim.requests
    assert isinstance(sent.body, dict)
    assert sent.body["data"]["relationships"] == {"emergency_calling_service": {"data": None}}


def test_2026_04_16_still_attaches() -> None:
    did = v0416.DID(SEED.did_gb, emergency_calling_service_id=SEED.emergency_calling_service)
    assert did.emergency_calling_service_id == SEED.emergency_calling_service


def test_the_simulator_answers_an_attaching_update_with_422() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    body = {
        "data": {
            "type": "dids",
            "id": SEED.did_gb,
            "relationships": {
                "emergency_calling_service": {
                    "data": {
                        "type": "emergency_calling_services",
                        "id": SEED.emergency_calling_service,
                    }
                }
            },
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        answer: httpx.Response = http.patch(f"/dids/{SEED.did_gb}", json=body)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/relationships/emergency_calling_service/data"
    with sim.client() as client:
        found = client.dids.find(
            SEED.did_gb, didww.QueryParams().include("emergency_calling_service")
        )
    assert found.emergency_calling_service is None


RELATIONSHIPS = "relationships:\n"


def test_the_loader_takes_it_on_a_writable_to_one_only_and_the_diff_reports_it(
    tmp_path: Path,
) -> None:
    plain = _copy_spec(tmp_path / "plain")
    spec = load_spec(plain)
    widgets = spec.resource("widgets")
    assert widgets is not None
    writable = [
        r for r in widgets.relationships if not r.to_many and r.access == "writable" and r.nullable
    ]
    assert writable, "the golden widgets need a writable to-one relationship"
    name = writable[0].name
    marked = _copy_spec(tmp_path / "marked")
    text = (marked / "resources" / "widgets.yaml").read_text()
    start = text.index(f"  {name}:\n", text.index(RELATIONSHIPS))
    access = text.index("    access: writable\n", start)
    (marked / "resources" / "widgets.yaml").write_text(
        text[:access] + "    access: writable\n    detach_only: true\n"
        + text[access + len("    access: writable\n"):]
    )  # fmt: skip
    detached = load_spec(marked)
    rel = next(r for r in detached.resource("widgets").relationships if r.name == name)  # type: ignore[union-attr]
    assert rel.detach_only
    assert (
        f"- **BREAKING**: widgets.{name}: now only detached (null)"
        in changelog(spec, detached).splitlines()
    )
    # Refused where a request cannot send null alone.
    for other in ("parts", "owner"):  # a to-many, a create-only one
        bad = _copy_spec(tmp_path / other)
        text = (bad / "resources" / "widgets.yaml").read_text()
        start = text.index(f"  {other}:\n", text.index(RELATIONSHIPS))
        end = text.index("    description:", start)
        (bad / "resources" / "widgets.yaml").write_text(
            text[:end] + "    detach_only: true\n" + text[end:]
        )
        with pytest.raises(SpecError, match="detach_only is for a writable to-one"):
            load_spec(bad)
