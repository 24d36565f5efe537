# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `qty_based_pricings` resource."""

from __future__ import annotations

from decimal import Decimal

from didww._codecs import DECIMAL, INTEGER
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["QtyBasedPricing"]


class QtyBasedPricing(Resource, registry=REGISTRY):
    """A volume price tier of a capacity pool, charged per channel from a given channel count
    upwards. It has no endpoint of its own and is read through a capacity pool's
    `qty_based_pricings` relationship.
    """

    TYPE = "qty_based_pricings"

    qty: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Channel count from which this tier applies. Read-only.""",
    )
    setup_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time charge per channel at this tier. Read-only.""",
    )
    monthly_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Monthly charge per channel at this tier. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
