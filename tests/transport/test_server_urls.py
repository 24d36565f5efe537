"""URLs the server hands the client: a redirect's ``Location``, an export's ``url`` and a list's
``links.next``, over a loopback server, sync and async.

A host the resolver cannot encode (an empty label, one of 64 characters) or a port outside
1-65535 ended in a bare ``UnicodeError`` (sync) or an ``ExceptionGroup(OverflowError)`` (async),
or, for the port, a connection to the port modulo 65536; each is now a didww error and nothing is
sent. A relative ``links.next`` (JSON:API allows one) stopped a walk without a count after its
first page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import didww
from tests.transport.faultserver import FaultServer, Received, redirect, respond
from tests.transport.support import KINDS, run

UNUSABLE = {
    "empty-label": "http://a..example/v3/dids/d1",
    "long-label": "http://" + "a" * 64 + ".example/v3/dids/d1",
    "port-above": "http://127.0.0.1:99999/v3/dids/d1",
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("location", sorted(UNUSABLE), ids=str)
def test_a_redirect_to_an_unusable_address_is_a_connection_error(
    kind: str, location: str, server: FaultServer
) -> None:
    server.queue(redirect(UNUSABLE[location]))
    with pytest.raises(didww.APIConnectionError, match="not a usable URL; not followed"):
        run(kind, lambda client: client.dids.find("d1"), base_url=server.url, max_retries=0)
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("url", sorted(UNUSABLE), ids=str)
def test_an_export_url_naming_an_unusable_address_is_a_decode_error(
    kind: str, url: str, server: FaultServer, tmp_path: Path
) -> None:
    attributes = {"status": "completed", "url": UNUSABLE[url].replace("/v3/dids/d1", "/f.csv")}
    server.default = lambda received: respond(
        200, {"data": {"type": "exports", "id": "e1", "attributes": attributes}}
    )
    target = tmp_path / "out.csv"
    with pytest.raises(didww.DecodeError, match="is not a usable URL: its"):
        run(kind, lambda client: client.exports.download("e1", target), base_url=server.url)
    assert not target.exists()


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("http://a..example/v3", "its host is not a usable name"),
        ("http://" + "b" * 64 + ".example/v3", "its host is not a usable name"),
        ("http://" + ".".join(["c" * 60] * 5) + "/v3", "its host is not a usable name"),
    ],
)
def test_a_base_url_naming_an_unusable_host_is_refused(base_url: str, reason: str) -> None:
    with pytest.raises(didww.ClientError, match=f"is not a usable URL: {reason}"):
        didww.Client(api_key="k", base_url=base_url)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8080/v3", "http://[::1]:8080/v3", "http://localhost./v3"],
)
def test_usual_base_urls_are_taken(base_url: str) -> None:
    didww.Client(api_key="k", base_url=base_url).close()


def _pages(next_link: str) -> Any:
    """30 DIDs in pages of the asked size, with ``next_link`` (formatted with the next page's
    number and size) and no count."""

    def page(received: Received) -> Any:
        query = dict(received.query)
        number, size = int(query["page[number]"]), int(query["page[size]"])
        start = (number - 1) * size
        data = [{"type": "dids", "id": f"d{i}"} for i in range(start, min(start + size, 30))]
        links = {"first": "/v3/dids?page[number]=1"}
        if start + size < 30:
            links["next"] = next_link.format(number=number + 1, size=size)
        return respond(200, {"data": data, "links": links})

    return page


def _walk(client: Any) -> Any:
    if isinstance(client, didww.Client):
        return [d.id for d in client.dids.iter(page_size=10)]

    async def collect() -> list[str]:
        return [d.id async for d in client.dids.iter(page_size=10)]

    return collect()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "link",
    [
        "/v3/dids?page[number]={number}&page[size]={size}",  # relative, as JSON:API allows
        "dids?page[number]={number}&page[size]={size}",
        "https://api.internal:8443/v3/dids?page[number]={number}&page[size]={size}",  # a proxy
    ],
)
def test_a_walk_without_a_count_follows_any_next_link_on_the_api_host(
    kind: str, link: str, server: FaultServer
) -> None:
    server.default = _pages(link)
    ids = run(kind, _walk, base_url=server.url)
    assert ids == [f"d{i}" for i in range(30)]
    # Every request went to the configured host, whatever the links named.
    assert [dict(r.query)["page[number]"] for r in server.received] == ["1", "2", "3"]
