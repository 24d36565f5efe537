"""The reference part of the documentation site, rendered from one or more spec trees.

:func:`render_docs` takes ``(version, Spec)`` pairs, the first being the default API version, and
returns every file of ``docs/reference/`` by path relative to that folder:

- ``index.md``: the API versions;
- ``nav.yml``: the reference section of the site's navigation (``mkdocs_hooks.py`` splices it
  into ``mkdocs.yml``'s ``nav``), so no hand-kept list of pages can fall behind the spec;
- per version ``<version>/``: ``index.md`` (overview and the diagram of every resource), one
  ``<area>/index.md`` per subject area (its diagram and resources), ``resources/<type>.md`` per
  resource, ``objects.md`` (nested objects and unions), ``enums.md``, and ``diagrams/*.svg``.

All decisions are made here; the templates in ``templates/docs/`` only loop and branch. Markdown
is escaped here too (Jinja escapes the SVG).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from generator import diagrams
from generator import model as m
from generator.views import (
    CREATE_REQUIRED_NOTE,
    DETACH_ONLY_NOTE,
    FIXED_VARIANT_NOTE,
    HEADER,
    NOT_NULL_NOTE,
    OPTIONAL_META_NOTE,
    REQUIRED_NOTE,
    SCALAR_ANNOTATIONS,
    WRITE_ONLY_NOTE,
    RepositoryView,
    clears_note,
    condition_phrase,
    conditions_note,
    count_note,
    default_note,
    generated_operations,
    group_phrase,
    item_name,
    key_values_text,
    limits_note,
    package_of,
    repository_view,
    rule_value,
    walk_type,
    whole_listing,
)

DOCS_ROOT = Path("docs")
"""The MkDocs ``docs_dir``, relative to the project root."""
DOCS_OUTPUT = DOCS_ROOT / "reference"
"""The folder :func:`render_docs` owns, relative to the project root."""
CHANGES_FOLDER = "api-changes"
"""The folder, in :data:`DOCS_ROOT`, of the changelog of each API version bump: the generator
owns it and the site's navigation lists what it holds."""
CHANGES_OUTPUT = DOCS_ROOT / CHANGES_FOLDER

TEMPLATES = Path(__file__).parent / "templates" / "docs"
HEADER_TEXT = HEADER.removeprefix("# ")
PAGE_SUFFIX = ".html"
"""How a page's URL ends: ``mkdocs.yml`` sets ``use_directory_urls: false`` (so the site also
works from ``file://``), and SVG links, which MkDocs does not rewrite, must say ``.html``."""


# The annotations the generated models use, with the module spelled out for readers.
_PYTHON_SCALARS = {
    kind: annotation.replace("dt.", "datetime.") for kind, annotation in SCALAR_ANNOTATIONS.items()
}
_ACCESS_TEXT = {"read_only": "read-only", "create_only": "create-only", "writable": "writable"}
_HTTP = {"list": "GET {path}", "create": "POST {path}", "update": "PATCH {path}/{{id}}"}
_SUMMARY = {
    "iter": "Every {cls} matching the query, page by page.",
    "list": "One page of {cls} resources.",
    "whole iter": "Every {cls} matching the query, from the one answer of the list.",
    "whole list": "Every {cls} matching the query, in one answer; `page()` is refused.",
    "capped iter": "The {cls} resources of the list's one (capped) answer.",
    "capped list": "The {cls} resources matching the query, in one capped answer; `page()` is "
    "refused.",
    "find": "One {cls} by id.",
    "create": "Create one {cls}; every field that was set is sent.",
    "update": "Save the fields changed since the model was read.",
    "delete": "Delete one {cls}, given the model or its id.",
    "cancel delete": "Cancel one {cls}, given the model or its id: the API keeps it, canceled.",
}


class DocsError(Exception):
    """The specs cannot be documented as given (for example two versions with one name)."""


_CODE_SPAN = re.compile(r"(`[^`]*`)")


def md(text: str) -> str:
    """Spec prose as one line of Markdown that is safe inside a table cell. A pipe is escaped
    outside code spans only: the site's Markdown keeps a code span's pipe in its cell, and would
    show the backslash of an escaped one (a pattern's ``a|b``)."""
    parts = _CODE_SPAN.split(" ".join(text.split()))
    # split() with one group: the code spans are the odd parts.
    return "".join(part if n % 2 else part.replace("|", "\\|") for n, part in enumerate(parts))


