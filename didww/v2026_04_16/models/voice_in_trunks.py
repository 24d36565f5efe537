# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `voice_in_trunks` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, INTEGER, STRING, EnumCodec
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    CliFormat,
)
from didww.v2026_04_16.objects import (
    TRUNK_CONFIGURATION_CODEC,
    TrunkConfiguration,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.pops import Pop
    from didww.v2026_04_16.models.voice_in_trunk_groups import VoiceInTrunkGroup

__all__ = ["VoiceInTrunk"]


class VoiceInTrunk(Resource, registry=REGISTRY):
    """An inbound voice trunk, the SIP endpoint or PSTN number that DIDWW hands calls for your
    DIDs to. A `configuration` must be given on create and is replaced in full on update, so
    send every setting you want to keep. Deleting a trunk leaves the DIDs that pointed at it
    without a route.
    """

    TYPE = "voice_in_trunks"
    _INCLUDES = frozenset({"pop", "voice_in_trunk_group"})

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the trunk. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    description: Attribute[str | None] = Attribute(
        STRING,
        """Free-text note about the trunk, or null.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for the trunk, for matching it with your own records.""",
        nullable=True,
    )
    priority: Attribute[int] = Attribute(
        INTEGER,
        """Order in which the trunk is tried inside its trunk group; lower values go first.""",
    )
    weight: Attribute[int] = Attribute(
        INTEGER,
        """Share of calls the trunk gets relative to other trunks of the same priority in its
        group.
        """,
    )
    capacity_limit: Attribute[int | None] = Attribute(
        INTEGER,
        """Cap on concurrent calls sent to the trunk; null means unlimited.""",
        nullable=True,
    )
    cli_format: Attribute[CliFormat | None] = Attribute(
        EnumCodec(CliFormat, str),
        """Format in which the caller's number is passed to the trunk, or null.""",
        nullable=True,
    )
    cli_prefix: Attribute[str | None] = Attribute(
        STRING,
        """Digits put in front of the caller's number before it is delivered, or null.""",
        nullable=True,
    )
    ringing_timeout: Attribute[int | None] = Attribute(
        INTEGER,
        """How many seconds a call may ring before it is given up; null applies the platform
        default.
        """,
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the trunk was created. Read-only.""",
    )
    configuration: Attribute[TrunkConfiguration] = Attribute(
        TRUNK_CONFIGURATION_CODEC,
        """Delivery settings, a SIP or a PSTN configuration depending on its type; replaced in
        full when sent on update. Required on create: the SDK refuses a create without it. An
        update keeps the type it was created with: the SDK refuses one of another type for a
        loaded model.
        """,
        required=True,
        fixed_variant=True,
    )

    voice_in_trunk_group: ToOne[VoiceInTrunkGroup] = ToOne(
        "voice_in_trunk_group",
        ("voice_in_trunk_groups",),
        """Trunk group the trunk belongs to, or null when it stands alone.""",
    )
    voice_in_trunk_group_id: ToOneId[VoiceInTrunkGroup] = ToOneId(
        voice_in_trunk_group,
        """The id of `voice_in_trunk_group`.""",
    )
    pop: ToOne[Pop] = ToOne(
        "pop",
        ("pops",),
        """DIDWW point of presence the trunk is pinned to, or null.""",
    )
    pop_id: ToOneId[Pop] = ToOneId(
        pop,
        """The id of `pop`.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        weight: int | NotGiven = NOT_GIVEN,
        capacity_limit: int | NotGiven | None = NOT_GIVEN,
        cli_format: CliFormat | NotGiven | None = NOT_GIVEN,
        cli_prefix: str | NotGiven | None = NOT_GIVEN,
        ringing_timeout: int | NotGiven | None = NOT_GIVEN,
        configuration: TrunkConfiguration | NotGiven = NOT_GIVEN,
        voice_in_trunk_group: VoiceInTrunkGroup | NotGiven | None = NOT_GIVEN,
        voice_in_trunk_group_id: str | NotGiven | None = NOT_GIVEN,
        pop: Pop | NotGiven | None = NOT_GIVEN,
        pop_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "description": description,
                "external_reference_id": external_reference_id,
                "priority": priority,
                "weight": weight,
                "capacity_limit": capacity_limit,
                "cli_format": cli_format,
                "cli_prefix": cli_prefix,
                "ringing_timeout": ringing_timeout,
                "configuration": configuration,
                "voice_in_trunk_group": voice_in_trunk_group,
                "voice_in_trunk_group_id": voice_in_trunk_group_id,
                "pop": pop,
                "pop_id": pop_id,
            }
        )
