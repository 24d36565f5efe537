"""What a DID order item must name besides its SKU: 2026-04-16's document asks for exactly one
of ``qty``, ``available_did_id`` and ``did_reservation_id``; 2026-10-22's for at most one, none
buying a single number. (An item naming too many or too few is refused by the spec's group on
the object, before sending or by the simulator: see test_groups.py.)"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from didww import v2026_10_22 as v1022
from didww.testing import SEED, ManualClock, Simulator


def _simulator(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


def test_2026_10_22_an_item_naming_none_of_them_buys_one_number() -> None:
    sim = _simulator("2026-10-22")
    client = sim.client()
    in_stock = int(client.did_groups.find(SEED.group_gb_national).meta["total_count"])
    order = client.orders.create(
        v1022.Order(items=[v1022.DIDOrderItem(sku_id=SEED.sku_gb_national)])
    )
    (sent,) = sim.requests.matching(method="POST", path="/orders")
    assert isinstance(sent.body, dict)
    (item_sent,) = sent.body["data"]["attributes"]["items"]
    assert item_sent["attributes"] == {"sku_id": SEED.sku_gb_national}  # no qty on the wire
    (item,) = order.items
    assert isinstance(item, v1022.DIDOrderItem) and item.qty == 1
    assert order.amount == Decimal("6.00")  # one number of the GB national SKU
    after = int(client.did_groups.find(SEED.group_gb_national).meta["total_count"])
    assert after == in_stock - 1


def test_a_named_number_is_not_taken_by_a_qty_item_listed_before_it() -> None:
    # qty items pick numbers from the same list: planned first, one took the number the next
    # item named, and the order was refused as "not available" or not by the items' order.
    import didww

    for qty_first in (True, False):
        sim = _simulator("2026-04-16")
        client = sim.client()
        query = didww.QueryParams().filter("did_group.id", SEED.group_us_new_york)
        first = client.available_dids.list(query)[0]
        named = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, available_did_id=first.id)
        two = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=2)
        items = [two, named] if qty_first else [named, two]
        order = client.orders.create(didww.Order(items=items))
        assert order.status == didww.enums.OrderStatus.COMPLETED
        # The answer lists the items in the order sent.
        assert [item.qty for item in order.items] == ([2, 1] if qty_first else [1, 2])
        numbers = sorted(d.number for d in client.dids.list())
        assert first.number in numbers


def test_an_orders_first_bad_item_is_the_one_reported() -> None:
    import didww

    client = _simulator("2026-04-16").client()
    items = [
        didww.DIDOrderItem(sku_id="no-such-sku", qty=1),
        didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, available_did_id="no-such-did"),
    ]
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        client.orders.create(didww.Order(items=items))
    assert caught.value.errors[0].source_pointer == "/data/attributes/items/0/attributes/sku_id"
