"""A relationship whose linkage is not of its shape raises DecodeError when read, as an attribute
whose value is not of its type does: a list where one resource belongs read as None ("null on
the server"), one resource where a list belongs as [] ("none"). The rest of the answer reads as
usual, ``repr()`` never raises, and ``to_json()`` keeps the linkage as it came."""

from __future__ import annotations

from typing import Any

import pytest

import didww
from didww.testing import Simulator

TRUNK = {"type": "voice_in_trunks", "id": "t1"}


def _find(type_: str, relationships: dict[str, Any]) -> Any:
    sim = Simulator()
    body = {
        "data": {
            "type": type_,
            "id": "x1",
            "attributes": {"name": "kept"} if type_ == "voice_in_trunk_groups" else {},
            "relationships": relationships,
        }
    }
    sim.faults.add(status=200, body=body)
    with sim.client() as client:
        return getattr(client, type_).find("x1")


@pytest.mark.parametrize(
    ("linkage", "shown"),
    [
        ([{"type": "did_groups", "id": "g1"}], "[{'id': 'g1', 'type': 'did_groups'}]"),
        ("g1", "'g1'"),
        ({"type": "did_groups"}, "{'type': 'did_groups'}"),
        ({"type": "did_groups", "id": True}, "{'id': True, 'type': 'did_groups'}"),
    ],
)
def test_a_to_one_that_is_no_identifier_raises_when_read(linkage: Any, shown: str) -> None:
    did = _find("dids", {"did_group": {"data": linkage}})
    expected = (
        f"DID.did_group: the answer links {shown}, where the relationship holds one resource "
        "identifier or null; model.to_json() has the linkage as it came"
    )
    for read in ("did_group", "did_group_id"):
        with pytest.raises(didww.DecodeError) as caught:
            getattr(did, read)
        assert str(caught.value) == expected
    assert "did_group_id=<odd linkage>" in repr(did)  # never shown as None
    assert did.to_json()["relationships"] == {"did_group": {"data": linkage}}


def test_a_to_many_that_is_not_a_list_of_identifiers_raises_when_read() -> None:
    for linkage in (TRUNK, [TRUNK, None], [TRUNK, "t2"]):
        group = _find("voice_in_trunk_groups", {"voice_in_trunks": {"data": linkage}})
        for read in ("voice_in_trunks", "voice_in_trunk_ids"):
            with pytest.raises(didww.DecodeError, match="holds a list of resource identifiers"):
                getattr(group, read)
        assert group.name == "kept"  # the rest reads as usual
        assert "voice_in_trunk_ids=<odd linkage>" in repr(group)
        assert group.to_json()["relationships"] == {"voice_in_trunks": {"data": linkage}}


def test_well_formed_linkage_reads_as_before() -> None:
    did = _find("dids", {"did_group": {"data": None}, "voice_in_trunk": {"data": TRUNK}})
    assert did.did_group is None and did.did_group_id is None
    assert did.voice_in_trunk_id == "t1"
    # An int id is an identifier JSON:API servers send; read as text.
    assert (
        _find("dids", {"did_group": {"data": {"type": "did_groups", "id": 7}}}).did_group_id == "7"
    )
    # A type newer than this SDK is kept, as a GenericResource.
    did = _find("dids", {"did_group": {"data": {"type": "future_things", "id": "f1"}}})
    assert isinstance(did.did_group, didww.GenericResource)
    group = _find("voice_in_trunk_groups", {"voice_in_trunks": {"data": []}})
    assert group.voice_in_trunks == [] and group.voice_in_trunk_ids == []


def test_an_assigned_value_replaces_an_odd_linkage() -> None:
    did = _find("dids", {"voice_in_trunk": {"data": [TRUNK]}})
    with pytest.raises(didww.DecodeError):
        did.voice_in_trunk  # noqa: B018 - the read is the test
    did.voice_in_trunk_id = "t2"
    assert did.voice_in_trunk_id == "t2"
    assert did.to_json()["relationships"]["voice_in_trunk"] == {
        "data": {"type": "voice_in_trunks", "id": "t2"}
    }
