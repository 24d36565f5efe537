# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `available_dids` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._codecs import STRING
from didww._fields import ReadOnlyAttribute
from didww._resource import ReadOnlyToOne, ReadOnlyToOneId, Resource
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.did_groups import DIDGroup
    from didww.v2026_04_16.models.nanpa_prefixes import NanpaPrefix

__all__ = ["AvailableDID"]


class AvailableDID(Resource, registry=REGISTRY):
    """A particular in-stock number that can be ordered, offered only for DID groups whose
    `meta.available_dids_enabled` is true. Listing is capped rather than paginated, so the
    total count in the response meta can exceed the records returned. Hold one with a DID
    reservation, or buy it with an order item naming it.
    """

    TYPE = "available_dids"
    _INCLUDES = frozenset({"did_group", "nanpa_prefix"})

    number: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """The phone number in E.164 form, without the `+`. Read-only.""",
    )

    did_group: ReadOnlyToOne[DIDGroup] = ReadOnlyToOne(
        "did_group",
        ("did_groups",),
        """The DID group the number belongs to. Read-only.""",
    )
    did_group_id: ReadOnlyToOneId[DIDGroup] = ReadOnlyToOneId(
        did_group,
        """The id of `did_group`. Read-only.""",
    )
    nanpa_prefix: ReadOnlyToOne[NanpaPrefix] = ReadOnlyToOne(
        "nanpa_prefix",
        ("nanpa_prefixes",),
        """The NPA-NXX block the number falls in, for North American numbers. Read-only.""",
    )
    nanpa_prefix_id: ReadOnlyToOneId[NanpaPrefix] = ReadOnlyToOneId(
        nanpa_prefix,
        """The id of `nanpa_prefix`. Read-only.""",
    )

    def __init__(
        self,
        id: str | None = None,
    ) -> None:
        super().__init__(id)
