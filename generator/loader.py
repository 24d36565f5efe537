"""Reads ``spec/`` with ruamel.yaml into :mod:`generator.model` objects, checking as it goes.

Every problem is reported as a :class:`SpecError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import keyword
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarbool import ScalarBoolean

from generator import model as m

T = TypeVar("T")

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_ENUM_MEMBER = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_TYPE_EXPR = re.compile(r"^(?P<kind>[a-z_]+)(?:\[(?P<arg>.+)\])?$")
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_FORM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\[[A-Za-z0-9_]+\])*$")


class SpecError(Exception):
    """A problem in the spec, located by file and line."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


class _Node:
    """A mapping from the YAML file with its location, for precise error messages."""

    def __init__(self, path: Path, data: Any, line: int | None, what: str) -> None:
        if not isinstance(data, CommentedMap):
            raise SpecError(path, line, f"{what} must be a mapping")
        self.path = path
        self.data = data
        self.line = line if line is not None else data.lc.line + 1
        self.what = what
        self._seen: set[str] = set()

    def key_line(self, key: str) -> int:
        try:
            return int(self.data.lc.key(key)[0]) + 1
        except (KeyError, TypeError):
            return self.line

    def error(self, key: str | None, message: str) -> SpecError:
        return SpecError(self.path, self.key_line(key) if key else self.line, message)

    def get(self, key: str, kind: type[T] | tuple[type, ...], default: Any = ...) -> Any:
        self._seen.add(key)
        if key not in self.data:
            if default is ...:
                raise self.error(None, f"{self.what}: missing '{key}'")
            return default
        value = self.data[key]
        kinds = _tuple(kind)
        if not isinstance(value, kind) or (
            isinstance(value, bool) and int in kinds and bool not in kinds
        ):
            expected = " or ".join(k.__name__ for k in kinds)
            raise self.error(key, f"{self.what}: '{key}' must be {expected}")
        return value

    def text(self, key: str, default: Any = ...) -> str:
        value = self.get(key, str, default)
        if isinstance(value, str) and not value.strip():
            raise self.error(key, f"{self.what}: '{key}' must not be empty")
        return str(value)

    def child(self, key: str, sub: str) -> _Node:
        value = self.data[key]
        return _Node(self.path, value, self.key_line(key), sub)

    def optional_child(self, key: str, sub: str) -> _Node | None:
        """The mapping under ``key``, described as ``sub``; None when the key is absent."""
        self._seen.add(key)
        return self.child(key, sub) if key in self.data else None

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.get(key, (CommentedSeq, str), CommentedSeq())
        items = [value] if isinstance(value, str) else list(value)
        for item in items:
            if not isinstance(item, str) or not item:
                raise self.error(key, f"{self.what}: '{key}' must list non-empty strings")
        if len(set(items)) != len(items):
            raise self.error(key, f"{self.what}: '{key}' lists a value twice")
        return tuple(items)

    def done(self) -> None:
        for key in self.data:
            if key not in self._seen:
                raise self.error(str(key), f"{self.what}: unknown key '{key}'")


def _tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _read(path: Path) -> Any:
    yaml = YAML(typ="rt")
    try:
        return yaml.load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise SpecError(path, line, f"invalid YAML: {exc.problem or exc.context}") from None
    except OSError as exc:
        raise SpecError(path, None, f"cannot read: {exc.strerror}") from None


def parse_type(text: str, fail: Callable[[str], SpecError]) -> m.TypeRef:
    """Parse a type expression such as ``list[enum[Codec]]``."""
    match = _TYPE_EXPR.match(text.strip())
    if not match:
        raise fail(f"malformed type '{text}'")
    kind, arg = match["kind"], match["arg"]
    if kind in m.SCALARS and arg is None:
        return m.TypeRef(kind)
    if kind == "list" and arg:
        return m.TypeRef("list", item=parse_type(arg, fail))
    if kind in ("enum", "object", "union") and arg and _CLASS_NAME.match(arg):
        return m.TypeRef(kind, name=arg)
    raise fail(f"unknown type '{text}'")


def _type_of(node: _Node) -> m.TypeRef:
    def fail(message: str) -> SpecError:
        return node.error("type", message)

    return parse_type(node.text("type"), fail)


def _access(node: _Node) -> str:
    access = node.text("access", "read_only")
    if access not in m.ACCESS:
        raise node.error("access", f"{node.what}: access must be one of {', '.join(m.ACCESS)}")
    return access


def _null_in_requests(node: _Node, name: str) -> bool:
    """``null_in_requests: false``: answers may hold null (``nullable``), but the document's
    request schemas take none, so assigning None is refused."""
    value = bool(node.get("null_in_requests", bool, True))
    if not value and not node.get("nullable", bool, False):
        raise node.error(
            "null_in_requests", f"attribute '{name}': null_in_requests is for a nullable attribute"
        )
    if not value and _access(node) == "read_only":
        raise node.error(
            "null_in_requests", f"attribute '{name}': null_in_requests is for one a request sends"
        )
    return value


def _required(node: _Node, name: str) -> bool:
    """``required: true``: an attribute that every request sending a nested object carries, or
    that every create of a resource carries (the document's ``required`` of the request
    schema); never a read-only one."""
    required = bool(node.get("required", bool, False))
    if required and _access(node) == "read_only":
        raise node.error(
            "required", f"attribute '{name}': required is for an attribute a request can send"
        )
    return required


def _attributes(parent: _Node, key: str) -> tuple[m.Attribute, ...]:
    table = parent.optional_child(key, f"{parent.what} {key}")
    if table is None:
        return ()
    out = []
    for name in table.data:
        node = table.child(name, f"attribute '{name}'")
        table.get(name, CommentedMap)
        if not isinstance(name, str) or not _IDENTIFIER.match(name) or keyword.iskeyword(name):
            raise table.error(str(name), f"attribute name '{name}' is not a valid identifier")
        out.append(
            m.Attribute(
                name=name,
                type=_type_of(node),
                description=node.text("description"),
                access=_access(node),
                nullable=node.get("nullable", bool, False),
                null_in_requests=_null_in_requests(node, name),
                sensitive=node.get("sensitive", bool, False),
                write_only=node.get("write_only", bool, False),
                keys=_json_keys(node),
                default=_default(node),
                **_limits(node, name),
                required=_required(node, name),
                fixed_variant=_fixed_variant(node, name),
                line=node.line,
            )
        )
        _check_not_restated(node, name, write_only=out[-1].write_only)
        node.done()
    return tuple(out)


def _fixed_variant(node: _Node, name: str) -> bool:
    """An attribute's ``fixed_variant``: a writable union whose variant (its wire ``type``) an
    update cannot change (an inbound trunk's ``configuration``: SIP stays SIP)."""
    fixed = bool(node.get("fixed_variant", bool, False))
    if fixed and (_type_of(node).kind != "union" or _access(node) != "writable"):
        message = f"attribute '{name}': fixed_variant is for a writable union attribute"
        raise node.error("fixed_variant", message)
    return fixed


_NUMBERS = ("integer", "decimal")


