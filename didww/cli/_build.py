"""Models to create or update, built from ``--set NAME=VALUE`` pairs and ``--file`` documents.

Values are assigned through the SDK's own models, so the SDK's checks apply as well. The CLI checks
what the catalog knows first (names, who may write them, types, relationships that exclude each
other), so that a mistake names the flag or the place in the file, before anything is sent.

A file holds one JSON object::

    {"attributes": {"name": "Office PBX", "configuration": {"type": "sip_configurations", ...}},
     "relationships": {"pop": "POP-ID", "dids": ["DID-1", "DID-2"],
                       "entity": {"type": "identities", "id": "IDENTITY-ID"}}}

A JSON:API request document (``{"data": {"type": ..., "attributes": ..., "relationships": ...}}``)
is accepted too, and so is a record as ``-o json`` writes it, so that ``find -o json``, edited,
can go back to ``update --file -``: its ``meta`` and ``included`` are ignored, ``type`` and ``id``
must be the resource's, and in an update the members the API does not take (read-only and
create-only ones) are left out, named in a note (:func:`parse_document`'s ``left_out``), rather
than refused: the CLI cannot tell an edited one from one copied as it was. A create file, which
no output is (a new resource has no id), is refused them, as ``--set`` is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import didww
from didww._errors import FILTERED
from didww._query import closest_name
from didww.cli._catalog import RelationshipInfo, ResourceInfo, current, elsewhere, id_column
from didww.cli._config import refuse_if_elsewhere
from didww.cli._errors import InputError
from didww.cli._values import (
    NULL,
    check_access,
    comma_items,
    did_you_mean,
    filtered_refusal,
    from_json,
    from_text,
    holds_filtered,
    json_array,
    load_json,
    parse_type,
    secret_safe,
    takes,
)

__all__ = ["Change", "build_model", "merge", "parse_document", "parse_sets", "settable_names"]

_DOCUMENT_KEYS = frozenset({"type", "id", "attributes", "relationships"})
_OUTPUT_KEYS = frozenset({"meta", "included"})
"""What ``-o json`` writes beside the document's keys; never sent, so ignored in a file."""
_OBJECT_KINDS = frozenset({"object", "union"})
"""Kinds of attribute whose members are judged one by one for [FILTERED]."""


@dataclass(frozen=True)
class Change:
    """One attribute or relationship to assign, and where it came from (for messages)."""

    name: str
    value: Any
    source: str


def settable_names(info: ResourceInfo, *, creating: bool) -> list[str]:
    """What ``--set`` accepts for this resource: attributes, then the ids of relationships
    (``voice_in_trunk_id``, ``did_ids``)."""
    allowed = ("writable", "create_only") if creating else ("writable",)
    names = [a.name for a in info.attributes if a.access in allowed]
    names += [id_column(r) for r in info.relationships if r.access in allowed]
    return names


def _relationship_for(info: ResourceInfo, name: str) -> RelationshipInfo | None:
    for rel in info.relationships:
        if name in (rel.name, id_column(rel)):
            return rel
    return None


# --- --set -------------------------------------------------------------------------------------


def parse_sets(info: ResourceInfo, pairs: Sequence[str], *, creating: bool) -> list[Change]:
    """``--set`` pairs as changes; each name at most once."""
    changes: list[Change] = []
    seen: set[str] = set()
    for pair in pairs:
        name, equals, text = pair.partition("=")
        name = name.strip()
        where = f"--set {name}"
        if not equals or not name:
            raise InputError(f"--set {pair!r}: expected NAME=VALUE")
        change = _set_one(info, name, text, where, creating=creating)
        if change.name in seen:
            raise InputError(f"{where}: {change.name} is set twice")
        seen.add(change.name)
        changes.append(change)
    return changes


def _set_one(info: ResourceInfo, name: str, text: str, where: str, *, creating: bool) -> Change:
    attribute = info.attribute(name)
    if attribute is not None:
        check_access(attribute.access, creating, where)
        if FILTERED in text and parse_type(attribute.type).kind not in _OBJECT_KINDS:
            # Copied from the output, where it hid a secret: a --set is a value to send, and
            # sent it would replace the stored secret (an object's members are judged one by
            # one, as in a --file: see _values._nested).
            raise filtered_refusal(where, text)
        convert = partial(
            from_text, text, attribute.type, attribute.nullable, where, creating=creating
        )
        return Change(name, secret_safe(name, where, attribute.type, convert), where)
    rel = _relationship_for(info, name)
    if rel is not None:
        check_access(rel.access, creating, where)
        return Change(rel.name, _related_from_text(rel, text, where), where)
    head = name.split(".", 1)[0]
    nested = info.attribute(head)
    if nested is not None and "." in name:
        raise InputError(
            f"{where}: {head} is set whole, as JSON: --set '{head}={{\"type\": ...}}' "
            "(or in a --file)"
        )
    found = elsewhere(info, lambda other, _: name in settable_names(other, creating=creating))
    refuse_if_elsewhere(f"{where}: {info.type} has no such field", "a field", found)
    settable = settable_names(info, creating=creating)
    close = closest_name(name, settable)
    suggestion = f" (did you mean {close!r}?)" if close else ""
    names = ", ".join(settable) or "nothing"
    raise InputError(f"{where}: {info.type} has no such field{suggestion}; --set takes: {names}")


