# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_requirement_validations` endpoints, sync and async."""

from __future__ import annotations

from functools import cached_property

from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww.v2026_04_16.models.emergency_requirement_validations import (
    EmergencyRequirementValidation,
)

__all__ = [
    "AsyncEmergencyRequirementValidationRepository",
    "AsyncEmergencyRequirementValidationRepositoryWithRawResponse",
    "EmergencyRequirementValidationRepository",
    "EmergencyRequirementValidationRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset()
_SORTS: frozenset[str] = frozenset()


class EmergencyRequirementValidationRepository(SyncRepository[EmergencyRequirementValidation]):
    """The `/emergency_requirement_validations` endpoints."""

    _model = EmergencyRequirementValidation
    _path = "/emergency_requirement_validations"
    _idempotent_create = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> EmergencyRequirementValidationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyRequirementValidationRepositoryWithRawResponse(self)

    def create(self, model: EmergencyRequirementValidation) -> EmergencyRequirementValidation:
        """Create an emergency requirement validation, sending every field that was set; returns
        the saved EmergencyRequirementValidation.
        """
        return self._create(model)


class EmergencyRequirementValidationRepositoryWithRawResponse(
    SyncRawRepository[EmergencyRequirementValidation]
):
    """The `/emergency_requirement_validations` operations, answered with
    :class:`didww.RawResponse`.
    """

    def create(
        self, model: EmergencyRequirementValidation
    ) -> RawResponse[EmergencyRequirementValidation]:
        return self._create(model)


class AsyncEmergencyRequirementValidationRepository(
    AsyncRepository[EmergencyRequirementValidation]
):
    """The `/emergency_requirement_validations` endpoints."""

    _model = EmergencyRequirementValidation
    _path = "/emergency_requirement_validations"
    _idempotent_create = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyRequirementValidationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyRequirementValidationRepositoryWithRawResponse(self)

    async def create(self, model: EmergencyRequirementValidation) -> EmergencyRequirementValidation:
        """Create an emergency requirement validation, sending every field that was set; returns
        the saved EmergencyRequirementValidation.
        """
        return await self._create(model)


class AsyncEmergencyRequirementValidationRepositoryWithRawResponse(
    AsyncRawRepository[EmergencyRequirementValidation]
):
    """The `/emergency_requirement_validations` operations, answered with
    :class:`didww.RawResponse`.
    """

    async def create(
        self, model: EmergencyRequirementValidation
    ) -> RawResponse[EmergencyRequirementValidation]:
        return await self._create(model)
