# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/address_requirement_validations` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.address_requirement_validations import AddressRequirementValidation
from didww._repository import AsyncRepository, SyncRepository

__all__ = ["AsyncAddressRequirementValidationRepository", "AddressRequirementValidationRepository"]


class AddressRequirementValidationRepository(SyncRepository[AddressRequirementValidation]):
    """The `/address_requirement_validations` endpoints."""

    _model = AddressRequirementValidation
    _path = "/address_requirement_validations"

    def create(self, model: AddressRequirementValidation) -> AddressRequirementValidation:
        """Create a AddressRequirementValidation, sending every field that was set; returns the
        saved model.
        """
        return self._create(model)


class AsyncAddressRequirementValidationRepository(AsyncRepository[AddressRequirementValidation]):
    """The `/address_requirement_validations` endpoints."""

    _model = AddressRequirementValidation
    _path = "/address_requirement_validations"

    async def create(self, model: AddressRequirementValidation) -> AddressRequirementValidation:
        """Create a AddressRequirementValidation, sending every field that was set; returns the
        saved model.
        """
        return await self._create(model)
