# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/areas` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.areas import Area
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncAreaRepository", "AreaRepository"]


class AreaRepository(SyncRepository[Area]):
    """The `/areas` endpoints."""

    _model = Area
    _path = "/areas"

    def list(self, params: QueryParams | None = None) -> ResourceList[Area]:
        """List areas (one page). Filters: `country.id`, `id`, `name`. Sorts: `name`. Includes:
        `country`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Area:
        """Fetch one Area by id. Includes: `country`."""
        return self._find(id, params)


class AsyncAreaRepository(AsyncRepository[Area]):
    """The `/areas` endpoints."""

    _model = Area
    _path = "/areas"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Area]:
        """List areas (one page). Filters: `country.id`, `id`, `name`. Sorts: `name`. Includes:
        `country`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Area:
        """Fetch one Area by id. Includes: `country`."""
        return await self._find(id, params)
