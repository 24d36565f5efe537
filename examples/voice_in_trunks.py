"""Voice IN trunks: create a SIP and a PSTN trunk, update them, then delete them.

Edits inside a trunk's configuration are tracked like any other field: changing the port or
appending a codec sends just that part of the configuration.

    python examples/voice_in_trunks.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/voice_in_trunks.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, run_example, say, step

EXAMPLE_TRUNKS = didww.QueryParams().filter("name", ["Example SIP", "Example PSTN"]).sort("name")


def sip_trunk() -> didww.VoiceInTrunk:
    return didww.VoiceInTrunk(
        name="Example SIP",
        priority=1,
        weight=100,
        capacity_limit=10,
        cli_format=enums.CliFormat.E164,
        ringing_timeout=30,
        configuration=didww.SIPConfiguration(
            host="sip.example.com",
            port=5060,
            username="{DID}",  # DIDWW puts the called number here
            codec_ids=[enums.Codec.PCMU, enums.Codec.PCMA],
            transport_protocol_id=enums.TransportProtocol.UDP,
            rx_dtmf_format_id=enums.RxDtmfFormat.RFC_2833,
        ),
    )


def pstn_trunk() -> didww.VoiceInTrunk:
    # Forwards calls to a phone number over the public telephone network.
    return didww.VoiceInTrunk(
        name="Example PSTN", configuration=didww.PSTNConfiguration(dst="442071838750")
    )


def sip(trunk: didww.VoiceInTrunk) -> didww.SIPConfiguration:
    assert isinstance(trunk.configuration, didww.SIPConfiguration)
    return trunk.configuration


def pstn(trunk: didww.VoiceInTrunk) -> didww.PSTNConfiguration:
    assert isinstance(trunk.configuration, didww.PSTNConfiguration)
    return trunk.configuration


def edit_sip(trunk: didww.VoiceInTrunk) -> None:
    trunk.description = "Moved to port 5070, G.729 allowed"
    config = sip(trunk)
    config.port = 5070
    config.codec_ids.append(enums.Codec.G729)  # in-place list edits are tracked too


def run(client: didww.Client) -> Summary:
    step("Create a SIP trunk and a PSTN trunk")
    sip_created = client.voice_in_trunks.create(sip_trunk())
    pstn_created = client.voice_in_trunks.create(pstn_trunk())
    config = sip(sip_created)
    say(
        f"{sip_created.name}: sip:{config.username}@{config.host}:{config.port}, "
        f"codecs {[c.name for c in config.codec_ids]}"
    )
    say(f"{pstn_created.name}: forwards to +{pstn(pstn_created).dst}")

    step("List them")
    for trunk in client.voice_in_trunks.list(EXAMPLE_TRUNKS):
        kind = type(trunk.configuration).__name__
        say(f"{trunk.name} ({kind}), created {trunk.created_at:%Y-%m-%d %H:%M} UTC")

    step("Update the SIP trunk: a nested field and a list")
    edit_sip(sip_created)
    sip_updated = client.voice_in_trunks.update(sip_created)
    say(f"port {sip(sip_updated).port}, codecs {[c.name for c in sip(sip_updated).codec_ids]}")

    step("Update the PSTN trunk's destination")
    pstn(pstn_created).dst = "442071838751"
    pstn_updated = client.voice_in_trunks.update(pstn_created)
    say(f"forwards to +{pstn(pstn_updated).dst}")

    step("Delete both")
    deleted = []
    for trunk_id in (sip_created.id, pstn_created.id):
        client.voice_in_trunks.delete(trunk_id)
        try:
            client.voice_in_trunks.find(trunk_id)
        except didww.NotFoundError:
            deleted.append(trunk_id)
            say(f"{trunk_id} is gone")
    return {
        "sip_trunk_id": sip_created.id,
        "pstn_trunk_id": pstn_created.id,
        "sip_port": sip(sip_updated).port,
        "sip_codecs": [c.name for c in sip(sip_updated).codec_ids],
        "pstn_dst": pstn(pstn_updated).dst,
        "deleted": deleted,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Create a SIP trunk and a PSTN trunk")
    sip_created = await client.voice_in_trunks.create(sip_trunk())
    pstn_created = await client.voice_in_trunks.create(pstn_trunk())
    listed = await client.voice_in_trunks.list(EXAMPLE_TRUNKS)
    say(", ".join(f"{t.name} ({t.id})" for t in listed))

    step("Update both")
    edit_sip(sip_created)
    sip_updated = await client.voice_in_trunks.update(sip_created)
    pstn(pstn_created).dst = "442071838751"
    pstn_updated = await client.voice_in_trunks.update(pstn_created)
    say(f"SIP port {sip(sip_updated).port}, PSTN to +{pstn(pstn_updated).dst}")

    step("Delete both")
    deleted = []
    for trunk_id in (sip_created.id, pstn_created.id):
        await client.voice_in_trunks.delete(trunk_id)
        try:
            await client.voice_in_trunks.find(trunk_id)
        except didww.NotFoundError:
            deleted.append(trunk_id)
    say(f"deleted {len(deleted)} trunks")
    return {
        "sip_trunk_id": sip_created.id,
        "pstn_trunk_id": pstn_created.id,
        "sip_port": sip(sip_updated).port,
        "sip_codecs": [c.name for c in sip(sip_updated).codec_ids],
        "pstn_dst": pstn(pstn_updated).dst,
        "deleted": deleted,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
