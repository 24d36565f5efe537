"""Turns spec objects into the plain values templates print: names, annotations, docstrings.

All decisions live here so that templates only loop and branch.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass

from generator import model as m

HEADER = "# Generated from spec/ by `python -m generator`; do not edit, change the spec instead."

SCALAR_ANNOTATIONS = {
    "string": "str",
    "id": "str",
    "integer": "int",
    "boolean": "bool",
    "decimal": "Decimal",
    "date": "dt.date",
    "datetime": "dt.datetime",
    "json": "dict[str, Any]",
    "any": "Any",
}
WRITE_ONLY_NOTE = "Sent by the SDK, never returned by the API."
"""Said of a write-only field in its docstring and on its reference page."""
NOT_NULL_NOTE = "Never sent as null: assigning None raises ClientError."
"""Said, in the same places, of a field or relationship the API takes no null for."""


REQUIRED_NOTE = "Required: the SDK refuses to send the object without it."
"""Said of a nested object's required attribute in its docstring and on its reference page."""

DETACH_ONLY_NOTE = "An update can only detach it: assign None; the SDK refuses a model or an id."
"""Said of a relationship a request may only clear, in its docstring and on its reference page."""

FIXED_VARIANT_NOTE = (
    "An update keeps the type it was created with: the SDK refuses one of another type for a "
    "loaded model."
)
"""Said of a union attribute whose variant an update cannot change, in its docstring and on its
reference page."""

CREATE_REQUIRED_NOTE = "Required on create: the SDK refuses a create without it."
"""Said of a resource's required attribute or relationship in its docstring and on its reference
page."""

OPTIONAL_META_NOTE = "May be absent from an answer: read it with `model.meta.get(...)`."
"""Said on the reference page of a meta field the spec marks optional."""


def article(word: str) -> str:
    """``a`` or ``an`` before ``word`` (a class name), by its first letter."""
    return "an" if word[:1] in "AEIOUaeiou" else "a"


def default_note(default: m.Default) -> str:
    """What the API takes when a create leaves the attribute out, in the docstring and on the
    page; the value is written as it goes on the wire (``true``, ``"raw"``, ``null``)."""
    return f"Default when left out on create: `{json.dumps(default.value)}`."


def limits_text(attribute: m.Attribute) -> str:
    """An attribute's limits in words: ``1 to 65535``, ``at least 1000``, ``at most 15
    characters``, ``text matching `^[0-9#]+$```, ``a list of 1 to 60 members, each once``."""
    if attribute.min_items is not None or attribute.max_items is not None:
        return f"a list of {count_text(attribute)}"
    if attribute.unique_items:
        one_type = ", all of one type" if attribute.one_variant else ""
        return f"a list holding each member once{one_type}"
    if attribute.one_variant:
        return "a list of members of one type"
    if attribute.pattern is not None:
        length = f"at most {attribute.max_length} characters " if attribute.max_length else ""
        return f"{length or 'text '}matching `{attribute.pattern}`"
    if attribute.max_length is not None:
        return f"at most {attribute.max_length} characters"
    if attribute.minimum is not None and attribute.maximum is not None:
        return f"{attribute.minimum} to {attribute.maximum}"
    if attribute.minimum is not None:
        return f"at least {attribute.minimum}"
    return f"at most {attribute.maximum}"


def key_values_text(rule: m.KeyValues) -> str:
    """What a json key's value rule takes, in Markdown: ``one of `Email`, `HTTP IN`, or a
    non-empty list of them``, ``text matching `^(?:p2p|a2p)$```."""
    if rule.pattern is not None:
        text = f"text matching `{rule.pattern}`"
        return text + (", or a non-empty list of texts matching it" if rule.takes_list else "")
    listed = ", ".join(f"`{value}`" for value in rule.one_of)
    if len(rule.one_of) == 1:
        return listed + (", or a list holding only it" if rule.takes_list else "")
    return f"one of {listed}" + (", or a non-empty list of them" if rule.takes_list else "")


def limits_note(attribute: m.Attribute) -> str:
    """The limits of the values an attribute takes, in the docstring and on the page."""
    return f"Takes {limits_text(attribute)}: the SDK refuses another value when it is assigned."


def count_text(counted: m.Attribute | m.Relationship) -> str:
    """How many members a list attribute or to-many takes: ``1 to 60 members, each once``,
    ``at least 1 member``, ``at most 10 members``."""
    low, high = counted.min_items, counted.max_items
    if low is not None and high is not None:
        text = f"{low} to {high} members"
    elif low is not None:
        text = f"at least {low} member{'s' if low > 1 else ''}"
    else:
        text = f"at most {high} members"
    text += ", each once" if counted.unique_items else ""
    one_type = isinstance(counted, m.Attribute) and counted.one_variant
    return text + (", all of one type" if one_type else "")


LIMIT_KEYS = ("minimum", "maximum", "max_length", "pattern", "min_items", "max_items")
"""The limits an attribute passes on as they are, to ``Limited`` and to the catalog
(``unique_items`` and ``one_variant`` go only when true)."""


def limit_args(attribute: m.Attribute) -> str:
    """``, key=value`` for each limit the attribute states."""
    args = "".join(
        f", {key}={value!r}" for key in LIMIT_KEYS if (value := getattr(attribute, key)) is not None
    )
    args += ", unique_items=True" if attribute.unique_items else ""
    return args + (", one_variant=True" if attribute.one_variant else "")


def limited_codec(codec: str, attribute: m.Attribute) -> str:
    """The codec of an attribute as source, wrapped in ``Limited`` when it has limits."""
    if not attribute.limited:
        return codec
    return f"Limited({codec}{limit_args(attribute)})"


def count_note(rel: m.Relationship) -> str:
    """How many members a to-many takes, in the docstring and on the page."""
    return (
        f"Takes {count_text(rel)}: the SDK refuses a list given outside this before sending "
        "(left out, it is the API's to judge)."
    )


_GROUP_WORDS = {
    "exactly_one": ("exactly one", "or"),
    "at_most_one": ("at most one", "or"),
    "at_least_one": ("at least one", "or"),
    "all_or_none": ("all or none", "and"),
}


def group_phrase(group: m.Group) -> str:
    """What a group asks of a request, for docstrings, pages and the diff: "exactly one of
    `dids` or `emergency_calling_service`"."""
    how, last = _GROUP_WORDS[group.kind]
    quoted = [f"`{n}`" for n in group.names]
    return f"{how} of {', '.join(quoted[:-1])} {last} {quoted[-1]}"


