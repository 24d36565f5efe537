# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `balances` resource."""

from __future__ import annotations

from decimal import Decimal

from didww._codecs import DECIMAL
from didww._fields import Access, Attribute
from didww._resource import Resource, register

__all__ = ["Balance"]


@register
class Balance(Resource):
    """The account balance of the authenticated customer. It is a singleton, so `find()` reads it
    without an id.
    """

    __slots__ = ()

    TYPE = "balances"

    balance: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """Prepaid funds on the account. Read-only."""
    credit: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """Credit granted on top of the prepaid funds. Read-only."""
    total_balance: Attribute[Decimal] = Attribute(DECIMAL, Access.READ_ONLY)
    """Amount that can be spent, i.e. `balance` plus `credit`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
