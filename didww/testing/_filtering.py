"""Filtering and sorting of records by the catalog's filter keys and sort fields.

A key is resolved against a record in this order: derived values (``_derived``), ``id``,
attributes (descending into nested objects), ``meta``, relationships (``country.id``,
``did_group.features``), a to-many standing for a singular key (``country.id`` on capacity pools'
``countries``) and finally relationships reached through to-one hops (``dids`` filter
``country.id`` through ``did_group``). Operators are suffixes: ``_contains`` (case-insensitive
substring), ``_gteq`` / ``_lteq`` (numbers and timestamps) and ``_in`` (a list, like equality).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from didww._catalog import filter_operator
from didww._codecs import parse_datetime
from didww.testing import _errors as err
from didww.testing._derived import DERIVED, meta_of
from didww.testing._schema import Schema
from didww.testing._store import Record, Store

Predicate = Callable[[Record], bool]

_MAX_HOPS = 2


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [v for item in value for v in _flatten(item)]
    return [value]


def _descend(value: Any, rest: list[str]) -> list[Any]:
    """Follow the rest of a key into a nested object (``configuration.type``)."""
    for step in rest:
        if isinstance(value, list):
            return [v for item in value for v in _descend(item, [step])]
        if not isinstance(value, dict):
            return []
        if step == "type" and "type" in value:
            value = value["type"]
        else:
            attributes = value.get("attributes")
            value = attributes.get(step) if isinstance(attributes, dict) else value.get(step)
    return _flatten(value)


@cache
def _hop_path(schema: Schema, type_: str, name: str) -> tuple[str, ...] | None:
    """The to-one hops from ``type_`` to a type that has relationship ``name`` (breadth first)."""
    frontier: list[tuple[str, tuple[str, ...]]] = [(type_, ())]
    for _ in range(_MAX_HOPS):
        following = []
        for current, path in frontier:
            for rel in schema.resource(current).relationships:
                if rel.to_many:
                    continue
                for target in rel.targets:
                    hop = (*path, rel.name)
                    if schema.relationship(target, name) is not None:
                        return hop
                    following.append((target, hop))
        frontier = following
    return None


@cache
def _plural_relationship(schema: Schema, type_: str, name: str) -> str | None:
    """A to-many relationship a singular key stands for (``country.id`` on ``countries``)."""
    plurals = {name + "s", name[:-1] + "ies" if name.endswith("y") else name + "es"}
    for rel in schema.resource(type_).relationships:
        if rel.to_many and plurals & set(rel.targets):
            return rel.name
    return None


class Resolver:
    """Reads the values of filter keys and sort fields from records."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.schema = store.schema

    def values(self, record: Record, key: str) -> list[Any]:
        """Every value ``key`` has on ``record`` (lists flattened; empty when it has none)."""
        return self._walk([record], key.split("."))

    def _walk(self, records: list[Record], steps: list[str]) -> list[Any]:
        return [value for record in records for value in self._step(record, steps)]

    def _step(self, record: Record, steps: list[str]) -> list[Any]:
        head, rest = steps[0], steps[1:]
        derive = DERIVED.get((record.type, head))
        if derive is not None:
            produced = derive(self.store, record)
            found = [p for p in produced if isinstance(p, Record)]
            scalars = [p for p in produced if not isinstance(p, Record)]
            if not rest:
                return [r.id for r in found] + scalars
            return self._walk(found, rest) + [v for s in scalars for v in _descend(s, rest)]
        if head == "id" and not rest:
            return [record.id]
        if head == "meta" and rest:
            return _descend(meta_of(self.store, record).get(rest[0]), rest[1:])
        if self.schema.attribute(record.type, head) is not None:
            return _descend(record.attributes.get(head), rest)
        if self.schema.relationship(record.type, head) is not None:
            related = self.store.related(record, head)
            return [r.id for r in related] if not rest else self._walk(related, rest)
        meta = meta_of(self.store, record)
        if head in meta:
            return _descend(meta[head], rest)
        alias = _plural_relationship(self.schema, record.type, head)
        if alias is not None:
            return self._step(record, [alias, *rest])
        if rest:
            hops = _hop_path(self.schema, record.type, head)
            if hops is not None:
                current = [record]
                for hop in hops:
                    current = [r for c in current for r in self.store.related(c, hop)]
                return self._walk(current, steps)
        return []


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


