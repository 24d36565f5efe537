# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `voice_in_trunks` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, INTEGER, STRING, EnumCodec, Limited
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    CliFormat,
    PointOfPresence,
)
from didww.v2026_10_22.objects import (
    TRUNK_CONFIGURATION_CODEC,
    TrunkConfiguration,
)

if TYPE_CHECKING:
    from didww.v2026_10_22.models.voice_in_trunk_groups import VoiceInTrunkGroup

__all__ = ["VoiceInTrunk"]


class VoiceInTrunk(Resource, registry=REGISTRY):
    """An inbound voice trunk, the SIP endpoint or PSTN number that DIDWW hands calls for your
    DIDs to. A `configuration` must be given on create; on update its type must stay the same,
    and only the settings sent are changed while the others keep their values. A trunk can be
    deleted only once no DID is routed to it and it belongs to no trunk group.
    """

    TYPE = "voice_in_trunks"
    _SPARSE_FIELDS = frozenset(
        {
            "capacity_limit",
            "cli_format",
            "cli_prefix",
            "configuration",
            "created_at",
            "description",
            "external_reference_id",
            "id",
            "name",
            "pop",
            "priority",
            "ringing_timeout",
            "voice_in_trunk_group",
            "weight",
        }
    )
    _INCLUDES = frozenset({"voice_in_trunk_group"})

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the trunk; no other voice IN trunk or trunk group of the account may
        have the same name. Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    description: Attribute[str | None] = Attribute(
        STRING,
        """Free-text note about the trunk, or null.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing for the trunk, for matching it with your own records.
        Takes at most 100 characters: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    priority: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=0, maximum=65535),
        """Order in which the trunk is tried inside its trunk group; lower values go first.
        Takes 0 to 65535: the SDK refuses another value when it is assigned.
        """,
    )
    weight: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=0, maximum=65535),
        """Share of calls the trunk gets relative to other trunks of the same priority in its
        group. Takes 0 to 65535: the SDK refuses another value when it is assigned.
        """,
    )
    capacity_limit: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=1, maximum=32767),
        """Cap on concurrent calls sent to the trunk; null means unlimited. Takes 1 to 32767:
        the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    cli_format: Attribute[CliFormat | None] = Attribute(
        EnumCodec(CliFormat, str),
        """Format in which the caller's number is passed to the trunk; an empty value is stored
        as `e164`.
        """,
        nullable=True,
    )
    cli_prefix: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=7),
        """Characters put in front of the caller's number before it is delivered, made of
        letters, digits, `+` or `#`, or null. Takes at most 7 characters: the SDK refuses
        another value when it is assigned.
        """,
        nullable=True,
    )
    ringing_timeout: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=1, maximum=32),
        """How many seconds a call may ring before it is given up; null applies the platform
        default. Takes 1 to 32: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    pop: Attribute[PointOfPresence | None] = Attribute(
        EnumCodec(PointOfPresence, str),
        """DIDWW point of presence that serves the trunk; null leaves the choice to DIDWW.""",
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the trunk was created. Read-only.""",
    )
    configuration: Attribute[TrunkConfiguration] = Attribute(
        TRUNK_CONFIGURATION_CODEC,
        """Delivery settings, a SIP or a PSTN configuration depending on its type. On update the
        type must match the trunk, and only the settings sent are changed. Required on
        create: the SDK refuses a create without it. An update keeps the type it was created
        with: the SDK refuses one of another type for a loaded model.
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
        pop: PointOfPresence | NotGiven | None = NOT_GIVEN,
        configuration: TrunkConfiguration | NotGiven = NOT_GIVEN,
        voice_in_trunk_group: VoiceInTrunkGroup | NotGiven | None = NOT_GIVEN,
        voice_in_trunk_group_id: str | NotGiven | None = NOT_GIVEN,
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
                "pop": pop,
                "configuration": configuration,
                "voice_in_trunk_group": voice_in_trunk_group,
                "voice_in_trunk_group_id": voice_in_trunk_group_id,
            }
        )
