# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/exports` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._extensions.exports import AsyncExportExtension, SyncExportExtension
from didww._generated.models.exports import Export
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, SyncRawRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncExportRepository",
    "AsyncExportRepositoryWithRawResponse",
    "ExportRepository",
    "ExportRepositoryWithRawResponse",
]


class ExportRepository(SyncExportExtension):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"

    @cached_property
    def with_raw_response(self) -> ExportRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return ExportRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[Export]:
        """Every Export matching ``params``, fetched page by page, ``page_size`` per request.
        With ``prefetch`` (the default) the next page is requested while you work through this
        one (one page ahead at most); ``prefetch=False`` requests each page only when the
        previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """One page of Export resources (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`, `status`.
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


class ExportRepositoryWithRawResponse(SyncRawRepository[Export]):
    """The `/exports` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Export]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Export]:
        return self._find(id, params)

    def create(self, model: Export) -> RawResponse[Export]:
        return self._create(model)

    def update(self, model: Export) -> RawResponse[Export]:
        return self._update(model)


class AsyncExportRepository(AsyncExportExtension):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"

    @cached_property
    def with_raw_response(self) -> AsyncExportRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncExportRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[Export]:
        """Every Export matching ``params``, fetched page by page, ``page_size`` per request.
        With ``prefetch`` (the default) the next page is requested while you work through this
        one (one page ahead at most); ``prefetch=False`` requests each page only when the
        previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """One page of Export resources (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`, `status`.
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


class AsyncExportRepositoryWithRawResponse(AsyncRawRepository[Export]):
    """The `/exports` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Export]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Export]:
        return await self._find(id, params)

    async def create(self, model: Export) -> RawResponse[Export]:
        return await self._create(model)

    async def update(self, model: Export) -> RawResponse[Export]:
        return await self._update(model)
