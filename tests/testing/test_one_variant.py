"""A list of union values whose members are all of one variant: a 2026-10-22 order buys numbers
or channels, never both ("Every item must be of the same `type`").

The spec marks the list ``one_variant``, a limit like ``unique_items``: the SDK refuses a mixed
list when it is assigned, and one edited in place when it is about to be sent; the simulator
answers 422 at the list; 2026-04-16 states no such rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww._limits import Limits
from didww.testing import SEED, ManualClock, Simulator
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit

MIXED = (
    r"^Order\.items: item 1 is capacity_order_items but item 0 is did_order_items: all must "
    r"be of one type$"
)


def _sim(version: str) -> Simulator[Any, Any]:
    sim: Simulator[Any, Any] = Simulator(api_version=version, clock=ManualClock())
    sim.set_balance("1000")
    return sim


def test_the_limit_reads_nested_objects_and_json_alike() -> None:
    limits = Limits(one_variant=True)
    numbers, channels = {"type": "did_order_items"}, {"type": "capacity_order_items"}
    assert limits.refusal([numbers, numbers]) is None
    assert limits.refusal([]) is None
    assert limits.refusal([numbers, channels]) == (
        "item 1 is capacity_order_items but item 0 is did_order_items: all must be of one type"
    )
    item = v1022.DIDOrderItem(sku_id="x")
    assert limits.refusal([item, v1022.CapacityOrderItem(capacity_pool_id="p", qty=1)])
    # Members with no type are left to their own checks.
    assert limits.refusal([item, "text"]) is None
    assert limits.describe() == "a list of members of one type"
    assert Limits(unique_items=True, one_variant=True).describe() == (
        "a list holding each member once, all of one type"
    )


def test_the_sdk_refuses_a_mixed_order_when_assigned_and_when_sent() -> None:
    sim = _sim("2026-10-22")
    numbers = v1022.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    channels = v1022.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool, qty=1)
    with pytest.raises(didww.ClientError, match=MIXED):
        v1022.Order(items=[numbers, channels])
    order = v1022.Order(items=[numbers])
    order.items.append(channels)  # edited in place: judged when it is about to be sent
    with sim.client() as client:
        with pytest.raises(didww.ClientError, match=MIXED):
            client.orders.create(order)
        assert list(sim.requests) == []
        placed = client.orders.create(v1022.Order(items=[numbers]))
        assert [item.type for item in placed.items] == ["did_order_items"]


def test_2026_04_16_sends_a_mixed_order() -> None:
    sim = _sim("2026-04-16")
    with sim.client() as client:
        placed = client.orders.create(
            v0416.Order(
                items=[
                    v0416.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1),
                    v0416.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool, qty=1),
                ]
            )
        )
    assert [item.type for item in placed.items] == ["did_order_items", "capacity_order_items"]


# -- the spec ----------------------------------------------------------------------------------


TAGS = "    description: Labels.\n"


def test_the_loader_takes_one_variant_on_a_list_of_a_union_only(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "resources/widgets.yaml", TAGS, f"{TAGS}    one_variant: true\n")
    with pytest.raises(SpecError, match="attribute 'tags': one_variant is for a list of a union"):
        load_spec(root)
    root = _copy_spec(tmp_path / "scalar")
    anchor = "    description: Display name.\n"
    _edit(root, "resources/widgets.yaml", anchor, f"{anchor}    one_variant: true\n")
    with pytest.raises(SpecError, match="attribute 'name': one_variant is for a list attribute"):
        load_spec(root)


def test_one_variant_reaches_the_model_the_catalog_the_docs_and_the_diff(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    listed = (
        "  deliveries:\n    type: list[union[Delivery]]\n    access: writable\n"
        "    description: Where copies go.\n"
    )
    _edit(root, "resources/widgets.yaml", "relationships:\n", f"{listed}relationships:\n")
    plain = load_spec(root)
    _edit(
        root,
        "resources/widgets.yaml",
        "Where copies go.\n",
        "Where copies go.\n    one_variant: true\n",
    )
    new = load_spec(root)
    files = render(new)
    assert "Limited(ListCodec(DELIVERY_CODEC), one_variant=True)" in files["models/widgets.py"]
    assert "one_variant=True" in files["catalog.py"]
    note = "Takes a list of members of one type: the SDK refuses another value when it is assigned."
    assert note in " ".join(files["models/widgets.py"].split())
    page = render_docs([("2030-01-02", new)])["2030-01-02/resources/widgets.md"]
    assert note in page
    assert "**BREAKING**: widgets.deliveries: members of two types are refused" in changelog(
        plain, new
    )
    assert "- widgets.deliveries: members may be of several types" in changelog(new, plain)
    assert "widgets.deliveries: members" not in changelog(old, plain)  # a new list: no limit
