# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/cities` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.cities import City
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncCityRepository", "CityRepository"]


class CityRepository(SyncRepository[City]):
    """The `/cities` endpoints."""

    _model = City
    _path = "/cities"

    def list(self, params: QueryParams | None = None) -> ResourceList[City]:
        """List cities (one page). Filters: `area.id`, `country.id`, `id`, `is_available`,
        `name`, `region.id`. Sorts: `name`. Includes: `country`, `region`, `area`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> City:
        """Fetch one City by id. Includes: `country`, `region`, `area`."""
        return self._find(id, params)


class AsyncCityRepository(AsyncRepository[City]):
    """The `/cities` endpoints."""

    _model = City
    _path = "/cities"

    async def list(self, params: QueryParams | None = None) -> ResourceList[City]:
        """List cities (one page). Filters: `area.id`, `country.id`, `id`, `is_available`,
        `name`, `region.id`. Sorts: `name`. Includes: `country`, `region`, `area`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> City:
        """Fetch one City by id. Includes: `country`, `region`, `area`."""
        return await self._find(id, params)