def conditions_note(conditions: tuple[m.Condition | m.Group, ...]) -> str:
    """What a resource's conditions ask of a request, in its docstring and on its page: its
    groups (judged on a create), then its other conditions (on a create and an update)."""
    notes = []
    groups = [c for c in conditions if isinstance(c, m.Group)]
    if groups:
        said = "; and ".join(group_phrase(g) for g in groups)
        notes.append(f"A create sends {said}: the SDK refuses one that does not.")
    others = [c for c in conditions if isinstance(c, m.Condition)]
    if others:
        said = "; ".join(condition_phrase(c) for c in others)
        notes.append(
            f"{said[0].upper()}{said[1:]}: the SDK refuses a create that breaks this, and an "
            "update whose values sent break it."
        )
    return " ".join(notes)


def condition_phrase(condition: m.Condition) -> str:
    """What a condition asks, for docstrings, pages and the diff: "while
    `allow_any_did_as_cli` is `True`, `dids` must be blank"."""
    relation = "is" if condition.equals else "is not"
    clauses = []
    if condition.require:
        needs = "needs" if len(condition.require) == 1 else "need"
        clauses.append(f"{listed_names(condition.require)} {needs} a value")
    if condition.refuse:
        clauses.append(f"{listed_names(condition.refuse)} must be blank")
    value = rule_value(condition.value)
    return f"while `{condition.attribute}` {relation} {value}, {' and '.join(clauses)}"


def rule_value(value: object) -> str:
    """A value a rule or condition compares with, as docs show it: `True`, `'business'`."""
    if value is None:
        return "`None`"
    if isinstance(value, bool):
        return f"`{value}`"
    return f"`{value!r}`"


def listed_names(names: tuple[str, ...]) -> str:
    """`a`, `a and b`, `a, b and c`, quoted as code."""
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def clears_note(rel: m.Relationship) -> str:
    """What setting one side of an exclusive pair does, in the docstring and on the page."""
    return f"Setting it clears {', '.join(f'`{p}`' for p in rel.exclusive_with)}."


_SCALAR_CODECS = {
    "string": "STRING",
    "id": "ID",
    "integer": "INTEGER",
    "boolean": "BOOLEAN",
    "decimal": "DECIMAL",
    "date": "DATE",
    "datetime": "DATETIME",
    "json": "JSON_OBJECT",
    "any": "JSON_VALUE",
}
_ATTRIBUTE_DESCRIPTORS = {
    "read_only": "ReadOnlyAttribute",
    "create_only": "CreateOnlyAttribute",
    "writable": "Attribute",
}
_RELATIONSHIP_DESCRIPTORS = {
    # (to_many, access) -> (model form, id form)
    (False, "read_only"): ("ReadOnlyToOne", "ReadOnlyToOneId"),
    (False, "create_only"): ("CreateOnlyToOne", "ToOneId"),
    (False, "writable"): ("ToOne", "ToOneId"),
    (True, "read_only"): ("ReadOnlyToMany", "ReadOnlyToManyIds"),
    (True, "create_only"): ("CreateOnlyToMany", "ToManyIds"),
    (True, "writable"): ("ToMany", "ToManyIds"),
}
# Words of resource names written as DIDWW writes them, with the article each takes.
_SPECIAL_WORDS = {
    "did": ("DID", "a"),
    "dids": ("DIDs", "a"),
    "sms": ("SMS", "an"),
    "sip": ("SIP", "a"),
    "nanpa": ("NANPA", "a"),
    "pop": ("POP", "a"),
    "pops": ("POPs", "a"),
    "in": ("IN", "an"),
    "out": ("OUT", "an"),
}


def item_name(type_: str) -> tuple[str, str]:
    """What one item of a resource type is called: the words that qualify it (``_``-joined, often
    none) and its name. ``("", "did")`` for ``dids``; a type that reads the same in the singular
    names one of it an entry: ``("did_history", "entry")``."""
    name = m.singular(type_)
    return ("", name) if name != type_ else (type_, "entry")


def noun(type_: str) -> tuple[str, str]:
    """The singular noun for a resource type and its article: ``("an", "SMS trunk")``."""
    qualifier, name = item_name(type_)
    words = [*qualifier.split("_"), *name.split("_")] if qualifier else name.split("_")
    written = [_SPECIAL_WORDS.get(w, (w, ""))[0] for w in words]
    first = words[0]
    if first in _SPECIAL_WORDS:
        article = _SPECIAL_WORDS[first][1]
    else:
        article = "an" if first[:1] in "aeiou" else "a"
    return article, " ".join(written)


def plural_noun(type_: str) -> str:
    """The plural noun for a resource type: ``voice IN trunks``, ``DID history``."""
    return " ".join(_SPECIAL_WORDS.get(w, (w, ""))[0] for w in type_.split("_"))


def docstring(text: str, indent: int) -> list[str]:
    """Wrap a description into docstring lines that fit 100 columns at ``indent``."""
    clean = text.replace("\\", "\\\\").replace('"""', "'''").strip()
    lines: list[str] = []
    for paragraph in clean.split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(" ".join(paragraph.split()), width=94 - indent) or [""])
    return lines


