# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `sms_trunks` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATETIME, INTEGER, STRING, Limited
from didww._conditions import Condition
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import (
    ReadOnlyToMany,
    ReadOnlyToManyIds,
    Resource,
    ToMany,
    ToManyIds,
    ToOne,
    ToOneId,
)
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.objects import (
    SMS_TRUNK_CONFIGURATION_CODEC,
    SmsTrunkConfiguration,
)

if TYPE_CHECKING:
    from didww.v2026_10_22.models.dids import DID
    from didww.v2026_10_22.models.sms_trunk_groups import SmsTrunkGroup

__all__ = ["SmsTrunk"]


class SmsTrunk(Resource, registry=REGISTRY):
    """An SMS trunk: where DIDWW delivers the text messages sent to your DIDs (by email, by HTTP
    request, or over SMPP to your SMSC), or how you hand DIDWW messages to send (over HTTP, or
    by binding to DIDWW over SMPP). The type of the `configuration` given on create decides
    which of the two the trunk does, and stays fixed; an update changes only the configuration
    settings it sends. A trunk can be deleted only once no DID routes its inbound messages to
    it.

    While `allow_any_did_as_source` is `True`, `outgoing_dids` must be blank: the SDK refuses
    a create that breaks this, and an update whose values sent break it.

    Resource meta (``model.meta``): `host`: Host to which messages are submitted; present on
    `http_out` trunks only (the others' meta has no `host`).
    """

    TYPE = "sms_trunks"
    _SPARSE_FIELDS = frozenset(
        {
            "allow_any_did_as_source",
            "allow_in",
            "allow_out",
            "blocked",
            "configuration",
            "created_at",
            "external_reference_id",
            "id",
            "incoming_dids",
            "name",
            "outgoing_dids",
            "priority",
            "sms_trunk_group",
            "updated_at",
        }
    )
    _INCLUDES = frozenset({"incoming_dids", "outgoing_dids", "sms_trunk_group"})
    _CONDITIONS = (Condition("allow_any_did_as_source", True, refuse=("outgoing_dids",)),)

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the trunk. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing for the trunk, up to 100 characters, for matching it
        with your own records. Takes at most 100 characters: the SDK refuses another value
        when it is assigned.
        """,
        nullable=True,
    )
    blocked: Attribute[bool] = Attribute(
        BOOLEAN,
        """Whether the trunk is stopped from handling messages; set it to true to stop it.""",
    )
    priority: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=0, maximum=32767),
        """Order in which the trunk is tried inside its SMS trunk group, lower values first. It
        is 100 unless set, except on `http_out` trunks: those can never be grouped and keep
        it null. Takes 0 to 32767: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    allow_any_did_as_source: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, any DID on the account may be the sender of messages sent through the
        trunk, and `outgoing_dids` is emptied and has to stay empty. Not accepted for trunk
        types that can only receive.
        """,
    )
    allow_in: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether the trunk handles inbound messages, which follows from its configuration
        type. Read-only.
        """,
    )
    allow_out: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether the trunk can send messages, which follows from its configuration type. Read-
        only.
        """,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the trunk was created. Read-only.""",
    )
    updated_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the trunk was last changed. Read-only.""",
    )
    configuration: Attribute[SmsTrunkConfiguration] = Attribute(
        SMS_TRUNK_CONFIGURATION_CODEC,
        """Delivery settings, whose type decides what the trunk does. On update the type must
        match the trunk, and only the settings sent are changed. Required on create: the SDK
        refuses a create without it. An update keeps the type it was created with: the SDK
        refuses one of another type for a loaded model.
        """,
        required=True,
        fixed_variant=True,
    )

    outgoing_dids: ToMany[DID] = ToMany(
        "outgoing_dids",
        ("dids",),
        """DIDs that may be the sender of messages sent through the trunk; it has to stay empty
        as long as `allow_any_did_as_source` is true, and a DID still awaiting registration
        is not accepted.
        """,
    )
    outgoing_did_ids: ToManyIds[DID] = ToManyIds(
        outgoing_dids,
        """The ids of `outgoing_dids`.""",
    )
    incoming_dids: ReadOnlyToMany[DID] = ReadOnlyToMany(
        "incoming_dids",
        ("dids",),
        """DIDs whose inbound messages are routed to the trunk; a DID is routed through its own
        `sms_trunk` relationship. Read-only.
        """,
    )
    incoming_did_ids: ReadOnlyToManyIds[DID] = ReadOnlyToManyIds(
        incoming_dids,
        """The ids of `incoming_dids`. Read-only.""",
    )
    sms_trunk_group: ToOne[SmsTrunkGroup] = ToOne(
        "sms_trunk_group",
        ("sms_trunk_groups",),
        """SMS trunk group the trunk belongs to, or null when it stands alone; set it to null to
        leave the group.
        """,
    )
    sms_trunk_group_id: ToOneId[SmsTrunkGroup] = ToOneId(
        sms_trunk_group,
        """The id of `sms_trunk_group`.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        blocked: bool | NotGiven = NOT_GIVEN,
        priority: int | NotGiven | None = NOT_GIVEN,
        allow_any_did_as_source: bool | NotGiven = NOT_GIVEN,
        configuration: SmsTrunkConfiguration | NotGiven = NOT_GIVEN,
        outgoing_dids: list[DID] | NotGiven = NOT_GIVEN,
        outgoing_did_ids: list[str] | NotGiven = NOT_GIVEN,
        sms_trunk_group: SmsTrunkGroup | NotGiven | None = NOT_GIVEN,
        sms_trunk_group_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "external_reference_id": external_reference_id,
                "blocked": blocked,
                "priority": priority,
                "allow_any_did_as_source": allow_any_did_as_source,
                "configuration": configuration,
                "outgoing_dids": outgoing_dids,
                "outgoing_did_ids": outgoing_did_ids,
                "sms_trunk_group": sms_trunk_group,
                "sms_trunk_group_id": sms_trunk_group_id,
            }
        )
