# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/addresses` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.addresses import Address

__all__ = [
    "AsyncAddressRepository",
    "AsyncAddressRepositoryWithRawResponse",
    "AddressRepository",
    "AddressRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "address",
        "address_contains",
        "area.id",
        "city.id",
        "city_name",
        "city_name_contains",
        "country.id",
        "description",
        "description_contains",
        "external_reference_id",
        "id",
        "identity.external_reference_id",
        "identity.id",
        "postal_code",
        "postal_code_contains",
    }
)
_ONE_VALUE_FILTERS: frozenset[str] = frozenset(
    {
        "address",
        "address_contains",
        "city_name",
        "city_name_contains",
        "description",
        "description_contains",
        "external_reference_id",
        "identity.external_reference_id",
        "postal_code",
        "postal_code_contains",
    }
)
_SORTS: frozenset[str] = frozenset(
    {
        "address",
        "city_name",
        "created_at",
        "description",
        "external_reference_id",
        "postal_code",
        "verified",
    }
)


class AddressRepository(SyncRepository[Address]):
    """The `/addresses` endpoints."""

    _model = Address
    _path = "/addresses"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AddressRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AddressRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Address, None, None]:
        """Every address matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Address]:
        """One page of addresses (see also :meth:`iter`). Filters: `address`, `address_contains`,
        `area.id`, `city.id`, `city_name`, `city_name_contains`, `country.id`, `description`,
        `description_contains`, `external_reference_id`, `id`,
        `identity.external_reference_id`, `identity.id`, `postal_code`,
        `postal_code_contains`. Sorts: `address`, `city_name`, `created_at`, `description`,
        `external_reference_id`, `postal_code`, `verified`. Includes: `identity`, `country`,
        `area`, `city`, `proofs`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Address:
        """Fetch one address by its id. Includes: `identity`, `country`, `area`, `city`,
        `proofs`.
        """
        return self._find(id, params)

    def create(self, model: Address) -> Address:
        """Create an address, sending every field that was set; returns the saved Address."""
        return self._create(model)

    def update(self, model: Address) -> Address:
        """Save the changes made to an address: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | Address) -> None:
        """Delete an address, given its id or the model."""
        self._delete(id_or_model)


class AddressRepositoryWithRawResponse(SyncRawRepository[Address]):
    """The `/addresses` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Address]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Address]:
        return self._find(id, params)

    def create(self, model: Address) -> RawResponse[Address]:
        return self._create(model)

    def update(self, model: Address) -> RawResponse[Address]:
        return self._update(model)

    def delete(self, id_or_model: str | Address) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncAddressRepository(AsyncRepository[Address]):
    """The `/addresses` endpoints."""

    _model = Address
    _path = "/addresses"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAddressRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAddressRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Address, None]:
        """Every address matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Address]:
        """One page of addresses (see also :meth:`iter`). Filters: `address`, `address_contains`,
        `area.id`, `city.id`, `city_name`, `city_name_contains`, `country.id`, `description`,
        `description_contains`, `external_reference_id`, `id`,
        `identity.external_reference_id`, `identity.id`, `postal_code`,
        `postal_code_contains`. Sorts: `address`, `city_name`, `created_at`, `description`,
        `external_reference_id`, `postal_code`, `verified`. Includes: `identity`, `country`,
        `area`, `city`, `proofs`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Address:
        """Fetch one address by its id. Includes: `identity`, `country`, `area`, `city`,
        `proofs`.
        """
        return await self._find(id, params)

    async def create(self, model: Address) -> Address:
        """Create an address, sending every field that was set; returns the saved Address."""
        return await self._create(model)

    async def update(self, model: Address) -> Address:
        """Save the changes made to an address: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | Address) -> None:
        """Delete an address, given its id or the model."""
        await self._delete(id_or_model)


class AsyncAddressRepositoryWithRawResponse(AsyncRawRepository[Address]):
    """The `/addresses` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Address]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Address]:
        return await self._find(id, params)

    async def create(self, model: Address) -> RawResponse[Address]:
        return await self._create(model)

    async def update(self, model: Address) -> RawResponse[Address]:
        return await self._update(model)

    async def delete(self, id_or_model: str | Address) -> RawResponse[None]:
        return await self._delete(id_or_model)
