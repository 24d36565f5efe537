# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_history` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.did_history import DIDHistory
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncDIDHistoryRepository", "DIDHistoryRepository"]


class DIDHistoryRepository(SyncRepository[DIDHistory]):
    """The `/did_history` endpoints."""

    _model = DIDHistory
    _path = "/did_history"

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDHistory]:
        """List did history (one page). Filters: `action`, `created_at_gteq`, `created_at_lteq`,
        `did_number`, `id`, `method`. Sorts: `created_at`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDHistory:
        """Fetch one DIDHistory by id."""
        return self._find(id, params)


class AsyncDIDHistoryRepository(AsyncRepository[DIDHistory]):
    """The `/did_history` endpoints."""

    _model = DIDHistory
    _path = "/did_history"

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDHistory]:
        """List did history (one page). Filters: `action`, `created_at_gteq`, `created_at_lteq`,
        `did_number`, `id`, `method`. Sorts: `created_at`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDHistory:
        """Fetch one DIDHistory by id."""
        return await self._find(id, params)
