"""DIDs: updates that are logged to ``did_history`` and checked against capacity."""

from __future__ import annotations

from didww.testing._capacity import check_pools
from didww.testing._context import Context
from didww.testing._defaults import resource_defaults
from didww.testing._flows import Flow
from didww.testing._sms import check_sms_route
from didww.testing._store import Record
from didww.testing._validation import Draft

# Changes the API writes to the DID's history, and the action each is logged as.
_LOGGED = {"terminated": {True: "canceled", False: "restored"}}


class DIDFlow(Flow):
    """A DID update also writes history and may not over-assign a capacity pool."""

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        before = dict(record.attributes)
        super().update(ctx, record, draft)
        number = str(record.attributes.get("number"))
        for name, actions in _LOGGED.items():
            value = record.attributes.get(name)
            if value != before.get(name) and isinstance(value, bool):
                record_history(ctx, number, actions[value])
        if record.attributes.get("billing_cycles_count") != before.get("billing_cycles_count"):
            record_history(
                ctx,
                number,
                "billing_cycles_count_changed",
                before=before.get("billing_cycles_count"),
                after=record.attributes.get("billing_cycles_count"),
            )
        check_pools(ctx, "/data/attributes/dedicated_channels_count")
        check_sms_route(ctx, record)


def record_history(
    ctx: Context, number: str, action: str, *, before: object = None, after: object = None
) -> None:
    """Add a ``did_history`` entry, as the API logs every change to a DID."""
    entry = Record(
        "did_history",
        ctx.ids.new_id(),
        resource_defaults(ctx.schema.resource("did_history"), ctx.schema),
        meta={
            "from": None if before is None else str(before),
            "to": None if after is None else str(after),
        },
    )
    entry.attributes.update(
        {"did_number": number, "action": action, "method": "api3", "created_at": ctx.iso()}
    )
    ctx.store.add(entry)