def _limits(node: _Node, name: str) -> dict[str, Any]:
    """An attribute's ``minimum``, ``maximum`` (integer and decimal attributes: whole numbers,
    or any number for a decimal), ``max_length`` (string attributes: at least 1), ``pattern``
    (string attributes: see :func:`_pattern`) and ``min_items``, ``max_items`` and
    ``unique_items`` (list attributes: see :func:`_items`), on an attribute a request can send
    (not read-only)."""
    kind = _type_of(node).kind
    given = [key for key in _LIMIT_KEYS if key in node.data]
    if not given:
        return {}
    out: dict[str, Any] = {}
    for key in given:
        wanted, kinds = _LIMIT_KINDS.get(key, ("integer or decimal", _NUMBERS))
        if kind not in kinds:
            raise node.error(key, f"attribute '{name}': {key} is for a {wanted} attribute")
    if _access(node) == "read_only":
        raise node.error(
            given[0], f"attribute '{name}': {given[0]} is for an attribute a request can send"
        )
    for key in ("minimum", "maximum"):
        if key not in node.data:
            continue
        number: tuple[type, ...] = (int,) if kind == "integer" else (int, float)
        value = node.get(key, number)
        if isinstance(value, float) and not math.isfinite(value):
            raise node.error(key, f"attribute '{name}': {key} must be a finite number")
        out[key] = int(value) if isinstance(value, int) else float(value)
    low, high = out.get("minimum"), out.get("maximum")
    if low is not None and high is not None and low > high:
        raise node.error("minimum", f"attribute '{name}': minimum {low} is above maximum {high}")
    if "max_length" in node.data:
        max_length = node.get("max_length", int)
        if max_length < 1:
            raise node.error("max_length", f"attribute '{name}': max_length must be at least 1")
        out["max_length"] = max_length
    if "pattern" in node.data:
        out["pattern"] = _pattern(node, f"attribute '{name}'")
    out.update(_items(node, f"attribute '{name}'"))
    if node.get("one_variant", bool, False):
        item = _type_of(node).item
        if item is None or item.kind != "union":
            message = f"attribute '{name}': one_variant is for a list of a union"
            raise node.error("one_variant", message)
        out["one_variant"] = True
    return out


def _items(node: _Node, what: str) -> dict[str, Any]:
    """``min_items`` (at least 1), ``max_items`` (at least 1, not below ``min_items``) and
    ``unique_items`` (true, or left out) of a list attribute or a to-many relationship: how many
    members a request may send, and whether one may be sent twice."""
    out: dict[str, Any] = {}
    for key in ("min_items", "max_items"):
        if key in node.data:
            count = node.get(key, int)
            if count < 1:
                raise node.error(key, f"{what}: {key} must be at least 1")
            out[key] = count
    low, high = out.get("min_items"), out.get("max_items")
    if low is not None and high is not None and low > high:
        raise node.error("min_items", f"{what}: min_items {low} is above max_items {high}")
    if node.get("unique_items", bool, False):
        out["unique_items"] = True
    return out


_LIMIT_KEYS = (
    "minimum",
    "maximum",
    "max_length",
    "pattern",
    "min_items",
    "max_items",
    "unique_items",
    "one_variant",
)
_LIMIT_KINDS = {
    "max_length": ("string", ("string",)),
    "pattern": ("string", ("string",)),
    "min_items": ("list", ("list",)),
    "max_items": ("list", ("list",)),
    "unique_items": ("list", ("list",)),
    "one_variant": ("list", ("list",)),
}
"""The limits that are not for numbers: what they are for, in words and as type kinds."""

_AMBIGUOUS_CLASSES = re.compile(r"(?<!\\)(?:\\\\)*\\[dDwWbB]")
"""``\\d``, ``\\w`` and ``\\b`` (and their negations) outside a doubled backslash: in Python they
take every script's digits and letters (``٣`` is a ``\\d``), in an API document's dialect only
ASCII ones, so the spec spells out ``[0-9]`` and ``[A-Za-z0-9_]`` instead."""


def _pattern(node: _Node, what: str) -> str:
    """The ``pattern`` of ``what`` (an attribute, or a json key's values): a regular expression
    Python compiles, anchored at both ends (``^...$``) so that it states what a whole value is,
    and free of the classes whose meaning differs between Python and the document's dialect
    (:data:`_AMBIGUOUS_CLASSES`)."""
    pattern = node.text("pattern")
    anchored = pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")
    if not anchored or len(pattern) <= 2:
        raise node.error("pattern", f"{what}: pattern must state the whole value: ^...$")
    if _AMBIGUOUS_CLASSES.search(pattern):
        raise node.error(
            "pattern",
            f"{what}: pattern uses \\d, \\w or \\b, which Python reads for every "
            "script; spell the class out ([0-9], [A-Za-z0-9_])",
        )
    try:
        re.compile(pattern)
    except re.error as exc:
        raise node.error("pattern", f"{what}: pattern does not compile: {exc}") from None
    return pattern


_RESTATED = {
    "write_only": re.compile(r"never returned", re.IGNORECASE),
    "exclusive_with": re.compile(r"setting it clears", re.IGNORECASE),
}
"""What a description must leave to the key that states it: the generator adds its own sentence
for each key (docstrings and reference pages), and a description saying it too reads twice."""


def _check_not_restated(node: _Node, name: str, **keys: object) -> None:
    description = node.text("description")
    for key, given in keys.items():
        if given and _RESTATED[key].search(description):
            raise node.error(
                "description",
                f"'{name}': the description restates what '{key}' says, and the generated "
                "docs add that sentence themselves; leave it out of the description",
            )


def _default(attribute: _Node) -> m.Default | None:
    """An attribute's ``default``, as plain JSON. Only that it is JSON is checked here; that a
    create can send the attribute by :func:`_check_defaults` once the resource is read, and that
    the value fits the attribute's type by :func:`_check_default_value` once the enums are."""
    if "default" not in attribute.data:
        return None
    value = attribute.get("default", object)
    try:
        plain = _plain_json(value)
    except ValueError as exc:
        raise attribute.error("default", f"{attribute.what}: default {exc}") from None
    return m.Default(plain, line=attribute.key_line("default"))


