# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_groups` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.did_groups import DIDGroup
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncDIDGroupRepository", "DIDGroupRepository"]


class DIDGroupRepository(SyncRepository[DIDGroup]):
    """The `/did_groups` endpoints."""

    _model = DIDGroup
    _path = "/did_groups"

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroup]:
        """List did groups (one page). Filters: `allow_additional_channels`, `area_name`,
        `available_dids_enabled`, `city.id`, `country.id`, `did_group_type.id`, `features`,
        `id`, `is_available`, `is_metered`, `meta.total_count_gteq`, `nanpa_prefix.id`,
        `nanpa_prefix.npanxx`, `needs_registration`, `prefix`, `region.id`. Sorts:
        `allow_additional_channels`, `area_name`, `country.name`, `did_group_type.name`,
        `is_metered`, `prefix`, `service_restrictions`. Includes: `country`, `city`,
        `did_group_type`, `region`, `stock_keeping_units`, `address_requirement`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDGroup:
        """Fetch one DIDGroup by id. Includes: `country`, `city`, `did_group_type`, `region`,
        `stock_keeping_units`, `address_requirement`.
        """
        return self._find(id, params)


class AsyncDIDGroupRepository(AsyncRepository[DIDGroup]):
    """The `/did_groups` endpoints."""

    _model = DIDGroup
    _path = "/did_groups"

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDGroup]:
        """List did groups (one page). Filters: `allow_additional_channels`, `area_name`,
        `available_dids_enabled`, `city.id`, `country.id`, `did_group_type.id`, `features`,
        `id`, `is_available`, `is_metered`, `meta.total_count_gteq`, `nanpa_prefix.id`,
        `nanpa_prefix.npanxx`, `needs_registration`, `prefix`, `region.id`. Sorts:
        `allow_additional_channels`, `area_name`, `country.name`, `did_group_type.name`,
        `is_metered`, `prefix`, `service_restrictions`. Includes: `country`, `city`,
        `did_group_type`, `region`, `stock_keeping_units`, `address_requirement`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDGroup:
        """Fetch one DIDGroup by id. Includes: `country`, `city`, `did_group_type`, `region`,
        `stock_keeping_units`, `address_requirement`.
        """
        return await self._find(id, params)
