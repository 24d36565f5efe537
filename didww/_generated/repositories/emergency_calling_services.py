# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_calling_services` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.emergency_calling_services import EmergencyCallingService
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncEmergencyCallingServiceRepository", "EmergencyCallingServiceRepository"]


class EmergencyCallingServiceRepository(SyncRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` endpoints."""

    _model = EmergencyCallingService
    _path = "/emergency_calling_services"

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyCallingService]:
        """List emergency calling services (one page). Filters: `address.id`, `country.id`,
        `did_group_type.id`, `id`, `identity.id`, `name`, `reference`, `status`. Sorts:
        `country.name`, `created_at`, `name`, `renew_date`, `status`. Includes: `country`,
        `did_group_type`, `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyCallingService:
        """Fetch one EmergencyCallingService by id. Includes: `country`, `did_group_type`,
        `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return self._find(id, params)

    def delete(self, id_or_model: str | EmergencyCallingService) -> None:
        """Delete a EmergencyCallingService, given its id or the model."""
        self._delete(id_or_model)


class AsyncEmergencyCallingServiceRepository(AsyncRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` endpoints."""

    _model = EmergencyCallingService
    _path = "/emergency_calling_services"

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[EmergencyCallingService]:
        """List emergency calling services (one page). Filters: `address.id`, `country.id`,
        `did_group_type.id`, `id`, `identity.id`, `name`, `reference`, `status`. Sorts:
        `country.name`, `created_at`, `name`, `renew_date`, `status`. Includes: `country`,
        `did_group_type`, `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyCallingService:
        """Fetch one EmergencyCallingService by id. Includes: `country`, `did_group_type`,
        `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EmergencyCallingService) -> None:
        """Delete a EmergencyCallingService, given its id or the model."""
        await self._delete(id_or_model)
