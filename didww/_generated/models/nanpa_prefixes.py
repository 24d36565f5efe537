# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `nanpa_prefixes` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import Access, Attribute
from didww._resource import Resource, ToOne, ToOneId, register

if TYPE_CHECKING:
    from didww._generated.models.countries import Country
    from didww._generated.models.regions import Region

__all__ = ["NanpaPrefix"]


@register
class NanpaPrefix(Resource):
    """An NPA-NXX block of the North American Numbering Plan in which DIDWW holds numbers. Look
    one up with the `npanxx` filter, then give its id as `nanpa_prefix_id` in a DID order item
    to buy numbers from that block only.
    """

    __slots__ = ()

    TYPE = "nanpa_prefixes"

    npa: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """The NPA, i.e. the three-digit area code. Read-only."""
    nxx: Attribute[str] = Attribute(STRING, Access.READ_ONLY)
    """The NXX, i.e. the three-digit central office (exchange) code. Read-only."""

    country: ToOne[Country] = ToOne("country", ("countries",), access=Access.READ_ONLY)
    """The country the prefix is in. Read-only."""
    country_id: ToOneId[Country] = ToOneId(country)
    """The id of `country`. Read-only."""
    region: ToOne[Region] = ToOne("region", ("regions",), access=Access.READ_ONLY)
    """The region, such as a state or province, the prefix serves. Read-only."""
    region_id: ToOneId[Region] = ToOneId(region)
    """The id of `region`. Read-only."""

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
