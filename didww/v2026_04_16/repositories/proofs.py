# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/proofs` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.proofs import Proof

__all__ = [
    "AsyncProofRepository",
    "AsyncProofRepositoryWithRawResponse",
    "ProofRepository",
    "ProofRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"external_reference_id", "id"})
_SORTS: frozenset[str] = frozenset({"created_at", "expires_at", "external_reference_id"})


class ProofRepository(SyncRepository[Proof]):
    """The `/proofs` endpoints."""

    _model = Proof
    _path = "/proofs"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> ProofRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return ProofRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Proof, None, None]:
        """Every proof matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Proof]:
        """One page of proofs (see also :meth:`iter`). Filters: `external_reference_id`, `id`.
        Sorts: `created_at`, `expires_at`, `external_reference_id`. Includes: `proof_type`,
        `entity`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Proof:
        """Fetch one proof by its id. Includes: `proof_type`, `entity`."""
        return self._find(id, params)

    def create(self, model: Proof) -> Proof:
        """Create a proof, sending every field that was set; returns the saved Proof."""
        return self._create(model)

    def update(self, model: Proof) -> Proof:
        """Save the changes made to a proof: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | Proof) -> None:
        """Delete a proof, given its id or the model."""
        self._delete(id_or_model)


class ProofRepositoryWithRawResponse(SyncRawRepository[Proof]):
    """The `/proofs` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Proof]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Proof]:
        return self._find(id, params)

    def create(self, model: Proof) -> RawResponse[Proof]:
        return self._create(model)

    def update(self, model: Proof) -> RawResponse[Proof]:
        return self._update(model)

    def delete(self, id_or_model: str | Proof) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncProofRepository(AsyncRepository[Proof]):
    """The `/proofs` endpoints."""

    _model = Proof
    _path = "/proofs"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncProofRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncProofRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Proof, None]:
        """Every proof matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Proof]:
        """One page of proofs (see also :meth:`iter`). Filters: `external_reference_id`, `id`.
        Sorts: `created_at`, `expires_at`, `external_reference_id`. Includes: `proof_type`,
        `entity`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Proof:
        """Fetch one proof by its id. Includes: `proof_type`, `entity`."""
        return await self._find(id, params)

    async def create(self, model: Proof) -> Proof:
        """Create a proof, sending every field that was set; returns the saved Proof."""
        return await self._create(model)

    async def update(self, model: Proof) -> Proof:
        """Save the changes made to a proof: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | Proof) -> None:
        """Delete a proof, given its id or the model."""
        await self._delete(id_or_model)


class AsyncProofRepositoryWithRawResponse(AsyncRawRepository[Proof]):
    """The `/proofs` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Proof]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Proof]:
        return await self._find(id, params)

    async def create(self, model: Proof) -> RawResponse[Proof]:
        return await self._create(model)

    async def update(self, model: Proof) -> RawResponse[Proof]:
        return await self._update(model)

    async def delete(self, id_or_model: str | Proof) -> RawResponse[None]:
        return await self._delete(id_or_model)
