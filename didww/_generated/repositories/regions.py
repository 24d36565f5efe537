# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/regions` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._generated.models.regions import Region
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncRegionRepository",
    "AsyncRegionRepositoryWithRawResponse",
    "RegionRepository",
    "RegionRepositoryWithRawResponse",
]


class RegionRepository(SyncRepository[Region]):
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"

    @cached_property
    def with_raw_response(self) -> RegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return RegionRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[Region]:
        """Every Region matching ``params``, fetched page by page, ``page_size`` per request.
        With ``prefetch`` (the default) the next page is requested while you work through this
        one (one page ahead at most); ``prefetch=False`` requests each page only when the
        previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """One page of Region resources (see also :meth:`iter`). Filters: `country.id`, `id`,
        `iso`, `name`. Sorts: `iso`, `name`. Includes: `country`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one Region by id. Includes: `country`."""
        return self._find(id, params)


class RegionRepositoryWithRawResponse(SyncRawRepository[Region]):
    """The `/regions` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Region]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Region]:
        return self._find(id, params)


class AsyncRegionRepository(AsyncRepository[Region]):
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"

    @cached_property
    def with_raw_response(self) -> AsyncRegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncRegionRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[Region]:
        """Every Region matching ``params``, fetched page by page, ``page_size`` per request.
        With ``prefetch`` (the default) the next page is requested while you work through this
        one (one page ahead at most); ``prefetch=False`` requests each page only when the
        previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """One page of Region resources (see also :meth:`iter`). Filters: `country.id`, `id`,
        `iso`, `name`. Sorts: `iso`, `name`. Includes: `country`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one Region by id. Includes: `country`."""
        return await self._find(id, params)


class AsyncRegionRepositoryWithRawResponse(AsyncRawRepository[Region]):
    """The `/regions` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Region]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Region]:
        return await self._find(id, params)
