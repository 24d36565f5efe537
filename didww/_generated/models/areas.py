# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `areas` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToOne, ToOneId, register

if TYPE_CHECKING:
    from didww._generated.models.countries import Country

__all__ = ["Area"]


@register
class Area(Resource):
    """A regulatory area inside a country. Address requirements can insist that a registered
    address lies in the same area as the number.
    """

    __slots__ = ()

    TYPE = "areas"

    name: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """Display name of the area. Read-only."""

    country: ToOne[Country] = ToOne("country", ("countries",), access=Access.READ_ONLY)
    """The country the area belongs to. Read-only."""
    country_id: ToOneId[Country] = ToOneId(country)
    """The id of `country`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