def variable_name(resource: m.Resource) -> str:
    """A loop variable for one model: ``did`` for ``dids``, ``entry`` when singular is plural."""
    return item_name(resource.type)[1]


# --- views --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str
    nullable: str
    access: str
    description: str


@dataclass(frozen=True)
class RelationshipRow:
    name: str
    targets: str
    cardinality: str
    access: str
    id_accessor: str
    description: str


@dataclass(frozen=True)
class OperationRow:
    name: str
    calls: str
    returns: str
    http: str
    repeated: str
    summary: str


@dataclass(frozen=True)
class EnumSummary:
    name: str
    link: str
    kind: str
    values: str


@dataclass(frozen=True)
class VersionLink:
    version: str
    link: str


@dataclass(frozen=True)
class ResourcePage:
    header: str
    version_note: str
    package: str
    title: str
    type: str
    class_name: str
    client_attribute: str
    path: str
    description: str
    area_title: str
    area_link: str
    diagram: str
    facts: list[str]
    operations: list[OperationRow]
    sync_class: str
    async_class: str
    sync_signatures: list[str]
    async_signatures: list[str]
    raw_attribute: str
    attributes: list[FieldRow]
    relationships: list[RelationshipRow]
    meta: list[FieldRow]
    filters: list[str]
    sorts: list[str]
    includes: list[str]
    query_example: list[str]
    enums: list[EnumSummary]
    other_versions: list[VersionLink]


@dataclass(frozen=True)
class ResourceListRow:
    title: str
    link: str
    type: str
    client_attribute: str
    operations: str
    area: str


@dataclass(frozen=True)
class AreaView:
    title: str
    link: str
    description: str
    count: int


@dataclass(frozen=True)
class AreaPage:
    header: str
    version_note: str
    title: str
    description: str
    diagram: str
    resources: list[ResourceListRow]
    overview: str


@dataclass(frozen=True)
class VersionPage:
    header: str
    version: str
    version_note: str
    package: str
    version_header: bool
    """Whether the clients say the version in ``X-DIDWW-API-Version`` (the spec's
    ``version_header``; with bearer tokens, the token says it)."""
    environments: list[tuple[str, str]]
    diagram: str
    areas: list[AreaView]
    resources: list[ResourceListRow]
    object_count: int
    union_count: int
    enum_count: int


@dataclass(frozen=True)
class ObjectSection:
    name: str
    description: str
    wire_type: str
    read_only: bool
    update_only: bool
    unions: str
    attributes: list[FieldRow]
    rules: list[str]
    conditions: list[str]
    used_by: str


@dataclass(frozen=True)
class UnionSection:
    name: str
    description: str
    variants: list[tuple[str, str]]
    fallback: str
    used_by: str


@dataclass(frozen=True)
class ObjectsPage:
    header: str
    version_note: str
    unions: list[UnionSection]
    objects: list[ObjectSection]


@dataclass(frozen=True)
class EnumSection:
    name: str
    description: str
    kind: str
    members: list[tuple[str, str]]
    used_by: str


@dataclass(frozen=True)
class EnumsPage:
    header: str
    version_note: str
    package: str
    enums: list[EnumSection]


@dataclass(frozen=True)
class VersionRow:
    version: str
    link: str
    default: bool
    resources: int


def nav_line(depth: int, title: str, path: str) -> str:
    """One line of ``nav.yml``: a page with or without a title, or a section's title."""
    indent = "  " * depth
    if not title:
        return f"{indent}- {path}"
    return f"{indent}- {json.dumps(title)}:" + (f" {path}" if path else "")


# --- the pieces ---------------------------------------------------------------------------------


