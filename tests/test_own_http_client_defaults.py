"""Your own ``http_client``'s defaults reach the wire: its headers (where the SDK sets none of
the same name), query parameters and cookies, as httpx adds them to the requests it builds.
The SDK builds its requests itself, and ``send()`` adds none of them."""

from __future__ import annotations

import asyncio

import httpx

import didww
from tests.support import Recorder

FOUND = {"data": {"type": "dids", "id": "d1", "attributes": {}}}


def _defaults() -> dict[str, object]:
    return {
        "headers": {"X-Trace-Id": "trace-7", "Accept": "text/html"},
        "params": {"tenant": "7", "include": "yours"},
        "cookies": {"sid": "cookie-1"},
    }


def _check(sent: httpx.Request) -> None:
    assert sent.headers["x-trace-id"] == "trace-7"
    assert sent.headers["accept"] == "application/vnd.api+json"  # the SDK's own wins
    assert sent.url.params["tenant"] == "7"
    assert sent.url.params.get_list("include") == ["did_group"]  # the SDK's own wins
    assert sent.headers["cookie"] == "sid=cookie-1"
    assert sent.headers["api-key"] == "test-key"


def test_the_sync_client_sends_your_http_client_s_defaults() -> None:
    recorder = Recorder().reply(200, FOUND).reply(200, FOUND)
    http = httpx.Client(transport=httpx.MockTransport(recorder), **_defaults())  # type: ignore[arg-type]
    with didww.Client(api_key="test-key", http_client=http, max_retries=0) as client:
        client.dids.find("d1", didww.QueryParams().include("did_group"))
        client.dids.find("d1", didww.QueryParams().include("did_group"))
    for sent in recorder.requests:
        _check(sent)
    http.close()


def test_the_async_client_sends_them_too() -> None:
    recorder = Recorder().reply(200, FOUND)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder), **_defaults())  # type: ignore[arg-type]
        async with didww.AsyncClient(api_key="test-key", http_client=http, max_retries=0) as client:
            await client.dids.find("d1", didww.QueryParams().include("did_group"))
        await http.aclose()

    asyncio.run(main())
    _check(recorder.last)
