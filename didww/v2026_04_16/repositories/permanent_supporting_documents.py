# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/permanent_supporting_documents` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.permanent_supporting_documents import PermanentSupportingDocument

__all__ = [
    "AsyncPermanentSupportingDocumentRepository",
    "AsyncPermanentSupportingDocumentRepositoryWithRawResponse",
    "PermanentSupportingDocumentRepository",
    "PermanentSupportingDocumentRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"external_reference_id", "id"})
_SORTS: frozenset[str] = frozenset({"created_at", "external_reference_id"})


class PermanentSupportingDocumentRepository(SyncRepository[PermanentSupportingDocument]):
    """The `/permanent_supporting_documents` endpoints."""

    _model = PermanentSupportingDocument
    _path = "/permanent_supporting_documents"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> PermanentSupportingDocumentRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return PermanentSupportingDocumentRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[PermanentSupportingDocument, None, None]:
        """Every permanent supporting document matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[PermanentSupportingDocument]:
        """One page of permanent supporting documents (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`. Includes:
        `template`, `identity`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> PermanentSupportingDocument:
        """Fetch one permanent supporting document by its id. Includes: `template`, `identity`."""
        return self._find(id, params)

    def create(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Create a permanent supporting document, sending every field that was set; returns the
        saved PermanentSupportingDocument.
        """
        return self._create(model)

    def update(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Save the changes made to a permanent supporting document: only changed fields are
        sent, and nothing at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | PermanentSupportingDocument) -> None:
        """Delete a permanent supporting document, given its id or the model."""
        self._delete(id_or_model)


class PermanentSupportingDocumentRepositoryWithRawResponse(
    SyncRawRepository[PermanentSupportingDocument]
):
    """The `/permanent_supporting_documents` operations, answered with
    :class:`didww.RawResponse`.
    """

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[PermanentSupportingDocument]]:
        return self._list(params)

    def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[PermanentSupportingDocument]:
        return self._find(id, params)

    def create(
        self, model: PermanentSupportingDocument
    ) -> RawResponse[PermanentSupportingDocument]:
        return self._create(model)

    def update(
        self, model: PermanentSupportingDocument
    ) -> RawResponse[PermanentSupportingDocument]:
        return self._update(model)

    def delete(self, id_or_model: str | PermanentSupportingDocument) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncPermanentSupportingDocumentRepository(AsyncRepository[PermanentSupportingDocument]):
    """The `/permanent_supporting_documents` endpoints."""

    _model = PermanentSupportingDocument
    _path = "/permanent_supporting_documents"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncPermanentSupportingDocumentRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncPermanentSupportingDocumentRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[PermanentSupportingDocument, None]:
        """Every permanent supporting document matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[PermanentSupportingDocument]:
        """One page of permanent supporting documents (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`. Includes:
        `template`, `identity`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> PermanentSupportingDocument:
        """Fetch one permanent supporting document by its id. Includes: `template`, `identity`."""
        return await self._find(id, params)

    async def create(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Create a permanent supporting document, sending every field that was set; returns the
        saved PermanentSupportingDocument.
        """
        return await self._create(model)

    async def update(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Save the changes made to a permanent supporting document: only changed fields are
        sent, and nothing at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | PermanentSupportingDocument) -> None:
        """Delete a permanent supporting document, given its id or the model."""
        await self._delete(id_or_model)


class AsyncPermanentSupportingDocumentRepositoryWithRawResponse(
    AsyncRawRepository[PermanentSupportingDocument]
):
    """The `/permanent_supporting_documents` operations, answered with
    :class:`didww.RawResponse`.
    """

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[PermanentSupportingDocument]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[PermanentSupportingDocument]:
        return await self._find(id, params)

    async def create(
        self, model: PermanentSupportingDocument
    ) -> RawResponse[PermanentSupportingDocument]:
        return await self._create(model)

    async def update(
        self, model: PermanentSupportingDocument
    ) -> RawResponse[PermanentSupportingDocument]:
        return await self._update(model)

    async def delete(self, id_or_model: str | PermanentSupportingDocument) -> RawResponse[None]:
        return await self._delete(id_or_model)
