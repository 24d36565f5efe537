"""Orders: buy numbers with every kind of DID order item, buy channels, and cancel an order.

A DID order item names a stock keeping unit (the price plan of a DID group) and says which
numbers: a quantity, a quantity within a NANPA prefix, one listed available number, or a number
reserved before. A capacity order item buys channels for a capacity pool. (An emergency order item
subscribes to emergency calling: see ``emergency.py``.)

Orders are charged at once and fulfilled a little later, so the example waits for them with
``client.orders.wait``. Each order carries an ``external_reference_id`` of ours: when the answer to
a create is lost (a timeout after sending), ``client.orders.find_placed`` tells whether the order
was placed, so it is never sent twice. An order can be canceled while it is still pending.

    python examples/orders.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/orders.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from examples._common import Summary, new_reference, polling, run_example, say, step

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
    )


def sku_of(number: didww.AvailableDID) -> str:
    """The first price plan of a listed number's group (included with the number)."""
    assert number.did_group is not None
    return number.did_group.stock_keeping_units[0].id


def first_sku(group: didww.DIDGroup) -> str:
    return group.stock_keeping_units[0].id


def place(client: didww.Client, order: didww.Order) -> didww.Order:
    """Create an order; when its answer was lost, find it by its reference instead of guessing.

    The SDK never sends an order twice by itself. After a timeout, a dropped connection or a 5xx
    the order may or may not have been placed; its ``external_reference_id`` tells which.
    """
    try:
        return client.orders.create(order)
    except didww.DidwwError as exc:
        if not exc.may_have_been_processed or order.external_reference_id is None:
            raise
        placed = client.orders.find_placed(order.external_reference_id)
        if placed is None:
            return client.orders.create(order)  # it never arrived: sending it again is safe
        return placed


async def aplace(client: didww.AsyncClient, order: didww.Order) -> didww.Order:
    """The async twin of :func:`place`."""
    try:
        return await client.orders.create(order)
    except didww.DidwwError as exc:
        if not exc.may_have_been_processed or order.external_reference_id is None:
            raise
        placed = await client.orders.find_placed(order.external_reference_id)
        if placed is None:
            return await client.orders.create(order)
        return placed


