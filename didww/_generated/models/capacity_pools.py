# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `capacity_pools` resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from didww._codecs import DATE, DECIMAL, INTEGER, STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToMany, ToManyIds, register
from didww._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from didww._generated.models.countries import Country
    from didww._generated.models.qty_based_pricings import QtyBasedPricing
    from didww._generated.models.shared_capacity_groups import SharedCapacityGroup

__all__ = ["CapacityPool"]


@register
class CapacityPool(Resource):
    """A pool of concurrent call channels the customer owns and shares across its DIDs. Channels
    are bought with capacity order items; an update can only lower `total_channels_count` to
    release channels, and an increase is rejected.
    """

    __slots__ = ()

    TYPE = "capacity_pools"

    name: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Name of the pool template the pool is based on. Read-only."""
    renew_date: Attribute[dt.date] = Attribute(DATE, Access.READ_ONLY)
    """Date of the next renewal. Read-only."""
    total_channels_count: Attribute[int] = Attribute(INTEGER, Access.WRITABLE)
    """Channels owned in the pool. It can only be lowered, and not below
    `assigned_channels_count` or `minimum_limit`.
    """
    assigned_channels_count: Attribute[int] = Attribute(INTEGER, Access.READ_ONLY)
    """Channels currently in use by DIDs. Read-only."""
    minimum_limit: Attribute[int] = Attribute(INTEGER, Access.READ_ONLY)
    """Smallest channel count the pool can be reduced to. Read-only."""
    minimum_qty_per_order: Attribute[int] = Attribute(INTEGER, Access.READ_ONLY)
    """Smallest number of channels one capacity order can buy. Read-only."""
    setup_price: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """One-time charge per channel. Read-only."""
    monthly_price: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """Monthly charge per channel. Read-only."""
    metered_rate: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """Per-minute rate charged once the pool's channels are used up. Read-only."""

    countries: ToMany[Country] = ToMany("countries", ("countries",), access=Access.READ_ONLY)
    """The countries the pool covers. Read-only."""
    country_ids: ToManyIds[Country] = ToManyIds(countries)
    """The ids of `countries`. Read-only."""
    shared_capacity_groups: ToMany[SharedCapacityGroup] = ToMany(
        "shared_capacity_groups", ("shared_capacity_groups",), access=Access.READ_ONLY
    )
    """Groups of DIDs that draw channels from this pool. Read-only."""
    shared_capacity_group_ids: ToManyIds[SharedCapacityGroup] = ToManyIds(shared_capacity_groups)
    """The ids of `shared_capacity_groups`. Read-only."""
    qty_based_pricings: ToMany[QtyBasedPricing] = ToMany(
        "qty_based_pricings", ("qty_based_pricings",), access=Access.READ_ONLY
    )
    """Volume price tiers for buying more channels. Read-only."""
    qty_based_pricing_ids: ToManyIds[QtyBasedPricing] = ToManyIds(qty_based_pricings)
    """The ids of `qty_based_pricings`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
        *,
        total_channels_count: int | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "total_channels_count": total_channels_count,
            }
        )
