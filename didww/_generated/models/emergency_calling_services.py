# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `emergency_calling_services` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATE, DATETIME, STRING, EnumCodec
from didww._fields import Access, Attribute
from didww._generated.enums import (
    EmergencyCallingServiceStatus,
)
from didww._resource import Resource, ToMany, ToManyIds, ToOne, ToOneId, register

if TYPE_CHECKING:
    from didww._generated.models.countries import Country
    from didww._generated.models.did_group_types import DIDGroupType
    from didww._generated.models.dids import DID
    from didww._generated.models.emergency_requirements import EmergencyRequirement
    from didww._generated.models.emergency_verifications import EmergencyVerification
    from didww._generated.models.orders import Order

__all__ = ["EmergencyCallingService"]


@register
class EmergencyCallingService(Resource):
    """An emergency calling subscription covering a set of DIDs. It cannot be created directly:
    it comes from an order with an emergency order item or from an emergency verification.
    Deleting it cancels the subscription, which sets `canceled_at` and clears `renew_date`.

    Resource meta (``model.meta``): `setup_price`: One-time charge for activating the
    service.; `monthly_price`: Recurring charge billed every month.
    """

    __slots__ = ()

    TYPE = "emergency_calling_services"

    name: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Display name of the subscription. Read-only."""
    reference: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Short human-readable code identifying the subscription. Read-only."""
    status: Attribute[EmergencyCallingServiceStatus] = Attribute(
        EnumCodec(EmergencyCallingServiceStatus, str), Access.READ_ONLY
    )
    """Current lifecycle stage of the subscription. Read-only."""
    activated_at: Attribute[dt.datetime | None] = Attribute(DATETIME, Access.READ_ONLY)
    """Time the subscription became active, or null if it has not yet. Read-only."""
    canceled_at: Attribute[dt.datetime | None] = Attribute(DATETIME, Access.READ_ONLY)
    """Time the subscription was cancelled, or null while it is in force. Read-only."""
    renew_date: Attribute[dt.date | None] = Attribute(DATE, Access.READ_ONLY)
    """Date of the next renewal; null once the subscription is cancelled. Read-only."""
    created_at: Attribute[dt.datetime] = Attribute(DATETIME, Access.READ_ONLY)
    """Time the subscription was created. Read-only."""

    country: ToOne[Country] = ToOne("country", ("countries",), access=Access.READ_ONLY)
    """Country in which the emergency service is provided. Read-only."""
    country_id: ToOneId[Country] = ToOneId(country)
    """The id of `country`. Read-only."""
    did_group_type: ToOne[DIDGroupType] = ToOne(
        "did_group_type", ("did_group_types",), access=Access.READ_ONLY
    )
    """DID group type the service applies to. Read-only."""
    did_group_type_id: ToOneId[DIDGroupType] = ToOneId(did_group_type)
    """The id of `did_group_type`. Read-only."""
    order: ToOne[Order] = ToOne("order", ("orders",), access=Access.READ_ONLY)
    """The order that created this subscription. Read-only."""
    order_id: ToOneId[Order] = ToOneId(order)
    """The id of `order`. Read-only."""
    emergency_requirement: ToOne[EmergencyRequirement] = ToOne(
        "emergency_requirement", ("emergency_requirements",), access=Access.READ_ONLY
    )
    """The emergency requirement this subscription has to satisfy. Read-only."""
    emergency_requirement_id: ToOneId[EmergencyRequirement] = ToOneId(emergency_requirement)
    """The id of `emergency_requirement`. Read-only."""
    emergency_verification: ToOne[EmergencyVerification] = ToOne(
        "emergency_verification", ("emergency_verifications",), access=Access.READ_ONLY
    )
    """The emergency verification that registers an address for this subscription. Read-only."""
    emergency_verification_id: ToOneId[EmergencyVerification] = ToOneId(emergency_verification)
    """The id of `emergency_verification`. Read-only."""
    dids: ToMany[DID] = ToMany("dids", ("dids",), access=Access.READ_ONLY)
    """DIDs covered by the subscription. Read-only."""
    did_ids: ToManyIds[DID] = ToManyIds(dids)
    """The ids of `dids`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
