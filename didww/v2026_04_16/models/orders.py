# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `orders` resource."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from didww._codecs import BOOLEAN, DATETIME, DECIMAL, STRING, EnumCodec, Limited, ListCodec
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import Resource
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    CallbackMethod,
    OrderStatus,
)
from didww.v2026_04_16.objects import (
    ORDER_ITEM_CODEC,
    OrderItem,
)

__all__ = ["Order"]


class Order(Resource, registry=REGISTRY):
    """A purchase of numbers or channels, made up of a list of order items. The cost is taken
    from the account balance straight away while fulfilment may finish later, so poll until
    `status` is no longer `pending` or give a `callback_url`. Afterwards only
    `external_reference_id` can change; deleting an order cancels it, which is possible only
    for DID orders that need no balance hold.
    """

    TYPE = "orders"

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
        """URL that DIDWW calls when the order is complete, or null. Can only be set when
        creating. Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    callback_method: CreateOnlyAttribute[CallbackMethod | None] = CreateOnlyAttribute(
        EnumCodec(CallbackMethod, str),
        """HTTP verb used when calling `callback_url`. Can only be set when creating. Never sent
        as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for the order; the only field that can be updated.
        Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    items: CreateOnlyAttribute[list[OrderItem]] = CreateOnlyAttribute(
        Limited(ListCodec(ORDER_ITEM_CODEC), min_items=1),
        """The things being bought; the type of each entry decides which fields it carries. Can
        only be set when creating. Takes a list of at least 1 member: the SDK refuses another
        value when it is assigned. Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    allow_back_ordering: CreateOnlyAttribute[bool] = CreateOnlyAttribute(
        BOOLEAN,
        """When true, the order is accepted even if some of the numbers cannot be supplied right
        away; sent only when ordering. Can only be set when creating. Sent by the SDK, never
        returned by the API.
        """,
        write_only=True,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        callback_url: str | NotGiven = NOT_GIVEN,
        callback_method: CallbackMethod | NotGiven = NOT_GIVEN,
        external_reference_id: str | NotGiven = NOT_GIVEN,
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
