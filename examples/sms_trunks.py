"""SMS trunks (API version 2026-10-22): create a trunk of each kind, route a number's messages to
a trunk and then to a trunk group, rotate generated credentials, and clean up.

This example uses ``didww.v2026_10_22``, whose requests carry a bearer token instead of the API
key. Against the real API, set ``DIDWW_TOKEN`` to a token minted for 2026-10-22 (with the write
scope) by DIDWW's token service, and ``DIDWW_ENVIRONMENT=production`` for production; against a
served simulator (``python -m didww.testing serve --api-version 2026-10-22``), set
``DIDWW_BASE_URL`` and ``DIDWW_TOKEN`` to the address and token it prints. With neither, it runs
against an in-process simulator. The number's message routing is put back at the end.

    python examples/sms_trunks.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/sms_trunks.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import v2026_10_22 as sms_api
from didww.v2026_10_22 import enums
from examples._common import Summary, masked, run_example, say, step

API_VERSION = sms_api.API_VERSION
"""The API version this example is written for (the end-to-end tests read it too)."""
Q = didww.QueryParams
ROUTING = Q().include("sms_trunk", "sms_trunk_group")
NOT_AVAILABLE = (didww.PermissionDeniedError, didww.UnprocessableEntityError)


def configurations() -> dict[str, sms_api.SmsTrunkConfiguration]:
    """One configuration of each kind. Addresses are documentation ones (example.com,
    203.0.113.0/24): use your own."""
    return {
        # Inbound messages as email.
        "sms_to_email": sms_api.SmsToEmailConfiguration(
            send_to="sms@example.com",
            subject="SMS from {SMS_SRC_ADDR}",
            message="{SMS_TEXT}",
        ),
        # Inbound messages posted to your web server as JSON.
        "http_in": sms_api.SmsHttpInConfiguration(
            url="https://example.com/sms",
            http_method=enums.SmsHttpMethod.POST,
            body_type=enums.SmsBodyType.JSON,
            body='{"text": "{SMS_TEXT}", "from": "{SMS_SRC_ADDR}", "to": "{SMS_DST_ADDR}"}',
        ),
        # Messages you send over HTTP; DIDWW generates the username and password.
        "http_out": sms_api.SmsHttpOutConfiguration(
            callback_url="https://example.com/sms/status", allowed_ips=["203.0.113.10"]
        ),
        # Your system binds to DIDWW over SMPP; DIDWW generates the system id and password.
        "smpp_esme": sms_api.SmsSmppEsmeConfiguration(
            server_location="fra", allowed_ips=["203.0.113.10"]
        ),
        # DIDWW binds to your SMSC with credentials you give.
        "smpp_smsc": sms_api.SmsSmppSmscConfiguration(
            host="smsc.example.com",
            system_id="example",
            password="secret",
            server_location="fra",
        ),
    }


GENERATED = {"http_out": ("auth_name", "auth_password"), "smpp_esme": ("system_id", "password")}
"""The kinds whose credentials DIDWW generates, and their (name, secret) fields."""


def secret_of(trunk: sms_api.SmsTrunk) -> str | None:
    _, secret = GENERATED[trunk.configuration.type]
    value = getattr(trunk.configuration, secret)
    return value if isinstance(value, str) else None


def routing(did: sms_api.DID) -> str:
    if did.sms_trunk is not None:
        return f"trunk {did.sms_trunk.name!r}"
    if did.sms_trunk_group is not None:
        return f"group {did.sms_trunk_group.name!r}"
    return "nowhere"


def first_number() -> didww.QueryParams:
    # A number that is neither cancelled nor waiting for its registration.
    return ROUTING.filter("terminated", False).sort("number").page(size=10)


def pick_number(dids: list[sms_api.DID]) -> sms_api.DID | None:
    return next((d for d in dids if not d.awaiting_registration), None)


def restore(original: sms_api.DID) -> sms_api.DID:
    """The number's routing as it was (both sides sent: one set or neither)."""
    return sms_api.DID(
        id=original.id,
        sms_trunk_id=original.sms_trunk_id,
        sms_trunk_group_id=original.sms_trunk_group_id,
    )