def _plain_json(value: object) -> object:
    """``value`` as read by ruamel.yaml, turned into plain JSON types (its round-trip subclasses
    would otherwise reach the generated code through ``repr``); ValueError for what JSON cannot
    hold."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, ScalarBoolean):  # an anchored true/false: an int subclass, not a bool
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value} is not a JSON number")
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dt.date):
        # YAML reads an unquoted 2026-01-01 as a date: the API's dates are strings on the wire.
        raise ValueError(f"{value} is read by YAML as a date; quote it to give the wire string")
    if isinstance(value, list):
        return [_plain_json(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise ValueError("has a key that is not a string, which a JSON object cannot hold")
        return {str(key): _plain_json(item) for key, item in value.items()}
    raise ValueError(f"{value!r} is not a JSON value")


def _json_keys(attribute: _Node) -> m.JsonKeys | None:
    """An attribute's ``keys``: what its JSON object takes on create. Only its own shape is
    checked here; what it says of the other attributes is checked by :func:`_check_json_keys`
    once the resource is read, and the enum values by ``_cross_check`` once the enums are."""
    what = f"{attribute.what}: keys"
    node = attribute.optional_child("keys", what)
    if node is None:
        return None
    required = node.strings("required")
    lines = {str(key): node.key_line(str(key)) for key in node.data}
    if "depends_on" not in node.data and "optional" not in node.data:
        # The open form: the document names the keys every create needs and leaves the others
        # to the API (2026-04-16 exports: "the remaining keys depend on export_type").
        if not required:
            raise node.error(None, f"{what}: required lists no key, and nothing depends_on")
        values = _key_values(node, what, required)
        node.done()
        return m.JsonKeys(
            required=required, depends_on=None, optional=(), values=values, key_lines=lines
        )
    depends_on = node.text("depends_on")
    node.get("optional", CommentedMap)
    table = node.child("optional", f"{what}: optional")
    optional: list[tuple[str, tuple[str, ...]]] = []
    for value in table.data:
        if not isinstance(value, str) or not value:
            # YAML reads an unquoted 1 or true as a number or a bool: the values are wire strings.
            raise table.error(str(value), f"{what}: optional value {value!r} must be a string")
        keys = table.strings(value)
        for key in keys:
            if key in required:
                message = f"{what}: '{key}' is required, so listing it for '{value}' says it twice"
                raise table.error(value, message)
        optional.append((value, keys))
        lines[f"optional.{value}"] = table.key_line(value)
    if not optional:
        raise node.error("optional", f"{what}: optional lists no value of '{depends_on}'")
    listed = {*required, *(key for _, keys in optional for key in keys)}
    values = _key_values(node, what, listed, depends_on)
    node.done()
    return m.JsonKeys(
        required=required,
        depends_on=depends_on,
        optional=tuple(optional),
        values=values,
        key_lines=lines,
    )


def _key_values(
    keys: _Node, what: str, listed: Iterable[str], depends_on: str | None = None
) -> tuple[m.KeyValues, ...]:
    """The ``values`` of ``keys``: for some of the ``listed`` keys (required, or taken for some
    value of ``depends_on``), what the document says their values are. Each rule gives exactly
    one of ``one_of`` (the exact strings taken) and ``pattern``; ``list: true`` adds a
    non-empty list of such values."""
    table = keys.optional_child("values", f"{what}: values")
    if table is None:
        return ()
    if not table.data:
        raise keys.error("values", f"{what}: values gives no rule")
    known = set(listed)
    rules = []
    for key in table.data:
        if not isinstance(key, str) or key not in known:
            # A rule for a key no create may send would never be used: most likely a misspelling.
            if depends_on is None:
                message = f"{what}: values: '{key}' is not a required key"
            else:
                message = (
                    f"{what}: values: '{key}' is neither required nor taken for a value of "
                    f"'{depends_on}'"
                )
            raise table.error(str(key), message)
        rule = table.child(key, f"{what}: values: '{key}'")
        given = [member for member in ("one_of", "pattern") if member in rule.data]
        if len(given) != 1:
            said = "both one_of and pattern" if given else "neither one_of nor pattern"
            raise table.error(
                key, f"{rule.what}: a rule gives one_of or pattern; this gives {said}"
            )
        one_of = rule.strings("one_of")
        if "one_of" in given and not one_of:
            raise rule.error("one_of", f"{rule.what}: one_of lists no value")
        pattern = _pattern(rule, rule.what) if "pattern" in given else None
        takes_list = bool(rule.get("list", bool, False))
        rule.done()
        rules.append(m.KeyValues(key, one_of=one_of, pattern=pattern, takes_list=takes_list))
    return tuple(rules)


def _check_json_keys(node: _Node, attributes: tuple[m.Attribute, ...]) -> None:
    """``keys`` belongs to a JSON object that can be sent on create, and ``depends_on`` names an
    enum attribute sent along with it, whose value picks the further keys."""
    by_name = {a.name: a for a in attributes}
    for attribute in attributes:
        keys = attribute.keys
        if keys is None:
            continue
        what = f"attribute '{attribute.name}': keys"
        line = keys.key_lines.get("depends_on", attribute.line)
        if attribute.type.kind != "json":
            message = f"{what}: only a json attribute has keys, not a {attribute.type}"
            raise SpecError(node.path, attribute.line, message)
        if attribute.access == "read_only":
            message = f"{what}: the attribute is read_only, so no create sends its keys"
            raise SpecError(node.path, attribute.line, message)
        if keys.depends_on is None:
            continue
        choice = by_name.get(keys.depends_on)
        if choice is None:
            raise SpecError(
                node.path, line, f"{what}: depends_on names no attribute '{keys.depends_on}'"
            )
        if choice.type.kind != "enum":
            message = (
                f"{what}: depends_on '{choice.name}' is not an enum attribute "
                f"(it is {choice.type})"
            )
            raise SpecError(node.path, line, message)
        if choice.access == "read_only":
            message = f"{what}: depends_on '{choice.name}' is read_only, so no create sends it"
            raise SpecError(node.path, line, message)


def _check_defaults(
    node: _Node, attributes: tuple[m.Attribute, ...], operations: tuple[str, ...]
) -> None:
    """A ``default`` is what the API takes when a create leaves the attribute out, so it belongs
    to an attribute that a create can send, of a resource that can be created."""
    for attribute in attributes:
        if attribute.default is None:
            continue
        what = f"attribute '{attribute.name}': default"
        if attribute.access == "read_only":
            message = f"{what}: the attribute is read_only, so no create sends it"
            raise SpecError(node.path, attribute.default.line, message)
        if "create" not in operations:
            message = f"{what}: the resource has no create operation"
            raise SpecError(node.path, attribute.default.line, message)


def _check_required(
    node: _Node, attributes: tuple[m.Attribute, ...], operations: tuple[str, ...]
) -> None:
    """A resource's ``required`` attribute is one every create sends: of a resource that can be
    created, and without a ``default`` (what the API takes when a create leaves it out)."""
    for attribute in attributes:
        if not attribute.required:
            continue
        what = f"attribute '{attribute.name}': required"
        if "create" not in operations:
            raise SpecError(node.path, attribute.line, f"{what}: the resource has no create")
        if attribute.default is not None:
            message = f"{what}: it has a default, which a create leaving it out gets"
            raise SpecError(node.path, attribute.line, message)


def _check_default_value(
    spec: m.Spec, path: Path, attribute: m.Attribute, default: m.Default
) -> None:
    """The default must be a value the attribute could hold on the wire."""
    if default.value is None:
        if not attribute.nullable:
            message = (
                f"attribute '{attribute.name}': default is null, but the attribute is not nullable"
            )
            raise SpecError(path, default.line, message)
        return
    problem = _misfit(spec, attribute.type, default.value)
    if problem is not None:
        raise SpecError(path, default.line, f"attribute '{attribute.name}': default {problem}")


def _misfit(spec: m.Spec, ref: m.TypeRef, value: object) -> str | None:
    """Why a (non-null) plain JSON ``value`` is not a wire value of ``ref``; None when it is."""
    kind = ref.kind
    if kind == "any":
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else f"{value!r} is not true or false"
    if kind == "integer":
        fits = isinstance(value, int) and not isinstance(value, bool)
        return None if fits else f"{value!r} is not an integer"
    if kind == "json":
        return None if isinstance(value, dict) else f"{value!r} is not a JSON object (a mapping)"
    if kind == "enum":
        enum = next(e for e in spec.enums if e.name == ref.name)  # checked to exist already
        # Without the bool test, true would pass for the integer value 1.
        if not isinstance(value, bool) and value in [v.value for v in enum.values]:
            return None
        return f"{value!r} is not a value of enum '{enum.name}'"
    if kind == "list":
        if not isinstance(value, list):
            return f"{value!r} is not a list"
        assert ref.item is not None
        for index, item in enumerate(value):
            problem = "is null" if item is None else _misfit(spec, ref.item, item)
            if problem is not None:
                return f"item {index}: {problem}"
        return None
    if kind in ("object", "union"):
        return f"for a {kind} is not supported (only an empty list of them is)"
    # What is left is written as a string on the wire: string, decimal, date, datetime.
    if not isinstance(value, str):
        written = "" if kind == "string" else f" (a {kind} is written as one on the wire)"
        return f"{value!r} is not a string{written}"
    if kind == "decimal" and not _is_decimal(value):
        return f"{value!r} is not a decimal written as a string, such as '0.00'"
    if kind == "date" and not _is_date(value):
        return f"{value!r} is not a date written YYYY-MM-DD"
    if kind == "datetime" and not _is_datetime(value):
        return f"{value!r} is not an ISO 8601 timestamp with a zone, such as '2026-01-01T00:00:00Z'"
    return None


def _is_decimal(text: str) -> bool:
    """Written as the API writes amounts: digits, optionally signed and with a fraction."""
    return _DECIMAL.fullmatch(text) is not None


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10  # fromisoformat also takes the basic form 20260101 (3.11+)


def _is_datetime(text: str) -> bool:
    try:
        parsed = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _relationships(parent: _Node) -> tuple[m.Relationship, ...]:
    table = parent.optional_child("relationships", "relationships")
    if table is None:
        return ()
    out = []
    for name in table.data:
        node = table.child(name, f"relationship '{name}'")
        if not isinstance(name, str) or not _IDENTIFIER.match(name) or keyword.iskeyword(name):
            raise table.error(str(name), f"relationship name '{name}' is not a valid identifier")
        to = node.text("to")
        if to not in ("one", "many"):
            raise node.error("to", f"relationship '{name}': 'to' must be one or many")
        targets = node.strings("target")
        if not targets:
            raise node.error("target", f"relationship '{name}': target is required")
        items = _items(node, f"relationship '{name}'")
        for key in items:
            if to != "many":
                raise node.error(key, f"relationship '{name}': {key} is for a to-many relationship")
        nullable = node.get("nullable", bool, True)
        if not nullable and to != "one":
            raise node.error("nullable", f"relationship '{name}': nullable is for a to-one")
        if not nullable and _access(node) == "read_only":
            raise node.error(
                "nullable", f"relationship '{name}': nullable: false needs a request to send it"
            )
        detach_only = bool(node.get("detach_only", bool, False))
        if detach_only and (to != "one" or _access(node) != "writable" or not nullable):
            raise node.error(
                "detach_only",
                f"relationship '{name}': detach_only is for a writable to-one one that takes null",
            )
        required = bool(node.get("required", bool, False))
        if required and _access(node) == "read_only":
            raise node.error(
                "required", f"relationship '{name}': required is for one a create can send"
            )
        out.append(
            m.Relationship(
                name=name,
                to_many=to == "many",
                targets=targets,
                description=node.text("description"),
                access=_access(node),
                exclusive_with=node.strings("exclusive_with"),
                write_only=node.get("write_only", bool, False),
                nullable=nullable,
                detach_only=detach_only,
                required=required,
                **items,
                line=node.line,
            )
        )
        _check_not_restated(
            node, name, write_only=out[-1].write_only, exclusive_with=out[-1].exclusive_with
        )
        node.done()
    return tuple(out)


def _meta(parent: _Node) -> tuple[m.MetaField, ...]:
    table = parent.optional_child("meta", "meta")
    if table is None:
        return ()
    out = []
    for name in table.data:
        node = table.child(name, f"meta field '{name}'")
        if not isinstance(name, str) or not _IDENTIFIER.match(name):
            raise table.error(str(name), f"meta field name '{name}' is not a valid identifier")
        out.append(
            m.MetaField(
                name=str(name),
                type=_type_of(node),
                description=node.text("description"),
                nullable=node.get("nullable", bool, False),
                optional=node.get("optional", bool, False),
                line=node.line,
            )
        )
        node.done()
    return tuple(out)


def load_resource(path: Path) -> m.Resource:
    node = _Node(path, _read(path), 1, f"resource {path.stem}")
    type_ = node.text("type")
    if type_ != path.stem:
        raise node.error("type", f"type '{type_}' does not match the file name '{path.stem}'")
    class_name = node.text("class")
    if not _CLASS_NAME.match(class_name):
        raise node.error("class", f"class name '{class_name}' is not a CapWords identifier")
    operations = node.strings("operations")
    for op in operations:
        if op not in m.OPERATIONS:
            raise node.error("operations", f"unknown operation '{op}'")
    singleton = node.get("singleton", bool, False)
    if singleton and set(operations) - {"find"}:
        raise node.error("singleton", "a singleton resource only supports find")
    if "multipart_create" in node.data:
        # The flag said "multipart" without saying what the form holds, which the upload and
        # the simulator both need: the form now says it.
        raise node.error(
            "multipart_create",
            "multipart_create is replaced by a 'multipart:' form listing the fields "
            "(see spec/README.md)",
        )
    attributes = _attributes(node, "attributes")
    _check_json_keys(node, attributes)
    _check_defaults(node, attributes, operations)
    _check_required(node, attributes, operations)
    relationships = _relationships(node)
    resource = m.Resource(
        type=type_,
        class_name=class_name,
        path=node.text("path", "/" + type_),
        singleton=singleton,
        public=node.get("public", bool, False),
        multipart=_multipart(node, type_, attributes, operations),
        idempotent_create=node.get("idempotent_create", bool, False),
        extension=node.get("extension", bool, False),
        callbacks=_callbacks(node, attributes),
        delete_cancels=_delete_cancels(node, operations),
        description=node.text("description"),
        operations=tuple(op for op in m.OPERATIONS if op in operations),
        attributes=attributes,
        relationships=relationships,
        filters=node.strings("filters"),
        filter_values=_filter_values(node, node.strings("filters"), attributes),
        sorts=node.strings("sorts"),
        includes=node.strings("includes"),
        fields=_fields(node, attributes, relationships),
        page_size=_page_size(node, operations),
        listing=_listing(node, operations),
        lifecycle=_lifecycle(node, attributes),
        meta=_meta(node),
        conditions=_resource_conditions(node, type_, attributes, relationships, operations),
        key_lines={str(key): node.key_line(str(key)) for key in node.data},
    )
    node.done()
    if not resource.path.startswith("/"):
        raise node.error("path", f"path '{resource.path}' must start with '/'")
    _check_names(node, resource)
    return resource


def _multipart(
    parent: _Node, type_: str, attributes: tuple[m.Attribute, ...], operations: tuple[str, ...]
) -> m.Multipart | None:
    """The form of a create that is a multipart upload: its fields by wire name, each with its
    role, whether it is required and, for the file, the most bytes it may hold."""
    table = parent.optional_child("multipart", "multipart")
    if table is None:
        if "multipart_answer" in parent.data:
            raise parent.error(
                "multipart_answer", "multipart_answer: the resource has no multipart"
            )
        return None
    if "create" not in operations:
        raise parent.error("multipart", "multipart: the resource has no create operation")
    if not parent.get("extension", bool, False):
        # A multipart create is not generated (views.generated_operations): without a
        # hand-written upload the resource could not be created at all.
        raise parent.error(
            "multipart", "multipart: the upload is hand-written, so the resource needs extension"
        )
    strings = {a.name for a in attributes if a.type in (m.TypeRef("string"), m.TypeRef("id"))}
    fields: list[m.FormField] = []
    for name in table.data:
        if not isinstance(name, str) or not _FORM_NAME.match(name):
            message = f"multipart: field name {name!r} is not a form field name such as 'x[y]'"
            raise table.error(str(name), message)
        node = table.child(name, f"multipart field '{name}'")
        table.get(name, CommentedMap)  # marks the key as read
        role = node.text("role")
        if role not in m.FORM_ROLES:
            roles = ", ".join(m.FORM_ROLES)
            raise node.error("role", f"{node.what}: role must be one of {roles}, not '{role}'")
        max_bytes = node.get("max_bytes", int, None)
        if max_bytes is not None and role != "file":
            raise node.error("max_bytes", f"{node.what}: max_bytes is for the file, not a {role}")
        if max_bytes is not None and max_bytes < 1:
            raise node.error("max_bytes", f"{node.what}: max_bytes must be at least 1")
        form_field = m.FormField(
            name=name,
            role=role,
            required=node.get("required", bool, False),
            max_bytes=max_bytes,
            line=node.line,
        )
        node.done()
        if role == "attribute" and (
            not name.startswith(f"{type_}[") or form_field.inner not in strings
        ):
            message = (
                f"{node.what}: an attribute field is named {type_}[<attribute>], for a string "
                "attribute of the resource"
            )
            raise table.error(name, message)
        fields.append(form_field)
    for role in ("file", "fingerprint"):
        count = sum(f.role == role for f in fields)
        if count > 1 or (role == "file" and count == 0):
            message = f"multipart: the form needs exactly one {role} field, not {count}"
            if role == "fingerprint":
                message = f"multipart: the form has {count} fingerprint fields; one at most"
            raise table.error(None, message)
    return m.Multipart(
        fields=tuple(fields), answer_media_type=_multipart_answer(parent), line=table.line
    )


_MEDIA_TYPE = re.compile(r"[a-z]+/[a-z0-9.+-]+")


def _multipart_answer(parent: _Node) -> str:
    """``multipart_answer``: the media type of an upload's 201 answer, given where the version's
    document says it is not JSON:API's (2026-04-16: ``application/json``)."""
    answer: str | None = parent.get("multipart_answer", str, None)
    if answer is None:
        return m.JSONAPI_MEDIA_TYPE
    if not _MEDIA_TYPE.fullmatch(answer):
        message = f"multipart_answer: {answer!r} is not a media type such as 'application/json'"
        raise parent.error("multipart_answer", message)
    if answer == m.JSONAPI_MEDIA_TYPE:
        raise parent.error(
            "multipart_answer",
            "multipart_answer: JSON:API's media type is the default; leave it out",
        )
    return answer


