"""The spec as typed objects. The loader builds these; the renderer and differ only read them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

SCALARS = ("string", "id", "integer", "boolean", "decimal", "date", "datetime", "json", "any")
OPERATIONS = ("list", "find", "create", "update", "delete")
ACCESS = ("read_only", "create_only", "writable")
LISTINGS = ("paginated", "whole", "whole_without_meta", "capped")
"""How a list is answered: in pages (``links``, ``meta.total_records``); whole, in one answer
(``meta`` without ``total_records``, no ``links``); whole without a top-level ``meta`` either;
or capped: at most some number of records in one answer, ``meta.total_count`` saying how many
matched."""
AUTH = ("api_key", "bearer")
FORM_ROLES = ("file", "fingerprint", "attribute")
"""What a multipart create's form field carries: the document (``file``), the fingerprint of the
keys it was encrypted with (``fingerprint``), or the string attribute of the resource that its
name holds in brackets (``attribute``: ``encrypted_files[description]`` sets ``description``)."""
_WRAPPED = re.compile(r"[a-z_][a-z0-9_]*\[(?P<inner>[a-z_][a-z0-9_]*)\]")
_API_VERSION = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_api_version(text: str) -> bool:
    """Whether ``text`` is written as an API version is: a date, ``2026-04-16``."""
    return _API_VERSION.fullmatch(text) is not None


@dataclass(frozen=True)
class TypeRef:
    """A spec type: a scalar, a named enum/object/union, or a list of another type."""

    kind: str
    name: str = ""
    item: TypeRef | None = None

    def __str__(self) -> str:
        if self.kind == "list" and self.item is not None:
            return f"list[{self.item}]"
        if self.name:
            return f"{self.kind}[{self.name}]"
        return self.kind


@dataclass(frozen=True)
class KeyValues:
    """What the API's document says of the values one key of a json attribute's object takes:
    one of a fixed set of strings (``one_of``) or a string matching ``pattern``, and with
    ``takes_list`` a non-empty list of such values too."""

    key: str
    one_of: tuple[str, ...] = ()
    """The exact strings the key takes; empty when ``pattern`` says what it takes instead."""
    pattern: str | None = None
    """A regular expression (``^...$``) a whole value must match; None with ``one_of``."""
    takes_list: bool = False
    """The spec's ``list``: a non-empty list, each item fitting, is taken as well."""


@dataclass(frozen=True)
class JsonKeys:
    """The keys a ``json`` attribute takes when its resource is created: ``required`` ones for
    every value of the enum attribute ``depends_on``, and ``optional`` ones per value of it. Any
    other key is refused. Without ``depends_on`` the keys are open: the required ones are
    checked, and any other is sent as given."""

    required: tuple[str, ...]
    depends_on: str | None
    optional: tuple[tuple[str, tuple[str, ...]], ...]
    """(wire value of the ``depends_on`` enum, the keys it takes besides ``required``), one entry
    per value, in the file's order; empty when the keys are open."""
    values: tuple[KeyValues, ...] = ()
    """The rules for the values of some keys (the spec's ``values``), in the file's order."""
    key_lines: Mapping[str, int] = field(default_factory=dict, compare=False)
    """Where each key of the ``keys`` mapping is, and each value under ``optional`` (keyed
    ``optional.<value>``), for errors found once the enums are loaded."""


@dataclass(frozen=True)
class Default:
    """The value the API takes when a create leaves an attribute out, as its document states.

    A wrapper rather than a bare value so that "the document states no default" (no ``Default``
    at all) stays apart from "the default is null" (``Default(None)``)."""

    value: object
    """Plain JSON: None, a bool, an int, a float, a str, or a list or dict of those."""
    line: int = field(default=0, compare=False)
    """Where the ``default`` key is, for errors found once the enums are loaded."""


