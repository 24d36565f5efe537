"""Query parameters for list and find: include, filter, sort, page and sparse fieldsets."""

from __future__ import annotations

from collections.abc import Iterable

from didww._errors import ClientError

FilterValue = str | int | bool | Iterable[str | int]


def _text(value: object, what: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int)):
        text = str(value)
        if text:
            return text
    raise ClientError(f"{what}: expected a non-empty string or integer, got {value!r}")


class QueryParams:
    """A chainable builder of JSON:API query parameters.

    >>> QueryParams().include("did_group").filter("number_contains", ["12", "34"]).page(1, 25)
    QueryParams('include=did_group&filter[number_contains]=12,34&page[number]=1&page[size]=25')
    """

    def __init__(self) -> None:
        self._include: list[str] = []
        self._filters: dict[str, str] = {}
        self._sort: list[str] = []
        self._page: dict[str, str] = {}
        self._fields: dict[str, str] = {}

    def include(self, *paths: str) -> QueryParams:
        """Side-load related resources (dotted paths for nested ones)."""
        self._include.extend(_text(p, "include") for p in paths)
        return self

    def filter(self, key: str, value: FilterValue) -> QueryParams:
        """Filter a list; a list value is sent comma-joined and matches any of its items."""
        key = _text(key, "filter key")
        if isinstance(value, (str, int)):
            text = _text(value, f"filter[{key}]")
        else:
            try:
                items = list(value)
            except TypeError:
                raise ClientError(f"filter[{key}]: unsupported value {value!r}") from None
            if not items:
                raise ClientError(f"filter[{key}]: an empty list matches nothing")
            text = ",".join(_text(v, f"filter[{key}]") for v in items)
        self._filters[key] = text
        return self

    def sort(self, *fields: str) -> QueryParams:
        """Sort by fields, in order; prefix a field with ``-`` to sort descending."""
        self._sort.extend(_text(f, "sort") for f in fields)
        return self

    def page(self, number: int | None = None, size: int | None = None) -> QueryParams:
        """Select a page (1-based) and page size."""
        for name, value in (("number", number), ("size", size)):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ClientError(f"page[{name}] must be a positive integer, got {value!r}")
            self._page[name] = str(value)
        return self

    @property
    def page_number(self) -> int | None:
        """The page number set with :meth:`page`, if any."""
        value = self._page.get("number")
        return int(value) if value is not None else None

    @property
    def page_size(self) -> int | None:
        """The page size set with :meth:`page`, if any."""
        value = self._page.get("size")
        return int(value) if value is not None else None

    def fields(self, resource_type: str, names: Iterable[str]) -> QueryParams:
        """Sparse fieldset: only these attributes and relationships of ``resource_type``."""
        if isinstance(names, str):
            names = [names]
        self._fields[_text(resource_type, "fields type")] = ",".join(
            _text(n, "fields") for n in names
        )
        return self

    def to_list(self) -> list[tuple[str, str]]:
        """The parameters as ordered (name, value) pairs."""
        pairs: list[tuple[str, str]] = []
        if self._include:
            pairs.append(("include", ",".join(self._include)))
        pairs.extend((f"filter[{k}]", v) for k, v in self._filters.items())
        if self._sort:
            pairs.append(("sort", ",".join(self._sort)))
        pairs.extend((f"page[{k}]", v) for k, v in self._page.items())
        pairs.extend((f"fields[{k}]", v) for k, v in self._fields.items())
        return pairs

    def copy(self) -> QueryParams:
        """An independent copy."""
        other = QueryParams()
        other._include = list(self._include)
        other._filters = dict(self._filters)
        other._sort = list(self._sort)
        other._page = dict(self._page)
        other._fields = dict(self._fields)
        return other

    def __repr__(self) -> str:
        return f"QueryParams({'&'.join(f'{k}={v}' for k, v in self.to_list())!r})"
