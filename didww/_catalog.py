"""Shapes of the generated API catalog (``didww.v2026_04_16.catalog`` and the other version
packages), and the rules both the simulator and the command line read from it.

The catalog is the spec as runtime data: every resource with its path, operations, attributes,
relationships, filters, sorts and includes. The simulator in :mod:`didww.testing` serves the API
from it and the ``didww`` command is built from it, so no list of resources is kept by hand
anywhere; how a type expression reads (:func:`parse_type`) and what a query may ask for
(:func:`field_names`, :func:`include_refusal`) are decided here once for both. Which keys a json
object takes on create (:meth:`JsonKeysInfo.refusal`) is decided here once for the simulator and
the SDK's repositories, which are generated with the same :class:`JsonKeysInfo` values, and so
are the values the document allows some of those keys (:meth:`JsonKeysInfo.value_refusal`); so is
the form of a multipart create (:class:`MultipartInfo`), which the SDK's upload sends and the
simulator accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from didww._conditions import ObjectCondition, ResourceCondition
from didww._errors import shown_value
from didww._limits import Limits
from didww._types import JSON, NOT_GIVEN

SCALARS = frozenset(
    {"string", "id", "integer", "boolean", "decimal", "date", "datetime", "json", "any"}
)
"""The scalar type names of the catalog (``any``: whatever JSON value)."""
_COMPOUND = re.compile(r"^(list|enum|object|union)\[(.+)\]$")


@dataclass(frozen=True)
class TypeExpr:
    """A parsed spec type expression such as ``list[enum[Codec]]``."""

    kind: str
    """One of the scalar names, or ``list``, ``enum``, ``object``, ``union``."""
    name: str = ""
    """The enum, object or union name ("" for the other kinds)."""
    item: TypeExpr | None = None
    """The item type of a list."""


@cache
def parse_type(expr: str) -> TypeExpr:
    """Parse a catalog type expression (``list[enum[Codec]]`` -> ``TypeExpr("list",
    item=TypeExpr("enum", "Codec"))``); raises ``ValueError`` for one it does not know."""
    text = expr.strip()
    if text in SCALARS:
        return TypeExpr(text)
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"unknown type expression {expr!r}")
    kind, inner = match.groups()
    if kind == "list":
        return TypeExpr("list", item=parse_type(inner))
    return TypeExpr(kind, name=inner)


@dataclass(frozen=True)
class KeyRefusal:
    """Why a JSON object does not fit its attribute's :class:`JsonKeysInfo`: one key named."""

    key: str
    """The key that is not accepted, or the required key that is missing."""
    missing: bool
    """True: ``key`` is required and absent; False: ``key`` is present and not accepted."""
    choice: str | None
    """The value of the ``depends_on`` attribute the object was checked against (None when it
    was not given as a string)."""
    required: tuple[str, ...]
    """The keys every object needs, whatever ``choice``."""
    optional: tuple[str, ...]
    """The further keys ``choice`` takes; empty when the spec does not list ``choice`` (then
    only the required keys were checked)."""
    elsewhere: tuple[str, ...] = ()
    """The other values of the ``depends_on`` attribute that take ``key`` (a key this SDK
    knows, sent with the wrong one)."""

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every key the object could have held: the required ones, then the optional ones."""
        return (*self.required, *self.optional)

    def describe(self, attribute: str, depends_on: str | None) -> str:
        """One sentence naming the key, the ``depends_on`` value and the keys accepted."""
        required = ", ".join(self.required)
        if self.missing:
            whose = "create" if depends_on is None else depends_on
            return f"{attribute} has no {self.key!r}, which every {whose} needs ({required})"
        text = f"{attribute} key {self.key!r} is not accepted when {depends_on} is {self.choice!r}"
        import difflib  # only for this error's hint: not worth loading with the catalog

        close = difflib.get_close_matches(self.key, self.accepted, n=1)
        if close:
            text += f" (did you mean {close[0]!r}?)"
        further = f", and {', '.join(self.optional)}" if self.optional else " and no other key"
        text = f"{text}: it takes {required} (required){further}"
        if self.elsewhere:
            text += f"; {self.key!r} is a key of {depends_on} {' and '.join(self.elsewhere)}"
        return text


def _every_key(key: str) -> bool:
    """The default of :meth:`JsonKeysInfo.refusal`: every key is checked."""
    return True


def _every_value(value: object) -> bool:
    """The default of :meth:`JsonKeysInfo.value_refusal`: every value is checked."""
    return True


@dataclass(frozen=True)
class KeyValueRule:
    """What the document says of the values of one key of a json attribute's object (the
    spec's ``values`` under ``keys``)."""

    key: str
    one_of: tuple[str, ...] = ()
    """The exact strings the key takes; empty when :attr:`pattern` says instead."""
    pattern: str | None = None
    """The regular expression a whole value matches."""
    takes_list: bool = False
    """Whether a non-empty list of such values is taken too."""

    def fits(self, item: object, checked: Callable[[object], bool]) -> bool:
        """Whether one value (not a list) is taken; one for which ``checked`` answers False
        passes unjudged."""
        if not checked(item):
            return True
        if not isinstance(item, str):
            return False
        if self.pattern is None:
            return str.__str__(item) in self.one_of
        # fullmatch: ``$`` alone also matches before a final newline, which would be sent.
        return re.fullmatch(self.pattern, item) is not None

    @property
    def takes(self) -> str:
        """What the key takes, in words."""
        if self.pattern is not None:
            text = f"text matching {self.pattern}"
            return text + (", or a non-empty list of texts matching it" if self.takes_list else "")
        listed = ", ".join(repr(value) for value in self.one_of)
        if len(self.one_of) == 1:
            return listed + (", or a list holding only it" if self.takes_list else "")
        return f"one of {listed}" + (", or a non-empty list of them" if self.takes_list else "")


