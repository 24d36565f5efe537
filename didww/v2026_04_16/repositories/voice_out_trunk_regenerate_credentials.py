# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/voice_out_trunk_regenerate_credentials` endpoints, sync and async."""

from __future__ import annotations

from functools import cached_property

from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww.v2026_04_16.models.voice_out_trunk_regenerate_credentials import (
    VoiceOutTrunkRegenerateCredential,
)

__all__ = [
    "AsyncVoiceOutTrunkRegenerateCredentialRepository",
    "AsyncVoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse",
    "VoiceOutTrunkRegenerateCredentialRepository",
    "VoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset()
_SORTS: frozenset[str] = frozenset()


class VoiceOutTrunkRegenerateCredentialRepository(
    SyncRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` endpoints."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "/voice_out_trunk_regenerate_credentials"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> VoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return VoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse(self)

    def create(self, model: VoiceOutTrunkRegenerateCredential) -> VoiceOutTrunkRegenerateCredential:
        """Create a voice OUT trunk regenerate credential, sending every field that was set;
        returns the saved VoiceOutTrunkRegenerateCredential.
        """
        return self._create(model)


class VoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse(
    SyncRawRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` operations, answered with
    :class:`didww.RawResponse`.
    """

    def create(
        self, model: VoiceOutTrunkRegenerateCredential
    ) -> RawResponse[VoiceOutTrunkRegenerateCredential]:
        return self._create(model)


class AsyncVoiceOutTrunkRegenerateCredentialRepository(
    AsyncRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` endpoints."""

    _model = VoiceOutTrunkRegenerateCredential
    _path = "/voice_out_trunk_regenerate_credentials"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncVoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncVoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse(self)

    async def create(
        self, model: VoiceOutTrunkRegenerateCredential
    ) -> VoiceOutTrunkRegenerateCredential:
        """Create a voice OUT trunk regenerate credential, sending every field that was set;
        returns the saved VoiceOutTrunkRegenerateCredential.
        """
        return await self._create(model)


class AsyncVoiceOutTrunkRegenerateCredentialRepositoryWithRawResponse(
    AsyncRawRepository[VoiceOutTrunkRegenerateCredential]
):
    """The `/voice_out_trunk_regenerate_credentials` operations, answered with
    :class:`didww.RawResponse`.
    """

    async def create(
        self, model: VoiceOutTrunkRegenerateCredential
    ) -> RawResponse[VoiceOutTrunkRegenerateCredential]:
        return await self._create(model)
