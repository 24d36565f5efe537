"""What an outside trial (a backend developer: webhooks, bearer tokens, models in a web service,
regulatory uploads, ``mypy --strict``) found, fixed."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import pickle
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import webhooks
from didww.testing import SEED, Simulator, serve

SIGNED = (
    "https://files.example.com/e.csv.gz?X-Amz-Signature=abcd1234&X-Amz-Credential=AKIA123"
    "&token=zzz&Expires=1"
)


def test_a_callback_event_filters_a_signed_url_as_a_model_does() -> None:
    payload = {"id": "e1", "type": "exports", "status": "completed", "url": SIGNED}
    callback_url = "https://hooks.example/cb"
    validator = didww.RequestValidator("callback-secret")
    event = webhooks.parse(
        payload,
        url=callback_url,
        signature=validator.signature(callback_url, payload),
        secret="callback-secret",
    )
    assert isinstance(event, webhooks.ExportCallback)
    assert event.url == SIGNED  # the value itself is whole, to download
    for shown in (repr(event), str(event), f"{event}"):
        assert "abcd1234" not in shown and "AKIA123" not in shown and "zzz" not in shown
        assert "X-Amz-Signature=[FILTERED]" in shown and "Expires=1" in shown
        assert shown.startswith("ExportCallback(id='e1', type='exports', status=")


def test_a_page_pickles_and_copies_without_its_client() -> None:
    client = Simulator().client()
    page = client.dids.list(didww.QueryParams().page(size=1))
    assert page.has_next_page()
    for again in (pickle.loads(pickle.dumps(page)), copy.deepcopy(page)):
        assert [d.id for d in again] == [d.id for d in page]
        assert again.total_records == page.total_records
        assert again.next_page_params == page.next_page_params
        with pytest.raises(didww.ClientError, match="has no client to fetch the next one"):
            again.next_page()
        # What it says to do works.
        params = again.next_page_params
        assert params is not None
        assert client.dids.list(params)[0].id == page.next_page()[0].id
    assert page.next_page()  # the original still fetches


def test_a_query_pickles_and_copies_as_the_same_query() -> None:
    query = (
        didww.QueryParams()
        .filter("number", ["12", "34"])
        .filter(didww.Unchecked("brand_new"), "x")
        .include("did_group")
        .page(2, 25)
    )
    again = pickle.loads(pickle.dumps(query))
    assert again == query and str(again) == str(query)
    assert copy.copy(query) is query and copy.deepcopy(query) is query
    # The name marked as newer than the SDK stays marked: the copy is sent as the original.
    client = Simulator().client()
    with pytest.raises(didww.ClientError, match="filter"):
        client.dids.list(didww.QueryParams().filter("brand_new", "x"))
    with pytest.raises(didww.BadRequestError, match="brand_new is not allowed"):
        client.dids.list(again.page(1, 25))  # sent: the (simulated) API refuses it


@pytest.mark.parametrize("read_first", [False, True])
def test_a_copied_model_is_independent_whatever_was_read_before(read_first: bool) -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    if read_first:
        repr(trunk)  # a read: decodes the configuration and caches it
    assert isinstance(trunk.configuration, didww.SIPConfiguration)
    port = trunk.configuration.port
    twin = copy.copy(trunk)
    twin.name = "Twin"
    assert isinstance(twin.configuration, didww.SIPConfiguration)
    twin.configuration.port = 7000
    assert (trunk.name, trunk.configuration.port, trunk.is_dirty()) == ("Office PBX", port, False)
    assert (twin.name, twin.configuration.port, twin.is_dirty()) == ("Twin", 7000, True)
    # The copy saves as a model of its own; the original is untouched by it.
    saved = client.voice_in_trunks.update(twin)
    assert saved.name == "Twin" and trunk.name == "Office PBX"


def test_a_copy_keeps_pending_edits_of_a_to_many_list_without_sharing_it() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    group = client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="Group", voice_in_trunk_ids=[trunk.id])
    )
    group.voice_in_trunk_ids.clear()  # an edit in place, not saved
    twin = copy.copy(group)
    assert twin.voice_in_trunk_ids == [] and twin.is_dirty()
    twin.voice_in_trunk_ids.append(trunk.id)
    assert group.voice_in_trunk_ids == []


def test_an_upload_from_a_file_object_not_at_its_start_is_refused() -> None:
    sim = Simulator()
    client = sim.client()
    document = io.BytesIO(b"%PDF-1.4 " + b"0123456789" * 100)
    document.read(500)
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"at byte 500, not at its start.*seek\(0\)"):
        client.encrypted_files.upload(document)
    assert list(sim.requests) == []
    document.seek(0)
    assert client.encrypted_files.upload(document).id


def test_a_failing_token_provider_is_located_without_its_message() -> None:
    def provider() -> str:
        raise FileNotFoundError(2, "No such file", "/run/secrets/didww-token-SECRET")

    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with (
        sim.client(token=None, token_provider=provider) as client,
        pytest.raises(didww.TokenProviderError) as info,
    ):
        client.balance.find()
    message = str(info.value)
    assert f"FileNotFoundError at {__file__}:" in message and "in provider" in message
    assert "SECRET" not in message and info.value.__cause__ is None


def test_a_relationship_left_out_by_a_sparse_fieldset_says_so() -> None:
    sim = Simulator()
    client = sim.client()
    # Asked for together, the include and a fieldset without its relationship are refused
    # before sending: the answer could never give what the include asks for.
    query = didww.QueryParams().fields("dids", ["number"]).include("voice_in_trunk")
    with pytest.raises(didww.ClientError, match=r"needs 'voice_in_trunk' in fields\[dids\]"):
        client.dids.find(SEED.did_us, query)
    assert len(sim.requests) == 0
    did = client.dids.find(SEED.did_us, didww.QueryParams().fields("dids", ["number"]))
    for read in (lambda: did.voice_in_trunk, lambda: did.voice_in_trunk_id):
        with pytest.raises(didww.NotLoadedError) as info:
            read()
        assert 'fields("dids", [..., "voice_in_trunk"])' in str(info.value)
    # Without a fieldset, the hint is the include alone.
    with pytest.raises(didww.NotLoadedError) as plain:
        _ = client.dids.find(SEED.did_us).voice_in_trunk
    assert "fields(" not in str(plain.value) and 'include("voice_in_trunk")' in str(plain.value)


def test_a_callback_type_matches_whatever_its_case() -> None:
    payload = {"id": "o1", "type": "ORDERS", "status": "COMPLETED"}
    callback_url = "https://hooks.example/cb"
    signature = didww.RequestValidator("s3cret").signature(callback_url, payload)
    event = webhooks.parse(payload, url=callback_url, signature=signature, secret="s3cret")
    assert isinstance(event, webhooks.OrderCallback)
    assert event.type == "ORDERS" and event.status == "completed"


def test_an_api_key_sent_to_a_bearer_version_gets_a_hint_naming_the_versions() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with serve(sim) as server:
        client = didww.Client(api_key=sim.api_key, base_url=server.base_url, max_retries=0)
        with client, pytest.raises(didww.AuthenticationError) as info:
            client.balance.find()
    message = str(info.value)
    assert "asks for a bearer token" in message and "(2026-10-22)" in message
    assert "this client speaks 2026-04-16, which takes API keys" in message
    assert "environment it was made for" not in message and sim.api_key not in message


def test_a_token_sent_to_an_api_key_version_gets_a_hint_naming_the_versions() -> None:
    # `python -m didww.testing serve` serves 2026-04-16 unless told: an easy place to point a
    # 2026-10-22 client at by mistake.
    token = Simulator(api_version="2026-10-22").issue_token()
    with serve(Simulator()) as server:
        client = didww.v2026_10_22.Client(token=token, base_url=server.base_url, max_retries=0)
        with client, pytest.raises(didww.AuthenticationError) as info:
            client.balance.find()
    message = str(info.value)
    assert "asks for an API key" in message and "(2026-04-16)" in message
    assert "this client speaks 2026-10-22, which takes tokens" in message
    assert "minted for another environment" not in message and token not in message


def test_a_refusal_with_a_bearer_challenge_gets_no_api_key_hint() -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401,
            json={"errors": [{"detail": "tokens are minted with your Api-Key", "status": "401"}]},
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = didww.v2026_10_22.Client(token="t0ken-abc", http_client=http, max_retries=0)
    with client, pytest.raises(didww.AuthenticationError) as info:
        client.balance.find()
    message = str(info.value)
    assert "asks for an API key" not in message
    assert "the bearer token was refused" in message


def test_a_model_goes_to_json_and_back() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    trunk.description = "edited, not saved"
    data = json.loads(json.dumps(trunk.to_json()))  # plain JSON
    assert data["type"] == "voice_in_trunks" and data["id"] == trunk.id
    assert data["attributes"]["description"] == "edited, not saved"
    assert data["attributes"]["configuration"]["type"] == "sip_configurations"
    again = didww.VoiceInTrunk.from_json(data)
    assert again.id == trunk.id and again.description == "edited, not saved"
    assert isinstance(again.configuration, didww.SIPConfiguration)
    assert again.configuration.host == trunk.configuration.host  # type: ignore[union-attr]
    # The unsaved edit is named in meta, and stays unsaved: it was loaded as the API's value,
    # and update() never sent it.
    assert data["meta"]["didww_unsaved"] == {"attributes": ["description"]}
    assert again.is_dirty() and "didww_unsaved" not in (again.meta or {})
    again.name = "From JSON"
    saved = client.voice_in_trunks.update(again)
    assert (saved.name, saved.description) == ("From JSON", "edited, not saved")
    assert not saved.to_json().get("meta", {}).get("didww_unsaved")
    # A resource object as an answer gives it (no such meta) loads unchanged.
    assert not didww.VoiceInTrunk.from_json(saved.to_json()).is_dirty()
    # Relationships go as linkage; what the model reads is an id-only model.
    did = client.dids.find(SEED.did_us, didww.QueryParams().include("did_group"))
    rebuilt = didww.DID.from_json(did.to_json())
    assert rebuilt.did_group_id == did.did_group_id


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"type": "voice_in_trunks", "id": "t", "attributes": {}}, "expected a dids resource"),
        ({"type": "dids", "id": "d", "attributes": {"x": float("nan")}}, "not JSON"),
        ("dids", "not a JSON object"),
        ({"type": "dids", "attributes": {"number": "1"}}, "has no id"),
    ],
)
def test_from_json_refuses_what_is_not_a_resource_object_of_its_type(
    data: object, reason: str
) -> None:
    with pytest.raises(didww.ClientError, match=reason):
        didww.DID.from_json(data)


def test_form_payload_takes_a_query_string_with_its_question_mark() -> None:
    assert webhooks.form_payload("?id=1&type=orders") == {"id": "1", "type": "orders"}
    assert webhooks.form_payload(b"?id=1&reject_reason=") == {"id": "1", "reject_reason": ""}
    with pytest.raises(didww.ClientError, match="as a str, got bytes"):
        webhooks.parse({"id": "1"}, url="https://h/cb", signature="x", secret=b"s")  # type: ignore[arg-type]


def test_unsaved_relationship_changes_survive_to_json_and_back() -> None:
    simulator: Simulator[Any, Any] = Simulator()
    client = simulator.client()
    did = client.dids.find(SEED.did_us)
    did.voice_in_trunk_group = None
    did.description = "rerouted"
    data = json.loads(json.dumps(did.to_json()))
    assert data["meta"]["didww_unsaved"] == {
        "attributes": ["description"],
        "relationships": ["voice_in_trunk_group"],
    }
    again = didww.DID.from_json(data)
    client.dids.update(again)
    sent = simulator.requests[-1].body
    assert isinstance(sent, dict)
    body = sent["data"]
    assert body["attributes"] == {"description": "rerouted"}
    assert body["relationships"] == {"voice_in_trunk_group": {"data": None}}


@pytest.mark.parametrize(
    ("unsaved", "reason"),
    [
        ("description", r"is not what to_json\(\) writes"),
        ({"attributes": ["no_such_field"]}, "not one of the attributes of DID"),
        ({"attributes": [["description"]]}, "not one of the attributes of DID"),
        ({"relationships": "voice_in_trunk"}, "not one of the relationships of DID"),
        ({"fields": []}, r"is not what to_json\(\) writes"),
    ],
)
def test_from_json_refuses_an_unsaved_marker_it_did_not_write(unsaved: object, reason: str) -> None:
    data = {"type": "dids", "id": "d1", "attributes": {}, "meta": {"didww_unsaved": unsaved}}
    with pytest.raises(didww.ClientError, match=reason):
        didww.DID.from_json(data)


def test_an_update_with_no_changes_but_an_edited_related_model_says_where_they_are() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    did = client.dids.find(SEED.did_gb)
    did.voice_in_trunk = trunk
    client.dids.update(did)
    did = client.dids.find(SEED.did_gb, didww.QueryParams().include("voice_in_trunk"))
    assert did.voice_in_trunk is not None
    did.voice_in_trunk.name = "Edited through the DID"
    with pytest.raises(didww.ClientError, match=r"client\.voice_in_trunks\.update"):
        client.dids.update(did)
    # Saved where it belongs, both are clean and the DID's update is a no-op again.
    client.voice_in_trunks.update(did.voice_in_trunk)
    assert client.dids.update(did) is did


def test_filters_take_decimals_and_round_microseconds_towards_the_inside_of_a_bound() -> None:
    utc = dt.timezone.utc
    moment = dt.datetime(2026, 4, 16, 23, 29, 59, 999_500, tzinfo=utc)
    query = (
        didww.QueryParams()
        .filter("created_at_gteq", moment)
        .filter("created_at_lteq", moment)
        .filter("meta.total_count_gteq", Decimal("10.50"))
    )
    sent = dict(query.to_list())
    assert sent["filter[created_at_gteq]"] == "2026-04-16T23:30:00.000Z"  # up: stays inside
    assert sent["filter[created_at_lteq]"] == "2026-04-16T23:29:59.999Z"  # down
    assert sent["filter[meta.total_count_gteq]"] == "10.50"
    with pytest.raises(didww.ClientError, match="not a number the API can compare with"):
        didww.QueryParams().filter("meta.total_count_gteq", Decimal("NaN"))


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_a_bound_on_a_meta_count_takes_an_integer_in_both_versions(version: str) -> None:
    # 2026-04-16's document types no filter, but the spec types the meta field the bound is on:
    # meta.total_count is an integer, so 10.5 matched the same groups as 11 or was refused.
    sim: Simulator[Any, Any] = Simulator(api_version=version)
    with sim.client() as client:
        for value in (Decimal("10.5"), "10.5", "10.0"):
            query = didww.QueryParams().filter("meta.total_count_gteq", value)
            with pytest.raises(didww.ClientError, match=r"is not an integer$"):
                client.did_groups.list(query)
        stocked = client.did_groups.list(didww.QueryParams().filter("meta.total_count_gteq", 10))
        assert all(group.meta["total_count"] >= 10 for group in stocked)
    # Only the last query was sent: the refused ones went nowhere.
    assert [r.query.get("filter[meta.total_count_gteq]") for r in sim.requests] == ["10"]


@pytest.mark.parametrize("served", [False, True])
def test_an_empty_export_body_is_refused_in_process_and_served_alike(served: bool) -> None:
    # In-process, the answer had no Content-Length (httpx leaves it out for no content), so the
    # client took the empty body for one cut short and asked again.
    sim: Simulator[Any, Any] = Simulator(export_delay=0)

    def check(client: didww.Client) -> None:
        day = dt.datetime.fromtimestamp(sim.clock(), dt.timezone.utc).date() - dt.timedelta(days=1)
        export = client.exports.create(
            didww.Export(
                export_type=didww.enums.ExportType.CDR_IN,
                filters={"from": f"{day} 00:00:00", "to": f"{day} 01:00:00"},
            )
        )
        export = client.exports.wait(export)
        assert export.url is not None
        path = "/exports/" + export.url.rsplit("/exports/", 1)[1]
        sim.faults.add(status=200, body=b"", content_type="text/csv", path=path, times=5)
        sim.requests.clear()
        with pytest.raises(didww.DecodeError, match="the export's file is empty"):
            list(client.exports.iter_rows(export))
        assert len(sim.requests.matching(path=path)) == 1  # asked once, not again

    if served:
        with (
            serve(sim) as server,
            didww.Client(api_key=sim.api_key, base_url=server.base_url) as client,
        ):
            check(client)
    else:
        check(sim.client())


@pytest.mark.parametrize("form", ["{day}", "{day}T00:00:00", "{day} 00:00:00Z", "{day} 00:00:00.5"])
def test_the_simulator_takes_an_export_period_only_in_the_documents_form(form: str) -> None:
    sim: Simulator[Any, Any] = Simulator()
    client = sim.client()
    # Yesterday: a period of today could reach past the simulator's clock early in the day.
    day = dt.datetime.fromtimestamp(sim.clock(), dt.timezone.utc).date() - dt.timedelta(days=1)
    good = {"from": f"{day} 00:00:00", "to": f"{day} 01:00:00"}
    client.exports.create(didww.Export(export_type=didww.enums.ExportType.CDR_IN, filters=good))
    odd = {**good, "from": form.format(day=day)}
    with pytest.raises(didww.UnprocessableEntityError, match="'YYYY-MM-DD HH:MM:SS'"):
        client.exports.create(didww.Export(export_type=didww.enums.ExportType.CDR_IN, filters=odd))


# -- what a review of the day's changes found ------------------------------------------------------


def test_an_undecodable_value_is_named_without_the_secrets_in_it() -> None:
    data = {
        "type": "voice_in_trunks",
        "id": "t1",
        "attributes": {
            "name": "T",
            "configuration": {"type": None, "attributes": {"auth_password": "hunter2pw"}},
        },
    }
    trunk = didww.VoiceInTrunk.from_json(data)
    with pytest.raises(didww.DecodeError) as info:
        _ = trunk.configuration
    assert "hunter2pw" not in str(info.value) and "auth_password" in str(info.value)
    assert "hunter2pw" not in repr(trunk)


def test_a_copy_after_a_read_is_as_clean_as_the_original() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    repr(trunk)  # reads the configuration
    twin = copy.copy(trunk)
    assert not twin.is_dirty()
    order = client.orders.find(SEED.order)
    repr(order)  # reads the items
    assert not copy.copy(order).is_dirty()


def test_a_page_copied_in_process_still_fetches_the_next_one() -> None:
    client = Simulator().client()
    page = client.dids.list(didww.QueryParams().page(size=1))
    assert copy.copy(page).next_page()[0].id == page.next_page()[0].id


def test_a_lower_bound_at_the_last_moment_is_refused_not_overflowed() -> None:
    last = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    with pytest.raises(didww.ClientError, match="past the last moment"):
        didww.QueryParams().filter("created_at_gteq", last)
