"""Models of one answer are linked to each other when it is decoded, and nothing else.

Models do not keep an index of the models around them: with one, every answer was a reference
cycle (index -> model -> index), and a dropped page stayed in memory until the cyclic garbage
collector's next full pass. These tests check both halves: relationships still resolve as before
(included, primary to primary, included back to primary, to-many, id-only models shared), and a
dropped answer leaves nothing for the cyclic collector.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from didww._nested import NestedObject
from didww._resource import Resource
from tests.support import decode_models


def _ref(type_: str, id: Any) -> dict[str, Any]:
    return {"data": {"type": type_, "id": id}}


def _trunk(id: str, group: str | None = None, pop: str | None = None) -> dict[str, Any]:
    relationships: dict[str, Any] = {}
    if group is not None:
        relationships["voice_in_trunk_group"] = _ref("voice_in_trunk_groups", group)
    if pop is not None:
        relationships["pop"] = _ref("pops", pop)
    return {
        "type": "voice_in_trunks",
        "id": id,
        "attributes": {"name": f"trunk {id}"},
        "relationships": relationships,
    }


def _group(id: str, members: list[Any]) -> dict[str, Any]:
    return {
        "type": "voice_in_trunk_groups",
        "id": id,
        "attributes": {"name": f"group {id}"},
        "relationships": {
            "voice_in_trunks": {"data": [{"type": "voice_in_trunks", "id": m} for m in members]}
        },
    }


def _did(id: str, **relationships: Any) -> dict[str, Any]:
    return {
        "type": "dids",
        "id": id,
        "attributes": {"number": id},
        "relationships": relationships,
    }


def test_included_back_links_and_to_many_resolve_to_the_answers_models() -> None:
    # Two trunks in one group: the included group lists both primary trunks and one trunk the
    # answer does not carry.
    t1, t2 = decode_models(
        [_trunk("t1", group="g1", pop="p1"), _trunk("t2", group="g1", pop="p9")],
        [_group("g1", ["t1", "t2", "t3"]), {"type": "pops", "id": "p1", "attributes": {}}],
    )
    group = t1.voice_in_trunk_group
    assert group is t2.voice_in_trunk_group and group.name == "group g1"
    members = group.voice_in_trunks
    assert members[0] is t1 and members[1] is t2  # back to the primary models themselves
    assert members[2].id == "t3" and not members[2].is_loaded("name")  # id only
    assert group.voice_in_trunk_ids == ["t1", "t2", "t3"]
    assert t1.pop.id == "p1" and t1.pop.is_loaded("name") is False
    assert t2.pop.id == "p9"
    assert not group.is_dirty() and not t1.is_dirty()


def test_primary_to_primary_and_forward_included_linkage_resolve() -> None:
    # A DID pointing at a trunk that comes later in the same list would need the other primary
    # model; so does an included trunk pointing at a group included after it.
    trunk, did = decode_models(
        [_trunk("t1", group="g1"), _did("d1", voice_in_trunk=_ref("voice_in_trunks", "t1"))],
        [_group("g1", ["t1"])],
    )
    assert did.voice_in_trunk is trunk
    did2 = decode_models(
        _did("d2", voice_in_trunk=_ref("voice_in_trunks", "t5")),
        [_trunk("t5", group="g5"), _group("g5", ["t5"])],
    )
    assert did2.voice_in_trunk.voice_in_trunk_group.voice_in_trunks[0] is did2.voice_in_trunk


def test_id_only_models_are_shared_within_an_answer_and_odd_ids_still_resolve() -> None:
    d1, d2, d3 = decode_models(
        [
            _did("d1", voice_in_trunk=_ref("voice_in_trunks", "t9")),
            _did("d2", voice_in_trunk=_ref("voice_in_trunks", "t9")),
            _did("d3", voice_in_trunk=_ref("voice_in_trunks", 7)),
        ],
        [_trunk("7")],
    )
    assert d1.voice_in_trunk is d2.voice_in_trunk and d1.voice_in_trunk.id == "t9"
    assert d3.voice_in_trunk.name == "trunk 7"  # an int id finds the included trunk "7"
    assert d1.voice_in_trunk_id == "t9" and d3.voice_in_trunk_id == "7"


def test_an_answer_read_through_and_sent_back_is_still_encoded_the_same() -> None:
    trunk, did = decode_models(
        [_trunk("t1", group="g1"), _did("d1", voice_in_trunk=_ref("voice_in_trunks", "t1"))],
        [_group("g1", ["t1", "t2"])],
    )
    group = trunk.voice_in_trunk_group
    group.voice_in_trunk_ids.append("t4")
    assert group._document(creating=False)["data"]["relationships"] == {
        "voice_in_trunks": {
            "data": [
                {"type": "voice_in_trunks", "id": "t1"},
                {"type": "voice_in_trunks", "id": "t2"},
                {"type": "voice_in_trunks", "id": "t4"},
            ]
        }
    }
    assert did._document(creating=True)["data"]["relationships"]["voice_in_trunk"] == {
        "data": {"type": "voice_in_trunks", "id": "t1"}
    }


@pytest.fixture
def saved_garbage() -> Iterator[list[Any]]:
    """``gc.garbage`` while the collector keeps what it would free, with collection otherwise
    off, so that only what a test drops is looked at."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()


