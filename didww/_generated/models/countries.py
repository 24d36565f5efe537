# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `countries` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToMany, ToManyIds, register

if TYPE_CHECKING:
    from didww._generated.models.regions import Region

__all__ = ["Country"]


@register
class Country(Resource):
    """A country in DIDWW's coverage catalogue, used to narrow down searches for numbers and
    regulatory rules. Listing returns every country in one response, without pagination.
    """

    __slots__ = ()

    TYPE = "countries"

    name: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Display name of the country. Read-only."""
    prefix: Attribute[str | None] = Attribute(STRING, Access.READ_ONLY)
    """Country calling code, given without a `+`; may be null. Read-only."""
    iso: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Two-letter ISO 3166-1 code of the country, e.g. `GB`. Read-only."""

    regions: ToMany[Region] = ToMany("regions", ("regions",), access=Access.READ_ONLY)
    """The regions, such as states or provinces, that the country is divided into. Read-only."""
    region_ids: ToManyIds[Region] = ToManyIds(regions)
    """The ids of `regions`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
