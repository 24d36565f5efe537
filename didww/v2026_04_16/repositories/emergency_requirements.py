# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/emergency_requirements` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_04_16.models.emergency_requirements import EmergencyRequirement

__all__ = [
    "AsyncEmergencyRequirementRepository",
    "AsyncEmergencyRequirementRepositoryWithRawResponse",
    "EmergencyRequirementRepository",
    "EmergencyRequirementRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset({"country.id", "did_group_type.id", "id"})
_SORTS: frozenset[str] = frozenset()


class EmergencyRequirementRepository(SyncRepository[EmergencyRequirement]):
    """The `/emergency_requirements` endpoints."""

    _model = EmergencyRequirement
    _path = "/emergency_requirements"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> EmergencyRequirementRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return EmergencyRequirementRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[EmergencyRequirement, None, None]:
        """Every emergency requirement matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyRequirement]:
        """One page of emergency requirements (see also :meth:`iter`). Filters: `country.id`,
        `did_group_type.id`, `id`. Includes: `country`, `did_group_type`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> EmergencyRequirement:
        """Fetch one emergency requirement by its id. Includes: `country`, `did_group_type`."""
        return self._find(id, params)


class EmergencyRequirementRepositoryWithRawResponse(SyncRawRepository[EmergencyRequirement]):
    """The `/emergency_requirements` operations, answered with :class:`didww.RawResponse`."""

    def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyRequirement]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[EmergencyRequirement]:
        return self._find(id, params)


class AsyncEmergencyRequirementRepository(AsyncRepository[EmergencyRequirement]):
    """The `/emergency_requirements` endpoints."""

    _model = EmergencyRequirement
    _path = "/emergency_requirements"
    _page_size_max = 1000
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyRequirementRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncEmergencyRequirementRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[EmergencyRequirement, None]:
        """Every emergency requirement matching ``params``, fetched page by page, ``page_size``
        per request. The next page is requested while you work through this one (one page
        ahead at most) once a page has taken 2 ms or more to arrive, so over a real network
        and not against a local server; ``prefetch=True`` always does, ``prefetch=False``
        requests each page only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[EmergencyRequirement]:
        """One page of emergency requirements (see also :meth:`iter`). Filters: `country.id`,
        `did_group_type.id`, `id`. Includes: `country`, `did_group_type`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> EmergencyRequirement:
        """Fetch one emergency requirement by its id. Includes: `country`, `did_group_type`."""
        return await self._find(id, params)


class AsyncEmergencyRequirementRepositoryWithRawResponse(AsyncRawRepository[EmergencyRequirement]):
    """The `/emergency_requirements` operations, answered with :class:`didww.RawResponse`."""

    async def list(
        self, params: QueryParams | None = None
    ) -> RawResponse[ResourceList[EmergencyRequirement]]:
        return await self._list(params)

    async def find(
        self, id: str, params: QueryParams | None = None
    ) -> RawResponse[EmergencyRequirement]:
        return await self._find(id, params)
