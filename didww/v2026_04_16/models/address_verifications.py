# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `address_verifications` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING, EnumCodec, ListCodec
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import CreateOnlyToMany, CreateOnlyToOne, Resource, ToManyIds, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    AddressVerificationStatus,
    CallbackMethod,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.addresses import Address
    from didww.v2026_04_16.models.dids import DID
    from didww.v2026_04_16.models.encrypted_files import EncryptedFile

__all__ = ["AddressVerification"]


class AddressVerification(Resource, registry=REGISTRY):
    """A request for DIDWW to approve an address so it can be registered against a set of DIDs.
    Everything the address requirement demands must already be on file or be supplied as one-
    time files when it is created. Afterwards only `external_reference_id` can be changed; a
    rejected verification is replaced by submitting a new one.
    """

    TYPE = "address_verifications"
    _INCLUDES = frozenset({"address", "dids"})

    reference: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Short human-readable code identifying the verification. Read-only.""",
    )
    status: ReadOnlyAttribute[AddressVerificationStatus] = ReadOnlyAttribute(
        EnumCodec(AddressVerificationStatus, str),
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
    service_description: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        STRING,
        """Explanation of what the DIDs will be used for; mandatory when the address requirement
        asks for it. Can only be set when creating.
        """,
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
        """The address submitted for approval. Can only be set when creating. Never sent as
        null: assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
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
    dids: CreateOnlyToMany[DID] = CreateOnlyToMany(
        "dids",
        ("dids",),
        """DIDs the address is to be registered against. Can only be set when creating. Required
        on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    did_ids: ToManyIds[DID] = ToManyIds(
        dids,
        """The ids of `dids`. Can only be set when creating. Required on create: the SDK refuses
        a create without it.
        """,
    )
    onetime_files: CreateOnlyToMany[EncryptedFile] = CreateOnlyToMany(
        "onetime_files",
        ("encrypted_files",),
        """Encrypted files, uploaded beforehand, holding the one-off supporting documents the
        requirement calls for; they are copied onto the verification. Can only be set when
        creating. Sent by the SDK, never returned by the API.
        """,
    )
    onetime_file_ids: ToManyIds[EncryptedFile] = ToManyIds(
        onetime_files,
        """The ids of `onetime_files`. Can only be set when creating. Sent by the SDK, never
        returned by the API.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        service_description: str | NotGiven | None = NOT_GIVEN,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        callback_method: CallbackMethod | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        address_id: str | NotGiven = NOT_GIVEN,
        dids: list[DID] | NotGiven = NOT_GIVEN,
        did_ids: list[str] | NotGiven = NOT_GIVEN,
        onetime_files: list[EncryptedFile] | NotGiven = NOT_GIVEN,
        onetime_file_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "service_description": service_description,
                "callback_url": callback_url,
                "callback_method": callback_method,
                "external_reference_id": external_reference_id,
                "address": address,
                "address_id": address_id,
                "dids": dids,
                "did_ids": did_ids,
                "onetime_files": onetime_files,
                "onetime_file_ids": onetime_file_ids,
            }
        )
