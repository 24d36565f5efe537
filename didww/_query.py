"""Query parameters for list and find: include, filter, sort, page and sparse fieldsets.

:class:`QueryParams` is immutable: every builder returns a new object, so a shared base query can
be refined in many ways without one refinement leaking into another. Names are checked against the
spec when the query is sent (:func:`check_query`), where the resource and operation are known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from didww._api import package_of, versions
from didww._arguments import check_methods
from didww._codecs import (
    BOOLEAN,
    DATE,
    DATETIME,
    DECIMAL,
    INTEGER,
    STRING,
    Codec,
    ObjectCodec,
    VariantTypeFilter,
    format_datetime,
    integer_refusal,
    is_decimal_text,
    is_timestamp_text,
    lone_surrogate,
    surrogate_refusal,
)
from didww._errors import (
    FILTERED,
    ClientError,
    a_or_an,
    is_secret_name,
    redact_query_value,
    shown,
    shown_value,
)

if TYPE_CHECKING:
    from didww._fields import Field
    from didww._resource import Resource

FilterValue = str | int | bool | Decimal | dt.date | Sequence[str | int | Decimal | dt.date]
"""A filter value: a string, an integer, a boolean, an enum member, a date or an aware datetime,
or a list or tuple of them (any of which matches)."""
V = TypeVar("V")


class Unchecked(str):
    """A query name sent as it is, without checking it against the spec.

    The escape hatch for a filter, sort, include or sparse-field name newer than this SDK::

        QueryParams().filter(didww.Unchecked("brand_new_filter"), "x")

    Everything else is checked before sending, so a typo fails here rather than at the server.
    The value of a filter named this way is sent as given too, commas included.
    """

    __slots__ = ()

    def __new__(cls, name: str) -> Unchecked:
        # str() takes anything: Unchecked(None) would send filter[None].
        if not isinstance(name, str) or not name:
            raise ClientError(f"Unchecked() takes a non-empty str, got {shown_value(name)}")
        return super().__new__(cls, name)

    def __repr__(self) -> str:
        return f"Unchecked({str.__repr__(self)})"


def _text(value: object, what: str, *, lower_bound: bool = False) -> str:
    """One filter value as the API spells it; an enum member as its wire value. The API's
    timestamps have milliseconds: a datetime with a finer part is rounded towards the inside of
    a bound, up for a ``lower_bound`` (``created_at_gteq``), else down, so that the bound never
    takes in what it was meant to leave out."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # str.__str__ and int.__repr__ give the plain value of a subclass (an enum member)
        # whatever its own __str__ says.
        text = str.__str__(value)
        if text:
            _check_sendable(text, what)
            return text
    elif isinstance(value, int):
        refusal = integer_refusal(value)
        if refusal is not None:
            raise ClientError(f"{what}: {refusal}")
        return int.__repr__(value)
    elif isinstance(value, dt.datetime):
        if value.utcoffset() is None:
            # Taken as UTC it would be off by the caller's own offset, with nothing to show it.
            raise ClientError(
                f"{what}: {shown_value(value)} has no timezone, so the moment it names is "
                "unknown: give it one (datetime.now(timezone.utc), "
                "dt.replace(tzinfo=timezone.utc))"
            )
        finer = value.microsecond % 1000
        if lower_bound and finer:
            try:
                value += dt.timedelta(microseconds=1000 - finer)
            except OverflowError:
                raise ClientError(
                    f"{what}: {shown_value(value)} is past the last moment a bound can name"
                ) from None
        try:
            return format_datetime(value)
        except ClientError as exc:
            raise ClientError(f"{what}: {exc.message}") from None
    elif isinstance(value, dt.date):
        return value.isoformat()
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ClientError(f"{what}: {value} is not a number the API can compare with")
        return format(value, "f")
    raise ClientError(
        f"{what}: expected a non-empty string, an integer, a decimal, a boolean, an enum "
        "member, a date or a datetime, or a list or tuple of them, got "
        f"{type(value).__name__} {shown_value(value)}"
    )


class _AnyOf(str):
    """A filter value joined from a list of several values: "any of" them. A filter that takes
    one value refuses it when the query is checked against the resource (see
    :func:`check_query`)."""

    __slots__ = ()


class _WithComma(str):
    """One filter value holding a comma. A filter that takes a list would split it and match
    each part, so it is refused for those when the query is checked against the resource; a
    filter that takes one value sends it whole."""

    __slots__ = ()


class _Empty(str):
    """An empty filter value, which a filter takes only where the version's document says so
    (see :func:`check_query`): elsewhere it matches nothing."""

    __slots__ = ()