def _delete_cancels(node: _Node, operations: object) -> bool:
    """``delete_cancels: true`` says a delete cancels the resource and the API keeps it (an
    order, an emergency subscription): the repository, the command line and the docs say
    "cancel", not "delete"."""
    cancels = bool(node.get("delete_cancels", bool, False))
    if cancels and "delete" not in operations:  # type: ignore[operator]
        raise node.error("delete_cancels", "delete_cancels: the resource has no delete")
    return cancels


def _callbacks(node: _Node, attributes: tuple[m.Attribute, ...]) -> bool:
    """``callbacks: true`` says DIDWW calls the resource's ``callback_url`` with signed status
    updates, so the resource must let clients set one."""
    callbacks = bool(node.get("callbacks", bool, False))
    url = next((a for a in attributes if a.name == "callback_url"), None)
    if callbacks and (url is None or url.access == "read_only"):
        raise node.error("callbacks", "callbacks: the resource has no settable 'callback_url'")
    return callbacks


def _fields(
    node: _Node, attributes: tuple[m.Attribute, ...], relationships: tuple[m.Relationship, ...]
) -> tuple[str, ...] | None:
    """Sparse-fieldset names; absent (None) means every attribute and relationship. ``id`` is
    allowed because the API lists it among the names it accepts."""
    if "fields" not in node.data:
        return None
    names = node.strings("fields")
    known = {"id"} | {a.name for a in attributes} | {r.name for r in relationships}
    for name in names:
        if name not in known:
            raise node.error("fields", f"fields: '{name}' is not an attribute or relationship")
    return names


