"""Models read into plain records for output: JSON-ready values, relationships as ids.

Fields are read with ``getattr``. A field the answer did not carry (``didww.NotLoadedError`` in
SDKs that raise it) is left out rather than shown as null. A relationship is shown when its linkage
is known (it was included, or sent), null or empty included: the SDK's None means null, never
"unknown".

A record as JSON::

    {"type": "dids", "id": "...", "attributes": {...}, "relationships": {"voice_in_trunk": "ID"},
     "meta": {...}, "included": {"voice_in_trunk": {...the trunk as a record...}}}

``relationships`` holds an id (a list of ids for a to-many relationship, ``{"type", "id"}`` when
it can point at several types), the same form a create file takes. ``included`` appears only with
``--include``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

import click

import didww
from didww._errors import FILTERED, SHOWN_DEPTH, TOO_DEEP, redact_value
from didww.cli._catalog import RelationshipInfo, ResourceInfo, current, id_column
from didww.cli._session import Session

__all__ = [
    "NOT_LOADED",
    "Column",
    "Record",
    "asked",
    "cell",
    "columns",
    "plain",
    "present",
    "to_record",
]


# A field the answer left out (or a model built from an id) is not shown rather than shown as null.
_UNREADABLE: tuple[type[BaseException], ...] = (AttributeError, didww.NotLoadedError)
_MISSING: Any = object()


def _read(obj: object, name: str) -> Any:
    try:
        return getattr(obj, name)
    except _UNREADABLE:
        return _MISSING
    except didww.DecodeError:
        # A value not of its field's type: printed as it came, as the API sent it (what a
        # secret or a URL's password in it is filtered by _shown and _filtered).
        attrs: dict[str, Any] = getattr(obj, "_attrs", {})
        return attrs.get(name, _MISSING)


@dataclass
class Record:
    """One resource as plain data (see the module docstring for its JSON form)."""

    type: str
    id: str | None
    attributes: dict[str, Any] = field(default_factory=dict)
    relationships: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    included: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "id": self.id,
            "attributes": self.attributes,
            "relationships": self.relationships,
            "meta": self.meta,
        }
        if self.included is not None:
            out["included"] = {name: _included_json(value) for name, value in self.included.items()}
        return out


def _included_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, list):
        return [_included_json(v) for v in value]
    return value


def to_record(
    model: didww.Resource,
    fields: Mapping[str, tuple[str, ...]] | None = None,
    includes: tuple[str, ...] = (),
) -> Record:
    """Read ``model`` into a record: its ``fields`` selection only, with ``includes`` resolved."""
    fields = fields or {}
    type_ = model.resource_type
    info = current().resources.get(type_)
    record = Record(type_, model.id, meta={str(k): plain(v) for k, v in model.meta.items()})
    if info is None or isinstance(model, didww.GenericResource):
        raw = model.attributes if isinstance(model, didww.GenericResource) else {}
        record.attributes = {str(k): plain(v) for k, v in raw.items()}
        return record
    selected = fields.get(type_)
    for attribute in info.attributes:
        if attribute.write_only or (selected and attribute.name not in selected):
            continue
        value = _read(model, attribute.name)
        if value is not _MISSING:
            record.attributes[attribute.name] = _shown(model, attribute.name, value)
    heads = {path.split(".", 1)[0] for path in includes}
    if includes:
        record.included = {}
    for rel in info.relationships:
        if rel.write_only or (selected and rel.name not in selected):
            continue
        value = _read(model, rel.name)
        if value is _MISSING:
            continue
        record.relationships[rel.name] = _ids(rel, value)
        if rel.name in heads and record.included is not None:
            deeper = tuple(p.split(".", 1)[1] for p in includes if p.startswith(rel.name + "."))
            if isinstance(value, list):
                record.included[rel.name] = [to_record(m, fields, deeper) for m in value]
            else:
                record.included[rel.name] = (
                    None if value is None else to_record(value, fields, deeper)
                )
    return record


def _ids(rel: RelationshipInfo, value: Any) -> Any:
    def one(model: Any) -> Any:
        if not isinstance(model, didww.Resource):
            return None
        if len(rel.targets) > 1:
            return {"type": model.resource_type, "id": model.id}
        return model.id

    if isinstance(value, list):
        return [one(m) for m in value]
    return one(value)


def plain(value: Any, _depth: int = SHOWN_DEPTH // 2) -> Any:
    """A value as JSON can hold it: enums by value, money as a string, times in ISO 8601 UTC.
    A number JSON cannot write (``1e999`` in an answer reads as infinity) is its text, as
    ``json.dumps`` would have written it outside the standard: ``-o json`` stays valid JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        utc = value if value.tzinfo is None else value.astimezone(dt.timezone.utc)
        # Not the API's own form (format_datetime, always with milliseconds): whole seconds
        # are shown without ``.000`` (tests/cli/test_values.py pins this output).
        spec = "milliseconds" if utc.microsecond else "seconds"
        return utc.isoformat(timespec=spec).replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, didww.NestedObject):
        return _nested(value)
    if isinstance(value, didww.Resource):
        return {"type": value.resource_type, "id": value.id}
    if isinstance(value, (list, tuple, Mapping)) and _depth <= 0:
        # An answer may nest lists a thousand deep, which printing would recurse through. Cut
        # well above the depth the secrets filter stops at (SHOWN_DEPTH), counted from the
        # record: cut there, a value would differ from what was filtered and read as hidden.
        return TOO_DEEP
    if isinstance(value, (list, tuple)):
        return [plain(v, _depth - 1) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v, _depth - 1) for k, v in value.items()}
    return str(value)


