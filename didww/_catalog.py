"""Shapes of the generated API catalog (``didww._generated.catalog``).

The catalog is the spec as runtime data: every resource with its path, operations, attributes,
relationships, filters, sorts and includes. The simulator in :mod:`didww.testing` serves the API
from it, so no list of resources is kept by hand anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class PageSizeInfo:
    """The page size a list answers with when none is asked for, and the largest it accepts."""

    default: int
    max: int


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