def run(client: sms_api.Client) -> Summary:
    step("Create a trunk of each kind")
    trunks: dict[str, sms_api.SmsTrunk] = {}
    for kind, configuration in configurations().items():
        try:
            trunk = client.sms_trunks.create(
                sms_api.SmsTrunk(name=f"Example {kind}", configuration=configuration)
            )
        except NOT_AVAILABLE as exc:
            say(f"{kind}: not available for this account ({exc})")
            continue
        trunks[kind] = trunk
        direction = "in" if trunk.allow_in else ""
        direction += "+out" if trunk.allow_out and direction else "out" if trunk.allow_out else ""
        extra = ""
        if kind in GENERATED:
            extra = f", generated secret {masked(secret_of(trunk))}"
        if kind == "http_out":
            extra += f", submit to {trunk.meta.get('host')}"
        say(f"{trunk.name}: {direction}, priority {trunk.priority}{extra}")

    step("Pick a number and remember where its messages go")
    did = pick_number(list(client.dids.list(first_number())))
    if did is None or "sms_to_email" not in trunks:
        say("no number (or no e-mail trunk) to route; cleaning up")
        _delete(client, list(trunks.values()), None)
        return {"kinds": sorted(trunks), "did_id": None}
    original = did
    say(f"{did.number}: messages go to {routing(did)}")

    step("Route its messages to the e-mail trunk")
    mail = trunks["sms_to_email"]
    client.dids.update(sms_api.DID(id=did.id, sms_trunk=mail))
    did = client.dids.find(did.id, ROUTING)
    routed_to_trunk = did.sms_trunk_id == mail.id
    say(f"{did.number}: messages go to {routing(did)}")

    step("Group the receiving trunks and route the number to the group instead")
    members = [t for k, t in trunks.items() if k in ("http_in", "smpp_smsc")]
    group = client.sms_trunk_groups.create(
        sms_api.SmsTrunkGroup(name="Example inbound", sms_trunks=members)
    )
    say(f"{group.name}: {group.meta.get('sms_trunks_count')} trunks")
    client.dids.update(sms_api.DID(id=did.id, sms_trunk_group=group))
    did = client.dids.find(did.id, ROUTING)
    routed_to_group = did.sms_trunk_group_id == group.id
    # A number routes to a trunk or a group, never both: the trunk route was cleared.
    trunk_cleared = did.sms_trunk_id is None
    say(f"{did.number}: messages go to {routing(did)} (trunk route cleared: {trunk_cleared})")

    step("Rotate the generated credentials")
    rotated: dict[str, bool] = {}
    for kind in GENERATED:
        if kind not in trunks:
            continue
        before = secret_of(trunks[kind])
        client.sms_trunk_regenerate_credentials.create(
            sms_api.SmsTrunkRegenerateCredential(sms_trunk=trunks[kind])
        )
        after = secret_of(client.sms_trunks.find(trunks[kind].id))
        rotated[kind] = after is not None and after != before
        say(f"{kind}: new secret {masked(after)}, changed: {rotated[kind]}")

    step("Put the number back and delete what was made")
    client.dids.update(restore(original))
    did = client.dids.find(original.id, ROUTING)
    restored = (did.sms_trunk_id, did.sms_trunk_group_id) == (
        original.sms_trunk_id,
        original.sms_trunk_group_id,
    )
    say(f"{did.number}: messages go to {routing(did)} again")
    deleted = _delete(client, list(trunks.values()), group)
    say(f"deleted: {deleted}")
    return {
        "kinds": sorted(trunks),
        "did_id": did.id,
        "routed_to_trunk": routed_to_trunk,
        "routed_to_group": routed_to_group,
        "trunk_cleared_by_group": trunk_cleared,
        "rotated": rotated,
        "restored": restored,
        "deleted": deleted,
    }


