"""DIDs: update a number, route it to a trunk and then to a trunk group, and clear fields.

Only what changed is sent: an update of a number you fetched sends the fields you set, a number
built from its id alone sends just the fields given, and setting a field to None sends null. The
number is put back as it was at the end.

    python examples/dids.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/dids.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from typing import NamedTuple

import didww
from examples._common import Summary, run_example, say, step

# Relationships come back as ids only when they are included.
ROUTING = didww.QueryParams().include("voice_in_trunk", "voice_in_trunk_group")


def first_number_query() -> didww.QueryParams:
    return ROUTING.filter("terminated", False).sort("number").page(size=1)


def temporary_trunk() -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(
        name="Example: DID routing",
        configuration=didww.SIPConfiguration(host="pbx.example.com", port=5060),
    )


def routing(did: didww.DID) -> str:
    if did.voice_in_trunk is not None:
        return f"trunk {did.voice_in_trunk.name!r}"
    if did.voice_in_trunk_group is not None:
        return f"trunk group {did.voice_in_trunk_group.name!r}"
    return "nowhere"


class Snapshot(NamedTuple):
    """What this example changes on a number, to put it back afterwards."""

    description: str | None
    capacity_limit: int | None
    trunk_id: str | None
    group_id: str | None

    @classmethod
    def of(cls, did: didww.DID) -> Snapshot:
        return cls(
            did.description, did.capacity_limit, did.voice_in_trunk_id, did.voice_in_trunk_group_id
        )

    def restore(self, did_id: str) -> didww.DID:
        """An update putting the number back (a trunk and a trunk group exclude each other)."""
        did = didww.DID(did_id, description=self.description, capacity_limit=self.capacity_limit)
        if self.group_id is not None:
            did.voice_in_trunk_group_id = self.group_id
        else:
            did.voice_in_trunk_id = self.trunk_id
        return did


def run(client: didww.Client) -> Summary:
    step("Pick a number")
    found = client.dids.list(first_number_query())
    if not found:
        say("this account has no numbers yet: buy one with examples/orders.py")
        return {"did_id": None}
    did = found[0]
    did_id = did.id
    original = Snapshot.of(did)
    say(f"+{did.number}: {did.description!r}, capacity {did.capacity_limit}, to {routing(did)}")

    step("Update fields of the fetched number")
    did.description = "Sales line"
    did.capacity_limit = 5
    did = client.dids.update(did)  # sends description and capacity_limit only
    say(f"description {did.description!r}, capacity limit {did.capacity_limit}")

    step("Update without fetching: a model built from the id")
    did = client.dids.update(didww.DID(did_id, description="Sales line (EU)"))
    say(f"description {did.description!r}")

    step("Route it to a trunk")
    trunk = client.voice_in_trunks.create(temporary_trunk())
    did.voice_in_trunk = trunk  # also sends voice_in_trunk_group: null
    client.dids.update(did)
    to_trunk = client.dids.find(did_id, ROUTING)
    say(f"now routed to {routing(to_trunk)}")

    step("Route it to a trunk group instead")
    group = client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="Example: DID routing", voice_in_trunks=[trunk])
    )
    did.voice_in_trunk_group = group  # clears voice_in_trunk, they exclude each other
    client.dids.update(did)
    to_group = client.dids.find(did_id, ROUTING)
    say(f"now routed to {routing(to_group)}")

    step("Rename the group through the included copy")
    included = to_group.voice_in_trunk_group
    assert included is not None
    included.name = "Example: renamed group"
    client.voice_in_trunk_groups.update(included)  # included models track changes too
    say(f"group renamed to {client.voice_in_trunk_groups.find(group.id).name!r}")

    step("Clear fields: None is sent as null")
    did.description = None
    did.capacity_limit = None
    did.voice_in_trunk_group = None
    client.dids.update(did)
    cleared = client.dids.find(did_id, ROUTING)
    say(
        f"description {cleared.description!r}, capacity {cleared.capacity_limit}, "
        f"to {routing(cleared)}"
    )

    step("Tidy up: put the number back, delete the group and the trunk")
    client.dids.update(original.restore(did_id))
    client.voice_in_trunk_groups.delete(group)
    client.voice_in_trunks.delete(trunk)
    restored = Snapshot.of(client.dids.find(did_id, ROUTING))
    say(f"description {restored.description!r}, capacity {restored.capacity_limit}")
    return {
        "did_id": did_id,
        "routed_to_trunk": to_trunk.voice_in_trunk_id == trunk.id,
        "routed_to_group": to_group.voice_in_trunk_group_id == group.id,
        "trunk_cleared_by_group": to_group.voice_in_trunk_id is None,
        "cleared": (cleared.description, cleared.capacity_limit, cleared.voice_in_trunk_group_id),
        "trunk_id": trunk.id,
        "group_id": group.id,
        "original": original,
        "restored": restored,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Pick a number")
    found = await client.dids.list(first_number_query())
    if not found:
        say("this account has no numbers yet: buy one with examples/orders.py")
        return {"did_id": None}
    did = found[0]
    did_id = did.id
    original = Snapshot.of(did)
    say(f"+{did.number} routed to {routing(did)}")

    step("Update, route to a trunk, then to a trunk group")
    did.description = "Sales line"
    did.capacity_limit = 5
    did = await client.dids.update(did)
    trunk = await client.voice_in_trunks.create(temporary_trunk())
    did.voice_in_trunk = trunk
    await client.dids.update(did)
    to_trunk = await client.dids.find(did_id, ROUTING)
    group = await client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="Example: DID routing", voice_in_trunks=[trunk])
    )
    did.voice_in_trunk_group = group
    await client.dids.update(did)
    to_group = await client.dids.find(did_id, ROUTING)
    say(f"routed to {routing(to_trunk)}, then to {routing(to_group)}")

    step("Clear fields, then put the number back")
    did.description = None
    did.capacity_limit = None
    did.voice_in_trunk_group = None
    await client.dids.update(did)
    cleared = await client.dids.find(did_id, ROUTING)
    await client.dids.update(original.restore(did_id))
    await client.voice_in_trunk_groups.delete(group)
    await client.voice_in_trunks.delete(trunk)
    restored = Snapshot.of(await client.dids.find(did_id, ROUTING))
    say(f"cleared to {cleared.description!r}/{cleared.capacity_limit}, then restored")
    return {
        "did_id": did_id,
        "routed_to_trunk": to_trunk.voice_in_trunk_id == trunk.id,
        "routed_to_group": to_group.voice_in_trunk_group_id == group.id,
        "trunk_cleared_by_group": to_group.voice_in_trunk_id is None,
        "cleared": (cleared.description, cleared.capacity_limit, cleared.voice_in_trunk_group_id),
        "trunk_id": trunk.id,
        "group_id": group.id,
        "original": original,
        "restored": restored,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
