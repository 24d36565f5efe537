# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/available_dids` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.available_dids import AvailableDID

__all__ = [
    "AsyncAvailableDIDRepository",
    "AsyncAvailableDIDRepositoryWithRawResponse",
    "AvailableDIDRepository",
    "AvailableDIDRepositoryWithRawResponse",
]


class AvailableDIDRepository(SyncRepository[AvailableDID]):
    """The `/available_dids` endpoints."""

    _model = AvailableDID
    _path = "/available_dids"
    _filters = frozenset(
        {
            "city.id",
            "country.id",
            "did_group.features",
            "did_group.id",
            "did_group.needs_registration",
            "did_group.number_type",
            "id",
            "nanpa_prefix.id",
            "number_contains",
            "region.id",
        }
    )
    _sorts = frozenset()
    _includes = frozenset({"did_group", "nanpa_prefix"})

    @cached_property
    def with_raw_response(self) -> AvailableDIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AvailableDIDRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Iterator[AvailableDID]:
        """Every available DID matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """One page of available DIDs (see also :meth:`iter`). Filters: `city.id`, `country.id`,
        `did_group.features`, `did_group.id`, `did_group.needs_registration`,
        `did_group.number_type`, `id`, `nanpa_prefix.id`, `number_contains`, `region.id`.
        Includes: `did_group`, `nanpa_prefix`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one available DID by its id. Includes: `did_group`, `nanpa_prefix`."""
        return self._find(id, params)


class AvailableDIDRepositoryWithRawResponse(SyncRawRepository[AvailableDID]):
    """The `/available_dids` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[AvailableDID]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AvailableDID]:
        return self._find(id, params)


class AsyncAvailableDIDRepository(AsyncRepository[AvailableDID]):
    """The `/available_dids` endpoints."""

    _model = AvailableDID
    _path = "/available_dids"
    _filters = frozenset(
        {
            "city.id",
            "country.id",
            "did_group.features",
            "did_group.id",
            "did_group.needs_registration",
            "did_group.number_type",
            "id",
            "nanpa_prefix.id",
            "number_contains",
            "region.id",
        }
    )
    _sorts = frozenset()
    _includes = frozenset({"did_group", "nanpa_prefix"})

    @cached_property
    def with_raw_response(self) -> AsyncAvailableDIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAvailableDIDRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncIterator[AvailableDID]:
        """Every available DID matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """One page of available DIDs (see also :meth:`iter`). Filters: `city.id`, `country.id`,
        `did_group.features`, `did_group.id`, `did_group.needs_registration`,
        `did_group.number_type`, `id`, `nanpa_prefix.id`, `number_contains`, `region.id`.
        Includes: `did_group`, `nanpa_prefix`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one available DID by its id. Includes: `did_group`, `nanpa_prefix`."""
        return await self._find(id, params)


class AsyncAvailableDIDRepositoryWithRawResponse(AsyncRawRepository[AvailableDID]):
    """The `/available_dids` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AvailableDID]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AvailableDID]:
        return await self._find(id, params)