def constant_name(name: str) -> str:
    """``TrunkConfiguration`` -> ``TRUNK_CONFIGURATION``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).upper()


@dataclass(frozen=True)
class Imports:
    sequence: bool  # a constructor parameter is a Sequence (see TypeInfo.param_annotation)
    decimal: bool
    datetime: bool
    any: bool
    enums: tuple[str, ...]
    objects: tuple[str, ...]
    codecs: tuple[str, ...]


class TypeInfo:
    """How one spec type is annotated and decoded in Python."""

    def __init__(self, spec: m.Spec) -> None:
        self._enums = {e.name: e for e in spec.enums}
        self._objects = {o.name: o for o in spec.objects}

    def annotation(self, ref: m.TypeRef) -> str:
        if ref.kind == "list" and ref.item is not None:
            return f"list[{self.annotation(ref.item)}]"
        if ref.kind in SCALAR_ANNOTATIONS:
            return SCALAR_ANNOTATIONS[ref.kind]
        return ref.name

    def param_annotation(self, ref: m.TypeRef) -> str:
        """How a constructor parameter of type ``ref`` is annotated: as the attribute is, but a
        list of a union's members as a ``Sequence``, since ``list`` is invariant: a
        ``list[DIDOrderItem]`` is no ``list[OrderItem]`` to a type checker, though the
        constructor takes it (and a tuple) and keeps a list of its own."""
        if ref.kind == "list" and ref.item is not None and ref.item.kind == "union":
            return f"Sequence[{self.annotation(ref.item)}]"
        return self.annotation(ref)

    def codec(self, ref: m.TypeRef) -> str:
        if ref.kind == "list" and ref.item is not None:
            return f"ListCodec({self.codec(ref.item)})"
        if ref.kind == "enum":
            wire = "int" if self._enums[ref.name].kind == "integer" else "str"
            return f"EnumCodec({ref.name}, {wire})"
        if ref.kind in ("object", "union"):
            return f"{constant_name(ref.name)}_CODEC"
        return _SCALAR_CODECS[ref.kind]

    def imports(
        self, refs: list[m.TypeRef], limited: bool = False, sequence: bool = False
    ) -> Imports:
        flat: list[m.TypeRef] = []
        codecs: set[str] = {"Limited"} if limited else set()
        for ref in refs:
            while ref.kind == "list" and ref.item is not None:
                codecs.add("ListCodec")
                ref = ref.item
            flat.append(ref)
            if ref.kind == "enum":
                codecs.add("EnumCodec")
            elif ref.kind in _SCALAR_CODECS:
                codecs.add(_SCALAR_CODECS[ref.kind])
        objects: set[str] = set()
        for ref in flat:
            if ref.kind in ("object", "union"):
                objects.update((ref.name, f"{constant_name(ref.name)}_CODEC"))
        return Imports(
            sequence=sequence,
            decimal=any(r.kind == "decimal" for r in flat),
            datetime=any(r.kind in ("date", "datetime") for r in flat),
            any=any(r.kind in ("json", "any") for r in flat),
            enums=tuple(sorted({r.name for r in flat if r.kind == "enum"})),
            objects=tuple(sorted(objects)),
            codecs=tuple(sorted(codecs, key=lambda c: (not c.isupper(), c))),
        )


@dataclass(frozen=True)
class AttributeView:
    name: str
    annotation: str
    param_annotation: str
    codec: str
    descriptor: str
    sensitive: bool
    nullable: bool
    doc: list[str]
    settable: bool
    write_only: bool = False
    required: bool = False
    fixed_variant: bool = False
    null_in_answers: bool = False
    """Whether answers may hold null although requests may not send it."""


@dataclass(frozen=True)
class RelationshipView:
    name: str
    id_name: str
    to_many: bool
    annotation: str
    targets: str
    descriptor: str
    id_descriptor: str
    exclusive_with: str | None
    """The tuple of relationships setting this one clears, as source; None when there are none."""
    nullable: bool
    """To-one: whether a request may send null (assigning None clears it)."""
    detach_only: bool
    """To-one: whether a request may send only null (an update detaches, never attaches)."""
    required: bool
    """Whether every create sends it: the SDK refuses a create without it."""
    min_items: int | None
    """The fewest members a to-many takes; None when the spec states no limit."""
    max_items: int | None
    """The most members a to-many takes; None when the spec states no limit."""
    doc: list[str]
    id_doc: list[str]
    settable: bool


@dataclass(frozen=True)
class ParamView:
    name: str
    annotation: str


def _attribute(
    types: TypeInfo, attribute: m.Attribute, indent: int, *, in_object: bool
) -> AttributeView:
    annotation = types.annotation(attribute.type)
    param_annotation = types.param_annotation(attribute.type)
    if attribute.nullable:
        annotation += " | None"
    if attribute.sendable_null:
        param_annotation += " | None"
    notes = []
    if attribute.access == "read_only":
        notes.append("Read-only.")
    elif attribute.access == "create_only":
        notes.append("Can only be set when creating.")
    if attribute.write_only:
        notes.append(WRITE_ONLY_NOTE)
    if attribute.default is not None:
        notes.append(default_note(attribute.default))
    if attribute.limited:
        notes.append(limits_note(attribute))
    if attribute.required:
        notes.append(REQUIRED_NOTE if in_object else CREATE_REQUIRED_NOTE)
    if attribute.fixed_variant:
        notes.append(FIXED_VARIANT_NOTE)
    if attribute.nullable and not attribute.null_in_requests:
        notes.append(NOT_NULL_NOTE)
    return AttributeView(
        name=attribute.name,
        annotation=annotation,
        param_annotation=param_annotation,
        codec=limited_codec(types.codec(attribute.type), attribute),
        descriptor=_ATTRIBUTE_DESCRIPTORS[attribute.access],
        sensitive=attribute.sensitive,
        nullable=attribute.sendable_null,
        doc=docstring(" ".join([attribute.description, *notes]), indent),
        settable=attribute.access != "read_only",
        write_only=attribute.write_only,
        required=attribute.required,
        fixed_variant=attribute.fixed_variant,
        null_in_answers=attribute.nullable and not attribute.null_in_requests,
    )


def _optional(annotation: str) -> str:
    """Add ``NotGiven`` to a parameter annotation, keeping ``None`` last."""
    if annotation.endswith(" | None"):
        return annotation[: -len(" | None")] + " | NotGiven | None"
    return annotation + " | NotGiven"


def _params(
    attributes: list[AttributeView], relationships: list[RelationshipView]
) -> list[ParamView]:
    params = [ParamView(a.name, _optional(a.param_annotation)) for a in attributes if a.settable]
    for rel in relationships:
        if not rel.settable:
            continue
        if rel.to_many:
            params.append(ParamView(rel.name, _optional(f"list[{rel.annotation}]")))
            params.append(ParamView(rel.id_name, _optional("list[str]")))
        else:
            none = " | None" if rel.nullable else ""
            params.append(ParamView(rel.name, _optional(f"{rel.annotation}{none}")))
            if "," not in rel.targets.strip("(),"):
                params.append(ParamView(rel.id_name, _optional(f"str{none}")))
    return params


@dataclass(frozen=True)
class ModelView:
    header: str
    module: str
    type: str
    class_name: str
    doc: list[str]
    attributes: list[AttributeView]
    relationships: list[RelationshipView]
    params: list[ParamView]
    imports: Imports
    targets: list[tuple[str, str]]
    resource_names: list[str]
    field_names: list[str]
    sparse_fields: str
    includes: str
    conditions: list[str]
    condition_imports: str


def model_view(spec: m.Spec, resource: m.Resource) -> ModelView:
    types = TypeInfo(spec)
    classes = {r.type: r.class_name for r in spec.resources}
    attributes = [_attribute(types, a, 9, in_object=False) for a in resource.attributes]
    relationships = []
    for rel in resource.relationships:
        annotation = " | ".join(classes[t] for t in rel.targets)
        id_name = rel.id_name
        notes = []
        if rel.access == "read_only":
            notes.append("Read-only.")
        elif rel.access == "create_only":
            notes.append("Can only be set when creating.")
        if rel.write_only:
            notes.append(WRITE_ONLY_NOTE)
        if rel.max_items is not None or rel.min_items is not None:
            notes.append(count_note(rel))
        if not rel.nullable:
            notes.append(NOT_NULL_NOTE)
        if rel.detach_only:
            notes.append(DETACH_ONLY_NOTE)
        if rel.required:
            notes.append(CREATE_REQUIRED_NOTE)
        id_note = "The ids of" if rel.to_many else "The id of"
        id_notes = list(notes)
        if rel.exclusive_with:
            id_notes.append(clears_note(rel))
        descriptor, id_descriptor = _RELATIONSHIP_DESCRIPTORS[(rel.to_many, rel.access)]
        relationships.append(
            RelationshipView(
                name=rel.name,
                id_name=id_name,
                to_many=rel.to_many,
                annotation=annotation,
                targets="(" + ", ".join(f'"{t}"' for t in rel.targets) + ",)",
                descriptor=descriptor,
                id_descriptor=id_descriptor,
                exclusive_with=(
                    "(" + "".join(f'"{p}", ' for p in rel.exclusive_with) + ")"
                    if rel.exclusive_with
                    else None
                ),
                nullable=rel.nullable,
                detach_only=rel.detach_only,
                required=rel.required,
                min_items=rel.min_items,
                max_items=rel.max_items,
                doc=docstring(" ".join([rel.description, *notes]), 9),
                id_doc=docstring(f"{id_note} `{rel.name}`. {' '.join(id_notes)}", 9),
                settable=rel.access != "read_only",
            )
        )
    params = _params(attributes, relationships)
    doc = resource.description
    if resource.conditions:
        doc += f"\n\n{conditions_note(resource.conditions)}"
    if resource.meta:
        fields = "; ".join(f"`{f.name}`: {f.description}" for f in resource.meta)
        doc += f"\n\nResource meta (``model.meta``): {fields}"
    targets = sorted(
        {(t, classes[t]) for rel in resource.relationships for t in rel.targets}
        - {(resource.type, resource.class_name)}
    )
    return ModelView(
        header=HEADER,
        module=resource.type,
        type=resource.type,
        class_name=resource.class_name,
        doc=docstring(doc, 4),
        attributes=attributes,
        relationships=relationships,
        params=params,
        imports=types.imports(
            [a.type for a in resource.attributes],
            any(a.limited for a in resource.attributes),
            _any_sequence(params),
        ),
        targets=targets,
        resource_names=_resource_imports(relationships),
        field_names=sorted({a.descriptor for a in attributes}),
        sparse_fields="" if resource.fields is None else _frozenset(resource.fields),
        includes=_frozenset(resource.includes) if resource.includes else "",
        conditions=[_condition_code(c) for c in resource.conditions],
        condition_imports=", ".join(sorted({type(c).__name__ for c in resource.conditions})),
    )


def _any_sequence(params: list[ParamView]) -> bool:
    return any("Sequence[" in p.annotation for p in params)


def _resource_imports(relationships: list[RelationshipView]) -> list[str]:
    names = {"Resource"}
    for rel in relationships:
        names.update((rel.descriptor, rel.id_descriptor))
    return sorted(names, key=lambda n: (n[0].islower(), n))


@dataclass(frozen=True)
class OperationView:
    """One generated repository method: its parameters after ``self``, its return type (the
    raw-response twin wraps it in ``RawResponse``) and the shared implementation it calls."""

    name: str
    doc: list[str]
    params: str
    returns: str
    returns_value: bool
    """Whether the method returns what ``call`` gives (``delete`` returns nothing)."""
    call: str


@dataclass(frozen=True)
class RepositoryView:
    header: str
    module: str
    class_name: str
    model: str
    path: str
    public: bool
    singleton: bool
    doc: list[str]
    operations: list[OperationView]
    has_list: bool
    idempotent_create: bool
    iter_doc: list[str]
    raw_doc: list[str]
    extension: bool
    lifecycle: str
    wait_doc: list[str]
    iter_params: str
    iter_args: str
    wait_params: str
    keys_public: bool
    filters: str
    one_value_filters: str
    filter_types: str
    empty_value_filters: str
    sorts: str
    listing: str
    page_size_max: str = ""
    """The largest ``page[size]`` the API states for a paginated list, as a literal; empty when
    it states none."""
    json_keys: str = ""
    """The ``_json_keys`` literal, for a resource with json attributes whose keys the spec lists."""
    form: str = ""
    """The ``_form`` literal (a ``MultipartInfo``), for a resource whose create is an upload."""
    catalog_names: tuple[str, ...] = ()
    """What the module imports from ``didww._catalog`` for those literals."""


WALK_TYPES = {"sync": ("Generator", ", None, None"), "async": ("AsyncGenerator", ", None")}
"""What a repository's ``iter()`` returns, per flavour, around the model's name: the generator it
is, so that a caller leaving a walk early can ``close()`` it (an async one must be ``aclose()``d
to end at once)."""


def walk_type(flavour: str, model: str) -> str:
    """The return annotation of ``iter()`` for ``model`` (``Generator[DID, None, None]``)."""
    name, tail = WALK_TYPES[flavour]
    return f"{name}[{model}{tail}]"


WHOLE_LISTING = {
    "whole": "The list is answered whole: one answer holds every match, without pages.",
    "whole_without_meta": (
        "The list is answered whole: one answer holds every match, without pages (and without "
        "a top-level `meta`)."
    ),
    "capped": (
        "The list is answered whole but capped: one answer, without pages, holds at most as many "
        "records as the API allows, and `meta['total_count']` says how many matched."
    ),
}
"""What a resource's ``listing`` means for its reader, for the lists that are not paginated."""