def _nested(obj: didww.NestedObject) -> dict[str, Any]:
    """A nested object the way a create file writes it: ``{"type": ..., attribute: value}``."""
    out: dict[str, Any] = {"type": obj.type}
    info = current().objects.get(type(obj).__name__)
    if info is None or isinstance(obj, didww.GenericNestedObject):
        # A type this SDK does not know: which members are secrets is unknown, so those named
        # like secrets (a password, a token) are filtered, as the SDK's repr does.
        raw = obj.attributes if isinstance(obj, didww.GenericNestedObject) else {}
        out.update(_filtered({str(k): plain(v) for k, v in raw.items()}, obj.type))
        return out
    for attribute in info.attributes:
        if attribute.write_only:
            continue
        value = _read(obj, attribute.name)
        if value is not _MISSING:
            out[attribute.name] = _shown(obj, attribute.name, value)
    return out


def _shown(owner: didww.Resource | didww.NestedObject, name: str, value: Any) -> Any:
    """``value`` as printed: a field the SDK marks sensitive (a SIP password) reads [FILTERED],
    and in any other value what the SDK's reprs filter (a URL's password, members named like
    secrets), unless the command line says --show-secrets; the session notes what it hid."""
    field = type(owner)._ATTRIBUTES.get(name)
    where = f"{type(owner).__name__}.{name}"
    session = _hiding_session()
    if value is None or session is None:
        return plain(value)
    if field is not None and field.sensitive:
        session.hidden.append(where)
        return FILTERED
    if isinstance(value, didww.NestedObject) or (
        isinstance(value, list) and any(isinstance(v, didww.NestedObject) for v in value)
    ):
        return plain(value)  # filtered member by member, as their fields say (see _nested)
    return _filtered(plain(value), where)


def _hiding_session() -> Session | None:
    """The session of the command, when it hides secrets (no --show-secrets)."""
    context = click.get_current_context(silent=True)
    session = context.find_object(Session) if context is not None else None
    return None if session is None or session.flags.show_secrets else session


def _filtered(value: Any, where: str) -> Any:
    """``value`` (plain JSON) with what a repr filters replaced, noted when something was."""
    session = _hiding_session()
    if session is None:
        return value
    shown = redact_value(value)
    if shown != value:
        session.hidden.append(where)
    return shown


# --- flat rows (CSV and tables) -----------------------------------------------------------------


NOT_LOADED = "(not loaded)"
"""A flat cell whose field this record's answer did not carry, in a column that other records of
the same answer fill. An empty cell is null (or empty text), so "unknown" needs text of its own;
a column no record carries is left out instead (:func:`present`)."""


@dataclass(frozen=True)
class Column:
    """A flat column: ``id``, an attribute, a relationship's ids (``voice_in_trunk_id``,
    ``did_ids``) or ``meta.<name>``."""

    header: str
    section: str
    name: str

    def _part(self, record: Record) -> dict[str, Any]:
        if self.section == "attribute":
            return record.attributes
        if self.section == "relationship":
            return record.relationships
        return record.meta

    def loaded(self, record: Record) -> bool:
        """Whether the record's answer carried this column's field (null counts as carried)."""
        return self.section == "id" or self.name in self._part(record)

    def value(self, record: Record) -> str:
        """The cell's text: empty for null, :data:`NOT_LOADED` when the field was not carried."""
        if self.section == "id":
            return record.id or ""
        part = self._part(record)
        if self.name not in part:
            return NOT_LOADED
        return cell(part[self.name])


def columns(
    info: ResourceInfo, fields: Mapping[str, tuple[str, ...]] | None = None
) -> list[Column]:
    """The flat columns of a resource, from the catalog (and the ``--fields`` selection)."""
    selected = (fields or {}).get(info.type)
    out = [Column("id", "id", "id")]
    out += [
        Column(a.name, "attribute", a.name)
        for a in info.attributes
        if not a.write_only and (not selected or a.name in selected)
    ]
    out += [
        Column(id_column(r), "relationship", r.name)
        for r in info.relationships
        if not r.write_only and (not selected or r.name in selected)
    ]
    out += [Column(f"meta.{m.name}", "meta", m.name) for m in info.meta]
    return out


def present(cols: list[Column], records: list[Record]) -> list[int]:
    """The indexes of the columns some record carries the field of (for a single resource, and
    records that answer no query): a column no record loaded (a relationship that was not
    included, an attribute the API left out) would read as a column of nulls. With no records
    every column is kept, since no cell can be misread."""
    if not records:
        return list(range(len(cols)))
    return [i for i, c in enumerate(cols) if any(c.loaded(r) for r in records)]


def asked(cols: list[Column], includes: Sequence[str]) -> list[int]:
    """The indexes of the columns a list query asks for, known before its answer, so that the
    header is the same whatever matched: every column but the relationships, which the answer
    carries only when they are included (the first step of an ``includes`` path)."""
    heads = {path.split(".", 1)[0] for path in includes}
    return [i for i, c in enumerate(cols) if c.section != "relationship" or c.name in heads]


def cell(value: Any) -> str:
    """A plain value as one line of text: lists comma-separated, objects as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if _is_identifier(value):
        return f"{value['type']}:{value['id']}"  # a relationship to one of several types
    if isinstance(value, list) and all(
        v is None or isinstance(v, (str, int, float, bool)) or _is_identifier(v) for v in value
    ):
        return ",".join(cell(v) for v in value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _is_identifier(value: Any) -> bool:
    return isinstance(value, Mapping) and set(value) == {"type", "id"}
