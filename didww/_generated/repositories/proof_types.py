# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/proof_types` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.proof_types import ProofType
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncProofTypeRepository", "ProofTypeRepository"]


class ProofTypeRepository(SyncRepository[ProofType]):
    """The `/proof_types` endpoints."""

    _model = ProofType
    _path = "/proof_types"

    def list(self, params: QueryParams | None = None) -> ResourceList[ProofType]:
        """List proof types (one page). Filters: `entity_type`, `id`. Sorts: `entity_type`,
        `name`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> ProofType:
        """Fetch one ProofType by id."""
        return self._find(id, params)


class AsyncProofTypeRepository(AsyncRepository[ProofType]):
    """The `/proof_types` endpoints."""

    _model = ProofType
    _path = "/proof_types"

    async def list(self, params: QueryParams | None = None) -> ResourceList[ProofType]:
        """List proof types (one page). Filters: `entity_type`, `id`. Sorts: `entity_type`,
        `name`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> ProofType:
        """Fetch one ProofType by id."""
        return await self._find(id, params)
