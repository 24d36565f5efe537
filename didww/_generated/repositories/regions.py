# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/regions` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.regions import Region
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncRegionRepository", "RegionRepository"]


class RegionRepository(SyncRepository[Region]):
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"

    def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """List regions (one page). Filters: `country.id`, `id`, `iso`, `name`. Sorts: `iso`,
        `name`. Includes: `country`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one Region by id. Includes: `country`."""
        return self._find(id, params)


class AsyncRegionRepository(AsyncRepository[Region]):
    """The `/regions` endpoints."""

    _model = Region
    _path = "/regions"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Region]:
        """List regions (one page). Filters: `country.id`, `id`, `iso`, `name`. Sorts: `iso`,
        `name`. Includes: `country`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Region:
        """Fetch one Region by id. Includes: `country`."""
        return await self._find(id, params)
