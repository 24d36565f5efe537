# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `cities` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.areas import Area
    from didww.v2026_04_16.models.countries import Country
    from didww.v2026_04_16.models.regions import Region

__all__ = ["City"]


class City(Resource, registry=REGISTRY):
    """A city in DIDWW's coverage catalogue, used to look up local numbers by location."""

    TYPE = "cities"
    _INCLUDES = frozenset({"area", "country", "region"})

    name: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """Display name of the city. Read-only.""",
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the city is in. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )
    region: ReadOnlyToOne[Region] = ReadOnlyToOne(
        "region",
        ("regions",),
        """The region the city lies in. Read-only.""",
    )
    region_id: ReadOnlyToOneId[Region] = ReadOnlyToOneId(
        region,
        """The id of `region`. Read-only.""",
    )
    area: ReadOnlyToOne[Area] = ReadOnlyToOne(
        "area",
        ("areas",),
        """The regulatory area that contains the city. Read-only.""",
    )
    area_id: ReadOnlyToOneId[Area] = ReadOnlyToOneId(
        area,
        """The id of `area`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
