"""Decoding: what turning a list answer into models and reading them costs.

Floors, from the same bytes:

* ``json.loads``, for decoding alone;
* ``json.loads`` plus a hand-written walk of the parsed dicts that reads the same fields (every
  attribute each record carries, every included related record's attributes, and the nested
  objects' attributes), for "decode + read every field".

Families: DIDs with five included types, available DIDs (with their DID group and NANPA prefix
included), and orders (nested order items with decimals and dates). The growth ratio compares the
per-record cost at 5000 records to that at 100 (1.00 is linear).

The dict walk reads raw JSON values, while the SDK hands out ``Decimal``, ``date`` and
``datetime`` values. For orders, where these make most of the fields, a second row compares the
SDK with a walk that converts those values too, so that the cost of the conversions and the cost
of the models can be told apart. The first row stays the headline.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from benchmarks.documents import available_did_page, did_page, order_page
from benchmarks.report import Row, calibrate, paired_rounds, ratio_row, seconds
from didww._catalog import AttributeInfo, parse_type
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.catalog import OBJECTS, RESOURCES, UNIONS

__all__ = ["Plan", "decode_benchmark", "dict_walk", "plan_of", "sdk_models", "sdk_read"]

GROUP = "decode"


@dataclass
class Plan:
    """Which fields to read: the same list for the SDK models and for the dict walk."""

    attributes: list[str] = field(default_factory=list)
    nested: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, Plan] = field(default_factory=dict)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and "attributes" in value


def _plan(record: dict[str, Any], index: dict[tuple[str, str], dict[str, Any]]) -> Plan:
    """Every field ``record`` carries (its first nested object stands for the others)."""
    plan = Plan()
    for name, value in record.get("attributes", {}).items():
        if _is_object(value):
            plan.nested[name] = list(value["attributes"])
        elif isinstance(value, list) and value and _is_object(value[0]):
            plan.nested[name] = list(value[0]["attributes"])
        else:
            plan.attributes.append(name)
    for name, relationship in record.get("relationships", {}).items():
        linkage = relationship.get("data")
        if isinstance(linkage, dict):
            related = index.get((linkage["type"], linkage["id"]))
            if related is not None:
                plan.related[name] = _plan(related, {})
    return plan


def plan_of(body: bytes) -> Plan:
    doc = json.loads(body)
    index = {(r["type"], r["id"]): r for r in doc.get("included", [])}
    return _plan(doc["data"][0], index)


def sdk_models(body: bytes) -> list[Any]:
    """The models the SDK decodes from a list answer."""
    models = decode_document(body, 200, many=True, expected_type=None, registry=REGISTRY).data
    assert isinstance(models, list)
    return models


def sdk_read(body: bytes, plan: Plan) -> list[Any]:
    """Decode with the SDK, then read every planned field through the models (returned)."""
    models = sdk_models(body)
    read_models(models, plan)
    return models


def read_models(models: list[Any], plan: Plan) -> None:
    """Read every planned field of ``models``."""
    for model in models:
        _read_model(model, plan)


def _read_model(model: Any, plan: Plan) -> None:
    for name in plan.attributes:
        getattr(model, name)
    for name, names in plan.nested.items():
        value = getattr(model, name)
        for obj in value if isinstance(value, list) else (value,):
            for nested in names:
                getattr(obj, nested)
    for name, sub in plan.related.items():
        _read_model(getattr(model, name), sub)


def dict_walk(body: bytes, plan: Plan) -> int:
    """The floor: ``json.loads`` and a hand-written walk reading the same fields."""
    doc = json.loads(body)
    index = {(r["type"], r["id"]): r for r in doc.get("included", ())}
    for record in doc["data"]:
        _walk(record, plan, index)
    return len(doc["data"])


def _walk(record: dict[str, Any], plan: Plan, index: dict[tuple[str, str], Any]) -> None:
    attributes = record["attributes"]
    for name in plan.attributes:
        attributes[name]
    for name, names in plan.nested.items():
        value = attributes[name]
        for obj in value if isinstance(value, list) else (value,):
            nested = obj["attributes"]
            for key in names:
                nested[key]
    relationships = record.get("relationships", {})
    for name, sub in plan.related.items():
        linkage = relationships[name]["data"]
        _walk(index[(linkage["type"], linkage["id"])], sub, index)


def _timestamp(raw: str) -> dt.datetime:
    return dt.datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)


CONVERTERS: dict[str, Callable[[str], object]] = {
    "decimal": Decimal,
    "date": dt.date.fromisoformat,
    "datetime": _timestamp,
}
"""How a hand-written program turns a JSON string of a catalog type into the SDK's value."""


