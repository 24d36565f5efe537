# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/balance` endpoints, sync and async."""

from __future__ import annotations

from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww.v2026_04_16.models.balances import Balance

__all__ = [
    "AsyncBalanceRepository",
    "AsyncBalanceRepositoryWithRawResponse",
    "BalanceRepository",
    "BalanceRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset()
_SORTS: frozenset[str] = frozenset()


class BalanceRepository(SyncRepository[Balance]):
    """The `/balance` endpoints."""

    _model = Balance
    _path = "/balance"
    _singleton = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> BalanceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return BalanceRepositoryWithRawResponse(self)

    def find(self, params: QueryParams | None = None) -> Balance:
        """Fetch the account's balance."""
        return self._find(None, params)


class BalanceRepositoryWithRawResponse(SyncRawRepository[Balance]):
    """The `/balance` operations, answered with :class:`didww.RawResponse`."""

    def find(self, params: QueryParams | None = None) -> RawResponse[Balance]:
        return self._find(None, params)


class AsyncBalanceRepository(AsyncRepository[Balance]):
    """The `/balance` endpoints."""

    _model = Balance
    _path = "/balance"
    _singleton = True
    _filters = _FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncBalanceRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncBalanceRepositoryWithRawResponse(self)

    async def find(self, params: QueryParams | None = None) -> Balance:
        """Fetch the account's balance."""
        return await self._find(None, params)


class AsyncBalanceRepositoryWithRawResponse(AsyncRawRepository[Balance]):
    """The `/balance` operations, answered with :class:`didww.RawResponse`."""

    async def find(self, params: QueryParams | None = None) -> RawResponse[Balance]:
        return await self._find(None, params)
