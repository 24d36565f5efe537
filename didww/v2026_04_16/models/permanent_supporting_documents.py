# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `permanent_supporting_documents` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from didww._codecs import DATETIME, STRING
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToMany, ToManyIds, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.encrypted_files import EncryptedFile
    from didww.v2026_04_16.models.identities import Identity
    from didww.v2026_04_16.models.supporting_document_templates import SupportingDocumentTemplate

__all__ = ["PermanentSupportingDocument"]


class PermanentSupportingDocument(Resource, registry=REGISTRY):
    """A filled-in supporting document template kept on file for an identity, so it need not be
    sent again with every address verification. Sending a new set of `files` in an update
    replaces the document.
    """

    TYPE = "permanent_supporting_documents"
    _INCLUDES = frozenset({"identity", "template"})

    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the document was stored. Read-only.""",
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for cross-referencing the document, or null. Never
        sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )

    template: ToOne[SupportingDocumentTemplate] = ToOne(
        "template",
        ("supporting_document_templates",),
        """The supporting document template this document is a completed copy of. Never sent as
        null: assigning None raises ClientError. Required on create: the SDK refuses a create
        without it.
        """,
        nullable=False,
        required=True,
    )
    template_id: ToOneId[SupportingDocumentTemplate] = ToOneId(
        template,
        """The id of `template`. Never sent as null: assigning None raises ClientError. Required
        on create: the SDK refuses a create without it.
        """,
    )
    identity: ToOne[Identity] = ToOne(
        "identity",
        ("identities",),
        """The identity this document is kept for. Never sent as null: assigning None raises
        ClientError. Required on create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    identity_id: ToOneId[Identity] = ToOneId(
        identity,
        """The id of `identity`. Never sent as null: assigning None raises ClientError. Required
        on create: the SDK refuses a create without it.
        """,
    )
    files: ToMany[EncryptedFile] = ToMany(
        "files",
        ("encrypted_files",),
        """Encrypted files, uploaded beforehand, with the completed document; they are copied
        onto the document. Sent by the SDK, never returned by the API. Required on create:
        the SDK refuses a create without it.
        """,
        required=True,
    )
    file_ids: ToManyIds[EncryptedFile] = ToManyIds(
        files,
        """The ids of `files`. Sent by the SDK, never returned by the API. Required on create:
        the SDK refuses a create without it.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        external_reference_id: str | NotGiven = NOT_GIVEN,
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
