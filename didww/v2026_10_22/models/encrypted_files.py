# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `encrypted_files` resource."""

from __future__ import annotations

import datetime as dt

from didww._codecs import DATETIME, STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY

__all__ = ["EncryptedFile"]


class EncryptedFile(Resource, registry=REGISTRY):
    """A file encrypted with a DIDWW public key and staged for later use as a regulatory document
    in a proof, a permanent supporting document or an address verification. Uploading uses a
    multipart form rather than JSON:API, and the staged file is removed 24 hours after upload.
    """

    TYPE = "encrypted_files"
    _SPARSE_FIELDS = frozenset({"description", "expires_at", "id"})

    description: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Your own free-text remark about the file, or null. Read-only.""",
        nullable=True,
    )
    expires_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time at which the staged file is removed: 24 hours after the upload in every case,
        attached or not. Read-only.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
