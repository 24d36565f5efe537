"""Builds realistic JSON:API documents for the benchmarks."""

from __future__ import annotations

import json
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
    attributes: dict[str, Any] = {
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
    }[type_]
    return {"id": rid, "type": type_, "attributes": attributes}
