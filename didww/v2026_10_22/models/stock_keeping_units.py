# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `stock_keeping_units` resource."""

from __future__ import annotations

from decimal import Decimal

from didww._codecs import DECIMAL, INTEGER
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY

__all__ = ["StockKeepingUnit"]


class StockKeepingUnit(Resource, registry=REGISTRY):
    """A priced offer inside a DID group; it is what a DID order item buys. It has no endpoint of
    its own and is read through a DID group's `stock_keeping_units` relationship.
    """

    TYPE = "stock_keeping_units"

    setup_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time charge, excluding VAT. Read-only.""",
    )
    monthly_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Monthly recurring charge, excluding VAT. Read-only.""",
    )
    channels_included_count: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Number of concurrent calls covered by the monthly price. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
