# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `did_history` resource."""

from __future__ import annotations

import datetime as dt

from didww._codecs import DATETIME, STRING, EnumCodec
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    DIDHistoryAction,
    DIDHistoryMethod,
)

__all__ = ["DIDHistory"]


class DIDHistory(Resource, registry=REGISTRY):
    """An audit entry recording a change to one of the account's DIDs, such as assignment,
    renewal, cancellation or removal, and the interface that made it. Entries are kept for 90
    days, and a `created_at_gteq` or `created_at_lteq` filter reaching further back is
    rejected.

    Resource meta (``model.meta``): `from`: The value before the change, or null.; `to`: The
    value after the change, or null.
    """

    TYPE = "did_history"
    _SPARSE_FIELDS = frozenset({"action", "created_at", "did_number", "id", "method"})

    did_number: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """The DID the entry concerns, in E.164 form without the `+`; may be null. Read-only.""",
        nullable=True,
    )
    action: ReadOnlyAttribute[DIDHistoryAction] = ReadOnlyAttribute(
        EnumCodec(DIDHistoryAction, str),
        """The kind of change recorded. Read-only.""",
    )
    method: ReadOnlyAttribute[DIDHistoryMethod] = ReadOnlyAttribute(
        EnumCodec(DIDHistoryMethod, str),
        """The interface or party through which the change was made. Read-only.""",
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """When the change was recorded. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
