# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `supporting_document_templates` resource."""

from __future__ import annotations

from didww._codecs import BOOLEAN, STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_10_22._registry import REGISTRY

__all__ = ["SupportingDocumentTemplate"]


class SupportingDocumentTemplate(Resource, registry=REGISTRY):
    """A blank form that an address requirement can ask for. Download it from `url`, complete it,
    and submit it either as a permanent supporting document or with an address verification,
    depending on `permanent`.
    """

    TYPE = "supporting_document_templates"
    _SPARSE_FIELDS = frozenset({"id", "name", "permanent", "url"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the form. Read-only.""",
    )
    permanent: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the completed form is kept on file as a permanent supporting document;
        false when it is attached to each address verification. Read-only.
        """,
    )
    url: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Where the blank form can be downloaded. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