def describe(order: didww.Order) -> str:
    parts = []
    for item in order.items:
        if isinstance(item, didww.DIDOrderItem):
            parts.append(f"{item.qty} DID(s) at {item.nrc} + {item.mrc}/month")
        elif isinstance(item, didww.CapacityOrderItem):
            parts.append(f"{item.qty} channel(s) at {item.nrc} + {item.mrc}/month")
        elif isinstance(item, didww.EmergencyOrderItem):
            parts.append(f"emergency calling at {item.nrc} + {item.mrc}/month")
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
        items.append(didww.DIDOrderItem(sku_id=sku_of(listed[0]), available_did_id=listed[0].id))
        kinds.append("available_did")
        say(f"+{listed[0].number} from the list")
    if len(listed) > 1:
        # One number reserved first, then ordered through its reservation.
        reservation = client.did_reservations.create(
            didww.DIDReservation(available_did=listed[1], description="Example: to order")
        )
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[1]), did_reservation_id=reservation.id)
        )
        kinds.append("reservation")
        say(f"+{listed[1].number}, reserved until {reservation.expires_at:%H:%M} UTC")
    for prefix in client.nanpa_prefixes.list(
        Q().filter("country.id", us.id).sort("-npa").page(size=1)
    ):
        # One number within a NANPA area code and exchange.
        in_prefix = client.did_groups.list(
            Q().include("stock_keeping_units").filter("nanpa_prefix.id", prefix.id)
        )
        if in_prefix:
            items.append(
                didww.DIDOrderItem(sku_id=first_sku(in_prefix[0]), nanpa_prefix_id=prefix.id, qty=1)
            )
            kinds.append("nanpa_prefix")
            say(f"1 number in NPA-NXX {prefix.npa}-{prefix.nxx}")

    step("Order the numbers under our own reference, and wait for them")
    reference = new_reference()
    order = place(client, didww.Order(items=items, external_reference_id=reference))
    say(describe(order))
    order = client.orders.wait(order, **polling())
    say(describe(order))
    bought = client.dids.list(Q().filter("order.id", order.id).sort("number"))
    say("new numbers: " + ", ".join(f"+{did.number}" for did in bought))

    step("Look the order up by its reference, as after a lost answer")
    found = client.orders.find_placed(reference)
    say(f"{reference}: order {found.reference if found else None}")
    unknown = client.orders.find_placed(new_reference())
    say(f"a reference never used: {unknown}")

    step("Buy channels for a capacity pool")
    pool = client.capacity_pools.list(Q().include("qty_based_pricings").page(size=1))[0]
    channels_before = pool.total_channels_count
    prices = ", ".join(f"{p.qty}+: {p.monthly_price}" for p in pool.qty_based_pricings)
    say(f"pool {pool.name}: {channels_before} channels, monthly per channel {prices}")
    channels = didww.CapacityOrderItem(capacity_pool_id=pool.id, qty=pool.minimum_qty_per_order)
    capacity_order = place(
        client, didww.Order(items=[channels], external_reference_id=new_reference())
    )
    capacity_order = client.orders.wait(capacity_order, **polling())
    channels_after = client.capacity_pools.find(pool.id).total_channels_count
    say(f"{describe(capacity_order)}; the pool has {channels_after} channels now")

    step("Cancel an order while it is pending")
    to_cancel = place(
        client, didww.Order(items=[cancel_item(items)], external_reference_id=new_reference())
    )
    try:
        client.orders.delete(to_cancel)
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
        "reference": reference,
        "found_by_reference": found.id if found else None,
        "unknown_reference_found": unknown,
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

    step("Order numbers with one item of each kind")
    items: list[didww.OrderItem] = []
    kinds: list[str] = []
    for group in await client.did_groups.list(quantity_groups(us.id)):
        items.append(didww.DIDOrderItem(sku_id=first_sku(group), qty=2, billing_cycles_count=12))
        kinds.append("quantity")
    listed = await client.available_dids.list(listed_numbers(us.id))
    if listed:
        items.append(didww.DIDOrderItem(sku_id=sku_of(listed[0]), available_did_id=listed[0].id))
        kinds.append("available_did")
    if len(listed) > 1:
        reservation = await client.did_reservations.create(
            didww.DIDReservation(available_did=listed[1], description="Example: to order")
        )
        items.append(
            didww.DIDOrderItem(sku_id=sku_of(listed[1]), did_reservation_id=reservation.id)
        )
        kinds.append("reservation")
    prefixes = await client.nanpa_prefixes.list(
        Q().filter("country.id", us.id).sort("-npa").page(size=1)
    )
    for prefix in prefixes:
        in_prefix = await client.did_groups.list(
            Q().include("stock_keeping_units").filter("nanpa_prefix.id", prefix.id)
        )
        if in_prefix:
            items.append(
                didww.DIDOrderItem(sku_id=first_sku(in_prefix[0]), nanpa_prefix_id=prefix.id, qty=1)
            )
            kinds.append("nanpa_prefix")
    reference = new_reference()
    order = await aplace(client, didww.Order(items=items, external_reference_id=reference))
    order = await client.orders.wait(order, **polling())
    bought = await client.dids.list(Q().filter("order.id", order.id).sort("number"))
    say(f"{describe(order)}: " + ", ".join(f"+{did.number}" for did in bought))
    found = await client.orders.find_placed(reference)
    unknown = await client.orders.find_placed(new_reference())
    say(f"found by {reference}: {found.reference if found else None}")

    step("Buy channels, then cancel an order while it is pending")
    pool = (await client.capacity_pools.list(Q().page(size=1)))[0]
    channels_before = pool.total_channels_count
    channels = didww.CapacityOrderItem(capacity_pool_id=pool.id, qty=pool.minimum_qty_per_order)
    capacity_order = await aplace(
        client, didww.Order(items=[channels], external_reference_id=new_reference())
    )
    capacity_order = await client.orders.wait(capacity_order, **polling())
    channels_after = (await client.capacity_pools.find(pool.id)).total_channels_count
    to_cancel = await aplace(
        client, didww.Order(items=[cancel_item(items)], external_reference_id=new_reference())
    )
    try:
        await client.orders.delete(to_cancel)
    except didww.UnprocessableEntityError as exc:
        say(f"too late to cancel: {exc}")
    canceled = await client.orders.find(to_cancel.id)
    say(f"{describe(capacity_order)}; {describe(canceled)}")

    balance_after = (await client.balance.find()).total_balance
    dids_after = (await client.dids.list(Q().page(size=1))).total_records or 0
    return {
        "order_id": order.id,
        "order_status": order.status,
        "reference": reference,
        "found_by_reference": found.id if found else None,
        "unknown_reference_found": unknown,
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
