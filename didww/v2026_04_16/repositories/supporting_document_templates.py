# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/supporting_document_templates` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.supporting_document_templates import SupportingDocumentTemplate

__all__ = [
    "AsyncSupportingDocumentTemplateRepository",
    "AsyncSupportingDocumentTemplateRepositoryWithRawResponse",
    "SupportingDocumentTemplateRepository",
    "SupportingDocumentTemplateRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id", "name", "name_contains", "permanent"})
_SORTS: frozenset[str] = frozenset({"name", "permanent"})


class SupportingDocumentTemplateRepository(SyncRepository[SupportingDocumentTemplate]):
    """The `/supporting_document_templates` endpoints."""

    _model = SupportingDocumentTemplate
    _path = "/supporting_document_templates"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> SupportingDocumentTemplateRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return SupportingDocumentTemplateRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[SupportingDocumentTemplate, None, None]:
        """Every supporting document template matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[SupportingDocumentTemplate]:
        """One page of supporting document templates (see also :meth:`iter`). Filters: `id`,
        `name`, `name_contains`, `permanent`. Sorts: `name`, `permanent`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> SupportingDocumentTemplate:
        """Fetch one supporting document template by its id."""
        return self._find(id, params)


class SupportingDocumentTemplateRepositoryWithRawResponse(
    SyncRawRepository[SupportingDocumentTemplate]
):
    """The `/supporting_document_templates` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[SupportingDocumentTemplate]]:
        return self._list(params)

    def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[SupportingDocumentTemplate]:
        return self._find(id, params)


class AsyncSupportingDocumentTemplateRepository(AsyncRepository[SupportingDocumentTemplate]):
    """The `/supporting_document_templates` endpoints."""

    _model = SupportingDocumentTemplate
    _path = "/supporting_document_templates"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncSupportingDocumentTemplateRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncSupportingDocumentTemplateRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[SupportingDocumentTemplate, None]:
        """Every supporting document template matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[SupportingDocumentTemplate]:
        """One page of supporting document templates (see also :meth:`iter`). Filters: `id`,
        `name`, `name_contains`, `permanent`. Sorts: `name`, `permanent`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> SupportingDocumentTemplate:
        """Fetch one supporting document template by its id."""
        return await self._find(id, params)


class AsyncSupportingDocumentTemplateRepositoryWithRawResponse(
    AsyncRawRepository[SupportingDocumentTemplate]
):
    """The `/supporting_document_templates` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[SupportingDocumentTemplate]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[SupportingDocumentTemplate]:
        return await self._find(id, params)
