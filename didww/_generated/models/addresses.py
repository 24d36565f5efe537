# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `addresses` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATETIME, STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToMany, ToManyIds, ToOne, ToOneId, register
from didww._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from didww._generated.models.areas import Area
    from didww._generated.models.cities import City
    from didww._generated.models.countries import Country
    from didww._generated.models.identities import Identity
    from didww._generated.models.proofs import Proof

__all__ = ["Address"]


@register
class Address(Resource):
    """A postal address owned by an identity and used when registering regulated DIDs. Once
    created it is submitted for approval through an address verification; its identity and
    country cannot be changed afterwards.
    """

    __slots__ = ()

    TYPE = "addresses"

    address: Attribute[str] = Attribute(STRING, Access.WRITABLE)
    """Street line of the address, such as house number and street name."""
    city_name: Attribute[str] = Attribute(STRING, Access.WRITABLE)
    """Name of the city or town, as free text."""
    postal_code: Attribute[str] = Attribute(STRING, Access.WRITABLE)
    """Postal or ZIP code."""
    description: Attribute[str | None] = Attribute(STRING, Access.WRITABLE)
    """Your own free-text remark about the address, or null."""
    external_reference_id: Attribute[str | None] = Attribute(STRING, Access.WRITABLE)
    """An identifier of your choosing that links the address to a record in your own systems, or
    null.
    """
    created_at: Attribute[dt.datetime] = Attribute(DATETIME, Access.READ_ONLY)
    """Time the address was created. Read-only."""
    verified: Attribute[bool] = Attribute(BOOLEAN, Access.READ_ONLY)
    """Whether DIDWW has approved this address together with its proofs. Read-only."""

    identity: ToOne[Identity] = ToOne("identity", ("identities",), access=Access.CREATE_ONLY)
    """The identity that owns this address; set at creation only. Can only be set when creating."""
    identity_id: ToOneId[Identity] = ToOneId(identity)
    """The id of `identity`. Can only be set when creating."""
    country: ToOne[Country] = ToOne("country", ("countries",), access=Access.CREATE_ONLY)
    """Country in which the address lies; set at creation only. Can only be set when creating."""
    country_id: ToOneId[Country] = ToOneId(country)
    """The id of `country`. Can only be set when creating."""
    area: ToOne[Area] = ToOne("area", ("areas",), access=Access.READ_ONLY)
    """Geographic area linked to the address. Read-only."""
    area_id: ToOneId[Area] = ToOneId(area)
    """The id of `area`. Read-only."""
    city: ToOne[City] = ToOne("city", ("cities",), access=Access.READ_ONLY)
    """City record linked to the address. Read-only."""
    city_id: ToOneId[City] = ToOneId(city)
    """The id of `city`. Read-only."""
    proofs: ToMany[Proof] = ToMany("proofs", ("proofs",), access=Access.READ_ONLY)
    """Documents on file that back up this address. Read-only."""
    proof_ids: ToManyIds[Proof] = ToManyIds(proofs)
    """The ids of `proofs`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
        *,
        address: str | NotGiven = NOT_GIVEN,
        city_name: str | NotGiven = NOT_GIVEN,
        postal_code: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        identity: Identity | NotGiven | None = NOT_GIVEN,
        identity_id: str | NotGiven | None = NOT_GIVEN,
        country: Country | NotGiven | None = NOT_GIVEN,
        country_id: str | NotGiven | None = NOT_GIVEN,
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
