# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/orders` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._generated.models.orders import Order
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = [
    "AsyncOrderRepository",
    "AsyncOrderRepositoryWithRawResponse",
    "OrderRepository",
    "OrderRepositoryWithRawResponse",
]


class OrderRepository(SyncRepository[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"

    @cached_property
    def with_raw_response(self) -> OrderRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return OrderRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> Iterator[Order]:
        """Every Order matching ``params``, fetched page by page, ``page_size`` per request. With
        ``prefetch`` (the default) the next page is requested while you work through this one
        (one page ahead at most); ``prefetch=False`` requests each page only when the previous
        one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """One page of Order resources (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `external_reference_id`, `id`, `reference`, `status`. Sorts:
        `amount`, `created_at`, `external_reference_id`, `reference`, `status`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Order:
        """Fetch one Order by id."""
        return self._find(id, params)

    def create(self, model: Order) -> Order:
        """Create a Order, sending every field that was set; returns the saved model."""
        return self._create(model)

    def update(self, model: Order) -> Order:
        """Save the changes made to a Order (only changed fields are sent)."""
        return self._update(model)

    def delete(self, id_or_model: str | Order) -> None:
        """Delete a Order, given its id or the model."""
        self._delete(id_or_model)


class OrderRepositoryWithRawResponse(SyncRawRepository[Order]):
    """The `/orders` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Order]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Order]:
        return self._find(id, params)

    def create(self, model: Order) -> RawResponse[Order]:
        return self._create(model)

    def update(self, model: Order) -> RawResponse[Order]:
        return self._update(model)

    def delete(self, id_or_model: str | Order) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncOrderRepository(AsyncRepository[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"

    @cached_property
    def with_raw_response(self) -> AsyncOrderRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncOrderRepositoryWithRawResponse(self)

    def iter(
        self, params: QueryParams | None = None, page_size: int = 100, *, prefetch: bool = True
    ) -> AsyncIterator[Order]:
        """Every Order matching ``params``, fetched page by page, ``page_size`` per request. With
        ``prefetch`` (the default) the next page is requested while you work through this one
        (one page ahead at most); ``prefetch=False`` requests each page only when the previous
        one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """One page of Order resources (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `external_reference_id`, `id`, `reference`, `status`. Sorts:
        `amount`, `created_at`, `external_reference_id`, `reference`, `status`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Order:
        """Fetch one Order by id."""
        return await self._find(id, params)

    async def create(self, model: Order) -> Order:
        """Create a Order, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def update(self, model: Order) -> Order:
        """Save the changes made to a Order (only changed fields are sent)."""
        return await self._update(model)

    async def delete(self, id_or_model: str | Order) -> None:
        """Delete a Order, given its id or the model."""
        await self._delete(id_or_model)


class AsyncOrderRepositoryWithRawResponse(AsyncRawRepository[Order]):
    """The `/orders` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Order]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Order]:
        return await self._find(id, params)

    async def create(self, model: Order) -> RawResponse[Order]:
        return await self._create(model)

    async def update(self, model: Order) -> RawResponse[Order]:
        return await self._update(model)

    async def delete(self, id_or_model: str | Order) -> RawResponse[None]:
        return await self._delete(id_or_model)
