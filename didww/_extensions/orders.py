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

LOST_HINT = (
    "if the order had an external_reference_id, client.orders.find_placed(reference) tells "
    "whether it was placed"
)
"""What an error for a lost order answer adds (the command line puts its own command here)."""


_PAGE_SIZE = 10
"""Orders per request of :meth:`find_placed`: the filter matches the reference exactly, so the
first page holds the answer; more than one record only spares requests should it not."""


def _unfindable(reference: str, one_value: bool) -> str | None:
    """Why the API's ``external_reference_id`` filter cannot find an order placed under
    ``reference``, or None. A filter that takes a comma-separated list (2026-04-16's) reads a
    comma as "any of" (an order placed as "a,b" matches neither "a" nor "b") and trims each value
    ("crm-1 " is looked up as "crm-1"); one that takes one value (2026-10-22's) takes it whole.
    Neither looks up an empty value: ``filter[external_reference_id]=`` names no order."""
    if not reference:
        return "is empty, which the API's filter cannot look up (leave it out for no reference)"
    if one_value:
        return None
    if "," in reference:
        return "contains a comma, which the API's filter reads as 'any of'"
    if reference != reference.strip():
        return "starts or ends with white space, which the API's filter trims off"
    return None


def _query(reference: object, one_value: bool) -> QueryParams:
    if not isinstance(reference, str) or not reference:
        raise ClientError(
            f"orders.find_placed: expected the order's external_reference_id, got {reference!r}"
        )
    reason = _unfindable(reference, one_value)
    if reason is not None:
        # An order placed as "a,b" could never be found, and "crm-2,crm-1" would find the order
        # crm-1: code that orders again when nothing is found would buy twice.
        raise ClientError(
            f"orders.find_placed: {reference!r} {reason}, so it cannot be looked up; give "
            "orders external_reference_ids without commas or white space at their ends"
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


def _check_reference(attributes: dict[str, object], one_value: bool) -> None:
    """Refuse to place an order that :meth:`find_placed` could never find: it is the way back
    when the order's answer is lost, and learning then that it cannot work is too late."""
    reference = attributes.get("external_reference_id")
    if not isinstance(reference, str):
        return
    reason = _unfindable(reference, one_value)
    if reason is not None:
        raise ClientError(
            f"Order.external_reference_id {reference!r} {reason}: should the order's answer be "
            "lost, orders.find_placed could not tell whether it was placed. Give a reference "
            "that is not empty, without commas or white space at its ends (nothing was sent)"
        )


def _placed(order: Order, reference: str) -> bool:
    """Whether ``order`` carries exactly ``reference``: what the filter matched is checked
    again, so that a looser match on the server is never taken for the order placed."""
    return order._loaded_text("external_reference_id") == reference


class SyncOrderExtension(SyncRepository[Order]):
    """Hand-written operations of ``client.orders``."""

    _lost_hint = LOST_HINT

    def _check_create(self, attributes: dict[str, object]) -> None:
        _check_reference(attributes, "external_reference_id" in self._one_value_filters)

    def find_placed(self, external_reference_id: str) -> Order | None:
        """The order placed with this ``external_reference_id`` (the newest, if several were),
        or None when there is none.

        Use it after ``orders.create()`` failed with an :class:`didww.APIConnectionError` whose
        ``may_have_been_processed`` is True (a timeout or a dropped connection after the order
        was sent): None means it was not placed and can be sent again. Only an order whose
        reference is exactly this one is returned. Where the API's filter takes a list
        (2026-04-16), a reference with a comma or with white space at its ends cannot be looked
        up and raises :class:`didww.ClientError`; ``create()`` refuses to place such an order
        in the first place.
        """
        query = _query(external_reference_id, "external_reference_id" in self._one_value_filters)
        for order in self._iter(query, _PAGE_SIZE, prefetch=False):
            if _placed(order, external_reference_id):
                return order
        return None


class AsyncOrderExtension(AsyncRepository[Order]):
    """Hand-written operations of ``AsyncClient.orders``."""

    _lost_hint = LOST_HINT

    def _check_create(self, attributes: dict[str, object]) -> None:
        _check_reference(attributes, "external_reference_id" in self._one_value_filters)

    async def find_placed(self, external_reference_id: str) -> Order | None:
        """The async twin of ``Client.orders.find_placed``."""
        query = _query(external_reference_id, "external_reference_id" in self._one_value_filters)
        async with aclosing(self._iter(query, _PAGE_SIZE, prefetch=False)) as orders:
            async for order in orders:
                if _placed(order, external_reference_id):
                    return order
        return None
