# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/shared_capacity_groups` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.shared_capacity_groups import SharedCapacityGroup

__all__ = [
    "AsyncSharedCapacityGroupRepository",
    "AsyncSharedCapacityGroupRepositoryWithRawResponse",
    "SharedCapacityGroupRepository",
    "SharedCapacityGroupRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"capacity_pool.id", "external_reference_id", "id", "name"})
_SORTS: frozenset[str] = frozenset(
    {
        "created_at",
        "external_reference_id",
        "metered_channels_count",
        "name",
        "shared_channels_count",
    }
)


class SharedCapacityGroupRepository(SyncRepository[SharedCapacityGroup]):
    """The `/shared_capacity_groups` endpoints."""

    _model = SharedCapacityGroup
    _path = "/shared_capacity_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> SharedCapacityGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return SharedCapacityGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[SharedCapacityGroup, None, None]:
        """Every shared capacity group matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[SharedCapacityGroup]:
        """One page of shared capacity groups (see also :meth:`iter`). Filters:
        `capacity_pool.id`, `external_reference_id`, `id`, `name`. Sorts: `created_at`,
        `external_reference_id`, `metered_channels_count`, `name`, `shared_channels_count`.
        Includes: `capacity_pool`, `dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> SharedCapacityGroup:
        """Fetch one shared capacity group by its id. Includes: `capacity_pool`, `dids`."""
        return self._find(id, params)

    def create(self, model: SharedCapacityGroup) -> SharedCapacityGroup:
        """Create a shared capacity group, sending every field that was set; returns the saved
        SharedCapacityGroup.
        """
        return self._create(model)

    def update(self, model: SharedCapacityGroup) -> SharedCapacityGroup:
        """Save the changes made to a shared capacity group: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | SharedCapacityGroup) -> None:
        """Delete a shared capacity group, given its id or the model."""
        self._delete(id_or_model)


class SharedCapacityGroupRepositoryWithRawResponse(SyncRawRepository[SharedCapacityGroup]):
    """The `/shared_capacity_groups` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[SharedCapacityGroup]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[SharedCapacityGroup]:
        return self._find(id, params)

    def create(self, model: SharedCapacityGroup) -> RawResponse[SharedCapacityGroup]:
        return self._create(model)

    def update(self, model: SharedCapacityGroup) -> RawResponse[SharedCapacityGroup]:
        return self._update(model)

    def delete(self, id_or_model: str | SharedCapacityGroup) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncSharedCapacityGroupRepository(AsyncRepository[SharedCapacityGroup]):
    """The `/shared_capacity_groups` endpoints."""

    _model = SharedCapacityGroup
    _path = "/shared_capacity_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncSharedCapacityGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncSharedCapacityGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[SharedCapacityGroup, None]:
        """Every shared capacity group matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[SharedCapacityGroup]:
        """One page of shared capacity groups (see also :meth:`iter`). Filters:
        `capacity_pool.id`, `external_reference_id`, `id`, `name`. Sorts: `created_at`,
        `external_reference_id`, `metered_channels_count`, `name`, `shared_channels_count`.
        Includes: `capacity_pool`, `dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> SharedCapacityGroup:
        """Fetch one shared capacity group by its id. Includes: `capacity_pool`, `dids`."""
        return await self._find(id, params)

    async def create(self, model: SharedCapacityGroup) -> SharedCapacityGroup:
        """Create a shared capacity group, sending every field that was set; returns the saved
        SharedCapacityGroup.
        """
        return await self._create(model)

    async def update(self, model: SharedCapacityGroup) -> SharedCapacityGroup:
        """Save the changes made to a shared capacity group: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | SharedCapacityGroup) -> None:
        """Delete a shared capacity group, given its id or the model."""
        await self._delete(id_or_model)


class AsyncSharedCapacityGroupRepositoryWithRawResponse(AsyncRawRepository[SharedCapacityGroup]):
    """The `/shared_capacity_groups` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[SharedCapacityGroup]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[SharedCapacityGroup]:
        return await self._find(id, params)

    async def create(self, model: SharedCapacityGroup) -> RawResponse[SharedCapacityGroup]:
        return await self._create(model)

    async def update(self, model: SharedCapacityGroup) -> RawResponse[SharedCapacityGroup]:
        return await self._update(model)

    async def delete(self, id_or_model: str | SharedCapacityGroup) -> RawResponse[None]:
        return await self._delete(id_or_model)
