"""Builds realistic JSON:API documents for the benchmarks."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from typing import Any

INCLUDED_TYPES = (
    ("did_group", "did_groups"),
    ("order", "orders"),
    ("voice_in_trunk", "voice_in_trunks"),
    ("capacity_pool", "capacity_pools"),
    ("address_verification", "address_verifications"),
)


def _links(kind: str, did_id: str, name: str) -> dict[str, str]:
    base = f"https://sandbox-api.didww.com/v3/{kind}/{did_id}"
    return {"self": f"{base}/relationships/{name}", "related": f"{base}/{name}"}


def did_page(count: int = 1000, distinct_related: int = 50) -> bytes:
    """A page of ``count`` DIDs with five included relationship types."""
    data: list[dict[str, Any]] = []
    included: dict[tuple[str, str], dict[str, Any]] = {}
    for i in range(count):
        did_id = f"did-{i:06d}"
        relationships: dict[str, Any] = {}
        for name, type_ in INCLUDED_TYPES:
            rid = f"{type_}-{i % distinct_related}"
            relationships[name] = {
                "links": _links("dids", did_id, name),
                "data": {"type": type_, "id": rid},
            }
            included.setdefault((type_, rid), _related(type_, rid))
        for name in ("shared_capacity_group", "voice_in_trunk_group", "identity"):
            relationships[name] = {"links": _links("dids", did_id, name)}
        data.append(
            {
                "id": did_id,
                "type": "dids",
                "attributes": {
                    "number": f"1609555{i:07d}",
                    "description": f"line {i}",
                    "blocked": False,
                    "awaiting_registration": False,
                    "terminated": False,
                    "emergency_enabled": i % 7 == 0,
                    "capacity_limit": 10,
                    "channels_included_count": 2,
                    "dedicated_channels_count": 0,
                    "billing_cycles_count": None,
                    "created_at": "2026-03-01T12:30:45.123Z",
                    "expires_at": "2026-04-01T12:30:45.000Z",
                },
                "relationships": relationships,
            }
        )
    doc = {
        "data": data,
        "included": list(included.values()),
        "meta": {"total_records": count, "api_version": "2026-04-16"},
        "links": {"first": "https://sandbox-api.didww.com/v3/dids?page%5Bnumber%5D=1"},
    }
    return json.dumps(doc).encode()


def _related(type_: str, rid: str) -> dict[str, Any]:
    by_type: dict[str, dict[str, Any]] = {
        "did_groups": {
            "prefix": "609",
            "area_name": "Trenton",
            "features": ["voice_in", "t38"],
            "is_metered": False,
            "allow_additional_channels": True,
            "service_restrictions": None,
        },
        "orders": {
            "reference": "ORD-1",
            "description": "DID",
            "amount": "1.50",
            "status": "completed",
            "created_at": "2026-03-01T12:00:00.000Z",
            "items": [
                {"type": "did_order_items", "attributes": {"qty": 1, "nrc": "0.50", "mrc": "1.00"}}
            ],
        },
        "voice_in_trunks": {
            "name": "pbx",
            "priority": 1,
            "weight": 100,
            "cli_format": "e164",
            "created_at": "2026-02-01T08:00:00.000Z",
            "configuration": {
                "type": "sip_configurations",
                "attributes": {"host": "pbx.example.com", "port": 5060, "codec_ids": [9, 10]},
            },
        },
        "capacity_pools": {
            "name": "pool",
            "renew_date": "2026-05-01",
            "monthly_price": "12.00",
            "total_channels_count": 10,
        },
        "address_verifications": {
            "reference": "AV-1",
            "status": "approved",
            "created_at": "2026-03-01T12:00:00.000Z",
        },
    }
    return {"id": rid, "type": type_, "attributes": by_type[type_]}


def available_did_page(count: int, distinct_related: int = 50) -> bytes:
    """``count`` available DIDs, each with its DID group and NANPA prefix included."""
    data: list[dict[str, Any]] = []
    included: dict[tuple[str, str], dict[str, Any]] = {}
    for i in range(count):
        group_id = f"did_groups-{i % distinct_related}"
        prefix_id = f"nanpa_prefixes-{i % distinct_related}"
        data.append(
            {
                "id": f"avail-{i:06d}",
                "type": "available_dids",
                "attributes": {"number": f"1201555{i:07d}"},
                "relationships": {
                    "did_group": {"data": {"type": "did_groups", "id": group_id}},
                    "nanpa_prefix": {"data": {"type": "nanpa_prefixes", "id": prefix_id}},
                },
            }
        )
        included.setdefault(("did_groups", group_id), _related("did_groups", group_id))
        included.setdefault(
            ("nanpa_prefixes", prefix_id),
            {
                "id": prefix_id,
                "type": "nanpa_prefixes",
                "attributes": {"npa": "201", "nxx": f"{i % distinct_related:03d}"},
            },
        )
    doc = {
        "data": data,
        "included": list(included.values()),
        "meta": {"total_records": count},
    }
    return json.dumps(doc).encode()


_CENTS = (0, 25, 50, 75, 99, 100, 120, 149, 150, 199, 200, 250, 299, 300, 400, 499, 500, 999)
PRICES = tuple(f"{cents / 100:.2f}" for cents in _CENTS)
"""A price list of 18 amounts: a DID catalogue has a few dozen price points at most."""


def order_page(count: int) -> bytes:
    """``count`` orders, each with two DID order items (nested objects, decimals, dates).

    Values vary as a real account's do: every order has its own creation time, its items take
    their prices from :data:`PRICES` and their billing period from the order's month, and its
    amount is the sum of its items'.
    """
    pick = random.Random(count).choice  # the same document every run
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    data = []
    for i in range(count):
        created = start + dt.timedelta(
            hours=i * 8, seconds=pick(range(3600)), milliseconds=i % 1000
        )
        month = created.date().replace(day=1)
        last = (month + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        items = []
        total = Decimal(0)
        for k in range(2):
            setup, monthly = pick(PRICES), pick(PRICES)
            total += (Decimal(setup) + Decimal(monthly)) * (1 + k)
            items.append(
                {
                    "type": "did_order_items",
                    "attributes": {
                        "qty": 1 + k,
                        "nrc": setup,
                        "mrc": monthly,
                        "prorated_mrc": False,
                        "billed_from": month.isoformat(),
                        "billed_to": last.isoformat(),
                        "did_group_id": f"did_groups-{i % 50}",
                        "setup_price": setup,
                        "monthly_price": monthly,
                    },
                }
            )
        data.append(
            {
                "id": f"order-{i:06d}",
                "type": "orders",
                "attributes": {
                    "reference": f"ORD-{i:06d}",
                    "description": "DID",
                    "amount": str(total),
                    "status": "completed",
                    "created_at": created.isoformat(timespec="milliseconds")[:-6] + "Z",
                    "callback_url": None,
                    "callback_method": None,
                    "external_reference_id": f"ext-{i}",
                    "items": items,
                },
            }
        )
    return json.dumps({"data": data, "meta": {"total_records": count}}).encode()
