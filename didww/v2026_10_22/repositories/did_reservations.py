# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_reservations` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.did_reservations import DIDReservation

__all__ = [
    "AsyncDIDReservationRepository",
    "AsyncDIDReservationRepositoryWithRawResponse",
    "DIDReservationRepository",
    "DIDReservationRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"description", "id"})
_ONE_VALUE_FILTERS: frozenset[str] = frozenset({"description"})
_EMPTY_VALUE_FILTERS: frozenset[str] = frozenset({"description"})
_SORTS: frozenset[str] = frozenset({"created_at", "description", "expire_at", "expires_at"})


class DIDReservationRepository(SyncRepository[DIDReservation]):
    """The `/did_reservations` endpoints."""

    _model = DIDReservation
    _path = "/did_reservations"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _empty_value_filters = _EMPTY_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> DIDReservationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return DIDReservationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[DIDReservation, None, None]:
        """Every DID reservation matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDReservation]:
        """One page of DID reservations (see also :meth:`iter`). Filters: `description`, `id`.
        Sorts: `created_at`, `description`, `expire_at`, `expires_at`. Includes:
        `available_did`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDReservation:
        """Fetch one DID reservation by its id. Includes: `available_did`."""
        return self._find(id, params)

    def create(self, model: DIDReservation) -> DIDReservation:
        """Create a DID reservation, sending every field that was set; returns the saved
        DIDReservation.
        """
        return self._create(model)

    def delete(self, id_or_model: str | DIDReservation) -> None:
        """Delete a DID reservation, given its id or the model."""
        self._delete(id_or_model)


class DIDReservationRepositoryWithRawResponse(SyncRawRepository[DIDReservation]):
    """The `/did_reservations` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DIDReservation]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDReservation]:
        return self._find(id, params)

    def create(self, model: DIDReservation) -> RawResponse[DIDReservation]:
        return self._create(model)

    def delete(self, id_or_model: str | DIDReservation) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncDIDReservationRepository(AsyncRepository[DIDReservation]):
    """The `/did_reservations` endpoints."""

    _model = DIDReservation
    _path = "/did_reservations"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _empty_value_filters = _EMPTY_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncDIDReservationRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncDIDReservationRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[DIDReservation, None]:
        """Every DID reservation matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDReservation]:
        """One page of DID reservations (see also :meth:`iter`). Filters: `description`, `id`.
        Sorts: `created_at`, `description`, `expire_at`, `expires_at`. Includes:
        `available_did`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDReservation:
        """Fetch one DID reservation by its id. Includes: `available_did`."""
        return await self._find(id, params)

    async def create(self, model: DIDReservation) -> DIDReservation:
        """Create a DID reservation, sending every field that was set; returns the saved
        DIDReservation.
        """
        return await self._create(model)

    async def delete(self, id_or_model: str | DIDReservation) -> None:
        """Delete a DID reservation, given its id or the model."""
        await self._delete(id_or_model)


class AsyncDIDReservationRepositoryWithRawResponse(AsyncRawRepository[DIDReservation]):
    """The `/did_reservations` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[DIDReservation]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDReservation]:
        return await self._find(id, params)

    async def create(self, model: DIDReservation) -> RawResponse[DIDReservation]:
        return await self._create(model)

    async def delete(self, id_or_model: str | DIDReservation) -> RawResponse[None]:
        return await self._delete(id_or_model)
