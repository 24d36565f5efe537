"""Values typed on the command line or read from a JSON file, turned into what the SDK takes.

The spec type expression of an attribute (``integer``, ``list[enum[Codec]]``,
``union[TrunkConfiguration]``...) decides the conversion. Text from ``--set`` and ``--filter``:
``true``/``false``, ISO dates, comma-separated lists, enum values (or member names, in any case),
``null`` for nullable attributes, and JSON for nested objects and values of type ``any`` (a list of
them is a JSON array, or a single one for a one-item list). JSON from a file: the JSON type the API
itself uses. Every mistake is an :class:`InputError` naming the field, before any request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from enum import Enum
from functools import partial
from typing import Any

from didww._codecs import DECIMAL, is_integer_text, parse_datetime
from didww._errors import FILTERED, ClientError, shown, shown_value
from didww._query import closest_name
from didww.cli._catalog import ObjectInfo, TypeExpr, current, parse_catalog_type
from didww.cli._errors import InputError

__all__ = [
    "NULL",
    "TypeExpr",
    "canonical",
    "check_access",
    "comma_items",
    "enum_choices",
    "from_json",
    "from_text",
    "json_array",
    "list_item",
    "parse_type",
    "secret_safe",
    "takes",
]

NULL = "null"
"""The text that stands for JSON null on the command line."""

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def parse_type(expr: str) -> TypeExpr:
    """The catalog's :func:`didww._catalog.parse_type`, with an expression it does not know read
    as kind ``unknown`` (a value of it is refused where one is given, not when the CLI starts)."""
    try:
        return parse_catalog_type(expr)
    except ValueError:
        return TypeExpr("unknown", name=expr.strip())


def list_item(expr: str) -> str:
    """The item type of a ``list[...]`` expression; any other expression as it is."""
    expr = expr.strip()
    return expr[len("list[") : -1] if parse_type(expr).kind == "list" else expr


def takes(access: str, creating: bool) -> bool:
    """Whether the API takes a field of this access in a create (or an update) request."""
    return access != "read_only" and (creating or access != "create_only")


def check_access(access: str, creating: bool, where: str) -> None:
    """Refuse a field the API would not accept in this request."""
    if access == "read_only":
        raise InputError(f"{where} is read-only")
    if access == "create_only" and not creating:
        raise InputError(f"{where} can only be set when creating")


def secret_safe(name: str, where: str, type_expr: str, convert: Callable[[], Any]) -> Any:
    """``convert()``; for a field the API version marks as secret (a SIP password or username),
    a mistake in it is reported without the value, which would otherwise be quoted back."""
    if name not in current().api.sensitive_fields:
        return convert()
    try:
        return convert()
    except InputError:
        raise InputError(
            f"{where}: expected a {type_expr} (the value is not repeated here: {name} is secret)"
        ) from None


# --- text --------------------------------------------------------------------------------------


def from_text(
    text: str, type_expr: str, nullable: bool, where: str, *, creating: bool = False
) -> Any:
    """The value of ``--set name=TEXT`` for an attribute of type ``type_expr``; ``creating`` lets
    nested objects in it take their create-only attributes (as in a create request)."""
    if text.strip() == NULL:
        if not nullable:
            raise InputError(f"{where} cannot be null")
        return None
    return _text(text, parse_type(type_expr), where, creating=creating)


_JSON_KINDS = frozenset({"json", "union", "object", "any"})
"""Kinds whose values are written as JSON on the command line."""


def _text(text: str, spec: TypeExpr, where: str, *, creating: bool) -> Any:
    kind = spec.kind
    if kind in ("string", "id"):
        return text
    stripped = text.strip()
    if kind == "integer":
        number = _integer(stripped)
        if number is None:
            raise InputError(f"{where}: expected an integer, got {shown(text, 60)}")
        return number
    if kind == "boolean":
        lowered = stripped.lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE
        raise InputError(f"{where}: expected true or false, got {text!r}")
    if kind == "decimal":
        return _decimal(stripped, where)
    if kind == "date":
        return _date(stripped, where)
    if kind == "datetime":
        return _datetime(stripped, where)
    if kind == "enum":
        return _enum(stripped, spec.name, where)
    if kind == "list":
        assert spec.item is not None
        if not stripped:
            return []
        if spec.item.kind in _JSON_KINDS:  # JSON has commas of its own: read the text whole
            items = _parse_json(text, spec.item, where, array=True)
            if not isinstance(items, list):
                items = [items]  # one item, as a single scalar is a one-item list
            return _json(items, spec, where, creating=creating)
        if stripped.startswith("["):
            # A JSON array, as nested objects are written: "[]" went out as the one item "[]".
            items = json_array(stripped, where)
            for index, item in enumerate(items):
                if isinstance(item, str) and not item.strip():
                    raise InputError(f"{where}: item {index} of {stripped} is empty")
            return _json(items, spec, where, creating=creating)
        return [
            _text(part, spec.item, f"{where}[{i}]", creating=creating)
            for i, part in enumerate(comma_items(text, where))
        ]
    if kind in _JSON_KINDS:
        return _json(_parse_json(text, spec, where), spec, where, creating=creating)
    raise InputError(f"{where}: values of type {spec.name} cannot be given on the command line")


def _integer(text: str) -> int | None:
    """``text`` as an integer, read as a filter reads one (see :mod:`didww._codecs`), or None:
    int() would also take "1_000", "+5" and other scripts' digits, which the API does not
    write, and raises past 4300 digits, where no integer the API takes lies."""
    if not is_integer_text(text):
        return None
    try:
        return int(text)
    except ValueError:
        return None


def comma_items(text: str, where: str) -> list[str]:
    """The items of a comma-separated list, stripped; an empty one is refused (``1,,44``): no
    item of the API's lists is empty, and one was sent as ``""``."""
    items = [part.strip() for part in text.split(",")]
    for index, item in enumerate(items):
        if not item:
            raise InputError(
                f"{where}: item {index} of {text!r} is empty (write the items separated by "
                "commas, or as a JSON array)"
            )
    return items


