"""DID reservations: a hold on an available DID that lapses at ``expires_at``.

While reserved, the number is hidden from ``/available_dids``. When the reservation expires (by
the simulator clock) or is deleted, it disappears and the number is listed again; ordering it with
``did_reservation_id`` ends the reservation for good.
"""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing import _inventory as inventory
from didww.testing._context import Context
from didww.testing._flows import Flow, require_relationships
from didww.testing._store import Record
from didww.testing._validation import Draft


class ReservationFlow(Flow):
    """Reserve, expire and release available DIDs."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "available_did")
        available = ctx.store.deref(draft.relationships["available_did"])
        if available is None or not available.visible:
            raise err.invalid(
                "/data/relationships/available_did", "available_did", "is no longer available"
            )
        record = super().create(ctx, info, draft)
        expires = ctx.now + ctx.settings.reservation_ttl
        record.attributes["expires_at"] = ctx.iso(ctx.settings.reservation_ttl)
        record.facts["expires"] = expires
        inventory.hide(available, record.id)
        return record

    def delete(self, ctx: Context, record: Record) -> None:
        self._release(ctx, record)

    def tick(self, ctx: Context) -> None:
        for reservation in ctx.store.all("did_reservations"):
            if reservation.facts.get("expires", float("inf")) <= ctx.now:
                self._release(ctx, reservation)

    def _release(self, ctx: Context, reservation: Record) -> None:
        available = ctx.store.one(reservation, "available_did")
        if available is not None and available.facts.get("held_by") == reservation.id:
            inventory.release(available)
        ctx.store.remove(reservation)
