"""What the API fills in when a create request leaves a field out, and which fields it requires.

A default the API's document states is in the catalog (``AttributeInfo.default``, from the spec's
``default``) and comes first. What a create must send is the catalog's too
(``AttributeInfo.required``, the spec's ``required``: the document's list for a create); every
other attribute gets a default. For nested objects the catalog has no such list when first set, so
it is derived: a client-writable, non-nullable member with no default, documented or in the tables
below, is required. The tables are hand-written data for what the documents do not state, shared by
every API version; tests check each entry still names a catalog attribute and never contradicts a
default a version's document states.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from didww._catalog import AttributeInfo, MetaInfo, ObjectInfo, ResourceInfo, parse_type
from didww._types import JSON, NOT_GIVEN, NotGiven
from didww.testing._meanings import version_default
from didww.testing._schema import Schema

ATTRIBUTE_DEFAULTS: dict[str, dict[str, JSON]] = {
    "voice_in_trunks": {"priority": 1, "weight": 100, "cli_format": "raw", "ringing_timeout": 30},
    "voice_out_trunks": {
        "status": "active",
        "allow_any_did_as_cli": False,
        "on_cli_mismatch_action": "reject_call",
        "default_dst_action": "allow_all",
        "dst_prefixes": [],
        "media_encryption_mode": "disabled",
        "force_symmetric_rtp": False,
        "rtp_ping": False,
        "rtp_timeout": 30,
        "threshold_amount": "0.0",
        "emergency_enable_all": False,
        "threshold_reached": False,
    },
    # metered_channels_count: see _meanings (null or 0 by version).
    "shared_capacity_groups": {"shared_channels_count": 0},
    # No allow_back_ordering: 2026-10-22's document says it defaults to true, 2026-04-16's says
    # nothing, and an order without it is then not back-ordered (what the simulator always did).
    "orders": {"status": "pending", "amount": "0.00"},
    "exports": {"status": "pending"},
    "address_verifications": {"status": "pending"},
    "emergency_verifications": {"status": "pending"},
    "dids": {"dedicated_channels_count": 0, "terminated": False},
}
"""Resource type -> attribute -> the value it takes when a create request omits it, where the
API's document does not say (a default it states is in the catalog, and wins)."""

OBJECT_DEFAULTS: dict[str, dict[str, JSON]] = {
    "SIPConfiguration": {
        "port": 5060,
        "transport_protocol_id": 1,
        "codec_ids": [9, 10, 8, 18, 6],
        "rx_dtmf_format_id": 1,
        "tx_dtmf_format_id": 1,  # RFC 2833
        "resolve_ruri": True,
        "sst_min_timer": 600,
        "sst_max_timer": 900,
        "sst_session_expires": 900,
        "sip_timer_b": 8000,
        "dns_srv_failover_timer": 2000,
        "rtp_timeout": 30,
        "max_transfers": 0,
        "max_30x_redirects": 0,
    },
    "SmsSmppSmscConfiguration": {"tx_port": 2775, "rx_port": 2776},
}
"""Nested object name -> attribute -> default (the rest default by type)."""

REQUIRED_BY_TEXT: dict[tuple[str, str], str] = {("SIPConfiguration", "codec_ids"): "2026-10-22"}
"""(nested object, attribute) -> the first API version whose document says in its text
("Required.") that a request must carry the attribute, where its schema lists none. Such a
version's simulator refuses a create without it, as the API refuses its other missing parameters,
rather than fill in the default above; earlier versions still take the default. The SDK leaves it
to the API (the spec says why): an update may send part of an object set before."""


def required_by_text(object_name: str, name: str, version: str) -> bool:
    """Whether ``version``'s document requires the attribute by its text (see
    :data:`REQUIRED_BY_TEXT`). Versions are dates, so later ones sort after."""
    since = REQUIRED_BY_TEXT.get((object_name, name))
    return since is not None and version >= since


def type_default(attribute: AttributeInfo | MetaInfo, schema: Schema) -> JSON:
    """The neutral value of an attribute's (or meta field's) type: null, false, 0, an empty list,
    the first enum."""
    if attribute.nullable:
        return None
    expr = parse_type(attribute.type)
    if expr.kind == "boolean":
        return False
    if expr.kind == "integer":
        return 0
    if expr.kind == "decimal":
        return "0.00"
    if expr.kind == "list":
        return []
    if expr.kind == "json":
        return {}
    if expr.kind == "enum" and expr.name in schema.enums:
        return schema.enums[expr.name].values[0]
    if expr.kind in ("string", "id"):
        return ""
    return None


def default_of(attribute: AttributeInfo, table: Mapping[str, JSON]) -> JSON | NotGiven:
    """A copy of the value an attribute takes when a create leaves it out: the API document's
    (the catalog's), else the table's; ``NOT_GIVEN`` when neither has one."""
    if attribute.has_default:
        return copy.deepcopy(attribute.default)
    if attribute.name in table:
        return copy.deepcopy(table[attribute.name])
    return NOT_GIVEN


def required_attributes(variant: ObjectInfo) -> list[str]:
    """The attributes a nested object must carry when it is first set, by the same rule as a
    resource's."""
    table = OBJECT_DEFAULTS.get(variant.name, {})
    return [a.name for a in variant.attributes if _required(a, table)]


def _required(attribute: AttributeInfo, defaults: Mapping[str, JSON]) -> bool:
    if attribute.access == "read_only" or attribute.nullable or attribute.write_only:
        return False
    if attribute.has_default or attribute.name in defaults:
        return False
    expr = parse_type(attribute.type)
    if expr.kind == "list":
        # A list of plain values defaults to empty; a list of objects (order items) is content.
        return expr.item is not None and expr.item.kind in ("union", "object")
    return expr.kind in ("string", "id", "enum", "json", "union", "object")


def resource_defaults(info: ResourceInfo, schema: Schema) -> dict[str, JSON]:
    """Every rendered attribute of a new record with its default value."""
    table = ATTRIBUTE_DEFAULTS.get(info.type, {})
    values: dict[str, JSON] = {}
    for attribute in info.attributes:
        default = default_of(attribute, table)
        default = version_default(info.type, attribute.name, schema.api_version, default)
        if not isinstance(default, NotGiven):
            # Write-only ones too: the API acts on them (allow_back_ordering) without showing them.
            values[attribute.name] = default
        elif not attribute.write_only:
            values[attribute.name] = type_default(attribute, schema)
    return values


def object_value(
    variant: ObjectInfo, given: dict[str, Any], schema: Schema, old: JSON = None
) -> JSON:
    """A nested object as stored: the previous value of the same variant (PATCH merges), else
    defaults, overlaid with what the request sent."""
    previous = (
        old.get("attributes")
        if isinstance(old, dict) and old.get("type") == variant.wire_type
        else None
    )
    if isinstance(previous, dict):
        attributes = copy.deepcopy(previous)
    else:
        table = OBJECT_DEFAULTS.get(variant.name, {})
        attributes = {
            a.name: copy.deepcopy(table[a.name]) if a.name in table else type_default(a, schema)
            for a in variant.attributes
            if not a.write_only
        }
    attributes.update(copy.deepcopy(given))
    # What an attribute sent implies for those not sent (registering a SIP trunk leaves it
    # without a host or port), as the SDK does on assignment.
    for trigger, equals, value, implied in variant.rules:
        if trigger in given and (given[trigger] == value) is equals:
            attributes.update({k: v for k, v in implied.items() if k not in given})
    return {"type": variant.wire_type, "attributes": attributes}
