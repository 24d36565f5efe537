"""The generic behaviour of a resource (JSON:API create, update, delete) that flows extend.

A flow is the hand-written behaviour of one resource type: what creating an order does to the
balance, when an export completes. Resources without a flow get exactly this generic behaviour,
driven by the catalog.
"""

from __future__ import annotations

import copy
from typing import Any

from didww._catalog import ResourceInfo, TypeExpr, parse_type
from didww._conditions import Condition, Group, broken
from didww._types import JSON
from didww.testing._context import Context
from didww.testing._defaults import object_value, resource_defaults
from didww.testing._errors import ErrorEntry, SimError, validation_entry
from didww.testing._http import SimRequest, SimResponse
from didww.testing._query import Query
from didww.testing._schema import Inverse
from didww.testing._store import Linkage, Record, Ref
from didww.testing._validation import Draft, member_pointer


class Flow:
    """Default behaviour: records are created, merged on update and removed on delete."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        record = build_record(ctx, info, draft)
        ctx.store.add(record)
        link_all(ctx, record, draft.relationships)
        self.written(ctx, record, draft)
        return record

    def create_from_request(
        self, ctx: Context, info: ResourceInfo, request: SimRequest
    ) -> Record | None:
        """Handle a create that is not a JSON:API document (None: read it as one)."""
        return None

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        assign_attributes(ctx, record, draft.attributes)
        link_all(ctx, record, draft.relationships)
        self.written(ctx, record, draft)

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        """What follows every create and update once the draft is in the record: derived values
        and checks across fields (a :class:`SimError` undoes the whole request)."""

    def delete(self, ctx: Context, record: Record) -> None:
        ctx.store.remove(record)

    def tick(self, ctx: Context) -> None:
        """Apply what became due by ``ctx.now`` (expiry, completion)."""

    def is_download(self, segment: str) -> bool:
        """Whether a GET of ``<path>/<segment>`` fetches a file rather than a resource (it may
        then take the ``Api-Key`` where the API version otherwise wants a bearer token)."""
        return False

    def serve_member(self, ctx: Context, segment: str, request: SimRequest) -> SimResponse | None:
        """Answer a GET on ``<path>/<segment>`` that is not a resource id (a download)."""
        return None

    def check_list(self, ctx: Context, query: Query) -> None:
        """Refuse a list query the API refuses for this type beyond its parameters' own rules."""

    def list_meta(self, ctx: Context, matched: list[Record]) -> dict[str, JSON]:
        """Top-level meta members a list answer adds, given every record that matched."""
        return {}

    def find_meta(self, ctx: Context, record: Record) -> dict[str, JSON]:
        """Top-level meta members a GET of one record adds."""
        return {}


def build_record(
    ctx: Context, info: ResourceInfo, draft: Draft, *, type_: str | None = None
) -> Record:
    """A new record with defaults and the draft's attributes; 422 when required ones are missing."""
    missing = [
        # The spec's ``required``: what the version's document lists for a create.
        a.name
        for a in info.attributes
        if a.required and a.name not in draft.attributes
    ]
    if missing:
        raise SimError(
            422,
            [validation_entry(f"/data/attributes/{n}", n, "can't be blank") for n in missing],
        )
    record = Record(type_ or info.type, ctx.ids.new_id(), resource_defaults(info, ctx.schema))
    for attribute in info.attributes:
        # Timestamps and references are the server's to set, by the API's naming conventions.
        if attribute.access != "read_only":
            continue
        if attribute.name == "created_at":
            record.attributes["created_at"] = ctx.iso()
        elif attribute.name == "reference" and attribute.type == "string":
            record.attributes["reference"] = ctx.ids.reference()
    assign_attributes(ctx, record, draft.attributes)
    return record


def stored_value(ctx: Context, type_expr: str, value: Any, old: JSON = None) -> JSON:
    """A validated request value as stored: nested objects get defaults or merge with ``old``."""
    expr = parse_type(type_expr)
    if expr.kind in ("union", "object") and isinstance(value, dict) and expr.name:
        if expr.kind == "union":
            variant = ctx.schema.variants(expr.name)[value["type"]]
        else:
            variant = ctx.schema.objects[expr.name]
        given = value.get("attributes", {})
        return object_value(variant, given if isinstance(given, dict) else {}, ctx.schema, old)
    if expr.kind == "list" and isinstance(value, list) and expr.item is not None:
        item = expr.item
        if item.kind in ("union", "object"):
            return [stored_value(ctx, f"{item.kind}[{item.name}]", v) for v in value]
    return copy.deepcopy(value)


def assign_attributes(ctx: Context, record: Record, values: dict[str, JSON]) -> None:
    """Merge attribute values into a record (PATCH semantics: what is not sent is kept).

    A nested object sent is judged as it will be stored, defaults and merged values included,
    against its conditions (see :mod:`didww._conditions`), and its groups as it was sent: 422 at
    each attribute that breaks one, and the request changes nothing."""
    problems: list[ErrorEntry] = []
    for name, value in values.items():
        attribute = ctx.schema.attribute(record.type, name)
        if attribute is None:
            continue
        stored = stored_value(ctx, attribute.type, value, record.attributes.get(name))
        where = f"/data/attributes/{name}"
        problems += _broken_conditions(ctx, parse_type(attribute.type), value, stored, where)
        record.attributes[name] = stored
    if problems:
        raise SimError(422, problems)


