# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `did_groups` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, STRING, EnumCodec, ListCodec
from didww._fields import ReadOnlyAttribute
from didww._resource import (
    ReadOnlyToMany,
    ReadOnlyToManyIds,
    ReadOnlyToOne,
    ReadOnlyToOneId,
    Resource,
)
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    Feature,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.address_requirements import AddressRequirement
    from didww.v2026_04_16.models.cities import City
    from didww.v2026_04_16.models.countries import Country
    from didww.v2026_04_16.models.did_group_types import DIDGroupType
    from didww.v2026_04_16.models.regions import Region
    from didww.v2026_04_16.models.stock_keeping_units import StockKeepingUnit

__all__ = ["DIDGroup"]


class DIDGroup(Resource, registry=REGISTRY):
    """A block of numbers in the coverage catalogue that share a country, city, number category
    and prefix. Its stock keeping units hold the prices, and its meta says how many numbers
    are in stock and whether buying one needs a verified address.

    Resource meta (``model.meta``): `available_dids_enabled`: Whether particular numbers of
    the group can be browsed and chosen through available DIDs, instead of being ordered by
    quantity.; `needs_registration`: Whether ordering a number from the group requires a
    verified address.; `is_available`: Whether the group has numbers in stock right now.;
    `total_count`: How many of the group's numbers are in stock.
    """

    TYPE = "did_groups"
    _INCLUDES = frozenset(
        {
            "address_requirement",
            "city",
            "country",
            "did_group_type",
            "region",
            "stock_keeping_units",
        }
    )

    prefix: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Dialling prefix shared by the group's numbers, country code included. Read-only.""",
    )
    area_name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Readable name of the area the numbers belong to. Read-only.""",
    )
    features: ReadOnlyAttribute[list[Feature]] = ReadOnlyAttribute(
        ListCodec(EnumCodec(Feature, str)),
        """Services the group's numbers can be used for. Read-only.""",
    )
    is_metered: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether incoming minutes are charged per minute instead of being included in the
        price. Read-only.
        """,
    )
    allow_additional_channels: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether channels beyond the included ones can be purchased for a DID from this group.
        Read-only.
        """,
    )
    service_restrictions: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Restrictions on how the group's numbers may be used; null when there are none. Read-
        only.
        """,
        nullable=True,
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country of the group's numbers. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )
    city: ReadOnlyToOne[City] = ReadOnlyToOne(
        "city",
        ("cities",),
        """The city the numbers are local to. Read-only.""",
    )
    city_id: ReadOnlyToOneId[City] = ReadOnlyToOneId(
        city,
        """The id of `city`. Read-only.""",
    )
    did_group_type: ReadOnlyToOne[DIDGroupType] = ReadOnlyToOne(
        "did_group_type",
        ("did_group_types",),
        """The category of number the group offers. Read-only.""",
    )
    did_group_type_id: ReadOnlyToOneId[DIDGroupType] = ReadOnlyToOneId(
        did_group_type,
        """The id of `did_group_type`. Read-only.""",
    )
    region: ReadOnlyToOne[Region] = ReadOnlyToOne(
        "region",
        ("regions",),
        """The region the numbers belong to. Read-only.""",
    )
    region_id: ReadOnlyToOneId[Region] = ReadOnlyToOneId(
        region,
        """The id of `region`. Read-only.""",
    )
    stock_keeping_units: ReadOnlyToMany[StockKeepingUnit] = ReadOnlyToMany(
        "stock_keeping_units",
        ("stock_keeping_units",),
        """The priced offers under which the group's numbers can be ordered. Read-only.""",
    )
    stock_keeping_unit_ids: ReadOnlyToManyIds[StockKeepingUnit] = ReadOnlyToManyIds(
        stock_keeping_units,
        """The ids of `stock_keeping_units`. Read-only.""",
    )
    address_requirement: ReadOnlyToOne[AddressRequirement] = ReadOnlyToOne(
        "address_requirement",
        ("address_requirements",),
        """The registration rules that apply to the group's numbers. Read-only.""",
    )
    address_requirement_id: ReadOnlyToOneId[AddressRequirement] = ReadOnlyToOneId(
        address_requirement,
        """The id of `address_requirement`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
