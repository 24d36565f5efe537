"""What two outside trials (a team moving a script to API 2026-10-22, a team running
``mypy --strict`` and the simulator fixtures) found, fixed: refusals that read like a crash or
name the wrong credential, a list parameter a type checker refused, a trunk-group limit and a
stored default the 2026-10-22 document states, and unloaded fields that broke ``hasattr``."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import inspect
import io
import logging
import pickle
import traceback
from collections import UserString
from collections.abc import Callable, Sequence
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator, SimulatorUsageError
from tests.testing.raw_requests import JSON_API, raw_client
from tests.transport.faultserver import FaultServer, redirect

# -- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        didww.QueryParams().filter("pending_removal", True),
        didww.QueryParams().include("pop"),
        didww.QueryParams().sort("no_such_field"),
    ],
)
def test_a_query_refusal_carries_no_internal_exception(query: didww.QueryParams) -> None:
    client = Simulator(api_version="2026-10-22").client()
    with pytest.raises(didww.ClientError) as info:
        client.dids.list(query)
    # Nothing failed before the refusal: no KeyError of a cache lookup shows as its context.
    assert info.value.__context__ is None and info.value.__cause__ is None


def test_refusals_put_an_before_a_vowel() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    order = Simulator().client().orders.find(SEED.order)
    with pytest.raises(didww.ClientError) as info:
        sim.client().orders.update(order)
    message = str(info.value)
    assert "expected an Order of API version 2026-10-22, got an Order of API version 2026-04" in (
        message
    )
    with pytest.raises(didww.ClientError, match="expected an ExportType of API version 2026-10"):
        v1022.Export(export_type=v0416.enums.ExportType.CDR_IN)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match=r"expected a DID, got VoiceInTrunk"):
        Simulator().client().dids.update(v0416.VoiceInTrunk(id="x"))  # type: ignore[arg-type]


def test_a_refused_api_key_on_a_bearer_download_is_named_as_the_key() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22", export_delay=0)
    client = sim.client()
    day = dt.datetime.fromtimestamp(sim.clock(), dt.timezone.utc).date() - dt.timedelta(days=1)
    export = client.exports.create(
        v1022.Export(
            export_type=v1022.enums.ExportType.CDR_IN,
            filters={"from": f"{day} 00:00:00", "to": f"{day} 01:00:00"},
        )
    )
    with (
        sim.client(api_key="not-the-key") as wrong,
        pytest.raises(didww.AuthenticationError) as info,
    ):
        wrong.exports.download(wrong.exports.find(export.id), io.BytesIO())
    message = str(info.value)
    assert "an API key works only in the environment it was made for" in message
    assert "bearer token" not in message and "not-the-key" not in message
    # A refused token on an ordinary request still names the token.
    with (
        sim.client(token="e30.e30.e30", token_provider=None) as stale,
        pytest.raises(didww.AuthenticationError, match="the bearer token was refused"),
    ):
        stale.dids.list()


# -- a union's members as a sequence ------------------------------------------------------------


def test_an_order_takes_its_items_as_any_sequence_and_keeps_a_list() -> None:
    items: Sequence[didww.OrderItem] = (
        didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1),
        didww.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool, qty=2),
    )
    order = didww.Order(items=items)
    assert isinstance(order.items, list) and order.items == list(items)
    numbers = [didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)]
    assert didww.Order(items=numbers).items == numbers


@pytest.mark.parametrize("items", ["DIDOrderItem", b"items", iter([])])
def test_an_order_refuses_text_or_an_iterator_for_its_items(items: Any) -> None:
    with pytest.raises(didww.ClientError, match=r"Order\.items: expected list, got"):
        didww.Order(items=items)


# -- 2026-10-22 trunk groups and trunks ---------------------------------------------------------


def _trunks(client: Any, count: int) -> list[Any]:
    return [
        client.voice_in_trunks.create(
            v1022.VoiceInTrunk(
                name=f"t{i}",
                configuration=v1022.SIPConfiguration(
                    host="pbx.example", codec_ids=[v1022.enums.Codec.PCMU]
                ),
            )
        )
        for i in range(count)
    ]


def test_a_2026_10_22_trunk_group_holds_at_most_ten_trunks() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    trunks = _trunks(client, 11)
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match="holds 11 resources; the API takes at most 10"):
        client.voice_in_trunk_groups.create(
            v1022.VoiceInTrunkGroup(name="g", voice_in_trunks=trunks)
        )
    assert list(sim.requests) == []
    group = client.voice_in_trunk_groups.create(
        v1022.VoiceInTrunkGroup(name="g", voice_in_trunks=trunks[:10])
    )
    assert len(group.voice_in_trunk_ids) == 10
    # 2026-04-16 states no limit.
    old = Simulator().client()
    eleven = [
        old.voice_in_trunks.create(
            v0416.VoiceInTrunk(name=f"t{i}", configuration=v0416.SIPConfiguration(host="pbx"))
        )
        for i in range(11)
    ]
    made = old.voice_in_trunk_groups.create(
        v0416.VoiceInTrunkGroup(name="g", voice_in_trunks=eleven)
    )
    assert len(made.voice_in_trunk_ids) == 11


def test_the_simulator_counts_a_repeated_trunk_once() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    trunks = _trunks(sim.client(), 11)
    refs = [{"type": "voice_in_trunks", "id": t.id} for t in trunks]

    def create(linkage: list[dict[str, str]], name: str) -> Any:
        body = {
            "data": {
                "type": "voice_in_trunk_groups",
                "attributes": {"name": name},
                "relationships": {"voice_in_trunks": {"data": linkage}},
            }
        }
        with raw_client(sim, headers=JSON_API) as http:
            return http.post("/voice_in_trunk_groups", json=body)

    answer = create(refs, "eleven")
    assert answer.status_code == 422
    assert "takes at most 10 members, not 11" in answer.json()["errors"][0]["detail"]
    # Ten distinct trunks, one named twice: ten members.
    answer = create(refs[:10] + refs[:1], "ten")
    assert answer.status_code == 201, answer.text


@pytest.mark.parametrize(("version", "stored"), [("2026-10-22", "e164"), ("2026-04-16", None)])
def test_a_null_cli_format_is_stored_as_the_document_says(version: str, stored: str | None) -> None:
    client: Any = Simulator(api_version=version).client()
    api = v1022 if version == "2026-10-22" else v0416
    trunk = client.voice_in_trunks.create(
        api.VoiceInTrunk(
            name="t",
            configuration=api.SIPConfiguration(
                host="pbx.example", codec_ids=[api.enums.Codec.PCMU]
            ),
            cli_format=None,
        )
    )
    found = client.voice_in_trunks.find(trunk.id).cli_format
    assert (found if found is None else found.value) == stored


# -- unloaded fields and Python's own attribute questions -----------------------------------------


def test_an_unloaded_field_is_an_attribute_error_to_python() -> None:
    did = Simulator().client().dids.find(SEED.did_us)  # no include: relationships not loaded
    with pytest.raises(didww.NotLoadedError) as info:
        print(did.voice_in_trunk)
    assert isinstance(info.value, AttributeError) and isinstance(info.value, didww.DidwwError)
    assert "include" in str(info.value)
    assert not hasattr(did, "voice_in_trunk") and hasattr(did, "number")
    assert getattr(did, "voice_in_trunk", "absent") == "absent"
    names = dict(inspect.getmembers(did))
    assert names["number"] == did.number and "voice_in_trunk" not in names
    match did:
        case didww.DID(voice_in_trunk=trunk):
            pytest.fail(f"matched an unloaded relationship: {trunk!r}")
        case didww.DID(number=number):
            assert number == did.number


# -- names and values of the other API version --------------------------------------------------


@pytest.mark.parametrize(
    ("query", "resource", "what"),
    [
        (didww.QueryParams().filter("pending_removal", True), "dids", "a filter"),
        (didww.QueryParams().include("pop"), "voice_in_trunks", "an include"),
        (didww.QueryParams().sort("number"), "available_dids", "a sort"),
    ],
)
def test_a_name_of_the_other_version_is_named_as_such(
    query: didww.QueryParams, resource: str, what: str
) -> None:
    client = Simulator(api_version="2026-10-22").client()
    with pytest.raises(didww.ClientError) as info:
        getattr(client, resource).list(query)
    message = str(info.value)
    assert f"It is {what} of API version 2026-04-16, not of 2026-10-22" in message
    assert "use the clients of didww.v2026_04_16" in message
    # Wrapping it in Unchecked would only get a 400 from this version: not offered.
    assert "Unchecked" not in message


def test_a_name_no_version_knows_is_offered_unchecked() -> None:
    client = Simulator(api_version="2026-10-22").client()
    with pytest.raises(didww.ClientError) as info:
        client.dids.list(didww.QueryParams().filter("brand_new", 1))
    assert "didww.Unchecked('brand_new')" in str(info.value)
    assert "API version 2026-04-16" not in str(info.value)


def test_an_enum_refuses_a_non_wire_value_without_offering_unchecked() -> None:
    pop = Simulator().client().pops.list()[0]
    with pytest.raises(didww.ClientError) as info:
        v1022.VoiceInTrunk(pop=pop)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith("VoiceInTrunk.pop: a Pop is not a member of PointOfPresence")
    assert "unchecked" not in message
    with pytest.raises(didww.ClientError, match=r"'1' \(a str\) is not a member") as info:
        v1022.SIPConfiguration(transport_protocol_id="1")  # type: ignore[arg-type]
    assert "unchecked" not in str(info.value)
    # A wire value the SDK does not know yet still gets the escape hatch.
    with pytest.raises(didww.ClientError, match=r"PointOfPresence\.unchecked\('XYZ'\)"):
        v1022.VoiceInTrunk(pop="XYZ")  # type: ignore[arg-type]


@pytest.mark.parametrize("version", ["2026-10-22", "2026-04-16"])
def test_a_capacity_item_without_qty_buys_one_channel_where_the_document_says(
    version: str,
) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v1022 if version == "2026-10-22" else v0416
    order = api.Order(items=[api.CapacityOrderItem(capacity_pool_id=SEED.capacity_pool)])
    if version == "2026-04-16":
        with pytest.raises(didww.BadRequestError, match="qty is required"):
            client.orders.create(order)
        return
    (item,) = client.orders.create(order).items
    assert isinstance(item, v1022.CapacityOrderItem) and item.qty == 1


# -- a fault or a log query that can match nothing --------------------------------------------


def test_a_fault_for_a_path_the_version_does_not_serve_is_refused() -> None:
    sim: Simulator[Any, Any] = Simulator()
    with pytest.raises(SimulatorUsageError, match=r"serves no '/orderz'; did you mean '/orders'"):
        sim.faults.add(status=503, path="/orderz")
    assert len(sim.faults) == 0
    sim.faults.add(status=503, path="/orders/some-id")  # below a served path: fine
    sim.faults.add(status=503, path="/pops")  # 2026-04-16 has points of presence
    later: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with pytest.raises(SimulatorUsageError, match=r"serves no '/pops'"):
        later.faults.add(kind="drop", path="/pops")
    with pytest.raises(SimulatorUsageError, match=r"serves no '/didz'"):
        later.requests.matching(path="/didz")
    assert later.requests.matching(path="/dids") == []


def test_a_repository_repr_names_its_resource_and_version_but_no_credential() -> None:
    client = didww.Client(api_key="the-secret-key-4711")
    assert repr(client.dids) == "<DIDRepository /dids of API version 2026-04-16>"
    later = v1022.AsyncClient(token="aaa.bbb.ccc")
    assert (
        repr(later.sms_trunks) == "<AsyncSmsTrunkRepository /sms_trunks of API version 2026-10-22>"
    )
    assert "4711" not in repr(client.dids) and "aaa" not in repr(later.sms_trunks)
    client.close()


def test_an_unloaded_field_error_offers_no_other_unloaded_name_and_survives_pickling() -> None:
    did = Simulator().client().dids.find(SEED.did_us)
    with pytest.raises(didww.NotLoadedError) as info:
        print(did.capacity_pool)
    error = info.value
    # Python (3.12 and later) would suggest 'capacity_pool_id', which is just as unloaded.
    assert "Did you mean" not in "".join(traceback.format_exception(error))
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(again) is didww.NotLoadedError
        assert (again.model, again.field, str(again)) == ("DID", "capacity_pool", str(error))


def test_a_repeated_trunk_is_named_before_the_count() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    trunks = _trunks(client, 10)
    with pytest.raises(didww.ClientError, match=r"voice_in_trunks holds .* twice"):
        client.voice_in_trunk_groups.create(
            v1022.VoiceInTrunkGroup(name="g", voice_in_trunks=[*trunks, trunks[0]])
        )


@pytest.mark.parametrize("text", [memoryview(b"ab"), UserString("ab")])
def test_a_list_attribute_refuses_text_like_sequences(text: Any) -> None:
    with pytest.raises(didww.ClientError, match=r"codec_ids: expected list"):
        v1022.SIPConfiguration(codec_ids=text)


# -- the third trial: 2026-10-22 regulatory and routing flows ----------------------------------


def test_a_constructor_given_both_forms_of_a_relationship_refuses() -> None:
    with pytest.raises(didww.ClientError, match="voice_in_trunks and voice_in_trunk_ids both set"):
        v1022.VoiceInTrunkGroup(voice_in_trunks=[], voice_in_trunk_ids=["x"])
    with pytest.raises(didww.ClientError, match="dids and did_ids both set dids"):
        v1022.AddressVerification(dids=[], did_ids=["d"])
    # One form alone is as before.
    assert v1022.VoiceInTrunkGroup(voice_in_trunk_ids=["x"]).voice_in_trunk_ids == ["x"]


def test_a_trunk_cannot_join_a_full_group_from_its_own_side() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    trunks = _trunks(client, 11)
    group = client.voice_in_trunk_groups.create(
        v1022.VoiceInTrunkGroup(name="g", voice_in_trunks=trunks[:10])
    )
    eleventh = trunks[10]
    eleventh.voice_in_trunk_group = group
    with pytest.raises(
        didww.UnprocessableEntityError, match="holds at most 10 voice_in_trunks, and would hold 11"
    ):
        client.voice_in_trunks.update(eleventh)
    found = client.voice_in_trunk_groups.find(
        group.id, didww.QueryParams().include("voice_in_trunks")
    )
    assert len(found.voice_in_trunk_ids) == 10
    again = client.voice_in_trunks.find(
        eleventh.id, didww.QueryParams().include("voice_in_trunk_group")
    )
    assert again.voice_in_trunk_group is None


@pytest.mark.parametrize(
    ("version", "stored"), [("2026-10-22", ["44", "49"]), ("2026-04-16", ["44", "49", "44"])]
)
def test_repeated_destination_prefixes_are_stored_as_the_document_says(
    version: str, stored: list[str]
) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v1022 if version == "2026-10-22" else v0416
    sid = "AC" + "0123456789abcdef" * 2
    trunk = client.voice_out_trunks.create(
        api.VoiceOutTrunk(
            name="Out",
            authentication_method=api.TwilioAuthentication(twilio_account_sid=sid),
            on_cli_mismatch_action=api.enums.OnCliMismatchAction.REJECT_CALL,
            dst_prefixes=["44", "49", "44"],
        )
    )
    assert client.voice_out_trunks.find(trunk.id).dst_prefixes == stored


# -- the security trial -------------------------------------------------------------------------


def _on_trunks(kind: str, base_url: str, operation: Callable[[Any], Any]) -> None:
    """``operation(client.voice_in_trunks)`` with a sync client, or awaited with an async one."""
    if kind == "sync":
        with didww.Client(api_key="k", base_url=base_url, max_retries=0) as client:
            operation(client.voice_in_trunks)
        return

    async def run() -> None:
        async with didww.AsyncClient(api_key="k", base_url=base_url, max_retries=0) as client:
            await operation(client.voice_in_trunks)

    asyncio.run(run())


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_redirect_to_another_host_is_not_followed_with_the_body(status: int, kind: str) -> None:
    trunk = v0416.VoiceInTrunk(
        name="T",
        configuration=v0416.SIPConfiguration(
            host="pbx.example", auth_enabled=True, auth_user="u", auth_password="PWsecret42"
        ),
    )
    with FaultServer() as api, FaultServer() as other:
        api.queue(redirect(f"{other.url}/steal", status=status))
        with pytest.raises(didww.APIConnectionError, match="not followed") as info:
            _on_trunks(kind, api.url, lambda trunks: trunks.create(trunk))
        assert other.received == []
    assert "PWsecret42" not in str(info.value)


@pytest.mark.parametrize(
    ("status", "method", "processed"),
    [
        (301, "DELETE", False),
        (307, "PATCH", False),
        (302, "POST", True),
        (303, "POST", True),
        (308, "POST", False),
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_write_answered_with_a_redirect_is_not_followed(
    status: int, method: str, processed: bool, kind: str
) -> None:
    # The API redirects no write. Followed, a 301 to a DELETE deleted whatever the Location
    # named (a DID), and a 303 to a create turned into a GET whose record create() returned as
    # the new trunk.
    trunk = v0416.VoiceInTrunk(name="T", configuration=v0416.SIPConfiguration(host="pbx"))
    saved = v0416.VoiceInTrunk.from_json({"type": "voice_in_trunks", "id": "t1"})
    saved.name = "renamed"
    operations: dict[str, Callable[[Any], Any]] = {
        "DELETE": lambda trunks: trunks.delete("t1"),
        "PATCH": lambda trunks: trunks.update(saved),
        "POST": lambda trunks: trunks.create(trunk),
    }
    with FaultServer() as api:
        api.queue(redirect(f"{api.url}/dids/d1", status=status))
        with pytest.raises(didww.APIConnectionError, match="not followed") as info:
            _on_trunks(kind, api.url, operations[method])
        assert [(r.method, r.path) for r in api.received] == [
            (method, "/v3/voice_in_trunks" + ("" if method == "POST" else "/t1"))
        ]
    assert info.value.may_have_been_processed is processed
    assert f"a {method} goes only to the URL it was made for" in str(info.value)


@pytest.mark.parametrize("location", ["https://api.didww.com:99999/x", "mailto:x@example.com"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_303_to_a_create_says_it_may_be_done_whatever_its_location(
    location: str, kind: str
) -> None:
    # A Location no request can follow was refused first, as unusable, without the flag.
    trunk = v0416.VoiceInTrunk(name="T", configuration=v0416.SIPConfiguration(host="pbx"))
    with FaultServer() as api:
        api.queue(redirect(location, status=303))
        with pytest.raises(didww.APIConnectionError, match="not followed") as info:
            _on_trunks(kind, api.url, lambda trunks: trunks.create(trunk))
    assert info.value.may_have_been_processed is True


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_redirected_create_through_your_http_client_says_it_may_be_done(kind: str) -> None:
    # httpx fails on a Location it cannot build before the SDK sees the 303; the status is
    # then unknown, and the create is taken as possibly done.
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(303, headers={"Location": "https://xn--a.com/"})

    trunk = v0416.VoiceInTrunk(name="T", configuration=v0416.SIPConfiguration(host="pbx"))
    with pytest.raises(didww.APIConnectionError, match="not followed") as info:
        if kind == "sync":
            http = httpx.Client(transport=httpx.MockTransport(answer))
            with didww.Client(api_key="k", http_client=http, max_retries=0) as client:
                client.voice_in_trunks.create(trunk)
        else:

            async def run() -> None:
                http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
                async with didww.AsyncClient(api_key="k", http_client=http, max_retries=0) as c:
                    await c.voice_in_trunks.create(trunk)

            asyncio.run(run())
    assert info.value.may_have_been_processed is True
    assert "a POST goes only to the URL it was made for" in str(info.value)


@pytest.mark.parametrize(
    "password",
    [
        "PW'secret9",
        'PW"secret9',
        "PW secret9",
        "PW?secret9",
        "PW#secret9",
        "PW/secret9",
        "PW\\secret9",
    ],
)
def test_a_base_url_password_is_hidden_whatever_it_holds(
    password: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://user:{password}@127.0.0.1:1/v3"
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    try:
        client = didww.Client(api_key="k", base_url=url, max_retries=0)
        shown.append(repr(client))
        with pytest.raises(didww.APIConnectionError) as info:
            client.balance.find()
        shown.append(str(info.value))
        client.close()
    except didww.ClientError as refused:  # not a usable base URL: refused, and said so
        shown.append(str(refused))
    shown.append(caplog.text)
    assert all("secret9" not in text for text in shown), shown


def test_a_callback_url_value_is_hidden_whole_in_a_repr() -> None:
    order = didww.Order(
        callback_url="https://user:p'wSECRET1@h.example/cb?token=ab cdSECRET2&signature=x'ySECRET3"
    )
    assert "SECRET" not in repr(order)
    assert "h.example/cb" in repr(order)


def test_an_error_keeps_no_echo_of_the_requests_secrets_in_its_response() -> None:
    key, password = "KEYSECRETzz91", "PWsecretX7"
    sim: Simulator[Any, Any] = Simulator(api_key=key)
    client = sim.client(max_retries=0)
    sim.faults.add(status=500, body=f"<html>echo: password={password} key={key}</html>")
    trunk = v0416.VoiceInTrunk(
        name="T",
        configuration=v0416.SIPConfiguration(
            host="h.example", auth_enabled=True, auth_user="u", auth_password=password
        ),
    )
    with pytest.raises(didww.APIError) as info:
        client.voice_in_trunks.create(trunk)
    error = info.value
    assert error.response is not None
    assert error.response.text == "<html>echo: password=[FILTERED] key=[FILTERED]</html>"
    kept = pickle.dumps(error)
    assert key.encode() not in kept and password.encode() not in kept
    again = pickle.loads(kept)
    assert type(again) is didww.ServerError and str(again) == str(error)
    assert again.http_status == 500


def test_a_connection_error_keeps_no_httpx_exception_with_the_request() -> None:
    sim: Simulator[Any, Any] = Simulator(api_key="KEYSECRETzz92")
    client = sim.client(max_retries=0)
    sim.faults.add(kind="drop")
    with pytest.raises(didww.APIConnectionError) as info:
        client.balance.find()
    assert info.value.__context__ is None and info.value.__cause__ is None


def test_errors_survive_pickling_whatever_their_arguments() -> None:
    from didww._errors import DecodeError

    decode = DecodeError("not a document", http_status=200, body_snippet="<html>")
    again = pickle.loads(pickle.dumps(decode))
    assert (str(again), again.http_status) == (str(decode), 200)
    client = Simulator().client()
    with pytest.raises(didww.NotFoundError) as info:
        client.dids.find("no-such-did")
    found = pickle.loads(pickle.dumps(info.value))
    assert str(found) == str(info.value) and not str(found).startswith("HTTP HTTP")


HUGE = 10**5000


@pytest.mark.parametrize(
    "call",
    [
        lambda: didww.QueryParams().page(number=HUGE),
        lambda: didww.QueryParams().page(number=-HUGE),
        lambda: didww.QueryParams().filter("capacity_limit", HUGE),
        lambda: didww.DID(capacity_limit=HUGE),
        lambda: v0416.DIDOrderItem(qty=HUGE),
        lambda: didww.Export(filters={"from": HUGE}),
        lambda: Simulator().client().orders.wait("x", timeout=HUGE),
        lambda: Simulator().client().dids.find("x" * 70000),
        lambda: Simulator().client().dids.list(didww.QueryParams().filter("number", "1" * 70000)),
    ],
)
def test_oversized_input_is_a_client_error(call: Any) -> None:
    with pytest.raises(didww.ClientError):
        call()


def test_httpx_own_request_log_shows_no_signature_once_a_client_exists(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    didww.Client(api_key="k").close()
    signed = httpx.URL("https://files.example.net/cdr.csv.gz?X-Amz-Signature=SIGSECRET1&sig=S2X")
    # What httpx itself logs for every request of an httpx client (the async client's).
    logging.getLogger("httpx").info('HTTP Request: %s %s "%s"', "GET", signed, "HTTP/1.1 200 OK")
    assert "SIGSECRET1" not in caplog.text and "S2X" not in caplog.text
    assert "https://files.example.net/cdr.csv.gz?X-Amz-Signature=[FILTERED]" in caplog.text


# -- the trial of session 16 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: didww.Client(api_key=5), "api_key is an int, not a string"),  # type: ignore[arg-type]
        (
            lambda: didww.DID("x").is_loaded("ordr"),
            "DID has no field 'ordr'; did you mean 'order'?",
        ),
        (
            lambda: didww.SIPConfiguration().is_loaded("hots"),
            "SIPConfiguration has no field 'hots'; did you mean 'host'?",
        ),
        (
            lambda: didww.DID.from_json({"data": {"type": "dids", "id": "x"}}),
            "DID.from_json: this is a whole JSON:API document; pass its resource object, "
            'document["data"]',
        ),
        (
            lambda: v1022.Export(
                export_type=v1022.enums.ExportType.CDR_IN,
                filters={"from": dt.datetime(2026, 1, 1), "to": "2026-01-02 00:00:00"},
            ),
            "value.strftime('%Y-%m-%d %H:%M:%S') in UTC for an export's period",
        ),
    ],
)
def test_small_errors_say_what_to_do(call: Callable[[], object], message: str) -> None:
    with pytest.raises(didww.ClientError) as caught:
        call()
    assert message in str(caught.value)
