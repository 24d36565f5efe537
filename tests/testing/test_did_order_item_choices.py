"""What a DID order item must name besides its SKU: 2026-04-16's document asks for exactly one
of ``qty``, ``available_did_id`` and ``did_reservation_id``; 2026-10-22's for at most one, none
buying a single number."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
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


def test_2026_10_22_an_item_naming_two_of_them_is_refused() -> None:
    client = _simulator("2026-10-22").client()
    item = v1022.DIDOrderItem(sku_id=SEED.sku_gb_national, qty=1, available_did_id="x")
    with pytest.raises(didww.BadRequestError, match="at most one of qty, available_did_id"):
        client.orders.create(v1022.Order(items=[item]))


def test_2026_04_16_an_item_naming_none_of_them_is_refused() -> None:
    sim = _simulator("2026-04-16")
    client = sim.client()
    with pytest.raises(didww.BadRequestError, match="exactly one of qty, available_did_id"):
        client.orders.create(v0416.Order(items=[v0416.DIDOrderItem(sku_id=SEED.sku_gb_national)]))
    assert sim.balance == Decimal("100.00")
