# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `capacity_pools` resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from didww._codecs import DATE, DECIMAL, INTEGER, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import ReadOnlyToMany, ReadOnlyToManyIds, Resource
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.countries import Country
    from didww.v2026_04_16.models.qty_based_pricings import QtyBasedPricing
    from didww.v2026_04_16.models.shared_capacity_groups import SharedCapacityGroup

__all__ = ["CapacityPool"]


class CapacityPool(Resource, registry=REGISTRY):
    """A pool of concurrent call channels the customer owns and shares across its DIDs. Channels
    are bought with capacity order items; an update can only lower `total_channels_count` to
    release channels, and an increase is rejected.
    """

    TYPE = "capacity_pools"
    _INCLUDES = frozenset({"countries", "qty_based_pricings", "shared_capacity_groups"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Name of the pool template the pool is based on. Read-only.""",
    )
    renew_date: ReadOnlyAttribute[dt.date] = ReadOnlyAttribute(
        DATE,
        """Date of the next renewal. Read-only.""",
    )
    total_channels_count: Attribute[int] = Attribute(
        INTEGER,
        """Channels owned in the pool. It can only be lowered, and not below
        `assigned_channels_count` or `minimum_limit`.
        """,
    )
    assigned_channels_count: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Channels currently in use by DIDs. Read-only.""",
    )
    minimum_limit: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Smallest channel count the pool can be reduced to. Read-only.""",
    )
    minimum_qty_per_order: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Smallest number of channels one capacity order can buy. Read-only.""",
    )
    setup_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time charge per channel. Read-only.""",
    )
    monthly_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Monthly charge per channel. Read-only.""",
    )
    metered_rate: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Per-minute rate charged once the pool's channels are used up. Read-only.""",
    )

    countries: ReadOnlyToMany[Country] = ReadOnlyToMany(
        "countries",
        ("countries",),
        """The countries the pool covers. Read-only.""",
    )
    country_ids: ReadOnlyToManyIds[Country] = ReadOnlyToManyIds(
        countries,
        """The ids of `countries`. Read-only.""",
    )
    shared_capacity_groups: ReadOnlyToMany[SharedCapacityGroup] = ReadOnlyToMany(
        "shared_capacity_groups",
        ("shared_capacity_groups",),
        """Groups of DIDs that draw channels from this pool. Read-only.""",
    )
    shared_capacity_group_ids: ReadOnlyToManyIds[SharedCapacityGroup] = ReadOnlyToManyIds(
        shared_capacity_groups,
        """The ids of `shared_capacity_groups`. Read-only.""",
    )
    qty_based_pricings: ReadOnlyToMany[QtyBasedPricing] = ReadOnlyToMany(
        "qty_based_pricings",
        ("qty_based_pricings",),
        """Volume price tiers for buying more channels. Read-only.""",
    )
    qty_based_pricing_ids: ReadOnlyToManyIds[QtyBasedPricing] = ReadOnlyToManyIds(
        qty_based_pricings,
        """The ids of `qty_based_pricings`. Read-only.""",
    )

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
