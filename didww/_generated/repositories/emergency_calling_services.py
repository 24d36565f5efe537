# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_calling_services` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._generated.models.emergency_calling_services import EmergencyCallingService
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncEmergencyCallingServiceRepository",
    "AsyncEmergencyCallingServiceRepositoryWithRawResponse",
    "EmergencyCallingServiceRepository",
    "EmergencyCallingServiceRepositoryWithRawResponse",
]


class EmergencyCallingServiceRepository(SyncRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` endpoints."""

    _model = EmergencyCallingService
    _path = "/emergency_calling_services"

    @cached_property
    def with_raw_response(self) -> EmergencyCallingServiceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyCallingServiceRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[EmergencyCallingService]:
        """Every EmergencyCallingService matching ``params``, fetched page by page, ``page_size``
        per request. With ``prefetch`` (the default) the next page is requested while you work
        through this one (one page ahead at most); ``prefetch=False`` requests each page only
        when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyCallingService]:
        """One page of EmergencyCallingService resources (see also :meth:`iter`). Filters:
        `address.id`, `country.id`, `did_group_type.id`, `id`, `identity.id`, `name`,
        `reference`, `status`. Sorts: `country.name`, `created_at`, `name`, `renew_date`,
        `status`. Includes: `country`, `did_group_type`, `order`, `emergency_requirement`,
        `emergency_verification`, `dids`.
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


class EmergencyCallingServiceRepositoryWithRawResponse(SyncRawRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyCallingService]]:
        return self._list(params)

    def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[EmergencyCallingService]:
        return self._find(id, params)

    def delete(self, id_or_model: str | EmergencyCallingService) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncEmergencyCallingServiceRepository(AsyncRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` endpoints."""

    _model = EmergencyCallingService
    _path = "/emergency_calling_services"

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyCallingServiceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyCallingServiceRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[EmergencyCallingService]:
        """Every EmergencyCallingService matching ``params``, fetched page by page, ``page_size``
        per request. With ``prefetch`` (the default) the next page is requested while you work
        through this one (one page ahead at most); ``prefetch=False`` requests each page only
        when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[EmergencyCallingService]:
        """One page of EmergencyCallingService resources (see also :meth:`iter`). Filters:
        `address.id`, `country.id`, `did_group_type.id`, `id`, `identity.id`, `name`,
        `reference`, `status`. Sorts: `country.name`, `created_at`, `name`, `renew_date`,
        `status`. Includes: `country`, `did_group_type`, `order`, `emergency_requirement`,
        `emergency_verification`, `dids`.
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


class AsyncEmergencyCallingServiceRepositoryWithRawResponse(
    AsyncRawRepository[EmergencyCallingService]
):
    """The `/emergency_calling_services` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyCallingService]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[EmergencyCallingService]:
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EmergencyCallingService) -> RawResponse[None]:
        return await self._delete(id_or_model)
