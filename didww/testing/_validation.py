"""Validation of request documents against the catalog, the way the API validates them.

Malformed documents (not JSON, no ``data`` object, wrong ``type``, ``id`` not matching the URL)
answer 400. Problems with members answer 422 with a ``source.pointer`` each: values of the wrong
JSON type, nulls where null is not allowed, and relationships pointing at resources that do not
exist. Members the API does not accept (unknown or read-only attributes and relationships,
create-only ones on update, at any depth) answer 422 the same way, or 400 under the versions in
:data:`NOT_ACCEPTED_IS_BAD_REQUEST`. A resource's ``callback_url`` (and ``callback_method`` beside
it) is checked the way the versions in :data:`CALLBACK_URLS_CHECKED` say. A to-many relationship
whose catalog entry states ``min_items``, ``max_items`` or ``unique_items`` (the version's spec,
from its document's ``minItems``/``maxItems``/``uniqueItems``) answers 422 for fewer or more
members, or a member named twice. So does an attribute value, of a resource or inside a nested
object, outside the limits its catalog entry states (``minimum``/``maximum``, ``max_length``,
``pattern``, and for a list ``min_items``/``max_items``/``unique_items``), pointing at the
attribute.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from didww._catalog import AttributeInfo, RelationshipInfo, ResourceInfo, TypeExpr, parse_type
from didww._codecs import parse_datetime
from didww._conditions import Group, broken
from didww._types import JSON
from didww.testing import _errors as err
from didww.testing._defaults import required_by_text
from didww.testing._errors import ErrorEntry, validation_entry
from didww.testing._schema import Schema
from didww.testing._store import Linkage, Ref, Store
from didww.webhooks import _with_scheme

NOT_ACCEPTED_IS_BAD_REQUEST = frozenset({"2026-10-22"})
"""The API versions that answer 400, not 422, for a body member the API does not accept.

The 2026-10-22 document gives every create and update a 400 for "the body carries a member the
API does not accept" and keeps 422 for values that fail validation. Its request schemas list, per
operation, exactly the members the catalog lets the operation write (writable ones, plus
create-only ones on a create), and its read-only members ("Read-only — sending it is rejected")
appear in responses only. So every member :meth:`DocumentValidator.refuse` is given is one it does
not accept: an unknown or read-only attribute or relationship, a create-only one on an update, and
the same inside a nested object such as ``configuration``, whose request schemas list their
members too (as the export ``filters`` keys answer 400 in :mod:`._exports`). The same versions
refuse an encrypted file upload's form field other than the ones the document lists, with 400
(:func:`._multipart.refuse_unknown_fields`). The 2026-04-16 document states no such answer, so its
simulator keeps the 422 it has always given, and ignores form fields it does not read."""


CALLBACK_URLS_CHECKED = frozenset({"2026-10-22"})
"""The API versions whose documents say how a resource's ``callback_url`` is checked.

The 2026-10-22 document describes the ``callback_url`` of every resource that has one (orders,
exports, address and emergency verifications, voice OUT trunks), in request and response schemas
alike, as "A value with no scheme is accepted and read as `http://`; only `http` and `https` are
allowed". So, for every resource attribute named ``callback_url`` (the catalog says which
resources have one):

- another scheme is a 422 at ``/data/attributes/callback_url``. The document names no status for
  it; its 400 is only for members the API does not accept, and 422 for values that fail
  validation (:data:`NOT_ACCEPTED_IS_BAD_REQUEST`), which this is;
- a value without a scheme is stored, and read back, with ``http://`` in front: the response
  schemas give the member ``format: uri``, which a value without a scheme is not.

The create requests of the resources that also have a ``callback_method`` add "Send
`callback_url` and `callback_method` together: one without the other is rejected": the version's
spec states it as a group of the resource (``all_or_none_of``), which the SDK judges before
sending and :meth:`DocumentValidator.check_groups` here, with a 422 at the one missing: one
without a value (sent as null) beside one with a value, or one left out beside one sent, even as
null (the schema counts the keys a body holds).

