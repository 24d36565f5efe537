"""Values whose written form changed between API versions while the attribute kept its name.

The seed holds one account for every version; these say how a fact of it is written in the
version served, as its document describes the attribute:

* a DID group's ``prefix``: 2026-04-16 includes the country code (``4420`` for London), later
  versions leave it off (``20``);
* a region's ``iso``: 2026-04-16 gives the subdivision alone (``CA``), later versions the whole
  ISO 3166-2 code (``US-CA``);
* a shared capacity group's ``metered_channels_count`` when it has none: null on 2026-04-16, 0
  later.
"""

from __future__ import annotations

from typing import TypeVar

from didww._types import JSON

D = TypeVar("D")

COUNTRY_CODE_IN_GROUP_PREFIX = frozenset({"2026-04-16"})
"""The API versions whose DID group ``prefix`` starts with the country's calling code."""

SUBDIVISION_ALONE_IN_REGION_ISO = frozenset({"2026-04-16"})
"""The API versions whose region ``iso`` leaves the country part off."""

NULL_FOR_NO_METERED_CHANNELS = frozenset({"2026-04-16"})
"""The API versions whose shared capacity groups write "no metered channels" as null."""


def group_prefix(version: str, country_code: str, prefix: str) -> str:
    """A DID group's ``prefix`` as ``version`` writes it, from the prefix without the country's
    calling code."""
    return country_code + prefix if version in COUNTRY_CODE_IN_GROUP_PREFIX else prefix


def number_head(version: str, country_code: str, prefix: str) -> str:
    """The leading digits of a group's numbers (calling code, then the group's own prefix), from
    the ``prefix`` stored for ``version``."""
    return prefix if version in COUNTRY_CODE_IN_GROUP_PREFIX else country_code + prefix


def region_iso(version: str, iso: str) -> str:
    """A region's ``iso`` as ``version`` writes it, from the whole code (``US-CA``)."""
    if version in SUBDIVISION_ALONE_IN_REGION_ISO:
        return iso.split("-", 1)[-1]
    return iso


def no_metered_channels(version: str) -> JSON:
    """What ``metered_channels_count`` holds for a group without metered channels."""
    return None if version in NULL_FOR_NO_METERED_CHANNELS else 0


def version_default(type_: str, name: str, version: str, default: D) -> JSON | D:
    """The default of a new record's attribute where it depends on the version (a shared
    capacity group's ``metered_channels_count``), else ``default``."""
    if (type_, name) == ("shared_capacity_groups", "metered_channels_count"):
        return no_metered_channels(version)
    return default
