"""A ``links.next`` whose page number or size is not one the API could mean is a DecodeError, as
one that is no URL: on list() and iter(), sync and async, and nothing more is asked for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

import didww
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.support import KINDS, run


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


def serve_next(server: FaultServer, query: str) -> None:
    """Every page of ``/dids`` holds one DID and a next link with ``query``."""

    def page(received: Received) -> Any:
        link = f"{server.url}/dids?{query}"
        return respond(200, {"data": [{"type": "dids", "id": "d1"}], "links": {"next": link}})

    server.default = page


def list_all(client: Any) -> Any:
    return client.dids.list()


def iter_all(client: Any) -> Any:
    walk = client.dids.iter()
    if isinstance(client, didww.Client):
        return [d.id for d in walk]

    async def collect() -> list[str]:
        return [d.id async for d in walk]

    return collect()


BAD = {
    # str.isdigit() is true, int() refuses: before, a raw ValueError.
    "superscript": "page%5Bnumber%5D=" + quote("\u00b2"),
    "5000-digits": "page%5Bnumber%5D=" + "9" * 5000,
    # int() reads it as 3: before, silently page 3.
    "arabic-indic": "page%5Bnumber%5D=" + quote("\u0663"),
    "19-digits": "page%5Bnumber%5D=" + "1" + "0" * 18,
    "letters": "page%5Bnumber%5D=two",
    "negative": "page%5Bnumber%5D=-2",
    "empty": "page%5Bnumber%5D=",
    "size-superscript": "page%5Bnumber%5D=2&page%5Bsize%5D=" + quote("\u00b9"),
    "size-5000-digits": "page%5Bnumber%5D=2&page%5Bsize%5D=" + "9" * 5000,
    "size-zero": "page%5Bnumber%5D=2&page%5Bsize%5D=0",
    # More than the 1000 the API takes for /dids: sent on, refused as the caller's misuse.
    "size-above-maximum": "page%5Bnumber%5D=2&page%5Bsize%5D=1001",
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("walk", [list_all, iter_all], ids=["list", "iter"])
@pytest.mark.parametrize("query", BAD.values(), ids=BAD.keys())
def test_an_unusable_page_in_the_next_link_is_a_decode_error(
    kind: str, walk: Any, query: str, server: FaultServer
) -> None:
    serve_next(server, query)
    with pytest.raises(didww.DecodeError, match=r"links\.next .*page\[(number|size)\]"):
        run(kind, walk, base_url=server.url, max_retries=0)
    assert len(server.received) == 1  # no page was guessed at


@pytest.mark.parametrize("kind", KINDS)
def test_a_next_link_with_plain_digits_is_followed(kind: str, server: FaultServer) -> None:
    def page(received: Received) -> Any:
        query = dict(received.query)
        number = int(query.get("page[number]", "1"))
        doc: dict[str, Any] = {"data": [{"type": "dids", "id": f"d{number}"}]}
        if number < 3:
            # Leading zeros are still digits; the size is the link's own.
            link = f"{server.url}/dids?page%5Bnumber%5D=00{number + 1}&page%5Bsize%5D=0001"
            doc["links"] = {"next": link}
        return respond(200, doc)

    server.default = page
    assert run(kind, iter_all, base_url=server.url) == ["d1", "d2", "d3"]
    sent = [dict(r.query) for r in server.received]
    assert sent[1:] == [
        {"page[number]": "2", "page[size]": "1"},
        {"page[number]": "3", "page[size]": "1"},
    ]
