"""The simulator's state: every resource as a record, with relationship bookkeeping.

Relationships are stored on one side only. A to-many that mirrors a to-one of its target
(``identities.addresses`` and ``addresses.identity``) is derived from the to-one, so writing
either side keeps both consistent.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from didww._types import JSON
from didww.testing._schema import Schema

Ref = tuple[str, str]
"""A resource identifier as (type, id)."""

Linkage = Ref | None | list[Ref]


@dataclass
class Record:
    """One resource: its wire attributes and stored relationships, plus private state."""

    type: str
    id: str
    attributes: dict[str, JSON] = field(default_factory=dict)
    relationships: dict[str, Linkage] = field(default_factory=dict)
    meta: dict[str, JSON] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    """Private state never rendered: due times, filter values that are not attributes, ..."""
    visible: bool = True
    """False hides the record from its own endpoints (a reserved available DID) but not from
    ``include``."""

    @property
    def ref(self) -> Ref:
        return (self.type, self.id)


class Store:
    """All records, by type then id, in insertion order."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._records: dict[str, dict[str, Record]] = {t: {} for t in schema.resources}

    # -- basic access --------------------------------------------------------------------------

    def add(self, record: Record) -> Record:
        self._records.setdefault(record.type, {})[record.id] = record
        return record

    def get(self, type_: str, id_: str) -> Record | None:
        return self._records.get(type_, {}).get(id_)

    def deref(self, linkage: Linkage) -> Record | None:
        """The record a to-one linkage points at (None for null, a list or a missing record)."""
        return self.get(*linkage) if isinstance(linkage, tuple) else None

    def deref_all(self, linkage: Linkage) -> list[Record]:
        """The records a to-many linkage points at (missing ones skipped)."""
        refs = linkage if isinstance(linkage, list) else []
        return [r for r in (self.get(*ref) for ref in refs) if r is not None]

    def all(self, type_: str, *, include_hidden: bool = False) -> list[Record]:
        records = self._records.get(type_, {}).values()
        return [r for r in records if include_hidden or r.visible]

    def singleton(self, type_: str) -> Record | None:
        found = self.all(type_)
        return found[0] if found else None

    def remove(self, record: Record) -> None:
        """Delete a record; to-one links onto it become null and to-many lists drop it."""
        self._records.get(record.type, {}).pop(record.id, None)
        ref = record.ref
        for records in self._records.values():
            for other in records.values():
                for name, value in other.relationships.items():
                    if value == ref:
                        other.relationships[name] = None
                    elif isinstance(value, list) and ref in value:
                        other.relationships[name] = [r for r in value if r != ref]

    # -- relationships -------------------------------------------------------------------------

    def linkage(self, record: Record, name: str) -> Linkage:
        """The current linkage of a relationship (derived for mirrored to-manys)."""
        rel = self.schema.relationship(record.type, name)
        inverse = self.schema.inverse(record.type, name)
        if inverse is not None:
            return [
                other.ref
                for other in self.all(inverse.target, include_hidden=True)
                if other.relationships.get(inverse.to_one) == record.ref
            ]
        value = record.relationships.get(name)
        if rel is not None and rel.to_many:
            return list(value) if isinstance(value, list) else []
        return value if isinstance(value, tuple) else None

    def related(self, record: Record, name: str) -> list[Record]:
        """The records a relationship points at (missing ones are skipped)."""
        value = self.linkage(record, name)
        refs = value if isinstance(value, list) else [] if value is None else [value]
        return [r for r in (self.get(*ref) for ref in refs) if r is not None]

    def one(self, record: Record, name: str) -> Record | None:
        found = self.related(record, name)
        return found[0] if found else None

    def link(self, record: Record, name: str, value: Linkage) -> None:
        """Set a relationship; a mirrored to-many is written through its targets' to-one."""
        inverse = self.schema.inverse(record.type, name)
        if inverse is None:
            record.relationships[name] = list(value) if isinstance(value, list) else value
            return
        wanted = set(value) if isinstance(value, list) else set()
        for other in self.all(inverse.target, include_hidden=True):
            points_here = other.relationships.get(inverse.to_one) == record.ref
            if other.ref in wanted:
                other.relationships[inverse.to_one] = record.ref
            elif points_here:
                other.relationships[inverse.to_one] = None

    # -- transactions --------------------------------------------------------------------------

    def snapshot(self) -> bytes:
        """What to roll back to when a write fails half-way: every record, pickled. Taken
        before each write, so its cost is what bulk set-up pays per request; pickling (in C) is
        several times cheaper than ``copy.deepcopy``, and the records are rebuilt only for a
        write that fails."""
        return pickle.dumps(self._records, pickle.HIGHEST_PROTOCOL)

    def restore(self, snapshot: bytes) -> None:
        self._records = pickle.loads(snapshot)