def json_array(text: str, where: str) -> list[Any]:
    """``text``, starting with ``[``, read as a JSON array."""
    items = _loads(text, where, "the items separated by commas, or a JSON array")
    if not isinstance(items, list):
        raise _expected(where, "a JSON array", items)
    return items


def _parse_json(text: str, spec: TypeExpr, where: str, *, array: bool = False) -> Any:
    """JSON text for a value of ``spec`` (``array``: for a list of them, or a single one)."""
    what = "a JSON value (a string in double quotes)" if spec.kind == "any" else "a JSON object"
    return _loads(text, where, f"a JSON array, or {what}" if array else what)


class _DuplicateKey(ValueError):
    """A JSON object naming a key twice (see :func:`load_json`)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def load_json(text: str, where: str) -> Any:
    """``text`` read as JSON, as ``json.loads`` reads it (its errors raised as they are), but
    an object naming a key twice is :class:`InputError` at ``where``: Python keeps the last
    value without a word, and ``{"qty": 1, "qty": 2}`` would order two."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise InputError(f"{where}: the key {exc.key!r} appears twice in one object") from None


def _loads(text: str, where: str, expected: str) -> Any:
    """``text`` read as JSON; :class:`InputError` saying ``expected`` when it is not JSON."""
    try:
        return load_json(text, where)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: expected {expected}: {exc}") from None
    except (ValueError, RecursionError):
        # A number of over 4300 digits (Python will not read it) or nesting too deep to read.
        raise InputError(f"{where}: a number too long or nesting too deep to read") from None


# --- JSON --------------------------------------------------------------------------------------


def from_json(
    value: object,
    type_expr: str,
    nullable: bool,
    where: str,
    *,
    creating: bool,
    left_out: list[str] | None = None,
) -> Any:
    """The value of an attribute of type ``type_expr`` given as JSON in a file. With
    ``left_out``, a nested object's attributes the API would not take here (read-only ones, as
    ``-o json`` shows them) are left out, their places appended to it, instead of refused."""
    if value is None:
        if not nullable:
            raise InputError(f"{where} cannot be null")
        return None
    return _json(value, parse_type(type_expr), where, creating=creating, left_out=left_out)


