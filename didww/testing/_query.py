"""Query strings: parsed, checked against the catalog, and rebuilt for pagination links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._schema import DEFAULT_PAGE_SIZE, Schema

_BRACKETED = re.compile(r"^(filter|page|fields)\[([^\[\]]*)\]$")


@dataclass
class Query:
    """The JSON:API parameters of one request."""

    include: list[tuple[str, ...]] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: list[tuple[str, bool]] = field(default_factory=list)
    """(field, descending) pairs, in priority order."""
    page_number: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    fields: dict[str, set[str]] = field(default_factory=dict)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    """Every decoded parameter as sent, to rebuild links from."""


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _positive(name: str, value: str, maximum: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1 or (maximum is not None and number > maximum):
        limit = f" and at most {maximum}" if maximum is not None else ""
        raise err.bad_request(
            f"{value!r} is not a valid value for {name}: expected an integer of at least 1{limit}.",
            err.INVALID_PAGE_VALUE,
            title="Invalid page value",
        )
    return number


def parse_query(schema: Schema, info: ResourceInfo, raw: str, *, collection: bool) -> Query:
    """Decode and check a (percent-encoded) query string; raises 400 for anything not allowed.

    A page may be at most as large as the catalog allows for the resource."""
    query = Query(pairs=parse_qsl(raw, keep_blank_values=True))
    default_size, max_size = schema.page_size(info.type)
    if collection:
        query.page_size = default_size
    for name, value in query.pairs:
        match = _BRACKETED.match(name)
        family, key = match.groups() if match else (name, "")
        if family == "include":
            for path in _split(value):
                steps = tuple(path.split("."))
                reason = schema.include_error(info.type, steps)
                if reason is not None:
                    raise err.bad_request(
                        reason + ".", err.INVALID_INCLUDE, title="Invalid include"
                    )
                if steps not in query.include:
                    query.include.append(steps)
        elif family == "fields" and match:
            if key not in schema.resources:
                raise err.bad_request(
                    f"{key} is not a valid resource type.", err.INVALID_FIELD, title="Invalid field"
                )
            names = set(_split(value))
            unknown = sorted(names - schema.field_names(key))
            if unknown:
                raise err.bad_request(
                    f"{unknown[0]} is not a valid field for {key}.",
                    err.INVALID_FIELD,
                    title="Invalid field",
                )
            query.fields[key] = query.fields.get(key, set()) | names
        elif family == "filter" and match and collection:
            if key not in info.filters:
                raise err.bad_request(
                    f"{key} is not allowed.", err.FILTER_NOT_ALLOWED, title="Filter not allowed"
                )
            # Repeated keys add to the list, like a comma-separated value does; a filter the
            # document gives one value takes it whole, commas included.
            if key in info.one_value_filters:
                query.filters[key] = [value]  # a repeated key is no list here: the last counts
            else:
                query.filters.setdefault(key, []).extend(_split(value) or [""])
        elif family == "sort" and collection:
            for item in _split(value):
                descending = item.startswith("-")
                name_ = item[1:] if descending else item
                if name_ not in info.sorts:
                    raise err.bad_request(
                        f"{name_} is not a valid sort criteria for {info.type}.",
                        err.INVALID_SORT,
                        title="Invalid sort criteria",
                    )
                query.sort.append((name_, descending))
        elif family == "page" and match and collection:
            if key == "number":
                query.page_number = _positive("page[number]", value)
            elif key == "size":
                query.page_size = _positive("page[size]", value, max_size)
            else:
                raise err.bad_request(
                    f"page[{key}] is not a valid page parameter; use page[number] and page[size].",
                    err.INVALID_PAGE_VALUE,
                    title="Invalid page object",
                )
        else:
            raise err.bad_request(
                f"{name} is not allowed.", err.PARAM_NOT_ALLOWED, title="Param not allowed"
            )
    return query


def with_page(pairs: list[tuple[str, str]], number: int, size: int) -> str:
    """The query string of ``pairs`` pointing at another page."""
    kept = [(k, v) for k, v in pairs if not k.startswith("page[")]
    kept += [("page[number]", str(number)), ("page[size]", str(size))]
    # Brackets, commas and dots stay readable; everything else is percent-encoded.
    return urlencode(kept, safe="[],.-", quote_via=quote)
