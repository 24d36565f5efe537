"""Rendering records as JSON:API: resource objects, compound documents and pagination links.

Fidelity points the SDK relies on: every relationship carries ``links``; linkage (``data``)
appears only for relationships named by ``include``, with their targets once each in ``included``;
write-only members are never rendered; sparse fieldsets limit attributes and relationships; a
type without attributes (a requirement validation) renders none at all; resource-level ``meta``
appears exactly on the types whose catalog entry has meta fields.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Any

from didww._catalog import parse_type
from didww._types import JSON
from didww.testing._derived import meta_of
from didww.testing._listing import PAGINATED, Listing
from didww.testing._query import Query, with_page
from didww.testing._schema import Schema
from didww.testing._store import Record, Ref, Store


@dataclass(frozen=True)
class Page:
    """One page of a collection."""

    records: list[Record]
    total: int
    number: int
    size: int

    @property
    def last(self) -> int:
        return max(1, math.ceil(self.total / self.size))


def paginate(records: list[Record], number: int, size: int) -> Page:
    start = (number - 1) * size
    return Page(records[start : start + size], len(records), number, size)


class Renderer:
    """Renders records for one request (links are absolute on that request's base URL)."""

    def __init__(self, store: Store, base_url: str) -> None:
        self.store = store
        self.schema: Schema = store.schema
        self.base_url = base_url

    def path_of(self, type_: str) -> str:
        return self.base_url + self.schema.resource(type_).path

    # -- values --------------------------------------------------------------------------------

    def _value(self, type_expr: str, value: JSON) -> JSON:
        """A stored value as rendered: write-only members of nested objects are dropped."""
        expr = parse_type(type_expr)
        if expr.kind == "list" and isinstance(value, list) and expr.item is not None:
            item = expr.item
            if item.kind in ("union", "object"):
                inner = f"{item.kind}[{item.name}]"
                return [self._value(inner, v) for v in value]
            return copy.deepcopy(value)
        if expr.kind in ("union", "object") and isinstance(value, dict) and expr.name:
            if expr.kind == "union":
                variant = self.schema.variants(expr.name).get(str(value.get("type")))
            else:
                variant = self.schema.objects.get(expr.name)
            rendered = copy.deepcopy(value)
            attributes = rendered.get("attributes")
            if variant is not None and isinstance(attributes, dict):
                hidden = {a.name for a in variant.attributes if a.write_only}
                rendered["attributes"] = {k: v for k, v in attributes.items() if k not in hidden}
            return rendered
        return copy.deepcopy(value)

    # -- resource objects ----------------------------------------------------------------------

    def resource_object(
        self, record: Record, *, linkage: set[str], fields: set[str] | None
    ) -> dict[str, JSON]:
        info = self.schema.resource(record.type)
        obj: dict[str, JSON] = {"id": record.id, "type": record.type}
        if any(not a.write_only for a in info.attributes):
            obj["attributes"] = {
                a.name: self._value(a.type, record.attributes.get(a.name))
                for a in info.attributes
                if not a.write_only and (fields is None or a.name in fields)
            }
        relationships: dict[str, JSON] = {}
        for rel in info.relationships:
            if rel.write_only or (fields is not None and rel.name not in fields):
                continue
            base = f"{self.path_of(record.type)}/{record.id}"
            entry: dict[str, JSON] = {
                "links": {
                    "self": f"{base}/relationships/{rel.name}",
                    "related": f"{base}/{rel.name}",
                }
            }
            if rel.name in linkage:
                entry["data"] = identifiers(self.store.linkage(record, rel.name))
            relationships[rel.name] = entry
        if relationships:
            obj["relationships"] = relationships
        if info.meta:
            obj["meta"] = meta_of(self.store, record)
        return obj

    # -- documents -----------------------------------------------------------------------------

    def _compound(
        self, primary: list[Record], query: Query
    ) -> tuple[list[dict[str, JSON]], list[dict[str, JSON]]]:
        """Render the primary records and everything ``include`` pulls in."""
        linkage: dict[Ref, set[str]] = {r.ref: set() for r in primary}
        order: list[Record] = []
        seen: set[Ref] = {r.ref for r in primary}
        for path in query.include:
            level = list(primary)
            for step in path:
                following: list[Record] = []
                for record in level:
                    if self.schema.relationship(record.type, step) is None:
                        continue  # a polymorphic step that only some targets have
                    linkage.setdefault(record.ref, set()).add(step)
                    for target in self.store.related(record, step):
                        if target.ref not in seen:
                            seen.add(target.ref)
                            order.append(target)
                        following.append(target)
                level = following
        data = [
            self.resource_object(r, linkage=linkage[r.ref], fields=query.fields.get(r.type))
            for r in primary
        ]
        included = [
            self.resource_object(
                r, linkage=linkage.get(r.ref, set()), fields=query.fields.get(r.type)
            )
            for r in order
        ]
        return data, included

    def single(
        self, record: Record, query: Query, meta: dict[str, JSON] | None = None
    ) -> dict[str, JSON]:
        """A single-resource document; ``meta`` adds members after ``api_version``."""
        data, included = self._compound([record], query)
        document: dict[str, JSON] = {"data": data[0]}
        if included:
            document["included"] = included
        document["meta"] = {"api_version": self.schema.api_version, **(meta or {})}
        return document

    def collection(
        self,
        page: Page,
        query: Query,
        path: str,
        *,
        listing: Listing = PAGINATED,
        meta: dict[str, JSON] | None = None,
    ) -> dict[str, JSON]:
        """A collection document shaped by ``listing``; ``meta`` adds members to its meta."""
        data, included = self._compound(page.records, query)
        document: dict[str, JSON] = {"data": data}
        if included:
            document["included"] = included
        if listing.meta:
            members: dict[str, JSON] = {"api_version": self.schema.api_version}
            if listing.paginated:
                members["total_records"] = page.total
            document["meta"] = {**members, **(meta or {})}
        if listing.paginated:
            document["links"] = self.page_links(page, query, path)
        return document

    def page_links(self, page: Page, query: Query, path: str) -> dict[str, str]:
        url = self.base_url + path

        def link(number: int) -> str:
            return f"{url}?{with_page(query.pairs, number, page.size)}"

        links = {"first": link(1), "last": link(page.last)}
        # `next` and `prev` are left out at the ends, as the API does.
        if page.number < page.last:
            links["next"] = link(page.number + 1)
        if page.number > 1:
            links["prev"] = link(min(page.number - 1, page.last))
        return links

    def linkage_document(self, record: Record, name: str) -> dict[str, JSON]:
        base = f"{self.path_of(record.type)}/{record.id}"
        return {
            "data": identifiers(self.store.linkage(record, name)),
            "links": {"self": f"{base}/relationships/{name}", "related": f"{base}/{name}"},
            "meta": {"api_version": self.schema.api_version},
        }


def identifiers(value: Any) -> JSON:
    """Linkage as resource identifier objects."""
    if isinstance(value, list):
        return [{"type": t, "id": i} for t, i in value]
    if isinstance(value, tuple):
        return {"type": value[0], "id": value[1]}
    return None