class _UncheckedValues(Unchecked):
    """A filter's text holding a value newer than the SDK: its shape is checked, not its
    values, except that a value made with an enum's ``unchecked()`` must be of the enum the
    filtered attribute has (``enums``: those enums)."""

    enums: frozenset[type[Enum]] = frozenset()
    known: tuple[Enum | bool, ...] = ()
    """The members this SDK knows given beside the values newer than it, and the booleans:
    judged as :attr:`_OfMembers.members` are."""
    # No __slots__: the instance keeps its ``enums`` (str subclasses take no slots of their own).


class _UncheckedOne(_UncheckedValues):
    """One value newer than the SDK."""


class _UncheckedAnyOf(_AnyOf, _UncheckedValues):
    """:class:`_AnyOf` holding a value newer than the SDK."""


class _UncheckedWithComma(_WithComma, _UncheckedValues):
    """:class:`_WithComma` holding a value newer than the SDK."""


class _OfMembers(str):
    """A filter's text holding enum members the SDK knows (``members``): each must be of the
    enum the filtered attribute has, which :func:`check_query` judges, as assigning it would.
    A member of another enum may spell one of the attribute's values by chance
    (``ExportStatus.COMPLETED`` for an order's status)."""

    members: tuple[Enum | bool, ...] = ()
    """The enum members given, and the booleans, which a text filter refuses (their text,
    ``true``, would pass as one)."""
    # No __slots__: the instance keeps its ``members`` (see _UncheckedValues).


class _MembersOne(_OfMembers):
    """One enum member."""


class _MembersAnyOf(_AnyOf, _OfMembers):
    """:class:`_AnyOf` holding enum members."""


class _MembersWithComma(_WithComma, _OfMembers):
    """:class:`_WithComma` holding an enum member (a value with a comma)."""


_MEMBER_SHAPES: dict[str, type[_OfMembers]] = {
    "one": _MembersOne,
    "any_of": _MembersAnyOf,
    "with_comma": _MembersWithComma,
}
"""The class a filter's text holding enum members is kept as, by its shape."""


_TEXT_SHAPES: dict[type[str], type[str]] = {
    _MembersOne: str,
    _MembersAnyOf: _AnyOf,
    _MembersWithComma: _WithComma,
}
"""The class of the same text given without enum members, by the class holding them."""


def _shape_of(text: str) -> type[str]:
    """The class that says how a filter's text is judged, for query equality: members given
    as enum members or as their text are judged alike (a member of another enum than the
    attribute's is refused when sent, whatever the query compares equal to)."""
    kind = type(text)
    return _TEXT_SHAPES.get(kind, kind)


_SHAPES: dict[tuple[str, bool], type[str]] = {
    ("one", False): str,
    ("one", True): _UncheckedOne,
    ("any_of", False): _AnyOf,
    ("any_of", True): _UncheckedAnyOf,
    ("with_comma", False): _WithComma,
    ("with_comma", True): _UncheckedWithComma,
}
"""The class a filter's text is kept as, by its shape and whether a value is newer than the
SDK: what :func:`check_query` needs to judge it against the resource's filter."""


def _comma_refusal(key: str, text: str) -> str:
    return (
        f"filter[{key}]: {shown(str.__str__(text))} contains a comma, which the API reads as "
        "'any of': it would match each comma-separated part, never this value. To match any of "
        f"several values, pass them as a list: filter({key!r}, ['a', 'b'])"
    )


def _filter_text(key: str, value: object) -> str:
    """``filter[key]`` as sent, of the class :func:`check_query` judges it by (see
    :data:`_SHAPES`); what no filter could take is refused here."""
    # A filter newer than the SDK: whether its value may hold commas is the caller's call.
    raw = isinstance(key, Unchecked)
    if isinstance(value, (list, tuple)):
        if not value:
            raise ClientError(f"filter[{key}]: an empty list matches nothing")
        items: Sequence[object] = value
    elif isinstance(value, str) and not str.__str__(value) and not raw:
        return _Empty()  # judged when the query meets the resource: a few filters take one
    else:
        # Only a list or tuple is a list of values: bytes, a dict or a set would otherwise be
        # taken apart into values nobody meant (b"12" into 49,50).
        items = (value,)
    lower_bound = key.endswith("_gteq")
    texts = [_text(v, f"filter[{key}]", lower_bound=lower_bound) for v in items]
    if len(texts) > 1:
        for text in texts:
            if "," in text and not raw:
                raise ClientError(_comma_refusal(key, text))
    text = ",".join(texts)
    if raw:  # a filter newer than the SDK is checked by nothing: sent as it is
        return text
    shape = "any_of" if len(texts) > 1 else "with_comma" if "," in text else "one"
    # Whether a comma is refused, and whether a list is, depends on the filter; a value newer
    # than the SDK skips only the check of the values themselves.
    if not any(_unchecked_value(v) for v in items):
        members = tuple(v for v in items if isinstance(v, (Enum, bool)))
        if not members:
            return _SHAPES[(shape, False)](text)
        holding = _MEMBER_SHAPES[shape](text)
        holding.members = members
        return holding
    kept = _SHAPES[(shape, True)](text)
    assert isinstance(kept, _UncheckedValues)
    kept.enums = frozenset(type(v) for v in items if isinstance(v, Enum) and _unchecked_value(v))
    kept.known = tuple(v for v in items if isinstance(v, (Enum, bool)) and not _unchecked_value(v))
    return kept


