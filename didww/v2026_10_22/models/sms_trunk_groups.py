# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `sms_trunk_groups` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING, Limited
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import ReadOnlyToMany, ReadOnlyToManyIds, Resource, ToMany, ToManyIds
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.dids import DID
    from didww.v2026_10_22.models.sms_trunks import SmsTrunk

__all__ = ["SmsTrunkGroup"]


class SmsTrunkGroup(Resource, registry=REGISTRY):
    """A set of SMS trunks that DIDs can route inbound messages to as one destination, trying the
    trunks in order of their priority. Sending `sms_trunks` replaces the whole membership.
    Deleting a group deletes its trunks too, and is not allowed as long as a DID is routed to
    the group or to one of its trunks.

    Resource meta (``model.meta``): `sms_trunks_count`: How many trunks the group holds at the
    moment.
    """

    TYPE = "sms_trunk_groups"
    _SPARSE_FIELDS = frozenset(
        {
            "created_at",
            "external_reference_id",
            "id",
            "incoming_dids",
            "name",
            "sms_trunks",
            "updated_at",
        }
    )
    _INCLUDES = frozenset({"incoming_dids", "sms_trunks"})

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the group. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing for the group, up to 100 characters, for matching it
        with your own records. Takes at most 100 characters: the SDK refuses another value
        when it is assigned.
        """,
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the group was created. Read-only.""",
    )
    updated_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the group was last changed. Read-only.""",
    )

    sms_trunks: ToMany[SmsTrunk] = ToMany(
        "sms_trunks",
        ("sms_trunks",),
        """Trunks that belong to the group; assigning this list replaces the current members.""",
    )
    sms_trunk_ids: ToManyIds[SmsTrunk] = ToManyIds(
        sms_trunks,
        """The ids of `sms_trunks`.""",
    )
    incoming_dids: ReadOnlyToMany[DID] = ReadOnlyToMany(
        "incoming_dids",
        ("dids",),
        """DIDs whose inbound messages are routed to the group; a DID is routed through its own
        `sms_trunk_group` relationship. Read-only.
        """,
    )
    incoming_did_ids: ReadOnlyToManyIds[DID] = ReadOnlyToManyIds(
        incoming_dids,
        """The ids of `incoming_dids`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        sms_trunks: list[SmsTrunk] | NotGiven = NOT_GIVEN,
        sms_trunk_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "external_reference_id": external_reference_id,
                "sms_trunks": sms_trunks,
                "sms_trunk_ids": sms_trunk_ids,
            }
        )
