# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/cities` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.cities import City

__all__ = [
    "AsyncCityRepository",
    "AsyncCityRepositoryWithRawResponse",
    "CityRepository",
    "CityRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"area.id", "country.id", "id", "is_available", "name", "region.id"}
)
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("is_available", "boolean"),)
_SORTS: frozenset[str] = frozenset({"name"})


class CityRepository(SyncRepository[City]):
    """The `/cities` endpoints."""

    _model = City
    _path = "/cities"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> CityRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return CityRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[City, None, None]:
        """Every city matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[City]:
        """One page of cities (see also :meth:`iter`). Filters: `area.id`, `country.id`, `id`,
        `is_available`, `name`, `region.id`. Sorts: `name`. Includes: `country`, `region`,
        `area`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> City:
        """Fetch one city by its id. Includes: `country`, `region`, `area`."""
        return self._find(id, params)


class CityRepositoryWithRawResponse(SyncRawRepository[City]):
    """The `/cities` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[City]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[City]:
        return self._find(id, params)


class AsyncCityRepository(AsyncRepository[City]):
    """The `/cities` endpoints."""

    _model = City
    _path = "/cities"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncCityRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncCityRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[City, None]:
        """Every city matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[City]:
        """One page of cities (see also :meth:`iter`). Filters: `area.id`, `country.id`, `id`,
        `is_available`, `name`, `region.id`. Sorts: `name`. Includes: `country`, `region`,
        `area`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> City:
        """Fetch one city by its id. Includes: `country`, `region`, `area`."""
        return await self._find(id, params)


class AsyncCityRepositoryWithRawResponse(AsyncRawRepository[City]):
    """The `/cities` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[City]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[City]:
        return await self._find(id, params)