def _unchecked_value(value: object) -> bool:
    """Whether a filter value was marked as newer than this SDK: an enum value made with
    ``unchecked()`` that no member has, or a value wrapped in :class:`Unchecked`."""
    return isinstance(value, Unchecked) or getattr(value, "is_known", True) is False


def _name(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ClientError(f"{what}: expected a non-empty string, got {shown_value(value)}")
    _check_sendable(value, what)  # an Unchecked name is never checked against the spec
    return value


def _sort_field(value: object) -> str:
    """A sort field as given: a name, with one ``-`` in front for descending order."""
    name = _name(value, "sort")
    if (name == "-" or name.startswith("--")) and not isinstance(name, Unchecked):
        raise ClientError(
            f"sort: {shown(name)} is no field name: give one after a single '-' "
            "(descending), as in '-created_at'"
        )
    return name


def _check_sendable(text: str, what: str) -> None:
    """Refuse text no URL can carry (a lone surrogate, see :func:`lone_surrogate`) when it is
    given, rather than let it fail as a bare UnicodeEncodeError when the request is built."""
    index = lone_surrogate(text)
    if index is not None:
        raise ClientError(f"{what}: {shown(text)} {surrogate_refusal(text, index)}")


class QueryParams:
    """An immutable builder of JSON:API query parameters; every method returns a new query.

    >>> base = QueryParams().include("did_group")
    >>> base.filter("number_contains", ["12", "34"]).page(1, 25)
    QueryParams('include=did_group&filter[number_contains]=12,34&page[number]=1&page[size]=25')
    >>> base
    QueryParams('include=did_group')
    """

    __slots__ = ("_fields", "_filters", "_include", "_memo", "_page", "_sort")
    _PARTS = ("_fields", "_filters", "_include", "_page", "_sort")

    _include: tuple[str, ...]
    _filters: tuple[tuple[str, str], ...]
    _sort: tuple[str, ...]
    _page: tuple[tuple[str, int], ...]
    _fields: tuple[tuple[str, tuple[str, ...]], ...]
    _memo: dict[Any, Any] | None
    """Values derived from this query (see :meth:`_cached`); never copied to a new query."""

    def __init__(self) -> None:
        for slot in QueryParams._PARTS:
            object.__setattr__(self, slot, ())
        object.__setattr__(self, "_memo", None)

    def _with(self, **changes: object) -> QueryParams:
        other = QueryParams.__new__(QueryParams)
        for slot in QueryParams._PARTS:
            object.__setattr__(other, slot, changes.get(slot[1:], getattr(self, slot)))
        object.__setattr__(other, "_memo", None)
        return other

    def _cached(self, key: Any, compute: Callable[[QueryParams], V]) -> V:
        """``compute(self)``, worked out once per ``key``: the query never changes, so what is
        derived from it (its encoded form, a passed check) holds for its lifetime. Kept on the
        query object itself rather than in a table keyed by query, because equal queries may
        differ in what they may send (``Unchecked("x") == "x"``)."""
        memo = self._memo
        if memo is None:
            memo = {}
            object.__setattr__(self, "_memo", memo)
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        # Computed outside the handler: a refusal raised by ``compute`` would otherwise show
        # this lookup's KeyError as its context, as though the SDK had failed first.
        value = memo[key] = compute(self)
        return value

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("QueryParams is immutable: its methods return a new query")

    # Immutable: a copy is the query itself, and a pickle rebuilds it from its parts (a page
    # pickled to a cache keeps its next page's query). Its memo is not kept.
    def __copy__(self) -> QueryParams:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> QueryParams:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt_query, tuple(getattr(self, slot) for slot in QueryParams._PARTS))

    def include(self, *paths: str) -> QueryParams:
        """Side-load related resources (dotted paths for nested ones)."""
        added = dict.fromkeys(_name(p, "include") for p in paths)  # a path once, in order
        return self._with(include=self._include + tuple(p for p in added if p not in self._include))

    def filter(self, key: str, value: FilterValue) -> QueryParams:
        """Filter a list by one value (a string, an integer, a decimal, a boolean, an enum member,
        a date or an aware datetime), or by any of the values of a list or tuple, which is sent
        comma-joined.

        A datetime is sent as the API writes timestamps (UTC, ``2026-04-16T10:00:00.000Z``); one
        without a timezone is refused. A date is sent as ``2026-04-16``, which a bound on a
        timestamp (``created_at_lteq``) reads as midnight UTC at the start of that day; a bound
        the reference marks as taking in the whole day (2026-10-22's orders
        ``created_at_lteq``) takes in all of the day its value falls in, whatever the time.

        Most filters take a comma-separated list, so a value containing a comma raises
        :class:`~didww.ClientError` when the query is used (the API would read it as a list);
        a filter the API version documents as taking one value sends such a value whole, and
        refuses a list instead. Filtering on a key again replaces its value.
        """
        key = _name(key, "filter key")
        text = _filter_text(key, value)
        kept = tuple((k, v) for k, v in self._filters if k != key)
        return self._with(filters=(*kept, (key, text)))

    def sort(self, *fields: str) -> QueryParams:
        """Sort by fields, in order; prefix a field with ``-`` to sort descending. A field
        sorts once: naming it again (either way) raises :class:`~didww.ClientError`, since the
        API would take one of the two directions, not the one meant."""
        sort = self._sort
        for field in fields:
            added = _sort_field(field)
            name = str.__str__(added).removeprefix("-")
            earlier = next((f for f in sort if str.__str__(f).removeprefix("-") == name), None)
            if earlier is not None:
                raise ClientError(
                    f"sort: {name!r} is already in the sort (as {str.__str__(earlier)!r}); a "
                    "field sorts once"
                )
            sort += (added,)
        return self._with(sort=sort)

    def page(self, number: int | None = None, size: int | None = None) -> QueryParams:
        """Select a page (1-based) and page size."""
        page = dict(self._page)
        for name, value in (("number", number), ("size", size)):
            if value is None:
                continue
            refusal = integer_refusal(value) if isinstance(value, int) else None
            if refusal is not None:  # before the repr below, which could not write it
                raise ClientError(f"page[{name}]: {refusal}")
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ClientError(
                    f"page[{name}] must be a positive integer, got {shown_value(value)}"
                )
            page[name] = value
        return self._with(page=tuple(page.items()))

    @property
    def page_number(self) -> int | None:
        """The page number set with :meth:`page`, if any."""
        return dict(self._page).get("number")

    @property
    def page_size(self) -> int | None:
        """The page size set with :meth:`page`, if any."""
        return dict(self._page).get("size")

    def fields(
        self, resource_type: str, names: list[str] | tuple[str, ...] | AbstractSet[str]
    ) -> QueryParams:
        """Sparse fieldset: only these attributes and relationships of ``resource_type``;
        ``names`` is a list (or a tuple or set) of names, not one string: a type checker
        refuses ``fields("dids", "number")``, which is also refused at run time."""
        resource_type = _name(resource_type, "fields type")
        if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
            raise ClientError(
                f"fields[{resource_type}]: expected a list of field names, got "
                f"{type(names).__name__} {shown_value(names)} "
                f"(write fields({resource_type!r}, [...]))"
            )
        chosen = tuple(dict.fromkeys(_name(n, f"fields[{resource_type}]") for n in names))
        if not chosen:
            raise ClientError(f"fields[{resource_type}]: name at least one field")
        kept = tuple((t, n) for t, n in self._fields if t != resource_type)
        return self._with(fields=(*kept, (resource_type, chosen)))

    def to_list(self) -> list[tuple[str, str]]:
        """The parameters as ordered (name, value) pairs."""
        pairs: list[tuple[str, str]] = []
        if self._include:
            pairs.append(("include", ",".join(self._include)))
        pairs.extend((f"filter[{k}]", v) for k, v in self._filters)
        if self._sort:
            pairs.append(("sort", ",".join(self._sort)))
        pairs.extend((f"page[{k}]", str(v)) for k, v in self._page)
        pairs.extend((f"fields[{t}]", ",".join(n)) for t, n in self._fields)
        return pairs

    def copy(self) -> QueryParams:
        """The same query (it is immutable, so it is its own copy)."""
        return self

    def _identity(self) -> tuple[Any, ...]:
        """What equality compares: the parameters, and each filter value's shape (a list, or
        one value holding a comma), which the same text can have either way and which decides
        whether a filter takes it."""
        shapes = tuple(_shape_of(text) for _, text in self._filters)
        return (tuple(self.to_list()), shapes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueryParams):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def __repr__(self) -> str:
        # Encoded as the URL carries it, so that a value holding "&" or "=" reads as one
        # value; brackets, commas and colons stay as they are, for the query to stay readable.
        # A parameter named like a secret (an unchecked filter[api_key]) shows no value, and a
        # URL's password in a value is hidden, as in the request log.
        pairs = (
            f"{quote(k, safe='[].')}="
            f"{FILTERED if is_secret_name(k) else quote(redact_query_value(v), safe=',:[]')}"
            for k, v in self.to_list()
        )
        return f"QueryParams({'&'.join(pairs)!r})"


