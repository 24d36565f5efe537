# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `shared_capacity_groups` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, INTEGER, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToMany, ToManyIds, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.capacity_pools import CapacityPool
    from didww.v2026_04_16.models.dids import DID

__all__ = ["SharedCapacityGroup"]


class SharedCapacityGroup(Resource, registry=REGISTRY):
    """A group of DIDs that share a block of channels taken from a capacity pool, optionally with
    metered per-minute channels for overflow. Assigning `dids` replaces the whole member list,
    and deleting the group gives its channels back to the pool.
    """

    TYPE = "shared_capacity_groups"
    _INCLUDES = frozenset({"capacity_pool", "dids"})

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the group. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    shared_channels_count: Attribute[int] = Attribute(
        INTEGER,
        """Channels taken from the pool and shared by the group's DIDs; cannot be more than the
        pool has unassigned.
        """,
    )
    metered_channels_count: Attribute[int | None] = Attribute(
        INTEGER,
        """Extra channels charged per minute, used once all shared channels are busy; null means
        none.
        """,
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

    capacity_pool: ToOne[CapacityPool] = ToOne(
        "capacity_pool",
        ("capacity_pools",),
        """Capacity pool the group's channels come from; required on create. Never sent as null:
        assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
        """,
        nullable=False,
        required=True,
    )
    capacity_pool_id: ToOneId[CapacityPool] = ToOneId(
        capacity_pool,
        """The id of `capacity_pool`. Never sent as null: assigning None raises ClientError.
        Required on create: the SDK refuses a create without it.
        """,
    )
    dids: ToMany[DID] = ToMany(
        "dids",
        ("dids",),
        """DIDs that draw on the group's channels; assigning this list replaces the current
        members.
        """,
    )
    did_ids: ToManyIds[DID] = ToManyIds(
        dids,
        """The ids of `dids`.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        shared_channels_count: int | NotGiven = NOT_GIVEN,
        metered_channels_count: int | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        capacity_pool: CapacityPool | NotGiven = NOT_GIVEN,
        capacity_pool_id: str | NotGiven = NOT_GIVEN,
        dids: list[DID] | NotGiven = NOT_GIVEN,
        did_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "shared_channels_count": shared_channels_count,
                "metered_channels_count": metered_channels_count,
                "external_reference_id": external_reference_id,
                "capacity_pool": capacity_pool,
                "capacity_pool_id": capacity_pool_id,
                "dids": dids,
                "did_ids": did_ids,
            }
        )
