# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `voice_out_trunk_regenerate_credentials` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._resource import CreateOnlyToOne, Resource, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.voice_out_trunks import VoiceOutTrunk

__all__ = ["VoiceOutTrunkRegenerateCredential"]


class VoiceOutTrunkRegenerateCredential(Resource, registry=REGISTRY):
    """An action that issues a fresh SIP username and password for a voice OUT trunk that uses
    `credentials_and_ip` authentication. Creating it returns nothing but an id, so fetch the
    trunk again to read the new credentials.
    """

    TYPE = "voice_out_trunk_regenerate_credentials"

    voice_out_trunk: CreateOnlyToOne[VoiceOutTrunk] = CreateOnlyToOne(
        "voice_out_trunk",
        ("voice_out_trunks",),
        """The outbound trunk whose credentials are replaced. Can only be set when creating.
        Sent by the SDK, never returned by the API. Never sent as null: assigning None raises
        ClientError. Required on create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    voice_out_trunk_id: ToOneId[VoiceOutTrunk] = ToOneId(
        voice_out_trunk,
        """The id of `voice_out_trunk`. Can only be set when creating. Sent by the SDK, never
        returned by the API. Never sent as null: assigning None raises ClientError. Required
        on create: the SDK refuses a create without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        voice_out_trunk: VoiceOutTrunk | NotGiven = NOT_GIVEN,
        voice_out_trunk_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "voice_out_trunk": voice_out_trunk,
                "voice_out_trunk_id": voice_out_trunk_id,
            }
        )