def _ours(garbage: list[Any]) -> list[Any]:
    return [o for o in garbage if isinstance(o, (Resource, NestedObject))]


def test_a_dropped_answer_is_freed_without_the_cyclic_collector(
    saved_garbage: list[Any],
) -> None:
    dids = decode_models(
        [
            _did(
                f"d{n}",
                voice_in_trunk=_ref("voice_in_trunks", "t1"),
                did_group=_ref("did_groups", "missing"),
            )
            for n in range(50)
        ],
        [_trunk("t1", pop="p1"), {"type": "pops", "id": "p1", "attributes": {"name": "x"}}],
    )
    for did in dids:  # read everything, id-only models included
        assert did.voice_in_trunk.pop.name == "x"
        assert did.did_group.id == "missing"
    orders = decode_models(
        [
            {
                "type": "orders",
                "id": "o1",
                "attributes": {
                    "amount": "1.50",
                    "items": [{"type": "did_order_items", "attributes": {"qty": 1}}],
                },
            }
        ]
    )
    assert orders[0].items[0].qty == 1
    del dids, did, orders
    gc.collect()
    assert _ours(saved_garbage) == []


def test_the_collector_still_frees_a_cycle_the_data_itself_makes(
    saved_garbage: list[Any],
) -> None:
    # Checks the check: a trunk and its group naming each other are a real cycle, which only
    # the cyclic collector can free, and the fixture sees it.
    trunks = decode_models([_trunk("t1", group="g1")], [_group("g1", ["t1"])])
    assert trunks[0].voice_in_trunk_group.voice_in_trunks[0] is trunks[0]
    del trunks
    gc.collect()
    assert {type(o).__name__ for o in _ours(saved_garbage)} == {
        "VoiceInTrunk",
        "VoiceInTrunkGroup",
    }


def test_a_model_built_locally_still_resolves_ids_to_id_only_models() -> None:
    did = didww.DID("d1")
    did.voice_in_trunk_id = "t1"
    assert did.voice_in_trunk is not None and did.voice_in_trunk.id == "t1"
    assert did.voice_in_trunk is did.voice_in_trunk


def test_repr_reads_relationships_as_they_stand_and_changes_nothing() -> None:
    (trunk,) = decode_models([_trunk("t1", group="g1", pop="p9")], [_group("g1", ["t1", "t2"])])
    group = trunk.voice_in_trunk_group
    assert repr(trunk).endswith("voice_in_trunk_group_id='g1', pop_id='p9')")
    assert "voice_in_trunk_ids=['t1', 't2']" in repr(group)
    assert trunk._rel_values is None and group._rel_values is None and trunk._stubs == {}
    ids = group.voice_in_trunk_ids
    ids.append(5)  # checked when the edit is used, not by repr
    assert "voice_in_trunk_ids=['t1', 't2']" in repr(group)
