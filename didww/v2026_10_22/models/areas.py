# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `areas` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.countries import Country

__all__ = ["Area"]


class Area(Resource, registry=REGISTRY):
    """A regulatory area inside a country. Address requirements can insist that a registered
    address lies in the same area as the number.
    """

    TYPE = "areas"
    _SPARSE_FIELDS = frozenset({"country", "id", "name"})
    _INCLUDES = frozenset({"country"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the area. Read-only.""",
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the area belongs to. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