def _json(
    value: object,
    spec: TypeExpr,
    where: str,
    *,
    creating: bool,
    left_out: list[str] | None = None,
) -> Any:
    kind = spec.kind
    if kind in ("string", "id"):
        if isinstance(value, str):
            return value
        raise _expected(where, "a string", value)
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _expected(where, "an integer", value)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        raise _expected(where, "true or false", value)
    if kind == "decimal":
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return _decimal(str(value), where)
        raise _expected(where, "a decimal number", value)
    if kind in ("date", "datetime"):
        if not isinstance(value, str):
            raise _expected(where, f"an ISO 8601 {kind} string", value)
        return _date(value, where) if kind == "date" else _datetime(value, where)
    if kind == "enum":
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return _enum(value, spec.name, where)
        raise _expected(where, f"one of {enum_choices(spec.name)}", value)
    if kind == "json":
        if isinstance(value, dict):
            return value
        raise _expected(where, "a JSON object", value)
    if kind == "any":
        return value
    if kind == "list":
        assert spec.item is not None
        if not isinstance(value, list):
            raise _expected(where, "a list", value)
        return [
            _json(v, spec.item, f"{where}[{i}]", creating=creating, left_out=left_out)
            for i, v in enumerate(value)
        ]
    if kind in ("union", "object"):
        variants = current().variants(spec.name)
        return _nested(value, variants, where, creating=creating, left_out=left_out)
    raise InputError(f"{where}: values of type {spec.name} are not supported by the CLI")


def _expected(where: str, what: str, value: object) -> InputError:
    return InputError(f"{where}: expected {what}, got {json.dumps(value)}")


def _nested(
    value: object,
    options: list[ObjectInfo],
    where: str,
    *,
    creating: bool,
    left_out: list[str] | None = None,
) -> Any:
    """A nested object from ``{"type": WIRE_TYPE, attribute: value, ...}``.

    The attributes may also sit under ``"attributes"``, as the API writes them.
    """
    # The types a request may send: a read-only variant (the fallback of a union) is none.
    wire_types = ", ".join(o.wire_type for o in options if not o.read_only)
    if not isinstance(value, dict):
        raise _expected(where, f'an object with a "type" ({wire_types})', value)
    wire_type = value.get("type")
    if wire_type is None and len(options) == 1:
        info: ObjectInfo | None = options[0]
    else:
        info = next((o for o in options if o.wire_type == wire_type), None)
    if info is None and wire_type is None:
        raise InputError(f'{where}: "type" is missing: give one of {wire_types}')
    if info is None:
        usable = [o.wire_type for o in options if not o.read_only]
        raise InputError(
            f'{where}: "type" must be one of {wire_types}, got {json.dumps(wire_type)}'
            f"{did_you_mean(wire_type, usable)}"
        )
    if info.read_only:
        raise InputError(
            f"{where}: {info.wire_type} objects are read-only; the API does not take them"
        )
    if info.update_only and creating:
        raise InputError(
            f"{where}: a create does not take {info.wire_type}; create with another type, then "
            f"update to {info.wire_type}"
        )
    fields = {k: v for k, v in value.items() if k != "type"}
    if set(fields) == {"attributes"} and isinstance(fields["attributes"], dict):
        fields = fields["attributes"]
    known = {a.name: a for a in info.attributes}
    cls = current().object_class(info.name)
    values: dict[str, Any] = {}
    for name, raw in fields.items():
        attribute = known.get(name)
        inner = f"{where}.{name}"
        if holds_filtered(raw):
            # What the output writes for a secret it did not print, or for the secret part of a
            # value (a URL's password, a token in a query), in a record from -o json sent back:
            # it stands for the stored value, which an update keeps by leaving it out.
            if creating:
                raise filtered_refusal(inner, raw)
            continue
        if attribute is None:
            settable = [a.name for a in info.attributes if a.access != "read_only"]
            raise InputError(
                f"{inner}: {info.wire_type} has no such attribute{did_you_mean(name, settable)} "
                f"(it has: {', '.join(settable)})"
            )
        if left_out is not None and not takes(attribute.access, creating):
            left_out.append(inner)
            continue
        check_access(attribute.access, creating, inner)
        convert = partial(
            from_json,
            raw,
            attribute.type,
            attribute.nullable,
            inner,
            creating=creating,
            left_out=left_out,
        )
        values[name] = secret_safe(name, inner, attribute.type, convert)
    if cls is None:
        raise InputError(f"{where}: this SDK has no class for {info.wire_type}")
    try:
        return cls(**values)
    except TypeError as exc:  # the catalog and the class disagree: say so rather than crash
        raise InputError(f"{where}: {exc}") from None


