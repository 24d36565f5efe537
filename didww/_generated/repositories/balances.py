# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/balance` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.balances import Balance
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository

__all__ = ["AsyncBalanceRepository", "BalanceRepository"]


class BalanceRepository(SyncRepository[Balance]):
    """The `/balance` endpoints."""

    _model = Balance
    _path = "/balance"
    _singleton = True

    def find(self, params: QueryParams | None = None) -> Balance:
        """Fetch the Balance."""
        return self._find(None, params)


class AsyncBalanceRepository(AsyncRepository[Balance]):
    """The `/balance` endpoints."""

    _model = Balance
    _path = "/balance"
    _singleton = True

    async def find(self, params: QueryParams | None = None) -> Balance:
        """Fetch the Balance."""
        return await self._find(None, params)
