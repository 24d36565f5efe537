"""The request log: what tests assert on (method, path, query, body, status), with every secret
filtered, in-process and served."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

import didww
from didww.testing import SEED, RecordedRequest, RequestLog, Simulator, SimulatorServer
from didww.testing._http import SimRequest
from didww.testing._request_log import BODY_BYTES_LIMIT

Q = didww.QueryParams


def test_records_method_path_query_and_body(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    didww_client.did_groups.list(
        Q().filter("country.id", SEED.country_us).include("did_group_type").page(1, 2)
    )
    didww_client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Logged"))
    listed, created = didww_simulator.requests
    assert (listed.method, listed.path, listed.status) == ("GET", "/did_groups", 200)
    assert dict(listed.query) == {
        "filter[country.id]": SEED.country_us,
        "include": "did_group_type",
        "page[number]": "1",
        "page[size]": "2",
    }
    assert listed.body is None and listed.fault is None and listed.in_api
    assert (created.method, created.path, created.status) == ("POST", "/voice_in_trunk_groups", 201)
    assert created.body == {
        "data": {"type": "voice_in_trunk_groups", "attributes": {"name": "Logged"}}
    }
    assert created.headers["content-type"] == "application/vnd.api+json"
    assert created.url == "http://didww-simulator.test/v3/voice_in_trunk_groups"


def test_secrets_are_filtered_from_headers_query_and_body(
    didww_client: didww.Client, didww_simulator: Simulator, http: httpx.Client
) -> None:
    didww_client.voice_in_trunks.create(
        didww.VoiceInTrunk(
            name="Secret",
            configuration=didww.SIPConfiguration(
                host="pbx.test", auth_user="me", auth_password="s3cret-pass"
            ),
        )
    )
    http.get("/balance", params={"token": "query-token"}, headers={"Authorization": "Bearer tk"})
    created, fetched = didww_simulator.requests
    assert created.headers["Api-Key"] == "[FILTERED]"
    assert isinstance(created.body, dict)
    configuration = created.body["data"]["attributes"]["configuration"]["attributes"]
    assert configuration["auth_password"] == "[FILTERED]" and configuration["auth_user"] == "me"
    assert fetched.headers["authorization"] == "[FILTERED]"
    assert fetched.query["token"] == "[FILTERED]"
    everything = repr(didww_simulator.requests) + repr(didww_simulator)
    for record in didww_simulator.requests:
        everything += repr(record) + repr(record.headers) + repr(record.body) + repr(record.query)
    for secret in (didww_simulator.api_key, "s3cret-pass", "query-token", "Bearer tk"):
        assert secret not in everything


def test_a_body_that_is_not_json_is_kept_as_bytes(
    didww_simulator: Simulator, http: httpx.Client
) -> None:
    http.post("/voice_in_trunk_groups", content=b"\x00not json")
    (posted,) = didww_simulator.requests
    assert posted.body == b"\x00not json" and posted.status == 400


def test_records_are_frozen(didww_client: didww.Client, didww_simulator: Simulator) -> None:
    didww_client.dids.find(SEED.did_us, Q().include("did_group"))
    (found,) = didww_simulator.requests
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.status = 500  # type: ignore[misc]
    with pytest.raises(TypeError):
        found.query["include"] = "order"  # type: ignore[index]
    assert found.query["include"] == "did_group"


def test_clear_and_matching(didww_client: didww.Client, didww_simulator: Simulator) -> None:
    didww_client.balance.find()
    didww_simulator.requests.clear()
    assert len(didww_simulator.requests) == 0
    didww_client.dids.find(SEED.did_us)
    didww_client.dids.list()
    didww_client.did_groups.find(SEED.group_us_new_york)
    didww_client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="G"))
    assert [r.path for r in didww_simulator.requests.matching(path="/dids")] == [
        f"/dids/{SEED.did_us}",
        "/dids",
    ]
    assert [r.path for r in didww_simulator.requests.matching(method="post")] == [
        "/voice_in_trunk_groups"
    ]
    assert didww_simulator.requests.matching(method="GET", path="/voice_in_trunk_groups") == []
    assert didww_simulator.requests[-1].method == "POST"
    assert [r.method for r in didww_simulator.requests[1:3]] == ["GET", "GET"]


def test_served_requests_and_paths_outside_v3_are_logged(
    didww_server: SimulatorServer, didww_simulator: Simulator
) -> None:
    with httpx.Client() as raw:
        raw.get(f"{didww_server.base_url}/countries", params={"filter[iso]": "GB"})
        raw.get(f"http://127.0.0.1:{didww_server.port}/countries")
    inside, outside = didww_simulator.requests
    assert (inside.path, dict(inside.query), inside.status) == (
        "/countries",
        {"filter[iso]": "GB"},
        401,  # no Api-Key sent
    )
    assert inside.url == f"{didww_server.base_url}/countries" and inside.in_api
    assert (outside.path, outside.status, outside.in_api) == ("/countries", 404, False)
    assert didww_simulator.requests.matching(path="/countries") == [inside]


def test_handle_logs_too_and_the_log_keeps_the_most_recent() -> None:
    sim = Simulator(seed=False, api_version="2026-10-22")  # public_keys: no credentials
    answer = sim.handle(SimRequest("GET", "http://sim.test/v3/public_keys"))
    assert answer.status == 200
    assert [(r.method, r.path, r.status) for r in sim.requests] == [("GET", "/public_keys", 200)]
    log = RequestLog(limit=2)
    for status in (200, 201, 202):
        log.append(RecordedRequest("GET", "/balance", status=status))
    assert [r.status for r in log] == [201, 202]


def test_a_body_nested_too_deeply_is_logged_by_its_size(
    didww_simulator: Simulator, http: httpx.Client
) -> None:
    # Deeper than json.loads can go: the API answers 400 and the log keeps the size only,
    # where both used to raise RecursionError out of the transport.
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = http.post("/voice_in_trunk_groups", content=deep)
    assert answer.status_code == 400
    (posted,) = didww_simulator.requests
    assert (posted.body, posted.status) == ("<200000 bytes>", 400)


def test_a_body_too_deep_to_redact_is_logged_by_its_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # JSON that parses but overflows the stack while its secrets are filtered: the depth at which
    # that happens depends on the interpreter, so the overflow is made to happen here.
    def overflow(value: object, sensitive: frozenset[str]) -> object:
        raise RecursionError

    monkeypatch.setattr("didww.testing._request_log.redact_json", overflow)
    sim = Simulator(seed=False)
    sim.handle(SimRequest("POST", "http://sim.test/v3/public_keys", body=b'{"a": [[1]]}'))
    (posted,) = sim.requests
    assert posted.body == "<12 bytes>"


def test_a_body_that_is_not_json_is_kept_up_to_the_limit(
    didww_simulator: Simulator, http: httpx.Client
) -> None:
    kept = b"\x00" * BODY_BYTES_LIMIT
    http.post("/voice_in_trunk_groups", content=kept)
    http.post("/voice_in_trunk_groups", content=kept + b"\x00")
    small, large = didww_simulator.requests
    assert small.body == kept
    assert large.body == f"<{BODY_BYTES_LIMIT + 1} bytes>" and large.status == 400


@pytest.mark.parametrize("path", ["/v3//public_keys", "//v3/public_keys", "/v3/public_keys/"])
def test_a_path_is_served_matched_and_logged_alike(path: str) -> None:
    # Routing, faults and the log read a path by one rule: empty segments do not count.
    sim = Simulator(seed=False, api_version="2026-10-22")  # public_keys: no credentials
    assert sim.handle(SimRequest("GET", f"http://sim.test{path}")).status == 200
    sim.faults.add(status=503, path="/public_keys")
    exchange = sim.exchange(SimRequest("GET", f"http://sim.test{path}"))
    assert exchange.response is not None and exchange.response.status == 503
    served, faulted = sim.requests
    assert (served.path, served.in_api, served.status) == ("/public_keys", True, 200)
    assert (faulted.path, faulted.in_api, faulted.status) == ("/public_keys", True, 503)
    assert sim.requests.matching(path="/public_keys") == [served, faulted]


def test_a_path_outside_v3_is_logged_as_sent() -> None:
    sim = Simulator(seed=False)
    assert sim.handle(SimRequest("GET", "http://sim.test/v33/public_keys")).status == 404
    (outside,) = sim.requests
    assert (outside.path, outside.in_api) == ("/v33/public_keys", False)
    assert sim.requests.matching(path="/public_keys") == []


def test_the_served_access_log_filters_secret_query_values(
    didww_server: SimulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    # The request log filtered them; the access log line of a served simulator did not.
    caplog.set_level("DEBUG", logger="didww.testing")
    with httpx.Client() as raw:
        raw.get(f"{didww_server.base_url}/dids", params={"filter[api_key]": "QSECRET1"})
        raw.get(
            f"{didww_server.base_url}/exports/x.csv.gz",
            params={"X-Amz-Signature": "AMZSIG123", "token": "URLTOKEN9", "page[size]": "5"},
        )
    lines = [r.getMessage() for r in caplog.records if r.name == "didww.testing"]
    text = "\n".join(lines)
    for secret in ("QSECRET1", "AMZSIG123", "URLTOKEN9"):
        assert secret not in text
    assert "GET /v3/dids?filter%5Bapi_key%5D=[FILTERED] HTTP/1.1" in text
    assert "X-Amz-Signature=[FILTERED]&token=[FILTERED]&page%5Bsize%5D=5" in text
