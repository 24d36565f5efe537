# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/orders` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.orders import Order
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncOrderRepository", "OrderRepository"]


class OrderRepository(SyncRepository[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"

    def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """List orders (one page). Filters: `created_at_gteq`, `created_at_lteq`,
        `external_reference_id`, `id`, `reference`, `status`. Sorts: `amount`, `created_at`,
        `external_reference_id`, `reference`, `status`.
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


class AsyncOrderRepository(AsyncRepository[Order]):
    """The `/orders` endpoints."""

    _model = Order
    _path = "/orders"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Order]:
        """List orders (one page). Filters: `created_at_gteq`, `created_at_lteq`,
        `external_reference_id`, `id`, `reference`, `status`. Sorts: `amount`, `created_at`,
        `external_reference_id`, `reference`, `status`.
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
