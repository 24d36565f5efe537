"""The one place the CLI reads the SDK's catalog of the API surface from.

Every command, option, check and output column of the CLI is derived from the catalog, so a new
resource, attribute or filter in the spec reaches the CLI without a change here. The CLI speaks the
default API version (the one ``didww.Client`` speaks): its catalog and its :class:`ApiInfo` are
read from that version's package (``didww.v2026_04_16.catalog`` and ``.api``), so a change of
default touches no module of the CLI.
"""

from __future__ import annotations

import importlib
import inspect
from enum import Enum
from types import ModuleType

import didww
from didww._api import ApiInfo
from didww._catalog import (
    AttributeInfo,
    EnumInfo,
    MetaInfo,
    ObjectInfo,
    RelationshipInfo,
    ResourceInfo,
    TypeExpr,
    field_names,
    filter_operator,
    include_refusal,
)
from didww._catalog import parse_type as parse_catalog_type

__all__ = [
    "API",
    "ENUMS",
    "OBJECTS",
    "RESOURCES",
    "UNIONS",
    "AttributeInfo",
    "EnumInfo",
    "MetaInfo",
    "ObjectInfo",
    "RelationshipInfo",
    "ResourceInfo",
    "TypeExpr",
    "client_attribute",
    "command_word",
    "enum_class",
    "field_names",
    "filter_operator",
    "id_column",
    "include_refusal",
    "model_class",
    "object_class",
    "parse_catalog_type",
    "resource_named",
    "summary",
    "variants",
]


def _load(module: str) -> ModuleType:
    """A module of the default API version's package (the version ``didww.Client`` speaks)."""
    return importlib.import_module(f"didww.v{didww.API_VERSION.replace('-', '_')}.{module}")


API: ApiInfo = _load("api").API
"""The default API version: its environments (names and base URLs), what is secret."""
_module = _load("catalog")
RESOURCES: dict[str, ResourceInfo] = _module.RESOURCES
OBJECTS: dict[str, ObjectInfo] = _module.OBJECTS
UNIONS: dict[str, tuple[str, ...]] = _module.UNIONS
ENUMS: dict[str, EnumInfo] = _module.ENUMS


def command_word(info: ResourceInfo) -> str:
    """The resource's name on the command line: its path segment, dashed (``voice-in-trunks``)."""
    return client_attribute(info).replace("_", "-")


def client_attribute(info: ResourceInfo) -> str:
    """The client attribute of the resource's repository (``client.voice_in_trunks``)."""
    return info.path.strip("/").replace("/", "_")


def id_column(rel: RelationshipInfo) -> str:
    """The name of a relationship's ids in ``--set`` and in CSV: ``<rel>_id`` or ``<rel>_ids``."""
    return f"{rel.name}_ids" if rel.to_many else f"{rel.name}_id"


def resource_named(name: str) -> ResourceInfo | None:
    """A resource by JSON:API type or command word (``did_groups``, ``did-groups``)."""
    key = name.strip().replace("-", "_")
    found = RESOURCES.get(key)
    if found is not None:
        return found
    return next((r for r in RESOURCES.values() if client_attribute(r) == key), None)


def model_class(resource_type: str) -> type[didww.Resource] | None:
    """The SDK model class of a resource type, when this SDK has one."""
    info = RESOURCES.get(resource_type)
    cls = getattr(didww, info.class_name, None) if info is not None else None
    return cls if isinstance(cls, type) and issubclass(cls, didww.Resource) else None


def object_class(name: str) -> type[didww.NestedObject] | None:
    """The SDK class of a nested object variant (``SIPConfiguration``)."""
    cls = getattr(didww, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, didww.NestedObject) else None


def enum_class(name: str) -> type[Enum] | None:
    """The ``didww.enums`` class of an enum of the spec."""
    cls = getattr(didww.enums, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, Enum) else None


def variants(union_or_object: str) -> list[ObjectInfo]:
    """The nested object variants a ``union[...]`` (or a single ``object[...]``) accepts."""
    names = UNIONS.get(union_or_object, (union_or_object,))
    return [OBJECTS[n] for n in names if n in OBJECTS]


def summary(info: ResourceInfo) -> str:
    """The first paragraph of the model's docstring, for help texts."""
    cls = model_class(info.type)
    doc = inspect.cleandoc(cls.__doc__) if cls is not None and cls.__doc__ else None
    if not doc:
        return f"The {info.path} endpoints."
    return " ".join(doc.split("\n\n", 1)[0].split())
