# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/exports` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.exports import Export
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncExportRepository", "ExportRepository"]


class ExportRepository(SyncRepository[Export]):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"

    def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """List exports (one page). Filters: `external_reference_id`, `id`. Sorts: `created_at`,
        `external_reference_id`, `status`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Export:
        """Fetch one Export by id."""
        return self._find(id, params)

    def create(self, model: Export) -> Export:
        """Create a Export, sending every field that was set; returns the saved model."""
        return self._create(model)

    def update(self, model: Export) -> Export:
        """Save the changes made to a Export (only changed fields are sent)."""
        return self._update(model)


class AsyncExportRepository(AsyncRepository[Export]):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """List exports (one page). Filters: `external_reference_id`, `id`. Sorts: `created_at`,
        `external_reference_id`, `status`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Export:
        """Fetch one Export by id."""
        return await self._find(id, params)

    async def create(self, model: Export) -> Export:
        """Create a Export, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def update(self, model: Export) -> Export:
        """Save the changes made to a Export (only changed fields are sent)."""
        return await self._update(model)
