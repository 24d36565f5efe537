"""The resource commands, generated from the catalog when the CLI starts.

Every resource with at least one operation becomes a command group named after its path
(``voice-in-trunks``), with ``list``, ``find``, ``create``, ``update`` and ``delete`` exactly where
the spec offers them. Options follow the catalog too: ``--filter``, ``--sort`` and ``--include``
appear only where the resource has filters, sorts or includes, and their values are checked
against it. Nothing here names a resource.
"""

from __future__ import annotations

import inspect
import re
import shlex
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TextIO

import click

from didww._catalog import parse_type
from didww._errors import ArgumentError, ClientError, a_or_an
from didww._nested import NestedObject
from didww.cli._build import Change, build_model, merge, parse_document, parse_sets, settable_names
from didww.cli._catalog import ResourceInfo, command_word, current, id_column
from didww.cli._errors import InputError, write_under_way
from didww.cli._options import connection_options, fields_option, include_option, output_option
from didww.cli._output import printable, write_list, write_one
from didww.cli._query import Query, build_query
from didww.cli._records import columns, to_record
from didww.cli._session import current_session

DOCUMENT_LIMIT = 4 * 1024 * 1024
"""The most characters a ``--file`` document may hold (4 Mi, up to 16 MiB of UTF-8): a
resource's attributes are a few kilobytes, and ``--file /dev/zero`` or an endless pipe must not
fill the memory."""

__all__ = ["operation_commands", "resource_group"]


def operation_commands(info: ResourceInfo) -> list[str]:
    """The names of the generated commands of a resource, in catalog order, read from the catalog
    alone (nothing is built): what :func:`resource_group` makes. A multipart create is a file
    upload, not a JSON document: it has a hand-written command instead (see ``_files``)."""
    return [
        op
        for op in info.operations
        if op in _MAKERS and not (op == "create" and info.multipart_create)
    ]


def resource_group(info: ResourceInfo) -> click.Group:
    """The command group of one resource, with the commands :func:`operation_commands` names."""
    group = click.Group(command_word(info), help=current().summary(info))
    for op in operation_commands(info):
        group.add_command(_MAKERS[op](info))
    return group


def _command(name: str, help: str, params: list[click.Parameter], callback: Any) -> click.Command:
    return click.Command(
        name, help=help, params=[*params, *connection_options()], callback=callback
    )


def _id_argument() -> click.Argument:
    return click.Argument(["id"], metavar="ID")


# --- list and find ----------------------------------------------------------------------------


def _filter_help(info: ResourceInfo) -> str:
    """The ``--filter`` help: the keys, and those that take one value (their commas are part of
    the value) where the version's document names them."""
    text = (
        "Filter (repeatable; VALUE may list several, comma-separated, to match any of them). "
        f"Keys: {', '.join(info.filters)}."
    )
    if info.one_value_filters:
        text += f" One value only, commas included: {', '.join(info.one_value_filters)}."
    return text


