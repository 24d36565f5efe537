# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/address_requirement_validations` endpoints, sync and async."""

from __future__ import annotations

from functools import cached_property

from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww.v2026_10_22.models.address_requirement_validations import AddressRequirementValidation

__all__ = [
    "AsyncAddressRequirementValidationRepository",
    "AsyncAddressRequirementValidationRepositoryWithRawResponse",
    "AddressRequirementValidationRepository",
    "AddressRequirementValidationRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset()
_SORTS: frozenset[str] = frozenset()


class AddressRequirementValidationRepository(SyncRepository[AddressRequirementValidation]):
    """The `/address_requirement_validations` endpoints."""

    _model = AddressRequirementValidation
    _path = "/address_requirement_validations"
    _idempotent_create = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AddressRequirementValidationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AddressRequirementValidationRepositoryWithRawResponse(self)

    def create(self, model: AddressRequirementValidation) -> AddressRequirementValidation:
        """Create an address requirement validation, sending every field that was set; returns
        the saved AddressRequirementValidation.
        """
        return self._create(model)


class AddressRequirementValidationRepositoryWithRawResponse(
    SyncRawRepository[AddressRequirementValidation]
):
    """The `/address_requirement_validations` operations, answered with
    :class:`didww.RawResponse`.
    """

    def create(
        self, model: AddressRequirementValidation
    ) -> RawResponse[AddressRequirementValidation]:
        return self._create(model)


class AsyncAddressRequirementValidationRepository(AsyncRepository[AddressRequirementValidation]):
    """The `/address_requirement_validations` endpoints."""

    _model = AddressRequirementValidation
    _path = "/address_requirement_validations"
    _idempotent_create = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAddressRequirementValidationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAddressRequirementValidationRepositoryWithRawResponse(self)

    async def create(self, model: AddressRequirementValidation) -> AddressRequirementValidation:
        """Create an address requirement validation, sending every field that was set; returns
        the saved AddressRequirementValidation.
        """
        return await self._create(model)


class AsyncAddressRequirementValidationRepositoryWithRawResponse(
    AsyncRawRepository[AddressRequirementValidation]
):
    """The `/address_requirement_validations` operations, answered with
    :class:`didww.RawResponse`.
    """

    async def create(
        self, model: AddressRequirementValidation
    ) -> RawResponse[AddressRequirementValidation]:
        return await self._create(model)