class _Version:
    """One spec tree with the links and lookups every page of it needs."""

    def __init__(self, version: str, spec: m.Spec, default: bool) -> None:
        self.version = version
        self.spec = spec
        self.default = default
        self.enums = {e.name: e for e in spec.enums}
        self.area_of = {t: a for a in spec.subject_areas for t in a.resources}
        self.note = f"API version `{version}`" + (" (the default)." if default else ".")
        # Where code finds this version's classes: the default version's are also `didww.*`.
        self.package = "didww" if default else package_of(version)

    def type_text(self, ref: m.TypeRef, base: str) -> str:
        """A spec type as Markdown; ``base`` leads from the page to the version folder."""
        if ref.kind == "list" and ref.item is not None:
            return "list of " + self.type_text(ref.item, base)
        if ref.kind == "enum":
            return f"[`{ref.name}`]({base}enums.md#{ref.name})"
        if ref.kind in ("object", "union"):
            return f"[`{ref.name}`]({base}objects.md#{ref.name})"
        if ref.kind == "id":
            return f"`{_PYTHON_SCALARS[ref.kind]}` (an id)"
        return f"`{_PYTHON_SCALARS[ref.kind]}`"

    def field_row(self, attribute: m.Attribute, base: str, *, in_object: bool) -> FieldRow:
        notes = []
        if attribute.write_only:
            notes.append(WRITE_ONLY_NOTE)
        if attribute.sensitive:
            notes.append("Sensitive: `repr()` and logs show `[FILTERED]`.")
        if attribute.keys is not None:
            notes.append(_keys_note(attribute.keys))
        if attribute.default is not None:
            notes.append(default_note(attribute.default))
        if attribute.limited:
            notes.append(limits_note(attribute))
        if attribute.required:
            notes.append(REQUIRED_NOTE if in_object else CREATE_REQUIRED_NOTE)
        if attribute.fixed_variant:
            notes.append(FIXED_VARIANT_NOTE)
        return FieldRow(
            name=attribute.name,
            type=self.type_text(attribute.type, base),
            nullable=(
                ("yes" if attribute.null_in_requests else "in answers only")
                if attribute.nullable
                else "no"
            ),
            access=_ACCESS_TEXT[attribute.access],
            description=md(" ".join([attribute.description, *notes])),
        )

    def enum_names(self, refs: Sequence[m.TypeRef]) -> list[str]:
        names: set[str] = set()
        for ref in refs:
            while ref.kind == "list" and ref.item is not None:
                ref = ref.item
            if ref.kind == "enum":
                names.add(ref.name)
        return sorted(names)


def _keys_note(keys: m.JsonKeys) -> str:
    """What the spec's ``keys`` say, as the sentences of a table cell."""

    def names(keys: tuple[str, ...]) -> str:
        return ", ".join(f"`{k}`" for k in keys) or "no other key"

    if keys.depends_on is None:
        text = (
            f"Keys on create: {names(keys.required)} (required), and any other the API takes. "
            "The SDK refuses a create missing a required one before sending."
        )
    else:
        per_value = "; ".join(f"`{value}`: {names(extra)}" for value, extra in keys.optional)
        if not keys.required:
            text = (
                f"Keys on create, by `{keys.depends_on}`: {per_value}. The SDK refuses any "
                "other key before sending."
            )
        else:
            text = (
                f"Keys on create: {names(keys.required)} (required), plus by "
                f"`{keys.depends_on}`: {per_value}. The SDK refuses any other key, or a missing "
                "required one, before sending."
            )
    if keys.values:
        rules = "; ".join(f"`{v.key}` takes {key_values_text(v)}" for v in keys.values)
        text += (
            f" Values: {rules}. The SDK refuses another value before sending, unless given as "
            "`didww.Unchecked(...)`."
        )
    return text


def _signatures(view: RepositoryView, flavour: str) -> list[str]:
    """The methods of the generated repository, from the view ``repository.py.j2`` renders."""
    prefix = "async " if flavour == "async" else ""
    lines = []
    if view.has_list:
        walk = walk_type(flavour, view.model)
        lines.append(f"def iter(self, {view.iter_params}) -> {walk}: ...")
    for op in view.operations:
        lines.append(f"{prefix}def {op.name}(self, {op.params}) -> {op.returns}: ...")
    if view.wait_params:
        lines.append(f"{prefix}def wait(self, {view.wait_params}) -> {view.model}: ...")
    return lines


def _listed(op: str, resource: m.Resource) -> str:
    """The key of :data:`_SUMMARY` for an operation: ``list`` and ``iter`` of a list answered
    whole have their own, and so has a ``delete`` that cancels."""
    if op == "delete" and resource.delete_cancels:
        return "cancel delete"
    if op not in ("list", "iter") or not resource.whole:
        return op
    return f"{'capped' if resource.listing == 'capped' else 'whole'} {op}"


