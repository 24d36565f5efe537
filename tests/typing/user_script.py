"""A user's script, as ``mypy --strict`` sees it: what the SDK's types promise and refuse.

Never run; ``tests/typing/test_user_script.py`` type-checks it. A comment ``# N: <text>`` is a
note mypy must print for the next line of code (``reveal_type`` results), ``# E: <text>`` an
error it must report there, written as mypy prints them. Any other note or error, or a missing
one, fails the test, so a change in what users see is noticed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import didww
from didww import enums, v2026_10_22

if TYPE_CHECKING:
    from typing_extensions import reveal_type


def reading(client: didww.Client) -> None:
    did = client.dids.find("a-did-id")
    # N: Revealed type is "didww.v2026_04_16.models.dids.DID"
    reveal_type(did)
    # N: Revealed type is "str"
    reveal_type(did.id)
    # N: Revealed type is "str"
    reveal_type(did.number)
    # N: Revealed type is "str | None"
    reveal_type(did.description)
    # N: Revealed type is "didww.v2026_04_16.models.voice_in_trunks.VoiceInTrunk | None"
    reveal_type(did.voice_in_trunk)
    # N: Revealed type is "str | None"
    reveal_type(did.voice_in_trunk_id)
    # N: Revealed type is "bool"
    reveal_type(did.is_loaded("voice_in_trunk"))
    # N: Revealed type is "didww._resource_list.ResourceList[didww.v2026_04_16.models.dids.DID]"
    reveal_type(client.dids.list())


def writing(client: didww.Client) -> None:
    did = client.dids.find("a-did-id")
    did.description = "Front desk"
    did.capacity_limit = None
    # E: Incompatible types in assignment (expression has type "str", variable has type "ReadOnlyField")  [assignment]
    did.number = "1"
    # E: Incompatible types in assignment (expression has type "str", variable has type "int | None")  [assignment]
    did.capacity_limit = "5"
    # E: "DIDRepository" has no attribute "create"  [attr-defined]
    client.dids.create(did)
    trunk = client.voice_in_trunks.find("a-trunk-id")
    trunk.cli_format = enums.CliFormat.E164
    # E: Incompatible types in assignment (expression has type "str", variable has type "CliFormat | None")  [assignment]
    trunk.cli_format = "e164"
    # N: Revealed type is "didww.v2026_04_16.enums.CliFormat"
    reveal_type(enums.CliFormat.unchecked("e164_with_plus"))


def narrowing(client: didww.Client) -> None:
    trunk = client.voice_in_trunks.find("a-trunk-id")
    # N: Revealed type is "didww.v2026_04_16.objects.SIPConfiguration | didww.v2026_04_16.objects.PSTNConfiguration | didww.v2026_04_16.objects.GenericConfiguration"
    reveal_type(trunk.configuration)
    # E: Item "PSTNConfiguration" of "SIPConfiguration | PSTNConfiguration | GenericConfiguration" has no attribute "port"  [union-attr]
    # E: Item "GenericConfiguration" of "SIPConfiguration | PSTNConfiguration | GenericConfiguration" has no attribute "port"  [union-attr]
    print(trunk.configuration.port)
    if isinstance(trunk.configuration, didww.SIPConfiguration):
        # N: Revealed type is "didww.v2026_04_16.objects.SIPConfiguration"
        reveal_type(trunk.configuration)
        # N: Revealed type is "int | None"
        reveal_type(trunk.configuration.port)
    order = client.orders.find("an-order-id")
    for item in order.items:
        if isinstance(item, didww.EmergencyOrderItem):
            # N: Revealed type is "str | None"
            reveal_type(item.emergency_calling_service_id)


def orders_and_waiting(client: didww.Client) -> None:
    order = client.orders.create(didww.Order(items=[didww.DIDOrderItem(sku_id="a-sku", qty=1)]))
    # A list of one member kept in a variable, and a tuple, are taken as the union's members.
    numbers = [didww.DIDOrderItem(sku_id=sku, qty=1) for sku in ("a-sku", "b-sku")]
    print(didww.Order(items=numbers), didww.Order(items=(didww.CapacityOrderItem(qty=2),)))
    # E: List item 0 has incompatible type "DID"; expected "DIDOrderItem | CapacityOrderItem | EmergencyOrderItem | GenericOrderItem | UnknownOrderItem"  [list-item]
    didww.Order(items=[didww.DID()])
    # N: Revealed type is "didww.v2026_04_16.models.orders.Order"
    reveal_type(client.orders.wait(order))
    # N: Revealed type is "didww.v2026_04_16.models.orders.Order | None"
    reveal_type(client.orders.find_placed("crm-4711"))
    outcomes = client.batch(client.dids.find, ["a", "b"])
    # N: Revealed type is "list[didww._batch.Outcome[str, didww.v2026_04_16.models.dids.DID]]"
    reveal_type(outcomes)
    # E: Argument 1 to "wait" of "ExportRepository" has incompatible type "Order"; expected "str | Export"  [arg-type]
    client.exports.wait(order)
    query = didww.QueryParams().filter(didww.Unchecked("a_newer_filter"), "x")
    # N: Revealed type is "didww._query.QueryParams"
    reveal_type(query)


async def asynchronous(aclient: didww.AsyncClient) -> None:
    # N: Revealed type is "didww._resource_list.ResourceList[didww.v2026_04_16.models.dids.DID]"
    reveal_type(await aclient.dids.list())
    # N: Revealed type is "didww.v2026_04_16.models.dids.DID"
    reveal_type(await aclient.dids.find("a-did-id"))
    async for did in aclient.dids.iter():
        # N: Revealed type is "didww.v2026_04_16.models.dids.DID"
        reveal_type(did)
    # E: "Coroutine[Any, Any, DID]" has no attribute "number"  [attr-defined]
    # N: Maybe you forgot to use "await"?
    print(aclient.dids.find("a-did-id").number)


def next_version(token: str) -> None:
    with v2026_10_22.Client(token=token) as api:
        # N: Revealed type is "didww.v2026_10_22.models.sms_trunks.SmsTrunk"
        reveal_type(api.sms_trunks.find("an-sms-trunk-id"))
        group = api.did_groups.find("a-group-id")
        # N: Revealed type is "didww.v2026_10_22.enums.NumberType"
        reveal_type(group.number_type)
        trunk = api.voice_in_trunks.find("a-trunk-id")
        # N: Revealed type is "didww.v2026_10_22.enums.PointOfPresence | None"
        reveal_type(trunk.pop)
        # E: "Client" has no attribute "pops"  [attr-defined]
        api.pops.list()
        # E: Incompatible types in assignment (expression has type "didww.v2026_10_22.models.dids.DID", variable has type "didww.v2026_04_16.models.dids.DID")  [assignment]
        did: didww.DID = api.dids.find("a-did-id")
        print(did)
    # E: Unexpected keyword argument "api_version" for "Client"  [call-arg]
    # N: "Client" defined in "didww._client"
    v2026_10_22.Client(token=token, api_version="2026-04-16")


def callbacks(form: dict[str, str], url: str, signature: str, secret: str) -> bool:
    event = didww.webhooks.parse(form, url=url, signature=signature, secret=secret)
    if isinstance(event, didww.ExportCallback):
        # N: Revealed type is "didww.v2026_04_16.enums.ExportStatus | didww.v2026_10_22.enums.ExportStatus"
        reveal_type(event.status)
        # A handler of either version compares with its own enum's members.
        if event.status == v2026_10_22.enums.ExportStatus.COMPLETED:
            return True
        return event.status == enums.ExportStatus.COMPLETED
    return False


def json_callbacks(body: bytes, url: str, signature: str | None, secret: str) -> int:
    events = didww.webhooks.parse_json(body, url=url, signature=signature, secret=secret)
    blocked = 0
    for event in events:
        if isinstance(event, didww.VoiceOutTrunkCallback):
            # N: Revealed type is "bool | None"
            reveal_type(event.threshold_reached)
            # N: Revealed type is "datetime.datetime | None"
            reveal_type(event.created_at)
            blocked += event.status == v2026_10_22.enums.VoiceOutTrunkStatus.BLOCKED
    # E: Argument 1 to "parse_json" has incompatible type "dict[str, str]"; expected "bytes | bytearray | memoryview[int] | str"  [arg-type]
    didww.webhooks.parse_json({"id": "1"}, url=url, signature=signature, secret=secret)
    # E: Unexpected keyword argument "methd" for "parse"; did you mean "method"?  [call-arg]
    # N: "parse" defined in "didww.webhooks"
    didww.webhooks.parse({}, url=url, signature=signature, secret=secret, methd="GET")
    return blocked


def sparse(client: didww.Client) -> None:
    client.dids.list(didww.QueryParams().fields("dids", ["number", "description"]))
    # E: Argument 2 to "fields" of "QueryParams" has incompatible type "str"; expected "list[str] | tuple[str, ...] | AbstractSet[str]"  [arg-type]
    didww.QueryParams().fields("dids", "number")
