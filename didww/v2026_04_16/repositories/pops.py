# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/pops` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.pops import Pop

__all__ = [
    "AsyncPopRepository",
    "AsyncPopRepositoryWithRawResponse",
    "PopRepository",
    "PopRepositoryWithRawResponse",
]


class PopRepository(SyncRepository[Pop]):
    """The `/pops` endpoints."""

    _model = Pop
    _path = "/pops"
    _filters = frozenset({"id"})
    _sorts = frozenset()
    _includes = frozenset()

    @cached_property
    def with_raw_response(self) -> PopRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return PopRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Iterator[Pop]:
        """Every POP matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """One page of POPs (see also :meth:`iter`). Filters: `id`."""
        return self._list(params)


class PopRepositoryWithRawResponse(SyncRawRepository[Pop]):
    """The `/pops` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Pop]]:
        return self._list(params)


class AsyncPopRepository(AsyncRepository[Pop]):
    """The `/pops` endpoints."""

    _model = Pop
    _path = "/pops"
    _filters = frozenset({"id"})
    _sorts = frozenset()
    _includes = frozenset()

    @cached_property
    def with_raw_response(self) -> AsyncPopRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncPopRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncIterator[Pop]:
        """Every POP matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """One page of POPs (see also :meth:`iter`). Filters: `id`."""
        return await self._list(params)


class AsyncPopRepositoryWithRawResponse(AsyncRawRepository[Pop]):
    """The `/pops` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Pop]]:
        return await self._list(params)
