# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/regions` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.regions import Region

__all__ = [
    "AsyncRegionRepository",
    "AsyncRegionRepositoryWithRawResponse",
    "RegionRepository",
    "RegionRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"country.id", "id", "iso", "name"})
_SORTS: frozenset[str] = frozenset({"iso", "name"})


class RegionRepository(SyncRepository[Region]):
    """The `/regions` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = Region
    _path = "/regions"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> RegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return RegionRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[Region, None, None]:
        """Every region matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """The regions matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `country.id`, `id`, `iso`, `name`. Sorts: `iso`, `name`. Includes:
        `country`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one region by its id. Includes: `country`."""
        return self._find(id, params)


class RegionRepositoryWithRawResponse(SyncRawRepository[Region]):
    """The `/regions` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Region]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Region]:
        return self._find(id, params)


class AsyncRegionRepository(AsyncRepository[Region]):
    """The `/regions` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = Region
    _path = "/regions"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncRegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncRegionRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[Region, None]:
        """Every region matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """The regions matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `country.id`, `id`, `iso`, `name`. Sorts: `iso`, `name`. Includes:
        `country`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one region by its id. Includes: `country`."""
        return await self._find(id, params)


class AsyncRegionRepositoryWithRawResponse(AsyncRawRepository[Region]):
    """The `/regions` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Region]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Region]:
        return await self._find(id, params)
