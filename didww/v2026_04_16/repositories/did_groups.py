# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_groups` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.did_groups import DIDGroup

__all__ = [
    "AsyncDIDGroupRepository",
    "AsyncDIDGroupRepositoryWithRawResponse",
    "DIDGroupRepository",
    "DIDGroupRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "allow_additional_channels",
        "area_name",
        "available_dids_enabled",
        "city.id",
        "country.id",
        "did_group_type.id",
        "features",
        "id",
        "is_available",
        "is_metered",
        "meta.total_count_gteq",
        "nanpa_prefix.id",
        "nanpa_prefix.npanxx",
        "needs_registration",
        "prefix",
        "region.id",
    }
)
_FILTER_TYPES: tuple[tuple[str, str], ...] = (
    ("available_dids_enabled", "boolean"),
    ("is_available", "boolean"),
    ("needs_registration", "boolean"),
)
_SORTS: frozenset[str] = frozenset(
    {
        "allow_additional_channels",
        "area_name",
        "country.name",
        "did_group_type.name",
        "is_metered",
        "prefix",
        "service_restrictions",
    }
)


class DIDGroupRepository(SyncRepository[DIDGroup]):
    """The `/did_groups` endpoints."""

    _model = DIDGroup
    _path = "/did_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> DIDGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return DIDGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[DIDGroup, None, None]:
        """Every DID group matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroup]:
        """One page of DID groups (see also :meth:`iter`). Filters: `allow_additional_channels`,
        `area_name`, `available_dids_enabled`, `city.id`, `country.id`, `did_group_type.id`,
        `features`, `id`, `is_available`, `is_metered`, `meta.total_count_gteq`,
        `nanpa_prefix.id`, `nanpa_prefix.npanxx`, `needs_registration`, `prefix`, `region.id`.
        Sorts: `allow_additional_channels`, `area_name`, `country.name`,
        `did_group_type.name`, `is_metered`, `prefix`, `service_restrictions`. Includes:
        `country`, `city`, `did_group_type`, `region`, `stock_keeping_units`,
        `address_requirement`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDGroup:
        """Fetch one DID group by its id. Includes: `country`, `city`, `did_group_type`,
        `region`, `stock_keeping_units`, `address_requirement`.
        """
        return self._find(id, params)


class DIDGroupRepositoryWithRawResponse(SyncRawRepository[DIDGroup]):
    """The `/did_groups` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DIDGroup]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDGroup]:
        return self._find(id, params)


class AsyncDIDGroupRepository(AsyncRepository[DIDGroup]):
    """The `/did_groups` endpoints."""

    _model = DIDGroup
    _path = "/did_groups"
    _page_size_max = 1000
    _filters = _FILTERS
    _filter_types = _FILTER_TYPES
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncDIDGroupRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncDIDGroupRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[DIDGroup, None]:
        """Every DID group matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroup]:
        """One page of DID groups (see also :meth:`iter`). Filters: `allow_additional_channels`,
        `area_name`, `available_dids_enabled`, `city.id`, `country.id`, `did_group_type.id`,
        `features`, `id`, `is_available`, `is_metered`, `meta.total_count_gteq`,
        `nanpa_prefix.id`, `nanpa_prefix.npanxx`, `needs_registration`, `prefix`, `region.id`.
        Sorts: `allow_additional_channels`, `area_name`, `country.name`,
        `did_group_type.name`, `is_metered`, `prefix`, `service_restrictions`. Includes:
        `country`, `city`, `did_group_type`, `region`, `stock_keeping_units`,
        `address_requirement`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDGroup:
        """Fetch one DID group by its id. Includes: `country`, `city`, `did_group_type`,
        `region`, `stock_keeping_units`, `address_requirement`.
        """
        return await self._find(id, params)


class AsyncDIDGroupRepositoryWithRawResponse(AsyncRawRepository[DIDGroup]):
    """The `/did_groups` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[DIDGroup]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[DIDGroup]:
        return await self._find(id, params)
