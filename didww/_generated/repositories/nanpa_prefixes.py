# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/nanpa_prefixes` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.nanpa_prefixes import NanpaPrefix
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncNanpaPrefixRepository", "NanpaPrefixRepository"]


class NanpaPrefixRepository(SyncRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` endpoints."""

    _model = NanpaPrefix
    _path = "/nanpa_prefixes"

    def list(self, params: QueryParams | None = None) -> ResourceList[NanpaPrefix]:
        """List nanpa prefixes (one page). Filters: `country.id`, `did_group.features`,
        `did_group.is_available`, `id`, `npa`, `npanxx`, `nxx`, `region.id`. Sorts: `npa`,
        `nxx`. Includes: `country`, `region`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> NanpaPrefix:
        """Fetch one NanpaPrefix by id. Includes: `country`, `region`."""
        return self._find(id, params)


class AsyncNanpaPrefixRepository(AsyncRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` endpoints."""

    _model = NanpaPrefix
    _path = "/nanpa_prefixes"

    async def list(self, params: QueryParams | None = None) -> ResourceList[NanpaPrefix]:
        """List nanpa prefixes (one page). Filters: `country.id`, `did_group.features`,
        `did_group.is_available`, `id`, `npa`, `npanxx`, `nxx`, `region.id`. Sorts: `npa`,
        `nxx`. Includes: `country`, `region`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> NanpaPrefix:
        """Fetch one NanpaPrefix by id. Includes: `country`, `region`."""
        return await self._find(id, params)
