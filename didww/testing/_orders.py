"""Orders: buying DIDs from stock keeping units and channels for capacity pools.

Creating an order checks every item, charges the balance at once (setup plus monthly price per
DID) and holds the numbers. Fulfilment (new DIDs, extra channels) happens at once, or after
``order_delay`` seconds, leaving the order ``pending`` meanwhile. Deleting a pending DID order
cancels it: the charge is refunded and the numbers go back to stock.

A quantity item asking for more numbers than are in stock is a 422, unless the order allows back
ordering: it sends ``allow_back_ordering`` true, or leaves it out where the version's document
says it defaults to true (2026-10-22; 2026-04-16's states no default, and an order that leaves it
out there is refused). Then the order is accepted and charged for the full quantity, holds the
numbers in stock and back-orders the rest; it stays ``pending`` for ``order_delay`` (and in any
case past the request that placed it) and completes on the first tick after that with every
number: the back-ordered ones are taken from whatever is in stock by then, and the missing rest
arrives as if from the carrier (fresh numbers of the group, or of the NANPA prefix asked for).
A specific number (``available_did_id``, ``did_reservation_id``) is never back-ordered.

An emergency order item subscribes to an emergency calling service that an emergency verification
set up; it is charged the service's setup and monthly price, and completing the order activates
the service and switches emergency calling on for its DIDs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing import _inventory as inventory
from didww.testing._context import Context, money, set_money
from didww.testing._defaults import object_value, resource_defaults
from didww.testing._derived import meta_of
from didww.testing._dids import record_history
from didww.testing._flows import Flow, build_record, settled
from didww.testing._store import Record
from didww.testing._validation import Draft
from didww.testing._verifications import RENEWAL_DAYS

_CHOICES = ("qty", "available_did_id", "did_reservation_id")
"""The ways a DID order item picks its numbers. How many of them an item may send is a condition
of the version's spec (2026-04-16: exactly one; 2026-10-22: at most one, none buying one
number), judged before the order is planned."""

NO_QTY_BUYS_ONE_CHANNEL = frozenset({"2026-10-22"})
"""The API versions whose document lets a capacity order item leave out ``qty`` to buy one
channel; the pool's smallest order still applies (a pool that sells at least 5 refuses it).
2026-04-16's wants ``qty``."""


@dataclass
class DIDPlan:
    """The numbers one DID order item buys."""

    group_id: str
    channels: int
    billing_cycles_count: int | None
    numbers: list[str] = field(default_factory=list)
    """Numbers issued from a quantity-stock group."""
    available_ids: list[str] = field(default_factory=list)
    """Available DIDs held for the order."""
    back_ordered: int = 0
    """Numbers short in stock when the order was placed with ``allow_back_ordering``."""
    nanpa_prefix_id: str | None = None
    """The NANPA prefix the numbers must come from."""

    @property
    def qty(self) -> int:
        return len(self.numbers) + len(self.available_ids) + self.back_ordered


@dataclass
class CapacityPlan:
    """The channels one capacity order item buys."""

    pool_id: str
    qty: int


@dataclass
class EmergencyPlan:
    """The emergency calling subscription one emergency order item buys."""

    service_id: str
    qty: int


Plan = DIDPlan | CapacityPlan | EmergencyPlan


def _named_numbers(items: list[Any]) -> Iterator[str]:
    """The available DIDs the order's items name by id. (A reserved one is listed to nobody
    else already.)"""
    for item in items:
        attributes = item.get("attributes") if isinstance(item, dict) else None
        named = attributes.get("available_did_id") if isinstance(attributes, dict) else None
        if isinstance(named, str):
            yield named


def _item_pointer(index: int, name: str | None = None) -> str:
    base = f"/data/attributes/items/{index}"
    return f"{base}/attributes/{name}" if name else base


