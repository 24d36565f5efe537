# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_verifications` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.emergency_verifications import EmergencyVerification
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncEmergencyVerificationRepository", "EmergencyVerificationRepository"]


class EmergencyVerificationRepository(SyncRepository[EmergencyVerification]):
    """The `/emergency_verifications` endpoints."""

    _model = EmergencyVerification
    _path = "/emergency_verifications"

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """List emergency verifications (one page). Filters: `emergency_calling_service.id`,
        `external_reference_id`, `id`, `status`. Sorts: `created_at`, `external_reference_id`.
        Includes: `address`, `emergency_calling_service`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return self._find(id, params)

    def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create a EmergencyVerification, sending every field that was set; returns the saved
        model.
        """
        return self._create(model)

    def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to a EmergencyVerification (only changed fields are sent)."""
        return self._update(model)


class AsyncEmergencyVerificationRepository(AsyncRepository[EmergencyVerification]):
    """The `/emergency_verifications` endpoints."""

    _model = EmergencyVerification
    _path = "/emergency_verifications"

    async def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """List emergency verifications (one page). Filters: `emergency_calling_service.id`,
        `external_reference_id`, `id`, `status`. Sorts: `created_at`, `external_reference_id`.
        Includes: `address`, `emergency_calling_service`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return await self._find(id, params)

    async def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create a EmergencyVerification, sending every field that was set; returns the saved
        model.
        """
        return await self._create(model)

    async def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to a EmergencyVerification (only changed fields are sent)."""
        return await self._update(model)
