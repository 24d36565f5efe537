"""``--filter``, ``--include``, ``--sort``, ``--fields`` and ``--page`` checked against the catalog
and turned into :class:`didww.QueryParams`.

Names the resource does not have are refused with the list of names it does have, and the
closest one as the SDK's own check suggests it. Filter values are checked when the filter names an
attribute (or a ``_gteq``/``_lteq`` bound or an ``_in`` list of one) whose type is known:
booleans, integers, decimals, dates and enum values; other filters (``_contains`` among them) take
any text. A filter given twice with different values is refused: ``QueryParams`` keeps the last
value of a key, and the API takes several values as one comma-separated list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

import didww
from didww.cli._catalog import (
    AttributeInfo,
    Catalog,
    ResourceInfo,
    current,
    elsewhere,
    field_names,
    filter_operator,
    include_refusal,
)
from didww.cli._config import refuse_if_elsewhere
from didww.cli._errors import InputError
from didww.cli._values import NULL, canonical, did_you_mean, from_text, list_item, parse_type

__all__ = ["Query", "build_query", "split_names"]


@dataclass(frozen=True)
class Query:
    """The parameters to send, and what to show: the sparse fieldsets and include paths."""

    params: didww.QueryParams | None
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    includes: tuple[str, ...] = ()


def split_names(values: Sequence[str], option: str = "") -> list[str]:
    """Repeated and comma-separated option values as one list (``-i a,b -i c``). With
    ``option``, a value that names nothing (``--include ''``, a shell variable left empty) is
    refused rather than dropped: the query would go out without what was meant."""
    if option:
        for value in values:
            if not value.strip(", \t"):
                raise InputError(f"{option}: the value {value!r} names nothing")
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def build_query(
    info: ResourceInfo,
    *,
    filters: Sequence[str] = (),
    includes: Sequence[str] = (),
    sorts: Sequence[str] = (),
    fields: Sequence[str] = (),
    page: int | None = None,
    page_size: int | None = None,
) -> Query:
    """Check every option against the catalog, then build the query (an immutable value)."""
    params = didww.QueryParams()
    used = False
    paths = [_include(info, path) for path in split_names(includes, "--include")]
    if paths:
        params, used = params.include(*paths), True
    given: dict[str, tuple[str, str | list[str]]] = {}
    for pair in filters:
        key, value = _filter(info, pair)
        earlier = given.setdefault(key, (pair, value))
        if earlier[1] != value:
            raise InputError(_twice(info, key, earlier[0], pair))
        params, used = params.filter(key, value), True
    orders = [_sort(info, name) for name in split_names(sorts, "--sort")]
    if orders:
        params, used = params.sort(*orders), True
    fieldsets = _fieldsets(info, fields)
    for resource_type, names in fieldsets.items():
        params, used = params.fields(resource_type, list(names)), True
    if page is not None or page_size is not None:
        params, used = params.page(number=page, size=page_size), True
    return Query(params if used else None, fieldsets, tuple(paths))


def _choices(names: Sequence[str]) -> str:
    return ", ".join(names) if names else "none"


def _include(info: ResourceInfo, path: str) -> str:
    """The path, when the API accepts it (the rule the simulator applies too)."""
    steps = path.split(".")
    refusal = include_refusal(current().resources, info.type, steps)
    if refusal is None:
        return path
    where = "/".join(r.type for r in refusal.reached) or info.type
    step = steps[refusal.depth]
    found = elsewhere(
        info, lambda other, catalog: include_refusal(catalog.resources, other.type, steps) is None
    )
    refuse_if_elsewhere(f"--include {path}: {where} cannot include {step}", "an include", found)
    raise InputError(
        f"--include {path}: {where} cannot include {step}"
        f"{did_you_mean(step, refusal.includes)} "
        f"(it can include: {_choices(refusal.includes)})"
    )


def _sort(info: ResourceInfo, name: str) -> str:
    field_name = name.removeprefix("-")
    if not field_name or field_name.startswith("-"):
        raise InputError(
            f"--sort {name}: give a field name after a single - (descending), as in "
            f"-{sorted(info.sorts)[0] if info.sorts else 'created_at'}"
        )
    if field_name not in info.sorts:
        found = elsewhere(info, lambda other, _: field_name in other.sorts)
        refuse_if_elsewhere(
            f"--sort {name}: {info.type} cannot be sorted by {field_name}", "a sort", found
        )
        raise InputError(
            f"--sort {name}: {info.type} cannot be sorted by {field_name}"
            f"{did_you_mean(field_name, info.sorts)} "
            f"(it can by: {_choices(info.sorts)}; prefix - for descending)"
        )
    return name


def _filter(info: ResourceInfo, pair: str) -> tuple[str, str | list[str]]:
    """The filter's key and its value: one item, or a list for "any of" (a comma on the command
    line separates items, as it does on the wire; ``QueryParams`` refuses a comma in an item).
    A filter the version's document gives one value takes the whole text, commas included."""
    key, equals, value = pair.partition("=")
    key = key.strip()
    if not equals or not key:
        raise InputError(f"--filter {pair!r}: expected KEY=VALUE")
    if key not in info.filters:
        found = elsewhere(info, lambda other, _: key in other.filters)
        refuse_if_elsewhere(f"--filter {key}: {info.type} has no such filter", "a filter", found)
        raise InputError(
            f"--filter {key}: {info.type} has no such filter{did_you_mean(key, info.filters)}"
            f" (it has: {_choices(info.filters)})"
        )
    if not value.strip():
        if key in info.empty_value_filters and not value:
            return key, ""  # the version's document takes an empty value for this one
        raise InputError(f"--filter {key}: the value is empty")
    where = f"--filter {key}"
    split = _whole if key in info.one_value_filters else _split_items
    wire_types = _union_types(info, key)
    if wire_types is not None:
        for item in split(value):
            if item.strip() not in wire_types:
                raise InputError(f"{where}: {item.strip()!r} is not one of {', '.join(wire_types)}")
        return key, _items(split(value))
    type_expr = _filter_type(info, key) or dict(info.filter_types).get(key)
    if type_expr is None:
        # A filter of its own (a name match, a related id): any text.
        return key, _items(split(value))
    item_expr = list_item(type_expr)  # a list attribute is filtered by its items
    if parse_type(item_expr).kind in ("string", "id", "json", "any", "union", "object", "unknown"):
        return key, _items(split(value))
    if split is _whole and "," in value:
        # Text can hold a comma; a number, a date or a status cannot: a list was meant.
        version = current().api.version
        raise InputError(f"{where} takes one value in API {version}, got a list: {value!r}")
    items = []
    for item in split(value):
        if item.strip() == NULL:
            raise InputError(f"{where}: filters match values, not null")
        items.append(canonical(from_text(item, item_expr, False, where, creating=False), item))
    return key, items[0] if len(items) == 1 else items


