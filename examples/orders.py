"""Orders: buy numbers with every kind of DID order item, buy channels, and cancel an order.

A DID order item names a stock keeping unit (the price plan of a DID group) and says which
numbers: a quantity, a quantity within a NANPA prefix, one listed available number, or a number
reserved before. A capacity order item buys channels for a capacity pool. (Emergency order items
only appear in orders DIDWW creates for emergency calling; the API does not accept them.)

Orders are charged at once and fulfilled a little later, so the example waits for them. An order
can be canceled while it is still pending.

    python examples/orders.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/orders.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, await_until, id_of, run_example, say, step, wait_until

Q = didww.QueryParams


def quantity_groups(country_id: str) -> didww.QueryParams:
    """Groups sold by quantity (they don't list their numbers), with stock left."""
    return (
        Q()
        .include("stock_keeping_units")
        .filter("country.id", country_id)
        .filter("available_dids_enabled", False)
        .filter("meta.total_count_gteq", 3)
        .page(size=1)
    )


def listed_numbers(country_id: str) -> didww.QueryParams:
    """Numbers listed for sale, with the price plans of their group."""
    return (
        Q()
        .include("did_group.stock_keeping_units")
        .filter("country.id", country_id)
        .filter("did_group.needs_registration", False)
        .sort("number")
        .page(size=2)
    )


def sku_of(number: didww.AvailableDID) -> str:
    """The first price plan of a listed number's group."""
    assert number.did_group is not None
    return id_of(number.did_group.stock_keeping_units[0])


def first_sku(group: didww.DIDGroup) -> str:
    return id_of(group.stock_keeping_units[0])


def is_pending(order: didww.Order) -> bool:
    return order.status == enums.OrderStatus.PENDING


def describe(order: didww.Order) -> str:
    parts = []
    for item in order.items:
        if isinstance(item, didww.DIDOrderItem):
            parts.append(f"{item.qty} DID(s) at {item.nrc} + {item.mrc}/month")
        elif isinstance(item, didww.CapacityOrderItem):
            parts.append(f"{item.qty} channel(s) at {item.nrc} + {item.mrc}/month")
    return f"order {order.reference} ({order.status}, {order.amount}): {'; '.join(parts)}"


def cancel_item(items: list[didww.OrderItem]) -> didww.DIDOrderItem:
    """One more number like the first item's, for an order to cancel."""
    first = items[0]
    assert isinstance(first, didww.DIDOrderItem)
    return didww.DIDOrderItem(sku_id=first.sku_id, qty=1)


def did_quantity(items: list[didww.OrderItem]) -> int:
    """How many numbers DID order items buy (an item naming one number buys one)."""
    total = 0
    for item in items:
        if isinstance(item, didww.DIDOrderItem):
            total += item.qty if item.is_loaded("qty") else 1
    return total


def run(client: didww.Client) -> Summary:
    step("Before")
    balance_before = client.balance.find().total_balance
    dids_before = client.dids.list(Q().page(size=1)).total_records or 0
    say(f"total balance {balance_before}, {dids_before} numbers")
    us = client.countries.list(Q().filter("iso", "US"))[0]
    assert us.id is not None

    step("Choose the numbers, one order item of each kind")
    items: list[didww.OrderItem] = []
    kinds: list[str] = []
    for group in client.did_groups.list(quantity_groups(us.id)):
        # Two numbers from a group sold by quantity, kept for 12 billing cycles.
        items.append(didww.DIDOrderItem(sku_id=first_sku(group), qty=2, billing_cycles_count=12))
        kinds.append("quantity")
        say(f"2 numbers from {group.area_name} ({group.prefix})")
    listed = client.available_dids.list(listed_numbers(us.id))
    if listed:
        # One number picked from the list.
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[0]), available_did_id=id_of(listed[0]))
        )
        kinds.append("available_did")
        say(f"+{listed[0].number} from the list")
    if len(listed) > 1:
        # One number reserved first, then ordered through its reservation.
        reservation = client.did_reservations.create(
            didww.DIDReservation(available_did=listed[1], description="Example: to order")
        )
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[1]), did_reservation_id=id_of(reservation))
        )
        kinds.append("reservation")
        say(f"+{listed[1].number}, reserved until {reservation.expires_at:%H:%M} UTC")
    for prefix in client.nanpa_prefixes.list(
        Q().filter("country.id", us.id).sort("-npa").page(size=1)
    ):
        # One number within a NANPA area code and exchange.
        in_prefix = client.did_groups.list(
            Q().include("stock_keeping_units").filter("nanpa_prefix.id", id_of(prefix))
        )
        if in_prefix:
            items.append(
                didww.DIDOrderItem(
                    sku_id=first_sku(in_prefix[0]), nanpa_prefix_id=id_of(prefix), qty=1
                )
            )
            kinds.append("nanpa_prefix")
            say(f"1 number in NPA-NXX {prefix.npa}-{prefix.nxx}")

    step("Order the numbers and wait for them")
    order = client.orders.create(didww.Order(items=items))
    assert order.id is not None
    say(describe(order))
    order = wait_until(lambda: client.orders.find(id_of(order)), lambda o: not is_pending(o))
    say(describe(order))
    bought = client.dids.list(Q().filter("order.id", id_of(order)).sort("number"))
    say("new numbers: " + ", ".join(f"+{did.number}" for did in bought))

    step("Buy channels for a capacity pool")
    pool = client.capacity_pools.list(Q().include("qty_based_pricings").page(size=1))[0]
    assert pool.id is not None
    channels_before = pool.total_channels_count
    prices = ", ".join(f"{p.qty}+: {p.monthly_price}" for p in pool.qty_based_pricings)
    say(f"pool {pool.name}: {channels_before} channels, monthly per channel {prices}")
    capacity_order = client.orders.create(
        didww.Order(
            items=[
                didww.CapacityOrderItem(capacity_pool_id=pool.id, qty=pool.minimum_qty_per_order)
            ]
        )
    )
    capacity_order = wait_until(
        lambda: client.orders.find(id_of(capacity_order)), lambda o: not is_pending(o)
    )
    channels_after = client.capacity_pools.find(pool.id).total_channels_count
    say(f"{describe(capacity_order)}; the pool has {channels_after} channels now")

    step("Cancel an order while it is pending")
    to_cancel = client.orders.create(didww.Order(items=[cancel_item(items)]))
    assert to_cancel.id is not None
    try:
        client.orders.delete(to_cancel.id)
    except didww.UnprocessableEntityError as exc:
        say(f"too late to cancel: {exc}")
    canceled = client.orders.find(to_cancel.id)
    say(describe(canceled))

    step("After")
    balance_after = client.balance.find().total_balance
    dids_after = client.dids.list(Q().page(size=1)).total_records or 0
    say(f"total balance {balance_after}, {dids_after} numbers")
    return {
        "order_id": order.id,
        "order_status": order.status,
        "ordered_dids": did_quantity(items),
        "item_kinds": [*kinds, "capacity"],
        "new_numbers": [did.number for did in bought],
        "dids_before": dids_before,
        "dids_after": dids_after,
        "spent": balance_before - balance_after,
        "amounts": [order.amount, capacity_order.amount],
        "capacity_order_status": capacity_order.status,
        "channels_bought": pool.minimum_qty_per_order,
        "channels_before": channels_before,
        "channels_after": channels_after,
        "canceled_order_status": canceled.status,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Before")
    balance_before = (await client.balance.find()).total_balance
    dids_before = (await client.dids.list(Q().page(size=1))).total_records or 0
    us = (await client.countries.list(Q().filter("iso", "US")))[0]
    assert us.id is not None

    step("Order numbers with one item of each kind")
    items: list[didww.OrderItem] = []
    kinds: list[str] = []
    for group in await client.did_groups.list(quantity_groups(us.id)):
        items.append(didww.DIDOrderItem(sku_id=first_sku(group), qty=2, billing_cycles_count=12))
        kinds.append("quantity")
    listed = await client.available_dids.list(listed_numbers(us.id))
    if listed:
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[0]), available_did_id=id_of(listed[0]))
        )
        kinds.append("available_did")
    if len(listed) > 1:
        reservation = await client.did_reservations.create(
            didww.DIDReservation(available_did=listed[1], description="Example: to order")
        )
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[1]), did_reservation_id=id_of(reservation))
        )
        kinds.append("reservation")
    prefixes = await client.nanpa_prefixes.list(
        Q().filter("country.id", us.id).sort("-npa").page(size=1)
    )
    for prefix in prefixes:
        in_prefix = await client.did_groups.list(
            Q().include("stock_keeping_units").filter("nanpa_prefix.id", id_of(prefix))
        )
        if in_prefix:
            items.append(
                didww.DIDOrderItem(
                    sku_id=first_sku(in_prefix[0]), nanpa_prefix_id=id_of(prefix), qty=1
                )
            )
            kinds.append("nanpa_prefix")
    order = await client.orders.create(didww.Order(items=items))
    order = await await_until(lambda: client.orders.find(id_of(order)), lambda o: not is_pending(o))
    bought = await client.dids.list(Q().filter("order.id", id_of(order)).sort("number"))
    say(f"{describe(order)}: " + ", ".join(f"+{did.number}" for did in bought))

    step("Buy channels, then cancel an order while it is pending")
    pool = (await client.capacity_pools.list(Q().page(size=1)))[0]
    assert pool.id is not None
    channels_before = pool.total_channels_count
    capacity_order = await client.orders.create(
        didww.Order(
            items=[
                didww.CapacityOrderItem(capacity_pool_id=pool.id, qty=pool.minimum_qty_per_order)
            ]
        )
    )
    capacity_order = await await_until(
        lambda: client.orders.find(id_of(capacity_order)), lambda o: not is_pending(o)
    )
    channels_after = (await client.capacity_pools.find(pool.id)).total_channels_count
    to_cancel = await client.orders.create(didww.Order(items=[cancel_item(items)]))
    assert to_cancel.id is not None
    try:
        await client.orders.delete(to_cancel.id)
    except didww.UnprocessableEntityError as exc:
        say(f"too late to cancel: {exc}")
    canceled = await client.orders.find(to_cancel.id)
    say(f"{describe(capacity_order)}; {describe(canceled)}")

    balance_after = (await client.balance.find()).total_balance
    dids_after = (await client.dids.list(Q().page(size=1))).total_records or 0
    return {
        "order_id": order.id,
        "order_status": order.status,
        "ordered_dids": did_quantity(items),
        "item_kinds": [*kinds, "capacity"],
        "new_numbers": [did.number for did in bought],
        "dids_before": dids_before,
        "dids_after": dids_after,
        "spent": balance_before - balance_after,
        "amounts": [order.amount, capacity_order.amount],
        "capacity_order_status": capacity_order.status,
        "channels_bought": pool.minimum_qty_per_order,
        "channels_before": channels_before,
        "channels_after": channels_after,
        "canceled_order_status": canceled.status,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
