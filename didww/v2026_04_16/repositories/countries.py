# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/countries` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.countries import Country

__all__ = [
    "AsyncCountryRepository",
    "AsyncCountryRepositoryWithRawResponse",
    "CountryRepository",
    "CountryRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id", "is_available", "iso", "name", "prefix"})
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("is_available", "boolean"),)
_SORTS: frozenset[str] = frozenset({"iso", "name", "prefix"})


class CountryRepository(SyncRepository[Country]):
    """The `/countries` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = Country
    _path = "/countries"
    _listing = "whole"
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> CountryRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return CountryRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[Country, None, None]:
        """Every country matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[Country]:
        """The countries matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `id`, `is_available`, `iso`, `name`, `prefix`. Sorts: `iso`, `name`,
        `prefix`. Includes: `regions`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Country:
        """Fetch one country by its id. Includes: `regions`."""
        return self._find(id, params)


class CountryRepositoryWithRawResponse(SyncRawRepository[Country]):
    """The `/countries` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Country]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Country]:
        return self._find(id, params)


class AsyncCountryRepository(AsyncRepository[Country]):
    """The `/countries` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = Country
    _path = "/countries"
    _listing = "whole"
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncCountryRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncCountryRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[Country, None]:
        """Every country matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Country]:
        """The countries matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `id`, `is_available`, `iso`, `name`, `prefix`. Sorts: `iso`, `name`,
        `prefix`. Includes: `regions`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Country:
        """Fetch one country by its id. Includes: `regions`."""
        return await self._find(id, params)


class AsyncCountryRepositoryWithRawResponse(AsyncRawRepository[Country]):
    """The `/countries` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Country]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Country]:
        return await self._find(id, params)
