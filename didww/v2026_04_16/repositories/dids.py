# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/dids` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.dids import DID

__all__ = [
    "AsyncDIDRepository",
    "AsyncDIDRepositoryWithRawResponse",
    "DIDRepository",
    "DIDRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "address_verification.id",
        "awaiting_registration",
        "billing_cycles_count",
        "blocked",
        "capacity_pool.id",
        "city.id",
        "country.id",
        "description",
        "did_group.features",
        "did_group.id",
        "emergency_calling_service.id",
        "emergency_enabled",
        "id",
        "number",
        "order.id",
        "order.reference",
        "pending_removal",
        "region.id",
        "shared_capacity_group.id",
        "terminated",
        "trunk.id",
        "trunk_group.id",
        "voice_in_trunk.id",
        "voice_in_trunk_group.id",
    }
)
_FILTER_TYPES: tuple[tuple[str, str], ...] = (("pending_removal", "boolean"),)
_SORTS: frozenset[str] = frozenset(
    {
        "awaiting_registration",
        "billing_cycles_count",
        "blocked",
        "capacity_limit",
        "channels_included_count",
        "created_at",
        "dedicated_channels_count",
        "description",
        "expires_at",
        "number",
        "terminated",
    }
)


class DIDRepository(SyncRepository[DID]):
    """The `/dids` endpoints."""

    _model = DID
    _path = "/dids"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> DIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return DIDRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[DID, None, None]:
        """Every DID matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[DID]:
        """One page of DIDs (see also :meth:`iter`). Filters: `address_verification.id`,
        `awaiting_registration`, `billing_cycles_count`, `blocked`, `capacity_pool.id`,
        `city.id`, `country.id`, `description`, `did_group.features`, `did_group.id`,
        `emergency_calling_service.id`, `emergency_enabled`, `id`, `number`, `order.id`,
        `order.reference`, `pending_removal`, `region.id`, `shared_capacity_group.id`,
        `terminated`, `trunk.id`, `trunk_group.id`, `voice_in_trunk.id`,
        `voice_in_trunk_group.id`. Sorts: `awaiting_registration`, `billing_cycles_count`,
        `blocked`, `capacity_limit`, `channels_included_count`, `created_at`,
        `dedicated_channels_count`, `description`, `expires_at`, `number`, `terminated`.
        Includes: `did_group`, `order`, `capacity_pool`, `shared_capacity_group`,
        `address_verification`, `voice_in_trunk`, `voice_in_trunk_group`,
        `emergency_calling_service`, `emergency_verification`, `identity`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DID:
        """Fetch one DID by its id. Includes: `did_group`, `order`, `capacity_pool`,
        `shared_capacity_group`, `address_verification`, `voice_in_trunk`,
        `voice_in_trunk_group`, `emergency_calling_service`, `emergency_verification`,
        `identity`.
        """
        return self._find(id, params)

    def update(self, model: DID) -> DID:
        """Save the changes made to a DID: only changed fields are sent, and nothing at all when
        nothing changed.
        """
        return self._update(model)


class DIDRepositoryWithRawResponse(SyncRawRepository[DID]):
    """The `/dids` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DID]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DID]:
        return self._find(id, params)

    def update(self, model: DID) -> RawResponse[DID]:
        return self._update(model)


class AsyncDIDRepository(AsyncRepository[DID]):
    """The `/dids` endpoints."""

    _model = DID
    _path = "/dids"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncDIDRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncDIDRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[DID, None]:
        """Every DID matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[DID]:
        """One page of DIDs (see also :meth:`iter`). Filters: `address_verification.id`,
        `awaiting_registration`, `billing_cycles_count`, `blocked`, `capacity_pool.id`,
        `city.id`, `country.id`, `description`, `did_group.features`, `did_group.id`,
        `emergency_calling_service.id`, `emergency_enabled`, `id`, `number`, `order.id`,
        `order.reference`, `pending_removal`, `region.id`, `shared_capacity_group.id`,
        `terminated`, `trunk.id`, `trunk_group.id`, `voice_in_trunk.id`,
        `voice_in_trunk_group.id`. Sorts: `awaiting_registration`, `billing_cycles_count`,
        `blocked`, `capacity_limit`, `channels_included_count`, `created_at`,
        `dedicated_channels_count`, `description`, `expires_at`, `number`, `terminated`.
        Includes: `did_group`, `order`, `capacity_pool`, `shared_capacity_group`,
        `address_verification`, `voice_in_trunk`, `voice_in_trunk_group`,
        `emergency_calling_service`, `emergency_verification`, `identity`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DID:
        """Fetch one DID by its id. Includes: `did_group`, `order`, `capacity_pool`,
        `shared_capacity_group`, `address_verification`, `voice_in_trunk`,
        `voice_in_trunk_group`, `emergency_calling_service`, `emergency_verification`,
        `identity`.
        """
        return await self._find(id, params)

    async def update(self, model: DID) -> DID:
        """Save the changes made to a DID: only changed fields are sent, and nothing at all when
        nothing changed.
        """
        return await self._update(model)


class AsyncDIDRepositoryWithRawResponse(AsyncRawRepository[DID]):
    """The `/dids` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DID]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DID]:
        return await self._find(id, params)

    async def update(self, model: DID) -> RawResponse[DID]:
        return await self._update(model)