@dataclass(frozen=True)
class Attribute:
    name: str
    type: TypeRef
    description: str
    access: str = "read_only"
    nullable: bool = False
    null_in_requests: bool = True  # with nullable: False when answers hold null, requests may not
    sensitive: bool = False
    write_only: bool = False
    keys: JsonKeys | None = None  # only on a json attribute of a resource
    default: Default | None = None  # only on a resource attribute a create can send
    minimum: int | float | None = None  # integer and decimal only: the least value sent
    maximum: int | float | None = None  # integer and decimal only: the greatest value sent
    max_length: int | None = None  # string only: the most characters a value sent may have
    pattern: str | None = None  # string only: the regular expression a whole value sent matches
    min_items: int | None = None  # list only: the fewest members a value sent may have
    max_items: int | None = None  # list only: the most members a value sent may have
    unique_items: bool = False  # list only: the API refuses a member sent twice
    one_variant: bool = False  # list of unions only: every member of one variant (wire type)
    required: bool = False  # a request sending the nested object, or a create, carries it
    fixed_variant: bool = False  # writable union of a resource: an update keeps the stored variant
    line: int = field(default=0, compare=False)

    @property
    def sendable_null(self) -> bool:
        """Whether a request may send null: nullable, and not refused in requests."""
        return self.nullable and self.null_in_requests

    @property
    def limited(self) -> bool:
        """Whether the spec states a range, length, pattern or member count for values sent."""
        return (
            self.minimum is not None
            or self.maximum is not None
            or self.max_length is not None
            or self.pattern is not None
            or self.min_items is not None
            or self.max_items is not None
            or self.unique_items
            or self.one_variant
        )


@dataclass(frozen=True)
class Relationship:
    name: str
    to_many: bool
    targets: tuple[str, ...]
    description: str
    access: str = "read_only"
    exclusive_with: tuple[str, ...] = ()
    write_only: bool = False
    nullable: bool = True  # to-one only: False when a request may not send null
    detach_only: bool = False  # to-one only: a request may send null, never a resource
    required: bool = False  # every create sends it (to-one: a resource; to-many: its list)
    min_items: int | None = None  # to-many only: the fewest members a request may send
    max_items: int | None = None  # to-many only: the most members a request may send
    unique_items: bool = False  # to-many only: the API refuses a member sent twice
    line: int = field(default=0, compare=False)

    @property
    def id_name(self) -> str:
        """The id accessor: ``voice_in_trunk_id``, or ``country_ids`` for ``countries``."""
        if not self.to_many:
            return f"{self.name}_id"
        return f"{singular(self.name)}_ids"


def singular(plural: str) -> str:
    """English singular of a relationship name (``countries``, ``addresses``, ``dids``)."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "xes", "ches", "shes")):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return plural


@dataclass(frozen=True)
class MetaField:
    name: str
    type: TypeRef
    description: str
    nullable: bool = False
    optional: bool = False  # left out of some answers' meta, rather than sent as null
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Lifecycle:
    """A status that moves on its own: waiting for the resource ends at one of ``terminal``."""

    attribute: str
    terminal: tuple[str, ...]
    terminal_line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class PageSize:
    """The page size a list uses when none is asked for, and the largest it accepts."""

    default: int
    max: int
    raisable: bool = False  # the document says an account may be allowed more than ``max``


JSONAPI_MEDIA_TYPE = "application/vnd.api+json"
"""JSON:API's media type, which every answer but some uploads' has."""


@dataclass(frozen=True)
class FormField:
    """One field of a multipart create's form, under its wire name (``encrypted_files[file]``)."""

    name: str
    role: str  # one of FORM_ROLES
    required: bool = False
    max_bytes: int | None = None  # only for the file: the most bytes its part may hold
    line: int = field(default=0, compare=False)

    @property
    def inner(self) -> str | None:
        """The name inside the brackets (``file`` of ``encrypted_files[file]``); None for a name
        without one."""
        match = _WRAPPED.fullmatch(self.name)
        return match["inner"] if match else None


@dataclass(frozen=True)
class Multipart:
    """A create that is a ``multipart/form-data`` upload of these fields, not a JSON:API body."""

    fields: tuple[FormField, ...]
    answer_media_type: str = JSONAPI_MEDIA_TYPE
    """The media type of the API's 201 answer (a JSON:API document either way), which the
    upload asks for in ``Accept`` and the simulator answers with."""
    line: int = field(default=0, compare=False)

    @property
    def file(self) -> FormField:
        """The field that carries the document (the loader sees that there is exactly one)."""
        return next(f for f in self.fields if f.role == "file")


FILTER_TYPES = ("boolean", "integer", "decimal", "date", "datetime", "string")
"""The types a spec may give a filter in ``filter_values``."""


@dataclass(frozen=True)
class FilterValues:
    """What the version's document says of one filter's value, beyond its name."""

    name: str
    one: bool = False
    """True: one value; a list is refused, and a comma is part of the value (else: any of a
    comma-separated list, as most filters take)."""
    type: str | None = None
    """One of :data:`FILTER_TYPES`, for a filter whose value the SDK cannot type from an
    attribute (``is_available``)."""
    empty: bool = False
    """True: the API takes an empty value (``filter[description]=``); refused otherwise."""
    whole_day: bool = False
    """True, for a ``_lteq`` bound on a timestamp: it takes in the whole UTC day its value falls
    in (2026-10-22's orders ``created_at_lteq``), not only what came before the moment."""


