# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/sms_trunk_groups` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.sms_trunk_groups import SmsTrunkGroup

__all__ = [
    "AsyncSmsTrunkGroupRepository",
    "AsyncSmsTrunkGroupRepositoryWithRawResponse",
    "SmsTrunkGroupRepository",
    "SmsTrunkGroupRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"external_reference_id", "id", "name"})
_ONE_VALUE_FILTERS: frozenset[str] = frozenset({"external_reference_id"})
_SORTS: frozenset[str] = frozenset({"created_at", "external_reference_id", "name", "updated_at"})


class SmsTrunkGroupRepository(SyncRepository[SmsTrunkGroup]):
    """The `/sms_trunk_groups` endpoints."""

    _model = SmsTrunkGroup
    _path = "/sms_trunk_groups"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> SmsTrunkGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return SmsTrunkGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[SmsTrunkGroup, None, None]:
        """Every SMS trunk group matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[SmsTrunkGroup]:
        """One page of SMS trunk groups (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`, `name`. Sorts: `created_at`, `external_reference_id`,
        `name`, `updated_at`. Includes: `sms_trunks`, `incoming_dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> SmsTrunkGroup:
        """Fetch one SMS trunk group by its id. Includes: `sms_trunks`, `incoming_dids`."""
        return self._find(id, params)

    def create(self, model: SmsTrunkGroup) -> SmsTrunkGroup:
        """Create an SMS trunk group, sending every field that was set; returns the saved
        SmsTrunkGroup.
        """
        return self._create(model)

    def update(self, model: SmsTrunkGroup) -> SmsTrunkGroup:
        """Save the changes made to an SMS trunk group: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | SmsTrunkGroup) -> None:
        """Delete an SMS trunk group, given its id or the model."""
        self._delete(id_or_model)


class SmsTrunkGroupRepositoryWithRawResponse(SyncRawRepository[SmsTrunkGroup]):
    """The `/sms_trunk_groups` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[SmsTrunkGroup]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[SmsTrunkGroup]:
        return self._find(id, params)

    def create(self, model: SmsTrunkGroup) -> RawResponse[SmsTrunkGroup]:
        return self._create(model)

    def update(self, model: SmsTrunkGroup) -> RawResponse[SmsTrunkGroup]:
        return self._update(model)

    def delete(self, id_or_model: str | SmsTrunkGroup) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncSmsTrunkGroupRepository(AsyncRepository[SmsTrunkGroup]):
    """The `/sms_trunk_groups` endpoints."""

    _model = SmsTrunkGroup
    _path = "/sms_trunk_groups"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncSmsTrunkGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncSmsTrunkGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[SmsTrunkGroup, None]:
        """Every SMS trunk group matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[SmsTrunkGroup]:
        """One page of SMS trunk groups (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`, `name`. Sorts: `created_at`, `external_reference_id`,
        `name`, `updated_at`. Includes: `sms_trunks`, `incoming_dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> SmsTrunkGroup:
        """Fetch one SMS trunk group by its id. Includes: `sms_trunks`, `incoming_dids`."""
        return await self._find(id, params)

    async def create(self, model: SmsTrunkGroup) -> SmsTrunkGroup:
        """Create an SMS trunk group, sending every field that was set; returns the saved
        SmsTrunkGroup.
        """
        return await self._create(model)

    async def update(self, model: SmsTrunkGroup) -> SmsTrunkGroup:
        """Save the changes made to an SMS trunk group: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | SmsTrunkGroup) -> None:
        """Delete an SMS trunk group, given its id or the model."""
        await self._delete(id_or_model)


class AsyncSmsTrunkGroupRepositoryWithRawResponse(AsyncRawRepository[SmsTrunkGroup]):
    """The `/sms_trunk_groups` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[SmsTrunkGroup]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[SmsTrunkGroup]:
        return await self._find(id, params)

    async def create(self, model: SmsTrunkGroup) -> RawResponse[SmsTrunkGroup]:
        return await self._create(model)

    async def update(self, model: SmsTrunkGroup) -> RawResponse[SmsTrunkGroup]:
        return await self._update(model)

    async def delete(self, id_or_model: str | SmsTrunkGroup) -> RawResponse[None]:
        return await self._delete(id_or_model)