def _related_from_text(rel: RelationshipInfo, text: str, where: str) -> Any:
    text = text.strip()
    if rel.to_many:
        # null clears, as the help says; a to-many relationship is cleared with no ids (JSON:API
        # has no null for it), and "null" read as an id would be sent as one.
        if not text or text == NULL:
            return []
        if text.startswith("["):  # a JSON array of ids: "[]" went out as the id "[]"
            return [_identified_json(rel, item, where) for item in json_array(text, where)]
        return [_identified(rel, part, where) for part in comma_items(text, where)]
    if text == NULL:
        return None
    return _identified(rel, text, where)


def _identified_json(rel: RelationshipInfo, item: object, where: str) -> didww.Resource:
    """An item of a JSON array of ids: ``"ID"``, or ``"TYPE:ID"`` as on the command line."""
    if not isinstance(item, str):
        raise InputError(f"{where}: expected a non-empty id, got {json.dumps(item)}")
    return _identified(rel, item, where)


def _identified(rel: RelationshipInfo, text: str, where: str) -> didww.Resource:
    """``ID``, or ``TYPE:ID`` for a relationship that can point at several types."""
    if len(rel.targets) == 1:
        return _related(rel, rel.targets[0], text, where)
    type_, colon, id = text.partition(":")
    if not colon:
        raise InputError(
            f"{where}: {rel.name} can point at {', '.join(rel.targets)}; write TYPE:ID"
        )
    return _related(rel, type_.strip(), id.strip(), where)


def _related(rel: RelationshipInfo, type_: str, id: object, where: str) -> didww.Resource:
    if type_ not in rel.targets:
        raise InputError(f"{where}: {rel.name} points at {', '.join(rel.targets)}, not {type_}")
    if isinstance(id, int) and not isinstance(id, bool):
        id = str(id)
    if not isinstance(id, str) or not id:
        raise InputError(f"{where}: expected a non-empty id, got {json.dumps(id)}")
    cls = current().model_class(type_)
    return cls(id) if cls is not None else didww.GenericResource(type_, id)


# --- --file ------------------------------------------------------------------------------------


def parse_document(
    info: ResourceInfo,
    text: str,
    source: str,
    *,
    creating: bool,
    id: str | None = None,
    left_out: list[str] | None = None,
    kept: list[str] | None = None,
) -> list[Change]:
    """The changes a create (or update) file asks for; see the module docstring for the format.

    In an update, members the API would not take are not changes: their places
    (``attributes.created_at``) are appended to ``left_out``; nor are attributes holding
    [FILTERED], which the output wrote for a secret it did not print, or a null no request
    takes, which the output wrote for a value never set: appended to ``kept``, with the reason
    (the stored value stays)."""
    skipped = [] if left_out is None else left_out
    lenient = not creating  # see the module docstring
    try:
        document = load_json(text, source)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source} is not valid JSON: {exc}") from None
    except (ValueError, RecursionError):
        # A number of over 4300 digits (Python will not read it) or nesting too deep to read.
        raise InputError(f"{source}: a number too long or nesting too deep to read") from None
    if isinstance(document, dict) and "data" in document:
        if set(document) != {"data"}:
            raise InputError(f'{source}: a JSON:API document holds only "data"')
        document = document["data"]
    if not isinstance(document, dict):
        raise InputError(f'{source} must hold a JSON object with "attributes" and "relationships"')
    unknown = sorted(set(document) - _DOCUMENT_KEYS - _OUTPUT_KEYS)
    if unknown:
        raise InputError(
            f"{source}: unknown key(s) {', '.join(unknown)}; attributes go under "
            '"attributes" and relationships under "relationships"'
        )
    if "type" in document and document["type"] != info.type:
        raise InputError(f'{source}: "type" is {json.dumps(document["type"])}, not {info.type}')
    if "id" in document:
        if creating:
            raise InputError(f'{source}: a new {info.class_name} has no id yet; remove "id"')
        if document["id"] != id:
            raise InputError(f'{source}: "id" {json.dumps(document["id"])} is not {id}')
    changes = []
    for name, raw in _section(document, "attributes", source).items():
        where = f"{source}: attributes.{name}"
        attribute = info.attribute(name)
        if attribute is None:
            known = [a.name for a in info.attributes if a.access != "read_only"]
            raise InputError(
                f"{where}: {info.type} has no such attribute{did_you_mean(name, known)} "
                f"(it has: {', '.join(known)})"
            )
        if lenient and not takes(attribute.access, creating):
            skipped.append(f"attributes.{name}")
            continue
        check_access(attribute.access, creating, where)
        if parse_type(attribute.type).kind not in _OBJECT_KINDS and holds_filtered(raw):
            # The output hid a secret in it (a URL's password, a token in query parameters):
            # an update keeps the stored value by leaving it out, a create has none.
            if creating:
                raise filtered_refusal(where, raw)
            if kept is not None:
                kept.append(f"attributes.{name} (it holds {FILTERED}, a secret not printed)")
            continue
        if lenient and raw is None and attribute.nullable and not attribute.null_in_requests:
            # A null the record printed (an order without a reference) that no request may
            # send: an update cannot have meant it, and leaving it out keeps it as stored.
            if kept is not None:
                kept.append(f"attributes.{name} (null, which no request takes)")
            continue
        where_in = f"attributes.{name}"
        convert = partial(
            _from_file,
            raw,
            attribute.type,
            attribute.nullable,
            where,
            where_in,
            creating,
            skipped if lenient else None,
        )
        changes.append(Change(name, secret_safe(name, where, attribute.type, convert), where))
    for name, raw in _section(document, "relationships", source).items():
        where = f"{source}: relationships.{name}"
        rel = info.relationship(name)
        if rel is None:
            known = [r.name for r in info.relationships if r.access != "read_only"]
            raise InputError(
                f"{where}: {info.type} has no such relationship{did_you_mean(name, known)} "
                f"(it has: {', '.join(known)})"
            )
        if lenient and not takes(rel.access, creating):
            skipped.append(f"relationships.{name}")
            continue
        check_access(rel.access, creating, where)
        changes.append(Change(name, _related_from_json(rel, raw, where), where))
    return changes


