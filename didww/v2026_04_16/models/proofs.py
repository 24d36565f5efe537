# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `proofs` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import CreateOnlyToMany, CreateOnlyToOne, Resource, ToManyIds, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.addresses import Address
    from didww.v2026_04_16.models.encrypted_files import EncryptedFile
    from didww.v2026_04_16.models.identities import Identity
    from didww.v2026_04_16.models.proof_types import ProofType

__all__ = ["Proof"]


class Proof(Resource, registry=REGISTRY):
    """A document, uploaded as encrypted files, that serves as evidence for an identity or an
    address. Only `external_reference_id` can be changed; to replace the document, delete the
    proof and create another one.
    """

    TYPE = "proofs"
    _INCLUDES = frozenset({"entity", "proof_type"})

    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the proof was created. Read-only.""",
    )
    expires_at: ReadOnlyAttribute[dt.datetime | None] = ReadOnlyAttribute(
        DATETIME,
        """Time after which the document is no longer accepted; null if it never lapses. Read-
        only.
        """,
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for cross-referencing the proof, or null. Never sent
        as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )

    proof_type: CreateOnlyToOne[ProofType] = CreateOnlyToOne(
        "proof_type",
        ("proof_types",),
        """The kind of document this proof is. Can only be set when creating. Never sent as
        null: assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
        """,
        nullable=False,
        required=True,
    )
    proof_type_id: ToOneId[ProofType] = ToOneId(
        proof_type,
        """The id of `proof_type`. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    entity: CreateOnlyToOne[Identity | Address] = CreateOnlyToOne(
        "entity",
        (
            "identities",
            "addresses",
        ),
        """The identity or address this document backs up; its type must match what the proof
        type is meant to prove. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    entity_id: ToOneId[Identity | Address] = ToOneId(
        entity,
        """The id of `entity`. Can only be set when creating. Never sent as null: assigning None
        raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    files: CreateOnlyToMany[EncryptedFile] = CreateOnlyToMany(
        "files",
        ("encrypted_files",),
        """Encrypted files, uploaded beforehand, that contain the document; they are copied onto
        the proof. Can only be set when creating. Sent by the SDK, never returned by the API.
        Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    file_ids: ToManyIds[EncryptedFile] = ToManyIds(
        files,
        """The ids of `files`. Can only be set when creating. Sent by the SDK, never returned by
        the API. Required on create: the SDK refuses a create without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        external_reference_id: str | NotGiven = NOT_GIVEN,
        proof_type: ProofType | NotGiven = NOT_GIVEN,
        proof_type_id: str | NotGiven = NOT_GIVEN,
        entity: Identity | Address | NotGiven = NOT_GIVEN,
        files: list[EncryptedFile] | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "external_reference_id": external_reference_id,
                "proof_type": proof_type,
                "proof_type_id": proof_type_id,
                "entity": entity,
                "files": files,
                "file_ids": file_ids,
            }
        )