def whole_listing(resource: m.Resource) -> str:
    """The sentence saying how an answered-whole list is answered; "" for a paginated one."""
    return WHOLE_LISTING.get(resource.listing, "")


def _list_doc(resource: m.Resource) -> str:
    if resource.whole:
        parts = [
            f"The {plural_noun(resource.type)} matching the query, in one answer (see also "
            f":meth:`iter`). {whole_listing(resource)} A query with `page()` is refused."
        ]
    else:
        parts = [f"One page of {plural_noun(resource.type)} (see also :meth:`iter`)."]
    for label, values in (
        ("Filters", resource.filters),
        ("Sorts", resource.sorts),
        ("Includes", resource.includes),
    ):
        if values:
            parts.append(f"{label}: {', '.join(f'`{v}`' for v in values)}.")
    return " ".join(parts)


_OPERATION_DOCS = {
    "find": "Fetch one {noun} by its id.",
    "create": "Create {a} {noun}, sending every field that was set; returns the saved {model}.",
    "update": (
        "Save the changes made to {a} {noun}: only changed fields are sent, and nothing at all "
        "when nothing changed."
    ),
    "delete": "Delete {a} {noun}, given its id or the model.",
}


ITER_PAGE_SIZE = 100
"""How many items ``iter`` asks for per page unless told otherwise (or less, where the resource's
``page_size.max`` is lower)."""
_QUERY = "params: QueryParams | None = None"


