# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/capacity_pools` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.capacity_pools import CapacityPool
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncCapacityPoolRepository", "CapacityPoolRepository"]


class CapacityPoolRepository(SyncRepository[CapacityPool]):
    """The `/capacity_pools` endpoints."""

    _model = CapacityPool
    _path = "/capacity_pools"

    def list(self, params: QueryParams | None = None) -> ResourceList[CapacityPool]:
        """List capacity pools (one page). Filters: `country.id`, `has_unassigned_channels`,
        `id`, `name`. Sorts: `assigned_channels_count`, `metered_rate`, `minimum_limit`,
        `minimum_qty_per_order`, `monthly_price`, `name`, `renew_date`, `setup_price`,
        `total_channels_count`. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> CapacityPool:
        """Fetch one CapacityPool by id. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return self._find(id, params)

    def update(self, model: CapacityPool) -> CapacityPool:
        """Save the changes made to a CapacityPool (only changed fields are sent)."""
        return self._update(model)


class AsyncCapacityPoolRepository(AsyncRepository[CapacityPool]):
    """The `/capacity_pools` endpoints."""

    _model = CapacityPool
    _path = "/capacity_pools"

    async def list(self, params: QueryParams | None = None) -> ResourceList[CapacityPool]:
        """List capacity pools (one page). Filters: `country.id`, `has_unassigned_channels`,
        `id`, `name`. Sorts: `assigned_channels_count`, `metered_rate`, `minimum_limit`,
        `minimum_qty_per_order`, `monthly_price`, `name`, `renew_date`, `setup_price`,
        `total_channels_count`. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> CapacityPool:
        """Fetch one CapacityPool by id. Includes: `countries`, `shared_capacity_groups`,
        `qty_based_pricings`.
        """
        return await self._find(id, params)

    async def update(self, model: CapacityPool) -> CapacityPool:
        """Save the changes made to a CapacityPool (only changed fields are sent)."""
        return await self._update(model)
