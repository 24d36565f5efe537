# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/address_requirements` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.address_requirements import AddressRequirement

__all__ = [
    "AsyncAddressRequirementRepository",
    "AsyncAddressRequirementRepositoryWithRawResponse",
    "AddressRequirementRepository",
    "AddressRequirementRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"country.id", "did_group_type.id", "id"})
_SORTS: frozenset[str] = frozenset(
    {
        "address_proof_qty",
        "business_proof_qty",
        "personal_proof_qty",
        "restriction_message",
        "service_description_required",
    }
)


class AddressRequirementRepository(SyncRepository[AddressRequirement]):
    """The `/address_requirements` endpoints."""

    _model = AddressRequirement
    _path = "/address_requirements"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AddressRequirementRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AddressRequirementRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[AddressRequirement, None, None]:
        """Every address requirement matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[AddressRequirement]:
        """One page of address requirements (see also :meth:`iter`). Filters: `country.id`,
        `did_group_type.id`, `id`. Sorts: `address_proof_qty`, `business_proof_qty`,
        `personal_proof_qty`, `restriction_message`, `service_description_required`. Includes:
        `country`, `did_group_type`, `personal_permanent_document`,
        `business_permanent_document`, `personal_onetime_document`,
        `business_onetime_document`, `personal_proof_types`, `business_proof_types`,
        `address_proof_types`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AddressRequirement:
        """Fetch one address requirement by its id. Includes: `country`, `did_group_type`,
        `personal_permanent_document`, `business_permanent_document`,
        `personal_onetime_document`, `business_onetime_document`, `personal_proof_types`,
        `business_proof_types`, `address_proof_types`.
        """
        return self._find(id, params)


class AddressRequirementRepositoryWithRawResponse(SyncRawRepository[AddressRequirement]):
    """The `/address_requirements` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AddressRequirement]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AddressRequirement]:
        return self._find(id, params)


class AsyncAddressRequirementRepository(AsyncRepository[AddressRequirement]):
    """The `/address_requirements` endpoints."""

    _model = AddressRequirement
    _path = "/address_requirements"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAddressRequirementRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAddressRequirementRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[AddressRequirement, None]:
        """Every address requirement matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[AddressRequirement]:
        """One page of address requirements (see also :meth:`iter`). Filters: `country.id`,
        `did_group_type.id`, `id`. Sorts: `address_proof_qty`, `business_proof_qty`,
        `personal_proof_qty`, `restriction_message`, `service_description_required`. Includes:
        `country`, `did_group_type`, `personal_permanent_document`,
        `business_permanent_document`, `personal_onetime_document`,
        `business_onetime_document`, `personal_proof_types`, `business_proof_types`,
        `address_proof_types`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AddressRequirement:
        """Fetch one address requirement by its id. Includes: `country`, `did_group_type`,
        `personal_permanent_document`, `business_permanent_document`,
        `personal_onetime_document`, `business_onetime_document`, `personal_proof_types`,
        `business_proof_types`, `address_proof_types`.
        """
        return await self._find(id, params)


class AsyncAddressRequirementRepositoryWithRawResponse(AsyncRawRepository[AddressRequirement]):
    """The `/address_requirements` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AddressRequirement]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[AddressRequirement]:
        return await self._find(id, params)
