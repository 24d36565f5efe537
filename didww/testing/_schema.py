"""The API catalog read as a schema: types, paths, inverse relationships and include paths.

Everything the simulator knows about the API surface comes from the generated catalog of the API
version it serves through this module (see :mod:`._versions`), so a spec change reaches the
simulator with ``make generate`` alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from didww._catalog import (
    AttributeInfo,
    EnumInfo,
    ObjectInfo,
    RelationshipInfo,
    ResourceInfo,
    field_names,
    include_refusal,
)

DEFAULT_PAGE_SIZE = 50
"""The page size of a list whose catalog entry states none."""
MAX_PAGE_SIZE = 1000
"""The largest page size of a list whose catalog entry states none."""


@dataclass(frozen=True)
class Inverse:
    """A to-many relationship that is the other side of a to-one (``countries.regions``)."""

    target: str
    """The type holding the to-one (``regions``)."""
    to_one: str
    """Its name (``country``)."""


class Schema:
    """Lookups over the catalog of one API version."""

    def __init__(
        self,
        resources: Mapping[str, ResourceInfo],
        objects: Mapping[str, ObjectInfo],
        unions: Mapping[str, tuple[str, ...]],
        enums: Mapping[str, EnumInfo],
        *,
        api_version: str,
        sensitive_fields: frozenset[str] = frozenset(),
    ) -> None:
        self.resources = dict(resources)
        self.objects = dict(objects)
        self.unions = dict(unions)
        self.enums = dict(enums)
        self.api_version = api_version
        """The version every answer names in ``meta.api_version``."""
        self.sensitive_fields = sensitive_fields
        """Attribute names whose values are secrets (kept out of the request log)."""
        self._by_path = {info.path.strip("/"): info for info in self.resources.values()}
        self._inverses = {
            (info.type, rel.name): inv
            for info in self.resources.values()
            for rel in info.relationships
            if (inv := self._find_inverse(info, rel)) is not None
        }

    # -- resources -----------------------------------------------------------------------------

    def resource(self, type_: str) -> ResourceInfo:
        return self.resources[type_]

    def by_path(self, segment: str) -> ResourceInfo | None:
        """The resource served at ``/<segment>`` (``balance`` -> ``balances``)."""
        return self._by_path.get(segment)

    def attribute(self, type_: str, name: str) -> AttributeInfo | None:
        info = self.resources.get(type_)
        return info.attribute(name) if info is not None else None

    def relationship(self, type_: str, name: str) -> RelationshipInfo | None:
        info = self.resources.get(type_)
        return info.relationship(name) if info is not None else None

    def variants(self, union: str) -> dict[str, ObjectInfo]:
        """The objects of a union by wire type."""
        return {self.objects[n].wire_type: self.objects[n] for n in self.unions.get(union, ())}

    # -- relationships -------------------------------------------------------------------------

    def _find_inverse(self, info: ResourceInfo, rel: RelationshipInfo) -> Inverse | None:
        # A to-many of A onto B mirrors B's to-one onto A when B has exactly one such to-one:
        # then the linkage is derived from B's side and both sides can never disagree.
        if not rel.to_many or len(rel.targets) != 1:
            return None
        target = self.resources.get(rel.targets[0])
        if target is None:
            return None
        backs = [r for r in target.relationships if not r.to_many and info.type in r.targets]
        if len(backs) != 1:
            return None
        # Several to-manys of A onto B could mirror that one to-one (an SMS trunk's
        # `incoming_dids` and `outgoing_dids`). Only a read-only one must be derived: clients
        # cannot write it, so its content can only come from B's side; a writable one is a list
        # of its own.
        rivals = [r for r in info.relationships if r.to_many and r.targets == rel.targets]
        if len(rivals) > 1 and rel.access != "read_only":
            return None
        return Inverse(target.type, backs[0].name)

    def inverse(self, type_: str, name: str) -> Inverse | None:
        """How a to-many relationship is derived, when it is the other side of a to-one."""
        return self._inverses.get((type_, name))

    def include_error(self, type_: str, path: tuple[str, ...]) -> str | None:
        """Why an include path is not allowed on ``type_`` (the API's words), or None when it is;
        the rule is :func:`didww._catalog.include_refusal`, which the CLI checks too."""
        refusal = include_refusal(self.resources, type_, path)
        if refusal is None:
            return None
        where = ".".join(path[: refusal.depth + 1])
        return f"{where} is not a valid includable relationship of {type_}"

    def field_names(self, type_: str) -> set[str]:
        """The names a sparse fieldset may list (:func:`didww._catalog.field_names`)."""
        return set(field_names(self.resources[type_]))

    def page_size(self, type_: str) -> tuple[int, int]:
        """A list's (default, largest) page size, as the catalog states them or the usual."""
        stated = self.resources[type_].page_size
        if stated is None:
            return DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
        return stated.default, stated.max
