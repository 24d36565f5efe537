# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/areas` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.areas import Area

__all__ = [
    "AsyncAreaRepository",
    "AsyncAreaRepositoryWithRawResponse",
    "AreaRepository",
    "AreaRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"country.id", "id", "name"})
_SORTS: frozenset[str] = frozenset({"name"})


class AreaRepository(SyncRepository[Area]):
    """The `/areas` endpoints."""

    _model = Area
    _path = "/areas"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AreaRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AreaRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Area, None, None]:
        """Every area matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Area]:
        """One page of areas (see also :meth:`iter`). Filters: `country.id`, `id`, `name`. Sorts:
        `name`. Includes: `country`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Area:
        """Fetch one area by its id. Includes: `country`."""
        return self._find(id, params)


class AreaRepositoryWithRawResponse(SyncRawRepository[Area]):
    """The `/areas` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Area]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Area]:
        return self._find(id, params)


class AsyncAreaRepository(AsyncRepository[Area]):
    """The `/areas` endpoints."""

    _model = Area
    _path = "/areas"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAreaRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAreaRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Area, None]:
        """Every area matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Area]:
        """One page of areas (see also :meth:`iter`). Filters: `country.id`, `id`, `name`. Sorts:
        `name`. Includes: `country`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Area:
        """Fetch one area by its id. Includes: `country`."""
        return await self._find(id, params)


class AsyncAreaRepositoryWithRawResponse(AsyncRawRepository[Area]):
    """The `/areas` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Area]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Area]:
        return await self._find(id, params)