A value without a host, or with white space, is a 422 too (the simulator's choice: no status or
wording in the document, but it cannot be called and is no ``uri``). Neither document gives the
URL a length limit, and the ``callback_url`` inside an SMS trunk's configuration is described
without these rules, so it is left alone. The 2026-04-16 document states none of this (a plain
nullable string; the method just "used when calling" it), so its simulator stores any string as
given, with or without a method."""


def stored_callback_url(url: str) -> str:
    """``url`` as a version in :data:`CALLBACK_URLS_CHECKED` stores it (``http://`` added when it
    has no scheme); ValueError with the reason when it refuses it."""
    url = _with_scheme(url)  # the rule the SDK's webhooks check a signature's URL by
    scheme = url.partition(":")[0]
    if scheme.lower() not in ("http", "https"):
        raise ValueError(f"must be an http or https URL, not {scheme}")
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[::1" cannot even be split
        host = None
    if not host or any(char.isspace() for char in url):
        raise ValueError("is not a valid URL")
    return url


@dataclass
class Draft:
    """The members a valid request document sets (only those it sent)."""

    attributes: dict[str, JSON] = field(default_factory=dict)
    relationships: dict[str, Linkage] = field(default_factory=dict)


def member_pointer(info: ResourceInfo, name: str) -> str:
    """The pointer of a resource's attribute or relationship ``name`` in a request document."""
    where = "attributes" if info.attribute(name) is not None else "relationships"
    return f"/data/{where}/{name}"


def parse_json(body: bytes) -> JSON:
    if not body.strip():
        raise err.bad_request(
            "The required parameter, data, is missing.",
            err.PARAM_MISSING,
            title="Missing Parameter",
        )
    try:
        document = json.loads(body)
        # A lone surrogate escaped in a string ("\ud800") parses, but is no text: stored, it
        # failed every answer that shows it (a 500 from the simulator itself).
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    # Nesting deeper than the stack allows is a client's malformed document too, not a 500.
    except (ValueError, UnicodeError, RecursionError):
        raise err.bad_request(
            "The request body is not valid JSON.", err.INVALID_DOCUMENT, title="Invalid document"
        ) from None
    return document


def _scalar_ok(kind: str, value: Any) -> bool:
    if kind in ("string", "id"):
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "json":
        return isinstance(value, dict)
    if kind == "any":
        return True
    if kind == "decimal":
        # Money travels as decimal strings; a JSON number is a client bug worth catching.
        if not isinstance(value, str):
            return False
        try:
            return Decimal(value).is_finite()
        except InvalidOperation:
            return False
    if kind == "date":
        try:
            return isinstance(value, str) and bool(dt.date.fromisoformat(value))
        except ValueError:
            return False
    if kind == "datetime":
        try:
            return isinstance(value, str) and bool(parse_datetime(value))
        except ValueError:
            return False
    return False


_DESCRIBE = {
    "string": "a string",
    "id": "an id (a string)",
    "integer": "an integer",
    "boolean": "true or false",
    "json": "a JSON object",
    "any": "a JSON value",
    "decimal": "a decimal number as a string",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "an ISO 8601 timestamp",
}