def _from_file(
    raw: object,
    type_expr: str,
    nullable: bool,
    where: str,
    place: str,
    creating: bool,
    skipped: list[str] | None,
) -> Any:
    """An attribute's value from a file; with ``skipped``, nested members the API would not
    take are left out and noted there by their place in the document
    (``attributes.configuration.incoming_auth_username``), without the file's name."""
    if skipped is None:
        return from_json(raw, type_expr, nullable, where, creating=creating)
    inner: list[str] = []
    value = from_json(raw, type_expr, nullable, where, creating=creating, left_out=inner)
    skipped += [place + p[len(where) :] for p in inner]
    return value


def _section(document: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    section = document.get(key, {})
    if not isinstance(section, dict):
        raise InputError(f'{source}: "{key}" must be a JSON object')
    return section


def _related_from_json(rel: RelationshipInfo, raw: object, where: str) -> Any:
    if isinstance(raw, dict) and set(raw) == {"data"}:
        raw = raw["data"]  # JSON:API relationship object
    if rel.to_many:
        if not isinstance(raw, list):
            raise InputError(f"{where}: expected a list of ids, got {json.dumps(raw)}")
        return [_identifier(rel, item, f"{where}[{i}]") for i, item in enumerate(raw)]
    if raw is None:
        return None
    return _identifier(rel, raw, where)


def _identifier(rel: RelationshipInfo, raw: object, where: str) -> didww.Resource:
    if isinstance(raw, dict):
        if set(raw) != {"type", "id"}:
            raise InputError(f'{where}: expected an id or {{"type": ..., "id": ...}}')
        type_ = raw["type"]
        if not isinstance(type_, str):
            raise InputError(f'{where}: "type" must be a string')
        return _related(rel, type_, raw["id"], where)
    if isinstance(raw, str) and len(rel.targets) > 1:
        raise InputError(
            f'{where}: {rel.name} can point at {", ".join(rel.targets)}; '
            'write {"type": ..., "id": ...}'
        )
    return _related(rel, rel.targets[0], raw, where)


# --- the model -------------------------------------------------------------------------------


def merge(*groups: list[Change]) -> list[Change]:
    """Changes from several sources; a later source wins for the same name."""
    merged: dict[str, Change] = {}
    for group in groups:
        for change in group:
            merged.pop(change.name, None)
            merged[change.name] = change
    return list(merged.values())


def build_model(info: ResourceInfo, changes: list[Change], *, id: str | None = None) -> Any:
    """A new model (or one standing for ``id``) with the changes assigned through the SDK."""
    names = {c.name for c in changes}
    for change in changes:
        rel = info.relationship(change.name)
        clash = [p for p in (rel.exclusive_with if rel else ()) if p in names]
        if clash:
            raise InputError(
                f"{change.source}: {change.name} and {clash[0]} exclude each other; give one"
            )
    cls = current().model_class(info.type)
    if cls is None:
        raise InputError(f"this SDK has no model for {info.type}")
    model = cls(id) if id is not None else cls()
    for change in changes:
        try:
            setattr(model, change.name, change.value)
        except didww.ClientError as exc:
            raise InputError(f"{change.source}: {exc.message}") from None
    return model
