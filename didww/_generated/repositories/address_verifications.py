# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/address_verifications` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.address_verifications import AddressVerification
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncAddressVerificationRepository", "AddressVerificationRepository"]


class AddressVerificationRepository(SyncRepository[AddressVerification]):
    """The `/address_verifications` endpoints."""

    _model = AddressVerification
    _path = "/address_verifications"

    def list(self, params: QueryParams | None = None) -> ResourceList[AddressVerification]:
        """List address verifications (one page). Filters: `address.id`, `address.identity.id`,
        `external_reference_id`, `id`, `reference`, `reference_in`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AddressVerification:
        """Fetch one AddressVerification by id. Includes: `address`, `dids`."""
        return self._find(id, params)

    def create(self, model: AddressVerification) -> AddressVerification:
        """Create a AddressVerification, sending every field that was set; returns the saved
        model.
        """
        return self._create(model)

    def update(self, model: AddressVerification) -> AddressVerification:
        """Save the changes made to a AddressVerification (only changed fields are sent)."""
        return self._update(model)


class AsyncAddressVerificationRepository(AsyncRepository[AddressVerification]):
    """The `/address_verifications` endpoints."""

    _model = AddressVerification
    _path = "/address_verifications"

    async def list(self, params: QueryParams | None = None) -> ResourceList[AddressVerification]:
        """List address verifications (one page). Filters: `address.id`, `address.identity.id`,
        `external_reference_id`, `id`, `reference`, `reference_in`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AddressVerification:
        """Fetch one AddressVerification by id. Includes: `address`, `dids`."""
        return await self._find(id, params)

    async def create(self, model: AddressVerification) -> AddressVerification:
        """Create a AddressVerification, sending every field that was set; returns the saved
        model.
        """
        return await self._create(model)

    async def update(self, model: AddressVerification) -> AddressVerification:
        """Save the changes made to a AddressVerification (only changed fields are sent)."""
        return await self._update(model)