Comparable = Decimal | dt.datetime


def _comparable(text: str) -> Comparable | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    return parse_instant(text)


def parse_instant(text: str) -> dt.datetime | None:
    """A filter's timestamp (ISO 8601, or with a space for the ``T``); None when it is none."""
    try:
        return parse_datetime(text.replace(" ", "T", 1))
    except ValueError:
        return None


def _end_of_day(moment: dt.datetime) -> dt.datetime:
    """The last moment of the UTC day ``moment`` falls in: the bound of a filter the document
    says takes in the whole day ("no later than the end of the day the value falls in")."""
    day = moment.astimezone(dt.timezone.utc).date()
    start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    return start + dt.timedelta(days=1, microseconds=-1)


def _within(have: Comparable | None, bound: Comparable, at_least: bool) -> bool:
    """Whether ``have`` is on the right side of ``bound`` (values of different kinds never are)."""
    if isinstance(have, Decimal) and isinstance(bound, Decimal):
        return have >= bound if at_least else have <= bound
    if isinstance(have, dt.datetime) and isinstance(bound, dt.datetime):
        return have >= bound if at_least else have <= bound
    return False


def _split_operator(schema: Schema, type_: str, key: str) -> tuple[str, str]:
    """(operator, base key): ``created_at_gteq`` -> (``_gteq``, ``created_at``)."""
    if schema.attribute(type_, key) is None and (type_, key) not in DERIVED:
        return filter_operator(key)
    return "", key


def compile_filter(resolver: Resolver, type_: str, key: str, wanted: list[str]) -> Predicate:
    """A predicate for ``filter[key]=wanted``; raises 400 for a value it cannot compare."""
    operator, base = _split_operator(resolver.schema, type_, key)

    def values(record: Record) -> list[Any]:
        return resolver.values(record, base)

    if operator in ("_gteq", "_lteq"):
        bound = _comparable(wanted[0])
        if bound is None:
            raise err.bad_request(
                f"{wanted[0]!r} is not a valid value for filter {key}.",
                err.INVALID_FILTER_VALUE,
                title="Invalid filter value",
            )
        info = resolver.schema.resources.get(type_)
        if info is not None and key in info.whole_day_filters and isinstance(bound, dt.datetime):
            bound = _end_of_day(bound)

        def compare(record: Record) -> bool:
            at_least = operator == "_gteq"
            return any(
                _within(_comparable(_text(value)), bound, at_least) for value in values(record)
            )

        return compare
    if operator == "_contains":
        needles = [w.lower() for w in wanted]
        return lambda record: any(n in _text(v).lower() for v in values(record) for n in needles)
    expected = set(wanted)
    return lambda record: any(_text(v) in expected for v in values(record))


def apply_filters(
    resolver: Resolver, type_: str, records: list[Record], filters: dict[str, list[str]]
) -> list[Record]:
    predicates = [compile_filter(resolver, type_, k, v) for k, v in filters.items()]
    return [r for r in records if all(p(r) for p in predicates)]


def _field_type(schema: Schema, type_: str, key: str) -> str | None:
    """The catalog type of a (possibly dotted) sort field, when it names an attribute."""
    *path, last = key.split(".")
    current = type_
    for step in path:
        rel = schema.relationship(current, step)
        if rel is None or len(rel.targets) != 1:
            return None
        current = rel.targets[0]
    attribute = schema.attribute(current, last)
    return attribute.type if attribute is not None else None


def sort_records(
    resolver: Resolver, type_: str, records: list[Record], sort: list[tuple[str, bool]]
) -> list[Record]:
    """Sort by fields in priority order; nulls last ascending and first descending (as SQL)."""
    result = list(records)
    for name, descending in reversed(sort):
        numeric = _field_type(resolver.schema, type_, name) in ("decimal", "integer")

        def key(record: Record, name: str = name, numeric: bool = numeric) -> tuple[int, Any]:
            values = resolver.values(record, name)
            value = values[0] if values else None
            if value is None:
                return (1, "")
            if numeric:
                try:
                    return (0, Decimal(str(value)))
                except InvalidOperation:
                    pass
            if isinstance(value, bool):
                return (0, int(value))
            return (0, value if isinstance(value, (int, float)) else _text(value))

        result.sort(key=key, reverse=descending)
    return result
