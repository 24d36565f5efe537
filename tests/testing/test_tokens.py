"""Bearer tokens on a 2026-10-22 simulator: the tokens it issues, what it refuses and how (as the
2026-10-22 OpenAPI document says), and the SDK's clients reacting to it: the read-only hint on a
403, the token provider called again after a 401."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22 as v1022
from didww.testing import ManualClock, Simulator, SimulatorServer

pytestmark = pytest.mark.didww_simulator(api_version="2026-10-22", export_delay=0)

Sim = Simulator[v1022.Client, v1022.AsyncClient]


def claims_of(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    value = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert isinstance(value, dict)
    return value


@pytest.fixture
def raw(didww_simulator: Sim) -> Iterator[httpx.Client]:
    """No credentials: each test sends its own (bodies go as JSON:API)."""
    with httpx.Client(
        transport=didww_simulator.transport(),
        base_url="http://sim.test/v3",
        headers={"Content-Type": "application/vnd.api+json"},
    ) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def refused(answer: httpx.Response, status: int, error: str) -> dict[str, Any]:
    """The error entry of a documented refusal: code is the status, the reason in the title and
    in the challenge."""
    assert answer.status_code == status, answer.text
    assert answer.headers["www-authenticate"].startswith("Bearer ")
    assert f'error="{error}"' in answer.headers["www-authenticate"]
    (entry,) = answer.json()["errors"]
    assert entry["code"] == entry["status"] == str(status)
    return dict(entry)


# -- the tokens --------------------------------------------------------------------------------


def test_a_token_is_a_jwt_with_the_claims_the_api_reads(
    didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    token = didww_simulator.issue_token(scope="read", expires_in=600)
    header, _, signature = token.split(".")
    assert json.loads(base64.urlsafe_b64decode(header + "==")) == {"alg": "HS256", "typ": "JWT"}
    claims = claims_of(token)
    assert claims["scope"] == "read" and claims["api_version"] == "2026-10-22"
    assert claims["aud"] == ["api.didww.com"]
    assert claims["exp"] == int(didww_clock()) + 600 and claims["iat"] == int(didww_clock())
    assert len(base64.urlsafe_b64decode(signature + "=")) == 32
    assert didww._auth.token_expiry(token) == claims["exp"]  # what the SDK reads
    assert token != didww_simulator.issue_token(scope="read", expires_in=600)  # never repeated


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"scope": "admin"}, "scope must be one of read, write"),
        ({"expires_in": 0}, "expires_in must be"),
        ({"expires_in": -5}, "expires_in must be"),
        ({"expires_in": float("inf")}, "expires_in must be"),
        ({"expires_in": True}, "expires_in must be"),
    ],
)
def test_issue_token_refuses_nonsense(
    didww_simulator: Sim, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        didww_simulator.issue_token(**arguments)


def test_an_api_key_version_issues_no_tokens() -> None:
    with pytest.raises(
        didww.testing.SimulatorUsageError, match=r"Api-Key header, not tokens.*2026-10-22"
    ):
        Simulator().issue_token()


# -- what is refused, and how --------------------------------------------------------------------


def test_no_token_is_a_401_without_a_body(raw: httpx.Client, didww_simulator: Sim) -> None:
    for headers in ({}, {"Api-Key": didww_simulator.api_key}, {"Authorization": "Basic eDp5"}):
        answer = raw.get("/dids", headers=headers)
        assert answer.status_code == 401
        assert answer.content == b""  # as documented: no body without a bearer token
        assert answer.headers["www-authenticate"] == 'Bearer realm="DIDWW API"'


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        "a.b.c",
        "..",
        "eyJhbGciOiJIUzI1NiJ9.e30.",
        "x.y.z.w",
        "é.é.é",
        "abc.def.ghi%00",
        "Bearer",
    ],
)
def test_a_malformed_token_is_a_401_document(raw: httpx.Client, token: str) -> None:
    # Sent as bytes: a header may carry what is no ASCII at all.
    header = {b"Authorization": f"Bearer {token}".encode()}
    entry = refused(raw.get("/dids", headers=header), 401, "invalid_token")
    assert entry["title"] == "Invalid token"
    assert token not in entry["detail"]  # a token is never echoed


def test_a_changed_claim_or_another_simulators_token_is_refused(
    raw: httpx.Client, didww_simulator: Sim
) -> None:
    header, payload, signature = didww_simulator.issue_token(scope="read").split(".")
    claims = claims_of(f"{header}.{payload}.{signature}") | {"scope": "write"}
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    entry = refused(
        raw.post("/sms_trunk_groups", headers=bearer(f"{header}.{forged}.{signature}"), json={}),
        401,
        "invalid_token",
    )
    assert "signature" in entry["detail"]
    other = Simulator(api_version="2026-10-22").issue_token()
    assert raw.get("/dids", headers=bearer(other)).status_code == 401


def test_an_expired_token_is_a_401(
    raw: httpx.Client, didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    token = didww_simulator.issue_token(expires_in=60)
    assert raw.get("/dids", headers=bearer(token)).status_code == 200
    didww_clock.advance(60)
    entry = refused(raw.get("/dids", headers=bearer(token)), 401, "invalid_token")
    assert entry["title"] == "Token expired" and "expired" in entry["detail"]


def test_a_token_for_another_api_version_is_a_401(raw: httpx.Client, didww_simulator: Sim) -> None:
    token = didww_simulator.issue_token(api_version="2026-04-16")
    assert claims_of(token)["api_version"] == "2026-04-16"
    entry = refused(raw.get("/dids", headers=bearer(token)), 401, "invalid_token")
    assert entry["title"] == "Token for another API version"
    assert "'2026-04-16'" in entry["detail"] and "serves 2026-10-22" in entry["detail"]


def test_a_read_token_reads_and_nothing_else(raw: httpx.Client, didww_simulator: Sim) -> None:
    token = bearer(didww_simulator.issue_token(scope="read"))
    assert raw.get("/sms_trunk_groups", headers=token).status_code == 200
    body = {"data": {"type": "sms_trunk_groups", "attributes": {"name": "g"}}}
    entry = refused(
        raw.post("/sms_trunk_groups", headers=token, json=body), 403, "insufficient_scope"
    )
    assert entry["title"] == "Insufficient scope" and "POST" in entry["detail"]
    writer = bearer(didww_simulator.issue_token(scope="write"))
    created = raw.post("/sms_trunk_groups", headers=writer, json=body).json()["data"]["id"]
    for method in ("PATCH", "DELETE"):
        update = {"data": {"type": "sms_trunk_groups", "id": created}}
        answer = raw.request(method, f"/sms_trunk_groups/{created}", headers=token, json=update)
        refused(answer, 403, "insufficient_scope")
    # Nothing changed.
    assert raw.get(f"/sms_trunk_groups/{created}", headers=token).status_code == 200
    assert len(didww_simulator.resources("sms_trunk_groups")) == 1


def test_the_sdk_maps_the_read_only_403_to_permission_denied_with_its_hint(
    didww_simulator: Sim,
) -> None:
    with didww_simulator.client(token=didww_simulator.issue_token(scope="read")) as client:
        assert client.balance.find().total_balance == 100
        with pytest.raises(didww.PermissionDeniedError) as caught:
            client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="read only"))
    assert caught.value.http_status == 403
    assert caught.value.hint is not None and "read-only" in caught.value.hint
    assert "read scope" in str(caught.value)


@pytest.mark.anyio
async def test_the_async_sdk_gets_the_same_permission_error(didww_simulator: Sim) -> None:
    token = didww_simulator.issue_token(scope="read")
    async with didww_simulator.async_client(token=token) as client:
        with pytest.raises(didww.PermissionDeniedError, match="read-only"):
            await client.sms_trunk_groups.create(v1022.SmsTrunkGroup(name="read only"))


def test_an_sdk_client_with_an_expired_token_and_no_provider_gets_a_401(
    didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    token = didww_simulator.issue_token(expires_in=120)
    # The client's own clock still believes in the token; the simulator's has moved on.
    with didww_simulator.client(token=token, clock=ManualClock(didww_clock())) as client:
        didww_clock.advance(121)
        with pytest.raises(didww.AuthenticationError) as caught:
            client.dids.list()
    assert "expired" in str(caught.value) and token not in str(caught.value)
    assert token not in repr(caught.value)


def test_a_401_for_a_token_past_its_exp_says_when_it_expired(
    didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    token = didww_simulator.issue_token(expires_in=120)
    with didww_simulator.client(token=token) as client:  # the simulator's clock, shared
        didww_clock.advance(3600)
        with pytest.raises(didww.AuthenticationError) as caught:
            client.dids.list()
    expired = dt.datetime.fromtimestamp(didww_clock() - 3480, dt.timezone.utc)
    assert f"it expired at {expired:%Y-%m-%d %H:%M:%S} UTC (its exp claim)" in str(caught.value)
    assert "may have expired" not in str(caught.value) and token not in str(caught.value)


def test_public_keys_need_no_token(raw: httpx.Client, didww_simulator: Sim) -> None:
    answer = raw.get("/public_keys")
    assert answer.status_code == 200 and len(answer.json()["data"]) == 2
    with didww_simulator.client() as client:
        assert len(client.public_keys.list()) == 2
    (sent,) = didww_simulator.requests.matching(path="/public_keys")[-1:]
    assert "Authorization" not in sent.headers and "Api-Key" not in sent.headers


def test_no_api_version_header_is_needed_or_sent(didww_simulator: Sim) -> None:
    with didww_simulator.client() as client:
        assert client.balance.find().total_balance == 100
    (sent,) = didww_simulator.requests
    assert "X-DIDWW-API-Version" not in sent.headers
    assert sent.headers["Authorization"] == "[FILTERED]"


# -- the export download takes the Api-Key or the token -------------------------------------------


def test_the_export_download_takes_the_api_key_or_the_token(
    raw: httpx.Client, didww_simulator: Sim, didww_client: v1022.Client
) -> None:
    export = didww_client.exports.create(
        v1022.Export(
            export_type=v1022.enums.ExportType.SMS_IN,
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
        )
    )
    url = didww_client.exports.find(export.id).url
    assert url is not None
    path = url.split("/v3", 1)[1]
    key = {"Api-Key": didww_simulator.api_key}
    assert raw.get(path, headers=key).status_code == 200
    assert (
        raw.get(path, headers=bearer(didww_simulator.issue_token(scope="read"))).status_code == 200
    )
    for headers in ({}, {"Api-Key": "wrong"}):
        answer = raw.get(path, headers=headers)
        assert (answer.status_code, answer.content) == (401, b"")
    # The Api-Key opens the download alone: the export itself still needs the token.
    assert raw.get(f"/exports/{export.id}", headers=key).status_code == 401


def test_an_sdk_client_without_an_api_key_downloads_with_its_token(
    didww_simulator: Sim, didww_client: v1022.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = didww_client.exports.create(
        v1022.Export(
            export_type=v1022.enums.ExportType.SMS_OUT,
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
        )
    )
    with didww_simulator.client(api_key=None, token_provider=didww_simulator.issue_token) as own:
        received = io.BytesIO()
        assert own.exports.download(own.exports.find(export.id), received) > 0
    assert received.getvalue().startswith(b"Date/Time (UTC),Source Address,Destination Address")
    download = didww_simulator.requests[-1]
    assert download.path.endswith(".csv.gz") and download.status == 200
    assert "Api-Key" not in download.headers and "Authorization" in download.headers


# -- a real client over loopback refreshes its token when it is refused --------------------------


def test_the_token_provider_is_called_after_the_served_simulator_refuses_an_expired_token(
    didww_server: SimulatorServer[Any, Any], didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    provider: list[str] = []  # the tokens handed out, in order

    def fresh_token() -> str:
        provider.append(didww_simulator.issue_token())
        return provider[-1]

    short = didww_simulator.issue_token(expires_in=300)
    # A client whose clock stays behind: it keeps sending the short token as long as the token
    # looks valid to it, so the refusal comes from the simulator, over the socket.
    with v1022.Client(
        token=short,
        token_provider=fresh_token,
        base_url=didww_server.base_url,
        clock=ManualClock(didww_clock()),
    ) as client:
        assert client.balance.find().total_balance == 100
        assert provider == []
        didww_clock.advance(301)
        assert client.balance.find().total_balance == 100
    assert len(provider) == 1
    assert [r.status for r in didww_simulator.requests] == [200, 401, 200]
    assert all(r.url.startswith("http://127.0.0.1:") for r in didww_simulator.requests)
    assert claims_of(provider[0])["exp"] > didww_clock()


@pytest.mark.anyio
async def test_the_async_token_provider_is_called_after_a_refusal_over_loopback(
    didww_server: SimulatorServer[Any, Any], didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    calls: list[str] = []

    async def fresh_token() -> str:
        calls.append(didww_simulator.issue_token())
        return calls[-1]

    async with v1022.AsyncClient(
        token=didww_simulator.issue_token(expires_in=300),
        token_provider=fresh_token,
        base_url=didww_server.base_url,
        clock=ManualClock(didww_clock()),
    ) as client:
        didww_clock.advance(600)
        assert (await client.balance.find()).total_balance == 100
    assert len(calls) == 1
    assert [r.status for r in didww_simulator.requests] == [401, 200]


def test_the_fixture_client_renews_its_token_as_simulated_time_passes(
    didww_client: v1022.Client, didww_simulator: Sim, didww_clock: ManualClock
) -> None:
    assert didww_client.balance.find().total_balance == 100
    didww_clock.advance(7 * 86400)  # a week: many tokens' lifetimes
    assert didww_client.balance.find().total_balance == 100
    assert [r.status for r in didww_simulator.requests] == [200, 200]


def test_secrets_stay_out_of_reprs_and_the_log(didww_simulator: Sim) -> None:
    token = didww_simulator.issue_token()
    with didww_simulator.client(token=token) as client:
        client.balance.find()
    logged = repr(list(didww_simulator.requests)) + repr(didww_simulator.requests[0].headers)
    assert token not in logged and token not in repr(didww_simulator)
    assert didww_simulator._tokens._secret.hex() not in repr(didww_simulator._tokens)
