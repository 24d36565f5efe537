"""Voice IN trunk groups: put two trunks in a group, change its members, then delete it.

A number routed to a trunk group rings the group's trunks by their priority and weight.

    python examples/trunk_groups.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/trunk_groups.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from examples._common import Summary, run_example, say, step

MEMBERS = didww.QueryParams().include("voice_in_trunks")


def trunk(name: str, host: str, priority: int) -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(
        name=name,
        priority=priority,
        weight=100,
        configuration=didww.SIPConfiguration(host=host, port=5060),
    )


def members(group: didww.VoiceInTrunkGroup) -> str:
    return ", ".join(f"{t.name} (priority {t.priority})" for t in group.voice_in_trunks)


def run(client: didww.Client) -> Summary:
    step("Create two trunks")
    primary = client.voice_in_trunks.create(trunk("Example primary", "pbx1.example.com", 1))
    backup = client.voice_in_trunks.create(trunk("Example backup", "pbx2.example.com", 2))
    say(f"{primary.name} ({primary.id}) and {backup.name} ({backup.id})")

    step("Group them")
    group = client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(
            name="Example group", capacity_limit=50, voice_in_trunks=[primary, backup]
        )
    )
    group_id = group.id
    group = client.voice_in_trunk_groups.find(group_id, MEMBERS)
    say(f"{group.name}: up to {group.capacity_limit} calls over {members(group)}")
    # The other way round: a trunk knows its group.
    with_group = didww.QueryParams().include("voice_in_trunk_group")
    in_group = client.voice_in_trunks.find(primary.id, with_group).voice_in_trunk_group
    say(f"{primary.name} is in {in_group.name if in_group else None!r}")

    step("Rename it, lower its capacity and drop the backup trunk")
    group.name = "Example group (primary only)"
    group.capacity_limit = 20
    group.voice_in_trunks = [primary]
    client.voice_in_trunk_groups.update(group)
    group = client.voice_in_trunk_groups.find(group_id, MEMBERS)
    say(f"{group.name}: up to {group.capacity_limit} calls over {members(group)}")
    member_ids = group.voice_in_trunk_ids

    step("Delete the group, then the trunks")
    client.voice_in_trunk_groups.delete(group_id)
    for trunk_id in (primary.id, backup.id):
        client.voice_in_trunks.delete(trunk_id)
    try:
        client.voice_in_trunk_groups.find(group_id)
        group_deleted = False
    except didww.NotFoundError:
        group_deleted = True
    say(f"group deleted: {group_deleted}")
    return {
        "group_id": group_id,
        "trunk_ids": [primary.id, backup.id],
        "members_after_update": member_ids,
        "capacity_limit": group.capacity_limit,
        "group_deleted": group_deleted,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Create two trunks and group them")
    primary = await client.voice_in_trunks.create(trunk("Example primary", "pbx1.example.com", 1))
    backup = await client.voice_in_trunks.create(trunk("Example backup", "pbx2.example.com", 2))
    group = await client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(
            name="Example group", capacity_limit=50, voice_in_trunks=[primary, backup]
        )
    )
    group_id = group.id
    group = await client.voice_in_trunk_groups.find(group_id, MEMBERS)
    say(f"{group.name}: {members(group)}")

    step("Drop the backup trunk")
    group.name = "Example group (primary only)"
    group.capacity_limit = 20
    group.voice_in_trunks = [primary]
    await client.voice_in_trunk_groups.update(group)
    group = await client.voice_in_trunk_groups.find(group_id, MEMBERS)
    say(f"{group.name}: {members(group)}")
    member_ids = group.voice_in_trunk_ids

    step("Delete the group and the trunks")
    await client.voice_in_trunk_groups.delete(group_id)
    for trunk_id in (primary.id, backup.id):
        await client.voice_in_trunks.delete(trunk_id)
    try:
        await client.voice_in_trunk_groups.find(group_id)
        group_deleted = False
    except didww.NotFoundError:
        group_deleted = True
    return {
        "group_id": group_id,
        "trunk_ids": [primary.id, backup.id],
        "members_after_update": member_ids,
        "capacity_limit": group.capacity_limit,
        "group_deleted": group_deleted,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
