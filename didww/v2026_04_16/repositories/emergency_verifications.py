# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_verifications` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.emergency_verifications import EmergencyVerification

__all__ = [
    "AsyncEmergencyVerificationRepository",
    "AsyncEmergencyVerificationRepositoryWithRawResponse",
    "EmergencyVerificationRepository",
    "EmergencyVerificationRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"emergency_calling_service.id", "external_reference_id", "id", "status"}
)
_SORTS: frozenset[str] = frozenset({"created_at", "external_reference_id"})


class EmergencyVerificationRepository(SyncRepository[EmergencyVerification]):
    """The `/emergency_verifications` endpoints."""

    _model = EmergencyVerification
    _path = "/emergency_verifications"
    _page_size_max = 1000
    _lifecycle = ("status", frozenset({"approved", "rejected"}))
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> EmergencyVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyVerificationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[EmergencyVerification, None, None]:
        """Every emergency verification matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """One page of emergency verifications (see also :meth:`iter`). Filters:
        `emergency_calling_service.id`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one emergency verification by its id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return self._find(id, params)

    def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create an emergency verification, sending every field that was set; returns the saved
        EmergencyVerification.
        """
        return self._create(model)

    def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to an emergency verification: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return self._update(model)

    def wait(
        self,
        id_or_model: str | EmergencyVerification,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> EmergencyVerification:
        """Poll the emergency verification until its `status` is `approved` or `rejected`, and
        return it. Waits ``poll_interval`` seconds after the first look, doubling up to
        ``max_poll_interval``; raises :class:`didww.WaitTimeoutError`, holding the last state
        in ``.last``, when ``timeout`` seconds pass first. A model already at one of those
        statuses is returned as it is, without a request.
        """
        return self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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
    _page_size_max = 1000
    _lifecycle = ("status", frozenset({"approved", "rejected"}))
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyVerificationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[EmergencyVerification, None]:
        """Every emergency verification matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyVerification]:
        """One page of emergency verifications (see also :meth:`iter`). Filters:
        `emergency_calling_service.id`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyVerification:
        """Fetch one emergency verification by its id. Includes: `address`,
        `emergency_calling_service`, `dids`.
        """
        return await self._find(id, params)

    async def create(self, model: EmergencyVerification) -> EmergencyVerification:
        """Create an emergency verification, sending every field that was set; returns the saved
        EmergencyVerification.
        """
        return await self._create(model)

    async def update(self, model: EmergencyVerification) -> EmergencyVerification:
        """Save the changes made to an emergency verification: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return await self._update(model)

    async def wait(
        self,
        id_or_model: str | EmergencyVerification,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> EmergencyVerification:
        """Poll the emergency verification until its `status` is `approved` or `rejected`, and
        return it. Waits ``poll_interval`` seconds after the first look, doubling up to
        ``max_poll_interval``; raises :class:`didww.WaitTimeoutError`, holding the last state
        in ``.last``, when ``timeout`` seconds pass first. A model already at one of those
        statuses is returned as it is, without a request.
        """
        return await self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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
