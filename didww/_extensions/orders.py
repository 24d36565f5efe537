"""Extensions of the ``/orders`` repositories: finding an order whose answer was lost.

An order whose POST timed out, or whose connection dropped after sending, may have been placed.
The SDK never repeats it by itself; giving each order an ``external_reference_id`` makes it
possible to ask afterwards whether it was placed, with :meth:`find_placed`.
"""

from __future__ import annotations

from typing import TypeVar

from didww._errors import ClientError
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource import Resource

Order = TypeVar("Order", bound=Resource)
"""The ``Order`` model of the API version whose repository this extends."""

_LOST_HINT = (
    "if the order had an external_reference_id, client.orders.find_placed(reference) tells "
    "whether it was placed"
)


def _query(reference: object) -> QueryParams:
    if not isinstance(reference, str) or not reference:
        raise ClientError(
            f"orders.find_placed: expected the order's external_reference_id, got {reference!r}"
        )
    # The newest first: a reference reused by an older order must not hide the one just placed.
    return QueryParams().filter("external_reference_id", reference).sort("-created_at").page(1, 1)


class SyncOrderExtension(SyncRepository[Order]):
    """Hand-written operations of ``client.orders``."""

    _lost_hint = _LOST_HINT

    def find_placed(self, external_reference_id: str) -> Order | None:
        """The order placed with this ``external_reference_id`` (the newest, if several were),
        or None when there is none.

        Use it after ``orders.create()`` failed with an :class:`didww.APIConnectionError` whose
        ``may_have_been_processed`` is True (a timeout or a dropped connection after the order
        was sent): None means it was not placed and can be sent again.
        """
        page = self._list(_query(external_reference_id))
        return page[0] if page else None


class AsyncOrderExtension(AsyncRepository[Order]):
    """Hand-written operations of ``AsyncClient.orders``."""

    _lost_hint = _LOST_HINT

    async def find_placed(self, external_reference_id: str) -> Order | None:
        """The async twin of ``Client.orders.find_placed``."""
        page = await self._list(_query(external_reference_id))
        return page[0] if page else None