def _filter_values(
    parent: _Node, filters: tuple[str, ...], attributes: tuple[m.Attribute, ...]
) -> tuple[m.FilterValues, ...]:
    """What the document says of some filters' values (``filter_values``), by filter name."""
    timestamps = {a.name for a in attributes if a.type.kind in ("date", "datetime")}
    table = parent.optional_child("filter_values", "filter_values")
    if table is None:
        return ()
    found = []
    for name in table.data:
        name = str(name)
        if name not in filters:
            raise table.error(name, f"filter_values: '{name}' is not one of the filters")
        node = table.child(name, f"filter_values '{name}'")
        one = node.get("one", bool, False)
        type_ = node.get("type", str, None)
        empty = node.get("empty", bool, False)
        whole_day = node.get("whole_day", bool, False)
        node.done()
        if type_ is not None and type_ not in m.FILTER_TYPES:
            raise node.error(
                "type", f"filter_values '{name}': type must be one of {', '.join(m.FILTER_TYPES)}"
            )
        if not one and type_ is None and not empty and not whole_day:
            raise node.error(
                None, f"filter_values '{name}': says nothing (give one, type, empty or whole_day)"
            )
        if whole_day and (
            not name.endswith("_lteq")
            or name.removesuffix("_lteq") not in timestamps
            or type_ not in (None, "date", "datetime")
        ):
            raise node.error(
                "whole_day",
                f"filter_values '{name}': whole_day is for a _lteq bound on a date or timestamp "
                "attribute only",
            )
        found.append(
            m.FilterValues(name=name, one=one, type=type_, empty=empty, whole_day=whole_day)
        )
    return tuple(sorted(found, key=lambda f: f.name))


def _page_size(parent: _Node, operations: tuple[str, ...]) -> m.PageSize | None:
    node = parent.optional_child("page_size", "page_size")
    if node is None:
        return None
    default, largest = node.get("default", int), node.get("max", int)
    raisable = bool(node.get("raisable", bool, False))
    node.done()
    for key, value in (("default", default), ("max", largest)):
        if value < 1:
            raise node.error(key, f"page_size: {key} must be at least 1")
    if default > largest:
        raise node.error("default", f"page_size: default {default} is above max {largest}")
    if "list" not in operations:
        raise parent.error("page_size", "page_size: the resource has no list operation")
    return m.PageSize(default=default, max=largest, raisable=raisable)


def _listing(node: _Node, operations: tuple[str, ...]) -> str:
    """How the list is answered (``m.LISTINGS``); absent: in pages. An answered-whole list has
    no pages, so no page size either."""
    listing = node.text("listing", "paginated")
    if listing not in m.LISTINGS:
        raise node.error(
            "listing", f"listing: unknown value '{listing}'; one of {', '.join(m.LISTINGS)}"
        )
    if "listing" in node.data and "list" not in operations:
        raise node.error("listing", "listing: the resource has no list operation")
    if listing != "paginated" and "page_size" in node.data:
        raise node.error(
            "page_size", f"page_size: the list is answered whole (listing: {listing}), not in pages"
        )
    return listing


def _lifecycle(parent: _Node, attributes: tuple[m.Attribute, ...]) -> m.Lifecycle | None:
    """The attribute and the enum values at which waiting for the resource ends. Whether those
    values belong to the enum is checked once enums.yaml is loaded (``_cross_check``)."""
    node = parent.optional_child("lifecycle", "lifecycle")
    if node is None:
        return None
    name = node.text("attribute")
    terminal = node.strings("terminal")
    node.done()
    attribute = next((a for a in attributes if a.name == name), None)
    if attribute is None:
        raise node.error("attribute", f"lifecycle: no attribute '{name}'")
    if attribute.type.kind != "enum":
        raise node.error("attribute", f"lifecycle: attribute '{name}' is not an enum")
    if not terminal:
        raise node.error("terminal", "lifecycle: terminal lists no value")
    return m.Lifecycle(
        attribute=name,
        terminal=terminal,
        terminal_line=node.key_line("terminal"),
    )


def _check_names(node: _Node, resource: m.Resource) -> None:
    """Attribute, relationship and derived ``_id``/``_ids`` names must not collide."""
    seen: dict[str, str] = {}
    reserved = {"id", "meta", "type", "resource_type", "extra_attributes", "is_dirty"}
    names: list[tuple[str, str]] = [(a.name, "attributes") for a in resource.attributes]
    for rel in resource.relationships:
        names.append((rel.name, "relationships"))
        names.append((rel.id_name, "relationships"))
    for name, key in names:
        if name in reserved:
            raise node.error(key, f"'{name}' is reserved by the model base class")
        if name in seen:
            raise node.error(key, f"duplicate attribute '{name}' (also in {seen[name]})")
        seen[name] = key


def load_enums(path: Path) -> tuple[m.Enum, ...]:
    root = _Node(path, _read(path), 1, "enums")
    out = []
    for name in root.data:
        node = root.child(name, f"enum '{name}'")
        if not isinstance(name, str) or not _CLASS_NAME.match(name):
            raise root.error(str(name), f"enum name '{name}' is not a CapWords identifier")
        kind = node.text("type", "string")
        description = node.text("description")
        values: list[m.EnumValue] = []
        if kind == "string":
            for value in node.strings("values"):
                member = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
                if not member or not _ENUM_MEMBER.match(member) or member[0].isdigit():
                    raise node.error("values", f"enum '{name}': bad enum value '{value}'")
                values.append(m.EnumValue(member, value))
        elif kind == "integer":
            table = node.get("values", CommentedMap)
            for member, value in table.items():
                if not isinstance(member, str) or not _ENUM_MEMBER.match(member):
                    raise node.error("values", f"enum '{name}': bad member name '{member}'")
                if not isinstance(value, int) or isinstance(value, bool):
                    raise node.error("values", f"enum '{name}': bad enum value {value!r}")
                values.append(m.EnumValue(member, value))
        else:
            raise node.error("type", f"enum '{name}': type must be string or integer")
        if not values:
            raise node.error("values", f"enum '{name}' has no values")
        _unique(node, f"enum '{name}'", [v.name for v in values], "member")
        _unique(node, f"enum '{name}'", [v.value for v in values], "value")
        node.done()
        out.append(m.Enum(name=name, kind=kind, description=description, values=tuple(values)))
    return tuple(out)


