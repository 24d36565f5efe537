# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/permanent_supporting_documents` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.permanent_supporting_documents import PermanentSupportingDocument
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncPermanentSupportingDocumentRepository", "PermanentSupportingDocumentRepository"]


class PermanentSupportingDocumentRepository(SyncRepository[PermanentSupportingDocument]):
    """The `/permanent_supporting_documents` endpoints."""

    _model = PermanentSupportingDocument
    _path = "/permanent_supporting_documents"

    def list(self, params: QueryParams | None = None) -> ResourceList[PermanentSupportingDocument]:
        """List permanent supporting documents (one page). Filters: `external_reference_id`,
        `id`. Sorts: `created_at`, `external_reference_id`. Includes: `template`, `identity`.
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


class AsyncPermanentSupportingDocumentRepository(AsyncRepository[PermanentSupportingDocument]):
    """The `/permanent_supporting_documents` endpoints."""

    _model = PermanentSupportingDocument
    _path = "/permanent_supporting_documents"

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[PermanentSupportingDocument]:
        """List permanent supporting documents (one page). Filters: `external_reference_id`,
        `id`. Sorts: `created_at`, `external_reference_id`. Includes: `template`, `identity`.
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
