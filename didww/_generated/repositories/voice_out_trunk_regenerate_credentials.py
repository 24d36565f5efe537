# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_out_trunk_regenerate_credentials` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.voice_out_trunk_regenerate_credentials import (
    VoiceOutTrunkRegenerateCredential,
)
from didww._repository import AsyncRepository, SyncRepository

__all__ = [
    "AsyncVoiceOutTrunkRegenerateCredentialRepository",
    "VoiceOutTrunkRegenerateCredentialRepository",
]


class VoiceOutTrunkRegenerateCredentialRepository(
    SyncRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` endpoints."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "/voice_out_trunk_regenerate_credentials"

    def create(self, model: VoiceOutTrunkRegenerateCredential) -> VoiceOutTrunkRegenerateCredential:
        """Create a VoiceOutTrunkRegenerateCredential, sending every field that was set; returns
        the saved model.
        """
        return self._create(model)


class AsyncVoiceOutTrunkRegenerateCredentialRepository(
    AsyncRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` endpoints."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "/voice_out_trunk_regenerate_credentials"

    async def create(
        self, model: VoiceOutTrunkRegenerateCredential
    ) -> VoiceOutTrunkRegenerateCredential:
        """Create a VoiceOutTrunkRegenerateCredential, sending every field that was set; returns
        the saved model.
        """
        return await self._create(model)