def iter_params(resource: m.Resource) -> str:
    """The parameters of ``iter`` after ``self``: the default page size fits the resource's. A
    list answered whole has no page size to choose, and no next page to fetch ahead."""
    if resource.whole:
        return _QUERY
    page_size = ITER_PAGE_SIZE
    if resource.page_size is not None:
        page_size = min(page_size, resource.page_size.max)
    return f"{_QUERY}, page_size: int = {page_size}, *, prefetch: bool | None = None"


def _method_shape(op: str, resource: m.Resource) -> tuple[str, str, bool, str]:
    """(parameters after ``self``, return type, whether it returns a value, implementation call)
    of one operation."""
    model = resource.class_name
    if op == "list":
        return _QUERY, f"ResourceList[{model}]", True, "self._list(params)"
    if op == "find" and resource.singleton:
        return _QUERY, model, True, "self._find(None, params)"
    if op == "find":
        return f"id: str, {_QUERY}", model, True, "self._find(id, params)"
    if op == "delete":
        return f"id_or_model: str | {model}", "None", False, "self._delete(id_or_model)"
    return f"model: {model}", model, True, f"self._{op}(model)"  # create, update


def generated_operations(resource: m.Resource) -> list[str]:
    """The operations a repository defines: a multipart create is a hand-written ``upload``."""
    return [op for op in resource.operations if not (op == "create" and resource.multipart_create)]


def repository_view(resource: m.Resource, *, keys_public: bool = False) -> RepositoryView:
    """``keys_public``: whether the version's ``public_keys`` list is public, for an upload's
    repository, which fetches the keys."""
    name = resource.class_name
    article, singular_noun = noun(resource.type)
    operations = []
    for op in generated_operations(resource):
        if op == "list":
            text = _list_doc(resource)
        elif op == "find" and resource.singleton:
            text = f"Fetch the account's {singular_noun}."
        elif op == "delete" and resource.delete_cancels:
            text = (
                f"Cancel {article} {singular_noun}, given its id or the model: the API keeps it, "
                "canceled."
            )
        else:
            text = _OPERATION_DOCS[op].format(a=article, noun=singular_noun, model=name)
        if op in ("list", "find") and resource.includes and op == "find":
            text += f" Includes: {', '.join(f'`{v}`' for v in resource.includes)}."
        if op == "create":
            text += "".join(_keys_doc(a) for a in resource.attributes)
        operations.append(OperationView(op, docstring(text, 8), *_method_shape(op, resource)))
    return RepositoryView(
        header=HEADER,
        module=resource.type,
        class_name=f"{name}Repository",
        model=name,
        path=resource.path,
        public=resource.public,
        singleton=resource.singleton,
        doc=docstring(f"The `{resource.path}` endpoints. {whole_listing(resource)}", 4),
        operations=operations,
        has_list="list" in resource.operations,
        idempotent_create=resource.idempotent_create,
        extension=resource.extension,
        raw_doc=docstring(
            f"The `{resource.path}` operations, answered with :class:`didww.RawResponse`.", 4
        ),
        iter_doc=docstring(_iter_doc(resource, singular_noun), 8),
        lifecycle=_lifecycle(resource),
        wait_doc=_wait_doc(resource, singular_noun),
        iter_params=iter_params(resource),
        iter_args="params, page_size=None" if resource.whole else "params, page_size, prefetch",
        wait_params=(
            f"id_or_model: str | {name}, *, timeout: float = 300.0, poll_interval: float = 1.0, "
            "max_poll_interval: float = 30.0"
            if resource.lifecycle is not None
            else ""
        ),
        filters=_frozenset(resource.filters),
        one_value_filters=(
            _frozenset(_one_value_filters(resource)) if _one_value_filters(resource) else ""
        ),
        filter_types=repr(_filter_types(resource)) if _filter_types(resource) else "",
        empty_value_filters=(
            _frozenset(_empty_value_filters(resource)) if _empty_value_filters(resource) else ""
        ),
        sorts=_frozenset(resource.sorts),
        listing=repr(resource.listing) if resource.whole else "",
        page_size_max=(
            str(resource.page_size.max)
            if resource.page_size is not None
            and not resource.page_size.raisable
            and not resource.whole
            else ""
        ),
        json_keys=_json_keys(resource),
        form=multipart_literal(resource.multipart) if resource.multipart is not None else "",
        keys_public=keys_public,
        catalog_names=_catalog_names(resource),
    )


def _catalog_names(resource: m.Resource) -> tuple[str, ...]:
    """The ``didww._catalog`` classes a repository module's literals use."""
    keyed = [a.keys for a in resource.attributes if a.keys is not None]
    names = ["JsonKeysInfo"] if keyed else []
    if any(keys.values for keys in keyed):
        names.append("KeyValueRule")
    if resource.multipart is not None:
        names += ["FormFieldInfo", "MultipartInfo"]
    return tuple(sorted(names))