def _operation_rows(resource: m.Resource) -> list[OperationRow]:
    cls, attr = resource.class_name, f"client.{resource.segment}"
    item = variable_name(resource)
    rows = []
    if "list" in resource.operations:
        rows.append(
            OperationRow(
                name="iter",
                calls=f"`for {item} in {attr}.iter(params):`<br>"
                f"`async for {item} in {attr}.iter(params):`",
                returns=f"`{cls}`, one at a time",
                http=f"`GET {resource.path}`, " + ("once" if resource.whole else "each page"),
                repeated="yes",
                summary=_SUMMARY[_listed("iter", resource)].format(cls=cls),
            )
        )
    for op in generated_operations(resource):
        if op == "find" and resource.singleton:
            call, http = f"{attr}.find()", f"GET {resource.path}"
        elif op == "find":
            call, http = f"{attr}.find(id, params)", f"GET {resource.path}/{{id}}"
        elif op == "delete":
            call, http = f"{attr}.delete({item})", f"DELETE {resource.path}/{{id}}"
        elif op == "list":
            call, http = f"{attr}.list(params)", _HTTP[op].format(path=resource.path)
        else:
            call, http = f"{attr}.{op}({item})", _HTTP[op].format(path=resource.path)
        repeated = "yes"
        if op == "create" and not resource.idempotent_create:
            repeated = "no (opt in with `retry_non_idempotent=True`)"
        returns = {
            "list": f"`ResourceList[{cls}]`",
            "delete": "`None`",
        }.get(op, f"`{cls}`")
        summary = _SUMMARY[_listed(op, resource)].format(cls=cls)
        if op == "find" and resource.singleton:
            summary = f"The {cls} (a singleton: no id)."
        if op == "create" and resource.idempotent_create:
            summary += " Nothing is stored: it is a check, safe to repeat."
        rows.append(
            OperationRow(
                name=op,
                calls=f"`{call}`<br>`await {call}`",
                returns=returns,
                http=f"`{http}`",
                repeated=repeated,
                summary=summary,
            )
        )
    if resource.lifecycle is not None:
        terminal = " or ".join(f"`{v}`" for v in resource.lifecycle.terminal)
        call = f"{attr}.wait({item}, timeout=300)"
        rows.append(
            OperationRow(
                name="wait",
                calls=f"`{call}`<br>`await {call}`",
                returns=f"`{cls}`",
                http=f"`GET {resource.path}/{{id}}`, polled",
                repeated="yes",
                summary=(
                    f"Poll until `{resource.lifecycle.attribute}` is {terminal}; "
                    "`WaitTimeoutError` (with `.last`) when the time is up."
                ),
            )
        )
    return rows


_CREDENTIALS = {"api_key": "`Api-Key`", "bearer": "bearer token"}
"""What authenticates a request, by the spec's ``auth``."""


def _facts(resource: m.Resource, auth: str) -> list[str]:
    facts = []
    if resource.singleton:
        facts.append("A singleton: `find()` takes no id.")
    if resource.public:
        facts.append(f"Public: its requests carry no {_CREDENTIALS[auth]}.")
    if not resource.operations:
        facts.append(
            "It has no endpoint of its own: it is read through the relationships of other "
            "resources (include it)."
        )
    if resource.whole:
        facts.append(whole_listing(resource))
    elif resource.page_size is not None:
        facts.append(_page_size_fact(resource.page_size))
    if resource.multipart is not None:
        fields = "; ".join(_form_field(f) for f in resource.multipart.fields)
        facts.append(
            f"Created by a multipart upload: use `client.{resource.segment}.upload(...)` "
            f"rather than `create`. Its form: {fields}. The API answers with a JSON:API "
            f"document as `{resource.multipart.answer_media_type}`."
        )
    if resource.conditions:
        facts.append(conditions_note(resource.conditions))
    if resource.extension:
        facts.append(
            f"`client.{resource.segment}` also has hand-written methods: see "
            "[the extensions API](../../../api/extensions.md)."
        )
    return facts


def _page_size_fact(page_size: m.PageSize) -> str:
    """What the reference says of a list's page sizes."""
    text = (
        f"A page holds {page_size.default} records unless the query's `page()` asks for another "
        f"size, at most {page_size.max}"
    )
    if page_size.raisable:
        return (
            f"{text} unless the account's limit has been raised: the SDK sends a larger size as "
            "asked, and the API refuses it for an account at the usual limit."
        )
    return f"{text}: the SDK refuses a larger size before sending."


