# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `voice_in_trunk_groups` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, INTEGER, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToMany, ToManyIds
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.voice_in_trunks import VoiceInTrunk

__all__ = ["VoiceInTrunkGroup"]


class VoiceInTrunkGroup(Resource, registry=REGISTRY):
    """A set of inbound voice trunks that DIDs can be routed to as a single destination, with
    calls spread according to each trunk's priority and weight. Sending `voice_in_trunks`
    replaces the whole membership, and deleting a group keeps its trunks, which simply become
    ungrouped.

    Resource meta (``model.meta``): `trunks_count`: How many trunks the group holds at the
    moment.
    """

    TYPE = "voice_in_trunk_groups"
    _INCLUDES = frozenset({"voice_in_trunks"})

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the group. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    capacity_limit: Attribute[int | None] = Attribute(
        INTEGER,
        """Cap on concurrent calls across all trunks of the group; null means unlimited.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for the group, for matching it with your own records.""",
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the group was created. Read-only.""",
    )

    voice_in_trunks: ToMany[VoiceInTrunk] = ToMany(
        "voice_in_trunks",
        ("voice_in_trunks",),
        """Trunks that belong to the group; assigning this list replaces the current members.""",
    )
    voice_in_trunk_ids: ToManyIds[VoiceInTrunk] = ToManyIds(
        voice_in_trunks,
        """The ids of `voice_in_trunks`.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        capacity_limit: int | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        voice_in_trunks: list[VoiceInTrunk] | NotGiven = NOT_GIVEN,
        voice_in_trunk_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "capacity_limit": capacity_limit,
                "external_reference_id": external_reference_id,
                "voice_in_trunks": voice_in_trunks,
                "voice_in_trunk_ids": voice_in_trunk_ids,
            }
        )