check_methods(QueryParams)  # a misspelt keyword raises ArgumentError, not TypeError


# -- checking a query against the spec ----------------------------------------------------------


def closest_name(name: str, valid: Iterable[str]) -> str | None:
    """The one of ``valid`` that ``name`` most likely misspells, or None: the suggestion of
    every "unknown name" error, the SDK's and the CLI's alike."""
    import difflib  # only for these errors' hint: not worth loading with `import didww`

    close = difflib.get_close_matches(name, sorted(valid), n=1)
    return close[0] if close else None


def _unknown(
    operation: str, what: str, name: str, valid: Iterable[str], model: type[Resource] | None = None
) -> ClientError:
    options = sorted(valid)
    text = f"{operation}: unknown {what} {name!r}"
    close = closest_name(name, options)
    text += f"; did you mean {close!r}?" if close else "."
    text += f" Valid: {', '.join(options)}." if options else f" This operation takes no {what}."
    found = _versions_knowing(model, what, name) if model is not None else []
    if model is not None and found:
        # Sending it wrapped in Unchecked would only get the API's 400: this version lacks it.
        text += (
            f" It is {a_or_an(what)} of API version {' and '.join(found)}, not of "
            f"{model._REGISTRY.version}: use the clients of {package_of(found[-1])} to send it."
        )
    else:
        text += f" ({a_or_an(what).capitalize()} newer than this SDK can be sent as "
        text += f"didww.Unchecked({name!r}).)"
    return ClientError(text)


