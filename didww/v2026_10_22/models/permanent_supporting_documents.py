# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `permanent_supporting_documents` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING, Limited
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import CreateOnlyToMany, CreateOnlyToOne, Resource, ToManyIds, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.encrypted_files import EncryptedFile
    from didww.v2026_10_22.models.identities import Identity
    from didww.v2026_10_22.models.supporting_document_templates import SupportingDocumentTemplate

__all__ = ["PermanentSupportingDocument"]


class PermanentSupportingDocument(Resource, registry=REGISTRY):
    """A filled-in supporting document template kept on file for an identity, so it need not be
    sent again with every address verification. Only `external_reference_id` can be updated;
    to replace the content, create another document for that identity and template, which
    takes the old one's place and removes it.
    """

    TYPE = "permanent_supporting_documents"
    _SPARSE_FIELDS = frozenset(
        {"created_at", "external_reference_id", "id", "identity", "template"}
    )
    _INCLUDES = frozenset({"identity", "template"})

    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the document was stored. Read-only.""",
    )
    external_reference_id: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=100),
        """An identifier of your choosing for cross-referencing the document, or null. Takes at
        most 100 characters: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )

    template: CreateOnlyToOne[SupportingDocumentTemplate] = CreateOnlyToOne(
        "template",
        ("supporting_document_templates",),
        """The supporting document template this document is a completed copy of. Can only be
        set when creating. Never sent as null: assigning None raises ClientError. Required on
        create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    template_id: ToOneId[SupportingDocumentTemplate] = ToOneId(
        template,
        """The id of `template`. Can only be set when creating. Never sent as null: assigning
        None raises ClientError. Required on create: the SDK refuses a create without it.
        """,
    )
    identity: CreateOnlyToOne[Identity] = CreateOnlyToOne(
        "identity",
        ("identities",),
        """The identity this document is kept for. Can only be set when creating. Never sent as
        null: assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
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
    files: CreateOnlyToMany[EncryptedFile] = CreateOnlyToMany(
        "files",
        ("encrypted_files",),
        """Encrypted files, uploaded beforehand, with the completed document; they are copied
        onto the document. Can only be set when creating. Sent by the SDK, never returned by
        the API. Takes 1 to 5 members, each once: the SDK refuses a list given outside this
        before sending (left out, it is the API's to judge). Required on create: the SDK
        refuses a create without it.
        """,
        required=True,
        min_items=1,
        max_items=5,
    )
    file_ids: ToManyIds[EncryptedFile] = ToManyIds(
        files,
        """The ids of `files`. Can only be set when creating. Sent by the SDK, never returned by
        the API. Takes 1 to 5 members, each once: the SDK refuses a list given outside this
        before sending (left out, it is the API's to judge). Required on create: the SDK
        refuses a create without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        template: SupportingDocumentTemplate | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        identity: Identity | NotGiven = NOT_GIVEN,
        identity_id: str | NotGiven = NOT_GIVEN,
        files: list[EncryptedFile] | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "external_reference_id": external_reference_id,
                "template": template,
                "template_id": template_id,
                "identity": identity,
                "identity_id": identity_id,
                "files": files,
                "file_ids": file_ids,
            }
        )
