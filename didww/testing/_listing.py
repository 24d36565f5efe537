"""How the API answers a list: the shape of each collection document.

Most collections are paginated: ``meta`` has ``api_version`` and ``total_records``, and ``links``
has ``first``/``last`` (plus ``next``/``prev`` away from the ends). A few are answered whole, as
the API documents: their ``meta`` has ``api_version`` only and there are no ``links``;
``public_keys`` has neither ``meta`` nor ``links``; ``available_dids`` is capped rather than
paginated. The catalog does not carry these facts, so they are written down here (a test checks
every entry names a listable catalog type).

The SDK's ``iter()`` sends ``page[number]`` and ``page[size]`` to every collection. An answered-
whole collection still honours them when sent (so a page loop ends), but never renders pagination
``links`` or ``total_records``; without them it answers everything (up to its cap).

Members a flow adds from the account's state (``available_dids`` ``total_count``,
``did_reservations`` ``available_count``) come from :meth:`Flow.list_meta`.
"""

from __future__ import annotations

from dataclasses import dataclass

AVAILABLE_DIDS_CAP = 100
"""At most this many numbers in one ``/available_dids`` answer; ``meta.total_count`` says how many
matched. The API documents a cap but not its size."""


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

LISTINGS: dict[str, Listing] = {
    "countries": Listing(paginated=False),
    "regions": Listing(paginated=False),
    "pops": Listing(paginated=False),
    "proof_types": Listing(paginated=False),
    "public_keys": Listing(paginated=False, meta=False),
    "available_dids": Listing(paginated=False, cap=AVAILABLE_DIDS_CAP),
}
"""Resource type -> its listing, for the collections that are not plain paginated ones."""


def listing(type_: str) -> Listing:
    return LISTINGS.get(type_, PAGINATED)