def _conversions(attributes: tuple[AttributeInfo, ...]) -> dict[str, Callable[[str], object]]:
    """The attributes of a decimal, date or datetime type, with their converters; those of
    nested objects (and of every variant of a union) included."""
    found: dict[str, Callable[[str], object]] = {}

    def add(name: str, convert: Callable[[str], object]) -> None:
        # One dict for every level, as the walk looks names up: a name has one type throughout.
        assert found.setdefault(name, convert) is convert, f"{name} has two types"

    for attribute in attributes:
        kind = parse_type(attribute.type)
        while kind.kind == "list" and kind.item is not None:
            kind = kind.item
        if kind.kind in CONVERTERS:
            add(attribute.name, CONVERTERS[kind.kind])
        elif kind.kind in ("object", "union"):
            variants = UNIONS[kind.name] if kind.kind == "union" else (kind.name,)
            for variant in variants:
                for name, convert in _conversions(OBJECTS[variant].attributes).items():
                    add(name, convert)
    return found


ORDER_CONVERSIONS = _conversions(RESOURCES["orders"].attributes)
"""The order and order item fields the SDK hands out as another type than their JSON value, from
the catalog (enums aside: a member is found by a dict lookup, as a hand-written program would
keep the string)."""


def typed_order_walk(body: bytes, plan: Plan) -> int:
    """A second floor for orders: the dict walk, converting what :data:`ORDER_CONVERSIONS`
    names the way a hand-written program would."""
    convert = ORDER_CONVERSIONS
    doc = json.loads(body)
    for record in doc["data"]:
        attributes = record["attributes"]
        for name in plan.attributes:
            value = attributes[name]
            if value is not None and name in convert:
                convert[name](value)
        for name, names in plan.nested.items():
            for obj in attributes[name]:
                nested = obj["attributes"]
                for key in names:
                    value = nested[key]
                    if value is not None and key in convert:
                        convert[key](value)
    return len(doc["data"])


FAMILIES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "DIDs + 5 included types": (did_page, 1000),
    "available DIDs + 2 included": (available_did_page, 5000),
    "orders + nested items": (order_page, 1000),
}
"""Each family's document builder and its headline record count."""


def _sampler(fn: Callable[[], object]) -> Callable[[], float]:
    number = calibrate(fn)
    return lambda: seconds(fn, number)


def decode_benchmark(rounds: int = 7) -> list[Row]:
    rows: list[Row] = []
    # Decoding alone, against json.loads of the same bytes (the original headline).
    body = did_page(1000)
    samples = paired_rounds(
        {
            "floor": _sampler(lambda: json.loads(body)),
            "sdk": _sampler(lambda: sdk_models(body)),
        },
        rounds,
    )
    rows.append(
        ratio_row(
            GROUP,
            "1000 DIDs + 5 included types: decode only",
            "json.loads",
            samples["sdk"],
            samples["floor"],
        )
    )
    growth: list[Row] = []
    for family, (build, n) in FAMILIES.items():
        bodies = {size: build(size) for size in sorted({100, 5000, n})}
        plans = {n: plan_of(b) for n, b in bodies.items()}
        cases: dict[str, Callable[[], float]] = {}
        for size, b in bodies.items():
            cases[f"floor {size}"] = _sampler(partial(dict_walk, b, plans[size]))
            cases[f"sdk {size}"] = _sampler(partial(sdk_read, b, plans[size]))
        samples = paired_rounds(cases, rounds)
        rows.append(
            ratio_row(
                GROUP,
                f"{n} {family}: decode + read every field",
                "json.loads + dict walk",
                samples[f"sdk {n}"],
                samples[f"floor {n}"],
            )
        )
        if family == "orders + nested items":
            typed = paired_rounds(
                {
                    "floor": _sampler(partial(typed_order_walk, bodies[n], plans[n])),
                    "sdk": _sampler(partial(sdk_read, bodies[n], plans[n])),
                },
                rounds,
            )
            rows.append(
                ratio_row(
                    GROUP,
                    f"{n} {family}: decode + read every field",
                    "json.loads + converting walk",
                    typed["sdk"],
                    typed["floor"],
                    note="the walk makes the Decimal, date and datetime values the SDK hands out",
                )
            )
        per_record = {k: [s / int(k.split()[1]) for s in v] for k, v in samples.items()}
        floor_growth = statistics.median(
            a / b for a, b in zip(per_record["floor 5000"], per_record["floor 100"], strict=True)
        )
        row = ratio_row(
            GROUP,
            f"{family}: per-record cost, 5000 vs 100 records",
            "same code at 100 records",
            per_record["sdk 5000"],
            per_record["sdk 100"],
            scale=1e6,
            unit="us/record",
            note=f"growth of the dict-walk floor itself: {floor_growth:.2f}",
        )
        growth.append(row)
    return rows + growth
