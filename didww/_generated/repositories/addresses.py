# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/addresses` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.addresses import Address
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncAddressRepository", "AddressRepository"]


class AddressRepository(SyncRepository[Address]):
    """The `/addresses` endpoints."""

    _model = Address
    _path = "/addresses"

    def list(self, params: QueryParams | None = None) -> ResourceList[Address]:
        """List addresses (one page). Filters: `address`, `address_contains`, `area.id`,
        `city.id`, `city_name`, `city_name_contains`, `country.id`, `description`,
        `description_contains`, `external_reference_id`, `id`,
        `identity.external_reference_id`, `identity.id`, `postal_code`,
        `postal_code_contains`. Sorts: `address`, `city_name`, `created_at`, `description`,
        `external_reference_id`, `postal_code`, `verified`. Includes: `identity`, `country`,
        `area`, `city`, `proofs`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Address:
        """Fetch one Address by id. Includes: `identity`, `country`, `area`, `city`, `proofs`."""
        return self._find(id, params)

    def create(self, model: Address) -> Address:
        """Create a Address, sending every field that was set; returns the saved model."""
        return self._create(model)

    def update(self, model: Address) -> Address:
        """Save the changes made to a Address (only changed fields are sent)."""
        return self._update(model)

    def delete(self, id_or_model: str | Address) -> None:
        """Delete a Address, given its id or the model."""
        self._delete(id_or_model)


class AsyncAddressRepository(AsyncRepository[Address]):
    """The `/addresses` endpoints."""

    _model = Address
    _path = "/addresses"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Address]:
        """List addresses (one page). Filters: `address`, `address_contains`, `area.id`,
        `city.id`, `city_name`, `city_name_contains`, `country.id`, `description`,
        `description_contains`, `external_reference_id`, `id`,
        `identity.external_reference_id`, `identity.id`, `postal_code`,
        `postal_code_contains`. Sorts: `address`, `city_name`, `created_at`, `description`,
        `external_reference_id`, `postal_code`, `verified`. Includes: `identity`, `country`,
        `area`, `city`, `proofs`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Address:
        """Fetch one Address by id. Includes: `identity`, `country`, `area`, `city`, `proofs`."""
        return await self._find(id, params)

    async def create(self, model: Address) -> Address:
        """Create a Address, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def update(self, model: Address) -> Address:
        """Save the changes made to a Address (only changed fields are sent)."""
        return await self._update(model)

    async def delete(self, id_or_model: str | Address) -> None:
        """Delete a Address, given its id or the model."""
        await self._delete(id_or_model)
