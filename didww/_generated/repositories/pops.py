# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/pops` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.pops import Pop
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncPopRepository", "PopRepository"]


class PopRepository(SyncRepository[Pop]):
    """The `/pops` endpoints."""

    _model = Pop
    _path = "/pops"

    def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """List pops (one page). Filters: `id`."""
        return self._list(params)


class AsyncPopRepository(AsyncRepository[Pop]):
    """The `/pops` endpoints."""

    _model = Pop
    _path = "/pops"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """List pops (one page). Filters: `id`."""
        return await self._list(params)