@dataclass(frozen=True)
class ValueRefusal:
    """Why the value of one key of a JSON object does not fit what its :class:`JsonKeysInfo`
    says that key takes."""

    key: str
    value: object
    """The key's value, as given."""
    unfit: object
    """What does not fit: ``value`` itself, or the first item of a list ``value`` that does
    not (an empty list, or a list where none is taken, is ``value``)."""
    takes: str
    """What the key takes, in words (``one of 'SMPP SMSC', ...``)."""

    def shown(self, as_json: bool = False) -> str:
        """``unfit`` for a message: quoted, a list item with the list it is in; in JSON's forms
        (``null``, ``true``, double quotes) with ``as_json``, for whom wrote JSON (the command
        line's ``--set``, a raw request to the simulator), else as Python shows it."""
        form = _json_form if as_json else shown_value
        if isinstance(self.unfit, list):
            return f"a list ({form(self.unfit)})" if self.unfit else "an empty list"
        # str.__str__: an enum member or an Unchecked string shows as the text it sends.
        text = form(str.__str__(self.unfit) if isinstance(self.unfit, str) else self.unfit)
        if isinstance(self.value, list):
            return f"{text} (in {form(self.value)})"
        return text

    def describe(self, attribute: str, as_json: bool = False) -> str:
        """One sentence naming the key, what was given and what it takes (see :meth:`shown`)."""
        shown = self.shown(as_json)
        return f"{attribute} key {self.key!r} does not take {shown}: it takes {self.takes}"


def _json_form(value: object) -> str:
    """``value`` as JSON writes it, cut short past 60 characters."""
    import json  # only for this error's text

    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else f"{text[:57]}..."


