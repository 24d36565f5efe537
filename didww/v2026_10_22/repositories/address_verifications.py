# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/address_verifications` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.address_verifications import AddressVerification

__all__ = [
    "AsyncAddressVerificationRepository",
    "AsyncAddressVerificationRepositoryWithRawResponse",
    "AddressVerificationRepository",
    "AddressVerificationRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "address.id",
        "address.identity.id",
        "external_reference_id",
        "id",
        "reference",
        "reference_in",
        "status",
    }
)
_ONE_VALUE_FILTERS: frozenset[str] = frozenset({"external_reference_id", "reference", "status"})
_SORTS: frozenset[str] = frozenset({"created_at", "external_reference_id"})


class AddressVerificationRepository(SyncRepository[AddressVerification]):
    """The `/address_verifications` endpoints."""

    _model = AddressVerification
    _path = "/address_verifications"
    _lifecycle = ("status", frozenset({"approved", "rejected"}))
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AddressVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AddressVerificationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[AddressVerification, None, None]:
        """Every address verification matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[AddressVerification]:
        """One page of address verifications (see also :meth:`iter`). Filters: `address.id`,
        `address.identity.id`, `external_reference_id`, `id`, `reference`, `reference_in`,
        `status`. Sorts: `created_at`, `external_reference_id`. Includes: `address`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AddressVerification:
        """Fetch one address verification by its id. Includes: `address`, `dids`."""
        return self._find(id, params)

    def create(self, model: AddressVerification) -> AddressVerification:
        """Create an address verification, sending every field that was set; returns the saved
        AddressVerification.
        """
        return self._create(model)

    def update(self, model: AddressVerification) -> AddressVerification:
        """Save the changes made to an address verification: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return self._update(model)

    def wait(
        self,
        id_or_model: str | AddressVerification,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> AddressVerification:
        """Poll the address verification until its `status` is `approved` or `rejected`, and
        return it. Waits ``poll_interval`` seconds after the first look, doubling up to
        ``max_poll_interval``; raises :class:`didww.WaitTimeoutError`, holding the last state
        in ``.last``, when ``timeout`` seconds pass first. A model already at one of those
        statuses is returned as it is, without a request.
        """
        return self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


class AddressVerificationRepositoryWithRawResponse(SyncRawRepository[AddressVerification]):
    """The `/address_verifications` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AddressVerification]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AddressVerification]:
        return self._find(id, params)

    def create(self, model: AddressVerification) -> RawResponse[AddressVerification]:
        return self._create(model)

    def update(self, model: AddressVerification) -> RawResponse[AddressVerification]:
        return self._update(model)


class AsyncAddressVerificationRepository(AsyncRepository[AddressVerification]):
    """The `/address_verifications` endpoints."""

    _model = AddressVerification
    _path = "/address_verifications"
    _lifecycle = ("status", frozenset({"approved", "rejected"}))
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAddressVerificationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAddressVerificationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[AddressVerification, None]:
        """Every address verification matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[AddressVerification]:
        """One page of address verifications (see also :meth:`iter`). Filters: `address.id`,
        `address.identity.id`, `external_reference_id`, `id`, `reference`, `reference_in`,
        `status`. Sorts: `created_at`, `external_reference_id`. Includes: `address`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AddressVerification:
        """Fetch one address verification by its id. Includes: `address`, `dids`."""
        return await self._find(id, params)

    async def create(self, model: AddressVerification) -> AddressVerification:
        """Create an address verification, sending every field that was set; returns the saved
        AddressVerification.
        """
        return await self._create(model)

    async def update(self, model: AddressVerification) -> AddressVerification:
        """Save the changes made to an address verification: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return await self._update(model)

    async def wait(
        self,
        id_or_model: str | AddressVerification,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> AddressVerification:
        """Poll the address verification until its `status` is `approved` or `rejected`, and
        return it. Waits ``poll_interval`` seconds after the first look, doubling up to
        ``max_poll_interval``; raises :class:`didww.WaitTimeoutError`, holding the last state
        in ``.last``, when ``timeout`` seconds pass first. A model already at one of those
        statuses is returned as it is, without a request.
        """
        return await self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


class AsyncAddressVerificationRepositoryWithRawResponse(AsyncRawRepository[AddressVerification]):
    """The `/address_verifications` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AddressVerification]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[AddressVerification]:
        return await self._find(id, params)

    async def create(self, model: AddressVerification) -> RawResponse[AddressVerification]:
        return await self._create(model)

    async def update(self, model: AddressVerification) -> RawResponse[AddressVerification]:
        return await self._update(model)
