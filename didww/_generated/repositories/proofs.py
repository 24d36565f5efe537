# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/proofs` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.proofs import Proof
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncProofRepository", "ProofRepository"]


class ProofRepository(SyncRepository[Proof]):
    """The `/proofs` endpoints."""

    _model = Proof
    _path = "/proofs"

    def list(self, params: QueryParams | None = None) -> ResourceList[Proof]:
        """List proofs (one page). Filters: `external_reference_id`, `id`. Sorts: `created_at`,
        `expires_at`, `external_reference_id`. Includes: `proof_type`, `entity`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Proof:
        """Fetch one Proof by id. Includes: `proof_type`, `entity`."""
        return self._find(id, params)

    def create(self, model: Proof) -> Proof:
        """Create a Proof, sending every field that was set; returns the saved model."""
        return self._create(model)

    def update(self, model: Proof) -> Proof:
        """Save the changes made to a Proof (only changed fields are sent)."""
        return self._update(model)

    def delete(self, id_or_model: str | Proof) -> None:
        """Delete a Proof, given its id or the model."""
        self._delete(id_or_model)


class AsyncProofRepository(AsyncRepository[Proof]):
    """The `/proofs` endpoints."""

    _model = Proof
    _path = "/proofs"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Proof]:
        """List proofs (one page). Filters: `external_reference_id`, `id`. Sorts: `created_at`,
        `expires_at`, `external_reference_id`. Includes: `proof_type`, `entity`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Proof:
        """Fetch one Proof by id. Includes: `proof_type`, `entity`."""
        return await self._find(id, params)

    async def create(self, model: Proof) -> Proof:
        """Create a Proof, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def update(self, model: Proof) -> Proof:
        """Save the changes made to a Proof (only changed fields are sent)."""
        return await self._update(model)

    async def delete(self, id_or_model: str | Proof) -> None:
        """Delete a Proof, given its id or the model."""
        await self._delete(id_or_model)