@dataclass(frozen=True)
class Resource:
    type: str
    class_name: str
    path: str
    description: str
    operations: tuple[str, ...]
    attributes: tuple[Attribute, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    filters: tuple[str, ...] = ()
    filter_values: tuple[FilterValues, ...] = ()
    sorts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    meta: tuple[MetaField, ...] = ()
    singleton: bool = False
    public: bool = False
    multipart: Multipart | None = None  # None: create (if any) takes a JSON:API body
    idempotent_create: bool = False
    extension: bool = False
    lifecycle: Lifecycle | None = None
    fields: tuple[str, ...] | None = None  # None: every attribute and relationship
    page_size: PageSize | None = None  # None: not stated by the API
    listing: str = "paginated"  # one of LISTINGS
    callbacks: bool = False
    delete_cancels: bool = False  # a DELETE cancels the resource, which the API keeps
    conditions: tuple[Condition | Group, ...] = ()  # over attributes and relationships
    key_lines: Mapping[str, int] = field(default_factory=dict, compare=False)

    @property
    def whole(self) -> bool:
        """Whether the list is answered whole, in one answer without pages (capped or not)."""
        return self.listing != "paginated"

    @property
    def multipart_create(self) -> bool:
        """Whether create is a multipart upload (the spec gives its form), not a JSON:API body."""
        return self.multipart is not None

    @property
    def segment(self) -> str:
        """The client attribute name: the last segment of the path."""
        return self.path.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class EnumValue:
    name: str
    value: str | int


@dataclass(frozen=True)
class Enum:
    name: str
    kind: str
    description: str
    values: tuple[EnumValue, ...]


@dataclass(frozen=True)
class Rule:
    attribute: str
    equals: bool
    value: object
    sets: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Condition:
    """While ``attribute`` is (``equals``) or is not ``value``, ``require`` need a value and
    ``refuse`` must be blank."""

    attribute: str
    equals: bool
    value: object
    require: tuple[str, ...] = ()
    refuse: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bound:
    """``attribute`` is not below ``at_least`` and not above ``at_most`` (other attributes)."""

    attribute: str
    at_least: str | None = None
    at_most: str | None = None

    def sides(self) -> list[tuple[str, str]]:
        """("at_least", other) and ("at_most", other), for those the bound has."""
        found = (("at_least", self.at_least), ("at_most", self.at_most))
        return [(side, other) for side, other in found if other is not None]


GROUP_KINDS = ("exactly_one", "at_most_one", "at_least_one", "all_or_none")
"""The kinds of :class:`Group`, as the spec writes them with ``_of`` (``exactly_one_of``)."""


@dataclass(frozen=True)
class Group:
    """How many of ``names`` a request sends: ``kind`` is one of :data:`GROUP_KINDS`."""

    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class NestedObject:
    name: str
    wire_type: str
    description: str
    attributes: tuple[Attribute, ...]
    read_only: bool = False
    update_only: bool = False
    """Whether only an update may send it: a create refuses this variant."""
    rules: tuple[Rule, ...] = ()
    conditions: tuple[Condition | Bound | Group, ...] = ()
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Union:
    name: str
    description: str
    variants: tuple[str, ...]
    fallback: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class SubjectArea:
    """A documentation grouping of resources (``subject_areas.yaml``); each resource is in one."""

    name: str
    title: str
    description: str
    resources: tuple[str, ...]
    line: int = field(default=0, compare=False)

    @property
    def slug(self) -> str:
        """The area's folder in the reference pages."""
        return self.name.replace("_", "-")


RESERVED_SLUGS = frozenset({"index", "resources", "diagrams", "objects", "enums", "nav"})
"""Names the reference pages of a version use for themselves: no subject area may take one."""


@dataclass(frozen=True)
class Api:
    version: str
    default_environment: str
    environments: tuple[tuple[str, str], ...]
    auth: str = "api_key"
    version_header: bool = True
    token_urls: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Spec:
    api: Api
    enums: tuple[Enum, ...] = ()
    objects: tuple[NestedObject, ...] = ()
    unions: tuple[Union, ...] = ()
    resources: tuple[Resource, ...] = field(default=())
    subject_areas: tuple[SubjectArea, ...] = ()

    def resource(self, type_: str) -> Resource | None:
        return next((r for r in self.resources if r.type == type_), None)
