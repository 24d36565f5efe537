"""Filter and sort keys whose values are not stored on the record but follow from other state.

The catalog says *which* keys a resource accepts; for most of them the value is an attribute, a
relationship path or a meta member and needs no entry here. These are the few whose meaning has to
be written down: availability of coverage, aliases kept by the API, and links that only exist
through available DIDs. Each entry returns scalars, or records to continue a dotted path from.

Resource-level meta (``model.meta``) is rendered here too, generically from the catalog's meta
fields: see :func:`meta_of`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from didww._types import JSON
from didww.testing._defaults import type_default
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


def _pending_removal(store: Store, record: Record) -> list[Any]:
    """A DID is pending removal when no billing cycle is left: ``billing_cycles_count`` is 0, as
    both documents define it (null renews indefinitely). Cancelling it (``terminated``) is another
    thing. 2026-04-16 offers the filter; 2026-10-22 has no such filter."""
    count = record.attributes.get("billing_cycles_count")
    return [isinstance(count, int) and not isinstance(count, bool) and count == 0]


def _alias_attribute(name: str) -> Derived:
    return lambda store, record: [record.attributes.get(name)]


def _alias_relationship(name: str) -> Derived:
    return lambda store, record: list(store.related(record, name))


def _group_total_count(store: Store, record: Record) -> JSON:
    return group_stock(store, record)


def _group_is_available(store: Store, record: Record) -> JSON:
    return group_stock(store, record) > 0


def _count(relationship: str) -> Callable[[Store, Record], JSON]:
    """How many records a to-many relationship holds."""
    return lambda store, record: len(store.related(record, relationship))


def _subscription_price(name: str) -> Callable[[Store, Record], JSON]:
    """An emergency calling service costs what its requirement cost when it was subscribed to
    (kept in its stored meta), else what the requirement costs now."""

    def price(store: Store, record: Record) -> JSON:
        kept = record.meta.get(name)
        if kept is not None:
            return kept
        requirement = store.one(record, "emergency_requirement")
        current = requirement.meta.get(name) if requirement is not None else None
        return current if current is not None else "0.00"

    return price


COMPUTED_META: dict[tuple[str, str], Callable[[Store, Record], JSON]] = {
    ("did_groups", "total_count"): _group_total_count,
    ("did_groups", "is_available"): _group_is_available,
    ("voice_in_trunk_groups", "trunks_count"): _count("voice_in_trunks"),
    ("sms_trunk_groups", "sms_trunks_count"): _count("sms_trunks"),
    ("emergency_calling_services", "setup_price"): _subscription_price("setup_price"),
    ("emergency_calling_services", "monthly_price"): _subscription_price("monthly_price"),
}
"""(resource type, meta field) -> its value computed from the current state when rendered.

Every other meta field of the catalog is rendered from the record's stored meta (set by the seed
or a flow: ``did_groups.available_dids_enabled``, ``did_history.from``/``to``, emergency
requirement prices), else the neutral value of its type: ``voice_out_trunks.spent_amount`` is
``"0.00"`` because the simulator places no calls."""


def meta_of(store: Store, record: Record) -> dict[str, JSON]:
    """A record's resource-level meta as rendered: the catalog's meta fields of its type (none
    for a type without them), computed, stored or defaulted in that order; an optional one
    neither computed nor stored is left out."""
    info = store.schema.resources.get(record.type)
    if info is None:
        return {}
    rendered: dict[str, JSON] = {}
    for field in info.meta:
        compute = COMPUTED_META.get((record.type, field.name))
        if compute is not None:
            rendered[field.name] = compute(store, record)
        elif field.name in record.meta:
            rendered[field.name] = copy.deepcopy(record.meta[field.name])
        elif not field.optional:
            rendered[field.name] = type_default(field, store.schema)
        # An optional field neither computed nor stored is left out, as the spec says the API
        # may leave it out (not sent as null): code reading meta["host"] meets the same
        # missing key here as in production.
    return rendered


DERIVED: dict[tuple[str, str], Derived] = {
    ("countries", "is_available"): _has_groups("country"),
    ("cities", "is_available"): _has_groups("city"),
    ("did_groups", "is_available"): _group_in_stock,
    ("did_groups", "nanpa_prefix"): _group_nanpa_prefixes,
    ("nanpa_prefixes", "did_group"): _prefix_groups,
    ("nanpa_prefixes", "npanxx"): _npanxx,
    ("capacity_pools", "has_unassigned_channels"): _unassigned,
    ("dids", "pending_removal"): _pending_removal,
    ("dids", "trunk"): _alias_relationship("voice_in_trunk"),
    ("dids", "trunk_group"): _alias_relationship("voice_in_trunk_group"),
    # `expire_at` is the pre-2026 name of `expires_at`; the API still sorts by it.
    ("did_reservations", "expire_at"): _alias_attribute("expires_at"),
    ("encrypted_files", "expire_at"): _alias_attribute("expires_at"),
}
"""(resource type, first key segment) -> how to compute it."""
