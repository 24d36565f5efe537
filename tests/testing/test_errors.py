"""Error answers: statuses, error documents and pointers, as the API validates requests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import didww
from didww import enums
from didww.testing import SEED, Simulator, SimulatorServer
from didww.testing._flows import Flow

Q = didww.QueryParams


def _errors(answer: httpx.Response, status: int) -> list[dict[str, Any]]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/vnd.api+json"
    errors = answer.json()["errors"]
    assert isinstance(errors, list) and errors
    for entry in errors:
        for member in ("title", "detail", "code", "status"):
            assert isinstance(entry[member], str), (member, entry)
        assert entry["status"] == str(status)
    return errors


def _pointers(answer: httpx.Response, status: int = 422) -> list[str]:
    return [e["source"]["pointer"] for e in _errors(answer, status)]


def test_401_without_or_with_a_wrong_api_key(didww_simulator: Simulator) -> None:
    with didww.Client(
        api_key="wrong",
        base_url="http://sim.test/v3",
        http_client=httpx.Client(transport=didww_simulator.transport()),
    ) as wrong:
        with pytest.raises(didww.AuthenticationError) as caught:
            wrong.balance.find()
        assert caught.value.errors[0].detail == "The Api-Key is not valid."
        # 2026-04-16's document puts public_keys under the key too.
        with pytest.raises(didww.AuthenticationError):
            wrong.public_keys.list()
    with httpx.Client(transport=didww_simulator.transport()) as raw:
        _errors(raw.get("http://sim.test/v3/dids"), 401)


def test_400_for_unknown_filter_sort_include_fields_and_page(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    with pytest.raises(didww.BadRequestError) as caught:
        didww_client.dids.list(Q().filter(didww.Unchecked("bogus"), "1"))
    assert (caught.value.errors[0].code, caught.value.errors[0].detail) == (
        "102",
        "bogus is not allowed.",
    )
    for params in (
        {"sort": "-bogus"},
        {"include": "did_group.bogus"},
        {"include": "order.dids"},  # orders have no includes
        {"fields[dids]": "bogus"},
        {"fields[nothing]": "x"},
        {"page[size]": "1001"},
        {"page[number]": "0"},
        {"page[offset]": "1"},
        {"unknown": "1"},
        {"filter[created_at_gteq]": "yesterday"},
    ):
        path = "/did_history" if "filter[created_at_gteq]" in params else "/dids"
        _errors(http.get(path, params=params), 400)
    _errors(http.get(f"/dids/{SEED.did_us}", params={"filter[number]": "1"}), 400)


def test_400_for_malformed_documents(http: httpx.Client) -> None:
    for body in (b"", b"{not json", b"[]", b'{"data": 1}', b'{"data": {"type": "countries"}}'):
        _errors(http.post("/voice_in_trunk_groups", content=body), 400)
    mismatched = {"data": {"type": "dids", "id": SEED.did_gb, "attributes": {}}}
    assert _pointers(http.patch(f"/dids/{SEED.did_us}", json=mismatched), 400) == ["/data/id"]
    with_id = {"data": {"type": "voice_in_trunk_groups", "id": "mine", "attributes": {"name": "x"}}}
    assert _pointers(http.post("/voice_in_trunk_groups", json=with_id), 400) == ["/data/id"]
    bad_linkage = {
        "data": {"type": "dids", "id": SEED.did_us, "relationships": {"voice_in_trunk": {}}}
    }
    _errors(http.patch(f"/dids/{SEED.did_us}", json=bad_linkage), 400)


def test_404_for_missing_resources_and_routes(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    with pytest.raises(didww.NotFoundError):
        didww_client.dids.find("00000000-0000-4000-8000-000000000000")
    _errors(http.get("/no_such_things"), 404)
    _errors(http.get("/balance/extra"), 404)
    _errors(http.get(f"/dids/{SEED.did_us}/no_such_relationship"), 404)


@pytest.mark.parametrize(
    "path", ["/", "/balance", "/dids", "/v2/dids", "/v3x/dids", "/api/v3/dids"]
)
def test_404_for_every_path_outside_v3_in_process_and_served(
    didww_simulator: Simulator, didww_server: SimulatorServer, path: str
) -> None:
    headers = {"Api-Key": didww_simulator.api_key}
    with httpx.Client(transport=didww_simulator.transport()) as in_process, httpx.Client() as raw:
        for answer in (
            in_process.get(f"http://sim.test{path}", headers=headers),
            raw.get(f"http://127.0.0.1:{didww_server.port}{path}", headers=headers),
            raw.post(f"http://127.0.0.1:{didww_server.port}{path}", headers=headers, json={}),
        ):
            (error,) = _errors(answer, 404)
            assert "API paths start with /v3" in error["detail"]


def test_a_base_url_without_v3_fails_loudly(
    didww_simulator: Simulator, didww_server: SimulatorServer
) -> None:
    in_process = didww_simulator.client(base_url="http://sim.test", max_retries=0)
    served = didww.Client(
        api_key=didww_server.api_key,
        base_url=f"http://127.0.0.1:{didww_server.port}",
        max_retries=0,
    )
    for client in (in_process, served):
        with client, pytest.raises(didww.NotFoundError) as info:
            client.balance.find()
        detail = info.value.errors[0].detail
        assert detail is not None
        assert "is /v3 missing from the base URL?" in detail
    assert [r.in_api for r in didww_simulator.requests] == [False, False]


def test_405_for_operations_the_path_does_not_allow(http: httpx.Client) -> None:
    answer = http.delete(f"/dids/{SEED.did_us}")
    _errors(answer, 405)
    assert answer.headers["allow"] == "GET, PATCH"
    assert _errors(http.get("/voice_out_trunk_regenerate_credentials"), 405)
    _errors(http.post("/balance", json={}), 405)
    _errors(http.get("/stock_keeping_units"), 405)


def test_422_pointers_for_attribute_problems(http: httpx.Client) -> None:
    patch = {
        "data": {
            "type": "dids",
            "id": SEED.did_us,
            "attributes": {
                "capacity_limit": "ten",  # wrong JSON type
                "number": "1",  # read-only
                "bogus": 1,  # unknown
                "terminated": None,  # not nullable
            },
        }
    }
    assert sorted(_pointers(http.patch(f"/dids/{SEED.did_us}", json=patch))) == [
        "/data/attributes/bogus",
        "/data/attributes/capacity_limit",
        "/data/attributes/number",
        "/data/attributes/terminated",
    ]
    create_only = {"data": {"type": "exports", "id": "x", "attributes": {"export_type": "cdr_in"}}}
    export = http.post(
        "/exports",
        json={
            "data": {
                "type": "exports",
                "attributes": {
                    "export_type": "cdr_out",
                    "filters": {"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
                },
            }
        },
    ).json()["data"]
    create_only["data"]["id"] = export["id"]
    assert _pointers(http.patch(f"/exports/{export['id']}", json=create_only)) == [
        "/data/attributes/export_type"
    ]


def test_422_for_values_of_the_catalog_types(http: httpx.Client) -> None:
    trunk = {
        "data": {
            "type": "voice_in_trunks",
            "attributes": {
                "name": "T",
                "cli_format": "bogus",  # not an enum value
                "configuration": {
                    "type": "sip_configurations",
                    "attributes": {
                        "port": "5060",  # an integer as a string
                        "codec_ids": [9, "PCMA"],  # a list item outside the enum
                        "incoming_auth_username": "me",  # read-only in the object
                        "nonsense": True,
                    },
                },
            },
        }
    }
    assert sorted(_pointers(http.post("/voice_in_trunks", json=trunk))) == [
        "/data/attributes/cli_format",
        "/data/attributes/configuration/attributes/codec_ids/1",
        "/data/attributes/configuration/attributes/incoming_auth_username",
        "/data/attributes/configuration/attributes/nonsense",
        "/data/attributes/configuration/attributes/port",
    ]
    variant = {
        "data": {
            "type": "voice_in_trunks",
            "attributes": {"name": "T", "configuration": {"type": "nope"}},
        }
    }
    assert _pointers(http.post("/voice_in_trunks", json=variant)) == [
        "/data/attributes/configuration/type"
    ]
    read_only_variant = {
        "data": {
            "type": "orders",
            "attributes": {"items": [{"type": "generic_order_items", "attributes": {"qty": 1}}]},
        }
    }
    assert _pointers(http.post("/orders", json=read_only_variant)) == [
        "/data/attributes/items/0/type"
    ]
    missing = {
        "data": {
            "type": "identities",
            "attributes": {"first_name": "A", "birth_date": "1990-13-01"},
        }
    }
    assert sorted(_pointers(http.post("/identities", json=missing))) == [
        "/data/attributes/birth_date"
    ]
    required = {"data": {"type": "identities", "attributes": {"first_name": "A"}}}
    assert sorted(_pointers(http.post("/identities", json=required))) == [
        "/data/attributes/identity_type",
        "/data/attributes/last_name",
        "/data/attributes/phone_number",
    ]
    money = {
        "data": {"type": "voice_out_trunks", "attributes": {"name": "O", "threshold_amount": 10}}
    }
    assert "/data/attributes/threshold_amount" in _pointers(
        http.post("/voice_out_trunks", json=money)
    )


def test_422_for_relationships(didww_client: didww.Client, http: httpx.Client) -> None:
    read_only = {
        "data": {"type": "dids", "id": SEED.did_us, "relationships": {"did_group": {"data": None}}}
    }
    assert _pointers(http.patch(f"/dids/{SEED.did_us}", json=read_only)) == [
        "/data/relationships/did_group"
    ]
    missing_target = {
        "data": {
            "type": "dids",
            "id": SEED.did_us,
            "relationships": {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "nope"}}
            },
        }
    }
    assert _pointers(http.patch(f"/dids/{SEED.did_us}", json=missing_target)) == [
        "/data/relationships/voice_in_trunk/data"
    ]
    wrong_type = {
        "data": {
            "type": "dids",
            "id": SEED.did_us,
            "relationships": {"voice_in_trunk": {"data": {"type": "pops", "id": SEED.pop_london}}},
        }
    }
    assert _pointers(http.patch(f"/dids/{SEED.did_us}", json=wrong_type)) == [
        "/data/relationships/voice_in_trunk/data"
    ]
    # Sent raw: the SDK refuses a create without a relationship its document requires.
    no_identity = {
        "data": {
            "type": "addresses",
            "attributes": {"address": "1 Road", "city_name": "Berlin", "postal_code": "10115"},
            "relationships": {"country": {"data": {"type": "countries", "id": SEED.country_de}}},
        }
    }
    assert _pointers(http.post("/addresses", json=no_identity)) == ["/data/relationships/identity"]


def test_sdk_sees_the_pointer_and_nothing_is_half_written(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    before = didww_simulator.resources("voice_out_trunks")
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        # A DID that does not exist: only the API can tell.
        didww_client.voice_out_trunks.create(
            didww.VoiceOutTrunk(
                name="Out",
                authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC123"),
                default_did_id="no-such-did",
            )
        )
    assert caught.value.errors[0].source_pointer == "/data/relationships/default_did/data"
    assert didww_simulator.resources("voice_out_trunks") == before
    trunk = didww_client.voice_out_trunks.create(
        didww.VoiceOutTrunk(
            name="Out",
            authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC123"),
            on_cli_mismatch_action=enums.OnCliMismatchAction.REJECT_CALL,
        )
    )
    assert trunk.status == enums.VoiceOutTrunkStatus.ACTIVE


def test_internal_errors_answer_500_with_a_document(
    didww_simulator: Simulator, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: Flow, *args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Flow, "tick", explode)
    errors = _errors(http.get("/countries"), 500)
    assert errors[0]["code"] == "500" and "boom" not in errors[0]["detail"]


def test_a_failing_clock_still_answers_with_an_error_document() -> None:
    def broken() -> float:
        raise OSError("no time")

    sim = Simulator(clock=broken)
    with httpx.Client(transport=sim.transport()) as raw:
        answer = raw.get("http://sim.test/v3/balance", headers={"Api-Key": sim.api_key})
    _errors(answer, 500)


def test_422_when_a_did_gets_a_trunk_and_a_trunk_group(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    trunk = didww_client.voice_in_trunks.create(
        didww.VoiceInTrunk(name="t", configuration=didww.PSTNConfiguration(dst="12125550123"))
    )
    group = didww_client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="g"))
    body = {
        "data": {
            "type": "dids",
            "id": SEED.did_us,
            "relationships": {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": trunk.id}},
                "voice_in_trunk_group": {"data": {"type": "voice_in_trunk_groups", "id": group.id}},
            },
        }
    }
    answer = http.patch(f"/dids/{SEED.did_us}", json=body)
    assert "/data/relationships/voice_in_trunk" in _pointers(answer)
    # What the SDK sends (one side set, the other cleared) is accepted.
    did = didww_client.dids.update(didww.DID(id=SEED.did_us, voice_in_trunk_group_id=group.id))
    assert did.voice_in_trunk_group_id == group.id
