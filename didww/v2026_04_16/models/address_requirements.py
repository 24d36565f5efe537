# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `address_requirements` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, INTEGER, STRING, EnumCodec, ListCodec
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
    AreaLevel,
    IdentityField,
    RequirementIdentityType,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.countries import Country
    from didww.v2026_04_16.models.did_group_types import DIDGroupType
    from didww.v2026_04_16.models.proof_types import ProofType
    from didww.v2026_04_16.models.supporting_document_templates import SupportingDocumentTemplate

__all__ = ["AddressRequirement"]


class AddressRequirement(Resource, registry=REGISTRY):
    """The registration rules a country sets for numbers of one DID group type: which identities
    are accepted, where the address has to be, how many proofs are needed and which forms must
    be supplied.
    """

    TYPE = "address_requirements"
    _INCLUDES = frozenset(
        {
            "address_proof_types",
            "business_onetime_document",
            "business_permanent_document",
            "business_proof_types",
            "country",
            "did_group_type",
            "personal_onetime_document",
            "personal_permanent_document",
            "personal_proof_types",
        }
    )

    identity_type: ReadOnlyAttribute[RequirementIdentityType] = ReadOnlyAttribute(
        EnumCodec(RequirementIdentityType, str),
        """Kind of identity accepted for registration; `any` allows either a personal or a
        business one. Read-only.
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
    personal_proof_qty: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Number of proofs a personal identity has to supply. Read-only.""",
    )
    business_proof_qty: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Number of proofs a business identity has to supply. Read-only.""",
    )
    address_proof_qty: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Number of proofs the address has to supply. Read-only.""",
    )
    personal_mandatory_fields: ReadOnlyAttribute[list[IdentityField] | None] = ReadOnlyAttribute(
        ListCodec(EnumCodec(IdentityField, str)),
        """Identity fields a personal identity must have filled in; null when none are required.
        Read-only.
        """,
        nullable=True,
    )
    business_mandatory_fields: ReadOnlyAttribute[list[IdentityField] | None] = ReadOnlyAttribute(
        ListCodec(EnumCodec(IdentityField, str)),
        """Identity fields a business identity must have filled in; null when none are required.
        Read-only.
        """,
        nullable=True,
    )
    service_description_required: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether an address verification has to describe how the number is going to be used.
        Read-only.
        """,
    )
    restriction_message: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Text describing the restrictions the country imposes on these numbers. Read-only.""",
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the rules apply to. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )
    did_group_type: ReadOnlyToOne[DIDGroupType] = ReadOnlyToOne(
        "did_group_type",
        ("did_group_types",),
        """The number category the rules apply to. Read-only.""",
    )
    did_group_type_id: ReadOnlyToOneId[DIDGroupType] = ReadOnlyToOneId(
        did_group_type,
        """The id of `did_group_type`. Read-only.""",
    )
    personal_permanent_document: ReadOnlyToOne[SupportingDocumentTemplate] = ReadOnlyToOne(
        "personal_permanent_document",
        ("supporting_document_templates",),
        """Template of the form a personal identity has to keep on file as a permanent
        supporting document, if one is needed. Read-only.
        """,
    )
    personal_permanent_document_id: ReadOnlyToOneId[SupportingDocumentTemplate] = ReadOnlyToOneId(
        personal_permanent_document,
        """The id of `personal_permanent_document`. Read-only.""",
    )
    business_permanent_document: ReadOnlyToOne[SupportingDocumentTemplate] = ReadOnlyToOne(
        "business_permanent_document",
        ("supporting_document_templates",),
        """Template of the form a business identity has to keep on file as a permanent
        supporting document, if one is needed. Read-only.
        """,
    )
    business_permanent_document_id: ReadOnlyToOneId[SupportingDocumentTemplate] = ReadOnlyToOneId(
        business_permanent_document,
        """The id of `business_permanent_document`. Read-only.""",
    )
    personal_onetime_document: ReadOnlyToOne[SupportingDocumentTemplate] = ReadOnlyToOne(
        "personal_onetime_document",
        ("supporting_document_templates",),
        """Template of the form a personal identity has to attach to each address verification,
        if one is needed. Read-only.
        """,
    )
    personal_onetime_document_id: ReadOnlyToOneId[SupportingDocumentTemplate] = ReadOnlyToOneId(
        personal_onetime_document,
        """The id of `personal_onetime_document`. Read-only.""",
    )
    business_onetime_document: ReadOnlyToOne[SupportingDocumentTemplate] = ReadOnlyToOne(
        "business_onetime_document",
        ("supporting_document_templates",),
        """Template of the form a business identity has to attach to each address verification,
        if one is needed. Read-only.
        """,
    )
    business_onetime_document_id: ReadOnlyToOneId[SupportingDocumentTemplate] = ReadOnlyToOneId(
        business_onetime_document,
        """The id of `business_onetime_document`. Read-only.""",
    )
    personal_proof_types: ReadOnlyToMany[ProofType] = ReadOnlyToMany(
        "personal_proof_types",
        ("proof_types",),
        """Kinds of document accepted as proof for a personal identity. Read-only.""",
    )
    personal_proof_type_ids: ReadOnlyToManyIds[ProofType] = ReadOnlyToManyIds(
        personal_proof_types,
        """The ids of `personal_proof_types`. Read-only.""",
    )
    business_proof_types: ReadOnlyToMany[ProofType] = ReadOnlyToMany(
        "business_proof_types",
        ("proof_types",),
        """Kinds of document accepted as proof for a business identity. Read-only.""",
    )
    business_proof_type_ids: ReadOnlyToManyIds[ProofType] = ReadOnlyToManyIds(
        business_proof_types,
        """The ids of `business_proof_types`. Read-only.""",
    )
    address_proof_types: ReadOnlyToMany[ProofType] = ReadOnlyToMany(
        "address_proof_types",
        ("proof_types",),
        """Kinds of document accepted as proof of the address. Read-only.""",
    )
    address_proof_type_ids: ReadOnlyToManyIds[ProofType] = ReadOnlyToManyIds(
        address_proof_types,
        """The ids of `address_proof_types`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