_CATALOG_FAMILIES = {"filter": "filters", "sort": "sorts", "include": "includes"}


def _versions_knowing(model: type[Resource], what: str, name: str) -> list[str]:
    """The other API versions whose resource of ``model``'s type takes the ``what`` (a filter, a
    sort, an include's first hop) called ``name``. Their catalogs are loaded: error path only."""
    import importlib

    family = _CATALOG_FAMILIES.get(what)
    if family is None:  # a later hop of an include: a relationship, not a catalog name
        return []
    own = model._REGISTRY.version
    found = []
    for version in versions():
        if version == own:
            continue
        catalog = importlib.import_module(f"{package_of(version)}.catalog")
        info = catalog.RESOURCES.get(model.TYPE)
        names = getattr(info, family, ()) if info is not None else ()
        if name in (n.split(".", 1)[0] if family == "includes" else n for n in names):
            found.append(version)
    return found


def check_query(
    params: QueryParams,
    operation: str,
    *,
    listing: bool,
    list_shape: str = "paginated",
    page_size_max: int | None = None,
    model: type[Resource],
    filters: frozenset[str],
    sorts: frozenset[str],
    includes: frozenset[str],
    one_value_filters: frozenset[str] = frozenset(),
    empty_value_filters: frozenset[str] = frozenset(),
    filter_types: Mapping[str, str] | None = None,
) -> None:
    """Refuse, before anything is sent, a name the spec does not give this resource and
    operation; names wrapped in :class:`Unchecked` pass as they are. ``list_shape`` is how the
    resource's list is answered (the catalog's ``listing``): one answered whole has no pages to
    ask for."""
    if not listing:
        for family, present in (
            ("filter", params._filters),
            ("sort", params._sort),
            ("page", params._page),
        ):
            if present:
                raise ClientError(f"{operation}: {family} applies to list() and iter() only")
    elif params._page and list_shape != "paginated":
        raise ClientError(_whole_refusal(operation, model.TYPE, list_shape))
    elif page_size_max is not None:
        check_page_size(operation, params.page_size, page_size_max, model)
    for key, text in params._filters:
        if isinstance(key, Unchecked):
            continue
        if key not in filters:
            raise _unknown(operation, "filter", key, filters, model)
        if isinstance(text, _Empty):
            if key in empty_value_filters:
                continue
            raise ClientError(
                f"{operation}: filter[{key}]: an empty value matches nothing in API "
                f"{model._REGISTRY.version} (give a non-empty string, or leave the filter out)"
            )
        one = key in one_value_filters
        if one and isinstance(text, _AnyOf):
            raise ClientError(_one_value_refusal(operation, key, model))
        if not one and isinstance(text, _WithComma):
            raise ClientError(f"{operation}: {_comma_refusal(key, text)}")
        type_ = filter_types.get(key) if filter_types else None
        if isinstance(text, _UncheckedValues):
            # A value newer than the SDK: its shape was judged, and its enum, not its value;
            # the members given beside it are judged as always.
            _check_members(operation, key, text.known, model, type_)
            _check_unchecked_enums(operation, key, text.enums, model, type_)
            # A boolean's text is judged as without such a value beside it (`true` is no
            # order status), as the text check, skipped here, would.
            booleans = [str(m).lower() for m in text.known if isinstance(m, bool)]
            if booleans:
                _check_filter_values(operation, key, booleans, model, type_)
            continue
        if isinstance(text, _OfMembers):
            _check_members(operation, key, text.members, model, type_)
        items = [text] if one else text.split(",")
        try:
            _check_filter_values(operation, key, items, model, type_)
        except ClientError:
            if one and "," in text:
                # A status or a number holds no comma: a list was meant, as the shape says.
                raise ClientError(_one_value_refusal(operation, key, model)) from None
            raise
    for field in params._sort:
        name = field[1:] if field.startswith("-") else field
        if not isinstance(field, Unchecked) and name not in sorts:
            raise _unknown(operation, "sort", name, sorts, model)
    for path in params._include:
        if not isinstance(path, Unchecked):
            _check_include(operation, path, model, includes)
    for type_, names in params._fields:
        _check_fields(operation, type_, names, model)
    if params._fields and params._include:
        fieldsets = dict(params._fields)
        for path in params._include:
            if not isinstance(path, Unchecked):
                _check_include_in_fieldsets(operation, path, model, fieldsets)


