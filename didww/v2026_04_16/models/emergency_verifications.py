# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `emergency_verifications` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING, EnumCodec, ListCodec
from didww._conditions import Group
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import CreateOnlyToMany, CreateOnlyToOne, Resource, ToManyIds, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    CallbackMethod,
    EmergencyVerificationStatus,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.addresses import Address
    from didww.v2026_04_16.models.dids import DID
    from didww.v2026_04_16.models.emergency_calling_services import EmergencyCallingService

__all__ = ["EmergencyVerification"]


class EmergencyVerification(Resource, registry=REGISTRY):
    """A request, reviewed by DIDWW, to register an address for emergency calling. Send `dids` to
    switch on emergency calling for those numbers, which also creates the calling service, or
    send an existing `emergency_calling_service` to give it a different address; never both.
    Afterwards only `external_reference_id` can be changed, and a rejected verification is
    replaced by submitting a new one.

    A create sends exactly one of `dids` or `emergency_calling_service`: the SDK refuses one
    that does not.
    """

    TYPE = "emergency_verifications"
    _INCLUDES = frozenset({"address", "dids", "emergency_calling_service"})
    _CONDITIONS = (Group("exactly_one", ("dids", "emergency_calling_service")),)

    reference: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Short human-readable code identifying the verification. Read-only.""",
    )
    status: ReadOnlyAttribute[EmergencyVerificationStatus] = ReadOnlyAttribute(
        EnumCodec(EmergencyVerificationStatus, str),
        """Review state: `pending` while DIDWW is still checking the submission, then `approved`
        or `rejected`. Read-only.
        """,
    )
    reject_reasons: ReadOnlyAttribute[list[str] | None] = ReadOnlyAttribute(
        ListCodec(STRING),
        """List of grounds for the rejection; set only when `status` is `rejected` and null
        otherwise. Read-only.
        """,
        nullable=True,
    )
    reject_comment: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Optional free-text remark left by the DIDWW reviewer. Read-only.""",
        nullable=True,
    )
    callback_url: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        STRING,
        """URL that DIDWW calls to report a change of status, or null. Can only be set when
        creating.
        """,
        nullable=True,
    )
    callback_method: CreateOnlyAttribute[CallbackMethod | None] = CreateOnlyAttribute(
        EnumCodec(CallbackMethod, str),
        """HTTP verb used when calling `callback_url`. Can only be set when creating.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for cross-referencing the verification; the only field
        that can be updated. Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the verification was submitted. Read-only.""",
    )

    address: CreateOnlyToOne[Address] = CreateOnlyToOne(
        "address",
        ("addresses",),
        """The address to be registered for emergency calls. Can only be set when creating.
        Never sent as null: assigning None raises ClientError. Required on create: the SDK
        refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    address_id: ToOneId[Address] = ToOneId(
        address,
        """The id of `address`. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    emergency_calling_service: CreateOnlyToOne[EmergencyCallingService] = CreateOnlyToOne(
        "emergency_calling_service",
        ("emergency_calling_services",),
        """Existing subscription whose address is being changed; leave it unset when activating
        new DIDs. Can only be set when creating. Never sent as null: assigning None raises
        ClientError.
        """,
        nullable=False,
    )
    emergency_calling_service_id: ToOneId[EmergencyCallingService] = ToOneId(
        emergency_calling_service,
        """The id of `emergency_calling_service`. Can only be set when creating. Never sent as
        null: assigning None raises ClientError.
        """,
    )
    dids: CreateOnlyToMany[DID] = CreateOnlyToMany(
        "dids",
        ("dids",),
        """DIDs on which to switch on emergency calling; not allowed together with
        `emergency_calling_service`. Can only be set when creating.
        """,
    )
    did_ids: ToManyIds[DID] = ToManyIds(
        dids,
        """The ids of `dids`. Can only be set when creating.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        callback_method: CallbackMethod | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        address_id: str | NotGiven = NOT_GIVEN,
        emergency_calling_service: EmergencyCallingService | NotGiven = NOT_GIVEN,
        emergency_calling_service_id: str | NotGiven = NOT_GIVEN,
        dids: list[DID] | NotGiven = NOT_GIVEN,
        did_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "callback_url": callback_url,
                "callback_method": callback_method,
                "external_reference_id": external_reference_id,
                "address": address,
                "address_id": address_id,
                "emergency_calling_service": emergency_calling_service,
                "emergency_calling_service_id": emergency_calling_service_id,
                "dids": dids,
                "did_ids": did_ids,
            }
        )
