"""The spec's ``null_in_requests: false``: an attribute that answers may hold as null but that
the version's request schemas never take as null (2026-04-16's order ``callback_url`` and
``external_reference_id``, a capacity order item's ``capacity_pool_id``). Reading null still
gives None; assigning None raises ClientError before anything is sent, and the simulator
answers a request sending null 422. 2026-10-22's document takes null for them."""

from __future__ import annotations

from pathlib import Path

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client


def _refused(info: didww._catalog.ResourceInfo | didww._catalog.ObjectInfo) -> set[str]:
    return {a.name for a in info.attributes if not a.null_in_requests}


def test_the_catalogs_say_which_attributes_take_no_null_in_requests() -> None:
    assert _refused(RESOURCES_0416["orders"]) == {
        "callback_url",
        "callback_method",
        "external_reference_id",
    }
    assert _refused(OBJECTS_0416["CapacityOrderItem"]) == {"capacity_pool_id"}
    assert not any(_refused(info) for info in RESOURCES_1022.values())
    url = next(a for a in RESOURCES_0416["orders"].attributes if a.name == "callback_url")
    assert url.nullable  # answers hold null


def test_assigning_none_is_refused_and_reading_null_gives_none() -> None:
    order = v0416.Order("order-1")
    with pytest.raises(didww.ClientError, match=r"Order\.external_reference_id cannot be null"):
        order.external_reference_id = None
    with pytest.raises(didww.ClientError, match=r"Order\.callback_url cannot be null"):
        v0416.Order(callback_url=None)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match=r"CapacityOrderItem\.capacity_pool_id cannot be"):
        v0416.CapacityOrderItem(qty=1, capacity_pool_id=None)  # type: ignore[arg-type]
    assert not order.is_dirty()
    # An answer's null reads as None, as before.
    client = Simulator().client()
    placed = client.orders.list()[0]
    assert placed.callback_url is None
    # 2026-10-22 takes null for the same field.
    newer = v1022.Order("order-1")
    newer.external_reference_id = None
    assert newer.is_dirty()


def test_the_simulator_answers_a_null_with_422() -> None:
    sim = Simulator()
    order = sim.client().orders.list()[0]
    body = {
        "data": {
            "type": "orders",
            "id": order.id,
            "attributes": {"external_reference_id": None},
        }
    }
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.patch(f"/orders/{order.id}", json=body)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/external_reference_id"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("name", "null_in_requests is for a nullable attribute"),
        ("serial", "null_in_requests is for one a request sends"),
    ],
)
def test_the_loader_refuses_what_it_cannot_apply(tmp_path: Path, key: str, message: str) -> None:
    root = _copy_spec(tmp_path)
    path = "resources/widgets.yaml"
    if key == "serial":  # a read-only nullable attribute of its own
        _edit(root, path, "attributes:\n", "attributes:\n  serial:\n    type: string\n"
              "    nullable: true\n    description: Its serial.\n")  # fmt: skip
    _edit(root, path, f"\n  {key}:\n", f"\n  {key}:\n    null_in_requests: false\n")
    with pytest.raises(SpecError, match=message):
        load_spec(root)


def test_it_reaches_the_docs_and_the_diff(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    (widgets,) = [r for r in old.resources if r.type == "widgets"]
    name = next(a.name for a in widgets.attributes if a.nullable and a.access != "read_only")
    _edit(
        root,
        "resources/widgets.yaml",
        f"\n  {name}:\n",
        f"\n  {name}:\n    null_in_requests: false\n",
    )
    new = load_spec(root)
    assert f"- **BREAKING**: widgets.{name}: null in answers only" in changelog(old, new)
    assert f"- widgets.{name}: may be sent as null" in changelog(new, old)
    pages = render_docs([("2030-01-02", new)])
    page = next(text for path, text in pages.items() if path.endswith("/widgets.md"))
    row = next(line for line in page.splitlines() if line.startswith(f"| `{name}` "))
    assert "in answers only" in row
