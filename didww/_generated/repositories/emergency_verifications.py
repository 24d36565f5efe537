# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_verifications` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._generated.models.emergency_verifications import EmergencyVerification
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncEmergencyVerificationRepository",
    "AsyncEmergencyVerificationRepositoryWithRawResponse",
    "EmergencyVerificationRepository",
    "EmergencyVerificationRepositoryWithRawResponse",
]


class EmergencyVerificationRepository(SyncRepository[EmergencyVerification]):
    """The `/emergency_verifications` endpoints."""

    _model = EmergencyVerification
    _path = "/emergency_verifications"

    @cached_property
    def with_raw_response(self) -> EmergencyVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyVerificationRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[EmergencyVerification]:
        """Every EmergencyVerification matching ``params``, fetched page by page, ``page_size``
        per request. With ``prefetch`` (the default) the next page is requested while you work
        through this one (one page ahead at most); ``prefetch=False`` requests each page only
        when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """One page of EmergencyVerification resources (see also :meth:`iter`). Filters:
        `emergency_calling_service.id`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return self._find(id, params)

    def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create a EmergencyVerification, sending every field that was set; returns the saved
        model.
        """
        return self._create(model)

    def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to a EmergencyVerification (only changed fields are sent)."""
        return self._update(model)


class EmergencyVerificationRepositoryWithRawResponse(SyncRawRepository[EmergencyVerification]):
    """The `/emergency_verifications` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyVerification]]:
        return self._list(params)

    def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[EmergencyVerification]:
        return self._find(id, params)

    def create(self, model: EmergencyVerification) -> RawResponse[EmergencyVerification]:
        return self._create(model)

    def update(self, model: EmergencyVerification) -> RawResponse[EmergencyVerification]:
        return self._update(model)


class AsyncEmergencyVerificationRepository(AsyncRepository[EmergencyVerification]):
    """The `/emergency_verifications` endpoints."""

    _model = EmergencyVerification
    _path = "/emergency_verifications"

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyVerificationRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[EmergencyVerification]:
        """Every EmergencyVerification matching ``params``, fetched page by page, ``page_size``
        per request. With ``prefetch`` (the default) the next page is requested while you work
        through this one (one page ahead at most); ``prefetch=False`` requests each page only
        when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """One page of EmergencyVerification resources (see also :meth:`iter`). Filters:
        `emergency_calling_service.id`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return await self._find(id, params)

    async def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create a EmergencyVerification, sending every field that was set; returns the saved
        model.
        """
        return await self._create(model)

    async def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to a EmergencyVerification (only changed fields are sent)."""
        return await self._update(model)


class AsyncEmergencyVerificationRepositoryWithRawResponse(
    AsyncRawRepository[EmergencyVerification]
):
    """The `/emergency_verifications` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyVerification]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[EmergencyVerification]:
        return await self._find(id, params)

    async def create(self, model: EmergencyVerification) -> RawResponse[EmergencyVerification]:
        return await self._create(model)

    async def update(self, model: EmergencyVerification) -> RawResponse[EmergencyVerification]:
        return await self._update(model)
