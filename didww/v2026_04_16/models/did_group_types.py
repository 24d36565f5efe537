# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `did_group_types` resource."""

from __future__ import annotations

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import Resource
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["DIDGroupType"]


class DIDGroupType(Resource, registry=REGISTRY):
    """A category of phone number, such as Local, Mobile or Toll-free, by which DID groups are
    classified.
    """

    TYPE = "did_group_types"

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the number category. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
