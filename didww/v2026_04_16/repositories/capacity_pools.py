# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/capacity_pools` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.capacity_pools import CapacityPool

__all__ = [
    "AsyncCapacityPoolRepository",
    "AsyncCapacityPoolRepositoryWithRawResponse",
    "CapacityPoolRepository",
    "CapacityPoolRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"country.id", "has_unassigned_channels", "id", "name"})
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("has_unassigned_channels", "boolean"),)
_SORTS: frozenset[str] = frozenset(
    {
        "assigned_channels_count",
        "metered_rate",
        "minimum_limit",
        "minimum_qty_per_order",
        "monthly_price",
        "name",
        "renew_date",
        "setup_price",
        "total_channels_count",
    }
)


class CapacityPoolRepository(SyncRepository[CapacityPool]):
    """The `/capacity_pools` endpoints."""

    _model = CapacityPool
    _path = "/capacity_pools"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> CapacityPoolRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return CapacityPoolRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[CapacityPool, None, None]:
        """Every capacity pool matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[CapacityPool]:
        """One page of capacity pools (see also :meth:`iter`). Filters: `country.id`,
        `has_unassigned_channels`, `id`, `name`. Sorts: `assigned_channels_count`,
        `metered_rate`, `minimum_limit`, `minimum_qty_per_order`, `monthly_price`, `name`,
        `renew_date`, `setup_price`, `total_channels_count`. Includes: `countries`,
        `shared_capacity_groups`, `qty_based_pricings`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> CapacityPool:
        """Fetch one capacity pool by its id. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return self._find(id, params)

    def update(self, model: CapacityPool) -> CapacityPool:
        """Save the changes made to a capacity pool: only changed fields are sent, and nothing at
        all when nothing changed.
        """
        return self._update(model)


class CapacityPoolRepositoryWithRawResponse(SyncRawRepository[CapacityPool]):
    """The `/capacity_pools` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[CapacityPool]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[CapacityPool]:
        return self._find(id, params)

    def update(self, model: CapacityPool) -> RawResponse[CapacityPool]:
        return self._update(model)


class AsyncCapacityPoolRepository(AsyncRepository[CapacityPool]):
    """The `/capacity_pools` endpoints."""

    _model = CapacityPool
    _path = "/capacity_pools"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncCapacityPoolRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncCapacityPoolRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[CapacityPool, None]:
        """Every capacity pool matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[CapacityPool]:
        """One page of capacity pools (see also :meth:`iter`). Filters: `country.id`,
        `has_unassigned_channels`, `id`, `name`. Sorts: `assigned_channels_count`,
        `metered_rate`, `minimum_limit`, `minimum_qty_per_order`, `monthly_price`, `name`,
        `renew_date`, `setup_price`, `total_channels_count`. Includes: `countries`,
        `shared_capacity_groups`, `qty_based_pricings`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> CapacityPool:
        """Fetch one capacity pool by its id. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return await self._find(id, params)

    async def update(self, model: CapacityPool) -> CapacityPool:
        """Save the changes made to a capacity pool: only changed fields are sent, and nothing at
        all when nothing changed.
        """
        return await self._update(model)


class AsyncCapacityPoolRepositoryWithRawResponse(AsyncRawRepository[CapacityPool]):
    """The `/capacity_pools` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[CapacityPool]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[CapacityPool]:
        return await self._find(id, params)

    async def update(self, model: CapacityPool) -> RawResponse[CapacityPool]:
        return await self._update(model)