def _check_include_in_fieldsets(
    operation: str, path: str, model: type[Resource], fieldsets: Mapping[str, tuple[str, ...]]
) -> None:
    """Refuse an include whose hop every fieldset of its owners leaves out: the API then sends
    neither the relationship nor (or, unlinked, to no use) the resources it leads to, and the
    answer would raise on the read that wanted them. Where the path has reached several types
    (a proof's ``entity``: an identity or an address), one that keeps the hop (in its fieldset,
    or having none) is enough for the include to give something."""
    owners: list[type[Resource]] = [model]
    for hop in path.split("."):
        having = [cls for cls in owners if hop in cls._RELATIONSHIPS]
        dropping = [cls.TYPE for cls in having if hop not in fieldsets.get(cls.TYPE, (hop,))]
        if having and len(dropping) == len(having):
            where = " and ".join(f"fields[{type_}]" for type_ in dropping)
            raise ClientError(
                f"{operation}: include {path!r} needs {hop!r} in {where}: the API leaves out a "
                "relationship its fieldset does not list, and with it the resources it "
                f"includes; add {hop!r} to that fieldset, or leave the include out"
            )
        owners = _reached(model, owners, hop)


def _reached(model: type[Resource], owners: list[type[Resource]], hop: str) -> list[type[Resource]]:
    """The model classes that relationship ``hop`` of ``owners`` leads to (of ``model``'s
    version), for the next hop of an include path."""
    targets = {
        target
        for cls in owners
        if hop in cls._RELATIONSHIPS
        for target in cls._RELATIONSHIPS[hop].targets
    }
    return [c for c in (model._registry_class(t) for t in sorted(targets)) if c is not None]


def check_page_size(
    operation: str, size: int | None, page_size_max: int, model: type[Resource]
) -> None:
    """Refuse a page size above the largest the API states for the list: it answers 400."""
    if size is not None and size > page_size_max:
        version = model._REGISTRY.version
        raise ClientError(
            f"{operation}: a page holds at most {page_size_max} {model.TYPE} in API {version}, "
            f"got a page size of {size}"
        )


