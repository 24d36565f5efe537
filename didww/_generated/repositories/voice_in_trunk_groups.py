# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_in_trunk_groups` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.voice_in_trunk_groups import VoiceInTrunkGroup
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncVoiceInTrunkGroupRepository", "VoiceInTrunkGroupRepository"]


class VoiceInTrunkGroupRepository(SyncRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` endpoints."""

    _model = VoiceInTrunkGroup
    _path = "/voice_in_trunk_groups"

    def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunkGroup]:
        """List voice in trunk groups (one page). Filters: `external_reference_id`, `id`. Sorts:
        `capacity_limit`, `created_at`, `external_reference_id`, `name`. Includes:
        `voice_in_trunks`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunkGroup:
        """Fetch one VoiceInTrunkGroup by id. Includes: `voice_in_trunks`."""
        return self._find(id, params)

    def create(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Create a VoiceInTrunkGroup, sending every field that was set; returns the saved model."""
        return self._create(model)

    def update(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Save the changes made to a VoiceInTrunkGroup (only changed fields are sent)."""
        return self._update(model)

    def delete(self, id_or_model: str | VoiceInTrunkGroup) -> None:
        """Delete a VoiceInTrunkGroup, given its id or the model."""
        self._delete(id_or_model)


class AsyncVoiceInTrunkGroupRepository(AsyncRepository[VoiceInTrunkGroup]):
    """The `/voice_in_trunk_groups` endpoints."""

    _model = VoiceInTrunkGroup
    _path = "/voice_in_trunk_groups"

    async def list(self, params: QueryParams | None = None) -> ResourceList[VoiceInTrunkGroup]:
        """List voice in trunk groups (one page). Filters: `external_reference_id`, `id`. Sorts:
        `capacity_limit`, `created_at`, `external_reference_id`, `name`. Includes:
        `voice_in_trunks`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> VoiceInTrunkGroup:
        """Fetch one VoiceInTrunkGroup by id. Includes: `voice_in_trunks`."""
        return await self._find(id, params)

    async def create(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Create a VoiceInTrunkGroup, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def update(self, model: VoiceInTrunkGroup) -> VoiceInTrunkGroup:
        """Save the changes made to a VoiceInTrunkGroup (only changed fields are sent)."""
        return await self._update(model)

    async def delete(self, id_or_model: str | VoiceInTrunkGroup) -> None:
        """Delete a VoiceInTrunkGroup, given its id or the model."""
        await self._delete(id_or_model)
