# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_calling_services` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.emergency_calling_services import EmergencyCallingService

__all__ = [
    "AsyncEmergencyCallingServiceRepository",
    "AsyncEmergencyCallingServiceRepositoryWithRawResponse",
    "EmergencyCallingServiceRepository",
    "EmergencyCallingServiceRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"address.id", "country.id", "id", "identity.id", "name", "number_type", "reference", "status"}
)
_ONE_VALUE_FILTERS: frozenset[str] = frozenset(
    {"address.id", "identity.id", "name", "reference", "status"}
)
_SORTS: frozenset[str] = frozenset({"country.name", "created_at", "name", "renew_date", "status"})


class EmergencyCallingServiceRepository(SyncRepository[EmergencyCallingService]):
    """The `/emergency_calling_services` endpoints."""

    _model = EmergencyCallingService
    _path = "/emergency_calling_services"
    _lifecycle = ("status", frozenset({"active", "canceled", "changes_required"}))
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> EmergencyCallingServiceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyCallingServiceRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[EmergencyCallingService, None, None]:
        """Every emergency calling service matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyCallingService]:
        """One page of emergency calling services (see also :meth:`iter`). Filters: `address.id`,
        `country.id`, `id`, `identity.id`, `name`, `number_type`, `reference`, `status`.
        Sorts: `country.name`, `created_at`, `name`, `renew_date`, `status`. Includes:
        `country`, `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyCallingService:
        """Fetch one emergency calling service by its id. Includes: `country`, `order`,
        `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return self._find(id, params)

    def delete(self, id_or_model: str | EmergencyCallingService) -> None:
        """Cancel an emergency calling service, given its id or the model: the API keeps it,
        canceled.
        """
        self._delete(id_or_model)

    def wait(
        self,
        id_or_model: str | EmergencyCallingService,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> EmergencyCallingService:
        """Poll the emergency calling service until its `status` is `active` or
        `changes_required` or `canceled`, and return it. Waits ``poll_interval`` seconds after
        the first look, doubling up to ``max_poll_interval``; raises
        :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when ``timeout``
        seconds pass first. A model already at one of those statuses is returned as it is,
        without a request.
        """
        return self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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
    _lifecycle = ("status", frozenset({"active", "canceled", "changes_required"}))
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyCallingServiceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyCallingServiceRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[EmergencyCallingService, None]:
        """Every emergency calling service matching ``params``, fetched page by page,
        ``page_size`` per request. The next page is requested while you work through this one
        (one page ahead at most) once a page has taken 2 ms or more to arrive, so over a real
        network and not against a local server; ``prefetch=True`` always does,
        ``prefetch=False`` requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(
        self, params: QueryParams | None = None
    ) -> ResourceList[EmergencyCallingService]:
        """One page of emergency calling services (see also :meth:`iter`). Filters: `address.id`,
        `country.id`, `id`, `identity.id`, `name`, `number_type`, `reference`, `status`.
        Sorts: `country.name`, `created_at`, `name`, `renew_date`, `status`. Includes:
        `country`, `order`, `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyCallingService:
        """Fetch one emergency calling service by its id. Includes: `country`, `order`,
        `emergency_requirement`, `emergency_verification`, `dids`.
        """
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EmergencyCallingService) -> None:
        """Cancel an emergency calling service, given its id or the model: the API keeps it,
        canceled.
        """
        await self._delete(id_or_model)

    async def wait(
        self,
        id_or_model: str | EmergencyCallingService,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> EmergencyCallingService:
        """Poll the emergency calling service until its `status` is `active` or
        `changes_required` or `canceled`, and return it. Waits ``poll_interval`` seconds after
        the first look, doubling up to ``max_poll_interval``; raises
        :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when ``timeout``
        seconds pass first. A model already at one of those statuses is returned as it is,
        without a request.
        """
        return await self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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
