"""An answer longer than the SDK reads (``didww._body_limit.MAX_ANSWER_BYTES``, decoded) raises
``DecodeError`` once the limit is passed, instead of taking the process's memory: a body that
never ends, a ``Content-Length`` past the limit, a small gzip body that decodes to more.

Every case runs against a real loopback server, on both clients, through the SDK's own transport
and through an ``httpx`` client of the caller's. The limit is lowered to 1 MiB for the tests.
"""

from __future__ import annotations

import gzip
import json
import random
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

import didww
from didww import _body_limit
from tests.transport.faultserver import Action, FaultServer, Received, chunked, endless, respond

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


def find(
    way: str,
    server: FaultServer,
    action: Action | Callable[[Received], Action],
    operation: str = "dids.find",
    **options: Any,
) -> Any:
    """``dids.find("d1")`` (or another ``operation`` taking an id) on a client of ``way``, the
    server answering with ``action`` (or what it gives for the request received)."""
    repository, method = operation.split(".")
    server.default = action if callable(action) else lambda received: action
    kind, transport = way.split("-")
    options = {"api_key": "k", "base_url": server.url, "max_retries": 0, **options}
    if kind == "sync":
        with httpx.Client() as http:  # the caller's own client, closed by the caller
            if transport == "http_client":
                options["http_client"] = http
            with didww.Client(**options) as client:
                return getattr(getattr(client, repository), method)("d1")

    async def main() -> Any:
        async with httpx.AsyncClient() as http:
            if transport == "http_client":
                options["http_client"] = http
            async with didww.AsyncClient(**options) as client:
                return await getattr(getattr(client, repository), method)("d1")

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
def test_answers_are_asked_for_compressed_and_read_so(way: str, server: FaultServer) -> None:
    # As a real server does: the coding the request asks for, else none. A page of JSON
    # shrinks many times over, which a slow link feels.
    body = json.dumps(DOC).encode()

    def answer(received: Received) -> Action:
        asked = received.headers.get("accept-encoding", "")
        if "gzip" in [coding.strip() for coding in asked.split(",")]:
            return gzipped(200, body)
        return respond(200, body)

    assert find(way, server, answer).number == "15550001"
    (request,) = server.received
    assert request.headers["accept-encoding"] == "gzip, deflate"


def _hooked(
    kind: str, server: FaultServer, hook: Callable[..., Any], call: str, retries: int = 0
) -> Any:
    """``call`` (``find`` or ``create``) on a client whose own ``http_client`` runs ``hook`` on
    every answer (a sync function, or an async one for an ``AsyncClient``)."""
    options: dict[str, Any] = {"api_key": "k", "base_url": server.url, "max_retries": retries}
    order = didww.Order(items=[didww.DIDOrderItem(sku_id="s", qty=1)])
    if kind == "sync":
        with (
            httpx.Client(event_hooks={"response": [hook]}) as http,
            didww.Client(**options, http_client=http) as client,
        ):
            return client.dids.find("d1") if call == "find" else client.orders.create(order)

    async def main() -> Any:
        async with (
            httpx.AsyncClient(event_hooks={"response": [hook]}) as http,
            didww.AsyncClient(**options, http_client=http) as client,
        ):
            if call == "find":
                return await client.dids.find("d1")
            return await client.orders.create(order)

    return anyio.run(main)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_answer_a_hook_of_the_callers_client_read_is_read_as_httpx_decoded_it(
    kind: str, server: FaultServer
) -> None:
    # httpx documents response.read() in an event hook; the SDK then found the stream consumed
    # and let httpx.StreamConsumed out of every call with a gzipped answer, a create carried out
    # included.
    order = {"data": {"type": "orders", "id": "o1", "attributes": {"amount": "1.00"}}}
    server.default = lambda received: (
        gzipped(200, json.dumps(DOC).encode())
        if received.method == "GET"
        else gzipped(201, json.dumps(order).encode())
    )

    def read(response: httpx.Response) -> None:
        response.read()

    async def aread(response: httpx.Response) -> None:
        await response.aread()

    hook = read if kind == "sync" else aread
    assert _hooked(kind, server, hook, "find").number == "15550001"
    assert _hooked(kind, server, hook, "create").id == "o1"
    # A hook that streams the body away without keeping it leaves nothing to read: an SDK
    # error, which says a create may have been carried out.

    def drain(response: httpx.Response) -> None:
        for _ in response.iter_raw():
            pass

    async def adrain(response: httpx.Response) -> None:
        async for _ in response.aiter_raw():
            pass

    with pytest.raises(didww.DecodeError, match="consumed the answer's body") as caught:
        _hooked(kind, server, drain if kind == "sync" else adrain, "create")
    assert caught.value.http_status == 201 and caught.value.may_have_been_processed
    # A hook that closes the body unread leaves as little.

    def close(response: httpx.Response) -> None:
        response.close()

    async def aclose(response: httpx.Response) -> None:
        await response.aclose()

    with pytest.raises(didww.DecodeError, match="consumed the answer's body") as caught:
        _hooked(kind, server, close if kind == "sync" else aclose, "create")
    assert caught.value.may_have_been_processed
    # An error answer's status says it all without its body: a 503 is retried as usual.
    answers = iter([respond(503, b"busy", headers={"Retry-After": "0"}), gzipped(200, b"{}")])
    server.default = lambda received: next(answers)
    with pytest.raises(didww.DecodeError, match="consumed the answer's body"):
        _hooked(kind, server, drain if kind == "sync" else adrain, "find", retries=1)  # the 200
    assert [r.method for r in server.received][-2:] == ["GET", "GET"]
    # What the hook read past the limit is refused as any answer past it is.
    server.default = lambda received: gzipped(200, b" " * (2 * LIMIT))
    with pytest.raises(didww.DecodeError, match=rf"longer than {LIMIT} bytes"):
        _hooked(kind, server, hook, "find")


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