_FORM_ROLES = {
    "file": "the encrypted document",
    "fingerprint": "the fingerprint of the keys it is encrypted with",
    "attribute": "sets `{attribute}`",
}
"""What each role of a multipart form field carries, as the reference says it."""


def _form_field(form_field: m.FormField) -> str:
    """One field of a multipart create's form, as its reference page lists it."""
    notes = [_FORM_ROLES[form_field.role].format(attribute=form_field.inner)]
    if form_field.required:
        notes.append("required")
    if form_field.max_bytes is not None:
        notes.append(f"at most {form_field.max_bytes:,} bytes")
    return f"`{form_field.name}` ({', '.join(notes)})"


def _filter_text(resource: m.Resource, name: str) -> str:
    """A filter as the reference lists it: its name, and what the document says of its value
    (one value rather than a list; its type, where no attribute gives it)."""
    values = next((f for f in resource.filter_values if f.name == name), None)
    notes = []
    if values is not None and values.type is not None:
        notes.append(values.type)
    if values is not None and values.one:
        notes.append("one value")
    if values is not None and values.empty:
        notes.append("may be empty")
    if values is not None and values.whole_day:
        notes.append("takes in the whole UTC day the value falls in")
    return f"`{name}`" + (f" ({', '.join(notes)})" if notes else "")


def _query_example(resource: m.Resource) -> list[str]:
    """Lines of Python that list with the resource's first filter, sort and include."""
    if "list" not in resource.operations:
        return []
    calls = []
    filters = [f for f in resource.filters if f != "id"] or list(resource.filters)
    if filters:
        calls.append(f'    .filter("{filters[0]}", ...)')
    if resource.sorts:
        calls.append(f'    .sort("-{resource.sorts[0]}")')
    if resource.includes:
        calls.append(f'    .include("{resource.includes[0]}")')
    if not calls:
        return []
    item = variable_name(resource)
    return [
        "params = (",
        "    didww.QueryParams()",
        *calls,
        ")",
        f"for {item} in client.{resource.segment}.iter(params):",
        f"    print({item}.id)",
    ]


def _relationship_row(rel: m.Relationship) -> RelationshipRow:
    targets = ", ".join(f"[`{t}`]({t}.md)" for t in rel.targets)
    notes = []
    if rel.exclusive_with:
        notes.append(clears_note(rel))
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
    if len(rel.targets) > 1:
        notes.append("Polymorphic: the target's type tells which.")
    return RelationshipRow(
        name=rel.name,
        targets=targets,
        cardinality="to-many" if rel.to_many else "to-one",
        access=_ACCESS_TEXT[rel.access],
        id_accessor=f"`{rel.id_name}`",
        description=md(" ".join([rel.description, *notes])),
    )


def _resource_page(version: _Version, resource: m.Resource, others: list[_Version]) -> ResourcePage:
    area = version.area_of[resource.type]
    base = "../"
    enum_names = version.enum_names([a.type for a in resource.attributes])
    enums = []
    for name in enum_names:
        enum = version.enums[name]
        values = ", ".join(
            f"`{v.value}`" if enum.kind == "string" else f"`{v.name}` ({v.value})"
            for v in enum.values
        )
        enums.append(EnumSummary(name, f"../enums.md#{name}", enum.kind, values))
    repository = repository_view(resource) if resource.operations else None
    return ResourcePage(
        header=HEADER_TEXT,
        version_note=version.note,
        package=version.package,
        title=resource.class_name,
        type=resource.type,
        class_name=resource.class_name,
        client_attribute=f"client.{resource.segment}",
        path=resource.path,
        description=md(resource.description),
        area_title=area.title,
        area_link=f"../{area.slug}/index.md",
        diagram=f"../diagrams/resources/{resource.type}.svg",
        facts=_facts(resource, version.spec.api.auth),
        operations=_operation_rows(resource),
        sync_class=f"{resource.class_name}Repository",
        async_class=f"Async{resource.class_name}Repository",
        sync_signatures=_signatures(repository, "sync") if repository else [],
        async_signatures=_signatures(repository, "async") if repository else [],
        raw_attribute=f"client.{resource.segment}.with_raw_response",
        attributes=[version.field_row(a, base, in_object=False) for a in resource.attributes],
        relationships=[_relationship_row(r) for r in resource.relationships],
        meta=[
            FieldRow(
                name=f.name,
                type=version.type_text(f.type, base),
                nullable="yes" if f.nullable else "no",
                access="read-only",
                description=md(
                    " ".join([f.description, *([OPTIONAL_META_NOTE] if f.optional else [])])
                ),
            )
            for f in resource.meta
        ],
        filters=[_filter_text(resource, name) for name in resource.filters],
        sorts=list(resource.sorts),
        includes=list(resource.includes),
        query_example=_query_example(resource),
        enums=enums,
        other_versions=[
            VersionLink(o.version, f"../../{o.version}/resources/{resource.type}.md")
            for o in others
            if o.spec.resource(resource.type) is not None
        ],
    )