def _keys_doc(attribute: m.Attribute) -> str:
    """The sentence of ``create``'s docstring on an attribute whose keys the spec lists."""
    if attribute.keys is None:
        return ""
    keys = attribute.keys
    required = " and ".join(f"`{k}`" for k in keys.required)
    verb = "is" if len(keys.required) == 1 else "are"
    needs = f"{required} {verb} required, and " if required else ""
    if keys.depends_on is None:
        text = (
            f" The keys of `{attribute.name}` are checked before anything is sent: {required} "
            f"{verb} required (a create without one raises :class:`didww.ClientError`); any "
            "other key is sent as given."
        )
    else:
        text = (
            f" The keys of `{attribute.name}` are checked before anything is sent: {needs}the "
            f"others must be ones its `{keys.depends_on}` takes; any other raises "
            ":class:`didww.ClientError`."
        )
    if keys.values:
        ruled = " and ".join(f"`{v.key}`" for v in keys.values)
        text += (
            f" The values of {ruled} must be ones the API's document allows, or the create "
            "raises it too (a value newer than this SDK can be sent as `didww.Unchecked(...)`)."
        )
    return text


def _json_keys(resource: m.Resource) -> str:
    keyed = [(a.name, a.keys) for a in resource.attributes if a.keys is not None]
    if not keyed:
        return ""
    return "(" + "".join(f"({name!r}, {json_keys_literal(k)})," for name, k in keyed) + ")"


def _iter_doc(resource: m.Resource, singular_noun: str) -> str:
    if resource.listing == "capped":
        return (
            f"The {plural_noun(resource.type)} matching ``params`` that the one answer "
            ":meth:`list` gets holds, one at a time: the list is answered whole but capped, "
            "without pages, so there is no page size to choose."
        )
    if resource.whole:
        return (
            f"Every {singular_noun} matching ``params``, one at a time, from the one answer "
            f":meth:`list` gets: the list is answered whole, without pages, so there is no page "
            "size to choose."
        )
    return (
        f"Every {singular_noun} matching ``params``, fetched page by page, ``page_size`` per "
        "request. The next page is requested while you work through this one (one page "
        "ahead at most) once a page has taken 2 ms or more to arrive, so over a real network "
        "and not against a local server; ``prefetch=True`` always does, ``prefetch=False`` "
        "requests each page only when the previous one is used up."
    )


def _one_value_filters(resource: m.Resource) -> tuple[str, ...]:
    return tuple(f.name for f in resource.filter_values if f.one)


def _empty_value_filters(resource: m.Resource) -> tuple[str, ...]:
    return tuple(f.name for f in resource.filter_values if f.empty)


def _whole_day_filters(resource: m.Resource) -> tuple[str, ...]:
    return tuple(f.name for f in resource.filter_values if f.whole_day)


def _filter_types(resource: m.Resource) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, f.type) for f in resource.filter_values if f.type is not None)


def _frozenset(names: tuple[str, ...]) -> str:
    if not names:
        return "frozenset()"
    return "frozenset({" + ", ".join(f'"{n}"' for n in sorted(names)) + "})"


def _lifecycle(resource: m.Resource) -> str:
    if resource.lifecycle is None:
        return ""
    return f'("{resource.lifecycle.attribute}", {_frozenset(resource.lifecycle.terminal)})'


def _wait_doc(resource: m.Resource, singular_noun: str) -> list[str]:
    if resource.lifecycle is None:
        return []
    terminal = " or ".join(f"`{v}`" for v in resource.lifecycle.terminal)
    text = (
        f"Poll the {singular_noun} until its `{resource.lifecycle.attribute}` is {terminal}, and "
        f"return it. Waits ``poll_interval`` seconds after the first look, doubling up to "
        "``max_poll_interval``; raises :class:`didww.WaitTimeoutError`, holding the last state "
        "in ``.last``, when ``timeout`` seconds pass first. A model already at one of those "
        "statuses is returned as it is, without a request."
    )
    return docstring(text, 8)


@dataclass(frozen=True)
class ObjectView:
    name: str
    codec: str
    wire_type: str
    read_only: bool
    update_only: bool
    doc: list[str]
    attributes: list[AttributeView]
    params: list[ParamView]
    rules: list[str]
    conditions: list[str]


@dataclass(frozen=True)
class UnionView:
    name: str
    codec: str
    fallback: str
    doc: list[str]
    fallback_doc: list[str]
    variants: list[tuple[str, str]]


@dataclass(frozen=True)
class ObjectsView:
    header: str
    objects: list[ObjectView]
    unions: list[UnionView]
    imports: Imports
    exported: list[str]
    codec_imports: str
    field_names: list[str]
    condition_imports: str


def _condition_code(condition: m.Condition | m.Bound | m.Group) -> str:
    """A generated ``didww._conditions`` value, keyword arguments for what is optional."""
    if isinstance(condition, m.Group):
        return f"Group({condition.kind!r}, {condition.names!r})"
    if isinstance(condition, m.Bound):
        limits = [f"{side}={other!r}" for side, other in condition.sides()]
        return f"Bound({condition.attribute!r}, {', '.join(limits)})"
    lists = [
        f"{key}={names!r}"
        for key, names in (("require", condition.require), ("refuse", condition.refuse))
        if names
    ]
    negated = [] if condition.equals else ["negated=True"]
    args = [repr(condition.attribute), repr(condition.value), *negated, *lists]
    return f"Condition({', '.join(args)})"


def objects_view(spec: m.Spec) -> ObjectsView:
    types = TypeInfo(spec)
    objects = []
    for obj in spec.objects:
        attributes = [_attribute(types, a, 9, in_object=True) for a in obj.attributes]
        rules = [
            f"({r.attribute!r}, {r.equals!r}, {r.value!r}, {dict(r.sets)!r})" for r in obj.rules
        ]
        doc = obj.description
        if obj.read_only:
            doc += " Read-only: the API does not accept it."
        elif obj.update_only:
            doc += " Sent by an update only: a create does not take it."
        objects.append(
            ObjectView(
                name=obj.name,
                codec=f"{constant_name(obj.name)}_CODEC",
                wire_type=obj.wire_type,
                read_only=obj.read_only,
                update_only=obj.update_only,
                doc=docstring(doc, 4),
                attributes=attributes,
                params=[] if obj.read_only else _params(attributes, []),
                rules=rules,
                conditions=[_condition_code(c) for c in obj.conditions],
            )
        )
    by_name = {o.name: o for o in spec.objects}
    unions = [
        UnionView(
            name=u.name,
            codec=f"{constant_name(u.name)}_CODEC",
            fallback=u.fallback,
            doc=docstring(u.description, 0),
            fallback_doc=docstring(
                f"{article(u.name).capitalize()} {u.name} of a type this SDK does not know; kept "
                "and written back unchanged.",
                4,
            ),
            variants=[(by_name[v].wire_type, v) for v in u.variants],
        )
        for u in spec.unions
    ]
    refs = [a.type for o in spec.objects for a in o.attributes]
    exported = sorted([o.name for o in objects] + [n for u in unions for n in (u.name, u.fallback)])
    imports = types.imports(
        refs,
        any(a.limited for o in spec.objects for a in o.attributes),
        any(_any_sequence(o.params) for o in objects),
    )
    codecs = sorted({*imports.codecs, "ObjectCodec"}, key=lambda c: (not c.isupper(), c))
    return ObjectsView(
        header=HEADER,
        objects=objects,
        unions=unions,
        imports=imports,
        exported=exported,
        codec_imports=", ".join(codecs),
        field_names=sorted({a.descriptor for o in objects for a in o.attributes}),
        condition_imports=", ".join(
            sorted({type(c).__name__ for o in spec.objects for c in o.conditions})
        ),
    )


