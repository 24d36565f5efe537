# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `emergency_calling_services` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATE, DATETIME, STRING, EnumCodec
from didww._fields import ReadOnlyAttribute
from didww._resource import (
    ReadOnlyToMany,
    ReadOnlyToManyIds,
    ReadOnlyToOne,
    ReadOnlyToOneId,
    Resource,
)
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    EmergencyCallingServiceStatus,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.countries import Country
    from didww.v2026_04_16.models.did_group_types import DIDGroupType
    from didww.v2026_04_16.models.dids import DID
    from didww.v2026_04_16.models.emergency_requirements import EmergencyRequirement
    from didww.v2026_04_16.models.emergency_verifications import EmergencyVerification
    from didww.v2026_04_16.models.orders import Order

__all__ = ["EmergencyCallingService"]


class EmergencyCallingService(Resource, registry=REGISTRY):
    """An emergency calling subscription covering a set of DIDs. It cannot be created directly:
    it comes from an order with an emergency order item or from an emergency verification.
    Deleting it cancels the subscription, which sets `canceled_at` and clears `renew_date`.

    Resource meta (``model.meta``): `setup_price`: One-time charge for activating the
    service.; `monthly_price`: Recurring charge billed every month.
    """

    TYPE = "emergency_calling_services"
    _INCLUDES = frozenset(
        {
            "country",
            "did_group_type",
            "dids",
            "emergency_requirement",
            "emergency_verification",
            "order",
        }
    )

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the subscription. Read-only.""",
    )
    reference: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Short human-readable code identifying the subscription. Read-only.""",
    )
    status: ReadOnlyAttribute[EmergencyCallingServiceStatus] = ReadOnlyAttribute(
        EnumCodec(EmergencyCallingServiceStatus, str),
        """Current lifecycle stage of the subscription. Read-only.""",
    )
    activated_at: ReadOnlyAttribute[dt.datetime | None] = ReadOnlyAttribute(
        DATETIME,
        """Time the subscription became active, or null if it has not yet. Read-only.""",
        nullable=True,
    )
    canceled_at: ReadOnlyAttribute[dt.datetime | None] = ReadOnlyAttribute(
        DATETIME,
        """Time the subscription was cancelled, or null while it is in force. Read-only.""",
        nullable=True,
    )
    renew_date: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """Date of the next renewal; null once the subscription is cancelled. Read-only.""",
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the subscription was created. Read-only.""",
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """Country in which the emergency service is provided. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )
    did_group_type: ReadOnlyToOne[DIDGroupType] = ReadOnlyToOne(
        "did_group_type",
        ("did_group_types",),
        """DID group type the service applies to. Read-only.""",
    )
    did_group_type_id: ReadOnlyToOneId[DIDGroupType] = ReadOnlyToOneId(
        did_group_type,
        """The id of `did_group_type`. Read-only.""",
    )
    order: ReadOnlyToOne[Order] = ReadOnlyToOne(
        "order",
        ("orders",),
        """The order that created this subscription. Read-only.""",
    )
    order_id: ReadOnlyToOneId[Order] = ReadOnlyToOneId(
        order,
        """The id of `order`. Read-only.""",
    )
    emergency_requirement: ReadOnlyToOne[EmergencyRequirement] = ReadOnlyToOne(
        "emergency_requirement",
        ("emergency_requirements",),
        """The emergency requirement this subscription has to satisfy. Read-only.""",
    )
    emergency_requirement_id: ReadOnlyToOneId[EmergencyRequirement] = ReadOnlyToOneId(
        emergency_requirement,
        """The id of `emergency_requirement`. Read-only.""",
    )
    emergency_verification: ReadOnlyToOne[EmergencyVerification] = ReadOnlyToOne(
        "emergency_verification",
        ("emergency_verifications",),
        """The emergency verification that registers an address for this subscription. Read-
        only.
        """,
    )
    emergency_verification_id: ReadOnlyToOneId[EmergencyVerification] = ReadOnlyToOneId(
        emergency_verification,
        """The id of `emergency_verification`. Read-only.""",
    )
    dids: ReadOnlyToMany[DID] = ReadOnlyToMany(
        "dids",
        ("dids",),
        """DIDs covered by the subscription. Read-only.""",
    )
    did_ids: ReadOnlyToManyIds[DID] = ReadOnlyToManyIds(
        dids,
        """The ids of `dids`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
