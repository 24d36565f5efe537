# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/public_keys` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.public_keys import PublicKey

__all__ = [
    "AsyncPublicKeyRepository",
    "AsyncPublicKeyRepositoryWithRawResponse",
    "PublicKeyRepository",
    "PublicKeyRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"id"})
_SORTS: frozenset[str] = frozenset()


class PublicKeyRepository(SyncRepository[PublicKey]):
    """The `/public_keys` endpoints. The list is answered whole: one answer holds every match,
    without pages (and without a top-level `meta`).
    """

    _model = PublicKey
    _path = "/public_keys"
    _public = True
    _listing = "whole_without_meta"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> PublicKeyRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return PublicKeyRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> Generator[PublicKey, None, None]:
        """Every public key matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    def list(self, params: QueryParams | None = None) -> ResourceList[PublicKey]:
        """The public keys matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages (and without a top-level
        `meta`). A query with `page()` is refused. Filters: `id`.
        """
        return self._list(params)


class PublicKeyRepositoryWithRawResponse(SyncRawRepository[PublicKey]):
    """The `/public_keys` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[PublicKey]]:
        return self._list(params)


class AsyncPublicKeyRepository(AsyncRepository[PublicKey]):
    """The `/public_keys` endpoints. The list is answered whole: one answer holds every match,
    without pages (and without a top-level `meta`).
    """

    _model = PublicKey
    _path = "/public_keys"
    _public = True
    _listing = "whole_without_meta"
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncPublicKeyRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncPublicKeyRepositoryWithRawResponse(self)

    def iter(self, params: QueryParams | None = None) -> AsyncGenerator[PublicKey, None]:
        """Every public key matching ``params``, one at a time, from the one answer :meth:`list`
        gets: the list is answered whole, without pages, so there is no page size to choose.
        """
        return self._iter(params, page_size=None)

    async def list(self, params: QueryParams | None = None) -> ResourceList[PublicKey]:
        """The public keys matching the query, in one answer (see also :meth:`iter`). The list is
        answered whole: one answer holds every match, without pages (and without a top-level
        `meta`). A query with `page()` is refused. Filters: `id`.
        """
        return await self._list(params)


class AsyncPublicKeyRepositoryWithRawResponse(AsyncRawRepository[PublicKey]):
    """The `/public_keys` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[PublicKey]]:
        return await self._list(params)
