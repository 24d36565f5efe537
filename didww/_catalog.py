"""Shapes of the generated API catalog (``didww.v2026_04_16.catalog`` and the other version
packages), and the rules both the simulator and the command line read from it.

The catalog is the spec as runtime data: every resource with its path, operations, attributes,
relationships, filters, sorts and includes. The simulator in :mod:`didww.testing` serves the API
from it and the ``didww`` command is built from it, so no list of resources is kept by hand
anywhere; how a type expression reads (:func:`parse_type`) and what a query may ask for
(:func:`field_names`, :func:`include_refusal`) are decided here once for both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

SCALARS = frozenset({"string", "integer", "boolean", "decimal", "date", "datetime", "json", "any"})
"""The scalar type names of the catalog (``any``: whatever JSON value)."""
_COMPOUND = re.compile(r"^(list|enum|object|union)\[(.+)\]$")


@dataclass(frozen=True)
class TypeExpr:
    """A parsed spec type expression such as ``list[enum[Codec]]``."""

    kind: str
    """One of the scalar names, or ``list``, ``enum``, ``object``, ``union``."""
    name: str = ""
    """The enum, object or union name ("" for the other kinds)."""
    item: TypeExpr | None = None
    """The item type of a list."""


@cache
def parse_type(expr: str) -> TypeExpr:
    """Parse a catalog type expression (``list[enum[Codec]]`` -> ``TypeExpr("list",
    item=TypeExpr("enum", "Codec"))``); raises ``ValueError`` for one it does not know."""
    text = expr.strip()
    if text in SCALARS:
        return TypeExpr(text)
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"unknown type expression {expr!r}")
    kind, inner = match.groups()
    if kind == "list":
        return TypeExpr("list", item=parse_type(inner))
    return TypeExpr(kind, name=inner)


@dataclass(frozen=True)
class AttributeInfo:
    """One attribute: its spec type expression (e.g. ``list[enum[Codec]]``) and who may write it."""

    name: str
    type: str
    access: str
    nullable: bool
    write_only: bool = False


@dataclass(frozen=True)
class RelationshipInfo:
    name: str
    to_many: bool
    targets: tuple[str, ...]
    access: str
    write_only: bool = False
    exclusive_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class MetaInfo:
    """A resource-level meta field (``model.meta[name]``) and its spec type expression."""

    name: str
    type: str
    nullable: bool = False
    optional: bool = False
    """Left out of the meta of some answers (not sent as null there)."""


@dataclass(frozen=True)
class PageSizeInfo:
    """The page size a list answers with when none is asked for, and the largest it accepts."""

    default: int
    max: int


@dataclass(frozen=True)
class LifecycleInfo:
    """A status that moves on its own (orders, exports, verifications): the enum attribute that
    holds it and the values at which it stops moving."""

    attribute: str
    terminal: tuple[str, ...]


@dataclass(frozen=True)
class ResourceInfo:
    type: str
    class_name: str
    path: str
    operations: tuple[str, ...]
    attributes: tuple[AttributeInfo, ...]
    relationships: tuple[RelationshipInfo, ...]
    filters: tuple[str, ...]
    sorts: tuple[str, ...]
    includes: tuple[str, ...]
    singleton: bool = False
    public: bool = False
    multipart_create: bool = False
    idempotent_create: bool = False
    meta: tuple[MetaInfo, ...] = ()
    fields: tuple[str, ...] | None = None
    """The names ``fields[<type>]`` accepts when the API enumerates them (``id`` included); None:
    every attribute and relationship."""
    page_size: PageSizeInfo | None = None
    """The list's default and largest page size, when the API states them."""
    listing: str = "paginated"
    """How the list is answered: ``paginated`` (in pages: ``links``, ``meta.total_records``),
    ``whole`` (in one answer: ``meta`` without ``total_records``, no ``links``),
    ``whole_without_meta`` (in one answer, with neither ``meta`` nor ``links``) or ``capped`` (in
    one answer of at most some number of records; ``meta.total_count`` says how many matched)."""
    lifecycle: LifecycleInfo | None = None
    """The status that moves on its own and its terminal values, for the resources that have one."""

    @property
    def whole(self) -> bool:
        """Whether the list is answered whole, in one answer without pages (capped or not): it
        takes no ``page[number]`` or ``page[size]``."""
        return self.listing != "paginated"

    def attribute(self, name: str) -> AttributeInfo | None:
        return next((a for a in self.attributes if a.name == name), None)

    def relationship(self, name: str) -> RelationshipInfo | None:
        return next((r for r in self.relationships if r.name == name), None)


@dataclass(frozen=True)
class ObjectInfo:
    """A nested object variant: its class name, wire type and attributes."""

    name: str
    wire_type: str
    read_only: bool
    attributes: tuple[AttributeInfo, ...]


@dataclass(frozen=True)
class EnumInfo:
    name: str
    values: tuple[str | int, ...]


# --- what a query may ask for ---------------------------------------------------------------------

FILTER_OPERATORS = ("_contains", "_gteq", "_lteq", "_in")
"""The suffixes of the spec's filter names that apply an operator to the field named before them:
``_contains`` (a substring of it), ``_gteq``/``_lteq`` (a bound), ``_in`` (one of a list)."""


def filter_operator(key: str) -> tuple[str, str]:
    """(operator, field) of a filter name: ``("_gteq", "created_at")`` for ``created_at_gteq``,
    ``("", key)`` for a name without an operator suffix. A caller that knows ``key`` itself is a
    field (an attribute named ``..._in``) does not ask."""
    for suffix in FILTER_OPERATORS:
        if key.endswith(suffix):
            return suffix, key[: -len(suffix)]
    return "", key


def field_names(info: ResourceInfo) -> tuple[str, ...]:
    """The names a sparse fieldset (``fields[<type>]``) of the resource may list: the catalog's
    list when the API enumerates them, else every attribute and relationship."""
    if info.fields is not None:
        return info.fields
    return (*(a.name for a in info.attributes), *(r.name for r in info.relationships))


@dataclass(frozen=True)
class IncludeRefusal:
    """Why an include path is not allowed: the step that fails and the resources it starts from."""

    depth: int
    """The index of the step (``1`` for ``files`` in ``proofs.files``)."""
    reached: tuple[ResourceInfo, ...]
    """The resources the path had reached before that step (the resource itself at depth 0)."""

    @property
    def includes(self) -> tuple[str, ...]:
        """What could be included at that step."""
        return tuple(dict.fromkeys(name for info in self.reached for name in info.includes))


def include_refusal(
    resources: Mapping[str, ResourceInfo], type_: str, path: Sequence[str]
) -> IncludeRefusal | None:
    """Why the include path (``("proofs", "files")``) is not allowed on ``type_``, or None when it
    is. Every step must be a documented include of a type the path has reached: the first of
    ``type_`` itself, a deeper one of a target of the step before it."""
    current: tuple[str, ...] = (type_,)
    for depth, step in enumerate(path):
        reached = tuple(resources[t] for t in current if t in resources)
        if not any(step in info.includes for info in reached):
            return IncludeRefusal(depth, reached)
        current = tuple(
            dict.fromkeys(
                target
                for info in reached
                if (rel := info.relationship(step)) is not None
                for target in rel.targets
            )
        )
    return None
