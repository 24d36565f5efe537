# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/orders` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._extensions.orders import AsyncOrderExtension, SyncOrderExtension
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, SyncRawRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.orders import Order

__all__ = [
    "AsyncOrderRepository",
    "AsyncOrderRepositoryWithRawResponse",
    "OrderRepository",
    "OrderRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"created_at_gteq", "created_at_lteq", "external_reference_id", "id", "reference", "status"}
)
_SORTS: frozenset[str] = frozenset(
    {"amount", "created_at", "external_reference_id", "reference", "status"}
)


class OrderRepository(SyncOrderExtension[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"
    _page_size_max = 1000
    _lifecycle = ("status", frozenset({"canceled", "completed"}))
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> OrderRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return OrderRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Order, None, None]:
        """Every order matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """One page of orders (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `external_reference_id`, `id`, `reference`, `status`. Sorts:
        `amount`, `created_at`, `external_reference_id`, `reference`, `status`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Order:
        """Fetch one order by its id."""
        return self._find(id, params)

    def create(self, model: Order) -> Order:
        """Create an order, sending every field that was set; returns the saved Order."""
        return self._create(model)

    def update(self, model: Order) -> Order:
        """Save the changes made to an order: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | Order) -> None:
        """Cancel an order, given its id or the model: the API keeps it, canceled."""
        self._delete(id_or_model)

    def wait(
        self,
        id_or_model: str | Order,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> Order:
        """Poll the order until its `status` is `completed` or `canceled`, and return it. Waits
        ``poll_interval`` seconds after the first look, doubling up to ``max_poll_interval``;
        raises :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when
        ``timeout`` seconds pass first. A model already at one of those statuses is returned
        as it is, without a request.
        """
        return self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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


class AsyncOrderRepository(AsyncOrderExtension[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"
    _page_size_max = 1000
    _lifecycle = ("status", frozenset({"canceled", "completed"}))
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncOrderRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncOrderRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Order, None]:
        """Every order matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """One page of orders (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `external_reference_id`, `id`, `reference`, `status`. Sorts:
        `amount`, `created_at`, `external_reference_id`, `reference`, `status`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Order:
        """Fetch one order by its id."""
        return await self._find(id, params)

    async def create(self, model: Order) -> Order:
        """Create an order, sending every field that was set; returns the saved Order."""
        return await self._create(model)

    async def update(self, model: Order) -> Order:
        """Save the changes made to an order: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | Order) -> None:
        """Cancel an order, given its id or the model: the API keeps it, canceled."""
        await self._delete(id_or_model)

    async def wait(
        self,
        id_or_model: str | Order,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> Order:
        """Poll the order until its `status` is `completed` or `canceled`, and return it. Waits
        ``poll_interval`` seconds after the first look, doubling up to ``max_poll_interval``;
        raises :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when
        ``timeout`` seconds pass first. A model already at one of those statuses is returned
        as it is, without a request.
        """
        return await self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


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