def _list_command(info: ResourceInfo) -> click.Command:
    params: list[click.Parameter] = []
    if info.filters:
        params.append(
            click.Option(
                ["-f", "--filter", "filters"],
                multiple=True,
                metavar="KEY=VALUE",
                help=_filter_help(info),
            )
        )
    if info.sorts:
        params.append(
            click.Option(
                ["-s", "--sort", "sorts"],
                multiple=True,
                metavar="[-]FIELD[,...]",
                help=f"Sort by (- for descending; repeatable): {', '.join(info.sorts)}.",
            )
        )
    if info.includes:
        params.append(include_option(info.includes))
    params.append(fields_option())
    if info.whole:
        return _whole_list_command(info, [*params, output_option()])
    stated = info.page_size
    largest = stated.max if stated is not None else None
    at_most = f", at most {largest} a request," if largest is not None else ""
    if stated is not None and stated.raisable:
        at_most = f", at most {largest} a request unless your account's limit is raised,"
    params += [
        click.Option(
            ["--page"], type=click.IntRange(min=1), help="Page number (1-based) to fetch."
        ),
        click.Option(
            ["--page-size"],
            type=click.IntRange(
                min=1, max=None if stated is not None and stated.raisable else largest
            ),
            help="Resources per page (request).",
        ),
        click.Option(
            ["--all", "fetch_all"],
            is_flag=True,
            help=f"Every page, fetched one after another (the SDK's iter() page size{at_most} "
            "unless --page-size).",
        ),
        output_option(),
    ]

    def callback(
        output: str,
        fields: tuple[str, ...],
        page: int | None,
        page_size: int | None,
        fetch_all: bool,
        filters: tuple[str, ...] = (),
        sorts: tuple[str, ...] = (),
        includes: tuple[str, ...] = (),
    ) -> None:
        if fetch_all and page is not None:
            raise InputError("--all fetches every page; leave out --page")
        query = build_query(
            info,
            filters=filters,
            includes=includes,
            sorts=sorts,
            fields=fields,
            page=page,
            page_size=None if fetch_all else page_size,
        )
        repository = current_session().repository(info)
        caption = None
        if fetch_all:
            size = page_size if page_size is not None else _iter_page_size(repository, largest)
            models = repository.iter(query.params, **({} if size is None else {"page_size": size}))
        else:
            models = repository.list(query.params)
            caption = _page_caption(models, page)
        records = (to_record(m, query.fields, query.includes) for m in models)
        cols = columns(info, query.fields)
        write_list(
            records,
            cols,
            output,
            caption=caption,
            all_columns=bool(fields),
            includes=query.includes,
        )

    return _command(
        "list", f"List {info.type}: one page, or every page with --all.", params, callback
    )


def _whole_list_command(info: ResourceInfo, params: list[click.Parameter]) -> click.Command:
    """``list`` of a resource whose list the API answers whole: one request, every record of its
    answer, and no page options (the API has no pages to choose)."""

    capped = info.listing == "capped"
    # Taken, so that a script passing --all to every list works on these too: a list answered
    # whole already is every page. A capped one cannot be had whole, which is said instead.
    params = [
        *params,
        click.Option(
            ["--all", "fetch_all"],
            is_flag=True,
            help=(
                "Refused: the API caps this list; narrow it with --filter instead."
                if capped
                else "Accepted and changes nothing: this list comes whole, in one answer."
            ),
        ),
    ]

    def callback(
        output: str,
        fields: tuple[str, ...],
        fetch_all: bool = False,
        filters: tuple[str, ...] = (),
        sorts: tuple[str, ...] = (),
        includes: tuple[str, ...] = (),
    ) -> None:
        if fetch_all and capped:
            raise InputError(
                f"{info.type} has no pages to fetch them all: the API answers one capped list; "
                "narrow it with --filter"
            )
        query = build_query(info, filters=filters, includes=includes, sorts=sorts, fields=fields)
        models = current_session().repository(info).list(query.params)
        records = (to_record(m, query.fields, query.includes) for m in models)
        cols = columns(info, query.fields)
        write_list(
            records,
            cols,
            output,
            caption=_whole_caption(info, models),
            all_columns=bool(fields),
            includes=query.includes,
        )

    if info.listing == "capped":
        what = (
            f"List {info.type}: one answer, capped by the API (the table's caption says how "
            "many matched; narrow with --filter)."
        )
    else:
        what = f"List {info.type}: every one, in one answer (the API does not paginate it)."
    return _command("list", what, params, callback)


def _whole_caption(info: ResourceInfo, answer: Any) -> str | None:
    """For a capped list, how many matched when the answer holds fewer: the API caps it."""
    matched = answer.meta.get("total_count") if info.listing == "capped" else None
    if not isinstance(matched, int) or isinstance(matched, bool) or matched <= len(answer):
        return None
    return (
        f"{len(answer)} shown of {matched} matched (the API caps this list: narrow with --filter)"
    )


