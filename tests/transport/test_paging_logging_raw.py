"""Pagination, rate limiting, redirects, raw responses and logging over a real loopback server."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from didww._ratelimit import RateLimiter
from tests.transport.faultserver import Action, FaultServer, Received, redirect, respond
from tests.transport.support import KINDS, FakeClock, run

TOTAL = 23


def dids_page(received: Received, base: str, *, foreign_next: bool = False) -> Any:
    query = dict(received.query)
    number = int(query.get("page[number]", "1"))
    size = int(query.get("page[size]", "50"))
    start = (number - 1) * size
    items = [
        {"type": "dids", "id": f"d{i}", "attributes": {"number": f"1555{i:04d}"}}
        for i in range(start, min(start + size, TOTAL))
    ]
    links = {"first": f"{base}/dids?page[number]=1&page[size]={size}"}
    if start + size < TOTAL:
        host = "https://evil.example.com/v3" if foreign_next else base
        links["next"] = f"{host}/dids?page[number]={number + 1}&page[size]={size}"
    return {"data": items, "meta": {"total_records": TOTAL}, "links": links}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        fault.default = lambda received: respond(200, dids_page(received, fault.url))
        yield fault


@pytest.mark.parametrize("kind", KINDS)
def test_iter_walks_every_page_on_one_connection(kind: str, server: FaultServer) -> None:
    def walk(client: Any) -> Any:
        params = didww.QueryParams().filter("blocked", False)
        if kind == "sync":
            return [d.id for d in client.dids.iter(params, page_size=5)]

        async def collect() -> list[str]:
            return [d.id async for d in client.dids.iter(params, page_size=5)]

        return collect()

    ids = run(kind, walk, base_url=server.url)
    assert ids == [f"d{i}" for i in range(TOTAL)]
    pages = [dict(r.query) for r in server.received]
    assert [p["page[number]"] for p in pages] == ["1", "2", "3", "4", "5"]
    assert all(p["page[size]"] == "5" and p["filter[blocked]"] == "false" for p in pages)
    assert server.connections == 1


def test_foreign_next_link_is_never_followed() -> None:
    with FaultServer() as server:
        server.default = lambda r: respond(200, dids_page(r, server.url, foreign_next=True))
        with didww.Client(api_key="k", base_url=server.url) as client:
            ids = [d.id for d in client.dids.iter(page_size=10)]
    assert len(ids) == TOTAL
    assert len(server.received) == 3  # pages computed from total_records on the API host


def test_next_page_and_has_next_page(server: FaultServer) -> None:
    with didww.Client(api_key="k", base_url=server.url) as client:
        first = client.dids.list(didww.QueryParams().page(size=20))
        assert first.has_next_page()
        second = first.next_page()
        assert [d.id for d in second] == ["d20", "d21", "d22"]
        assert not second.has_next_page()
        with pytest.raises(didww.ClientError, match="last page"):
            second.next_page()


@pytest.mark.anyio
async def test_async_next_page(server: FaultServer) -> None:
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        first = await client.dids.list(didww.QueryParams().page(number=1, size=20))
        second = await first.anext_page()
        assert len(second) == 3
        with pytest.raises(didww.ClientError, match="AsyncClient"):
            first.next_page()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_page_size_must_be_positive() -> None:
    with didww.Client(api_key="k") as client, pytest.raises(didww.ClientError):
        next(iter(client.dids.iter(page_size=0)))


def test_rate_limiter_spaces_requests_across_threads() -> None:
    clock = FakeClock()
    limiter = RateLimiter(20, clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            _, wait = limiter.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The clock never moved, so the 20 bookings are 20 distinct slots 50 ms apart.
    assert sorted(waits) == pytest.approx([i * 0.05 for i in range(20)])


@pytest.mark.parametrize("kind", KINDS)
def test_client_rate_limit_waits_between_requests(kind: str, server: FaultServer) -> None:
    clock = FakeClock()

    def three(client: Any) -> Any:
        if kind == "sync":
            return [client.dids.list() for _ in range(3)]

        async def calls() -> list[Any]:
            return [await client.dids.list() for _ in range(3)]

        return calls()

    run(kind, three, base_url=server.url, clock=clock, rate_limit=10)
    assert clock.sleeps == [0.0, pytest.approx(0.1), pytest.approx(0.1)]
    with pytest.raises(didww.ClientError):
        didww.Client(api_key="k", rate_limit=0)


@pytest.mark.parametrize("kind", KINDS)
def test_redirect_to_another_host_drops_the_api_key(kind: str) -> None:
    with FaultServer() as api, FaultServer() as other:
        elsewhere = f"http://localhost:{other.port}/v3/dids/d1"
        api.queue(redirect(elsewhere))
        other.queue(respond(200, {"data": {"type": "dids", "id": "d1", "attributes": {}}}))
        did = run(kind, lambda c: c.dids.find("d1"), base_url=api.url)
    assert did.id == "d1"
    assert api.received[0].headers["api-key"] == "secret-api-key"
    assert len(other.received) == 1
    assert "api-key" not in other.received[0].headers
    assert other.received[0].headers["x-didww-api-version"] == "2026-04-16"


def test_redirect_on_the_same_host_keeps_the_api_key() -> None:
    with FaultServer() as api:
        api.queue(redirect(f"{api.url}/moved/dids/d1", status=307))
        api.queue(respond(200, {"data": {"type": "dids", "id": "d1", "attributes": {}}}))
        with didww.Client(api_key="k", base_url=api.url) as client:
            assert client.dids.find("d1").id == "d1"
    assert [r.headers.get("api-key") for r in api.received] == ["k", "k"]
    assert api.received[1].path == "/v3/moved/dids/d1"


def test_redirect_loop_is_bounded() -> None:
    with FaultServer() as api:
        api.default = lambda received: redirect(f"{api.url}/dids/again")
        client = didww.Client(api_key="k", base_url=api.url, max_retries=0)
        with client, pytest.raises(didww.APIConnectionError, match="redirects"):
            client.dids.find("d1")
    assert len(api.received) == 6


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_gives_status_headers_and_model(kind: str) -> None:
    with FaultServer() as api:
        did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
        api.queue(respond(429, {"errors": []}), respond(200, did, {"X-Request-Id": "req-7"}))
        raw = run(
            kind,
            lambda c: c.dids.with_raw_response.find("d1"),
            base_url=api.url,
            clock=FakeClock(),
        )
    assert raw.status_code == 200
    assert raw.request_id == "req-7"
    assert raw.headers["x-request-id"] == "req-7"
    assert raw.attempts == 2
    assert isinstance(raw.parsed, didww.DID) and raw.parsed.number == "1"
    assert "secret-api-key" not in repr(raw)


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_keeps_the_document_meta_a_find_drops(kind: str) -> None:
    reservation = {
        "data": {"type": "did_reservations", "id": "r1", "attributes": {"description": "x"}},
        "meta": {"api_version": "2026-04-16", "available_count": 7},
    }
    with FaultServer() as api:
        api.queue(respond(200, reservation), respond(200, reservation))
        plain = run(kind, lambda c: c.did_reservations.find("r1"), base_url=api.url)
        raw = run(kind, lambda c: c.did_reservations.with_raw_response.find("r1"), base_url=api.url)
    assert plain.meta == {}  # the resource object's own meta: the answer's is not the model's
    assert raw.meta == {"api_version": "2026-04-16", "available_count": 7}
    assert raw.parsed.id == "r1"


def test_raw_delete_and_list() -> None:
    with FaultServer() as api:
        listing = {"data": [], "meta": {"total_records": 0}}
        api.queue(respond(204, b""), respond(200, listing), respond(200, b"[1]"))
        with didww.Client(api_key="k", base_url=api.url) as client:
            deleted = client.orders.with_raw_response.delete("o1")
            listed = client.orders.with_raw_response.list()
            odd = client.orders.with_raw_response.delete("o2")
    assert deleted.status_code == 204 and deleted.parsed is None
    assert deleted.meta == {} and odd.meta == {}
    assert listed.parsed.total_records == 0
    assert listed.meta == listed.parsed.meta == {"total_records": 0}
    assert not hasattr(didww.Client(api_key="k").dids.with_raw_response, "delete")


def test_logs_show_attempts_and_hide_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="didww")
    with FaultServer() as api:
        api.queue(
            respond(503, {"errors": []}, {"X-Request-Id": "req-1"}),
            respond(201, {"data": {"type": "voice_in_trunks", "id": "t1", "attributes": {}}}),
        )
        trunk = didww.VoiceInTrunk(
            name="pbx",
            configuration=didww.SIPConfiguration(auth_user="u", auth_password="hunter2"),
        )
        with didww.Client(api_key="super-secret-key", base_url=api.url, clock=FakeClock()) as c:
            c.with_options(retry_non_idempotent=True).voice_in_trunks.create(trunk)
    text = caplog.text
    assert f"POST {api.url}/voice_in_trunks -> 503" in text
    assert "attempt 1" in text and "attempt 2" in text
    assert "request id req-1" in text
    assert "retrying POST" in text
    assert '"auth_password": "[FILTERED]"' in text
    assert "hunter2" not in text
    assert "super-secret-key" not in text


def test_didww_log_environment_variable() -> None:
    code = (
        "import didww, httpx\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'data': []}))\n"
        "c = didww.Client(api_key='sk-hidden', http_client=httpx.Client(transport=t))\n"
        "c.countries.list()\n"
    )
    env = {**os.environ, "DIDWW_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "GET https://sandbox-api.didww.com/v3/countries -> 200" in result.stderr
    assert "sk-hidden" not in result.stderr


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("action", "reason"),
    [
        (Action("respond", 302, b"", {}), "a redirect without a Location header"),
        (redirect("ftp://files.example/x", 301), "to 'ftp://files.example/x', which is not an"),
    ],
)
def test_a_redirect_that_cannot_be_followed_says_so(kind: str, action: Action, reason: str) -> None:
    # It read "the answer is not valid JSON", which hid why.
    with FaultServer() as api:
        api.queue(action)
        with pytest.raises(didww.DecodeError, match=re.escape(reason)) as info:
            run(kind, lambda c: c.dids.find("d1"), base_url=api.url, max_retries=0)
    assert info.value.http_status == action.status
    assert "JSON" not in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
def test_info_level_shows_failed_calls_and_retries_not_successes(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    # At "info" a 404 or 422 used to log nothing at all: only retries were logged at that level.
    caplog.set_level(logging.INFO, logger="didww")
    missing = {"errors": [{"title": "not found", "status": "404"}]}
    with FaultServer() as api:
        api.queue(
            respond(200, {"data": {"type": "dids", "id": "d1", "attributes": {}}}),
            respond(503, {"errors": []}, {"X-Request-Id": "req-busy"}),
            respond(404, missing, {"X-Request-Id": "req-gone"}),
        )

        def calls(client: Any) -> Any:
            async def both() -> None:
                await client.dids.find("d1")
                with pytest.raises(didww.NotFoundError):
                    await client.dids.find("d2")

            if kind != "sync":
                return both()
            client.dids.find("d1")
            with pytest.raises(didww.NotFoundError):
                client.dids.find("d2")
            return None

        run(kind, calls, base_url=api.url, clock=FakeClock())
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "didww"]
    assert [level for level, _ in lines] == ["INFO", "INFO"], lines
    assert lines[0][1].startswith(f"retrying GET {api.url}/dids/d2 in ")
    assert lines[1][1].startswith(f"GET {api.url}/dids/d2 -> 404 in ")
    assert "(attempt 2, request id req-gone)" in lines[1][1]


def test_debug_level_logs_a_failed_answer_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="didww")
    with FaultServer() as api:
        api.queue(respond(422, {"errors": [{"title": "bad", "status": "422"}]}))
        with (
            didww.Client(api_key="k", base_url=api.url) as client,
            pytest.raises(didww.UnprocessableEntityError),
        ):
            client.dids.find("d1")
    answers = [r for r in caplog.records if " -> 422 " in r.getMessage()]
    assert [r.levelname for r in answers] == ["INFO"]
