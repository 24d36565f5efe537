# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_group_types` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.did_group_types import DIDGroupType

__all__ = [
    "AsyncDIDGroupTypeRepository",
    "AsyncDIDGroupTypeRepositoryWithRawResponse",
    "DIDGroupTypeRepository",
    "DIDGroupTypeRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id", "name"})
_SORTS: frozenset[str] = frozenset({"name"})


class DIDGroupTypeRepository(SyncRepository[DIDGroupType]):
    """The `/did_group_types` endpoints."""

    _model = DIDGroupType
    _path = "/did_group_types"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> DIDGroupTypeRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return DIDGroupTypeRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[DIDGroupType, None, None]:
        """Every DID group type matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroupType]:
        """One page of DID group types (see also :meth:`iter`). Filters: `id`, `name`. Sorts:
        `name`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDGroupType:
        """Fetch one DID group type by its id."""
        return self._find(id, params)


class DIDGroupTypeRepositoryWithRawResponse(SyncRawRepository[DIDGroupType]):
    """The `/did_group_types` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DIDGroupType]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDGroupType]:
        return self._find(id, params)


class AsyncDIDGroupTypeRepository(AsyncRepository[DIDGroupType]):
    """The `/did_group_types` endpoints."""

    _model = DIDGroupType
    _path = "/did_group_types"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncDIDGroupTypeRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncDIDGroupTypeRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[DIDGroupType, None]:
        """Every DID group type matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroupType]:
        """One page of DID group types (see also :meth:`iter`). Filters: `id`, `name`. Sorts:
        `name`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDGroupType:
        """Fetch one DID group type by its id."""
        return await self._find(id, params)


class AsyncDIDGroupTypeRepositoryWithRawResponse(AsyncRawRepository[DIDGroupType]):
    """The `/did_group_types` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[DIDGroupType]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDGroupType]:
        return await self._find(id, params)