class DocumentValidator:
    """Checks one request document; collects every member error before answering."""

    def __init__(
        self, schema: Schema, store: Store, *, creating: bool, stored: bool = False
    ) -> None:
        self.schema = schema
        self.store = store
        self.creating = creating
        self.stored = stored
        """Whether the values checked are stored ones (the seed's), not a request's: members
        only a request carries (a nested object's ``required`` write-only ids) are not asked
        for."""
        self.errors: list[ErrorEntry] = []
        """Validation problems (422)."""
        self.refused: list[ErrorEntry] = []
        """Members the API does not accept, under a version that answers them with 400."""
        self._refuse_as_bad_request = schema.api_version in NOT_ACCEPTED_IS_BAD_REQUEST
        self._check_callback_urls = schema.api_version in CALLBACK_URLS_CHECKED

    def fail(self, pointer: str, name: str, message: str) -> None:
        self.errors.append(validation_entry(pointer, name, message))

    def refuse(self, pointer: str, name: str, reason: str) -> None:
        """A member the API does not accept; whether that is a 400 or a 422 is decided here only
        (see :data:`NOT_ACCEPTED_IS_BAD_REQUEST`)."""
        if self._refuse_as_bad_request:
            self.refused.append(err.not_allowed_entry(pointer, name, reason))
        else:
            self.fail(pointer, name, reason)

    # -- values --------------------------------------------------------------------------------

    def check_attribute(self, attribute: AttributeInfo, value: Any, pointer: str) -> None:
        name = attribute.name
        if attribute.access == "read_only":
            self.refuse(pointer, name, "is read-only")
            return
        if attribute.access == "create_only" and not self.creating:
            self.refuse(pointer, name, "can only be set when creating")
            return
        if value is None:
            if not attribute.nullable or not attribute.null_in_requests:
                self.fail(pointer, name, "can't be blank")
            return
        before = len(self.errors)
        self.check_value(parse_type(attribute.type), value, pointer, name)
        if len(self.errors) == before and attribute.limited:
            refusal = attribute.limit_refusal(value)
            if refusal is not None:
                self.fail(pointer, name, refusal)

    def check_value(self, expr: TypeExpr, value: Any, pointer: str, name: str) -> None:
        if expr.kind in _DESCRIBE:
            if not _scalar_ok(expr.kind, value):
                self.fail(pointer, name, f"must be {_DESCRIBE[expr.kind]}")
        elif expr.kind == "enum":
            allowed = self.schema.enums[expr.name].values
            # bool is an int in Python, but true is never a valid integer enum value.
            if isinstance(value, bool) or value not in allowed:
                listed = ", ".join(str(v) for v in allowed)
                self.fail(pointer, name, f"is not included in the list ({listed})")
        elif expr.kind == "list":
            if not isinstance(value, list):
                self.fail(pointer, name, "must be an array")
                return
            for index, item in enumerate(value):
                if item is None:
                    self.fail(f"{pointer}/{index}", name, "can't contain null")
                elif expr.item is not None:
                    self.check_value(expr.item, item, f"{pointer}/{index}", name)
        elif expr.kind in ("union", "object"):
            self.check_object(expr, value, pointer, name)
        else:  # pragma: no cover - parse_type accepts nothing else
            self.fail(pointer, name, f"has an unsupported type {expr.kind}")

    def check_object(self, expr: TypeExpr, value: Any, pointer: str, name: str) -> None:
        if not isinstance(value, dict):
            self.fail(pointer, name, "must be an object with type and attributes")
            return
        if expr.kind == "union":
            variants = self.schema.variants(expr.name)
            wire_type = value.get("type")
            variant = variants.get(wire_type) if isinstance(wire_type, str) else None
            if variant is None:
                listed = ", ".join(variants)
                self.fail(f"{pointer}/type", name, f"type must be one of {listed}")
                return
        else:
            variant = self.schema.objects[expr.name]
        if variant.read_only:
            self.fail(f"{pointer}/type", name, f"{variant.wire_type} can't be set through the API")
            return
        if variant.update_only and self.creating and not self.stored:
            self.fail(f"{pointer}/type", name, f"{variant.wire_type} can't be chosen on create")
            return
        attributes = value.get("attributes", {})
        if not isinstance(attributes, dict):
            self.fail(f"{pointer}/attributes", name, "attributes must be an object")
            return
        known = {a.name: a for a in variant.attributes}
        version = self.schema.api_version
        for needed in variant.attributes:
            if self.stored and needed.write_only:
                continue
            required = needed.required or (
                self.creating
                and not self.stored
                and required_by_text(variant.name, needed.name, version)
            )
            if required and attributes.get(needed.name) is None:
                # The wording and code of the API's other missing parameters.
                raise err.bad_request(
                    f"{needed.name} is required when sending {variant.wire_type}.",
                    err.PARAM_MISSING,
                    title="Missing Parameter",
                    pointer=f"{pointer}/attributes/{needed.name}",
                )
        for key, item in attributes.items():
            where = f"{pointer}/attributes/{key}"
            member = known.get(key)
            if member is None:
                self.refuse(where, key, f"is not a known attribute of {variant.wire_type}")
            else:
                self.check_attribute(member, item, where)

    def check_callback(self, info: ResourceInfo, draft: Draft) -> None:
        """The ``callback_url`` rules of :data:`CALLBACK_URLS_CHECKED`, on the attributes the
        request set (the URL as stored goes into ``draft``). That the URL and its method are
        sent together is a group of the catalog (:meth:`check_groups`)."""
        if not self._check_callback_urls or info.attribute("callback_url") is None:
            return
        url = draft.attributes.get("callback_url")
        if isinstance(url, str):  # any other value already failed its type check
            try:
                draft.attributes["callback_url"] = stored_callback_url(url)
            except ValueError as refusal:
                self.fail("/data/attributes/callback_url", "callback_url", str(refusal))

    def check_groups(self, info: ResourceInfo, draft: Draft) -> None:
        """The catalog's groups of the resource (see :mod:`didww._conditions`), on the members
        a create sent: 422 at each member that breaks one."""
        members: dict[str, Any] = {**draft.attributes, **draft.relationships}
        groups = tuple(c for c in info.conditions if isinstance(c, Group))
        for name, message in broken(groups, members, stored=False):
            self.fail(member_pointer(info, name), name, message)

    def check_variants(self, info: ResourceInfo, draft: Draft, url_id: str) -> None:
        """An update of a union the catalog marks ``fixed_variant`` (an inbound trunk's
        ``configuration``) keeps the variant stored: 422 at the ``type`` sent otherwise."""
        record = self.store.get(info.type, url_id)
        if record is None:
            return
        for attribute in info.attributes:
            if not attribute.fixed_variant:
                continue
            name = attribute.name
            sent, stored = draft.attributes.get(name), record.attributes.get(name)
            if not (isinstance(sent, dict) and isinstance(stored, dict)):
                continue
            known = self.schema.variants(str(parse_type(attribute.type).name))
            own = stored.get("type")
            # A type that is no variant of the union was refused as such already.
            if sent.get("type") in known and sent.get("type") != own:
                message = f"type can't change from {own}, the type it was created with"
                self.fail(f"/data/attributes/{name}/type", name, message)

    # -- relationships -------------------------------------------------------------------------

    def _identifier(
        self, value: Any, targets: tuple[str, ...], pointer: str, name: str
    ) -> Ref | None:
        if not isinstance(value, dict) or not isinstance(value.get("type"), str):
            raise err.bad_request(
                f"{name} must be a resource identifier object with type and id.",
                err.INVALID_DOCUMENT,
                title="Invalid document",
                pointer=pointer,
            )
        type_, id_ = value["type"], value.get("id")
        if not isinstance(id_, str) or not id_:
            raise err.bad_request(
                f"{name} must have a string id.",
                err.INVALID_DOCUMENT,
                title="Invalid document",
                pointer=pointer,
            )
        if type_ not in targets:
            self.fail(pointer, name, f"must be {' or '.join(targets)}, not {type_}")
            return None
        if self.store.get(type_, id_) is None:
            self.fail(pointer, name, f"{type_} {id_} was not found")
            return None
        return (type_, id_)

    def _check_members(
        self, rel: RelationshipInfo, refs: list[Ref | None], pointer: str, name: str
    ) -> None:
        """The limits the version's spec states on a to-many (``min_items``, ``max_items``,
        ``unique_items``): a 422 pointing at the array for too few or too many members, at the
        repeated member for one sent twice. Nothing of the request is written."""
        # Members are counted once however often they are named (2026-10-22 says so of a trunk
        # group; a list that may not repeat one refuses the repeat below). A member that named
        # nothing valid is already refused, and not counted.
        count = len({ref for ref in refs if ref is not None})
        if rel.max_items is not None and count > rel.max_items:
            self.fail(pointer, name, f"takes at most {_members(rel.max_items)}, not {count}")
        if rel.min_items is not None and count < rel.min_items:
            self.fail(pointer, name, f"takes at least {_members(rel.min_items)}, not {count}")
        if rel.unique_items:
            seen: set[Ref] = set()
            for index, ref in enumerate(refs):
                if ref is not None and ref in seen:
                    self.fail(f"{pointer}/{index}", name, f"names {ref[0]} {ref[1]} twice")
                if ref is not None:
                    seen.add(ref)

    def check_relationships(self, info: ResourceInfo, members: Any, draft: Draft) -> None:
        if not isinstance(members, dict):
            raise err.bad_request(
                "relationships must be an object.", err.INVALID_DOCUMENT, title="Invalid document"
            )
        for name, entry in members.items():
            pointer = f"/data/relationships/{name}"
            rel = info.relationship(name)
            if rel is None:
                self.refuse(pointer, name, f"is not a known relationship of {info.type}")
                continue
            if rel.access == "read_only":
                self.refuse(pointer, name, "is read-only")
                continue
            if rel.access == "create_only" and not self.creating:
                self.refuse(pointer, name, "can only be set when creating")
                continue
            if not isinstance(entry, dict) or "data" not in entry:
                raise err.bad_request(
                    f"relationship {name} must be an object with data.",
                    err.INVALID_DOCUMENT,
                    title="Invalid document",
                    pointer=pointer,
                )
            data = entry["data"]
            if rel.to_many:
                if not isinstance(data, list):
                    self.fail(f"{pointer}/data", name, "must be an array of resource identifiers")
                    continue
                refs = [
                    self._identifier(item, rel.targets, f"{pointer}/data/{i}", name)
                    for i, item in enumerate(data)
                ]
                draft.relationships[name] = [r for r in refs if r is not None]
                self._check_members(rel, refs, f"{pointer}/data", name)
            elif data is None:
                if not rel.nullable:
                    self.fail(f"{pointer}/data", name, "can't be blank")
                    continue
                draft.relationships[name] = None
            elif rel.detach_only:
                # The version's document: a request may detach it (null), never attach one.
                self.fail(f"{pointer}/data", name, "can only be detached (sent as null)")
            else:
                draft.relationships[name] = self._identifier(
                    data, rel.targets, f"{pointer}/data", name
                )
        # The API routes a DID to a trunk or a trunk group, never both: a request may set one
        # side and clear the other, not set both.
        for name, value in draft.relationships.items():
            rel = info.relationship(name)
            if rel is None or value is None:
                continue
            for partner in rel.exclusive_with:
                if draft.relationships.get(partner) is not None:
                    self.fail(
                        f"/data/relationships/{name}",
                        name,
                        f"cannot be set together with {partner}",
                    )

    # -- documents -----------------------------------------------------------------------------

    def read(self, info: ResourceInfo, document: Any, url_id: str | None) -> Draft:
        if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
            raise err.bad_request(
                "The required parameter, data, is missing.",
                err.PARAM_MISSING,
                title="Missing Parameter",
            )
        data = document["data"]
        if data.get("type") != info.type:
            raise err.bad_request(
                f"{data.get('type')!r} is not a valid resource type here; expected {info.type}.",
                err.INVALID_RESOURCE,
                title="Invalid resource",
                pointer="/data/type",
            )
        if url_id is not None and data.get("id") != url_id:
            raise err.bad_request(
                f"The resource id {data.get('id')!r} does not match the URL id {url_id}.",
                err.KEY_NOT_IN_URL,
                title="Key is not included in URL",
                pointer="/data/id",
            )
        if url_id is None and "id" in data:
            raise err.bad_request(
                "Client-generated ids are not supported.",
                err.PARAM_NOT_ALLOWED,
                title="Param not allowed",
                pointer="/data/id",
            )
        draft = Draft()
        attributes = data.get("attributes", {})
        if not isinstance(attributes, dict):
            raise err.bad_request(
                "attributes must be an object.", err.INVALID_DOCUMENT, title="Invalid document"
            )
        for name, value in attributes.items():
            pointer = f"/data/attributes/{name}"
            attribute = info.attribute(name)
            if attribute is None:
                self.refuse(pointer, name, f"is not a known attribute of {info.type}")
                continue
            self.check_attribute(attribute, value, pointer)
            draft.attributes[name] = value
        self.check_callback(info, draft)
        self.check_relationships(info, data.get("relationships", {}), draft)
        if self.creating:
            self.check_groups(info, draft)
        elif url_id is not None:
            self.check_variants(info, draft, url_id)
        # A body carrying a member the API does not accept is refused as a whole, before its
        # values are validated (a JSON:API server checks the permitted members while parsing the
        # request, and validates only what it parsed), so its 400 names those members alone and
        # no 422 is mixed in. Every refused member gets an entry (attributes, then relationships).
        if self.refused:
            raise err.SimError(400, self.refused)
        if self.errors:
            raise err.SimError(422, self.errors)
        return draft


def read_document(
    schema: Schema, store: Store, info: ResourceInfo, body: bytes, *, url_id: str | None
) -> Draft:
    """Validate a create (``url_id`` None) or update request body into a :class:`Draft`."""
    validator = DocumentValidator(schema, store, creating=url_id is None)
    return validator.read(info, parse_json(body), url_id)


def _members(count: int) -> str:
    return f"{count} member{'' if count == 1 else 's'}"
