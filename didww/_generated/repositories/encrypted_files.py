# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/encrypted_files` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.encrypted_files import EncryptedFile
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncEncryptedFileRepository", "EncryptedFileRepository"]


class EncryptedFileRepository(SyncRepository[EncryptedFile]):
    """The `/encrypted_files` endpoints."""

    _model = EncryptedFile
    _path = "/encrypted_files"

    def list(self, params: QueryParams | None = None) -> ResourceList[EncryptedFile]:
        """List encrypted files (one page). Filters: `id`. Sorts: `description`, `expire_at`,
        `expires_at`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EncryptedFile:
        """Fetch one EncryptedFile by id."""
        return self._find(id, params)

    def delete(self, id_or_model: str | EncryptedFile) -> None:
        """Delete a EncryptedFile, given its id or the model."""
        self._delete(id_or_model)


class AsyncEncryptedFileRepository(AsyncRepository[EncryptedFile]):
    """The `/encrypted_files` endpoints."""

    _model = EncryptedFile
    _path = "/encrypted_files"

    async def list(self, params: QueryParams | None = None) -> ResourceList[EncryptedFile]:
        """List encrypted files (one page). Filters: `id`. Sorts: `description`, `expire_at`,
        `expires_at`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EncryptedFile:
        """Fetch one EncryptedFile by id."""
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EncryptedFile) -> None:
        """Delete a EncryptedFile, given its id or the model."""
        await self._delete(id_or_model)
