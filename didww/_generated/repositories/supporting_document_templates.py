# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/supporting_document_templates` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.supporting_document_templates import SupportingDocumentTemplate
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncSupportingDocumentTemplateRepository", "SupportingDocumentTemplateRepository"]


class SupportingDocumentTemplateRepository(SyncRepository[SupportingDocumentTemplate]):
    """The `/supporting_document_templates` endpoints."""

    _model = SupportingDocumentTemplate
    _path = "/supporting_document_templates"

    def list(self, params: QueryParams | None = None) -> ResourceList[SupportingDocumentTemplate]:
        """List supporting document templates (one page). Filters: `id`, `name`, `name_contains`,
        `permanent`. Sorts: `name`, `permanent`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> SupportingDocumentTemplate:
        """Fetch one SupportingDocumentTemplate by id."""
        return self._find(id, params)


class AsyncSupportingDocumentTemplateRepository(AsyncRepository[SupportingDocumentTemplate]):
    """The `/supporting_document_templates` endpoints."""

    _model = SupportingDocumentTemplate
    _path = "/supporting_document_templates"

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[SupportingDocumentTemplate]:
        """List supporting document templates (one page). Filters: `id`, `name`, `name_contains`,
        `permanent`. Sorts: `name`, `permanent`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> SupportingDocumentTemplate:
        """Fetch one SupportingDocumentTemplate by id."""
        return await self._find(id, params)