def _resource_rows(
    version: _Version, resources: Sequence[m.Resource], base: str
) -> list[ResourceListRow]:
    rows = []
    for r in resources:
        operations = (
            ["iter", *generated_operations(r)]
            if "list" in r.operations
            else generated_operations(r)
        )
        rows.append(
            ResourceListRow(
                title=r.class_name,
                link=f"{base}resources/{r.type}.md",
                type=r.type,
                client_attribute=f"client.{r.segment}" if r.operations else "",
                operations=", ".join(operations) or "none (read through relationships)",
                area=version.area_of[r.type].title,
            )
        )
    return rows


def _used_by(version: _Version, wanted: str, objects_page: str) -> str:
    """Links to every resource attribute and object attribute whose type mentions ``wanted``,
    from a page in the version folder; ``objects_page`` is ``""`` on the objects page itself."""

    def mentions(ref: m.TypeRef) -> bool:
        while ref.kind == "list" and ref.item is not None:
            ref = ref.item
        return ref.name == wanted

    users = [
        f"[`{r.type}.{a.name}`](resources/{r.type}.md)"
        for r in version.spec.resources
        for a in r.attributes
        if mentions(a.type)
    ]
    users += [
        f"[`{o.name}.{a.name}`]({objects_page}#{o.name})"
        for o in version.spec.objects
        for a in o.attributes
        if mentions(a.type)
    ]
    return ", ".join(users)


def _condition_text(condition: m.Condition | m.Bound | m.Group) -> str:
    """A condition as the reference page states it."""
    if isinstance(condition, m.Group):
        return f"A request sends {group_phrase(condition)}."
    if isinstance(condition, m.Bound):
        words = {"at_least": "below", "at_most": "above"}
        sides = [f"not {words[side]} `{other}`" for side, other in condition.sides()]
        sides_text = " and ".join(sides)
        return f"`{condition.attribute}` is {sides_text} (compared where both have a value)."
    said = condition_phrase(condition)
    # The refused names come last in the phrase: what blank means goes after them.
    blank = " (null, left out, empty or off)" if condition.refuse else ""
    return f"{said[0].upper()}{said[1:]}{blank}."


def _rule_text(rule: m.Rule) -> str:
    condition = "is" if rule.equals else "is not"
    sets = ", ".join(f"`{name}` to {rule_value(v)}" for name, v in rule.sets)
    return (
        f"When `{rule.attribute}` is set and {condition} {rule_value(rule.value)}, it also sets "
        f"{sets}."
    )


def _objects_page(version: _Version) -> ObjectsPage:
    unions_of: dict[str, list[str]] = {}
    for union in version.spec.unions:
        for variant in union.variants:
            unions_of.setdefault(variant, []).append(union.name)
    by_name = {o.name: o for o in version.spec.objects}
    unions = [
        UnionSection(
            name=u.name,
            description=md(u.description),
            variants=[(by_name[v].wire_type, v) for v in u.variants],
            fallback=u.fallback,
            used_by=_used_by(version, u.name, objects_page=""),
        )
        for u in version.spec.unions
    ]
    objects = [
        ObjectSection(
            name=o.name,
            description=md(o.description),
            wire_type=o.wire_type,
            read_only=o.read_only,
            update_only=o.update_only,
            unions=", ".join(f"[`{u}`](#{u})" for u in unions_of.get(o.name, [])),
            attributes=[version.field_row(a, "", in_object=True) for a in o.attributes],
            rules=[_rule_text(r) for r in o.rules],
            conditions=[_condition_text(c) for c in o.conditions],
            used_by=_used_by(version, o.name, objects_page=""),
        )
        for o in version.spec.objects
    ]
    return ObjectsPage(HEADER_TEXT, version.note, unions, objects)


