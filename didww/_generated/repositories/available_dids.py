# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/available_dids` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.available_dids import AvailableDID
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncAvailableDIDRepository", "AvailableDIDRepository"]


class AvailableDIDRepository(SyncRepository[AvailableDID]):
    """The `/available_dids` endpoints."""

    _model = AvailableDID
    _path = "/available_dids"

    def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """List available dids (one page). Filters: `city.id`, `country.id`,
        `did_group.features`, `did_group.id`, `did_group.needs_registration`,
        `did_group_type.id`, `id`, `nanpa_prefix.id`, `number_contains`, `region.id`. Sorts:
        `number`. Includes: `did_group`, `nanpa_prefix`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one AvailableDID by id. Includes: `did_group`, `nanpa_prefix`."""
        return self._find(id, params)


class AsyncAvailableDIDRepository(AsyncRepository[AvailableDID]):
    """The `/available_dids` endpoints."""

    _model = AvailableDID
    _path = "/available_dids"

    async def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """List available dids (one page). Filters: `city.id`, `country.id`,
        `did_group.features`, `did_group.id`, `did_group.needs_registration`,
        `did_group_type.id`, `id`, `nanpa_prefix.id`, `number_contains`, `region.id`. Sorts:
        `number`. Includes: `did_group`, `nanpa_prefix`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one AvailableDID by id. Includes: `did_group`, `nanpa_prefix`."""
        return await self._find(id, params)
