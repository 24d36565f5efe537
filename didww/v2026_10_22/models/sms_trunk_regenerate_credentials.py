# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `sms_trunk_regenerate_credentials` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._resource import CreateOnlyToOne, Resource, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.sms_trunks import SmsTrunk

__all__ = ["SmsTrunkRegenerateCredential"]


class SmsTrunkRegenerateCredential(Resource, registry=REGISTRY):
    """An action that issues fresh generated credentials for an SMS trunk of type `smpp_esme` or
    `http_out`, the only types that have them. Creating it returns nothing but an id, so fetch
    the trunk again to read the new credentials.
    """

    TYPE = "sms_trunk_regenerate_credentials"

    sms_trunk: CreateOnlyToOne[SmsTrunk] = CreateOnlyToOne(
        "sms_trunk",
        ("sms_trunks",),
        """The SMS trunk whose credentials are replaced. Can only be set when creating. Sent by
        the SDK, never returned by the API. Never sent as null: assigning None raises
        ClientError. Required on create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    sms_trunk_id: ToOneId[SmsTrunk] = ToOneId(
        sms_trunk,
        """The id of `sms_trunk`. Can only be set when creating. Sent by the SDK, never returned
        by the API. Never sent as null: assigning None raises ClientError. Required on
        create: the SDK refuses a create without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        sms_trunk: SmsTrunk | NotGiven = NOT_GIVEN,
        sms_trunk_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "sms_trunk": sms_trunk,
                "sms_trunk_id": sms_trunk_id,
            }
        )