@dataclass(frozen=True)
class EnumView:
    name: str
    base: str
    doc: list[str]
    members: list[tuple[str, str]]


def enums_view(spec: m.Spec) -> list[EnumView]:
    return [
        EnumView(
            name=e.name,
            base="OpenIntEnum" if e.kind == "integer" else "OpenStrEnum",
            doc=docstring(e.description, 4),
            members=[(v.name, repr(v.value)) for v in e.values],
        )
        for e in sorted(spec.enums, key=lambda e: e.name)
    ]


def json_keys_literal(keys: m.JsonKeys) -> str:
    """A ``JsonKeysInfo(...)`` expression holding what the spec's ``keys`` say."""
    args = f"required={keys.required!r}"
    if keys.depends_on is not None:
        args += f", depends_on={keys.depends_on!r}, optional={keys.optional!r}"
    if keys.values:
        rules = "".join(f"{_key_value_rule_literal(rule)}," for rule in keys.values)
        args += f", values=({rules})"
    return f"JsonKeysInfo({args})"


def _key_value_rule_literal(rule: m.KeyValues) -> str:
    """A ``KeyValueRule(...)`` expression, naming only what the rule says."""
    args = repr(rule.key)
    if rule.one_of:
        args += f", one_of={rule.one_of!r}"
    if rule.pattern is not None:
        args += f", pattern={rule.pattern!r}"
    if rule.takes_list:
        args += ", takes_list=True"
    return f"KeyValueRule({args})"


def multipart_literal(form: m.Multipart) -> str:
    """A ``MultipartInfo(...)`` expression holding the spec's ``multipart`` form, the same in
    the catalog and on the repository that uploads it."""
    fields = []
    for f in form.fields:
        args = f"{f.name!r}, {f.role!r}"
        if f.required:
            args += ", required=True"
        if f.max_bytes is not None:
            args += f", max_bytes={f.max_bytes!r}"
        if f.role == "attribute":
            args += f", attribute={f.inner!r}"
        fields.append(f"FormFieldInfo({args}),")
    answer = ""
    if form.answer_media_type != m.JSONAPI_MEDIA_TYPE:
        answer = f", answer_media_type={form.answer_media_type!r}"
    return f"MultipartInfo(fields=({''.join(fields)}){answer})"


def _attribute_args(a: m.Attribute) -> str:
    args = f"{a.name!r}, {str(a.type)!r}, {a.access!r}, {a.nullable!r}"
    if a.keys is not None:
        args += f", keys={json_keys_literal(a.keys)}"
    if a.write_only:
        args += ", write_only=True"
    if not a.null_in_requests:
        args += ", null_in_requests=False"
    if a.default is not None:
        # Plain JSON (the loader saw to it), so repr is a Python literal of the same value.
        args += f", default={a.default.value!r}"
    if a.required:
        args += ", required=True"
    if a.fixed_variant:
        args += ", fixed_variant=True"
    return args + limit_args(a)


def _relationship_args(rel: m.Relationship) -> str:
    args = f"{rel.name!r}, {rel.to_many!r}, {rel.targets!r}, {rel.access!r}"
    if rel.write_only:
        args += ", write_only=True"
    if rel.exclusive_with:
        args += f", exclusive_with={rel.exclusive_with!r}"
    if not rel.nullable:
        args += ", nullable=False"
    if rel.detach_only:
        args += ", detach_only=True"
    if rel.required:
        args += ", required=True"
    if rel.min_items is not None:
        args += f", min_items={rel.min_items!r}"
    if rel.max_items is not None:
        args += f", max_items={rel.max_items!r}"
    if rel.unique_items:
        args += ", unique_items=True"
    if rel.to_many:
        args += f", ids={rel.id_name!r}"
    return args


