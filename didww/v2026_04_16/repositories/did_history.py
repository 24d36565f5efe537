# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_history` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.did_history import DIDHistory

__all__ = [
    "AsyncDIDHistoryRepository",
    "AsyncDIDHistoryRepositoryWithRawResponse",
    "DIDHistoryRepository",
    "DIDHistoryRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"action", "created_at_gteq", "created_at_lteq", "did_number", "id", "method"}
)
_SORTS: frozenset[str] = frozenset({"created_at"})


class DIDHistoryRepository(SyncRepository[DIDHistory]):
    """The `/did_history` endpoints."""

    _model = DIDHistory
    _path = "/did_history"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> DIDHistoryRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return DIDHistoryRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[DIDHistory, None, None]:
        """Every DID history entry matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDHistory]:
        """One page of DID history (see also :meth:`iter`). Filters: `action`, `created_at_gteq`,
        `created_at_lteq`, `did_number`, `id`, `method`. Sorts: `created_at`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDHistory:
        """Fetch one DID history entry by its id."""
        return self._find(id, params)


class DIDHistoryRepositoryWithRawResponse(SyncRawRepository[DIDHistory]):
    """The `/did_history` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DIDHistory]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDHistory]:
        return self._find(id, params)


class AsyncDIDHistoryRepository(AsyncRepository[DIDHistory]):
    """The `/did_history` endpoints."""

    _model = DIDHistory
    _path = "/did_history"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncDIDHistoryRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncDIDHistoryRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[DIDHistory, None]:
        """Every DID history entry matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDHistory]:
        """One page of DID history (see also :meth:`iter`). Filters: `action`, `created_at_gteq`,
        `created_at_lteq`, `did_number`, `id`, `method`. Sorts: `created_at`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDHistory:
        """Fetch one DID history entry by its id."""
        return await self._find(id, params)


class AsyncDIDHistoryRepositoryWithRawResponse(AsyncRawRepository[DIDHistory]):
    """The `/did_history` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[DIDHistory]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDHistory]:
        return await self._find(id, params)
