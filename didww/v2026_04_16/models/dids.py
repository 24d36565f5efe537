# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `dids` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATETIME, INTEGER, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.address_verifications import AddressVerification
    from didww.v2026_04_16.models.capacity_pools import CapacityPool
    from didww.v2026_04_16.models.did_groups import DIDGroup
    from didww.v2026_04_16.models.emergency_calling_services import EmergencyCallingService
    from didww.v2026_04_16.models.emergency_verifications import EmergencyVerification
    from didww.v2026_04_16.models.identities import Identity
    from didww.v2026_04_16.models.orders import Order
    from didww.v2026_04_16.models.shared_capacity_groups import SharedCapacityGroup
    from didww.v2026_04_16.models.voice_in_trunk_groups import VoiceInTrunkGroup
    from didww.v2026_04_16.models.voice_in_trunks import VoiceInTrunk

__all__ = ["DID"]


class DID(Resource, registry=REGISTRY):
    """A phone number held by the account, where you set its note, capacity, billing cycles and
    inbound routing. Numbers come from orders and are never created or deleted directly;
    cancel one by updating `terminated` to true. A DID is routed to a voice IN trunk or to a
    trunk group, never to both at once.
    """

    TYPE = "dids"
    _INCLUDES = frozenset(
        {
            "address_verification",
            "capacity_pool",
            "did_group",
            "emergency_calling_service",
            "emergency_verification",
            "identity",
            "order",
            "shared_capacity_group",
            "voice_in_trunk",
            "voice_in_trunk_group",
        }
    )

    number: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """The phone number as international E.164 digits, with no `+` in front. Read-only.""",
    )
    description: Attribute[str | None] = Attribute(
        STRING,
        """Your own free-text label for the number, or null.""",
        nullable=True,
    )
    blocked: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the number cannot take calls, because you or DIDWW blocked it or because
        its registration is still pending. Read-only.
        """,
    )
    awaiting_registration: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True until the regulatory registration the number needs has been completed. Read-
        only.
        """,
    )
    terminated: Attribute[bool] = Attribute(
        BOOLEAN,
        """Whether the number is cancelled; updating it to true cancels the DID and updating it
        to false brings it back.
        """,
    )
    emergency_enabled: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Indicates that emergency calling is switched on for this number. Read-only.""",
    )
    capacity_limit: Attribute[int | None] = Attribute(
        INTEGER,
        """Cap on concurrent calls to this number; null leaves it uncapped.""",
        nullable=True,
    )
    channels_included_count: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Channels that come bundled with the number through its DID group. Read-only.""",
    )
    dedicated_channels_count: Attribute[int] = Attribute(
        INTEGER,
        """Extra channels reserved for this number alone, on top of the included ones.""",
    )
    billing_cycles_count: Attribute[int | None] = Attribute(
        INTEGER,
        """Remaining billing cycles until the number is released; null keeps renewing it with no
        end, and 0 means it is scheduled for removal.
        """,
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the number was added to the account. Read-only.""",
    )
    expires_at: ReadOnlyAttribute[dt.datetime | None] = ReadOnlyAttribute(
        DATETIME,
        """Time the current billing period ends, or null. Read-only.""",
        nullable=True,
    )

    did_group: ReadOnlyToOne[DIDGroup] = ReadOnlyToOne(
        "did_group",
        ("did_groups",),
        """The DID group the number was taken from. Read-only.""",
    )
    did_group_id: ReadOnlyToOneId[DIDGroup] = ReadOnlyToOneId(
        did_group,
        """The id of `did_group`. Read-only.""",
    )
    order: ReadOnlyToOne[Order] = ReadOnlyToOne(
        "order",
        ("orders",),
        """The order through which the number was bought. Read-only.""",
    )
    order_id: ReadOnlyToOneId[Order] = ReadOnlyToOneId(
        order,
        """The id of `order`. Read-only.""",
    )
    capacity_pool: ToOne[CapacityPool] = ToOne(
        "capacity_pool",
        ("capacity_pools",),
        """Capacity pool supplying the dedicated channels of this number.""",
    )
    capacity_pool_id: ToOneId[CapacityPool] = ToOneId(
        capacity_pool,
        """The id of `capacity_pool`.""",
    )
    shared_capacity_group: ToOne[SharedCapacityGroup] = ToOne(
        "shared_capacity_group",
        ("shared_capacity_groups",),
        """Shared capacity group whose channels this number draws on.""",
    )
    shared_capacity_group_id: ToOneId[SharedCapacityGroup] = ToOneId(
        shared_capacity_group,
        """The id of `shared_capacity_group`.""",
    )
    address_verification: ToOne[AddressVerification] = ToOne(
        "address_verification",
        ("address_verifications",),
        """The address verification that registers an address for this number.""",
    )
    address_verification_id: ToOneId[AddressVerification] = ToOneId(
        address_verification,
        """The id of `address_verification`.""",
    )
    voice_in_trunk: ToOne[VoiceInTrunk] = ToOne(
        "voice_in_trunk",
        ("voice_in_trunks",),
        """Inbound trunk that receives calls to this number.""",
        exclusive_with=("voice_in_trunk_group",),
    )
    voice_in_trunk_id: ToOneId[VoiceInTrunk] = ToOneId(
        voice_in_trunk,
        """The id of `voice_in_trunk`. Setting it clears `voice_in_trunk_group`.""",
    )
    voice_in_trunk_group: ToOne[VoiceInTrunkGroup] = ToOne(
        "voice_in_trunk_group",
        ("voice_in_trunk_groups",),
        """Inbound trunk group that receives calls to this number.""",
        exclusive_with=("voice_in_trunk",),
    )
    voice_in_trunk_group_id: ToOneId[VoiceInTrunkGroup] = ToOneId(
        voice_in_trunk_group,
        """The id of `voice_in_trunk_group`. Setting it clears `voice_in_trunk`.""",
    )
    emergency_calling_service: ToOne[EmergencyCallingService] = ToOne(
        "emergency_calling_service",
        ("emergency_calling_services",),
        """Emergency calling subscription that covers this number.""",
    )
    emergency_calling_service_id: ToOneId[EmergencyCallingService] = ToOneId(
        emergency_calling_service,
        """The id of `emergency_calling_service`.""",
    )
    emergency_verification: ReadOnlyToOne[EmergencyVerification] = ReadOnlyToOne(
        "emergency_verification",
        ("emergency_verifications",),
        """Emergency verification that registered an address for emergency calls from this
        number. Read-only.
        """,
    )
    emergency_verification_id: ReadOnlyToOneId[EmergencyVerification] = ReadOnlyToOneId(
        emergency_verification,
        """The id of `emergency_verification`. Read-only.""",
    )
    identity: ReadOnlyToOne[Identity] = ReadOnlyToOne(
        "identity",
        ("identities",),
        """The identity linked to this number. Read-only.""",
    )
    identity_id: ReadOnlyToOneId[Identity] = ReadOnlyToOneId(
        identity,
        """The id of `identity`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        description: str | NotGiven | None = NOT_GIVEN,
        terminated: bool | NotGiven = NOT_GIVEN,
        capacity_limit: int | NotGiven | None = NOT_GIVEN,
        dedicated_channels_count: int | NotGiven = NOT_GIVEN,
        billing_cycles_count: int | NotGiven | None = NOT_GIVEN,
        capacity_pool: CapacityPool | NotGiven | None = NOT_GIVEN,
        capacity_pool_id: str | NotGiven | None = NOT_GIVEN,
        shared_capacity_group: SharedCapacityGroup | NotGiven | None = NOT_GIVEN,
        shared_capacity_group_id: str | NotGiven | None = NOT_GIVEN,
        address_verification: AddressVerification | NotGiven | None = NOT_GIVEN,
        address_verification_id: str | NotGiven | None = NOT_GIVEN,
        voice_in_trunk: VoiceInTrunk | NotGiven | None = NOT_GIVEN,
        voice_in_trunk_id: str | NotGiven | None = NOT_GIVEN,
        voice_in_trunk_group: VoiceInTrunkGroup | NotGiven | None = NOT_GIVEN,
        voice_in_trunk_group_id: str | NotGiven | None = NOT_GIVEN,
        emergency_calling_service: EmergencyCallingService | NotGiven | None = NOT_GIVEN,
        emergency_calling_service_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "description": description,
                "terminated": terminated,
                "capacity_limit": capacity_limit,
                "dedicated_channels_count": dedicated_channels_count,
                "billing_cycles_count": billing_cycles_count,
                "capacity_pool": capacity_pool,
                "capacity_pool_id": capacity_pool_id,
                "shared_capacity_group": shared_capacity_group,
                "shared_capacity_group_id": shared_capacity_group_id,
                "address_verification": address_verification,
                "address_verification_id": address_verification_id,
                "voice_in_trunk": voice_in_trunk,
                "voice_in_trunk_id": voice_in_trunk_id,
                "voice_in_trunk_group": voice_in_trunk_group,
                "voice_in_trunk_group_id": voice_in_trunk_group_id,
                "emergency_calling_service": emergency_calling_service,
                "emergency_calling_service_id": emergency_calling_service_id,
            }
        )
