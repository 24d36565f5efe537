"""Numbers in stock: available DIDs held and released, and quantity stock of DID groups.

An available DID that is reserved or held by a pending order is hidden from ``/available_dids``
but kept, so ``include=available_did`` still renders it and a cancellation can put it back.
"""

from __future__ import annotations

from didww.testing._context import Context
from didww.testing._meanings import number_head
from didww.testing._store import Record


def group_of_sku(ctx: Context, sku: Record) -> Record | None:
    """The DID group that sells a stock keeping unit."""
    for group in ctx.store.all("did_groups", include_hidden=True):
        if sku.ref in (ctx.store.linkage(group, "stock_keeping_units") or []):
            return group
    return None


def listed_numbers(ctx: Context, group: Record, nanpa_prefix_id: str | None = None) -> list[Record]:
    """The group's available DIDs not reserved or held, by number."""
    found = [
        a
        for a in ctx.store.all("available_dids")
        if a.relationships.get("did_group") == group.ref
        and (
            nanpa_prefix_id is None
            or a.relationships.get("nanpa_prefix") == ("nanpa_prefixes", nanpa_prefix_id)
        )
    ]
    return sorted(found, key=lambda a: str(a.attributes.get("number")))


def hide(available: Record, holder: str) -> None:
    available.visible = False
    available.facts["held_by"] = holder


def release(available: Record) -> None:
    available.visible = True
    available.facts.pop("held_by", None)


def take_stock(group: Record, qty: int) -> bool:
    """Take ``qty`` from a group sold by quantity; False when it has fewer."""
    stock = group.facts.get("stock", 0)
    if not isinstance(stock, int) or stock < qty:
        return False
    group.facts["stock"] = stock - qty
    return True


def return_stock(group: Record, qty: int) -> None:
    group.facts["stock"] = int(group.facts.get("stock", 0)) + qty


def nanpa_head(ctx: Context, nanpa_prefix_id: str | None) -> str | None:
    """The leading digits of numbers in a NANPA prefix (``1`` + NPA + NXX), or None."""
    prefix = ctx.store.get("nanpa_prefixes", nanpa_prefix_id) if nanpa_prefix_id else None
    if prefix is None:
        return None
    return f"1{prefix.attributes.get('npa') or ''}{prefix.attributes.get('nxx') or ''}"


def new_number(ctx: Context, group: Record, head: str | None = None) -> str:
    """A fresh number for a group: country code and group prefix (or ``head``), then a counter."""
    country = ctx.store.one(group, "country")
    code = str(country.attributes.get("prefix") or "") if country is not None else ""
    if head is None:
        prefix = str(group.attributes.get("prefix") or "")
        head = number_head(ctx.schema.api_version, code, prefix)
    sequence = int(group.facts.get("issued", 0)) + 1
    group.facts["issued"] = sequence
    # NANPA numbers have 11 digits with the country code; others get 12, a common length.
    width = max(4, (11 if code == "1" else 12) - len(head))
    return f"{head}9{sequence:0{width - 1}d}"
