# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/sms_trunk_regenerate_credentials` endpoints, sync and async."""

from __future__ import annotations

from functools import cached_property

from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww.v2026_10_22.models.sms_trunk_regenerate_credentials import SmsTrunkRegenerateCredential

__all__ = [
    "AsyncSmsTrunkRegenerateCredentialRepository",
    "AsyncSmsTrunkRegenerateCredentialRepositoryWithRawResponse",
    "SmsTrunkRegenerateCredentialRepository",
    "SmsTrunkRegenerateCredentialRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset()
_SORTS: frozenset[str] = frozenset()


class SmsTrunkRegenerateCredentialRepository(SyncRepository[SmsTrunkRegenerateCredential]):
    """The `/sms_trunk_regenerate_credentials` endpoints."""

    _model = SmsTrunkRegenerateCredential
    _path = "/sms_trunk_regenerate_credentials"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> SmsTrunkRegenerateCredentialRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return SmsTrunkRegenerateCredentialRepositoryWithRawResponse(self)

    def create(self, model: SmsTrunkRegenerateCredential) -> SmsTrunkRegenerateCredential:
        """Create an SMS trunk regenerate credential, sending every field that was set; returns
        the saved SmsTrunkRegenerateCredential.
        """
        return self._create(model)


class SmsTrunkRegenerateCredentialRepositoryWithRawResponse(
    SyncRawRepository[SmsTrunkRegenerateCredential]
):
    """The `/sms_trunk_regenerate_credentials` operations, answered with
    :class:`didww.RawResponse`.
    """

    def create(
        self, model: SmsTrunkRegenerateCredential
    ) -> RawResponse[SmsTrunkRegenerateCredential]:
        return self._create(model)


class AsyncSmsTrunkRegenerateCredentialRepository(AsyncRepository[SmsTrunkRegenerateCredential]):
    """The `/sms_trunk_regenerate_credentials` endpoints."""

    _model = SmsTrunkRegenerateCredential
    _path = "/sms_trunk_regenerate_credentials"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncSmsTrunkRegenerateCredentialRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncSmsTrunkRegenerateCredentialRepositoryWithRawResponse(self)

    async def create(self, model: SmsTrunkRegenerateCredential) -> SmsTrunkRegenerateCredential:
        """Create an SMS trunk regenerate credential, sending every field that was set; returns
        the saved SmsTrunkRegenerateCredential.
        """
        return await self._create(model)


class AsyncSmsTrunkRegenerateCredentialRepositoryWithRawResponse(
    AsyncRawRepository[SmsTrunkRegenerateCredential]
):
    """The `/sms_trunk_regenerate_credentials` operations, answered with
    :class:`didww.RawResponse`.
    """

    async def create(
        self, model: SmsTrunkRegenerateCredential
    ) -> RawResponse[SmsTrunkRegenerateCredential]:
        return await self._create(model)
