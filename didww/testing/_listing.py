"""How the API answers a list: the shape of each collection document.

Most collections are paginated: ``meta`` has ``api_version`` and ``total_records``, and ``links``
has ``first``/``last`` (plus ``next``/``prev`` away from the ends). A few are answered whole, as
the API documents: their ``meta`` has ``api_version`` only and there are no ``links``;
``public_keys`` has neither ``meta`` nor ``links``; ``available_dids`` is capped rather than
paginated, its ``meta.total_count`` saying how many records matched. Which is which is the
catalog's ``listing`` of the served API version (from the spec's ``listing:``); this module only
turns each of those words into a shape, and keeps the cap's size, which the API does not
document.

The SDK sends no ``page[number]`` or ``page[size]`` to an answered-whole collection (it refuses a
query with ``page()`` for one). A request that sends them anyway is accepted but neither is
applied: the answer holds everything (up to its cap), with no pagination ``links`` or
``total_records``, so a page loop ends after the first answer.

Members a flow adds from the account's state (``did_reservations`` ``available_count``) come
from :meth:`Flow.list_meta`.
"""

from __future__ import annotations

from dataclasses import dataclass

from didww._catalog import ResourceInfo

CAP = 100
"""At most this many records in one answer of a capped list (``/available_dids``);
``meta.total_count`` says how many matched. The API documents a cap but not its size."""


@dataclass(frozen=True)
class Listing:
    """The shape of one collection's answers."""

    paginated: bool = True
    """False: answered whole, without ``links`` or ``meta.total_records``."""
    meta: bool = True
    """False: no top-level ``meta`` at all."""
    cap: int | None = None
    """At most this many records in one answer."""


PAGINATED = Listing()

SHAPES: dict[str, Listing] = {
    "paginated": PAGINATED,
    "whole": Listing(paginated=False),
    "whole_without_meta": Listing(paginated=False, meta=False),
    "capped": Listing(paginated=False, cap=CAP),
}
"""The catalog's ``listing`` words -> the shape of the answers."""


def listing(info: ResourceInfo) -> Listing:
    """The shape of the answers of a resource's list, as its catalog entry says."""
    return SHAPES[info.listing]
