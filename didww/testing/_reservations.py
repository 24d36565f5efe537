"""DID reservations: a hold on an available DID that lapses at ``expires_at``.

While reserved, the number is hidden from ``/available_dids``. When the reservation expires (by
the simulator clock) or is deleted, it disappears and the number is listed again; ordering it with
``did_reservation_id`` ends the reservation for good.

The account's plan caps the reservations held at once (``reservation_limit``, 10 by default): one
more is a 422. Listing reservations and reading one report ``meta.available_count``, how many more
may be taken; the answer to a create does not, as in the API.
"""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww._types import JSON
from didww.testing import _errors as err
from didww.testing import _inventory as inventory
from didww.testing._context import Context
from didww.testing._flows import Flow, require_relationships
from didww.testing._store import Record
from didww.testing._validation import Draft


def available_count(ctx: Context) -> int:
    """Reservations the account may still take under its plan."""
    return max(0, ctx.settings.reservation_limit - len(ctx.store.all("did_reservations")))


class ReservationFlow(Flow):
    """Reserve, expire and release available DIDs, within the plan's limit."""

    def list_meta(self, ctx: Context, matched: list[Record]) -> dict[str, JSON]:
        return {"available_count": available_count(ctx)}

    def find_meta(self, ctx: Context, record: Record) -> dict[str, JSON]:
        return {"available_count": available_count(ctx)}

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "available_did")
        if available_count(ctx) == 0:
            limit = ctx.settings.reservation_limit
            raise err.unprocessable(
                f"The plan allows {limit} DID reservations at once; release one first.",
                title="Reservation limit reached",
            )
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