def _one_value_refusal(operation: str, key: str, model: type[Resource]) -> str:
    version = model._REGISTRY.version
    return (
        f"{operation}: filter[{key}] takes one value in API {version}, got a list: the API "
        "would read the values joined by commas as one"
    )


def _whole_refusal(operation: str, type_: str, list_shape: str) -> str:
    text = (
        f"{operation}: the {type_} list is answered whole, in one answer without pages, so its "
        "query takes no page()"
    )
    if list_shape == "capped":
        return (
            f"{text}; the answer holds at most as many records as the API allows and "
            "meta['total_count'] says how many matched: narrow it with filters instead"
        )
    return f"{text}; leave page() out: list() returns every match"


def _check_unchecked_enums(
    operation: str,
    key: str,
    enums: frozenset[type[Enum]],
    model: type[Resource],
    type_: str | None,
) -> None:
    """Refuse a value made with the ``unchecked()`` of another enum than the filtered
    attribute's: ``OrderStatus.unchecked("x")`` given to a DID filter. Its value is sent
    unchecked; its enum says what the caller meant, and another enum is a mistake."""
    _, codec = _filter_codec(key, model, type_)
    for enum in sorted(enums, key=lambda e: e.__qualname__):
        refusal = codec.enum_refusal(enum) if codec is not None else None
        if refusal is not None:
            raise ClientError(f"{operation}: filter[{key}]: the value {refusal}")


def _check_members(
    operation: str,
    key: str,
    members: tuple[Enum | bool, ...],
    model: type[Resource],
    type_: str | None,
) -> None:
    """Refuse a member of another enum than the filtered attribute's, as assigning it to the
    attribute is refused: its text may match one of the attribute's values by chance, which
    hides the mistake until the two enums part. A boolean given for a text attribute is refused
    too: ``true`` is text as well, and would match nothing."""
    _, codec = _filter_codec(key, model, type_)
    if codec is None:
        return
    for member in members:
        if isinstance(member, bool):
            refused = codec.boolean_refusal()
            refusal = None if refused is None else f"{member} {refused}"
        else:
            refusal = codec.member_refusal(member)
        if refusal is not None:
            raise ClientError(f"{operation}: filter[{key}]: {refusal}")


def _filter_codec(key: str, model: type[Resource], type_: str | None) -> tuple[str, Codec | None]:
    """A filter's operator (``_gteq``, ``_contains``, ``""`` for none) and the codec whose
    values it compares with: the spec's type for the filter (``type_``), else the attribute it
    names (``status``, ``created_at_gteq``, ``did_group.features``); none for ``_contains``,
    which takes any text."""
    # The catalog module describes whole API versions; `import didww` does not load it.
    from didww._catalog import filter_operator

    attribute = model._ATTRIBUTES.get(key)
    operator, base = "", key
    if attribute is None:
        operator, base = filter_operator(key)
        if operator == "_contains":
            return operator, None
        attribute = model._ATTRIBUTES.get(base) if operator else _related_attribute(key, model)
    if type_ is not None:
        return operator, _FILTER_CODECS[type_]
    if attribute is None and base.startswith("meta."):
        return operator, _meta_codec(model, base[len("meta.") :])
    if attribute is None and not operator:
        return operator, _variant_type_filter(key, model)
    return operator, None if attribute is None else attribute.codec


def _variant_type_filter(key: str, model: type[Resource]) -> Codec | None:
    """The codec of a filter on the ``type`` of a nested object the resource holds
    (``configuration.type``), whose values are its variants' wire types; None for any other
    key."""
    name, dot, rest = key.partition(".")
    attribute = model._ATTRIBUTES.get(name) if dot and rest == "type" else None
    codec = getattr(attribute, "codec", None)
    codec = getattr(codec, "codec", codec)  # within its limits, if the spec sets any
    if not isinstance(codec, ObjectCodec):
        return None
    return VariantTypeFilter(f"{model.__name__}.{name}", codec.wire_types)


def _meta_codec(model: type[Resource], name: str) -> Codec | None:
    """The codec of the resource-level meta field ``name`` (``meta.total_count_gteq`` bounds
    ``total_count``, an integer), from the API version's catalog; None when it has no type a
    filter can check."""
    import importlib

    catalog = importlib.import_module(f"{package_of(model._REGISTRY.version)}.catalog")
    info = catalog.RESOURCES.get(model.TYPE)
    for meta in info.meta if info is not None else ():
        if meta.name == name:
            return _FILTER_CODECS.get(meta.type)
    return None


