# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/nanpa_prefixes` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.nanpa_prefixes import NanpaPrefix

__all__ = [
    "AsyncNanpaPrefixRepository",
    "AsyncNanpaPrefixRepositoryWithRawResponse",
    "NanpaPrefixRepository",
    "NanpaPrefixRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "country.id",
        "did_group.features",
        "did_group.is_available",
        "id",
        "npa",
        "npanxx",
        "nxx",
        "region.id",
    }
)
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("did_group.is_available", "boolean"),)
_SORTS: frozenset[str] = frozenset({"npa", "nxx"})


class NanpaPrefixRepository(SyncRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` endpoints."""

    _model = NanpaPrefix
    _path = "/nanpa_prefixes"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> NanpaPrefixRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return NanpaPrefixRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[NanpaPrefix, None, None]:
        """Every NANPA prefix matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[NanpaPrefix]:
        """One page of NANPA prefixes (see also :meth:`iter`). Filters: `country.id`,
        `did_group.features`, `did_group.is_available`, `id`, `npa`, `npanxx`, `nxx`,
        `region.id`. Sorts: `npa`, `nxx`. Includes: `country`, `region`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> NanpaPrefix:
        """Fetch one NANPA prefix by its id. Includes: `country`, `region`."""
        return self._find(id, params)


class NanpaPrefixRepositoryWithRawResponse(SyncRawRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[NanpaPrefix]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[NanpaPrefix]:
        return self._find(id, params)


class AsyncNanpaPrefixRepository(AsyncRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` endpoints."""

    _model = NanpaPrefix
    _path = "/nanpa_prefixes"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncNanpaPrefixRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncNanpaPrefixRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[NanpaPrefix, None]:
        """Every NANPA prefix matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[NanpaPrefix]:
        """One page of NANPA prefixes (see also :meth:`iter`). Filters: `country.id`,
        `did_group.features`, `did_group.is_available`, `id`, `npa`, `npanxx`, `nxx`,
        `region.id`. Sorts: `npa`, `nxx`. Includes: `country`, `region`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> NanpaPrefix:
        """Fetch one NANPA prefix by its id. Includes: `country`, `region`."""
        return await self._find(id, params)


class AsyncNanpaPrefixRepositoryWithRawResponse(AsyncRawRepository[NanpaPrefix]):
    """The `/nanpa_prefixes` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[NanpaPrefix]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[NanpaPrefix]:
        return await self._find(id, params)