def _enums_page(version: _Version) -> EnumsPage:
    sections = []
    for enum in sorted(version.spec.enums, key=lambda e: e.name):
        sections.append(
            EnumSection(
                name=enum.name,
                description=md(enum.description),
                kind=enum.kind,
                members=[
                    (v.name, f"`{v.value!r}`" if enum.kind == "string" else f"`{v.value}`")
                    for v in enum.values
                ],
                used_by=_used_by(version, enum.name, objects_page="objects.md"),
            )
        )
    return EnumsPage(HEADER_TEXT, version.note, version.package, sections)


# --- diagrams -----------------------------------------------------------------------------------


def _box(resource: m.Resource, base: str, style: str = "") -> diagrams.Box:
    """A resource's box; ``base`` leads from the SVG's folder to the version folder."""
    return diagrams.Box(
        key=resource.type,
        name=resource.type,
        caption=resource.class_name,
        href=f"{base}resources/{resource.type}{PAGE_SUFFIX}",
        style=style,
    )


def _links(resources: Sequence[m.Resource], drawn: set[str]) -> list[diagrams.Link]:
    return [
        diagrams.Link(r.type, target, rel.name, rel.to_many)
        for r in resources
        for rel in r.relationships
        for target in rel.targets
        if r.type in drawn and target in drawn
    ]


def _all_diagram(version: _Version) -> diagrams.DiagramView:
    spec = version.spec
    drawn = {r.type for r in spec.resources}
    return diagrams.layout(
        title=f"Every resource of API {version.version} and its relationships",
        description=(
            f"{len(spec.resources)} resources; an arrow points from a resource to the one its "
            "relationship names. Each box links to its reference page."
        ),
        boxes=[_box(r, "../") for r in spec.resources],
        links=_links(spec.resources, drawn),
    )


def _neighbourhood(
    version: _Version, inside: set[str], base: str, focus: bool
) -> tuple[list[diagrams.Box], list[diagrams.Link]]:
    """Boxes for ``inside``, dashed boxes for the resources linked with them, and those links."""
    spec = version.spec
    neighbours: set[str] = set()
    for r in spec.resources:
        for rel in r.relationships:
            for target in rel.targets:
                if r.type in inside and target not in inside:
                    neighbours.add(target)
                if target in inside and r.type not in inside:
                    neighbours.add(r.type)
    boxes = [_box(r, base, "focus" if focus else "") for r in spec.resources if r.type in inside]
    boxes += [_box(r, base, "outside") for r in spec.resources if r.type in neighbours]
    links = [
        link
        for link in _links(spec.resources, inside | neighbours)
        if link.source in inside or link.target in inside
    ]
    return boxes, links


def _area_diagram(version: _Version, area: m.SubjectArea) -> diagrams.DiagramView:
    inside = set(area.resources)
    boxes, links = _neighbourhood(version, inside, "../", focus=False)
    return diagrams.layout(
        title=f"{area.title}: resources of API {version.version} and their relationships",
        description=(
            f"The {len(inside)} resources of {area.title}, and in dashed boxes the resources of "
            "other areas they are linked with. Each box links to its reference page."
        ),
        boxes=boxes,
        links=links,
        outside_legend="resource of another area" if len(boxes) > len(inside) else "",
    )


def _resource_diagram(version: _Version, resource: m.Resource) -> diagrams.DiagramView:
    boxes, links = _neighbourhood(version, {resource.type}, "../../", focus=True)
    return diagrams.layout(
        title=f"{resource.type} and the resources it is linked with (API {version.version})",
        description=(
            f"{resource.type} and, in dashed boxes, the resources its relationships point at or "
            "that point at it. Each box links to its reference page."
        ),
        boxes=boxes,
        links=links,
        outside_legend="linked resource" if len(boxes) > 1 else "",
        direction="right",
    )


# --- rendering ----------------------------------------------------------------------------------


