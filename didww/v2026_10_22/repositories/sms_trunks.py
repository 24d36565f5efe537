# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/sms_trunks` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.sms_trunks import SmsTrunk

__all__ = [
    "AsyncSmsTrunkRepository",
    "AsyncSmsTrunkRepositoryWithRawResponse",
    "SmsTrunkRepository",
    "SmsTrunkRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"configuration.type", "external_reference_id", "id", "name"})
_ONE_VALUE_FILTERS: frozenset[str] = frozenset({"external_reference_id"})
_SORTS: frozenset[str] = frozenset(
    {
        "allow_in",
        "allow_out",
        "blocked",
        "created_at",
        "external_reference_id",
        "name",
        "priority",
        "updated_at",
    }
)


class SmsTrunkRepository(SyncRepository[SmsTrunk]):
    """The `/sms_trunks` endpoints."""

    _model = SmsTrunk
    _path = "/sms_trunks"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> SmsTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return SmsTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[SmsTrunk, None, None]:
        """Every SMS trunk matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[SmsTrunk]:
        """One page of SMS trunks (see also :meth:`iter`). Filters: `configuration.type`,
        `external_reference_id`, `id`, `name`. Sorts: `allow_in`, `allow_out`, `blocked`,
        `created_at`, `external_reference_id`, `name`, `priority`, `updated_at`. Includes:
        `outgoing_dids`, `incoming_dids`, `sms_trunk_group`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> SmsTrunk:
        """Fetch one SMS trunk by its id. Includes: `outgoing_dids`, `incoming_dids`,
        `sms_trunk_group`.
        """
        return self._find(id, params)

    def create(self, model: SmsTrunk) -> SmsTrunk:
        """Create an SMS trunk, sending every field that was set; returns the saved SmsTrunk."""
        return self._create(model)

    def update(self, model: SmsTrunk) -> SmsTrunk:
        """Save the changes made to an SMS trunk: only changed fields are sent, and nothing at
        all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | SmsTrunk) -> None:
        """Delete an SMS trunk, given its id or the model."""
        self._delete(id_or_model)


class SmsTrunkRepositoryWithRawResponse(SyncRawRepository[SmsTrunk]):
    """The `/sms_trunks` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[SmsTrunk]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[SmsTrunk]:
        return self._find(id, params)

    def create(self, model: SmsTrunk) -> RawResponse[SmsTrunk]:
        return self._create(model)

    def update(self, model: SmsTrunk) -> RawResponse[SmsTrunk]:
        return self._update(model)

    def delete(self, id_or_model: str | SmsTrunk) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncSmsTrunkRepository(AsyncRepository[SmsTrunk]):
    """The `/sms_trunks` endpoints."""

    _model = SmsTrunk
    _path = "/sms_trunks"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncSmsTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncSmsTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[SmsTrunk, None]:
        """Every SMS trunk matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[SmsTrunk]:
        """One page of SMS trunks (see also :meth:`iter`). Filters: `configuration.type`,
        `external_reference_id`, `id`, `name`. Sorts: `allow_in`, `allow_out`, `blocked`,
        `created_at`, `external_reference_id`, `name`, `priority`, `updated_at`. Includes:
        `outgoing_dids`, `incoming_dids`, `sms_trunk_group`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> SmsTrunk:
        """Fetch one SMS trunk by its id. Includes: `outgoing_dids`, `incoming_dids`,
        `sms_trunk_group`.
        """
        return await self._find(id, params)

    async def create(self, model: SmsTrunk) -> SmsTrunk:
        """Create an SMS trunk, sending every field that was set; returns the saved SmsTrunk."""
        return await self._create(model)

    async def update(self, model: SmsTrunk) -> SmsTrunk:
        """Save the changes made to an SMS trunk: only changed fields are sent, and nothing at
        all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | SmsTrunk) -> None:
        """Delete an SMS trunk, given its id or the model."""
        await self._delete(id_or_model)


class AsyncSmsTrunkRepositoryWithRawResponse(AsyncRawRepository[SmsTrunk]):
    """The `/sms_trunks` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[SmsTrunk]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[SmsTrunk]:
        return await self._find(id, params)

    async def create(self, model: SmsTrunk) -> RawResponse[SmsTrunk]:
        return await self._create(model)

    async def update(self, model: SmsTrunk) -> RawResponse[SmsTrunk]:
        return await self._update(model)

    async def delete(self, id_or_model: str | SmsTrunk) -> RawResponse[None]:
        return await self._delete(id_or_model)
