# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `addresses` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATETIME, STRING, Limited
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import (
    CreateOnlyToOne,
    ReadOnlyToMany,
    ReadOnlyToManyIds,
    ReadOnlyToOne,
    ReadOnlyToOneId,
    Resource,
    ToOneId,
)
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.areas import Area
    from didww.v2026_10_22.models.cities import City
    from didww.v2026_10_22.models.countries import Country
    from didww.v2026_10_22.models.identities import Identity
    from didww.v2026_10_22.models.proofs import Proof

__all__ = ["Address"]


class Address(Resource, registry=REGISTRY):
    """A postal address owned by an identity and used when registering regulated DIDs. Once
    created it is submitted for approval through an address verification; its identity and
    country cannot be changed afterwards.
    """

    TYPE = "addresses"
    _SPARSE_FIELDS = frozenset(
        {
            "address",
            "area",
            "city",
            "city_name",
            "country",
            "created_at",
            "description",
            "external_reference_id",
            "id",
            "identity",
            "postal_code",
            "proofs",
            "verified",
        }
    )
    _INCLUDES = frozenset({"area", "city", "country", "identity", "proofs"})

    address: Attribute[str] = Attribute(
        Limited(STRING, max_length=200),
        """Street line of the address, such as house number and street name. Takes at most 200
        characters: the SDK refuses another value when it is assigned. Required on create:
        the SDK refuses a create without it.
        """,
        required=True,
    )
    city_name: Attribute[str] = Attribute(
        STRING,
        """Name of the city or town, as free text. Required on create: the SDK refuses a create
        without it.
        """,
        required=True,
    )
    postal_code: Attribute[str] = Attribute(
        STRING,
        """Postal or ZIP code. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    description: Attribute[str | None] = Attribute(
        STRING,
        """Your own free-text remark about the address, or null.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing that links the address to a record in your own
        systems, or null. Takes at most 100 characters: the SDK refuses another value when it
        is assigned.
        """,
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the address was created. Read-only.""",
    )
    verified: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether the address is in use for the registration of one or more DIDs; it does not
        mean that DIDWW has checked its proofs. Read-only.
        """,
    )

    identity: CreateOnlyToOne[Identity] = CreateOnlyToOne(
        "identity",
        ("identities",),
        """The identity that owns this address; set at creation only. Can only be set when
        creating. Never sent as null: assigning None raises ClientError. Required on create:
        the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    identity_id: ToOneId[Identity] = ToOneId(
        identity,
        """The id of `identity`. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    country: CreateOnlyToOne[Country] = CreateOnlyToOne(
        "country",
        ("countries",),
        """Country in which the address lies; set at creation only. Can only be set when
        creating. Never sent as null: assigning None raises ClientError. Required on create:
        the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    country_id: ToOneId[Country] = ToOneId(
        country,
        """The id of `country`. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    area: ReadOnlyToOne[Area] = ReadOnlyToOne(
        "area",
        ("areas",),
        """Geographic area linked to the address. Read-only.""",
    )
    area_id: ReadOnlyToOneId[Area] = ReadOnlyToOneId(
        area,
        """The id of `area`. Read-only.""",
    )
    city: ReadOnlyToOne[City] = ReadOnlyToOne(
        "city",
        ("cities",),
        """City record linked to the address. Read-only.""",
    )
    city_id: ReadOnlyToOneId[City] = ReadOnlyToOneId(
        city,
        """The id of `city`. Read-only.""",
    )
    proofs: ReadOnlyToMany[Proof] = ReadOnlyToMany(
        "proofs",
        ("proofs",),
        """Documents on file that back up this address. Read-only.""",
    )
    proof_ids: ReadOnlyToManyIds[Proof] = ReadOnlyToManyIds(
        proofs,
        """The ids of `proofs`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        address: str | NotGiven = NOT_GIVEN,
        city_name: str | NotGiven = NOT_GIVEN,
        postal_code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        identity: Identity | NotGiven = NOT_GIVEN,
        identity_id: str | NotGiven = NOT_GIVEN,
        country: Country | NotGiven = NOT_GIVEN,
        country_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "address": address,
                "city_name": city_name,
                "postal_code": postal_code,
                "description": description,
                "external_reference_id": external_reference_id,
                "identity": identity,
                "identity_id": identity_id,
                "country": country,
                "country_id": country_id,
            }
        )