def _iter_page_size(repository: Any, largest: int | None) -> int | None:
    """The page size to give ``iter`` when ``--page-size`` is not: none (the SDK's default), unless
    that default is more than the API accepts for the resource."""
    default = inspect.signature(repository.iter).parameters["page_size"].default
    if largest is not None and isinstance(default, int) and default > largest:
        return largest
    return None


def _page_caption(page: Any, number: int | None) -> str:
    total = getattr(page, "total_records", None)
    shown = f"{len(page)} shown" + (f" of {total}" if total is not None else "")
    if not page.has_next_page():
        return shown
    return f"{shown}; --page {(number or 1) + 1} for the next page, or --all for every page"


def _find_command(info: ResourceInfo) -> click.Command:
    params: list[click.Parameter] = [] if info.singleton else [_id_argument()]
    if info.includes:
        params.append(include_option(info.includes))
    params += [fields_option(), output_option()]

    def callback(
        output: str, fields: tuple[str, ...], id: str | None = None, includes: tuple[str, ...] = ()
    ) -> None:
        query = build_query(info, includes=includes, fields=fields)
        repository = current_session().repository(info)
        model = (
            repository.find(query.params) if info.singleton else repository.find(id, query.params)
        )
        _show(info, model, output, query)

    what = (
        f"Show the {info.class_name}."
        if info.singleton
        else f"Show {a_or_an(info.class_name)} by ID."
    )
    return _command("find", what, params, callback)


def _show(info: ResourceInfo, model: Any, output: str, query: Query | None = None) -> None:
    fields = query.fields if query is not None else {}
    includes = query.includes if query is not None else ()
    write_one(to_record(model, fields, includes), columns(info, fields), output)


# --- create, update, delete ---------------------------------------------------------------------


def _file_option() -> click.Option:
    return click.Option(
        ["--file", "document"],
        type=click.File("r", encoding="utf-8"),
        metavar="PATH",
        help='JSON: {"attributes": {...}, "relationships": {"rel": "ID"}}, or a record as -o '
        "json writes it (an update leaves out its read-only members, with a note); - reads "
        "stdin.",
    )


def _set_option(info: ResourceInfo, *, creating: bool) -> click.Option:
    names = ", ".join(settable_names(info, creating=creating)) or "nothing"
    return click.Option(
        ["--set", "sets"],
        multiple=True,
        metavar="NAME=VALUE",
        help="Set a field (repeatable; null always clears, so the text null takes --file; "
        f"lists are comma-separated, nested objects and lists of them are JSON): {names}."
        + _shapes(info, creating=creating),
    )


def _shapes(info: ResourceInfo, *, creating: bool) -> str:
    """What each nested object the command takes looks like, from the catalog: its ``type``
    and the members a request may send (``items``: {"type": "did_order_items", "sku_id", ...})."""
    allowed = ("writable", "create_only") if creating else ("writable",)
    parts = []
    for attribute in info.attributes:
        kind = parse_type(attribute.type)
        many = kind.kind == "list" and kind.item is not None
        if many and kind.item is not None:
            kind = kind.item
        if attribute.access not in allowed or kind.kind not in ("object", "union"):
            continue
        shapes = []
        for variant in current().variants(kind.name):
            if variant.read_only:
                continue
            members = [f'"{a.name}": ...' for a in variant.attributes if a.access in allowed]
            shapes.append("{" + ", ".join([f'"type": "{variant.wire_type}"', *members]) + "}")
        if shapes:
            each = "a list of " if many else ""
            parts.append(f"{attribute.name} is {each}{' or '.join(shapes)}")
    return f" JSON shapes: {'; '.join(parts)}." if parts else ""