def _unique(node: _Node, what: str, items: Iterable[object], label: str) -> None:
    seen: set[object] = set()
    for item in items:
        if item in seen:
            raise node.error("values", f"{what}: duplicate {label} {item!r}")
        seen.add(item)


def _when(node: _Node, what: str) -> tuple[_Node, tuple[str, bool, object]]:
    """A rule's or condition's ``when``: its node (for ``done()``) and (attribute, equals,
    value), from ``equals: VALUE`` or ``not_equals: VALUE``."""
    node.get("when", CommentedMap)
    when = node.child("when", what)
    trigger = when.text("attribute")
    if "equals" in when.data:
        return when, (trigger, True, when.get("equals", object))
    return when, (trigger, False, when.get("not_equals", object))


def _condition_names(
    entry: _Node,
    owner: str,
    by_name: dict[str, m.Attribute],
    names: tuple[str, ...],
    *,
    kind: str | None = None,
) -> None:
    """Refuse a name in a condition that is not a writable attribute of the object (of type
    ``kind``, when given)."""
    for name in names:
        info = by_name.get(name)
        if info is None:
            raise entry.error(None, f"object '{owner}': condition names unknown '{name}'")
        if info.access == "read_only":
            raise entry.error(None, f"object '{owner}': condition names read-only '{name}'")
        if kind is not None and info.type.kind != kind:
            message = f"object '{owner}': a bound compares integers, '{name}' is not one"
            raise entry.error(None, message)


def _group(entry: _Node, owner: str) -> m.Group | None:
    """The group a condition entry states (``exactly_one_of: [a, b]``, see
    :data:`generator.model.GROUP_KINDS`), or None for an entry of another kind. Its names are
    checked against the owner's members by the caller."""
    keys = [f"{kind}_of" for kind in m.GROUP_KINDS if f"{kind}_of" in entry.data]
    if not keys:
        return None
    if len(keys) > 1 or len(entry.data) > 1:
        raise entry.error(None, f"{owner}: a group condition has one key, {keys[0]}, and no other")
    names = entry.strings(keys[0])
    if len(names) < 2:
        raise entry.error(keys[0], f"{owner}: {keys[0]} needs at least two names")
    return m.Group(keys[0].removesuffix("_of"), names)


def _resource_conditions(
    node: _Node,
    type_: str,
    attributes: tuple[m.Attribute, ...],
    relationships: tuple[m.Relationship, ...],
    operations: tuple[str, ...],
) -> tuple[m.Condition | m.Group, ...]:
    """A resource's ``conditions`` over its attributes and relationships: groups, judged on a
    create (the document states them on the create request), and ``when`` with ``require``
    and/or ``refuse``, judged on a create and an update. A condition's trigger is a writable or
    create-only attribute; the names it requires or refuses may be relationships too."""
    entries = node.get("conditions", CommentedSeq, CommentedSeq())
    owner = f"resource '{type_}'"
    members: dict[str, str] = {a.name: a.access for a in attributes}
    members.update({r.name: r.access for r in relationships})
    found: list[m.Condition | m.Group] = []
    for raw in entries:
        entry = _Node(node.path, raw, node.key_line("conditions"), f"{owner} condition")
        group = _group(entry, owner)
        if group is not None:
            if "create" not in operations:
                raise entry.error(None, f"{owner}: a group is judged on a create, and it has none")
            names: tuple[str, ...] = group.names
            condition: m.Condition | m.Group = group
        elif "when" in entry.data:
            if "create" not in operations and "update" not in operations:
                raise entry.error(None, f"{owner}: a condition needs a create or an update")
            when, (trigger, equals, value) = _when(entry, "condition when")
            require, refuse = entry.strings("require"), entry.strings("refuse")
            if not require and not refuse:
                raise entry.error(None, f"{owner}: a condition needs require or refuse")
            names = (trigger, *require, *refuse)
            twice = sorted({n for n in names if names.count(n) > 1})
            if twice:
                raise entry.error(None, f"{owner}: condition names '{twice[0]}' twice")
            if trigger not in {a.name for a in attributes}:
                message = f"{owner}: a condition's when names '{trigger}', which is no attribute"
                raise entry.error(None, message)
            when.done()
            condition = m.Condition(trigger, equals, value, require, refuse)
        else:
            kinds = ", ".join(f"{kind}_of" for kind in m.GROUP_KINDS)
            raise entry.error(None, f"{owner}: a condition is when, or one of {kinds}")
        for name in names:
            access = members.get(name)
            if access is None:
                raise entry.error(None, f"{owner}: condition names unknown '{name}'")
            if access == "read_only":
                raise entry.error(None, f"{owner}: condition names read-only '{name}'")
        entry.done()
        found.append(condition)
    return tuple(found)


def _conditions(
    path: Path, node: _Node, owner: str, attributes: tuple[m.Attribute, ...]
) -> tuple[m.Condition | m.Bound | m.Group, ...]:
    """An object's ``conditions``: what a request must keep to across its attributes.

    ``when`` (as in ``rules``) with ``require`` and/or ``refuse``, lists of writable attributes;
    ``bound`` with ``attribute`` and ``at_least`` and/or ``at_most``, integer attributes; or a
    group (:func:`_group`) of writable attributes."""
    by_name = {a.name: a for a in attributes}
    found: list[m.Condition | m.Bound | m.Group] = []
    for raw in node.get("conditions", CommentedSeq, CommentedSeq()):
        entry = _Node(path, raw, node.key_line("conditions"), f"object '{owner}' condition")
        group = _group(entry, f"object '{owner}'")
        if group is not None:
            _condition_names(entry, owner, by_name, group.names)
            found.append(group)
        elif "bound" in entry.data:
            entry.get("bound", CommentedMap)
            bound = entry.child("bound", "condition bound")
            attribute = bound.text("attribute")
            low = bound.text("at_least") if "at_least" in bound.data else None
            high = bound.text("at_most") if "at_most" in bound.data else None
            bound.get("at_least", str, None)
            bound.get("at_most", str, None)
            bound.done()
            if low is None and high is None:
                raise bound.error(None, f"object '{owner}': a bound needs at_least or at_most")
            others = tuple(n for n in (low, high) if n is not None)
            if attribute in others:
                raise bound.error(None, f"object '{owner}': '{attribute}' is bounded by itself")
            _condition_names(entry, owner, by_name, (attribute, *others), kind="integer")
            found.append(m.Bound(attribute, low, high))
        else:
            when, (trigger, equals, value) = _when(entry, "condition when")
            require, refuse = entry.strings("require"), entry.strings("refuse")
            if not require and not refuse:
                raise entry.error(None, f"object '{owner}': a condition needs require or refuse")
            both = set(require) & set(refuse)
            if both or trigger in require + refuse:
                twice = sorted(both) or [trigger]
                raise entry.error(None, f"object '{owner}': condition names '{twice[0]}' twice")
            _condition_names(entry, owner, by_name, (trigger, *require, *refuse))
            when.done()
            found.append(m.Condition(trigger, equals, value, require, refuse))
        entry.done()
    return tuple(found)


