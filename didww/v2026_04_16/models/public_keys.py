# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `public_keys` resource."""

from __future__ import annotations

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["PublicKey"]


class PublicKey(Resource, registry=REGISTRY):
    """An RSA public key for encrypting regulatory documents on the client before uploading them
    as encrypted files. Any of the returned keys can be used, and the list response carries
    neither meta nor links.
    """

    TYPE = "public_keys"

    key: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """The RSA public key in PEM format. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
