"""Filter and sort keys whose values are not stored on the record but follow from other state.

The catalog says *which* keys a resource accepts; for most of them the value is an attribute, a
relationship path or a meta member and needs no entry here. These are the few whose meaning has to
be written down: availability of coverage, aliases kept by the API, and links that only exist
through available DIDs. Each entry returns scalars, or records to continue a dotted path from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from didww.testing._store import Record, Store

Derived = Callable[[Store, Record], list[Any]]


def _has_groups(relationship: str) -> Derived:
    def derive(store: Store, record: Record) -> list[Any]:
        groups = store.all("did_groups")
        return [any(g.relationships.get(relationship) == record.ref for g in groups)]

    return derive


def group_stock(store: Store, record: Record) -> int:
    """Numbers a DID group has in stock: its unreserved available DIDs when it lists them, else a
    counter that quantity orders decrease."""
    if record.meta.get("available_dids_enabled"):
        return sum(
            1 for a in store.all("available_dids") if a.relationships.get("did_group") == record.ref
        )
    stock = record.facts.get("stock", 0)
    return stock if isinstance(stock, int) else 0


def _group_in_stock(store: Store, record: Record) -> list[Any]:
    return [group_stock(store, record) > 0]


def _group_nanpa_prefixes(store: Store, record: Record) -> list[Any]:
    # A DID group is tied to NANPA prefixes through the numbers it has in stock.
    refs = {
        a.relationships.get("nanpa_prefix")
        for a in store.all("available_dids")
        if a.relationships.get("did_group") == record.ref
    }
    return [r for r in (store.deref(ref) for ref in refs) if r is not None]


def _prefix_groups(store: Store, record: Record) -> list[Any]:
    refs = {
        a.relationships.get("did_group")
        for a in store.all("available_dids")
        if a.relationships.get("nanpa_prefix") == record.ref
    }
    return [r for r in (store.deref(ref) for ref in refs) if r is not None]


def _npanxx(store: Store, record: Record) -> list[Any]:
    return [f"{record.attributes.get('npa', '')}{record.attributes.get('nxx', '')}"]


def _unassigned(store: Store, record: Record) -> list[Any]:
    total = record.attributes.get("total_channels_count") or 0
    assigned = record.attributes.get("assigned_channels_count") or 0
    return [total > assigned]


def _alias_attribute(name: str) -> Derived:
    return lambda store, record: [record.attributes.get(name)]


def _alias_relationship(name: str) -> Derived:
    return lambda store, record: list(store.related(record, name))


def _group_meta(store: Store, record: Record) -> dict[str, Any]:
    stock = group_stock(store, record)
    return {"total_count": stock, "is_available": stock > 0}


def _trunk_group_meta(store: Store, record: Record) -> dict[str, Any]:
    return {"trunks_count": len(store.related(record, "voice_in_trunks"))}


DYNAMIC_META: dict[str, Callable[[Store, Record], dict[str, Any]]] = {
    "did_groups": _group_meta,
    "voice_in_trunk_groups": _trunk_group_meta,
}
"""Resource type -> meta members computed from the current state when rendered."""


def meta_of(store: Store, record: Record) -> dict[str, Any]:
    """A record's meta as rendered: stored members plus computed ones."""
    compute = DYNAMIC_META.get(record.type)
    return {**record.meta, **compute(store, record)} if compute is not None else dict(record.meta)


DERIVED: dict[tuple[str, str], Derived] = {
    ("countries", "is_available"): _has_groups("country"),
    ("cities", "is_available"): _has_groups("city"),
    ("did_groups", "is_available"): _group_in_stock,
    ("did_groups", "nanpa_prefix"): _group_nanpa_prefixes,
    ("nanpa_prefixes", "did_group"): _prefix_groups,
    ("nanpa_prefixes", "npanxx"): _npanxx,
    ("capacity_pools", "has_unassigned_channels"): _unassigned,
    ("dids", "pending_removal"): _alias_attribute("terminated"),
    ("dids", "trunk"): _alias_relationship("voice_in_trunk"),
    ("dids", "trunk_group"): _alias_relationship("voice_in_trunk_group"),
    # `expire_at` is the pre-2026 name of `expires_at`; the API still sorts by it.
    ("did_reservations", "expire_at"): _alias_attribute("expires_at"),
    ("encrypted_files", "expire_at"): _alias_attribute("expires_at"),
}
"""(resource type, first key segment) -> how to compute it."""