@dataclass(frozen=True)
class JsonKeysInfo:
    """The keys a ``json`` attribute's object takes when its resource is created (the spec's
    ``keys``): ``required`` for every value of the enum attribute ``depends_on``, and per value
    of it, ``optional`` ones. Any other key is refused by the API. Without ``depends_on`` the
    keys are open: only the required ones are checked."""

    required: tuple[str, ...]
    depends_on: str | None = None
    optional: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(wire value of ``depends_on``, the keys it takes besides ``required``), one per value."""
    values: tuple[KeyValueRule, ...] = ()
    """What the document says of some keys' values (the spec's ``values``), one rule per key."""

    def choice_in(self, attributes: Mapping[str, object]) -> object:
        """The value ``attributes`` give the ``depends_on`` attribute (None when they give none,
        or the keys are open)."""
        return None if self.depends_on is None else attributes.get(self.depends_on)

    def optional_for(self, choice: object) -> tuple[str, ...] | None:
        """The keys ``choice`` (a wire value of ``depends_on``) takes besides the required ones;
        None for a value the spec does not list (one newer than it)."""
        return next((keys for value, keys in self.optional if value == choice), None)

    def refusal(
        self, value: object, choice: object, checked: Callable[[str], bool] = _every_key
    ) -> KeyRefusal | None:
        """Why ``value``, sent with ``choice`` as the ``depends_on`` value, does not fit; None
        when it does, or when there is nothing this form can say (``value`` is not an object).

        Keys are checked against ``choice``'s list only when the spec lists ``choice``: with no
        value, or one newer than the spec, only the required keys are. A key for which
        ``checked`` answers False is let through (the SDK's ``Unchecked`` names)."""
        if not isinstance(value, Mapping):
            return None
        # str.__str__: the plain wire value of an enum member, whatever its own __str__ says.
        name = str.__str__(choice) if isinstance(choice, str) else None
        optional = self.optional_for(name) if name is not None else None
        if optional is not None:
            accepted = {*self.required, *optional}
            for key in value:
                if isinstance(key, str) and key not in accepted and checked(key):
                    elsewhere = tuple(v for v, keys in self.optional if key in keys)
                    return KeyRefusal(key, False, name, self.required, optional, elsewhere)
        for key in self.required:
            if key not in value:
                return KeyRefusal(key, True, name, self.required, optional or ())
        return None

    def value_refusal(
        self, value: object, choice: object, checked: Callable[[object], bool] = _every_value
    ) -> ValueRefusal | None:
        """Why the value of a key of ``value``, sent with ``choice`` as the ``depends_on``
        value, is not one its rule takes; None when each fits, or ``value`` is not an object.

        A rule is applied where :meth:`refusal` checks the key: to a required key, and to one
        ``choice`` takes (with no value, or one newer than the spec, only to the required keys).
        A string is taken when it is one of ``one_of`` exactly, or matches the whole of
        ``pattern``; a list only where the rule takes lists, when it is not empty and each item
        is taken. A key, a value or an item for which ``checked`` answers False is let through
        (the SDK's ``Unchecked``)."""
        if not self.values or not isinstance(value, Mapping):
            return None
        name = str.__str__(choice) if isinstance(choice, str) else None
        judged = {*self.required, *((self.optional_for(name) or ()) if name is not None else ())}
        rules = {rule.key: rule for rule in self.values if rule.key in judged}
        for key, sent in value.items():
            rule = rules.get(key) if isinstance(key, str) and checked(key) else None
            if rule is None:
                continue
            if isinstance(sent, list):
                if rule.takes_list and sent:
                    unfit = [item for item in sent if not rule.fits(item, checked)]
                else:
                    unfit = [sent]
            else:
                unfit = [] if rule.fits(sent, checked) else [sent]
            if unfit:
                return ValueRefusal(key, sent, unfit[0], rule.takes)
        return None


@dataclass(frozen=True)
class AttributeInfo:
    """One attribute: its spec type expression (e.g. ``list[enum[Codec]]``) and who may write it."""

    name: str
    type: str
    access: str
    nullable: bool
    write_only: bool = False
    null_in_requests: bool = True
    """With ``nullable``: False when answers may hold null but requests may not send it."""
    keys: JsonKeysInfo | None = None
    """For a ``json`` attribute whose spec lists the keys it takes on create; None otherwise."""
    default: JSON = field(default=NOT_GIVEN, hash=False)
    """The value the API takes when a create leaves the attribute out, as its document states
    it (the spec's ``default``), in wire form; ``NOT_GIVEN`` when the document states none, so
    that a documented ``None`` (null) stays apart. Kept out of the hash: it may be a list."""

    minimum: int | float | None = None
    """Integer and decimal only: the least value a request may send (None: no stated limit)."""
    maximum: int | float | None = None
    """Integer and decimal only: the greatest value a request may send (None: no stated limit)."""
    max_length: int | None = None
    """String only: the most characters a value sent may have (None: no stated limit)."""
    pattern: str | None = None
    """String only: the regular expression (``^...$``) a whole value sent must match (None: no
    stated pattern)."""
    min_items: int | None = None
    """List only: the fewest members a value sent may have (None: no stated limit)."""
    max_items: int | None = None
    """List only: the most members a value sent may have (None: no stated limit)."""
    unique_items: bool = False
    """List only: the version's document refuses a value holding one member twice."""
    one_variant: bool = False
    """List of union values only: the version's document wants every member of one type."""
    required: bool = False
    """Nested objects only: a request sending the object must carry a value for it."""
    fixed_variant: bool = False
    """A writable union of a resource: an update keeps the variant (wire ``type``) stored."""

    @property
    def limits(self) -> Limits:
        """The limits stated, together."""
        return Limits(
            self.minimum,
            self.maximum,
            self.max_length,
            self.pattern,
            self.min_items,
            self.max_items,
            self.unique_items,
            self.one_variant,
        )

    @property
    def limited(self) -> bool:
        """Whether the document states a range, length, pattern or member count for values
        sent."""
        return bool(self.limits)

    def limit_refusal(self, value: object) -> str | None:
        """Why ``value``, sent for this attribute, is outside its stated limits; None when it is
        within them, when none is stated, or when it is not a value of the attribute's type."""
        return self.limits.refusal(value)

    @property
    def has_default(self) -> bool:
        """Whether the API's document states what a create that leaves the attribute out gets."""
        return self.default is not NOT_GIVEN


@dataclass(frozen=True)
class RelationshipInfo:
    name: str
    to_many: bool
    targets: tuple[str, ...]
    access: str
    write_only: bool = False
    exclusive_with: tuple[str, ...] = ()
    nullable: bool = True
    """To-one: whether a request may send null (False: the version's document refuses it)."""
    detach_only: bool = False
    """To-one: whether a request may send only null (an update detaches, and cannot attach)."""
    required: bool = False
    """Whether every create sends it (the version's document requires it)."""
    max_items: int | None = None
    """To-many only: the most members a request may send (None: no stated limit)."""
    min_items: int | None = None
    """To-many only: the fewest members a request may send (None: no stated limit)."""
    unique_items: bool = False
    """To-many only: the version's document refuses a request naming one member twice."""
    ids: str = ""
    """To-many only: the name its ids go by on a model (``did_ids`` for ``dids``)."""

    @property
    def id_name(self) -> str:
        """The name of the relationship's id or ids, as the model's accessor has it:
        ``voice_in_trunk_id``, ``did_ids``."""
        if not self.to_many:
            return f"{self.name}_id"
        return self.ids or f"{self.name}_ids"


@dataclass(frozen=True)
class MetaInfo:
    """A resource-level meta field (``model.meta[name]``) and its spec type expression."""

    name: str
    type: str
    nullable: bool = False
    optional: bool = False
    """Left out of the meta of some answers (not sent as null there)."""


@dataclass(frozen=True)
class PageSizeInfo:
    """The page size a list answers with when none is asked for, and the largest it accepts."""

    default: int
    max: int
    raisable: bool = False
    """Whether the API's document says an account may be allowed more than ``max``: the SDK and
    the command line then send a larger page size (the simulator, an account at the document's
    limits, refuses it)."""


@dataclass(frozen=True)
class LifecycleInfo:
    """A status that moves on its own (orders, exports, verifications): the enum attribute that
    holds it and the values at which it stops moving."""

    attribute: str
    terminal: tuple[str, ...]


FORM_FILE = "file"
"""The role of the form field that carries the (encrypted) document."""
FORM_FINGERPRINT = "fingerprint"
"""The role of the form field that carries the fingerprint of the keys the document was
encrypted with."""
FORM_ATTRIBUTE = "attribute"
"""The role of a form field that sets a string attribute of the created resource."""


@dataclass(frozen=True)
class FormFieldInfo:
    """One field of a multipart create's form (the spec's ``multipart``)."""

    name: str
    """The wire name, as the API's document writes it: ``encrypted_files[file]``."""
    role: str
    """What it carries: :data:`FORM_FILE`, :data:`FORM_FINGERPRINT` or :data:`FORM_ATTRIBUTE`."""
    required: bool = False
    """Whether every upload must carry it."""
    max_bytes: int | None = None
    """For the file: the most bytes its part may hold, when the API's document states it."""
    attribute: str | None = None
    """For an attribute field: the resource attribute it sets (``description``)."""


@dataclass(frozen=True)
class MultipartInfo:
    """The form of a create that is a ``multipart/form-data`` upload rather than a JSON:API
    body: its fields, each named as the API takes it. Any other field is not one the API reads."""

    fields: tuple[FormFieldInfo, ...]
    answer_media_type: str = "application/vnd.api+json"
    """The media type of the API's 201 answer, a JSON:API document either way: the upload asks
    for it in ``Accept``, and the simulator answers with it."""

    @property
    def names(self) -> tuple[str, ...]:
        """The wire names of every field, in the spec's order."""
        return tuple(f.name for f in self.fields)

    @property
    def file(self) -> FormFieldInfo:
        """The field that carries the document (the spec has exactly one)."""
        return next(f for f in self.fields if f.role == FORM_FILE)

    @property
    def fingerprint(self) -> FormFieldInfo | None:
        """The field that carries the encryption keys' fingerprint, if the form has one."""
        return next((f for f in self.fields if f.role == FORM_FINGERPRINT), None)

    def attribute(self, name: str) -> FormFieldInfo | None:
        """The field that sets the resource attribute ``name``; None when none does."""
        return next((f for f in self.fields if f.attribute == name), None)


@dataclass(frozen=True)
class ResourceInfo:
    type: str
    class_name: str
    path: str
    operations: tuple[str, ...]
    attributes: tuple[AttributeInfo, ...]
    relationships: tuple[RelationshipInfo, ...]
    filters: tuple[str, ...]
    sorts: tuple[str, ...]
    includes: tuple[str, ...]
    one_value_filters: tuple[str, ...] = ()
    """The filters the version's document says take one value: a list is refused, and a comma
    is part of the value (the others take any of a comma-separated list)."""
    filter_types: tuple[tuple[str, str], ...] = ()
    """(filter, spec type) for the filters whose value's type the spec states."""
    empty_value_filters: tuple[str, ...] = ()
    """The filters the version's document says take an empty value (``filter[description]=``)."""
    whole_day_filters: tuple[str, ...] = ()
    """The ``_lteq`` bounds the version's document says take in the whole UTC day their value
    falls in (2026-10-22's orders ``created_at_lteq``)."""
    singleton: bool = False
    public: bool = False
    multipart_create: bool = False
    idempotent_create: bool = False
    delete_cancels: bool = False
    """Whether a delete cancels the resource, which the API keeps (an order)."""
    meta: tuple[MetaInfo, ...] = ()
    fields: tuple[str, ...] | None = None
    """The names ``fields[<type>]`` accepts when the API enumerates them (``id`` included); None:
    every attribute and relationship."""
    page_size: PageSizeInfo | None = None
    """The list's default and largest page size, when the API states them."""
    listing: str = "paginated"
    """How the list is answered: ``paginated`` (in pages: ``links``, ``meta.total_records``),
    ``whole`` (in one answer: ``meta`` without ``total_records``, no ``links``),
    ``whole_without_meta`` (in one answer, with neither ``meta`` nor ``links``) or ``capped`` (in
    one answer of at most some number of records; ``meta.total_count`` says how many matched)."""
    lifecycle: LifecycleInfo | None = None
    """The status that moves on its own and its terminal values, for the resources that have one."""
    multipart: MultipartInfo | None = None
    """The form of the create, when it is a multipart upload (``multipart_create`` is then True)."""
    conditions: tuple[ResourceCondition, ...] = ()
    """What a request keeps to across the attributes and relationships: how many of some
    members a create sends, and what a value asks of the others (see
    :mod:`didww._conditions`)."""

    @property
    def whole(self) -> bool:
        """Whether the list is answered whole, in one answer without pages (capped or not): it
        takes no ``page[number]`` or ``page[size]``."""
        return self.listing != "paginated"

    def attribute(self, name: str) -> AttributeInfo | None:
        return next((a for a in self.attributes if a.name == name), None)

    def relationship(self, name: str) -> RelationshipInfo | None:
        return next((r for r in self.relationships if r.name == name), None)


@dataclass(frozen=True)
class ObjectInfo:
    """A nested object variant: its class name, wire type and attributes."""

    name: str
    wire_type: str
    read_only: bool
    attributes: tuple[AttributeInfo, ...]
    update_only: bool = False
    """Whether only an update may send it: a create refuses it."""
    rules: tuple[tuple[str, bool, JSON, dict[str, JSON]], ...] = ()
    """Assignments that imply others: (attribute, equals, value, {implied attribute: value})."""
    conditions: tuple[ObjectCondition, ...] = ()
    """What a request must keep to across the attributes (see :mod:`didww._conditions`)."""


@dataclass(frozen=True)
class EnumInfo:
    name: str
    values: tuple[str | int, ...]


# --- what a query may ask for ---------------------------------------------------------------------

FILTER_OPERATORS = ("_contains", "_gteq", "_lteq", "_in")
"""The suffixes of the spec's filter names that apply an operator to the field named before them:
``_contains`` (a substring of it), ``_gteq``/``_lteq`` (a bound), ``_in`` (one of a list)."""


def filter_operator(key: str) -> tuple[str, str]:
    """(operator, field) of a filter name: ``("_gteq", "created_at")`` for ``created_at_gteq``,
    ``("", key)`` for a name without an operator suffix. A caller that knows ``key`` itself is a
    field (an attribute named ``..._in``) does not ask."""
    for suffix in FILTER_OPERATORS:
        if key.endswith(suffix):
            return suffix, key[: -len(suffix)]
    return "", key


def field_names(info: ResourceInfo) -> tuple[str, ...]:
    """The names a sparse fieldset (``fields[<type>]``) of the resource may list: the catalog's
    list when the API enumerates them, else every attribute and relationship."""
    if info.fields is not None:
        return info.fields
    return (*(a.name for a in info.attributes), *(r.name for r in info.relationships))


@dataclass(frozen=True)
class IncludeRefusal:
    """Why an include path is not allowed: the step that fails and the resources it starts from."""

    depth: int
    """The index of the step (``1`` for ``files`` in ``proofs.files``)."""
    reached: tuple[ResourceInfo, ...]
    """The resources the path had reached before that step (the resource itself at depth 0)."""

    @property
    def includes(self) -> tuple[str, ...]:
        """What could be included at that step."""
        return tuple(dict.fromkeys(name for info in self.reached for name in info.includes))


def include_refusal(
    resources: Mapping[str, ResourceInfo], type_: str, path: Sequence[str]
) -> IncludeRefusal | None:
    """Why the include path (``("proofs", "files")``) is not allowed on ``type_``, or None when it
    is. Every step must be a documented include of a type the path has reached: the first of
    ``type_`` itself, a deeper one of a target of the step before it."""
    current: tuple[str, ...] = (type_,)
    for depth, step in enumerate(path):
        reached = tuple(resources[t] for t in current if t in resources)
        if not any(step in info.includes for info in reached):
            return IncludeRefusal(depth, reached)
        current = tuple(
            dict.fromkeys(
                target
                for info in reached
                if (rel := info.relationship(step)) is not None
                for target in rel.targets
            )
        )
    return None