# --- scalars -------------------------------------------------------------------------------------


def _decimal(text: str, where: str) -> Decimal:
    # The model's own check: "5_000" and other scripts' digits are refused here as in code.
    try:
        number: Decimal = DECIMAL.check(text.strip())
    except ClientError as exc:
        raise InputError(f"{where}: expected a finite decimal number: {exc.message}") from None
    return number


def _date(text: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{where}: expected a date as YYYY-MM-DD, got {text!r}") from None


def _datetime(text: str, where: str) -> dt.datetime:
    # As the SDK reads the API's times: ISO 8601, Z or an offset (made UTC), none taken as UTC.
    try:
        return parse_datetime(text.strip())
    except ValueError:
        raise InputError(
            f"{where}: expected an ISO 8601 time such as 2026-04-16T10:00:00Z, got {text!r}"
        ) from None


def did_you_mean(name: object, valid: Iterable[str]) -> str:
    """``; did you mean 'x'?`` naming the one of ``valid`` that ``name`` most likely misspells
    (as the SDK's own checks suggest it), or "" when none is close or ``name`` is no str."""
    close = closest_name(name, valid) if isinstance(name, str) else None
    return f"; did you mean {close!r}?" if close else ""


def enum_choices(name: str) -> str:
    """The accepted values of an enum, for messages and help (``1 (udp), 2 (tcp)``)."""
    catalog = current()
    info, cls = catalog.enums.get(name), catalog.enum_class(name)
    if info is None:
        return "(unknown enum)"
    if cls is not None and all(isinstance(v, int) for v in info.values):
        names = {m.value: m.name.lower() for m in cls}
        return ", ".join(f"{v} ({names[v]})" if v in names else str(v) for v in info.values)
    return ", ".join(str(v) for v in info.values)


def _enum(raw: str | int, name: str, where: str) -> Enum:
    catalog = current()
    info, cls = catalog.enums.get(name), catalog.enum_class(name)
    if info is None or cls is None:
        raise InputError(f"{where}: the enum {name} is not known to this SDK")
    candidate: object = raw
    if isinstance(raw, str):
        text = raw.strip()
        lowered = text.lower()
        number = _integer(text)
        if number is not None and all(isinstance(v, int) for v in info.values):
            candidate = number
        else:
            matches = [v for v in info.values if str(v).lower() == lowered]
            matches += [m.value for m in cls if m.name.lower() == lowered.replace("-", "_")]
            if matches:
                candidate = matches[0]
    if candidate in info.values:
        return cls(candidate)
    # Member names are suggested too: they are taken as well ("tcp" for 2).
    spellings = [str(v) for v in info.values] + [m.name.lower() for m in cls]
    suggestion = did_you_mean(str(raw).strip().lower(), spellings)
    # No escape hatch, unlike the SDK's Enum.unchecked(): the CLI sends only values it can
    # check, so a value the API added after this SDK takes a newer didww.
    raise InputError(
        f"{where}: {shown_value(raw, 60)} is not one of {enum_choices(name)}{suggestion} (the "
        "values this SDK knows; a newer one takes a newer didww)"
    )


def canonical(value: Any, text: str) -> str:
    """How a filter value parsed from ``text`` goes into the query string.

    Booleans and enum members are written as the API spells them (``yes`` -> ``true``, ``UDP`` ->
    ``1``); anything else was only checked and goes as typed.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return text.strip()


def holds_filtered(raw: object) -> bool:
    """Whether ``raw``, JSON read from a file or a ``--set``, holds [FILTERED] in any text (a
    key's value, a list's item): what the output writes for a secret it did not print, whole or
    in part (``https://user:[FILTERED]@host/cb``). Sent, it would replace the secret stored."""
    pending = [raw]
    while pending:  # not recursive: the JSON may be nested as deep as json.loads reads
        value = pending.pop()
        if isinstance(value, str):
            if FILTERED in value:
                return True
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False


def filtered_refusal(where: str, raw: object) -> InputError:
    """The error for a value holding [FILTERED] where no stored value can stand in for it (a
    create, a ``--set``)."""
    what = "is" if raw == FILTERED else "holds"
    return InputError(
        f"{where} {what} {FILTERED}, which stands for a secret the output did not print: give "
        "the value itself (--show-secrets prints it), or leave it out"
    )
