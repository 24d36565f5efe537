# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `pops` resource."""

from __future__ import annotations

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["Pop"]


class Pop(Resource, registry=REGISTRY):
    """A DIDWW point of presence that an inbound voice trunk can be pinned to. Listing is neither
    paginated nor sortable.
    """

    TYPE = "pops"

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the point of presence, usually its location. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
