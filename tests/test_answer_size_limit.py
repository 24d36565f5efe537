"""An answer longer than the SDK reads (``didww._body_limit.MAX_ANSWER_BYTES``, decoded) raises
``DecodeError`` once the limit is passed, instead of taking the process's memory: a body that
never ends, a ``Content-Length`` past the limit, a small gzip body that decodes to more.

Every case runs against a real loopback server, on both clients, through the SDK's own transport
and through an ``httpx`` client of the caller's. The limit is lowered to 1 MiB for the tests.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww import _body_limit
from tests.transport.faultserver import Action, FaultServer, endless, respond

LIMIT = 1024 * 1024
WAYS = ["sync-builtin", "sync-http_client", "async-builtin", "async-http_client"]
DOC = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "15550001"}}}


@pytest.fixture(autouse=True)
def _small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_body_limit, "MAX_ANSWER_BYTES", LIMIT)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def find(way: str, server: FaultServer, action: Action, **options: Any) -> Any:
    """``dids.find("d1")`` on a client of ``way``, the server answering with ``action``."""
    server.default = lambda received: action
    kind, transport = way.split("-")
    options = {"api_key": "k", "base_url": server.url, "max_retries": 0, **options}
    if kind == "sync":
        with httpx.Client() as http:  # the caller's own client, closed by the caller
            if transport == "http_client":
                options["http_client"] = http
            with didww.Client(**options) as client:
                return client.dids.find("d1")

    async def main() -> Any:
        async with httpx.AsyncClient() as http:
            if transport == "http_client":
                options["http_client"] = http
            async with didww.AsyncClient(**options) as client:
                return await client.dids.find("d1")

    return anyio.run(main)


def gzipped(status: int, data: bytes) -> Action:
    return respond(status, gzip.compress(data), headers={"Content-Encoding": "gzip"})


@pytest.mark.parametrize("framing", ["chunked", "close"])
@pytest.mark.parametrize("way", WAYS)
def test_a_body_that_never_ends_stops_at_the_limit(
    way: str, framing: str, server: FaultServer
) -> None:
    with pytest.raises(didww.DecodeError, match=rf"longer than {LIMIT} bytes") as caught:
        find(way, server, endless(framing), max_retries=2)
    assert caught.value.http_status == 200
    assert len(server.received) == 1  # not sent again: the same answer would come back


@pytest.mark.parametrize("way", WAYS)
def test_a_length_past_the_limit_is_refused(way: str, server: FaultServer) -> None:
    with pytest.raises(didww.DecodeError, match=rf"longer than {LIMIT} bytes"):
        find(way, server, respond(200, b" " * (LIMIT + 1)))


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("way", WAYS)
def test_a_gzip_bomb_stops_at_the_limit_decoded(way: str, status: int, server: FaultServer) -> None:
    bomb = gzipped(status, b" " * (16 * LIMIT))
    assert len(bomb.body) < LIMIT // 16  # small on the wire: only the decoded size tells
    with pytest.raises(didww.DecodeError, match=rf"longer than {LIMIT} bytes") as caught:
        find(way, server, bomb, max_retries=2)
    assert caught.value.http_status == status
    assert len(server.received) == 1


@pytest.mark.parametrize("way", WAYS)
def test_answers_up_to_the_limit_are_read_as_before(way: str, server: FaultServer) -> None:
    body = json.dumps(DOC).encode()
    padded = body[:-1] + b" " * (LIMIT - len(body)) + b"}"  # exactly the limit
    assert len(padded) == LIMIT
    assert find(way, server, respond(200, padded)).number == "15550001"
    assert find(way, server, gzipped(200, padded)).number == "15550001"


@pytest.mark.parametrize("way", WAYS)
def test_a_gzipped_error_under_the_limit_keeps_its_status_and_detail(
    way: str, server: FaultServer
) -> None:
    errors = {"errors": [{"title": "not found", "detail": "no such DID", "status": "404"}]}
    with pytest.raises(didww.NotFoundError, match="no such DID") as caught:
        find(way, server, gzipped(404, json.dumps(errors).encode()))
    response = caught.value.response
    assert response is not None and response.json() == errors
    # The body kept is the decoded one, so the headers describing the encoded one are gone.
    assert "content-encoding" not in response.headers
