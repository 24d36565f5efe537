# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `cities` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToOne, ToOneId, register

if TYPE_CHECKING:
    from didww._generated.models.areas import Area
    from didww._generated.models.countries import Country
    from didww._generated.models.regions import Region

__all__ = ["City"]


@register
class City(Resource):
    """A city in DIDWW's coverage catalogue, used to look up local numbers by location."""

    __slots__ = ()

    TYPE = "cities"

    name: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Display name of the city. Read-only."""

    country: ToOne[Country] = ToOne("country", ("countries",), access=Access.READ_ONLY)
    """The country the city is in. Read-only."""
    country_id: ToOneId[Country] = ToOneId(country)
    """The id of `country`. Read-only."""
    region: ToOne[Region] = ToOne("region", ("regions",), access=Access.READ_ONLY)
    """The region the city lies in. Read-only."""
    region_id: ToOneId[Region] = ToOneId(region)
    """The id of `region`. Read-only."""
    area: ToOne[Area] = ToOne("area", ("areas",), access=Access.READ_ONLY)
    """The regulatory area that contains the city. Read-only."""
    area_id: ToOneId[Area] = ToOneId(area)
    """The id of `area`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
