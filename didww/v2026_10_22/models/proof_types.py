# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `proof_types` resource."""

from __future__ import annotations

from didww._codecs import STRING, EnumCodec
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY
from didww.v2026_10_22.enums import (
    ProofEntityType,
)

__all__ = ["ProofType"]


class ProofType(Resource, registry=REGISTRY):
    """A kind of document, such as a passport, that DIDWW accepts as a proof, together with what
    it can prove. Listing is neither paginated nor sortable.
    """

    TYPE = "proof_types"
    _SPARSE_FIELDS = frozenset({"entity_type", "id", "name"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the document kind. Read-only.""",
    )
    entity_type: ReadOnlyAttribute[ProofEntityType] = ReadOnlyAttribute(
        EnumCodec(ProofEntityType, str),
        """What the document serves as evidence for: an address, or a business or personal
        identity. Read-only.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