def _changes(
    info: ResourceInfo,
    document: TextIO | None,
    sets: tuple[str, ...],
    *,
    creating: bool,
    id: str | None = None,
) -> list[Change]:
    from_file: list[Change] = []
    if document is not None:
        source = "stdin" if document.name == "<stdin>" else str(document.name)
        try:
            text = document.read(DOCUMENT_LIMIT + 1)
        except UnicodeDecodeError:
            raise InputError(f"{source} is not UTF-8 text") from None
        if len(text) > DOCUMENT_LIMIT:
            raise InputError(
                f"{source} holds more than {DOCUMENT_LIMIT:,} characters: a --file is one "
                "resource's JSON document"
            )
        left_out: list[str] = []
        kept: list[str] = []
        from_file = parse_document(
            info, text, source, creating=creating, id=id, left_out=left_out, kept=kept
        )
        if left_out:
            click.echo(
                f"didww: note: {source}: left out {', '.join(left_out)} (read-only or "
                "create-only: an update cannot change them)",
                err=True,
            )
        if kept:
            click.echo(
                f"didww: note: {source}: left out {', '.join(kept)}: the stored values stay",
                err=True,
            )
    return merge(from_file, parse_sets(info, sets, creating=creating))


def _create_command(info: ResourceInfo) -> click.Command:
    params: list[click.Parameter] = [
        _file_option(),
        _set_option(info, creating=True),
        output_option(),
    ]

    def callback(output: str, document: TextIO | None, sets: tuple[str, ...]) -> None:
        changes = _changes(info, document, sets, creating=True)
        _check_keys(info, changes)
        _check_linked(info, changes)
        model = build_model(info, changes)
        try:
            with write_under_way(_find_the_created(info, model)):
                created = current_session().repository(info).create(model)
        except ArgumentError:
            raise  # the command line's own wrong call: a bug, reported as one
        except ClientError as exc:
            raise InputError(in_cli_words(info, exc)) from None
        _show(info, created, output)

    return _command(
        "create",
        f"Create {a_or_an(info.class_name)} from --file and/or --set; shows what the API made.",
        params,
        callback,
    )


def _check_linked(info: ResourceInfo, changes: list[Change]) -> None:
    """Refuse, in the command line's words, a create without a relationship the API requires
    (an address's identity): the SDK would refuse it too, but name its Python forms."""
    given = {c.name: c for c in changes}
    for rel in info.relationships:
        change = given.get(rel.name)
        if not rel.required or (change is not None and change.value is not None):
            continue
        text = (
            f"{id_column(rel)} is required on create: the API makes no {info.class_name} "
            "without it"
        )
        if change is not None:  # given as null
            raise InputError(f"{change.source}: {text}")
        raise InputError(
            f"{text} (--set {id_column(rel)}=..., or relationships.{rel.name} in --file)"
        )


def in_cli_words(info: ResourceInfo, exc: ClientError) -> str:
    """An SDK refusal of a request (a required attribute, a condition between fields) naming
    the resource's fields as ``--set`` does: ``did_ids`` where the SDK says
    ``VoiceOutTrunk.dids``, ``company_name`` where it says ``Identity.company_name``, and so
    the members a condition's message mentions (``send exactly one of did_ids or
    emergency_calling_service_id``). Names of nested objects' classes are left as they are:
    their members are named within the JSON."""
    from didww._conditions import ConditionsBroken

    names = {attribute.name: attribute.name for attribute in info.attributes}
    ids = {rel.name: id_column(rel) for rel in info.relationships}
    names.update(ids)
    names.update({column: column for column in ids.values()})

    def cli_name(name: str) -> str:
        return names.get(name, name)

    if isinstance(exc, ConditionsBroken):
        return exc.restate(cli_name, cli_name)

    def named(match: re.Match[str]) -> str:
        return names.get(match[1], match[0])

    return re.sub(rf"\b{re.escape(info.class_name)}\.(\w+)", named, exc.message)


def _check_keys(info: ResourceInfo, changes: list[Change]) -> None:
    """Refuse, in the command line's words, a JSON object whose keys its attribute does not
    take (an export's ``filters``), or whose key has a value its document does not allow: the
    SDK would refuse it too, but name a Python escape hatch the command line does not have."""
    given = {c.name: c for c in changes}
    for attribute in info.attributes:
        keys, change = attribute.keys, given.get(attribute.name)
        if keys is None or change is None:
            continue
        choice = keys.choice_in({name: c.value for name, c in given.items()})
        refusal = keys.refusal(change.value, choice)
        if refusal is not None:
            raise InputError(
                f"{change.source}: {refusal.describe(attribute.name, keys.depends_on)}"
            )
        unfit = keys.value_refusal(change.value, choice)
        if unfit is not None:
            raise InputError(f"{change.source}: {unfit.describe(attribute.name, as_json=True)}")


