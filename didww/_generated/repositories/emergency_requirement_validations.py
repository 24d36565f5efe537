# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_requirement_validations` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.emergency_requirement_validations import EmergencyRequirementValidation
from didww._repository import AsyncRepository, SyncRepository

__all__ = [
    "AsyncEmergencyRequirementValidationRepository",
    "EmergencyRequirementValidationRepository",
]


class EmergencyRequirementValidationRepository(SyncRepository[EmergencyRequirementValidation]):
    """The `/emergency_requirement_validations` endpoints."""

    _model = EmergencyRequirementValidation
    _path = "/emergency_requirement_validations"

    def create(self, model: EmergencyRequirementValidation) -> EmergencyRequirementValidation:
        """Create a EmergencyRequirementValidation, sending every field that was set; returns the
        saved model.
        """
        return self._create(model)


class AsyncEmergencyRequirementValidationRepository(
    AsyncRepository[EmergencyRequirementValidation]
):
    """The `/emergency_requirement_validations` endpoints."""

    _model = EmergencyRequirementValidation
    _path = "/emergency_requirement_validations"

    async def create(self, model: EmergencyRequirementValidation) -> EmergencyRequirementValidation:
        """Create a EmergencyRequirementValidation, sending every field that was set; returns the
        saved model.
        """
        return await self._create(model)
