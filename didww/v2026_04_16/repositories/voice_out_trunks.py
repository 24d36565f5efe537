# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_out_trunks` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.voice_out_trunks import VoiceOutTrunk

__all__ = [
    "AsyncVoiceOutTrunkRepository",
    "AsyncVoiceOutTrunkRepositoryWithRawResponse",
    "VoiceOutTrunkRepository",
    "VoiceOutTrunkRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "allow_any_did_as_cli",
        "authentication_method.type",
        "default_did.id",
        "default_dst_action",
        "external_reference_id",
        "id",
        "media_encryption_mode",
        "name",
        "name_contains",
        "on_cli_mismatch_action",
        "status",
        "threshold_reached",
    }
)
_SORTS: frozenset[str] = frozenset(
    {"allow_any_did_as_cli", "created_at", "external_reference_id", "name", "threshold_reached"}
)


class VoiceOutTrunkRepository(SyncRepository[VoiceOutTrunk]):
    """The `/voice_out_trunks` endpoints."""

    _model = VoiceOutTrunk
    _path = "/voice_out_trunks"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> VoiceOutTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return VoiceOutTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[VoiceOutTrunk, None, None]:
        """Every voice OUT trunk matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[VoiceOutTrunk]:
        """One page of voice OUT trunks (see also :meth:`iter`). Filters: `allow_any_did_as_cli`,
        `authentication_method.type`, `default_did.id`, `default_dst_action`,
        `external_reference_id`, `id`, `media_encryption_mode`, `name`, `name_contains`,
        `on_cli_mismatch_action`, `status`, `threshold_reached`. Sorts:
        `allow_any_did_as_cli`, `created_at`, `external_reference_id`, `name`,
        `threshold_reached`. Includes: `dids`, `emergency_dids`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> VoiceOutTrunk:
        """Fetch one voice OUT trunk by its id. Includes: `dids`, `emergency_dids`."""
        return self._find(id, params)

    def create(self, model: VoiceOutTrunk) -> VoiceOutTrunk:
        """Create a voice OUT trunk, sending every field that was set; returns the saved
        VoiceOutTrunk.
        """
        return self._create(model)

    def update(self, model: VoiceOutTrunk) -> VoiceOutTrunk:
        """Save the changes made to a voice OUT trunk: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | VoiceOutTrunk) -> None:
        """Delete a voice OUT trunk, given its id or the model."""
        self._delete(id_or_model)


class VoiceOutTrunkRepositoryWithRawResponse(SyncRawRepository[VoiceOutTrunk]):
    """The `/voice_out_trunks` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[VoiceOutTrunk]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[VoiceOutTrunk]:
        return self._find(id, params)

    def create(self, model: VoiceOutTrunk) -> RawResponse[VoiceOutTrunk]:
        return self._create(model)

    def update(self, model: VoiceOutTrunk) -> RawResponse[VoiceOutTrunk]:
        return self._update(model)

    def delete(self, id_or_model: str | VoiceOutTrunk) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncVoiceOutTrunkRepository(AsyncRepository[VoiceOutTrunk]):
    """The `/voice_out_trunks` endpoints."""

    _model = VoiceOutTrunk
    _path = "/voice_out_trunks"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncVoiceOutTrunkRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncVoiceOutTrunkRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[VoiceOutTrunk, None]:
        """Every voice OUT trunk matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[VoiceOutTrunk]:
        """One page of voice OUT trunks (see also :meth:`iter`). Filters: `allow_any_did_as_cli`,
        `authentication_method.type`, `default_did.id`, `default_dst_action`,
        `external_reference_id`, `id`, `media_encryption_mode`, `name`, `name_contains`,
        `on_cli_mismatch_action`, `status`, `threshold_reached`. Sorts:
        `allow_any_did_as_cli`, `created_at`, `external_reference_id`, `name`,
        `threshold_reached`. Includes: `dids`, `emergency_dids`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> VoiceOutTrunk:
        """Fetch one voice OUT trunk by its id. Includes: `dids`, `emergency_dids`."""
        return await self._find(id, params)

    async def create(self, model: VoiceOutTrunk) -> VoiceOutTrunk:
        """Create a voice OUT trunk, sending every field that was set; returns the saved
        VoiceOutTrunk.
        """
        return await self._create(model)

    async def update(self, model: VoiceOutTrunk) -> VoiceOutTrunk:
        """Save the changes made to a voice OUT trunk: only changed fields are sent, and nothing
        at all when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceOutTrunk) -> None:
        """Delete a voice OUT trunk, given its id or the model."""
        await self._delete(id_or_model)


class AsyncVoiceOutTrunkRepositoryWithRawResponse(AsyncRawRepository[VoiceOutTrunk]):
    """The `/voice_out_trunks` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[VoiceOutTrunk]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[VoiceOutTrunk]:
        return await self._find(id, params)

    async def create(self, model: VoiceOutTrunk) -> RawResponse[VoiceOutTrunk]:
        return await self._create(model)

    async def update(self, model: VoiceOutTrunk) -> RawResponse[VoiceOutTrunk]:
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceOutTrunk) -> RawResponse[None]:
        return await self._delete(id_or_model)
