# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `orders` resource."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from didww._codecs import BOOLEAN, DATETIME, DECIMAL, STRING, EnumCodec, Limited, ListCodec
from didww._conditions import Group
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import Resource
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    CallbackMethod,
    OrderStatus,
)
from didww.v2026_10_22.objects import (
    ORDER_ITEM_CODEC,
    OrderItem,
)

__all__ = ["Order"]


class Order(Resource, registry=REGISTRY):
    """A purchase of numbers or channels, made up of a list of order items that all have the same
    type. The cost is taken from the account balance straight away while fulfilment may finish
    later, so poll until `status` is no longer `pending` or give a `callback_url`. Afterwards
    only `external_reference_id` can change; deleting an order cancels it, which is possible
    only for DID orders that need no balance hold.

    A create sends all or none of `callback_url` and `callback_method`: the SDK refuses one
    that does not.
    """

    TYPE = "orders"
    _SPARSE_FIELDS = frozenset(
        {
            "amount",
            "callback_method",
            "callback_url",
            "created_at",
            "description",
            "external_reference_id",
            "id",
            "items",
            "reference",
            "status",
        }
    )
    _CONDITIONS = (Group("all_or_none", ("callback_url", "callback_method")),)

    reference: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Short human-readable code identifying the order. Read-only.""",
    )
    description: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Summary of what was purchased. Read-only.""",
    )
    amount: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Total cost of the order, VAT included. Read-only.""",
    )
    status: ReadOnlyAttribute[OrderStatus] = ReadOnlyAttribute(
        EnumCodec(OrderStatus, str),
        """Progress of the order; it stays `pending` until fulfilment is over. Read-only.""",
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the order was placed. Read-only.""",
    )
    callback_url: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        STRING,
        """URL that DIDWW calls when the order is complete, or null. Only http and https are
        allowed, a URL without a scheme is taken as http, and it must be sent together with
        `callback_method`. Can only be set when creating.
        """,
        nullable=True,
    )
    callback_method: CreateOnlyAttribute[CallbackMethod | None] = CreateOnlyAttribute(
        EnumCodec(CallbackMethod, str),
        """HTTP verb used when calling `callback_url`; sent together with it. Can only be set
        when creating.
        """,
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing for the order; the only field that can be updated.
        Takes at most 100 characters: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    items: CreateOnlyAttribute[list[OrderItem]] = CreateOnlyAttribute(
        Limited(ListCodec(ORDER_ITEM_CODEC), min_items=1, one_variant=True),
        """The things being bought, all of the same type: an order buys either numbers or
        channels, not a mix. The type of each entry decides which fields it carries. Can only
        be set when creating. Takes a list of at least 1 member, all of one type: the SDK
        refuses another value when it is assigned. Required on create: the SDK refuses a
        create without it.
        """,
        required=True,
    )
    allow_back_ordering: CreateOnlyAttribute[bool] = CreateOnlyAttribute(
        BOOLEAN,
        """Whether the order is accepted even if some of the numbers cannot be supplied right
        away; the API assumes true, so send false to have such an order refused. Sent only
        when ordering. Can only be set when creating. Sent by the SDK, never returned by the
        API. Default when left out on create: `true`.
        """,
        write_only=True,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        callback_method: CallbackMethod | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        items: Sequence[OrderItem] | NotGiven = NOT_GIVEN,
        allow_back_ordering: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "callback_url": callback_url,
                "callback_method": callback_method,
                "external_reference_id": external_reference_id,
                "items": items,
                "allow_back_ordering": allow_back_ordering,
            }
        )
