# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `did_reservations` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING
from didww._fields import CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import CreateOnlyToOne, Resource, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.available_dids import AvailableDID

__all__ = ["DIDReservation"]


class DIDReservation(Resource, registry=REGISTRY):
    """A temporary hold on an available number that keeps others from buying it while you place
    your order. The hold runs out at `expires_at`, deleting the reservation gives the number
    back early, and your plan caps how many holds you may have at once.
    """

    TYPE = "did_reservations"
    _INCLUDES = frozenset({"available_did"})

    description: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        STRING,
        """Free-text note about the reservation, set when it is made, or null. Can only be set
        when creating. Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the reservation was made. Read-only.""",
    )
    expires_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the hold runs out and the number becomes available to others again. Read-only.""",
    )

    available_did: CreateOnlyToOne[AvailableDID] = CreateOnlyToOne(
        "available_did",
        ("available_dids",),
        """The available number being held. Can only be set when creating. Never sent as null:
        assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
        """,
        nullable=False,
        required=True,
    )
    available_did_id: ToOneId[AvailableDID] = ToOneId(
        available_did,
        """The id of `available_did`. Can only be set when creating. Never sent as null:
        assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        description: str | NotGiven = NOT_GIVEN,
        available_did: AvailableDID | NotGiven = NOT_GIVEN,
        available_did_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "description": description,
                "available_did": available_did,
                "available_did_id": available_did_id,
            }
        )
