"""Quickstart: check the balance, browse DID groups, create a SIP trunk and route a number to it.

python examples/quickstart.py            # against an in-process simulator
python examples/quickstart.py --async    # the same with didww.AsyncClient
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/quickstart.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, run_example, say, step


def office_trunk() -> didww.VoiceInTrunk:
    """A SIP trunk to a PBX, built with keywords like every model."""
    return didww.VoiceInTrunk(
        name="Quickstart PBX",
        priority=1,
        weight=100,
        cli_format=enums.CliFormat.E164,
        ringing_timeout=30,
        configuration=didww.SIPConfiguration(
            host="sip.example.com",
            port=5060,
            codec_ids=[enums.Codec.PCMU, enums.Codec.PCMA],
            transport_protocol_id=enums.TransportProtocol.UDP,
        ),
    )


def groups_query(country_id: str) -> didww.QueryParams:
    return (
        didww.QueryParams()
        .include("stock_keeping_units")
        .filter("country.id", country_id)
        .sort("area_name")
        .page(number=1, size=5)
    )


def describe(trunk: didww.VoiceInTrunk) -> str:
    config = trunk.configuration
    if isinstance(config, didww.SIPConfiguration):
        return f"sip:{config.host}:{config.port}"
    return type(config).__name__


def dids_query() -> didww.QueryParams:
    # Relationships come back as ids only when included.
    return (
        didww.QueryParams()
        .include("voice_in_trunk", "voice_in_trunk_group")
        .filter("terminated", False)
        .page(size=1)
    )


def route_back(did: didww.DID, trunk_id: str | None, group_id: str | None) -> None:
    """Restore a number's routing (a trunk and a trunk group exclude each other)."""
    if group_id is not None:
        did.voice_in_trunk_group_id = group_id
    else:
        did.voice_in_trunk_id = trunk_id


def run(client: didww.Client) -> Summary:
    step("Balance")
    balance = client.balance.find()
    say(f"total balance {balance.total_balance} (credit {balance.credit})")

    step("DID groups in the United States, with their prices")
    us = client.countries.list(didww.QueryParams().filter("iso", "US"))[0]
    groups = client.did_groups.list(groups_query(us.id))
    for group in groups:
        prices = ", ".join(str(sku.monthly_price) for sku in group.stock_keeping_units)
        say(f"+{us.prefix} {group.prefix} {group.area_name}: monthly {prices}")

    step("Create a SIP trunk")
    trunk = client.voice_in_trunks.create(office_trunk())
    say(f"trunk {trunk.name!r} ({trunk.id}) sends calls to {describe(trunk)}")
    summary: Summary = {
        "total_balance": balance.total_balance,
        "did_groups": len(groups),
        "trunk_id": trunk.id,
        "did_id": None,
    }

    step("Route a number to the trunk")
    dids = client.dids.list(dids_query())
    if dids:
        did = dids[0]
        before = (did.voice_in_trunk_id, did.voice_in_trunk_group_id)
        did.voice_in_trunk = trunk  # also sends voice_in_trunk_group: null
        client.dids.update(did)  # only the changed relationships are sent
        routed = client.dids.find(did.id, didww.QueryParams().include("voice_in_trunk"))
        assert routed.voice_in_trunk is not None
        say(f"+{routed.number} now rings {routed.voice_in_trunk.name!r}")
        summary.update(did_id=did.id, routed_to=routed.voice_in_trunk_id)

        step("Tidy up: route the number back and delete the trunk")
        route_back(did, *before)
        client.dids.update(did)
    else:
        say("this account has no numbers yet: buy one with examples/orders.py")
    client.voice_in_trunks.delete(trunk.id)
    say(f"trunk {trunk.id} deleted")
    return summary


async def arun(client: didww.AsyncClient) -> Summary:
    step("Balance")
    balance = await client.balance.find()
    say(f"total balance {balance.total_balance}")

    step("DID groups in the United States")
    us = (await client.countries.list(didww.QueryParams().filter("iso", "US")))[0]
    groups = await client.did_groups.list(groups_query(us.id))
    say(", ".join(f"{g.area_name} ({len(g.stock_keeping_units)} SKUs)" for g in groups))

    step("Create a SIP trunk and route a number to it")
    trunk = await client.voice_in_trunks.create(office_trunk())
    summary: Summary = {
        "total_balance": balance.total_balance,
        "did_groups": len(groups),
        "trunk_id": trunk.id,
        "did_id": None,
    }
    dids = await client.dids.list(dids_query())
    if dids:
        did = dids[0]
        before = (did.voice_in_trunk_id, did.voice_in_trunk_group_id)
        did.voice_in_trunk = trunk
        await client.dids.update(did)
        routed = await client.dids.find(did.id, didww.QueryParams().include("voice_in_trunk"))
        say(f"+{routed.number} now rings trunk {routed.voice_in_trunk_id}")
        summary.update(did_id=did.id, routed_to=routed.voice_in_trunk_id)
        route_back(did, *before)
        await client.dids.update(did)
    await client.voice_in_trunks.delete(trunk.id)
    say(f"trunk {trunk.id} deleted")
    return summary


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