def template_environment() -> Environment:
    """The Jinja environment of the docs templates; SVG is escaped, Markdown is escaped by views."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=select_autoescape(enabled_extensions=("svg.j2",), default=False),
    )


def _check(versions: Sequence[tuple[str, m.Spec]]) -> None:
    if not versions:
        raise DocsError("no API version to document")
    names = [name for name, _ in versions]
    if len(set(names)) != len(names):
        raise DocsError(f"API versions named twice: {names}")
    # Subject areas (one per resource, no page names) are checked when the spec is loaded.
    for name, _ in versions:
        if not name or "/" in name or name.startswith("."):
            raise DocsError(f"API version {name!r} cannot be a folder name")


def render_docs(versions: Sequence[tuple[str, m.Spec]]) -> dict[str, str]:
    """Every file of ``docs/reference/``, by path relative to it; the first version is the default.

    Raises :class:`DocsError` when the versions cannot be documented side by side.
    """
    _check(versions)
    env = template_environment()
    files: dict[str, str] = {}

    def emit(target: str, template: str, **context: object) -> None:
        text = env.get_template(template).render(**context)
        files[target] = text.rstrip("\n") + "\n"

    built = [_Version(name, spec, index == 0) for index, (name, spec) in enumerate(versions)]
    nav: list[str] = [nav_line(0, "", "reference/index.md")]
    for version in built:
        others = [o for o in built if o is not version]
        spec, folder = version.spec, version.version
        resources = {r.type: r for r in spec.resources}
        title = folder + (" (default)" if version.default else "")
        nav.append(nav_line(0, title, ""))
        nav.append(nav_line(1, "", f"reference/{folder}/index.md"))
        emit(
            f"{folder}/diagrams/all.svg",
            "diagram.svg.j2",
            header=HEADER_TEXT,
            d=_all_diagram(version),
        )
        areas = []
        for area in spec.subject_areas:
            area_slug = area.slug
            emit(
                f"{folder}/diagrams/{area_slug}.svg",
                "diagram.svg.j2",
                header=HEADER_TEXT,
                d=_area_diagram(version, area),
            )
            members = [resources[t] for t in area.resources]
            emit(
                f"{folder}/{area_slug}/index.md",
                "area.md.j2",
                page=AreaPage(
                    header=HEADER_TEXT,
                    version_note=version.note,
                    title=area.title,
                    description=md(area.description),
                    diagram=f"../diagrams/{area_slug}.svg",
                    resources=_resource_rows(version, members, "../"),
                    overview="../index.md",
                ),
            )
            areas.append(
                AreaView(
                    title=area.title,
                    link=f"{area_slug}/index.md",
                    description=md(area.description),
                    count=len(members),
                )
            )
            nav.append(nav_line(1, area.title, ""))
            nav.append(nav_line(2, "", f"reference/{folder}/{area_slug}/index.md"))
            for resource in members:
                emit(
                    f"{folder}/diagrams/resources/{resource.type}.svg",
                    "diagram.svg.j2",
                    header=HEADER_TEXT,
                    d=_resource_diagram(version, resource),
                )
                emit(
                    f"{folder}/resources/{resource.type}.md",
                    "resource.md.j2",
                    page=_resource_page(version, resource, others),
                )
                nav.append(
                    nav_line(
                        2,
                        resource.class_name,
                        f"reference/{folder}/resources/{resource.type}.md",
                    )
                )
        emit(
            f"{folder}/index.md",
            "version.md.j2",
            page=VersionPage(
                header=HEADER_TEXT,
                version=folder,
                version_note=version.note,
                package=version.package,
                version_header=spec.api.version_header,
                environments=list(spec.api.environments),
                diagram="diagrams/all.svg",
                areas=areas,
                resources=_resource_rows(version, sorted(spec.resources, key=lambda r: r.type), ""),
                object_count=len(spec.objects),
                union_count=len(spec.unions),
                enum_count=len(spec.enums),
            ),
        )
        emit(f"{folder}/objects.md", "objects.md.j2", page=_objects_page(version))
        emit(f"{folder}/enums.md", "enums.md.j2", page=_enums_page(version))
        nav.append(nav_line(1, "Nested objects and unions", f"reference/{folder}/objects.md"))
        nav.append(nav_line(1, "Enums", f"reference/{folder}/enums.md"))
    emit(
        "index.md",
        "versions.md.j2",
        header=HEADER_TEXT,
        versions=[
            VersionRow(v.version, f"{v.version}/index.md", v.default, len(v.spec.resources))
            for v in built
        ],
    )
    emit("nav.yml", "nav.yml.j2", header=HEADER_TEXT, entries=nav)
    return dict(sorted(files.items()))