def catalog_view(spec: m.Spec) -> dict[str, object]:
    """Values for the catalog template: the spec as Python literals."""
    resources = [
        {
            "type": r.type,
            "class_name": r.class_name,
            "path": r.path,
            "operations": repr(r.operations),
            "attributes": [_attribute_args(a) for a in r.attributes],
            "relationships": [_relationship_args(rel) for rel in r.relationships],
            "filters": repr(r.filters),
            "one_value_filters": repr(_one_value_filters(r)) if _one_value_filters(r) else None,
            "empty_value_filters": (
                repr(_empty_value_filters(r)) if _empty_value_filters(r) else None
            ),
            "whole_day_filters": repr(_whole_day_filters(r)) if _whole_day_filters(r) else None,
            "filter_types": repr(_filter_types(r)) if _filter_types(r) else None,
            "sorts": repr(r.sorts),
            "includes": repr(r.includes),
            "singleton": r.singleton,
            "public": r.public,
            "multipart_create": r.multipart_create,
            "multipart": multipart_literal(r.multipart) if r.multipart is not None else None,
            "idempotent_create": r.idempotent_create,
            "delete_cancels": r.delete_cancels,
            "meta": [
                f"{f.name!r}, {str(f.type)!r}, {f.nullable!r}"
                + (", optional=True" if f.optional else "")
                for f in r.meta
            ],
            "fields": repr(r.fields) if r.fields is not None else None,
            "page_size": (
                f"{r.page_size.default}, {r.page_size.max}"
                + (", raisable=True" if r.page_size.raisable else "")
                if r.page_size is not None
                else None
            ),
            "listing": repr(r.listing) if r.whole else None,
            "lifecycle": (
                f"{r.lifecycle.attribute!r}, {r.lifecycle.terminal!r}"
                if r.lifecycle is not None
                else None
            ),
            "conditions": [_condition_code(c) for c in r.conditions],
        }
        for r in spec.resources
    ]
    objects = [
        {
            "name": o.name,
            "wire_type": o.wire_type,
            "read_only": o.read_only,
            "update_only": o.update_only,
            "attributes": [_attribute_args(a) for a in o.attributes],
            "rules": [
                f"({r.attribute!r}, {r.equals!r}, {r.value!r}, {dict(r.sets)!r})" for r in o.rules
            ],
            "conditions": [_condition_code(c) for c in o.conditions],
        }
        for o in spec.objects
    ]
    unions = [(u.name, repr(u.variants)) for u in spec.unions]
    enums = [(e.name, repr(tuple(v.value for v in e.values))) for e in spec.enums]
    return {
        "header": HEADER,
        "resources": resources,
        "objects": objects,
        "unions": unions,
        "enums": enums,
        "page_sizes": any(r.page_size is not None for r in spec.resources),
        "lifecycles": any(r.lifecycle is not None for r in spec.resources),
        "json_keys": any(a.keys is not None for r in spec.resources for a in r.attributes),
        "key_values": any(
            a.keys is not None and a.keys.values for r in spec.resources for a in r.attributes
        ),
        "multipart": any(r.multipart is not None for r in spec.resources),
        "condition_imports": ", ".join(
            sorted(
                {type(c).__name__ for o in spec.objects for c in o.conditions}
                | {type(c).__name__ for r in spec.resources for c in r.conditions}
            )
        ),
    }


# -- packages -------------------------------------------------------------------------------


def exported_names(spec: m.Spec) -> dict[str, str]:
    """Every public name of a version package and the module (relative to it) that defines it."""
    where = {
        "API_VERSION": "api",
        "Environment": "api",
        "AsyncClient": "clients",
        "Client": "clients",
    }
    for resource in spec.resources:
        where[resource.class_name] = f"models.{resource.type}"
    for obj in spec.objects:
        where[obj.name] = "objects"
    for union in spec.unions:
        where[union.name] = "objects"
        where[union.fallback] = "objects"
    return dict(sorted(where.items()))


def import_order(name: str) -> tuple[int, str, str]:
    """Names of one ``from ... import`` in isort's order: constants, classes, then the rest."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def version_view(spec: m.Spec, *, default: bool) -> dict[str, object]:
    where = exported_names(spec)
    modules: dict[str, list[str]] = {}
    for name, module in where.items():
        modules.setdefault(module, []).append(name)
    return {
        "version": spec.api.version,
        "default": default,
        "imports": sorted(
            (module, sorted(names, key=import_order)) for module, names in modules.items()
        ),
        "exported": sorted(where),
        "where": list(where.items()),
        "submodules": list(VERSION_SUBMODULES),
    }


VERSION_SUBMODULES = ("api", "catalog", "clients", "enums", "models", "objects", "repositories")
"""The public modules of a version package, reachable as its attributes
(``didww.v2026_10_22.enums``) and loaded on first use like its names."""


def api_view(spec: m.Spec) -> dict[str, object]:
    api = spec.api
    ordered = sorted(api.environments, key=lambda e: e[0] != api.default_environment)
    every = [a for r in spec.resources for a in r.attributes]
    every += [a for o in spec.objects for a in o.attributes]
    # The one generated list of secret attribute names: the SDK filters them from reprs and
    # logs, the simulator from what it echoes.
    return {
        "version": api.version,
        "environments": api.environments,
        "ordered_environments": ordered,
        "default_environment": api.default_environment,
        "auth": api.auth,
        "version_header": api.version_header,
        "token_urls": api.token_urls,
        "sensitive": sorted({a.name for a in every if a.sensitive}),
    }


SUBMODULES = ("encryption", "enums", "testing", "webhooks")
"""Modules of ``didww`` loaded on first use (the version packages join them)."""


def package_of(version: str) -> str:
    """The Python package of an API version: ``2026-04-16`` -> ``didww.v2026_04_16``."""
    return "didww.v" + version.replace("-", "_")


def version_of_folder(name: str) -> str | None:
    """The API version whose package is the folder ``didww/<name>``, or None when no version's is
    (the inverse of :func:`package_of`, for finding the packages already on disk)."""
    version = name.removeprefix("v").replace("_", "-")
    if not name.startswith("v") or not m.is_api_version(version):
        return None
    return version if package_of(version) == f"didww.{name}" else None


def callback_statuses_view(specs: list[m.Spec], default: m.Spec) -> dict[str, object]:
    """``didww/_callback_statuses.py``: for each resource with signed callbacks, the enums of its
    ``status`` in every version, named as the default version names its enum."""
    ordered = sorted(specs, key=lambda s: s.api.version)
    alias = {s.api.version: "_" + package_of(s.api.version).removeprefix("didww.") for s in ordered}
    aliases = []
    for resource in default.resources:
        if not resource.callbacks:
            continue
        members = []
        for spec in ordered:
            found = next((r for r in spec.resources if r.type == resource.type), None)
            status = _status_attribute(found) if found is not None else None
            if status is not None:
                members.append(f"{alias[spec.api.version]}.{status.type.name}")
        own = _status_attribute(resource)
        if own is not None and members:
            aliases.append((own.type.name, members))
    return {
        "imports": [(package_of(s.api.version), alias[s.api.version]) for s in ordered],
        "aliases": sorted(aliases),
    }


def _status_attribute(resource: m.Resource) -> m.Attribute | None:
    """The resource's ``status`` attribute when it is an enum (what a callback reports)."""
    found = next((a for a in resource.attributes if a.name == "status"), None)
    return found if found is not None and found.type.kind == "enum" else None


def top_view(default: m.Spec, versions: list[str]) -> dict[str, object]:
    """``didww/__init__.py``: the default version's names and every version package."""
    slugs = [package_of(v).removeprefix("didww.") for v in sorted(versions)]
    return {
        "version": default.api.version,
        "package": package_of(default.api.version),
        "versions": slugs,
        "names": sorted(exported_names(default), key=import_order),
        "enums": sorted((e.name for e in default.enums), key=import_order),
        "submodules": sorted([*SUBMODULES, *slugs]),
    }
