# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `nanpa_prefixes` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_10_22._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_10_22.models.countries import Country
    from didww.v2026_10_22.models.regions import Region

__all__ = ["NanpaPrefix"]


class NanpaPrefix(Resource, registry=REGISTRY):
    """An NPA-NXX block of the North American Numbering Plan in which DIDWW holds numbers. Look
    one up with the `npanxx` filter, then give its id as `nanpa_prefix_id` in a DID order item
    to buy numbers from that block only.
    """

    TYPE = "nanpa_prefixes"
    _SPARSE_FIELDS = frozenset({"country", "id", "npa", "nxx", "region"})
    _INCLUDES = frozenset({"country", "region"})

    npa: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """The NPA, i.e. the three-digit area code. Read-only.""",
    )
    nxx: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """The NXX, i.e. the three-digit central office (exchange) code. Read-only.""",
    )

    country: ReadOnlyToOne[Country] = ReadOnlyToOne(
        "country",
        ("countries",),
        """The country the prefix is in. Read-only.""",
    )
    country_id: ReadOnlyToOneId[Country] = ReadOnlyToOneId(
        country,
        """The id of `country`. Read-only.""",
    )
    region: ReadOnlyToOne[Region] = ReadOnlyToOne(
        "region",
        ("regions",),
        """The region, such as a state or province, the prefix serves. Read-only.""",
    )
    region_id: ReadOnlyToOneId[Region] = ReadOnlyToOneId(
        region,
        """The id of `region`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
