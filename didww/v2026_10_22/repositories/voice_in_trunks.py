# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_in_trunks` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.voice_in_trunks import VoiceInTrunk

__all__ = [
    "AsyncVoiceInTrunkRepository",
    "AsyncVoiceInTrunkRepositoryWithRawResponse",
    "VoiceInTrunkRepository",
    "VoiceInTrunkRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"configuration.type", "external_reference_id", "id", "name"})
_ONE_VALUE_FILTERS: frozenset[str] = frozenset({"external_reference_id"})
_SORTS: frozenset[str] = frozenset(
    {
        "capacity_limit",
        "cli_format",
        "cli_prefix",
        "created_at",
        "description",
        "external_reference_id",
        "name",
        "priority",
        "ringing_timeout",
        "weight",
    }
)


class VoiceInTrunkRepository(SyncRepository[VoiceInTrunk]):
    """The `/voice_in_trunks` endpoints."""

    _model = VoiceInTrunk
    _path = "/voice_in_trunks"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> VoiceInTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return VoiceInTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[VoiceInTrunk, None, None]:
        """Every voice IN trunk matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunk]:
        """One page of voice IN trunks (see also :meth:`iter`). Filters: `configuration.type`,
        `external_reference_id`, `id`, `name`. Sorts: `capacity_limit`, `cli_format`,
        `cli_prefix`, `created_at`, `description`, `external_reference_id`, `name`,
        `priority`, `ringing_timeout`, `weight`. Includes: `voice_in_trunk_group`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunk:
        """Fetch one voice IN trunk by its id. Includes: `voice_in_trunk_group`."""
        return self._find(id, params)

    def create(self, model: VoiceInTrunk) -> VoiceInTrunk:
        """Create a voice IN trunk, sending every field that was set; returns the saved
        VoiceInTrunk.
        """
        return self._create(model)

    def update(self, model: VoiceInTrunk) -> VoiceInTrunk:
        """Save the changes made to a voice IN trunk: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | VoiceInTrunk) -> None:
        """Delete a voice IN trunk, given its id or the model."""
        self._delete(id_or_model)


class VoiceInTrunkRepositoryWithRawResponse(SyncRawRepository[VoiceInTrunk]):
    """The `/voice_in_trunks` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[VoiceInTrunk]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[VoiceInTrunk]:
        return self._find(id, params)

    def create(self, model: VoiceInTrunk) -> RawResponse[VoiceInTrunk]:
        return self._create(model)

    def update(self, model: VoiceInTrunk) -> RawResponse[VoiceInTrunk]:
        return self._update(model)

    def delete(self, id_or_model: str | VoiceInTrunk) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncVoiceInTrunkRepository(AsyncRepository[VoiceInTrunk]):
    """The `/voice_in_trunks` endpoints."""

    _model = VoiceInTrunk
    _path = "/voice_in_trunks"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncVoiceInTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncVoiceInTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[VoiceInTrunk, None]:
        """Every voice IN trunk matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunk]:
        """One page of voice IN trunks (see also :meth:`iter`). Filters: `configuration.type`,
        `external_reference_id`, `id`, `name`. Sorts: `capacity_limit`, `cli_format`,
        `cli_prefix`, `created_at`, `description`, `external_reference_id`, `name`,
        `priority`, `ringing_timeout`, `weight`. Includes: `voice_in_trunk_group`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunk:
        """Fetch one voice IN trunk by its id. Includes: `voice_in_trunk_group`."""
        return await self._find(id, params)

    async def create(self, model: VoiceInTrunk) -> VoiceInTrunk:
        """Create a voice IN trunk, sending every field that was set; returns the saved
        VoiceInTrunk.
        """
        return await self._create(model)

    async def update(self, model: VoiceInTrunk) -> VoiceInTrunk:
        """Save the changes made to a voice IN trunk: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceInTrunk) -> None:
        """Delete a voice IN trunk, given its id or the model."""
        await self._delete(id_or_model)


class AsyncVoiceInTrunkRepositoryWithRawResponse(AsyncRawRepository[VoiceInTrunk]):
    """The `/voice_in_trunks` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[VoiceInTrunk]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[VoiceInTrunk]:
        return await self._find(id, params)

    async def create(self, model: VoiceInTrunk) -> RawResponse[VoiceInTrunk]:
        return await self._create(model)

    async def update(self, model: VoiceInTrunk) -> RawResponse[VoiceInTrunk]:
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceInTrunk) -> RawResponse[None]:
        return await self._delete(id_or_model)
