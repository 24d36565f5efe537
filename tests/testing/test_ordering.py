"""Ordering flows: stock, balance, DIDs, capacity, reservations, cancellation."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

import didww
from didww import enums
from didww.testing import SEED, ManualClock, Simulator

Q = didww.QueryParams
NEW_YORK = Q().filter("did_group.id", SEED.group_us_new_york)


def test_ordering_an_available_did(didww_client: didww.Client, didww_simulator: Simulator) -> None:
    group = didww_client.did_groups.find(SEED.group_us_new_york, Q().include("stock_keeping_units"))
    sku = next(s for s in group.stock_keeping_units if s.id == SEED.sku_us_new_york_2)
    stock = group.meta["total_count"]
    balance = didww_client.balance.find().total_balance
    available = didww_client.available_dids.list(NEW_YORK.copy().sort("number"))[0]

    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=sku.id, available_did_id=available.id)])
    )

    price = sku.setup_price + sku.monthly_price
    assert order.status == enums.OrderStatus.COMPLETED
    assert order.amount == price == Decimal("3.50")
    assert didww_client.balance.find().total_balance == balance - price
    assert didww_simulator.balance == Decimal("96.50")
    assert didww_client.did_groups.find(SEED.group_us_new_york).meta["total_count"] == stock - 1
    assert available.id not in [a.id for a in didww_client.available_dids.list(NEW_YORK)]
    with pytest.raises(didww.NotFoundError):
        didww_client.available_dids.find(available.id)
    dids = didww_client.dids.list(Q().filter("order.id", order.id).include("did_group", "order"))
    assert [d.number for d in dids] == [available.number]
    assert dids[0].did_group is not None and dids[0].did_group.id == SEED.group_us_new_york
    assert dids[0].channels_included_count == 2
    (item,) = order.items
    assert isinstance(item, didww.DIDOrderItem)
    assert (item.qty, item.nrc, item.mrc, item.did_group_id) == (
        1,
        Decimal("1.00"),
        Decimal("2.50"),
        SEED.group_us_new_york,
    )
    history = didww_client.did_history.list(Q().filter("did_number", available.number))
    assert [h.action for h in history] == [enums.DIDHistoryAction.ASSIGNED]


def test_ordering_by_quantity_and_capacity(didww_client: didww.Client) -> None:
    pool = didww_client.capacity_pools.find(SEED.capacity_pool)
    toll_free = didww_client.did_groups.find(SEED.group_us_toll_free)
    order = didww_client.orders.create(
        didww.Order(
            items=[
                didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=2),
                didww.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool, qty=10),
            ]
        )
    )
    # Two toll-free numbers at 0.00 + 8.00, ten channels at the 10-channel break (0.80 + 4.50).
    assert order.amount == Decimal("16.00") + Decimal("53.00")
    assert order.description == "DID, Capacity"
    numbers = [d.number for d in didww_client.dids.list(Q().filter("order.id", order.id))]
    assert len(numbers) == 2 and all(n.startswith("1800") and len(n) == 11 for n in numbers)
    assert (
        didww_client.did_groups.find(SEED.group_us_toll_free).meta["total_count"]
        == toll_free.meta["total_count"] - 2
    )
    assert (
        didww_client.capacity_pools.find(SEED.capacity_pool).total_channels_count
        == pool.total_channels_count + 10
    )
    assert didww_client.balance.find().total_balance == Decimal("31.00")


def test_insufficient_balance_is_422_and_changes_nothing(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    didww_simulator.set_balance("3.00")
    before = len(didww_client.available_dids.list(NEW_YORK))
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.orders.create(
            didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
        )
    error = caught.value.errors[0]
    assert error.title == "Insufficient funds" and error.meta == {
        "amount": "3.50",
        "total_balance": "3.00",
    }
    assert didww_simulator.balance == Decimal("3.00")
    assert len(didww_client.available_dids.list(NEW_YORK)) == before
    assert didww_client.orders.list().total_records == 1


def test_order_item_problems(didww_client: didww.Client) -> None:
    # Both are refused before sending: the item's required sku_id and its group (see
    # test_did_order_item_choices.py for the simulator's own answers).
    with pytest.raises(didww.ClientError, match=r"DIDOrderItem\.sku_id is required"):
        didww_client.orders.create(didww.Order(items=[didww.DIDOrderItem(qty=1)]))
    with pytest.raises(didww.ClientError, match="cannot be sent together with qty"):
        didww_client.orders.create(
            didww.Order(
                items=[
                    didww.DIDOrderItem(
                        sku_id=SEED.sku_us_new_york_2,
                        qty=1,
                        available_did_id=SEED.available_did_us_new_york,
                    )
                ]
            )
        )
    with pytest.raises(didww.UnprocessableEntityError) as stock:
        didww_client.orders.create(
            didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=6)])
        )
    assert stock.value.errors[0].source_pointer == "/data/attributes/items/0/attributes/qty"
    with pytest.raises(didww.UnprocessableEntityError) as group:
        didww_client.orders.create(
            didww.Order(
                items=[
                    didww.DIDOrderItem(
                        sku_id=SEED.sku_gb_london, available_did_id=SEED.available_did_us_new_york
                    )
                ]
            )
        )
    assert (
        group.value.errors[0].source_pointer
        == "/data/attributes/items/0/attributes/available_did_id"
    )


def test_reservation_expires_by_the_injected_clock(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    reservation = didww_client.did_reservations.create(
        didww.DIDReservation(description="hold", available_did_id=SEED.available_did_us_new_york)
    )
    assert reservation.expires_at is not None and reservation.created_at is not None
    assert (reservation.expires_at - reservation.created_at).total_seconds() == 1800
    assert SEED.available_did_us_new_york not in [
        a.id for a in didww_client.available_dids.list(NEW_YORK)
    ]
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.did_reservations.create(
            didww.DIDReservation(available_did_id=SEED.available_did_us_new_york)
        )
    held = didww_client.did_reservations.find(reservation.id, Q().include("available_did"))
    assert held.available_did is not None and held.available_did.number == "12125550100"

    didww_clock.advance(1799)
    assert len(didww_client.did_reservations.list()) == 1
    didww_clock.advance(1)
    assert len(didww_client.did_reservations.list()) == 0
    with pytest.raises(didww.NotFoundError):
        didww_client.did_reservations.find(reservation.id)
    assert SEED.available_did_us_new_york in [
        a.id for a in didww_client.available_dids.list(NEW_YORK)
    ]


def test_ordering_a_reservation_ends_it_and_deleting_one_releases_the_number(
    didww_client: didww.Client,
) -> None:
    first, second = didww_client.available_dids.list(NEW_YORK.copy().sort("number"))[:2]
    kept = didww_client.did_reservations.create(didww.DIDReservation(available_did_id=first.id))
    dropped = didww_client.did_reservations.create(didww.DIDReservation(available_did_id=second.id))
    didww_client.did_reservations.delete(dropped.id)
    assert second.id in [a.id for a in didww_client.available_dids.list(NEW_YORK)]
    order = didww_client.orders.create(
        didww.Order(
            items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, did_reservation_id=kept.id)]
        )
    )
    assert [d.number for d in didww_client.dids.list(Q().filter("order.id", order.id))] == [
        first.number
    ]
    assert didww_client.did_reservations.list().total_records == 0
    assert first.id not in [a.id for a in didww_client.available_dids.list(NEW_YORK)]


@pytest.mark.didww_simulator(order_delay=60)
def test_pending_orders_complete_later_or_cancel(
    didww_simulator: Simulator, didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)])
    )
    assert order.status == enums.OrderStatus.PENDING
    assert didww_simulator.balance == Decimal("92.00")  # charged straight away
    assert didww_client.dids.list(Q().filter("order.id", order.id)).total_records == 0
    didww_client.orders.delete(order.id)
    canceled = didww_client.orders.find(order.id)
    assert canceled.status == enums.OrderStatus.CANCELED
    assert didww_simulator.balance == Decimal("100.00")
    assert didww_client.did_groups.find(SEED.group_us_toll_free).meta["total_count"] == 50

    later = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    didww_clock.advance(60)
    assert didww_client.orders.find(later.id).status == enums.OrderStatus.COMPLETED
    assert didww_client.dids.list(Q().filter("order.id", later.id)).total_records == 1
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.orders.delete(later.id)  # completed orders can't be canceled
    capacity = didww_client.orders.create(
        didww.Order(items=[didww.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool, qty=1)])
    )
    with pytest.raises(didww.UnprocessableEntityError):
        didww_client.orders.delete(capacity.id)  # only DID orders can be canceled


def test_orders_from_many_threads_share_one_consistent_state(didww_simulator: Simulator) -> None:
    results: list[Decimal] = []
    errors: list[BaseException] = []

    def buy() -> None:
        try:
            with didww_simulator.client() as client:
                order = client.orders.create(
                    didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_gb_national, qty=1)])
                )
                results.append(order.amount)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=buy) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert not errors and len(results) == 8
    assert didww_simulator.balance == Decimal("100.00") - 8 * Decimal("6.00")
    with didww_simulator.client() as client:
        numbers = {
            d.number for d in client.dids.list(Q().filter("did_group.id", SEED.group_gb_national))
        }
        assert len(numbers) == 8
        assert client.did_groups.find(SEED.group_gb_national).meta["total_count"] == 2


def test_did_updates_write_history_and_respect_capacity(didww_client: didww.Client) -> None:
    did = didww_client.dids.find(SEED.did_gb)
    did.terminated = True
    did.billing_cycles_count = 0  # pending removal
    didww_client.dids.update(did)
    actions = {
        h.action for h in didww_client.did_history.list(Q().filter("did_number", "442071830199"))
    }
    assert {
        enums.DIDHistoryAction.CANCELED,
        enums.DIDHistoryAction.BILLING_CYCLES_COUNT_CHANGED,
    } <= actions
    assert [d.id for d in didww_client.dids.list(Q().filter("pending_removal", True))] == [
        SEED.did_gb
    ]
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.dids.update(
            didww.DID(SEED.did_us, dedicated_channels_count=9)
        )  # 2 shared + 9 > 10
    assert caught.value.errors[0].source_pointer == "/data/attributes/dedicated_channels_count"
    didww_client.dids.update(didww.DID(SEED.did_us, dedicated_channels_count=8))
    assert didww_client.capacity_pools.find(SEED.capacity_pool).assigned_channels_count == 10
