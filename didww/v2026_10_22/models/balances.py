# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `balances` resource."""

from __future__ import annotations

from decimal import Decimal

from didww._codecs import DECIMAL
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY

__all__ = ["Balance"]


class Balance(Resource, registry=REGISTRY):
    """The account balance of the authenticated customer. It is a singleton, so `find()` reads it
    without an id.
    """

    TYPE = "balances"
    _SPARSE_FIELDS = frozenset({"balance", "credit", "id", "total_balance"})

    balance: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Prepaid funds on the account. Read-only.""",
    )
    credit: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Credit granted on top of the prepaid funds. Read-only.""",
    )
    total_balance: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Amount that can be spent, i.e. `balance` plus `credit`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