def _broken_conditions(
    ctx: Context, expr: TypeExpr, sent: JSON, stored: JSON, pointer: str
) -> list[ErrorEntry]:
    if expr.kind == "list" and isinstance(stored, list) and expr.item is not None:
        found: list[ErrorEntry] = []
        sent_items = sent if isinstance(sent, list) and len(sent) == len(stored) else stored
        for index, (given, member) in enumerate(zip(sent_items, stored, strict=True)):
            found += _broken_conditions(ctx, expr.item, given, member, f"{pointer}/{index}")
        return found
    if expr.kind not in ("union", "object") or not isinstance(stored, dict):
        return []
    if expr.kind == "union":
        variant = ctx.schema.variants(expr.name).get(str(stored.get("type")))
    else:
        variant = ctx.schema.objects.get(expr.name)
    attributes = stored.get("attributes")
    if variant is None or not variant.conditions or not isinstance(attributes, dict):
        return []
    given = sent.get("attributes") if isinstance(sent, dict) else None
    groups = tuple(c for c in variant.conditions if isinstance(c, Group))
    others = tuple(c for c in variant.conditions if not isinstance(c, Group))
    problems = broken(others, attributes, stored=True)
    problems += broken(groups, given if isinstance(given, dict) else attributes, stored=False)
    return [
        validation_entry(f"{pointer}/attributes/{name}", name, message)
        for name, message in problems
    ]


def check_resource_conditions(info: ResourceInfo, record: Record) -> None:
    """Judge the record, as a create or update left it, against the resource's conditions (see
    :mod:`didww._conditions`): 422 at each attribute or relationship that breaks one (a trunk
    keeping ``dids`` while ``allow_any_did_as_cli`` is true, a business identity without its
    ``company_name``), and the request changes nothing. Its groups were judged on the request
    as sent (see ``DocumentValidator.check_groups``). A flow that gathers checks of its own into
    one 422 adds :func:`resource_condition_entries` to them, so that one answer says all."""
    problems = resource_condition_entries(info, record)
    if problems:
        raise SimError(422, problems)


def resource_condition_entries(info: ResourceInfo, record: Record) -> list[ErrorEntry]:
    """The 422 entries of :func:`check_resource_conditions`, one per member that breaks a
    condition; none when the record keeps them all."""
    conditions = tuple(c for c in info.conditions if isinstance(c, Condition))
    if not conditions:
        return []
    members: dict[str, Any] = {**record.attributes, **record.relationships}
    return [
        validation_entry(member_pointer(info, name), name, message)
        for name, message in broken(conditions, members, stored=True)
    ]


def link_all(ctx: Context, record: Record, relationships: dict[str, Linkage]) -> None:
    """Write the relationships a request sent. One side of an exclusive pair set to something
    clears the other (a DID routes to a trunk or a trunk group, never both) unless the request
    sent that side too (then it is written as sent: validation refused setting both)."""
    for name, value in relationships.items():
        ctx.store.link(record, name, value)
        rel = ctx.schema.relationship(record.type, name)
        if rel is None or value is None or value == []:
            continue
        for partner in rel.exclusive_with:
            if partner not in relationships:
                ctx.store.link(record, partner, None)
        if isinstance(value, tuple):
            _check_other_side(ctx, record, name, value)


def _check_other_side(ctx: Context, record: Record, name: str, target_ref: Ref) -> None:
    """A 422 at the to-one ``name`` when joining ``target_ref`` from this side makes the target's
    to-many mirroring it hold more members than the version states (a trunk joining a full trunk
    group through its own ``voice_in_trunk_group``): the limit is the to-many's, whichever side
    the membership is written from. (A refused request is undone whole.)"""
    target = ctx.store.get(*target_ref)
    if target is None:
        return
    for many in ctx.schema.resource(target.type).relationships:
        if many.max_items is None or ctx.schema.inverse(target.type, many.name) != Inverse(
            record.type, name
        ):
            continue
        count = len(ctx.store.related(target, many.name))
        if count > many.max_items:
            raise SimError(
                422,
                [
                    validation_entry(
                        f"/data/relationships/{name}",
                        name,
                        f"{target.type} {target.id} holds at most {many.max_items} "
                        f"{many.name}, and would hold {count}",
                    )
                ],
            )


def require_relationships(draft: Draft, *names: str) -> None:
    """422 for each relationship a create must carry but the draft lacks (or sets to null/[])."""
    missing = [n for n in names if not draft.relationships.get(n)]
    if missing:
        raise SimError(
            422,
            [validation_entry(f"/data/relationships/{n}", n, "can't be blank") for n in missing],
        )


def settled(ctx: Context, record: Record) -> bool:
    """Whether ``record`` is at a terminal value of its catalog's ``lifecycle`` (always, for a
    type without one): flows move a status on (complete, review, cancel) only until then."""
    lifecycle = ctx.schema.resource(record.type).lifecycle
    return lifecycle is None or record.attributes.get(lifecycle.attribute) in lifecycle.terminal


def transient(ctx: Context, type_: str) -> Record:
    """A record that is answered but not kept (validations, credential rotations)."""
    return Record(type_, ctx.ids.new_id())