class OrderFlow(Flow):
    """Orders with stock, balance and fulfilment."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        record = build_record(ctx, info, draft)
        items = draft.attributes.get("items") or []
        if not items:
            raise err.invalid("/data/attributes/items", "items", "can't be blank")
        record.attributes["items"] = []
        plans: list[Plan] = []
        total = Decimal(0)
        # A qty item picks numbers from stock, never one that another item of the order names.
        named = frozenset(_named_numbers(items))
        for index, item in enumerate(items):
            plan, rendered, charge = self._plan(ctx, record, index, item, named)
            plans.append(plan)
            record.attributes["items"].append(rendered)
            total += charge
        balance = ctx.balance()
        available = money(balance.attributes.get("total_balance"))
        if total > available:
            raise err.unprocessable(
                f"Insufficient funds: the order costs {total:.2f} "
                f"but only {available:.2f} is available.",
                title="Insufficient funds",
                meta={"amount": f"{total:.2f}", "total_balance": f"{available:.2f}"},
            )
        _charge(balance, total)
        kinds = [_KIND[type(p)] for p in plans]
        record.attributes.update(
            {
                "amount": f"{total:.2f}",
                "status": "pending",
                "description": ", ".join(dict.fromkeys(kinds)),
            }
        )
        record.facts.update({"plans": plans, "due": ctx.now + ctx.settings.order_delay})
        ctx.store.add(record)
        back_ordered = any(isinstance(p, DIDPlan) and p.back_ordered for p in plans)
        if ctx.settings.order_delay <= 0 and not back_ordered:
            self._complete(ctx, record)
        return record

    # -- planning --------------------------------------------------------------------------------

    def _plan(
        self, ctx: Context, order: Record, index: int, item: dict[str, Any], named: frozenset[str]
    ) -> tuple[Plan, Any, Decimal]:
        attributes: dict[str, Any] = item.get("attributes") or {}
        variant = _variant_of(ctx, item.get("type"))
        if variant == "CapacityOrderItem":
            return self._plan_capacity(ctx, index, attributes)
        if variant == "EmergencyOrderItem":
            return self._plan_emergency(ctx, index, attributes)
        return self._plan_did(ctx, order, index, attributes, named)

    def _plan_did(
        self, ctx: Context, order: Record, index: int, attrs: dict[str, Any], named: frozenset[str]
    ) -> tuple[Plan, Any, Decimal]:
        sku_id = attrs.get("sku_id")
        if not sku_id:
            raise err.bad_request(
                "sku_id is required for a did_order_items item.",
                err.PARAM_MISSING,
                title="Missing Parameter",
                pointer=_item_pointer(index, "sku_id"),
            )
        # The item's group (the catalog's DIDOrderItem conditions) has refused more than one of
        # _CHOICES, and none of them where the version wants one; where it takes none, one
        # number is bought.
        if not any(attrs.get(name) is not None for name in _CHOICES):
            attrs = {**attrs, "qty": 1}
        sku = ctx.store.get("stock_keeping_units", sku_id)
        group = inventory.group_of_sku(ctx, sku) if sku is not None else None
        if sku is None or group is None:
            raise err.invalid(
                _item_pointer(index, "sku_id"),
                "sku_id",
                f"stock keeping unit {sku_id} was not found",
            )
        plan = DIDPlan(
            group.id,
            int(sku.attributes.get("channels_included_count") or 0),
            attrs.get("billing_cycles_count"),
        )
        if attrs.get("qty") is not None:
            self._take_quantity(ctx, order, group, plan, index, attrs, named)
        else:
            available = self._take_chosen(ctx, order, group, index, attrs)
            plan.available_ids.append(available.id)
        setup = money(sku.attributes.get("setup_price")) * plan.qty
        monthly = money(sku.attributes.get("monthly_price")) * plan.qty
        rendered = object_value(
            ctx.schema.objects["DIDOrderItem"],
            {
                "qty": plan.qty,
                "nrc": f"{setup:.2f}",
                "mrc": f"{monthly:.2f}",
                "setup_price": f"{setup:.2f}",
                "monthly_price": f"{monthly:.2f}",
                "prorated_mrc": False,
                "billed_from": None,
                "billed_to": None,
                "did_group_id": group.id,
            },
            ctx.schema,
        )
        return plan, rendered, setup + monthly

    def _take_quantity(
        self,
        ctx: Context,
        order: Record,
        group: Record,
        plan: DIDPlan,
        index: int,
        attrs: dict[str, Any],
        named: frozenset[str],
    ) -> None:
        qty = attrs["qty"]
        if qty < 1:
            raise err.invalid(_item_pointer(index, "qty"), "qty", "must be greater than 0")
        plan.nanpa_prefix_id = attrs.get("nanpa_prefix_id")
        in_stock = self._hold_stock(ctx, order, group, plan, qty, named)
        if in_stock < qty:
            # The record holds what was sent, else the catalog's documented default (see
            # resource_defaults); with neither, the order is not back-ordered.
            if not order.attributes.get("allow_back_ordering"):
                raise _out_of_stock(index, in_stock)
            plan.back_ordered = qty - in_stock

    def _hold_stock(
        self,
        ctx: Context,
        order: Record,
        group: Record,
        plan: DIDPlan,
        qty: int,
        named: frozenset[str] = frozenset(),
    ) -> int:
        """Hold up to ``qty`` numbers in stock for ``plan``, none of the ``named`` ones (another
        item of the order buys those); how many there were."""
        if group.meta.get("available_dids_enabled"):
            listed = inventory.listed_numbers(ctx, group, plan.nanpa_prefix_id)
            numbers = [n for n in listed if n.id not in named][:qty]
            for available in numbers:
                inventory.hide(available, order.id)
                plan.available_ids.append(available.id)
            return len(numbers)
        stock = group.facts.get("stock", 0)
        taken = min(qty, stock if isinstance(stock, int) else 0)
        if taken > 0 and inventory.take_stock(group, taken):
            plan.numbers.extend(inventory.new_number(ctx, group) for _ in range(taken))
            return taken
        return 0

    def _take_chosen(
        self, ctx: Context, order: Record, group: Record, index: int, attrs: dict[str, Any]
    ) -> Record:
        reservation_id = attrs.get("did_reservation_id")
        if reservation_id is not None:
            reservation = ctx.store.get("did_reservations", reservation_id)
            available = (
                ctx.store.one(reservation, "available_did") if reservation is not None else None
            )
            if reservation is None or available is None:
                raise err.invalid(
                    _item_pointer(index, "did_reservation_id"),
                    "did_reservation_id",
                    f"DID reservation {reservation_id} was not found",
                )
            # Buying a reserved number ends the reservation.
            ctx.store.remove(reservation)
            name = "did_reservation_id"
        else:
            available = ctx.store.get("available_dids", attrs["available_did_id"])
            name = "available_did_id"
            if available is None or not available.visible:
                raise err.invalid(
                    _item_pointer(index, name),
                    name,
                    f"available DID {attrs[name]} is not available",
                )
        if available.relationships.get("did_group") != group.ref:
            raise err.invalid(
                _item_pointer(index, name), name, "does not belong to the DID group of sku_id"
            )
        inventory.hide(available, order.id)
        return available

    def _plan_capacity(
        self, ctx: Context, index: int, attrs: dict[str, Any]
    ) -> tuple[Plan, Any, Decimal]:
        pool_id = attrs.get("capacity_pool_id")
        qty = attrs.get("qty")
        if qty is None and ctx.schema.api_version in NO_QTY_BUYS_ONE_CHANNEL:
            qty = 1
        for name, value in (("capacity_pool_id", pool_id), ("qty", qty)):
            if value is None:
                raise err.bad_request(
                    f"{name} is required for a capacity_order_items item.",
                    err.PARAM_MISSING,
                    title="Missing Parameter",
                    pointer=_item_pointer(index, name),
                )
        assert isinstance(pool_id, str) and isinstance(qty, int)  # checked by type validation
        pool = ctx.store.get("capacity_pools", pool_id)
        if pool is None:
            raise err.invalid(
                _item_pointer(index, "capacity_pool_id"),
                "capacity_pool_id",
                f"capacity pool {pool_id} was not found",
            )
        minimum = int(pool.attributes.get("minimum_qty_per_order") or 1)
        if qty < minimum:
            raise err.invalid(_item_pointer(index, "qty"), "qty", f"must be at least {minimum}")
        setup, monthly = _channel_prices(ctx, pool, qty)
        rendered = object_value(
            ctx.schema.objects["CapacityOrderItem"],
            {
                "qty": qty,
                "nrc": f"{setup * qty:.2f}",
                "mrc": f"{monthly * qty:.2f}",
                "prorated_mrc": False,
                "billed_from": None,
                "billed_to": None,
                "capacity_pool_id": pool.id,
            },
            ctx.schema,
        )
        return CapacityPlan(pool.id, qty), rendered, (setup + monthly) * qty

    def _plan_emergency(
        self, ctx: Context, index: int, attrs: dict[str, Any]
    ) -> tuple[Plan, Any, Decimal]:
        service_id = attrs.get("emergency_calling_service_id")
        if service_id is None:
            raise err.bad_request(
                "emergency_calling_service_id is required for an emergency_order_items item.",
                err.PARAM_MISSING,
                title="Missing Parameter",
                pointer=_item_pointer(index, "emergency_calling_service_id"),
            )
        qty = attrs.get("qty", 1)
        if qty != 1:
            raise err.invalid(_item_pointer(index, "qty"), "qty", "must be 1")
        service = ctx.store.get("emergency_calling_services", service_id)
        if service is None:
            raise err.invalid(
                _item_pointer(index, "emergency_calling_service_id"),
                "emergency_calling_service_id",
                f"emergency calling service {service_id} was not found",
            )
        status = service.attributes.get("status")
        if status == "canceled":
            raise err.invalid(
                _item_pointer(index, "emergency_calling_service_id"),
                "emergency_calling_service_id",
                f"emergency calling service {service_id} is {status}",
            )
        meta = meta_of(ctx.store, service)
        setup, monthly = money(meta.get("setup_price")), money(meta.get("monthly_price"))
        rendered = object_value(
            ctx.schema.objects["EmergencyOrderItem"],
            {
                "qty": 1,
                "nrc": f"{setup:.2f}",
                "mrc": f"{monthly:.2f}",
                "prorated_mrc": False,
                "billed_from": None,
                "billed_to": None,
                "emergency_calling_service_id": service.id,
            },
            ctx.schema,
        )
        return EmergencyPlan(service.id, 1), rendered, setup + monthly

    # -- fulfilment ------------------------------------------------------------------------------

    def _complete(self, ctx: Context, order: Record) -> None:
        for plan, item in zip(
            order.facts.get("plans", []), order.attributes["items"], strict=False
        ):
            if isinstance(plan, DIDPlan):
                self._deliver_dids(ctx, order, plan)
            elif isinstance(plan, EmergencyPlan):
                _activate(ctx, plan.service_id)
            else:
                pool = ctx.store.get("capacity_pools", plan.pool_id)
                if pool is not None:
                    pool.attributes["total_channels_count"] = (
                        int(pool.attributes.get("total_channels_count") or 0) + plan.qty
                    )
            attributes = item.get("attributes", {})
            attributes["billed_from"] = ctx.date()
            attributes["billed_to"] = ctx.date(days=29)
        order.attributes["status"] = "completed"
        order.facts.pop("due", None)
        ctx.notify(order)

    def _deliver_dids(self, ctx: Context, order: Record, plan: DIDPlan) -> None:
        group = ctx.store.get("did_groups", plan.group_id)
        if group is not None and plan.back_ordered:
            # Back-ordered numbers: what came into stock meanwhile, then the carrier's.
            plan.back_ordered -= self._hold_stock(ctx, order, group, plan, plan.back_ordered)
            head = inventory.nanpa_head(ctx, plan.nanpa_prefix_id)
            plan.numbers.extend(
                inventory.new_number(ctx, group, head) for _ in range(plan.back_ordered)
            )
            plan.back_ordered = 0
        numbers = list(plan.numbers)
        for available_id in plan.available_ids:
            available = ctx.store.get("available_dids", available_id)
            if available is not None:
                numbers.append(str(available.attributes.get("number")))
                ctx.store.remove(available)
        info = ctx.schema.resource("dids")
        for number in numbers:
            did = Record("dids", ctx.ids.new_id(), resource_defaults(info, ctx.schema))
            did.attributes.update(
                {
                    "number": number,
                    "awaiting_registration": bool(
                        group is not None and group.meta.get("needs_registration")
                    ),
                    "channels_included_count": plan.channels,
                    "billing_cycles_count": plan.billing_cycles_count,
                    "created_at": ctx.iso(),
                    "expires_at": ctx.iso(30 * 86400),
                }
            )
            ctx.store.add(did)
            if group is not None:
                ctx.store.link(did, "did_group", group.ref)
            ctx.store.link(did, "order", order.ref)
            record_history(ctx, number, "assigned")

    def delete(self, ctx: Context, record: Record) -> None:
        if settled(ctx, record):
            raise err.unprocessable(
                f"Order {record.id} is {record.attributes.get('status')}; "
                "only orders still in progress can be canceled.",
                title="Order can't be canceled",
            )
        plans = record.facts.get("plans", [])
        if not all(isinstance(p, DIDPlan) for p in plans):
            raise err.unprocessable(
                "Only DID orders can be canceled.", title="Order can't be canceled"
            )
        for plan in plans:
            assert isinstance(plan, DIDPlan)  # checked above
            group = ctx.store.get("did_groups", plan.group_id)
            for available_id in plan.available_ids:
                available = ctx.store.get("available_dids", available_id)
                if available is not None:
                    inventory.release(available)
            if group is not None and plan.numbers:
                inventory.return_stock(group, len(plan.numbers))
        _charge(ctx.balance(), -money(record.attributes.get("amount")))
        record.attributes["status"] = "canceled"
        record.facts.pop("due", None)
        ctx.notify(record)

    def tick(self, ctx: Context) -> None:
        for order in ctx.store.all("orders"):
            due = order.facts.get("due")
            if not settled(ctx, order) and due is not None and due <= ctx.now:
                self._complete(ctx, order)


_KIND = {DIDPlan: "DID", CapacityPlan: "Capacity", EmergencyPlan: "Emergency"}


def _variant_of(ctx: Context, wire_type: object) -> str | None:
    """The object name (``CapacityOrderItem``) of an order item's wire type, as the catalog
    served names it."""
    return next(
        (name for name, obj in ctx.schema.objects.items() if obj.wire_type == wire_type), None
    )


def _activate(ctx: Context, service_id: str) -> None:
    """A subscribed emergency calling service becomes active and its DIDs can call emergency."""
    service = ctx.store.get("emergency_calling_services", service_id)
    if service is None:
        return
    service.attributes["status"] = "active"
    service.attributes["activated_at"] = service.attributes.get("activated_at") or ctx.iso()
    service.attributes["renew_date"] = ctx.date(days=RENEWAL_DAYS)
    for did in ctx.store.related(service, "dids"):
        did.attributes["emergency_enabled"] = True


def _out_of_stock(index: int, left: int) -> err.SimError:
    return err.invalid(_item_pointer(index, "qty"), "qty", f"exceeds the numbers in stock ({left})")


def _channel_prices(ctx: Context, pool: Record, qty: int) -> tuple[Decimal, Decimal]:
    """Per-channel prices for an order of ``qty``: the biggest volume break it reaches."""
    tiers = [
        p
        for p in ctx.store.related(pool, "qty_based_pricings")
        if int(p.attributes.get("qty") or 0) <= qty
    ]
    if tiers:
        best = max(tiers, key=lambda p: int(p.attributes.get("qty") or 0))
        return money(best.attributes.get("setup_price")), money(
            best.attributes.get("monthly_price")
        )
    return money(pool.attributes.get("setup_price")), money(pool.attributes.get("monthly_price"))


def _charge(balance: Record, amount: Decimal) -> None:
    set_money(balance, "balance", money(balance.attributes.get("balance")) - amount)
    set_money(
        balance,
        "total_balance",
        money(balance.attributes.get("balance")) + money(balance.attributes.get("credit")),
    )
