"""Defaults the API's documents state (the spec's ``default``, the catalog's
``AttributeInfo.default``) are what the simulator does when a create leaves the attribute out.

The one there is: 2026-10-22's document says an order's ``allow_back_ordering`` defaults to true,
so an order short in stock that leaves it out is accepted and back-ordered. 2026-04-16's document
states no default, and there such an order is refused, as it always was. Either way the SDK sends
nothing the user did not set.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import v2026_10_22 as v1022
from didww._api import versions
from didww._catalog import ObjectInfo, ResourceInfo
from didww.testing import SEED, ManualClock, Simulator
from didww.testing._defaults import ATTRIBUTE_DEFAULTS, OBJECT_DEFAULTS

SHORT = 12
"""Numbers asked for: the seeded GB national group has 10 in stock, at 2.00 + 4.00 each."""
IN_STOCK = 10


def _simulator(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


def _order(package: Any, qty: int = SHORT, **given: Any) -> Any:
    return package.Order(
        items=[package.DIDOrderItem(sku_id=SEED.sku_gb_national, qty=qty)], **given
    )


def _sent(sim: Simulator[Any, Any]) -> dict[str, Any]:
    """The attributes of the one order create the simulator received."""
    (request,) = sim.requests.matching(method="POST", path="/orders")
    assert isinstance(request.body, dict)
    attributes = request.body["data"]["attributes"]
    assert isinstance(attributes, dict)
    return attributes


def _in_stock(client: Any) -> int:
    return int(client.did_groups.find(SEED.group_gb_national).meta["total_count"])


# -- 2026-10-22: left out means true ---------------------------------------------------------------


def test_2026_10_22_an_order_that_leaves_it_out_is_back_ordered() -> None:
    sim: Simulator[v1022.Client, v1022.AsyncClient] = _simulator("2026-10-22")
    client = sim.client()
    order = client.orders.create(_order(v1022))
    # The wire: the SDK sent no allow_back_ordering; the API's default did the rest.
    assert "allow_back_ordering" not in _sent(sim)
    # Accepted for the full quantity, charged at once, pending though order_delay is 0.
    assert order.status == v1022.enums.OrderStatus.PENDING
    assert order.amount == SHORT * Decimal("6.00")
    assert sim.balance == Decimal("100.00") - SHORT * Decimal("6.00")
    (item,) = order.items
    assert isinstance(item, v1022.DIDOrderItem) and item.qty == SHORT
    # The stored record: pending, and the attribute is write-only, so never shown.
    stored = sim.resource("orders", order.id or "")
    assert stored is not None
    assert stored["attributes"]["status"] == "pending"
    assert "allow_back_ordering" not in stored["attributes"]
    # It holds what was in stock; the rest is back-ordered and arrives on the next tick.
    assert _in_stock(client) == 0
    completed = client.orders.find(order.id or "")
    assert completed.status == v1022.enums.OrderStatus.COMPLETED
    numbers = [d.number for d in client.dids.list(didww.QueryParams().filter("order.id", order.id))]
    assert len(set(numbers)) == SHORT


def test_2026_10_22_sending_false_still_refuses_the_order() -> None:
    sim = _simulator("2026-10-22")
    client = sim.client()
    seeded = sim.resources("orders")
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.orders.create(_order(v1022, allow_back_ordering=False))
    assert _sent(sim)["allow_back_ordering"] is False
    assert caught.value.errors[0].detail == f"qty - exceeds the numbers in stock ({IN_STOCK})"
    assert sim.balance == Decimal("100.00") and _in_stock(client) == IN_STOCK
    assert sim.resources("orders") == seeded  # nothing stored


def test_2026_10_22_an_order_in_stock_that_leaves_it_out_completes_at_once() -> None:
    sim = _simulator("2026-10-22")
    order = sim.client().orders.create(_order(v1022, qty=2))
    assert "allow_back_ordering" not in _sent(sim)
    assert order.status == v1022.enums.OrderStatus.COMPLETED


@pytest.mark.anyio
async def test_2026_10_22_the_async_client_leaves_it_out_too() -> None:
    sim = _simulator("2026-10-22")
    async with sim.async_client() as client:
        order = await client.orders.create(_order(v1022))
    assert "allow_back_ordering" not in _sent(sim)
    assert order.status == v1022.enums.OrderStatus.PENDING


# -- 2026-04-16: no documented default, refused as before ----------------------------------------


def test_2026_04_16_an_order_that_leaves_it_out_is_refused_as_before() -> None:
    sim = _simulator("2026-04-16")
    client = sim.client()
    seeded = sim.resources("orders")
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.orders.create(_order(didww.v2026_04_16))
    assert "allow_back_ordering" not in _sent(sim)
    assert caught.value.errors[0].detail == f"qty - exceeds the numbers in stock ({IN_STOCK})"
    assert sim.balance == Decimal("100.00") and _in_stock(client) == IN_STOCK
    assert sim.resources("orders") == seeded  # nothing stored


def test_2026_04_16_sending_true_back_orders() -> None:
    sim = _simulator("2026-04-16")
    order = sim.client().orders.create(_order(didww.v2026_04_16, allow_back_ordering=True))
    assert _sent(sim)["allow_back_ordering"] is True
    assert order.status == didww.enums.OrderStatus.PENDING and order.items[0].qty == SHORT


# -- the catalog and the simulator's own table -----------------------------------------------------


def _catalog(version: str) -> Any:
    return importlib.import_module(f"didww.v{version.replace('-', '_')}.catalog")


def _documented(version: str) -> dict[tuple[str, str], Any]:
    resources: dict[str, ResourceInfo] = _catalog(version).RESOURCES
    objects: dict[str, ObjectInfo] = _catalog(version).OBJECTS
    found = {
        (info.type, a.name): a.default
        for info in resources.values()
        for a in info.attributes
        if a.has_default
    }
    found.update(
        {
            (o.name, a.name): a.default
            for o in objects.values()
            for a in o.attributes
            if a.has_default
        }
    )
    return found


def test_the_catalogs_carry_the_documented_defaults() -> None:
    assert _documented("2026-10-22") == {("orders", "allow_back_ordering"): True}
    assert _documented("2026-04-16") == {}


@pytest.mark.parametrize("version", versions())
def test_a_table_entry_never_contradicts_a_documented_default(version: str) -> None:
    documented = _documented(version)
    for owner, table in [*ATTRIBUTE_DEFAULTS.items(), *OBJECT_DEFAULTS.items()]:
        for name, value in table.items():
            if (owner, name) in documented:
                assert value == documented[owner, name], (version, owner, name)


@pytest.mark.parametrize("version", versions())
def test_an_attribute_with_a_documented_default_is_never_required(version: str) -> None:
    resources: dict[str, ResourceInfo] = _catalog(version).RESOURCES
    for info in resources.values():
        for attribute in info.attributes:
            if attribute.has_default:
                assert not attribute.required, (version, info.type, attribute.name)