def _update_command(info: ResourceInfo) -> click.Command:
    params: list[click.Parameter] = [
        _id_argument(),
        _set_option(info, creating=False),
        _file_option(),
        output_option(),
    ]

    def callback(output: str, id: str, document: TextIO | None, sets: tuple[str, ...]) -> None:
        changes = _changes(info, document, sets, creating=False, id=id)
        if not changes:
            raise InputError("nothing to update: give --set NAME=VALUE or --file")
        repository = current_session().repository(info)
        model = build_model(info, _onto_stored_objects(repository, id, changes), id=id)
        try:
            check = f"`didww {command_word(info)} find {id}` shows whether the change was made"
            with write_under_way(check):
                updated = repository.update(model)
        except ArgumentError:
            raise  # as in create
        except ClientError as exc:
            raise InputError(in_cli_words(info, exc)) from None
        _show(info, updated, output)

    return _command(
        "update",
        f"Change {a_or_an(info.class_name)}: only the fields given are sent; the members given "
        "of a nested object (a trunk's configuration) change and its others stay.",
        params,
        callback,
    )


def _find_the_created(info: ResourceInfo, model: Any) -> str:
    """How to find out whether a create of ``model`` that Ctrl-C interrupted was carried out:
    an order is found by its own external_reference_id, when it has one."""
    listing = f"didww {command_word(info)} list"
    reference = model.__dict__.get("external_reference_id") if info.type == "orders" else None
    if isinstance(reference, str) and reference:
        return (
            f"`{listing} --filter external_reference_id={shlex.quote(reference)}` shows "
            "whether it was placed"
        )
    done = "placed" if info.type == "orders" else "made"
    return f"`{listing}` shows whether it was {done}"


def _onto_stored_objects(repository: Any, id: str, changes: list[Change]) -> list[Change]:
    """``changes`` with each nested object given (``--set configuration=...``) laid over the
    stored one of the same type, which is fetched first: the object is then sent whole, with the
    members given changed and the others as stored. Sent as given, an object replaces the stored
    one on an API version that replaces (2026-04-16 resets every SIP setting left out of a
    trunk's configuration). A new type, or null, is sent as given."""
    if not any(_given_object(c) for c in changes):
        return changes
    stored_model = repository.find(id)
    out = []
    for change in changes:
        if _given_object(change) and stored_model.is_loaded(change.name):
            stored = getattr(stored_model, change.name)
            if type(stored) is type(change.value):
                # A secret given as [FILTERED] was left out when the value was read (see
                # cli/_values.py), so the stored one stays.
                stored._overlay(change.value)
                change = replace(change, value=stored)
        out.append(change)
    return out


def _given_object(change: Change) -> bool:
    return isinstance(change.value, NestedObject) and not change.value._is_fallback


def _delete_command(info: ResourceInfo) -> click.Command:
    # A delete that cancels (an order) leaves the resource there, canceled: say so.
    done = "canceled" if info.delete_cancels else "deleted"

    def callback(id: str) -> None:
        check = f"`didww {command_word(info)} find {id}` shows whether it was {done}"
        with write_under_way(check):
            current_session().repository(info).delete(id)
        click.echo(printable(f"{done} {info.type} {id}"))

    text = (
        f"Cancel {a_or_an(info.class_name)} by ID (the API keeps it, canceled)."
        if info.delete_cancels
        else f"Delete {a_or_an(info.class_name)} by ID."
    )
    return _command("delete", text, [_id_argument()], callback)


_MAKERS: dict[str, Callable[[ResourceInfo], click.Command]] = {
    "list": _list_command,
    "find": _find_command,
    "create": _create_command,
    "update": _update_command,
    "delete": _delete_command,
}
