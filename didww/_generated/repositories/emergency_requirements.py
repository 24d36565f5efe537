# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_requirements` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.emergency_requirements import EmergencyRequirement
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncEmergencyRequirementRepository", "EmergencyRequirementRepository"]


class EmergencyRequirementRepository(SyncRepository[EmergencyRequirement]):
    """The `/emergency_requirements` endpoints."""

    _model = EmergencyRequirement
    _path = "/emergency_requirements"

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyRequirement]:
        """List emergency requirements (one page). Filters: `country.id`, `did_group_type.id`,
        `id`. Includes: `country`, `did_group_type`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyRequirement:
        """Fetch one EmergencyRequirement by id. Includes: `country`, `did_group_type`."""
        return self._find(id, params)


class AsyncEmergencyRequirementRepository(AsyncRepository[EmergencyRequirement]):
    """The `/emergency_requirements` endpoints."""

    _model = EmergencyRequirement
    _path = "/emergency_requirements"

    async def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyRequirement]:
        """List emergency requirements (one page). Filters: `country.id`, `did_group_type.id`,
        `id`. Includes: `country`, `did_group_type`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyRequirement:
        """Fetch one EmergencyRequirement by id. Includes: `country`, `did_group_type`."""
        return await self._find(id, params)
