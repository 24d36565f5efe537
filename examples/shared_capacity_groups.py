"""Shared capacity groups: share channels of a capacity pool between numbers.

A capacity pool holds the channels the account bought; a shared capacity group sets some of them
aside for the numbers in the group. The pool's ``assigned_channels_count`` follows.

    python examples/shared_capacity_groups.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if (
    not __package__
):  # run as `python examples/shared_capacity_groups.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from examples._common import Summary, run_example, say, step

Q = didww.QueryParams
POOLS = (
    Q()
    .include("shared_capacity_groups", "qty_based_pricings")
    .filter("has_unassigned_channels", True)
)
CAPACITY = Q().include("capacity_pool", "shared_capacity_group")


def describe(pool: didww.CapacityPool) -> str:
    return (
        f"pool {pool.name}: {pool.assigned_channels_count} of {pool.total_channels_count} "
        f"channels assigned"
    )


def first_number() -> didww.QueryParams:
    return CAPACITY.filter("terminated", False).sort("number").page(size=1)


def put_back(did_id: str, pool_id: str | None, group_id: str | None) -> didww.DID:
    """An update restoring where a number's channels came from (its pool and shared group)."""
    return didww.DID(did_id, capacity_pool_id=pool_id, shared_capacity_group_id=group_id)


def run(client: didww.Client) -> Summary:
    step("Capacity pools with free channels")
    pools = client.capacity_pools.list(POOLS)
    if not pools:
        say("no capacity pool has free channels: buy some with examples/orders.py")
        return {"group_id": None}
    pool = pools[0]
    assigned_before = pool.assigned_channels_count
    say(describe(pool) + f", shared by {[g.name for g in pool.shared_capacity_groups]}")

    step("Create a shared capacity group of 2 channels")
    group = client.shared_capacity_groups.create(
        didww.SharedCapacityGroup(
            name="Example: support line",
            shared_channels_count=2,
            metered_channels_count=0,
            capacity_pool=pool,
        )
    )
    assigned_with_group = client.capacity_pools.find(pool.id).assigned_channels_count
    say(f"group {group.name} ({group.id}); {assigned_with_group} channels assigned now")

    step("Let a number draw on the group")
    did = client.dids.list(first_number())[0]
    before = (did.capacity_pool_id, did.shared_capacity_group_id)
    did.shared_capacity_group = group  # its capacity pool stays as it is
    client.dids.update(did)
    members = client.shared_capacity_groups.find(group.id, Q().include("dids")).dids
    say(f"numbers in the group: {[f'+{d.number}' for d in members]}")

    step("Grow the group to 3 channels")
    group.shared_channels_count = 3
    group = client.shared_capacity_groups.update(group)
    say(f"{group.name}: {group.shared_channels_count} channels")

    step("Tidy up: put the number back and delete the group")
    client.dids.update(put_back(did.id, *before))
    client.shared_capacity_groups.delete(group)
    assigned_after = client.capacity_pools.find(pool.id).assigned_channels_count
    say(describe(client.capacity_pools.find(pool.id)))
    return {
        "group_id": group.id,
        "pool_id": pool.id,
        "assigned_before": assigned_before,
        "assigned_with_group": assigned_with_group,
        "assigned_after": assigned_after,
        "numbers_in_group": [d.id for d in members],
        "shared_channels": group.shared_channels_count,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Share 2 channels of a pool with a number")
    pools = await client.capacity_pools.list(POOLS)
    if not pools:
        say("no capacity pool has free channels")
        return {"group_id": None}
    pool = pools[0]
    assigned_before = pool.assigned_channels_count
    group = await client.shared_capacity_groups.create(
        didww.SharedCapacityGroup(
            name="Example: support line",
            shared_channels_count=2,
            metered_channels_count=0,
            capacity_pool=pool,
        )
    )
    assigned_with_group = (await client.capacity_pools.find(pool.id)).assigned_channels_count
    did = (await client.dids.list(first_number()))[0]
    before = (did.capacity_pool_id, did.shared_capacity_group_id)
    did.shared_capacity_group = group
    await client.dids.update(did)
    members = (await client.shared_capacity_groups.find(group.id, Q().include("dids"))).dids
    say(f"group {group.id}: {[f'+{d.number}' for d in members]}")

    step("Grow it, then tidy up")
    group.shared_channels_count = 3
    group = await client.shared_capacity_groups.update(group)
    await client.dids.update(put_back(did.id, *before))
    await client.shared_capacity_groups.delete(group)
    assigned_after = (await client.capacity_pools.find(pool.id)).assigned_channels_count
    say(f"assigned channels: {assigned_before} -> {assigned_with_group} -> {assigned_after}")
    return {
        "group_id": group.id,
        "pool_id": pool.id,
        "assigned_before": assigned_before,
        "assigned_with_group": assigned_with_group,
        "assigned_after": assigned_after,
        "numbers_in_group": [d.id for d in members],
        "shared_channels": group.shared_channels_count,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
