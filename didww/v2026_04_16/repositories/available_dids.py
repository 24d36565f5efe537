# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/available_dids` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.available_dids import AvailableDID

__all__ = [
    "AsyncAvailableDIDRepository",
    "AsyncAvailableDIDRepositoryWithRawResponse",
    "AvailableDIDRepository",
    "AvailableDIDRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "city.id",
        "country.id",
        "did_group.features",
        "did_group.id",
        "did_group.needs_registration",
        "did_group_type.id",
        "id",
        "nanpa_prefix.id",
        "number_contains",
        "region.id",
    }
)
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("did_group.needs_registration", "boolean"),)
_SORTS: frozenset[str] = frozenset({"number"})


class AvailableDIDRepository(SyncRepository[AvailableDID]):
    """The `/available_dids` endpoints. The list is answered whole but capped: one answer,
    without pages, holds at most as many records as the API allows, and `meta['total_count']`
    says how many matched.
    """

    _model = AvailableDID
    _path = "/available_dids"
    _listing = "capped"
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AvailableDIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AvailableDIDRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[AvailableDID, None, None]:
        """The available DIDs matching ``params`` that the one answer :meth:`list` gets holds,
        one at a time: the list is answered whole but capped, without pages, so there is no
        page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """The available DIDs matching the query, in one answer (see also :meth:`iter`). The list
        is answered whole but capped: one answer, without pages, holds at most as many records
        as the API allows, and `meta['total_count']` says how many matched. A query with
        `page()` is refused. Filters: `city.id`, `country.id`, `did_group.features`,
        `did_group.id`, `did_group.needs_registration`, `did_group_type.id`, `id`,
        `nanpa_prefix.id`, `number_contains`, `region.id`. Sorts: `number`. Includes:
        `did_group`, `nanpa_prefix`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one available DID by its id. Includes: `did_group`, `nanpa_prefix`."""
        return self._find(id, params)


class AvailableDIDRepositoryWithRawResponse(SyncRawRepository[AvailableDID]):
    """The `/available_dids` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[AvailableDID]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AvailableDID]:
        return self._find(id, params)


class AsyncAvailableDIDRepository(AsyncRepository[AvailableDID]):
    """The `/available_dids` endpoints. The list is answered whole but capped: one answer,
    without pages, holds at most as many records as the API allows, and `meta['total_count']`
    says how many matched.
    """

    _model = AvailableDID
    _path = "/available_dids"
    _listing = "capped"
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncAvailableDIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncAvailableDIDRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[AvailableDID, None]:
        """The available DIDs matching ``params`` that the one answer :meth:`list` gets holds,
        one at a time: the list is answered whole but capped, without pages, so there is no
        page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[AvailableDID]:
        """The available DIDs matching the query, in one answer (see also :meth:`iter`). The list
        is answered whole but capped: one answer, without pages, holds at most as many records
        as the API allows, and `meta['total_count']` says how many matched. A query with
        `page()` is refused. Filters: `city.id`, `country.id`, `did_group.features`,
        `did_group.id`, `did_group.needs_registration`, `did_group_type.id`, `id`,
        `nanpa_prefix.id`, `number_contains`, `region.id`. Sorts: `number`. Includes:
        `did_group`, `nanpa_prefix`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> AvailableDID:
        """Fetch one available DID by its id. Includes: `did_group`, `nanpa_prefix`."""
        return await self._find(id, params)


class AsyncAvailableDIDRepositoryWithRawResponse(AsyncRawRepository[AvailableDID]):
    """The `/available_dids` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[AvailableDID]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[AvailableDID]:
        return await self._find(id, params)
