# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `regions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.countries import Country

__all__ = ["Region"]


class Region(Resource, registry=REGISTRY):
    """A first-level subdivision of a country, such as a state or province. Only countries whose
    coverage is organised by region have them, and listing is not paginated.
    """

    TYPE = "regions"
    _SPARSE_FIELDS = frozenset({"country", "id", "iso", "name"})
    _INCLUDES = frozenset({"country"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the region. Read-only.""",
    )
    iso: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """ISO 3166-2 code of the subdivision, country part included, e.g. `US-CA`; may be null.
        Read-only.
        """,
        nullable=True,
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the region belongs to. Read-only.""",
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
