# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/proof_types` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.proof_types import ProofType

__all__ = [
    "AsyncProofTypeRepository",
    "AsyncProofTypeRepositoryWithRawResponse",
    "ProofTypeRepository",
    "ProofTypeRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"entity_type", "id"})
_SORTS: frozenset[str] = frozenset({"entity_type", "name"})


class ProofTypeRepository(SyncRepository[ProofType]):
    """The `/proof_types` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = ProofType
    _path = "/proof_types"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> ProofTypeRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return ProofTypeRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[ProofType, None, None]:
        """Every proof type matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[ProofType]:
        """The proof types matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `entity_type`, `id`. Sorts: `entity_type`, `name`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> ProofType:
        """Fetch one proof type by its id."""
        return self._find(id, params)


class ProofTypeRepositoryWithRawResponse(SyncRawRepository[ProofType]):
    """The `/proof_types` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[ProofType]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[ProofType]:
        return self._find(id, params)


class AsyncProofTypeRepository(AsyncRepository[ProofType]):
    """The `/proof_types` endpoints. The list is answered whole: one answer holds every match,
    without pages.
    """

    _model = ProofType
    _path = "/proof_types"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncProofTypeRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncProofTypeRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[ProofType, None]:
        """Every proof type matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[ProofType]:
        """The proof types matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `entity_type`, `id`. Sorts: `entity_type`, `name`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> ProofType:
        """Fetch one proof type by its id."""
        return await self._find(id, params)


class AsyncProofTypeRepositoryWithRawResponse(AsyncRawRepository[ProofType]):
    """The `/proof_types` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[ProofType]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[ProofType]:
        return await self._find(id, params)