def _check_filter_values(
    operation: str, key: str, items: list[str], model: type[Resource], type_: str | None
) -> None:
    """Refuse a value that a filter can never match, where the spec gives the filter a type:

    * a filter named as an attribute (``status``), as an attribute of a related resource
      (``did_group.features``) or as an attribute with ``_in``: each value must be one the
      attribute can hold (an enum's value, true/false, a number, a date, a timestamp);
    * a bound (``created_at_gteq``, ``meta.total_count_gteq``): one value, of the bounded
      attribute's type, or a number or timestamp when the spec does not type it.

    A filter whose type the spec states (``type_``, for one that names no attribute, such as
    ``is_available``) is judged by that type. ``_contains`` filters take any text.
    """
    operator, codec = _filter_codec(key, model, type_)
    if operator == "_contains":
        return
    if operator in ("_gteq", "_lteq"):
        if len(items) > 1:
            raise ClientError(
                f"{operation}: filter[{key}] is a bound and takes one value, got {len(items)}"
            )
        (text,) = items
        refusal = codec.filter_refusal(text) if codec is not None else _bound_refusal(text)
        if refusal is not None:
            raise ClientError(f"{operation}: filter[{key}]: {shown_value(text)} {refusal}")
        return
    if codec is None:
        return
    for item in items:
        refusal = codec.filter_refusal(item)
        if refusal is not None:
            raise ClientError(
                f"{operation}: filter[{key}] would match nothing: {shown_value(item)} {refusal}"
            )


_FILTER_CODECS: dict[str, Codec] = {
    "boolean": BOOLEAN,
    "integer": INTEGER,
    "decimal": DECIMAL,
    "date": DATE,
    "datetime": DATETIME,
    "string": STRING,
}
"""The codecs of the types a spec may give a filter (``filter_values`` ``type``), whose
``filter_refusal`` judges a value the query spells."""


def _related_attribute(key: str, model: type[Resource]) -> Field[Any] | None:
    """The attribute a dotted filter (``did_group.features``) names on a related resource."""
    name, dot, related_attribute = key.partition(".")
    relationship = model._RELATIONSHIPS.get(name) if dot else None
    if relationship is None or len(relationship.targets) != 1:
        return None
    related = model._registry_class(relationship.targets[0])
    return None if related is None else related._ATTRIBUTES.get(related_attribute)


def _bound_refusal(text: str) -> str | None:
    """Why ``text`` cannot bound a value the spec gives no type (a meta field the spec does not
    type)."""
    if is_decimal_text(text) or is_timestamp_text(text):
        return None
    return "is not a number (nor a timestamp, for a bound on a time)"


def _check_include(
    operation: str, path: str, model: type[Resource], includes: frozenset[str]
) -> None:
    """The first hop must be one the resource's endpoints take; each later hop one that an
    answer about the resources the previous hop leads to may include (their ``_INCLUDES``, as
    :func:`didww._catalog.include_refusal` judges it for the simulator): a write-only
    relationship (a proof's ``files``) is never returned, so no path goes through it."""
    if path in includes:
        return
    hops = path.split(".")
    first_hops = {p.split(".", 1)[0] for p in includes}
    if hops[0] not in first_hops:
        raise _unknown(operation, "include", hops[0], first_hops, model)
    owners: list[type[Resource]] = [model]
    for depth, hop in enumerate(hops):
        names = {name for cls in owners for name in cls._INCLUDES}
        if depth and hop not in names:
            after = ".".join(hops[:depth])
            raise _unknown(f"{operation}: include {path!r} after {after!r}", "hop", hop, names)
        owners = _reached(model, owners, hop)


def _check_fields(
    operation: str, type_: str, names: tuple[str, ...], model: type[Resource]
) -> None:
    if isinstance(type_, Unchecked):
        return
    cls = model._registry_class(type_)
    if cls is None:
        raise _unknown(operation, "fields type", type_, model._registry_types())
    valid = cls._SPARSE_FIELDS
    for name in names:
        if not isinstance(name, Unchecked) and name not in valid:
            raise _unknown(f"{operation} fields[{type_}]", "field", name, valid)


def _rebuilt_query(*parts: object) -> QueryParams:
    """A :class:`QueryParams` from the parts its ``__reduce__`` gave (see there)."""
    query = QueryParams.__new__(QueryParams)
    for slot, value in zip(QueryParams._PARTS, parts, strict=True):
        object.__setattr__(query, slot, value)
    object.__setattr__(query, "_memo", None)
    return query


check_methods(Unchecked)  # a misspelt keyword raises ArgumentError, with the closest one
