# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `countries` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToMany, ReadOnlyToManyIds, Resource
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.regions import Region

__all__ = ["Country"]


class Country(Resource, registry=REGISTRY):
    """A country in DIDWW's coverage catalogue, used to narrow down searches for numbers and
    regulatory rules. Listing returns every country in one response, without pagination.
    """

    TYPE = "countries"
    _SPARSE_FIELDS = frozenset({"id", "iso", "name", "prefix", "regions"})
    _INCLUDES = frozenset({"regions"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the country. Read-only.""",
    )
    prefix: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Country calling code, given without a `+`; may be null. Read-only.""",
        nullable=True,
    )
    iso: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Two-letter ISO 3166-1 code of the country, e.g. `GB`. Read-only.""",
    )

    regions: ReadOnlyToMany[Region] = ReadOnlyToMany(
        "regions",
        ("regions",),
        """The regions, such as states or provinces, that the country is divided into. Read-
        only.
        """,
    )
    region_ids: ReadOnlyToManyIds[Region] = ReadOnlyToManyIds(
        regions,
        """The ids of `regions`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
