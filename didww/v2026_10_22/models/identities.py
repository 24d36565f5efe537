# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `identities` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATE, DATETIME, STRING, EnumCodec, Limited
from didww._conditions import Condition
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import ReadOnlyToMany, ReadOnlyToManyIds, Resource, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    IdentityType,
)

if TYPE_CHECKING:
    from didww.v2026_10_22.models.addresses import Address
    from didww.v2026_10_22.models.countries import Country
    from didww.v2026_10_22.models.permanent_supporting_documents import PermanentSupportingDocument
    from didww.v2026_10_22.models.proofs import Proof

__all__ = ["Identity"]


class Identity(Resource, registry=REGISTRY):
    """A person or business under whose name regulated DIDs are registered. Which of the optional
    fields must be filled in depends on the country's address requirement, and `identity_type`
    cannot be changed after creation. Deleting an identity also deletes its addresses and
    documents.

    While `identity_type` is `'business'`, `company_name` needs a value; while `identity_type`
    is `'personal'`, `company_name`, `company_reg_number` and `vat_id` must be blank; while
    `vat_id` is not `None`, `country` needs a value: the SDK refuses a create that breaks
    this, and an update whose values sent break it.
    """

    TYPE = "identities"
    _SPARSE_FIELDS = frozenset(
        {
            "addresses",
            "birth_country",
            "birth_date",
            "company_name",
            "company_reg_number",
            "contact_email",
            "country",
            "created_at",
            "description",
            "external_reference_id",
            "first_name",
            "id",
            "id_number",
            "identity_type",
            "last_name",
            "permanent_documents",
            "personal_tax_id",
            "phone_number",
            "proofs",
            "vat_id",
            "verified",
        }
    )
    _INCLUDES = frozenset(
        {"addresses", "birth_country", "country", "permanent_documents", "proofs"}
    )
    _CONDITIONS = (
        Condition("identity_type", "business", require=("company_name",)),
        Condition(
            "identity_type", "personal", refuse=("company_name", "company_reg_number", "vat_id")
        ),
        Condition("vat_id", None, negated=True, require=("country",)),
    )

    identity_type: CreateOnlyAttribute[IdentityType] = CreateOnlyAttribute(
        EnumCodec(IdentityType, str),
        """Selects whether the identity is an individual or a company; fixed once the identity
        exists. Can only be set when creating. Required on create: the SDK refuses a create
        without it.
        """,
        required=True,
    )
    first_name: Attribute[str] = Attribute(
        STRING,
        """Given name. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    last_name: Attribute[str] = Attribute(
        STRING,
        """Family name (surname). Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    phone_number: Attribute[str] = Attribute(
        STRING,
        """Telephone number for reaching the identity, written as digits with no spaces or
        symbols. Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    contact_email: Attribute[str | None] = Attribute(
        STRING,
        """Email address for reaching the identity, or null.""",
        nullable=True,
    )
    company_name: Attribute[str | None] = Attribute(
        STRING,
        """Legal name of the company; needed when `identity_type` is `business` and refused on a
        personal identity.
        """,
        nullable=True,
    )
    company_reg_number: Attribute[str | None] = Attribute(
        STRING,
        """Official registration number of the company, or null; refused on a personal identity.""",
        nullable=True,
    )
    vat_id: Attribute[str | None] = Attribute(
        STRING,
        """Value-added tax registration number, or null; refused on a personal identity, and
        validated for the identity's `country`, which has to be given alongside it.
        """,
        nullable=True,
    )
    id_number: Attribute[str | None] = Attribute(
        STRING,
        """Number of the person's identity document, such as a passport or ID card, or null.""",
        nullable=True,
    )
    personal_tax_id: Attribute[str | None] = Attribute(
        STRING,
        """Tax number of the individual, or null.""",
        nullable=True,
    )
    birth_date: Attribute[dt.date | None] = Attribute(
        DATE,
        """Date of birth, or null.""",
        nullable=True,
    )
    description: Attribute[str | None] = Attribute(
        STRING,
        """Your own free-text remark about the identity, or null.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing that links the identity to a record in your own
        systems, or null. Takes at most 100 characters: the SDK refuses another value when it
        is assigned.
        """,
        nullable=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the identity was created. Read-only.""",
    )
    verified: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Whether the identity is in use for the registration of one or more DIDs; it does not
        mean that DIDWW has checked its documents. Read-only.
        """,
    )

    country: ToOne[Country] = ToOne(
        "country",
        ("countries",),
        """Country of registration for this identity.""",
    )
    country_id: ToOneId[Country] = ToOneId(
        country,
        """The id of `country`.""",
    )
    birth_country: ToOne[Country] = ToOne(
        "birth_country",
        ("countries",),
        """Country in which the person was born; some address requirements make it mandatory.""",
    )
    birth_country_id: ToOneId[Country] = ToOneId(
        birth_country,
        """The id of `birth_country`.""",
    )
    proofs: ReadOnlyToMany[Proof] = ReadOnlyToMany(
        "proofs",
        ("proofs",),
        """Documents on file that back up this identity. Read-only.""",
    )
    proof_ids: ReadOnlyToManyIds[Proof] = ReadOnlyToManyIds(
        proofs,
        """The ids of `proofs`. Read-only.""",
    )
    addresses: ReadOnlyToMany[Address] = ReadOnlyToMany(
        "addresses",
        ("addresses",),
        """Postal addresses owned by this identity. Read-only.""",
    )
    address_ids: ReadOnlyToManyIds[Address] = ReadOnlyToManyIds(
        addresses,
        """The ids of `addresses`. Read-only.""",
    )
    permanent_documents: ReadOnlyToMany[PermanentSupportingDocument] = ReadOnlyToMany(
        "permanent_documents",
        ("permanent_supporting_documents",),
        """Completed supporting documents stored against this identity for reuse in later
        verifications. Read-only.
        """,
    )
    permanent_document_ids: ReadOnlyToManyIds[PermanentSupportingDocument] = ReadOnlyToManyIds(
        permanent_documents,
        """The ids of `permanent_documents`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        identity_type: IdentityType | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        contact_email: str | NotGiven | None = NOT_GIVEN,
        company_name: str | NotGiven | None = NOT_GIVEN,
        company_reg_number: str | NotGiven | None = NOT_GIVEN,
        vat_id: str | NotGiven | None = NOT_GIVEN,
        id_number: str | NotGiven | None = NOT_GIVEN,
        personal_tax_id: str | NotGiven | None = NOT_GIVEN,
        birth_date: dt.date | NotGiven | None = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        country: Country | NotGiven | None = NOT_GIVEN,
        country_id: str | NotGiven | None = NOT_GIVEN,
        birth_country: Country | NotGiven | None = NOT_GIVEN,
        birth_country_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "identity_type": identity_type,
                "first_name": first_name,
                "last_name": last_name,
                "phone_number": phone_number,
                "contact_email": contact_email,
                "company_name": company_name,
                "company_reg_number": company_reg_number,
                "vat_id": vat_id,
                "id_number": id_number,
                "personal_tax_id": personal_tax_id,
                "birth_date": birth_date,
                "description": description,
                "external_reference_id": external_reference_id,
                "country": country,
                "country_id": country_id,
                "birth_country": birth_country,
                "birth_country_id": birth_country_id,
            }
        )