def load_objects(path: Path) -> tuple[tuple[m.NestedObject, ...], tuple[m.Union, ...]]:
    root = _Node(path, _read(path), 1, "objects file")
    objects: list[m.NestedObject] = []
    root.get("objects", CommentedMap)
    table = root.child("objects", "objects")
    for name in table.data:
        node = table.child(name, f"object '{name}'")
        if not isinstance(name, str) or not _CLASS_NAME.match(name):
            raise table.error(str(name), f"object name '{name}' is not a CapWords identifier")
        attributes = _attributes(node, "attributes")
        for keyed in (a for a in attributes if a.keys is not None):
            # Checked on create of a resource only: a nested object's keys would go unchecked.
            message = f"object '{name}': attribute '{keyed.name}': keys are for resources"
            raise SpecError(path, keyed.line, message)
        for fixed in (a for a in attributes if a.fixed_variant):
            # Judged on a resource's update only: a nested object's would go unchecked.
            message = f"object '{name}': attribute '{fixed.name}': fixed_variant is for resources"
            raise SpecError(path, fixed.line, message)
        for given in attributes:
            if given.default is not None:
                # The simulator reads the defaults of resource attributes only: one here would
                # be shown in the docs and then not be what the simulator does.
                message = f"object '{name}': attribute '{given.name}': default is for resources"
                raise SpecError(path, given.default.line, message)
        rules = []
        for raw in node.get("rules", CommentedSeq, CommentedSeq()):
            rule = _Node(path, raw, node.key_line("rules"), f"object '{name}' rule")
            when, (trigger, equals, value) = _when(rule, "rule condition")
            sets = tuple((str(k), v) for k, v in rule.get("set", CommentedMap).items())
            known = {a.name for a in attributes}
            for attribute in [trigger, *(k for k, _ in sets)]:
                if attribute not in known:
                    raise rule.error(None, f"object '{name}': rule names unknown '{attribute}'")
            when.done()
            rule.done()
            rules.append(m.Rule(trigger, equals, value, sets))
        conditions = _conditions(path, node, name, attributes)
        read_only = node.get("read_only", bool, False)
        update_only = node.get("update_only", bool, False)
        if read_only and update_only:
            raise node.error(
                "update_only", f"object '{name}': read_only and update_only exclude each other"
            )
        objects.append(
            m.NestedObject(
                name=name,
                wire_type=node.text("wire_type"),
                read_only=read_only,
                update_only=update_only,
                description=node.text("description"),
                attributes=attributes,
                rules=tuple(rules),
                conditions=conditions,
                line=node.line,
            )
        )
        node.done()
    unions: list[m.Union] = []
    root.get("unions", CommentedMap)
    table = root.child("unions", "unions")
    for name in table.data:
        node = table.child(name, f"union '{name}'")
        if not isinstance(name, str) or not _CLASS_NAME.match(name):
            raise table.error(str(name), f"union name '{name}' is not a CapWords identifier")
        fallback = node.text("fallback")
        if not _CLASS_NAME.match(fallback):
            raise node.error("fallback", f"fallback '{fallback}' is not a CapWords identifier")
        if not node.strings("variants"):
            raise node.error("variants", f"union '{name}' has no variants")
        unions.append(
            m.Union(
                name=str(name),
                description=node.text("description"),
                variants=node.strings("variants"),
                fallback=node.text("fallback"),
                line=node.line,
            )
        )
        node.done()
    root.done()
    return tuple(objects), tuple(unions)


def load_api(path: Path) -> m.Api:
    node = _Node(path, _read(path), 1, "api")
    environments = node.get("environments", CommentedMap)
    envs = tuple((str(k), str(v)) for k, v in environments.items())
    default = node.text("default_environment")
    if default not in dict(envs):
        raise node.error("default_environment", f"unknown environment '{default}'")
    auth = node.text("auth", "api_key")
    if auth not in m.AUTH:
        raise node.error("auth", f"api: auth must be one of {', '.join(m.AUTH)}")
    api = m.Api(
        version=node.text("api_version"),
        default_environment=default,
        environments=envs,
        auth=auth,
        version_header=node.get("version_header", bool, True),
        token_urls=_token_urls(node, auth, envs),
    )
    node.done()
    return api


