# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_in_trunk_groups` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.voice_in_trunk_groups import VoiceInTrunkGroup

__all__ = [
    "AsyncVoiceInTrunkGroupRepository",
    "AsyncVoiceInTrunkGroupRepositoryWithRawResponse",
    "VoiceInTrunkGroupRepository",
    "VoiceInTrunkGroupRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"external_reference_id", "id"})
_SORTS: frozenset[str] = frozenset(
    {"capacity_limit", "created_at", "external_reference_id", "name"}
)


class VoiceInTrunkGroupRepository(SyncRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` endpoints."""

    _model = VoiceInTrunkGroup
    _path = "/voice_in_trunk_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> VoiceInTrunkGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return VoiceInTrunkGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[VoiceInTrunkGroup, None, None]:
        """Every voice IN trunk group matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunkGroup]:
        """One page of voice IN trunk groups (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `capacity_limit`, `created_at`,
        `external_reference_id`, `name`. Includes: `voice_in_trunks`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunkGroup:
        """Fetch one voice IN trunk group by its id. Includes: `voice_in_trunks`."""
        return self._find(id, params)

    def create(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Create a voice IN trunk group, sending every field that was set; returns the saved
        VoiceInTrunkGroup.
        """
        return self._create(model)

    def update(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Save the changes made to a voice IN trunk group: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | VoiceInTrunkGroup) -> None:
        """Delete a voice IN trunk group, given its id or the model."""
        self._delete(id_or_model)


class VoiceInTrunkGroupRepositoryWithRawResponse(SyncRawRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[VoiceInTrunkGroup]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[VoiceInTrunkGroup]:
        return self._find(id, params)

    def create(self, model: VoiceInTrunkGroup) -> RawResponse[VoiceInTrunkGroup]:
        return self._create(model)

    def update(self, model: VoiceInTrunkGroup) -> RawResponse[VoiceInTrunkGroup]:
        return self._update(model)

    def delete(self, id_or_model: str | VoiceInTrunkGroup) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncVoiceInTrunkGroupRepository(AsyncRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` endpoints."""

    _model = VoiceInTrunkGroup
    _path = "/voice_in_trunk_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncVoiceInTrunkGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncVoiceInTrunkGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[VoiceInTrunkGroup, None]:
        """Every voice IN trunk group matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunkGroup]:
        """One page of voice IN trunk groups (see also :meth:`iter`). Filters:
        `external_reference_id`, `id`. Sorts: `capacity_limit`, `created_at`,
        `external_reference_id`, `name`. Includes: `voice_in_trunks`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunkGroup:
        """Fetch one voice IN trunk group by its id. Includes: `voice_in_trunks`."""
        return await self._find(id, params)

    async def create(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Create a voice IN trunk group, sending every field that was set; returns the saved
        VoiceInTrunkGroup.
        """
        return await self._create(model)

    async def update(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Save the changes made to a voice IN trunk group: only changed fields are sent, and
        nothing at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceInTrunkGroup) -> None:
        """Delete a voice IN trunk group, given its id or the model."""
        await self._delete(id_or_model)


class AsyncVoiceInTrunkGroupRepositoryWithRawResponse(AsyncRawRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[VoiceInTrunkGroup]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[VoiceInTrunkGroup]:
        return await self._find(id, params)

    async def create(self, model: VoiceInTrunkGroup) -> RawResponse[VoiceInTrunkGroup]:
        return await self._create(model)

    async def update(self, model: VoiceInTrunkGroup) -> RawResponse[VoiceInTrunkGroup]:
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceInTrunkGroup) -> RawResponse[None]:
        return await self._delete(id_or_model)
