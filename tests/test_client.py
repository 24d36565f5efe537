"""Client configuration, headers on the wire, secrets, and the async twin."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

import didww
from tests.support import Recorder

COUNTRY = {"data": {"type": "countries", "id": "c1", "attributes": {"name": "Aland", "iso": "AX"}}}


def test_headers_on_every_request() -> None:
    recorder = Recorder().reply(200, COUNTRY)
    recorder.client().countries.find("c1")
    headers = recorder.last.headers
    assert headers["Api-Key"] == "test-key"
    assert headers["X-DIDWW-API-Version"] == "2026-04-16"
    assert headers["Accept"] == "application/vnd.api+json"
    assert headers["Content-Type"] == "application/vnd.api+json"
    assert headers["User-Agent"] == f"didww-python/{didww.__version__}"


def test_public_keys_are_fetched_with_the_api_key_in_2026_04_16() -> None:
    # That version's document puts /public_keys under the API key like every path (2026-10-22's
    # exempts it: see tests/test_wire.py). Sent without it, a server that follows the document
    # would refuse every encrypted upload with a 401.
    recorder = Recorder().reply(
        200, {"data": [{"type": "public_keys", "id": "k", "attributes": {}}]}
    )
    recorder.client().public_keys.list()
    assert recorder.last.headers["Api-Key"] == "test-key"
    assert recorder.last.headers["X-DIDWW-API-Version"] == "2026-04-16"


def test_api_version_may_name_the_clients_own_version() -> None:
    # Any other version is refused (tests/test_client_checks.py): the models are this version's.
    recorder = Recorder().reply(200, COUNTRY)
    recorder.client(api_version="2026-04-16").countries.find("c1")
    assert recorder.last.headers["X-DIDWW-API-Version"] == "2026-04-16"


def test_environments_and_base_url() -> None:
    assert didww.Environment.PRODUCTION.value == "https://api.didww.com/v3"
    assert didww.Environment.SANDBOX.value == "https://sandbox-api.didww.com/v3"
    recorder = Recorder().reply(200, COUNTRY).reply(200, COUNTRY).reply(200, COUNTRY)
    recorder.client().countries.find("c1")
    assert str(recorder.last.url) == "https://sandbox-api.didww.com/v3/countries/c1"
    recorder.client(environment=didww.Environment.PRODUCTION).countries.find("c1")
    assert str(recorder.last.url) == "https://api.didww.com/v3/countries/c1"
    recorder.client(base_url="http://127.0.0.1:8080/v3/").countries.find("c1")
    assert str(recorder.last.url) == "http://127.0.0.1:8080/v3/countries/c1"


@pytest.mark.parametrize("api_key", ["", "   ", None])
def test_api_key_is_required(api_key: object) -> None:
    with pytest.raises(didww.ClientError, match="api_key"):
        didww.Client(api_key=api_key)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="api_key"):
        didww.AsyncClient(api_key=api_key)  # type: ignore[arg-type]


@pytest.mark.parametrize("timeout", [None, 0, -1, "30", httpx.Timeout(None)])
def test_no_timeout_is_refused(timeout: object) -> None:
    with pytest.raises(didww.ClientError, match="timeout"):
        didww.Client(api_key="k", timeout=timeout)  # type: ignore[arg-type]


def test_timeout_is_applied_to_requests() -> None:
    recorder = Recorder().reply(200, COUNTRY)
    recorder.client(timeout=2.5).countries.find("c1")
    assert recorder.last.extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }


def test_bad_arguments_are_client_errors() -> None:
    with pytest.raises(didww.ClientError):
        didww.Client(api_key="k", environment="staging")
    with pytest.raises(didww.ClientError):
        didww.Client(api_key="k", base_url="ftp://x")
    with pytest.raises(didww.ClientError):
        didww.Client(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="QueryParams"):
        Recorder().client().dids.list({"include": "x"})  # type: ignore[arg-type]


def test_api_key_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "sk-very-secret-key"
    recorder = Recorder().reply(401, {"errors": [{"title": "Unauthorized", "detail": "bad key"}]})
    client = didww.Client(
        api_key=secret, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    assert secret not in repr(client)
    with pytest.raises(didww.AuthenticationError) as info:
        client.dids.list()
    assert secret not in str(info.value) and secret not in repr(info.value)
    assert secret not in caplog.text
    assert recorder.last.headers["Api-Key"] == secret


def test_sensitive_attributes_are_filtered_in_repr() -> None:
    config = didww.SIPConfiguration(auth_user="pbx", auth_password="hunter2")
    text = repr(config)
    assert "hunter2" not in text
    assert "auth_password='[FILTERED]'" in text
    assert "auth_user='pbx'" in text
    validator = didww.RequestValidator("callback-secret")
    assert "callback-secret" not in repr(validator)


def test_context_manager_closes_owned_pool() -> None:
    with didww.Client(api_key="k") as client:
        http = client._http
    assert http.is_closed
    shared = httpx.Client()
    with didww.Client(api_key="k", http_client=shared):
        pass
    assert not shared.is_closed
    shared.close()


def test_repositories_are_cached_attributes() -> None:
    client = Recorder().client()
    assert client.dids is client.dids
    assert not hasattr(client.dids, "delete")
    assert not hasattr(client.dids, "create")
    assert not hasattr(client.pops, "find")
    assert hasattr(client.did_history, "find")
    assert hasattr(client.orders, "update")
    assert hasattr(client.proofs, "update") and hasattr(client.proofs, "delete")


def test_delete_sends_delete() -> None:
    recorder = Recorder().reply(204)
    client = recorder.client()
    delete: Callable[[str], object] = client.orders.delete  # its result is what is checked
    assert delete("o1") is None
    assert recorder.last.method == "DELETE"
    assert recorder.last.url.path == "/v3/orders/o1"
    recorder.reply(204)
    client.voice_in_trunks.delete(didww.VoiceInTrunk(id="t1"))
    assert recorder.last.url.path == "/v3/voice_in_trunks/t1"


def test_balance_singleton() -> None:
    body = {
        "data": {
            "type": "balances",
            "id": "b",
            "attributes": {"balance": "10.50", "credit": "0.00", "total_balance": "10.50"},
        }
    }
    recorder = Recorder().reply(200, body)
    balance = recorder.client().balance.find()
    assert recorder.last.url.path == "/v3/balance"
    assert str(balance.total_balance) == "10.50"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_client_round_trip() -> None:
    recorder = Recorder().reply(200, COUNTRY).reply(500, b"<html>down</html>")
    async with recorder.async_client() as client:
        country = await client.countries.find("c1")
        assert isinstance(country, didww.Country) and country.name == "Aland"
        with pytest.raises(didww.ServerError):
            await client.countries.list()
    assert recorder.requests[0].headers["Api-Key"] == "test-key"


@pytest.mark.anyio
async def test_async_update_sends_only_changes() -> None:
    recorder = Recorder().reply(200, {"data": {"type": "dids", "id": "d1", "attributes": {}}})
    async with recorder.async_client() as client:
        did = didww.DID(id="d1", description="via async")
        saved = await client.dids.update(did)
    assert recorder.last_json() == {
        "data": {"type": "dids", "id": "d1", "attributes": {"description": "via async"}}
    }
    assert not saved.is_dirty()


@pytest.mark.anyio
async def test_async_timeout() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow", request=request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with didww.AsyncClient(api_key="k", http_client=http, max_retries=0) as client:
        with pytest.raises(didww.APITimeoutError):
            await client.dids.list()
    await http.aclose()


def test_base_url_and_an_environment_naming_different_servers_are_refused() -> None:
    # environment= was ignored without a word when base_url was given too: a deployment setting
    # "production" beside a base_url left from a test run went to the test server.
    for cls in (didww.Client, didww.AsyncClient):
        with pytest.raises(
            didww.ClientError,
            match=r"base_url 'http://127\.0\.0\.1:1/v3' and environment='production' "
            r"\(https://api\.didww\.com/v3\) name different servers: give one of them",
        ):
            cls(api_key="k", base_url="http://127.0.0.1:1/v3", environment="production")
    for secret_url in (
        "https://u:pw-secret@sandbox.example/v3",
        "https://pw-secret@sandbox.example/v3",  # a user alone may be a token too
    ):
        with pytest.raises(didww.ClientError, match=r"base_url 'https://sandbox\.example/v3'"):
            try:
                didww.Client(api_key="k", base_url=secret_url, environment="sandbox")
            except didww.ClientError as exc:
                assert "pw-secret" not in str(exc)
                raise
    # The same server twice is no conflict, however it is written.
    for same in ("https://api.didww.com/v3/", "https://API.DIDWW.COM:443/v3"):
        recorder = Recorder().reply(200, COUNTRY)
        client = recorder.client(base_url=same, environment="production")
        client.countries.find("c1")
        assert str(recorder.last.url) == "https://api.didww.com/v3/countries/c1"