def _delete(
    client: sms_api.Client, trunks: list[sms_api.SmsTrunk], group: sms_api.SmsTrunkGroup | None
) -> bool:
    """Delete the group (which deletes its trunks), then the trunks left; True when none remain."""
    if group is not None:
        client.sms_trunk_groups.delete(group.id)
    made = {t.id for t in trunks}
    for trunk in client.sms_trunks.list():
        if trunk.id in made:
            client.sms_trunks.delete(trunk.id)
    return not made & {t.id for t in client.sms_trunks.list()}


async def _adelete(
    client: sms_api.AsyncClient,
    trunks: list[sms_api.SmsTrunk],
    group: sms_api.SmsTrunkGroup | None,
) -> bool:
    """:func:`_delete` with the async client."""
    if group is not None:
        await client.sms_trunk_groups.delete(group.id)
    made = {t.id for t in trunks}
    for trunk in await client.sms_trunks.list():
        if trunk.id in made:
            await client.sms_trunks.delete(trunk.id)
    return not made & {t.id for t in await client.sms_trunks.list()}


async def arun(client: sms_api.AsyncClient) -> Summary:
    step("Create a trunk of each kind")
    trunks: dict[str, sms_api.SmsTrunk] = {}
    for kind, configuration in configurations().items():
        try:
            trunks[kind] = await client.sms_trunks.create(
                sms_api.SmsTrunk(name=f"Example {kind}", configuration=configuration)
            )
        except NOT_AVAILABLE as exc:
            say(f"{kind}: not available for this account ({exc})")
    say(", ".join(f"{t.name} (priority {t.priority})" for t in trunks.values()))
    did = pick_number(list(await client.dids.list(first_number())))
    if did is None or "sms_to_email" not in trunks:
        say("no number (or no e-mail trunk) to route; cleaning up")
        await _adelete(client, list(trunks.values()), None)
        return {"kinds": sorted(trunks), "did_id": None}
    original = did

    step("Route a number's messages to a trunk, then to a group")
    await client.dids.update(sms_api.DID(id=did.id, sms_trunk=trunks["sms_to_email"]))
    did = await client.dids.find(did.id, ROUTING)
    routed_to_trunk = did.sms_trunk_id == trunks["sms_to_email"].id
    members = [t for k, t in trunks.items() if k in ("http_in", "smpp_smsc")]
    group = await client.sms_trunk_groups.create(
        sms_api.SmsTrunkGroup(name="Example inbound", sms_trunks=members)
    )
    await client.dids.update(sms_api.DID(id=did.id, sms_trunk_group=group))
    did = await client.dids.find(did.id, ROUTING)
    say(f"{did.number}: messages go to {routing(did)}")

    step("Rotate the generated credentials")
    rotated: dict[str, bool] = {}
    for kind in (k for k in GENERATED if k in trunks):
        await client.sms_trunk_regenerate_credentials.create(
            sms_api.SmsTrunkRegenerateCredential(sms_trunk=trunks[kind])
        )
        after = secret_of(await client.sms_trunks.find(trunks[kind].id))
        rotated[kind] = after is not None and after != secret_of(trunks[kind])
    say(f"changed: {rotated}")

    step("Put the number back and delete what was made")
    await client.dids.update(restore(original))
    restored_did = await client.dids.find(original.id, ROUTING)
    deleted = await _adelete(client, list(trunks.values()), group)
    say(f"{restored_did.number}: messages go to {routing(restored_did)}; deleted: {deleted}")
    return {
        "kinds": sorted(trunks),
        "did_id": did.id,
        "routed_to_trunk": routed_to_trunk,
        "routed_to_group": did.sms_trunk_group_id == group.id,
        "trunk_cleared_by_group": did.sms_trunk_id is None,
        "rotated": rotated,
        "restored": (restored_did.sms_trunk_id, restored_did.sms_trunk_group_id)
        == (original.sms_trunk_id, original.sms_trunk_group_id),
        "deleted": deleted,
    }


def main() -> None:
    run_example(__doc__, run, arun, api_version=API_VERSION)


if __name__ == "__main__":
    main()
