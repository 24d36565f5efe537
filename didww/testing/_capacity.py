"""Channel capacity: pools, shared capacity groups and the channels assigned from them.

A pool's ``assigned_channels_count`` is what its shared capacity groups share plus what its DIDs
have dedicated; no write may push it above ``total_channels_count``.
"""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import Flow, require_relationships
from didww.testing._store import Record
from didww.testing._validation import Draft


def _count(record: Record, name: str) -> int:
    value = record.attributes.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def check_pools(ctx: Context, pointer: str) -> None:
    """Recount every pool's assigned channels; 422 when one would be over-assigned."""
    for pool in ctx.store.all("capacity_pools"):
        assigned = sum(
            _count(group, "shared_channels_count")
            for group in ctx.store.related(pool, "shared_capacity_groups")
        ) + sum(
            _count(did, "dedicated_channels_count")
            for did in ctx.store.all("dids")
            if did.relationships.get("capacity_pool") == pool.ref
        )
        total = _count(pool, "total_channels_count")
        if assigned > total:
            raise err.invalid(
                pointer,
                pointer.rsplit("/", 1)[-1],
                f"needs {assigned} channels but capacity pool "
                f"{pool.attributes.get('name')} has {total}",
            )
        pool.attributes["assigned_channels_count"] = assigned


RAISING_TOTAL_REFUSED = frozenset({"2026-04-16", "2026-10-22"})
"""The API versions whose document lets a pool update only lower ``total_channels_count``:
channels are bought with a capacity order item, so an update asking for more channels than the
pool has is a 422 pointing at the attribute, and the pool keeps its count. Sending the count it
already has changes nothing and is accepted (the documents speak of raising and lowering only)."""


class CapacityPoolFlow(Flow):
    """Resizing a pool: never below its minimum or the channels already assigned, and never up
    (:data:`RAISING_TOTAL_REFUSED`)."""

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        current = _count(record, "total_channels_count")
        super().update(ctx, record, draft)
        total = _count(record, "total_channels_count")
        if ctx.schema.api_version in RAISING_TOTAL_REFUSED and total > current:
            raise err.invalid(
                "/data/attributes/total_channels_count",
                "total_channels_count",
                f"can't be raised above {current}: buy channels with a capacity order",
            )
        floor = max(_count(record, "minimum_limit"), _count(record, "assigned_channels_count"))
        if total < floor:
            raise err.invalid(
                "/data/attributes/total_channels_count",
                "total_channels_count",
                f"must be at least {floor}",
            )


class SharedCapacityGroupFlow(Flow):
    """Groups share channels of their pool."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "capacity_pool")
        record = super().create(ctx, info, draft)
        check_pools(ctx, "/data/attributes/shared_channels_count")
        return record

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        super().update(ctx, record, draft)
        check_pools(ctx, "/data/attributes/shared_channels_count")

    def delete(self, ctx: Context, record: Record) -> None:
        super().delete(ctx, record)
        check_pools(ctx, "/data/attributes/shared_channels_count")
