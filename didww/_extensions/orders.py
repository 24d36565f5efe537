"""Extensions of the ``/orders`` repositories: finding an order whose answer was lost.

An order whose POST timed out, or whose connection dropped after sending, may have been placed.
The SDK never repeats it by itself; giving each order an ``external_reference_id`` makes it
possible to ask afterwards whether it was placed, with :meth:`find_placed`.
"""

from __future__ import annotations

from contextlib import aclosing
from typing import TypeVar

from didww._codecs import lone_surrogate, surrogate_refusal
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


_PAGE_SIZE = 10
"""Orders per request of :meth:`find_placed`: the filter matches the reference exactly, so the
first page holds the answer; more than one record only spares requests should it not."""


def _query(reference: object) -> QueryParams:
    if not isinstance(reference, str) or not reference:
        raise ClientError(
            f"orders.find_placed: expected the order's external_reference_id, got {reference!r}"
        )
    if "," in reference:
        # The API reads a comma in a filter value as "any of": "crm-2,crm-1" would find the
        # order crm-1, and an order placed as "a,b" could never be found, so code that orders
        # again when nothing is found would buy twice.
        raise ClientError(
            f"orders.find_placed: {reference!r} contains a comma, which the API's filters read "
            "as 'any of', so it cannot be looked up; give orders external_reference_ids "
            "without commas"
        )
    index = lone_surrogate(reference)
    if index is not None:
        # Refused here so the error names the call and the field, as the checks above do.
        raise ClientError(
            f"orders.find_placed: the external_reference_id {reference!r} "
            f"{surrogate_refusal(reference, index)}"
        )
    # The newest first: a reference reused by an older order must not hide the one just placed.
    return QueryParams().filter("external_reference_id", reference).sort("-created_at")


def _placed(order: Order, reference: str) -> bool:
    """Whether ``order`` carries exactly ``reference``: what the filter matched is checked
    again, so that a looser match on the server is never taken for the order placed."""
    return order._loaded_text("external_reference_id") == reference


class SyncOrderExtension(SyncRepository[Order]):
    """Hand-written operations of ``client.orders``."""

    _lost_hint = _LOST_HINT

    def find_placed(self, external_reference_id: str) -> Order | None:
        """The order placed with this ``external_reference_id`` (the newest, if several were),
        or None when there is none.

        Use it after ``orders.create()`` failed with an :class:`didww.APIConnectionError` whose
        ``may_have_been_processed`` is True (a timeout or a dropped connection after the order
        was sent): None means it was not placed and can be sent again. Only an order whose
        reference is exactly this one is returned; a reference containing a comma raises
        :class:`didww.ClientError`, because the API reads a comma in a filter as "any of".
        """
        query = _query(external_reference_id)
        for order in self._iter(query, _PAGE_SIZE, prefetch=False):
            if _placed(order, external_reference_id):
                return order
        return None


class AsyncOrderExtension(AsyncRepository[Order]):
    """Hand-written operations of ``AsyncClient.orders``."""

    _lost_hint = _LOST_HINT

    async def find_placed(self, external_reference_id: str) -> Order | None:
        """The async twin of ``Client.orders.find_placed``."""
        query = _query(external_reference_id)
        async with aclosing(self._iter(query, _PAGE_SIZE, prefetch=False)) as orders:
            async for order in orders:
                if _placed(order, external_reference_id):
                    return order
        return None
