# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/public_keys` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.public_keys import PublicKey
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncPublicKeyRepository", "PublicKeyRepository"]


class PublicKeyRepository(SyncRepository[PublicKey]):
    """The `/public_keys` endpoints."""

    _model = PublicKey
    _path = "/public_keys"
    _public = True

    def list(self, params: QueryParams | None = None) -> ResourceList[PublicKey]:
        """List public keys (one page). Filters: `id`. Sorts: `key`."""
        return self._list(params)


class AsyncPublicKeyRepository(AsyncRepository[PublicKey]):
    """The `/public_keys` endpoints."""

    _model = PublicKey
    _path = "/public_keys"
    _public = True

    async def list(self, params: QueryParams | None = None) -> ResourceList[PublicKey]:
        """List public keys (one page). Filters: `id`. Sorts: `key`."""
        return await self._list(params)
