# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `emergency_requirements` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING, EnumCodec, ListCodec
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    AreaLevel,
    EmergencyRequirementField,
    NumberType,
    RequirementIdentityType,
)

if TYPE_CHECKING:
    from didww.v2026_10_22.models.countries import Country

__all__ = ["EmergencyRequirement"]


class EmergencyRequirement(Resource, registry=REGISTRY):
    """The conditions a country sets before emergency calling can be enabled on numbers of one
    number type, with this account's price in meta. Combinations for which the account has no
    emergency rate are left out.

    Resource meta (``model.meta``): `setup_price`: One-time activation fee for this account,
    which is zero whenever a price exists. Null only when the requirement is reached through
    an emergency calling service the account has lost pricing for.; `monthly_price`: Monthly
    fee for this account. Null only when the requirement is reached through an emergency
    calling service the account has lost pricing for.
    """

    TYPE = "emergency_requirements"
    _SPARSE_FIELDS = frozenset(
        {
            "address_area_level",
            "address_mandatory_fields",
            "business_area_level",
            "business_mandatory_fields",
            "country",
            "estimate_setup_time",
            "id",
            "identity_type",
            "number_type",
            "personal_area_level",
            "personal_mandatory_fields",
            "requirement_restriction_message",
        }
    )
    _INCLUDES = frozenset({"country"})

    number_type: ReadOnlyAttribute[NumberType] = ReadOnlyAttribute(
        EnumCodec(NumberType, str),
        """The kind of number the conditions apply to. Read-only.""",
    )
    identity_type: ReadOnlyAttribute[RequirementIdentityType] = ReadOnlyAttribute(
        EnumCodec(RequirementIdentityType, str),
        """Kind of identity accepted; `any` allows either a personal or a business one. Read-
        only.
        """,
    )
    personal_area_level: ReadOnlyAttribute[AreaLevel | None] = ReadOnlyAttribute(
        EnumCodec(AreaLevel, str),
        """How near the number a personal identity has to be based; null when personal
        identities are not accepted. Read-only.
        """,
        nullable=True,
    )
    business_area_level: ReadOnlyAttribute[AreaLevel | None] = ReadOnlyAttribute(
        EnumCodec(AreaLevel, str),
        """How near the number a business identity has to be based; null when business
        identities are not accepted. Read-only.
        """,
        nullable=True,
    )
    address_area_level: ReadOnlyAttribute[AreaLevel] = ReadOnlyAttribute(
        EnumCodec(AreaLevel, str),
        """How near the number the registered address has to be. Read-only.""",
    )
    personal_mandatory_fields: ReadOnlyAttribute[list[EmergencyRequirementField]] = (
        ReadOnlyAttribute(
            ListCodec(EnumCodec(EmergencyRequirementField, str)),
            """Fields a personal identity must have filled in, named by readable labels rather than
        API attribute names; empty when there are none. Read-only.
        """,
        )
    )
    business_mandatory_fields: ReadOnlyAttribute[list[EmergencyRequirementField]] = (
        ReadOnlyAttribute(
            ListCodec(EnumCodec(EmergencyRequirementField, str)),
            """Fields a business identity must have filled in, named by readable labels rather than
        API attribute names; empty when there are none. Read-only.
        """,
        )
    )
    address_mandatory_fields: ReadOnlyAttribute[list[EmergencyRequirementField]] = (
        ReadOnlyAttribute(
            ListCodec(EnumCodec(EmergencyRequirementField, str)),
            """Fields the address must have filled in, named by readable labels rather than API
        attribute names; empty when there are none. Read-only.
        """,
        )
    )
    estimate_setup_time: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Typical time activation takes, as free text such as `3 business days`. Read-only.""",
    )
    requirement_restriction_message: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Text describing the country's restrictions on emergency calling; may be null. Read-
        only.
        """,
        nullable=True,
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the conditions apply to. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
