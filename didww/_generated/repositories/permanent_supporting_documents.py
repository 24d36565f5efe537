# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/permanent_supporting_documents` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._generated.models.permanent_supporting_documents import PermanentSupportingDocument
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncPermanentSupportingDocumentRepository",
    "AsyncPermanentSupportingDocumentRepositoryWithRawResponse",
    "PermanentSupportingDocumentRepository",
    "PermanentSupportingDocumentRepositoryWithRawResponse",
]


class PermanentSupportingDocumentRepository(SyncRepository[PermanentSupportingDocument]):
    """The `/permanent_supporting_documents` endpoints."""

    _model = PermanentSupportingDocument
    _path = "/permanent_supporting_documents"

    @cached_property
    def with_raw_response(self) -> PermanentSupportingDocumentRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return PermanentSupportingDocumentRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[PermanentSupportingDocument]:
        """Every PermanentSupportingDocument matching ``params``, fetched page by page,
        ``page_size`` per request. With ``prefetch`` (the default) the next page is requested
        while you work through this one (one page ahead at most); ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[PermanentSupportingDocument]:
        """One page of PermanentSupportingDocument resources (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`. Includes:
        `template`, `identity`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> PermanentSupportingDocument:
        """Fetch one PermanentSupportingDocument by id. Includes: `template`, `identity`."""
        return self._find(id, params)

    def create(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Create a PermanentSupportingDocument, sending every field that was set; returns the
        saved model.
        """
        return self._create(model)

    def update(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Save the changes made to a PermanentSupportingDocument (only changed fields are sent)."""
        return self._update(model)

    def delete(self, id_or_model: str | PermanentSupportingDocument) -> None:
        """Delete a PermanentSupportingDocument, given its id or the model."""
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

    @cached_property
    def with_raw_response(self) -> AsyncPermanentSupportingDocumentRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncPermanentSupportingDocumentRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[PermanentSupportingDocument]:
        """Every PermanentSupportingDocument matching ``params``, fetched page by page,
        ``page_size`` per request. With ``prefetch`` (the default) the next page is requested
        while you work through this one (one page ahead at most); ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[PermanentSupportingDocument]:
        """One page of PermanentSupportingDocument resources (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `created_at`, `external_reference_id`. Includes:
        `template`, `identity`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> PermanentSupportingDocument:
        """Fetch one PermanentSupportingDocument by id. Includes: `template`, `identity`."""
        return await self._find(id, params)

    async def create(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Create a PermanentSupportingDocument, sending every field that was set; returns the
        saved model.
        """
        return await self._create(model)

    async def update(self, model: PermanentSupportingDocument) -> PermanentSupportingDocument:
        """Save the changes made to a PermanentSupportingDocument (only changed fields are sent)."""
        return await self._update(model)

    async def delete(self, id_or_model: str | PermanentSupportingDocument) -> None:
        """Delete a PermanentSupportingDocument, given its id or the model."""
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