# -- memory: what the limit is for -----------------------------------------------------------------


def peak_while(way: str, server: FaultServer, action: Action) -> tuple[Any, int]:
    """What ``find`` raised or returned, and the peak of the memory Python allocated meanwhile
    (both threads: the client's and the loopback server's)."""
    tracemalloc.start()
    try:
        try:
            outcome: Any = find(way, server, action)
        except didww.DidwwError as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("coding", ["gzip", "gzip, gzip", "deflate"])
@pytest.mark.parametrize("way", WAYS)
def test_a_compressed_bomb_never_takes_much_more_memory_than_the_limit(
    way: str, coding: str, server: FaultServer
) -> None:
    body = b" " * (64 * LIMIT)
    for _ in coding.split(","):
        body = gzip.compress(body) if coding != "deflate" else zlib.compress(body)
    assert len(body) < LIMIT // 8
    outcome, peak = peak_while(way, server, respond(200, body, {"Content-Encoding": coding}))
    assert isinstance(outcome, didww.DecodeError), outcome
    assert f"longer than {LIMIT} bytes" in str(outcome)
    # Inflated whole, the body would take 64 MiB at once (and, stacked, far more).
    assert peak < 8 * LIMIT, f"{peak / LIMIT:.1f} times the limit"


@pytest.mark.parametrize("framing", ["chunked", "close"])
@pytest.mark.parametrize("way", WAYS)
def test_bytes_that_never_end_after_a_gzip_member_stop_at_the_limit(
    way: str, framing: str, server: FaultServer
) -> None:
    member = gzip.compress(json.dumps(DOC).encode())
    action = endless(framing, first=member, headers={"Content-Encoding": "gzip"})
    with pytest.raises(didww.DecodeError, match=rf"longer than {LIMIT} bytes"):
        find(way, server, action, max_retries=2)
    assert len(server.received) == 1


@pytest.mark.parametrize("way", WAYS)
def test_an_answer_sent_in_tiny_chunks_takes_memory_like_the_same_answer_sent_whole(
    way: str, server: FaultServer
) -> None:
    body = json.dumps(DOC).encode()
    size = 128 * 1024
    padded = body[:-1] + b" " * (size - len(body)) + b"}"
    outcome, peak = peak_while(way, server, chunked(200, padded, 2))
    assert not isinstance(outcome, Exception), outcome
    assert outcome.number == "15550001"
    # Kept a chunk at a time, the 65,536 two-byte pieces took some 40 bytes each (one-byte ones
    # would not tell: Python keeps a single object for each value of a byte).
    assert peak < 12 * size, f"{peak / size:.1f} times the body"


@pytest.mark.parametrize("coding", ["br", "zstd", "compress"])
@pytest.mark.parametrize("way", WAYS)
def test_an_encoding_the_sdk_did_not_ask_for_is_refused_by_name(
    way: str, coding: str, server: FaultServer
) -> None:
    with pytest.raises(didww.DecodeError, match=rf"encoded with '{coding}'"):
        find(way, server, respond(200, b"\x0b\x02\x80{}\x03", {"Content-Encoding": coding}))


@pytest.mark.parametrize("way", WAYS)
def test_a_raw_deflate_stream_is_read_as_a_wrapped_one(way: str, server: FaultServer) -> None:
    data = json.dumps(DOC).encode()
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = raw.compress(data) + raw.flush()
    assert (
        find(way, server, respond(200, body, {"Content-Encoding": "deflate"})).number == "15550001"
    )
    wrapped = zlib.compress(data)
    assert find(way, server, respond(200, wrapped, {"Content-Encoding": "deflate"})).number == (
        "15550001"
    )


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
@pytest.mark.parametrize("way", WAYS)
def test_an_empty_body_marked_encoded_is_an_empty_body(
    way: str, coding: str, server: FaultServer
) -> None:
    empty = respond(204, b"", {"Content-Encoding": coding})
    assert find(way, server, empty, "voice_in_trunk_groups.delete") is None
    assert server.received[-1].method == "DELETE"


