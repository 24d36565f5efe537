# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_group_types` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.did_group_types import DIDGroupType
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncDIDGroupTypeRepository", "DIDGroupTypeRepository"]


class DIDGroupTypeRepository(SyncRepository[DIDGroupType]):
    """The `/did_group_types` endpoints."""

    _model = DIDGroupType
    _path = "/did_group_types"

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroupType]:
        """List did group types (one page). Filters: `id`, `name`. Sorts: `name`."""
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDGroupType:
        """Fetch one DIDGroupType by id."""
        return self._find(id, params)


class AsyncDIDGroupTypeRepository(AsyncRepository[DIDGroupType]):
    """The `/did_group_types` endpoints."""

    _model = DIDGroupType
    _path = "/did_group_types"

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroupType]:
        """List did group types (one page). Filters: `id`, `name`. Sorts: `name`."""
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDGroupType:
        """Fetch one DIDGroupType by id."""
        return await self._find(id, params)
