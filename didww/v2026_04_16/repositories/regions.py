# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/regions` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
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


class RegionRepository(SyncRepository[Region]):
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"
    _filters = frozenset({"country.id", "id", "iso", "name"})
    _sorts = frozenset({"iso", "name"})
    _includes = frozenset({"country"})

    @cached_property
    def with_raw_response(self) -> RegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return RegionRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Iterator[Region]:
        """Every region matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """One page of regions (see also :meth:`iter`). Filters: `country.id`, `id`, `iso`,
        `name`. Sorts: `iso`, `name`. Includes: `country`.
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
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"
    _filters = frozenset({"country.id", "id", "iso", "name"})
    _sorts = frozenset({"iso", "name"})
    _includes = frozenset({"country"})

    @cached_property
    def with_raw_response(self) -> AsyncRegionRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncRegionRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncIterator[Region]:
        """Every region matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """One page of regions (see also :meth:`iter`). Filters: `country.id`, `id`, `iso`,
        `name`. Sorts: `iso`, `name`. Includes: `country`.
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