@pytest.mark.parametrize("way", WAYS)
def test_a_coding_name_that_is_no_coding_is_read_as_no_coding(
    way: str, server: FaultServer
) -> None:
    """As httpx reads it: ``none`` or a charset name in Content-Encoding changes nothing."""
    body = json.dumps(DOC).encode()
    for name in ("none", "UTF-8"):
        assert find(way, server, respond(200, body, {"Content-Encoding": name})).number == (
            "15550001"
        )


@pytest.mark.parametrize("way", WAYS)
def test_a_gzipped_error_without_its_checksum_keeps_its_detail(
    way: str, server: FaultServer
) -> None:
    errors = {"errors": [{"title": "not found", "detail": "no such DID", "status": "404"}]}
    cut = gzip.compress(json.dumps(errors).encode())[:-8]  # the CRC and length are missing
    with pytest.raises(didww.NotFoundError, match="no such DID"):
        find(way, server, respond(404, cut, {"Content-Encoding": "gzip"}))


def test_a_raw_deflate_stream_that_starts_like_a_zlib_header_is_read() -> None:
    """A bare deflate stream opening with a stored block whose unused header bits are set reads
    ``78 20``: a valid zlib header. The wrapped reading fails at once, and the bare one is tried,
    as httpx tries it."""
    data = json.dumps(DOC).encode()
    size = 32  # 0x7820 is a multiple of 31, as a zlib header's first two bytes are
    stored = bytes([0x78]) + size.to_bytes(2, "little") + (size ^ 0xFFFF).to_bytes(2, "little")
    rest = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = stored + data[:size] + rest.compress(data[size:]) + rest.flush()
    assert int.from_bytes(raw[:2], "big") % 31 == 0 and raw[0] & 0x0F == 8
    assert zlib.decompress(raw, -zlib.MAX_WBITS) == data
    response = httpx.Response(
        200,
        headers={"Content-Encoding": "deflate"},
        stream=httpx.ByteStream(raw),
        request=httpx.Request("GET", "https://api.example/v3/dids/d1"),
    )
    assert json.loads(_body_limit.read_capped(response).content) == DOC


def test_chunks_are_handed_on_in_order_in_blocks_and_a_lone_chunk_as_it_came() -> None:
    block = _body_limit._BLOCK
    sizes = [0, 1, 2, 100, block - 1, block, block + 5, 3 * block]
    pick = random.Random(1604)
    for _ in range(500):
        chunks = [
            bytes([pick.randrange(256)]) * pick.choice(sizes) for _ in range(pick.randrange(6))
        ]
        out = list(_body_limit._within(chunks, 200, 10**9, None))
        assert b"".join(out) == b"".join(chunks)
        assert all(out) and all(len(piece) >= block for piece in out[:-1])
        if len(chunks) == 1 and chunks[0]:
            assert out[0] is chunks[0]  # no copy of the usual, one-chunk answer
    with pytest.raises(didww.DecodeError, match="longer than 10 bytes"):
        list(_body_limit._within([b"12345", b"678901"], 200, 10, None))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_file_whose_body_a_hook_took_is_refused_by_name(
    kind: str, server: FaultServer, tmp_path: Any
) -> None:
    # The download went on to read a stream already read: httpx.StreamConsumed came out.
    attributes = {"status": "Completed", "url": server.url + "/files/e1.csv"}
    export = {"type": "exports", "id": "e1", "attributes": attributes}
    server.default = lambda received: (
        respond(200, b"a,b\n1,2\n", content_type="text/csv")
        if received.path.startswith("/files")
        else respond(200, {"data": export})
    )
    target = tmp_path / "e1.csv"
    options: dict[str, Any] = {"api_key": "k", "base_url": server.url, "max_retries": 0}

    def drain(response: httpx.Response) -> None:
        if "/files" in response.request.url.path:
            for _ in response.iter_raw():
                pass

    async def adrain(response: httpx.Response) -> None:
        if "/files" in response.request.url.path:
            async for _ in response.aiter_raw():
                pass

    with pytest.raises(didww.DecodeError, match="consumed the file's body"):
        if kind == "sync":
            with (
                httpx.Client(event_hooks={"response": [drain]}) as http,
                didww.Client(**options, http_client=http) as client,
            ):
                client.exports.download("e1", target)
        else:

            async def main() -> None:
                async with (
                    httpx.AsyncClient(event_hooks={"response": [adrain]}) as http,
                    didww.AsyncClient(**options, http_client=http) as client,
                ):
                    await client.exports.download("e1", target)

            anyio.run(main)
    assert not target.exists()  # nothing half-written
