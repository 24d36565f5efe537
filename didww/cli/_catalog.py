"""The one place the CLI reads the SDK's catalog of the API surface from.

Every command, option, check and output column of the CLI is derived from the catalog, so a new
resource, attribute or filter in the spec reaches the CLI without a change here. The CLI speaks
one API version per invocation (``--api-version``, ``DIDWW_API_VERSION``, else the version
``didww.Client`` speaks): a :class:`Catalog` is that version's catalog, :class:`ApiInfo`, models
and enums, read from its package (``didww.v2026_10_22.catalog``, ``.api``...). The versions are
the SDK's own (:func:`didww._api.versions`), so a new version package reaches the CLI without a
change here either.

The version is chosen before the command tree is built and holds for the whole invocation;
:func:`speaking` makes its catalog the :func:`current` one. The value, query and record helpers
run deep inside a command (and are called directly by tests), so they read the catalog from there
rather than have it passed through every call; outside :func:`speaking` it is the default
version's.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import ModuleType
from typing import Any

import didww
from didww._api import ApiInfo, package_of, versions, versions_with
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
    "DEFAULT_VERSION",
    "AttributeInfo",
    "Catalog",
    "EnumInfo",
    "MetaInfo",
    "ObjectInfo",
    "RelationshipInfo",
    "ResourceInfo",
    "TypeExpr",
    "api_of",
    "client_attribute",
    "command_word",
    "current",
    "elsewhere",
    "field_names",
    "filter_operator",
    "id_column",
    "include_refusal",
    "load",
    "parse_catalog_type",
    "speaking",
    "versions",
    "versions_with",
]

DEFAULT_VERSION: str = didww.API_VERSION
"""The version the CLI speaks unless told otherwise: the one ``didww.Client`` speaks."""


@dataclass(frozen=True, eq=False)
class Catalog:
    """One API version as the CLI reads it: its resources, nested objects, unions and enums, how
    it authenticates, and where its classes live (loaded when first asked for). One per version
    (:func:`load`), compared by identity."""

    api: ApiInfo
    """Its version, environments, authentication and secret fields."""
    environment: type[Enum]
    """Its ``Environment`` enum (members' values are base URLs)."""
    resources: dict[str, ResourceInfo]
    objects: dict[str, ObjectInfo]
    unions: dict[str, tuple[str, ...]]
    enums: dict[str, EnumInfo]
    package: str
    """Its package: ``didww.v2026_10_22``."""

    @property
    def version(self) -> str:
        """The API version, ``2026-10-22``."""
        return self.api.version

    @property
    def bearer(self) -> bool:
        """Whether requests carry a bearer token (else the ``Api-Key`` header)."""
        return self.api.bearer

    def _module(self, name: str = "") -> ModuleType:
        return importlib.import_module(f"{self.package}.{name}" if name else self.package)

    def client_class(self) -> Any:
        """The version's sync ``Client`` class."""
        return self._module("clients").Client

    def resource_named(self, name: str) -> ResourceInfo | None:
        """A resource by JSON:API type or command word (``did_groups``, ``did-groups``)."""
        key = name.strip().replace("-", "_")
        found = self.resources.get(key)
        if found is not None:
            return found
        return next((r for r in self.resources.values() if client_attribute(r) == key), None)

    def model_class(self, resource_type: str) -> type[didww.Resource] | None:
        """The model class of a resource type in this version's package, when it has one."""
        info = self.resources.get(resource_type)
        cls = getattr(self._module(), info.class_name, None) if info is not None else None
        return cls if isinstance(cls, type) and issubclass(cls, didww.Resource) else None

    def object_class(self, name: str) -> type[didww.NestedObject] | None:
        """The class of a nested object variant (``SIPConfiguration``) in this version."""
        cls = getattr(self._module(), name, None)
        return cls if isinstance(cls, type) and issubclass(cls, didww.NestedObject) else None

    def enum_class(self, name: str) -> type[Enum] | None:
        """The class of an enum of the spec, from this version's ``enums`` module."""
        cls = getattr(self._module("enums"), name, None)
        return cls if isinstance(cls, type) and issubclass(cls, Enum) else None

    def variants(self, union_or_object: str) -> list[ObjectInfo]:
        """The nested object variants a ``union[...]`` (or a single ``object[...]``) accepts."""
        names = self.unions.get(union_or_object, (union_or_object,))
        return [self.objects[n] for n in names if n in self.objects]

    def summary(self, info: ResourceInfo) -> str:
        """The first paragraph of the model's docstring, for help texts, without the Markdown
        backticks that mark names in it (a terminal shows them as they are)."""
        cls = self.model_class(info.type)
        doc = inspect.cleandoc(cls.__doc__) if cls is not None and cls.__doc__ else None
        if not doc:
            return f"The {info.path} endpoints."
        return " ".join(doc.split("\n\n", 1)[0].replace("`", "").split())


@cache
def load(version: str) -> Catalog:
    """The catalog of ``version``, one of :func:`versions` (checked by the caller: the name
    becomes a module path). Only that version's modules are imported."""
    package = package_of(version)
    api = importlib.import_module(f"{package}.api")
    catalog = importlib.import_module(f"{package}.catalog")
    return Catalog(
        api=api.API,
        environment=api.Environment,
        resources=catalog.RESOURCES,
        objects=catalog.OBJECTS,
        unions=catalog.UNIONS,
        enums=catalog.ENUMS,
        package=package,
    )


@cache
def api_of(version: str) -> ApiInfo:
    """How ``version`` (one of :func:`versions`) authenticates and where it lives, without
    loading its catalog: for help texts and messages that name other versions."""
    api: ApiInfo = importlib.import_module(f"{package_of(version)}.api").API
    return api


_speaking: ContextVar[Catalog | None] = ContextVar("didww_cli_catalog", default=None)


def current() -> Catalog:
    """The catalog of the version this invocation speaks (the default one outside
    :func:`speaking`). A context variable: a thread started inside :func:`speaking` sees the
    default unless it runs in a copy of the context (``contextvars.copy_context``)."""
    return _speaking.get() or load(DEFAULT_VERSION)


@contextmanager
def speaking(catalog: Catalog) -> Iterator[Catalog]:
    """Make ``catalog`` the :func:`current` one until the block ends."""
    token = _speaking.set(catalog)
    try:
        yield catalog
    finally:
        _speaking.reset(token)


def command_word(info: ResourceInfo) -> str:
    """The resource's name on the command line: its path segment, dashed (``voice-in-trunks``)."""
    return client_attribute(info).replace("_", "-")


def client_attribute(info: ResourceInfo) -> str:
    """The client attribute of the resource's repository (``client.voice_in_trunks``)."""
    return info.path.strip("/").replace("/", "_")


def id_column(rel: RelationshipInfo) -> str:
    """The name of a relationship's ids in ``--set`` and in CSV, as the model's accessor has
    it: ``voice_in_trunk_id``, ``did_ids`` (the same name in a script and on the command line)."""
    return rel.id_name


def elsewhere(info: ResourceInfo, has: Callable[[ResourceInfo, Catalog], bool]) -> list[str]:
    """The other API versions whose resource of the same command word as ``info`` ``has`` what
    the caller looks for (a filter, a field...), asked with that resource and its version's
    catalog. Their catalogs are loaded, so this is for error paths only."""
    word = command_word(info)
    found = []
    for version in versions():
        if version == current().version:
            continue
        catalog = load(version)
        other = next((r for r in catalog.resources.values() if command_word(r) == word), None)
        if other is not None and has(other, catalog):
            found.append(version)
    return found
