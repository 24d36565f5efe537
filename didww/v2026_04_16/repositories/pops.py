# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/pops` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
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

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id"})
_SORTS: frozenset[str] = frozenset()


class PopRepository(SyncRepository[Pop]):
    """The `/pops` endpoints. The list is answered whole: one answer holds every match, without
    pages.
    """

    _model = Pop
    _path = "/pops"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> PopRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return PopRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[Pop, None, None]:
        """Every POP matching ``params``, one at a time, from the one answer :meth:`list` gets:
        the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """The POPs matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `id`.
        """
        return self._list(params)


class PopRepositoryWithRawResponse(SyncRawRepository[Pop]):
    """The `/pops` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Pop]]:
        return self._list(params)


class AsyncPopRepository(AsyncRepository[Pop]):
    """The `/pops` endpoints. The list is answered whole: one answer holds every match, without
    pages.
    """

    _model = Pop
    _path = "/pops"
    _listing = "whole"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncPopRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncPopRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[Pop, None]:
        """Every POP matching ``params``, one at a time, from the one answer :meth:`list` gets:
        the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Pop]:
        """The POPs matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages. A query with `page()` is
        refused. Filters: `id`.
        """
        return await self._list(params)


class AsyncPopRepositoryWithRawResponse(AsyncRawRepository[Pop]):
    """The `/pops` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Pop]]:
        return await self._list(params)