def _twice(info: ResourceInfo, key: str, first: str, second: str) -> str:
    """Why ``--filter key=...`` may not be given twice, and what to write instead."""
    values = [pair.partition("=")[2].strip() for pair in (first, second)]
    # A query holds one value per filter (QueryParams keeps the last), so one would be dropped.
    text = f"--filter {key} is given twice, as {values[0]!r} and {values[1]!r}"
    if _bound(info, key):
        return f"{text}: a bound takes one value"
    if key in info.one_value_filters:
        version = current().api.version
        return f"{text}: it takes one value in API {version}, not a list"
    # The CLI sends a comma-separated value as the list the API reads as "any of" (see _filter).
    return (
        f"{text}: to match any of several values, list them comma-separated in one --filter "
        f"(--filter {key}={','.join(values)})"
    )


def _bound(info: ResourceInfo, key: str) -> bool:
    """Whether the filter is a ``_gteq``/``_lteq`` bound of a field rather than a field itself."""
    return info.attribute(key) is None and filter_operator(key)[0] in ("_gteq", "_lteq")


def _split_items(value: str) -> list[str]:
    """The comma-separated items of an "any of", stripped."""
    return [item.strip() for item in value.split(",")]


def _whole(value: str) -> list[str]:
    """A one-value filter's text, commas and all."""
    return [value]


def _items(items: list[str]) -> str | list[str]:
    """A filter value as typed: one item, or the items of an "any of"."""
    return items[0] if len(items) == 1 else items


def _filter_type(info: ResourceInfo, key: str) -> str | None:
    """The type the filter's values must have, when it is known."""
    attribute = info.attribute(key)
    if attribute is None:
        operator, name = filter_operator(key)
        if operator == "_contains":
            return None  # a piece of text to find in the field: any text
        # A bound of the field or a list of its values; else an attribute of a related resource
        # (did_group.features), as the SDK reads it.
        attribute = info.attribute(name) if operator else _related_attribute(info, key)
    if attribute is not None:
        return attribute.type
    meta = next((m for m in info.meta if m.name == key), None)
    return meta.type if meta is not None else None


def _related_attribute(info: ResourceInfo, key: str) -> AttributeInfo | None:
    """The attribute a dotted filter (``did_group.features``) names on the one resource type a
    relationship points at; checked here so that a mistake is told in the CLI's words."""
    name, dot, attribute = key.partition(".")
    rel = info.relationship(name) if dot else None
    if rel is None or len(rel.targets) != 1:
        return None
    related = current().resources.get(rel.targets[0])
    return related.attribute(attribute) if related is not None else None


def _has_field(name: str, info: ResourceInfo, catalog: Catalog) -> bool:
    return name in field_names(info)


def _union_types(info: ResourceInfo, key: str) -> list[str] | None:
    """The wire types a ``<attribute>.type`` filter of a nested-object attribute can match."""
    if not key.endswith(".type"):
        return None
    attribute = info.attribute(key[: -len(".type")])
    if attribute is None:
        return None
    spec = parse_type(attribute.type)
    if spec.kind not in ("union", "object"):
        return None
    return [v.wire_type for v in current().variants(spec.name)]


def _fieldsets(info: ResourceInfo, values: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """``--fields a,b`` (this resource) or ``--fields TYPE=a,b`` (an included one)."""
    fieldsets: dict[str, tuple[str, ...]] = {}
    for value in values:
        type_name, equals, names_text = value.rpartition("=")
        target = info
        if equals:
            found = current().resource_named(type_name)
            if found is None:
                raise InputError(f"--fields {value}: {type_name.strip()!r} is not a resource type")
            target = found
        names = split_names([names_text])
        if not names:
            raise InputError(f"--fields {value}: no field names")
        known = field_names(target)
        for name in names:
            if name not in known:
                refuse_if_elsewhere(
                    f"--fields {value}: {target.type} has no field {name}",
                    "a field",
                    elsewhere(target, partial(_has_field, name)),
                )
                raise InputError(
                    f"--fields {value}: {target.type} has no field {name}"
                    f"{did_you_mean(name, known)} (it has: {_choices(known)})"
                )
        fieldsets[target.type] = tuple(dict.fromkeys(fieldsets.get(target.type, ()) + tuple(names)))
    return fieldsets
