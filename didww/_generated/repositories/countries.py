# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/countries` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.countries import Country
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncCountryRepository", "CountryRepository"]


class CountryRepository(SyncRepository[Country]):
    """The `/countries` endpoints."""

    _model = Country
    _path = "/countries"

    def list(self, params: QueryParams | None = None) -> ResourceList[Country]:
        """List countries (one page). Filters: `id`, `is_available`, `iso`, `name`, `prefix`.
        Sorts: `iso`, `name`, `prefix`. Includes: `regions`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Country:
        """Fetch one Country by id. Includes: `regions`."""
        return self._find(id, params)


class AsyncCountryRepository(AsyncRepository[Country]):
    """The `/countries` endpoints."""

    _model = Country
    _path = "/countries"

    async def list(self, params: QueryParams | None = None) -> ResourceList[Country]:
        """List countries (one page). Filters: `id`, `is_available`, `iso`, `name`, `prefix`.
        Sorts: `iso`, `name`, `prefix`. Includes: `regions`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Country:
        """Fetch one Country by id. Includes: `regions`."""
        return await self._find(id, params)
