# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/encrypted_files` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._catalog import FormFieldInfo, MultipartInfo
from didww._extensions.encrypted_files import (
    AsyncEncryptedFileExtension,
    SyncEncryptedFileExtension,
)
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, SyncRawRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.encrypted_files import EncryptedFile

__all__ = [
    "AsyncEncryptedFileRepository",
    "AsyncEncryptedFileRepositoryWithRawResponse",
    "EncryptedFileRepository",
    "EncryptedFileRepositoryWithRawResponse",
]

_FORM = MultipartInfo(
    fields=(
        FormFieldInfo("encrypted_files[file]", "file", required=True, max_bytes=20971520),
        FormFieldInfo("encrypted_files[encryption_fingerprint]", "fingerprint", required=True),
        FormFieldInfo("encrypted_files[description]", "attribute", attribute="description"),
    )
)
"""The form of the upload (the spec's ``multipart``), sent by both repositories' ``upload``."""

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id"})
_SORTS: frozenset[str] = frozenset({"description", "expire_at", "expires_at"})


class EncryptedFileRepository(SyncEncryptedFileExtension[EncryptedFile]):
    """The `/encrypted_files` endpoints."""

    _model = EncryptedFile
    _path = "/encrypted_files"
    _form = _FORM
    _keys_public = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> EncryptedFileRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EncryptedFileRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[EncryptedFile, None, None]:
        """Every encrypted file matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EncryptedFile]:
        """One page of encrypted files (see also :meth:`iter`). Filters: `id`. Sorts:
        `description`, `expire_at`, `expires_at`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EncryptedFile:
        """Fetch one encrypted file by its id."""
        return self._find(id, params)

    def delete(self, id_or_model: str | EncryptedFile) -> None:
        """Delete an encrypted file, given its id or the model."""
        self._delete(id_or_model)


class EncryptedFileRepositoryWithRawResponse(SyncRawRepository[EncryptedFile]):
    """The `/encrypted_files` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[EncryptedFile]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[EncryptedFile]:
        return self._find(id, params)

    def delete(self, id_or_model: str | EncryptedFile) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncEncryptedFileRepository(AsyncEncryptedFileExtension[EncryptedFile]):
    """The `/encrypted_files` endpoints."""

    _model = EncryptedFile
    _path = "/encrypted_files"
    _form = _FORM
    _keys_public = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncEncryptedFileRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEncryptedFileRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[EncryptedFile, None]:
        """Every encrypted file matching ``params``, fetched page by page, ``page_size`` per
        request. The next page is requested while you work through this one (one page ahead at
        most) once a page has taken 2 ms or more to arrive, so over a real network and not
        against a local server; ``prefetch=True`` always does, ``prefetch=False`` requests
        each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[EncryptedFile]:
        """One page of encrypted files (see also :meth:`iter`). Filters: `id`. Sorts:
        `description`, `expire_at`, `expires_at`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EncryptedFile:
        """Fetch one encrypted file by its id."""
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EncryptedFile) -> None:
        """Delete an encrypted file, given its id or the model."""
        await self._delete(id_or_model)


class AsyncEncryptedFileRepositoryWithRawResponse(AsyncRawRepository[EncryptedFile]):
    """The `/encrypted_files` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EncryptedFile]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[EncryptedFile]:
        return await self._find(id, params)

    async def delete(self, id_or_model: str | EncryptedFile) -> RawResponse[None]:
        return await self._delete(id_or_model)
