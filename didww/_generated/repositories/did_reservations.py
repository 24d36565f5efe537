# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/did_reservations` endpoints, sync and async."""

from __future__ import annotations

from didww._generated.models.did_reservations import DIDReservation
from didww._query import QueryParams
from didww._repository import AsyncRepository, SyncRepository
from didww._resource_list import ResourceList

__all__ = ["AsyncDIDReservationRepository", "DIDReservationRepository"]


class DIDReservationRepository(SyncRepository[DIDReservation]):
    """The `/did_reservations` endpoints."""

    _model = DIDReservation
    _path = "/did_reservations"

    def list(self, params: QueryParams | None = None) -> ResourceList[DIDReservation]:
        """List did reservations (one page). Filters: `description`, `id`. Sorts: `created_at`,
        `description`, `expire_at`, `expires_at`. Includes: `available_did`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> DIDReservation:
        """Fetch one DIDReservation by id. Includes: `available_did`."""
        return self._find(id, params)

    def create(self, model: DIDReservation) -> DIDReservation:
        """Create a DIDReservation, sending every field that was set; returns the saved model."""
        return self._create(model)

    def delete(self, id_or_model: str | DIDReservation) -> None:
        """Delete a DIDReservation, given its id or the model."""
        self._delete(id_or_model)


class AsyncDIDReservationRepository(AsyncRepository[DIDReservation]):
    """The `/did_reservations` endpoints."""

    _model = DIDReservation
    _path = "/did_reservations"

    async def list(self, params: QueryParams | None = None) -> ResourceList[DIDReservation]:
        """List did reservations (one page). Filters: `description`, `id`. Sorts: `created_at`,
        `description`, `expire_at`, `expires_at`. Includes: `available_did`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> DIDReservation:
        """Fetch one DIDReservation by id. Includes: `available_did`."""
        return await self._find(id, params)

    async def create(self, model: DIDReservation) -> DIDReservation:
        """Create a DIDReservation, sending every field that was set; returns the saved model."""
        return await self._create(model)

    async def delete(self, id_or_model: str | DIDReservation) -> None:
        """Delete a DIDReservation, given its id or the model."""
        await self._delete(id_or_model)