def _token_urls(
    node: _Node, auth: str, envs: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """Where bearer tokens are minted, one URL per environment: a token minted in one environment
    is refused by the other, so an environment without an entry could not be used."""
    table = node.optional_child("token_urls", "token_urls")
    if table is None:
        return ()
    if auth != "bearer":
        raise node.error("token_urls", "api: token_urls needs auth: bearer")
    urls: list[tuple[str, str]] = []
    for name, url in table.data.items():
        if str(name) not in dict(envs):
            raise table.error(str(name), f"token_urls: unknown environment '{name}'")
        if not isinstance(url, str) or not url.startswith("https://"):
            raise table.error(str(name), f"token_urls: '{name}' must be an https URL")
        urls.append((str(name), url))
    for name, _ in envs:
        if name not in table.data:
            raise node.error("token_urls", f"token_urls: no entry for environment '{name}'")
    return tuple(urls)


def load_subject_areas(path: Path) -> tuple[m.SubjectArea, ...]:
    """The subject areas that group resources in the documentation, in the order they are shown."""
    root = _Node(path, _read(path), 1, "subject areas")
    out = []
    for name in root.data:
        if not isinstance(name, str) or not _IDENTIFIER.match(name):
            raise root.error(str(name), f"subject area name '{name}' is not a valid identifier")
        node = root.child(name, f"subject area '{name}'")
        root.get(name, CommentedMap)
        resources = node.strings("resources")
        if not resources:
            raise node.error("resources", f"subject area '{name}' lists no resources")
        out.append(
            m.SubjectArea(
                name=name,
                title=node.text("title"),
                description=node.text("description"),
                resources=resources,
                line=node.line,
            )
        )
        node.done()
    if not out:
        raise SpecError(path, 1, "no subject areas")
    return tuple(out)


def load_spec(root: Path) -> m.Spec:
    """Load and cross-check a whole spec tree."""
    objects, unions = load_objects(root / "objects.yaml")
    resource_files = sorted((root / "resources").glob("*.yaml"))
    if not resource_files:
        raise SpecError(root / "resources", None, "no resource files")
    spec = m.Spec(
        api=load_api(root / "api.yaml"),
        enums=load_enums(root / "enums.yaml"),
        objects=objects,
        unions=unions,
        resources=tuple(load_resource(p) for p in resource_files),
        subject_areas=load_subject_areas(root / "subject_areas.yaml"),
    )
    _cross_check(root, spec)
    return spec


def load_versions(root: Path) -> tuple[list[m.Spec], str]:
    """Every version tree under ``root`` (a folder holding ``api.yaml``, named for its version)
    and the default version that ``root/versions.yaml`` names."""
    versions_file = root / "versions.yaml"
    if not versions_file.exists():
        raise SpecError(versions_file, None, "missing: it names the default API version")
    node = _Node(versions_file, _read(versions_file), 1, "versions")
    default = node.text("default")
    node.done()
    specs = []
    for folder in sorted(p for p in root.iterdir() if (p / "api.yaml").exists()):
        spec = load_spec(folder)
        if not m.is_api_version(spec.api.version):
            raise SpecError(
                folder / "api.yaml",
                None,
                f"api_version '{spec.api.version}' is not a date written YYYY-MM-DD",
            )
        if spec.api.version != folder.name:
            raise SpecError(
                folder / "api.yaml",
                None,
                f"api_version '{spec.api.version}' is not the folder's name '{folder.name}'",
            )
        specs.append(spec)
    if not specs:
        raise SpecError(root, None, "no version trees (folders holding api.yaml)")
    if default not in {s.api.version for s in specs}:
        raise SpecError(versions_file, None, f"default '{default}' has no tree in {root}")
    return specs, default


def _cross_check(root: Path, spec: m.Spec) -> None:
    enums = {e.name for e in spec.enums}
    objects = {o.name: o for o in spec.objects}
    unions = {u.name for u in spec.unions}
    types = {r.type for r in spec.resources}

    def check_type(path: Path, line: int, owner: str, ref: m.TypeRef) -> None:
        if ref.kind == "list" and ref.item is not None:
            check_type(path, line, owner, ref.item)
            return
        known = {"enum": enums, "object": set(objects), "union": unions}.get(ref.kind)
        if known is not None and ref.name not in known:
            raise SpecError(path, line, f"{owner}: unknown {ref.kind} '{ref.name}'")

    objects_path = root / "objects.yaml"
    for obj in spec.objects:
        for attribute in obj.attributes:
            check_type(objects_path, attribute.line, f"{obj.name}.{attribute.name}", attribute.type)
    class_names: dict[str, str] = {}
    for union in spec.unions:
        for variant in union.variants:
            if variant not in objects:
                raise SpecError(
                    objects_path, union.line, f"union '{union.name}': unknown '{variant}'"
                )
        wires = [objects[v].wire_type for v in union.variants]
        if len(set(wires)) != len(wires):
            raise SpecError(objects_path, union.line, f"union '{union.name}': duplicate wire types")
        for name in (union.name, union.fallback):
            if name in objects or name in class_names:
                raise SpecError(objects_path, union.line, f"name '{name}' is used twice")
            class_names[name] = union.name
    paths: dict[str, str] = {}
    for resource in spec.resources:
        path = root / "resources" / f"{resource.type}.yaml"
        lines = resource.key_lines
        if resource.class_name in class_names or resource.class_name in objects:
            message = f"class name '{resource.class_name}' is used twice"
            raise SpecError(path, lines.get("class"), message)
        class_names[resource.class_name] = resource.type
        if resource.operations:
            if resource.segment in paths:
                raise SpecError(path, lines.get("path", 1), f"path '{resource.path}' is used twice")
            paths[resource.segment] = resource.type
        for attribute in resource.attributes:
            check_type(path, attribute.line, f"{resource.type}.{attribute.name}", attribute.type)
        for meta in resource.meta:
            check_type(path, meta.line, f"{resource.type} meta {meta.name}", meta.type)
        relationships = {r.name: r for r in resource.relationships}
        for rel in resource.relationships:
            for target in rel.targets:
                if target not in types:
                    message = f"relationship '{rel.name}' points at missing resource '{target}'"
                    raise SpecError(path, rel.line, message)
            for partner in rel.exclusive_with:
                if partner not in relationships:
                    message = f"relationship '{rel.name}': exclusive_with names unknown '{partner}'"
                    raise SpecError(path, rel.line, message)
        for rel in resource.relationships:
            for partner in rel.exclusive_with:
                if rel.name not in relationships[partner].exclusive_with:
                    # Both sides say it, so that each reads whole; they must say the same.
                    message = (
                        f"relationship '{rel.name}': exclusive_with names '{partner}', "
                        f"whose exclusive_with does not name '{rel.name}' back"
                    )
                    raise SpecError(path, rel.line, message)
        for include in resource.includes:
            _check_include(spec, path, lines.get("includes"), resource, include)
        if resource.lifecycle is not None:
            _check_lifecycle(spec, path, resource, resource.lifecycle)
        for attribute in resource.attributes:
            if attribute.keys is not None:
                _check_key_values(spec, path, resource, attribute, attribute.keys)
            if attribute.default is not None:
                _check_default_value(spec, path, attribute, attribute.default)
        for condition in resource.conditions:
            line = lines.get("conditions", 1)
            owner = f"resource '{resource.type}'"
            _check_compared_value(spec, path, line, owner, resource.attributes, condition)
    for obj in spec.objects:
        for compared in (*obj.conditions, *obj.rules):
            owner = f"object '{obj.name}'"
            _check_compared_value(spec, objects_path, obj.line, owner, obj.attributes, compared)
    _check_subject_areas(root / "subject_areas.yaml", spec, types)


def _check_compared_value(
    spec: m.Spec,
    path: Path,
    line: int,
    owner: str,
    attributes: tuple[m.Attribute, ...],
    compared: m.Condition | m.Bound | m.Group | m.Rule,
) -> None:
    """The value a condition's or rule's ``when`` compares with must be one the attribute can
    hold (null where it is nullable): a misspelt enum value would make a rule that never holds."""
    if not isinstance(compared, (m.Condition, m.Rule)):
        return
    attribute = next(a for a in attributes if a.name == compared.attribute)  # checked on load
    if compared.value is None:
        problem = None if attribute.nullable else "null, but the attribute is not nullable"
    else:
        problem = _misfit(spec, attribute.type, compared.value)
    if problem is not None:
        raise SpecError(path, line, f"{owner}: when '{compared.attribute}' compares with {problem}")


def _check_lifecycle(
    spec: m.Spec, path: Path, resource: m.Resource, lifecycle: m.Lifecycle
) -> None:
    """Every terminal value must be a wire value of the attribute's enum, or waiting never ends."""
    attribute = next(a for a in resource.attributes if a.name == lifecycle.attribute)
    enum = next(e for e in spec.enums if e.name == attribute.type.name)  # checked to exist above
    values = {v.value for v in enum.values}
    for value in lifecycle.terminal:
        if value not in values:
            message = f"lifecycle: '{value}' is not a value of enum '{enum.name}'"
            raise SpecError(path, lifecycle.terminal_line, message)


def _check_key_values(
    spec: m.Spec, path: Path, resource: m.Resource, attribute: m.Attribute, keys: m.JsonKeys
) -> None:
    """``optional`` has one entry per value of the ``depends_on`` enum, no more and no less: a
    value the enum gains must not leave its objects unchecked unnoticed. Open keys have none."""
    if keys.depends_on is None:
        return
    choice = next(a for a in resource.attributes if a.name == keys.depends_on)
    enum = next(e for e in spec.enums if e.name == choice.type.name)  # checked to exist above
    what = f"attribute '{attribute.name}': keys"
    if enum.kind != "string":
        message = (
            f"{what}: depends_on '{choice.name}' is an {enum.kind} enum; keys take string enums"
        )
        raise SpecError(path, keys.key_lines.get("depends_on"), message)
    values = [v.value for v in enum.values]
    listed = [value for value, _ in keys.optional]
    for value in listed:
        if value not in values:
            message = f"{what}: '{value}' is not a value of enum '{enum.name}'"
            raise SpecError(path, keys.key_lines.get(f"optional.{value}"), message)
    missing = [str(v) for v in values if v not in listed]
    if missing:
        message = (
            f"{what}: optional has no entry for {', '.join(repr(v) for v in missing)} of enum "
            f"'{enum.name}' (write `{missing[0]}: []` for a value that takes no further key)"
        )
        raise SpecError(path, keys.key_lines.get("optional"), message)


def _check_subject_areas(path: Path, spec: m.Spec, types: set[str]) -> None:
    """Every resource is in exactly one subject area: a new one cannot be left out of the docs."""
    area_of: dict[str, str] = {}
    for area in spec.subject_areas:
        if area.slug in m.RESERVED_SLUGS:
            raise SpecError(path, area.line, f"subject area '{area.name}' clashes with a page name")
        for type_ in area.resources:
            if type_ not in types:
                raise SpecError(
                    path, area.line, f"subject area '{area.name}': no resource '{type_}'"
                )
            if type_ in area_of:
                message = (
                    f"resource '{type_}' is in subject areas '{area_of[type_]}' and '{area.name}'"
                )
                raise SpecError(path, area.line, message)
            area_of[type_] = area.name
    missing = sorted(types - set(area_of))
    if missing:
        names = ", ".join(f"'{t}'" for t in missing)
        raise SpecError(path, 1, f"resources in no subject area: {names} (add each to one)")


def _check_include(
    spec: m.Spec, path: Path, line: int | None, resource: m.Resource, include: str
) -> None:
    current = [resource]
    for segment in include.split("."):
        rels = [r for res in current for r in res.relationships if r.name == segment]
        if not rels:
            raise SpecError(path, line, f"include '{include}': no relationship '{segment}'")
        current = [t for r in rels for t in (spec.resource(x) for x in r.targets) if t is not None]
