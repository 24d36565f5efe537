"""The sync client's fast path: the HTTP/1.1 reader, request bytes equal to httpx's, and answers
that become ``httpx`` objects whenever something asks for one."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

import didww
from didww._http1 import CutShort, Disconnected, ProtocolError, Reader
from didww._query import Unchecked
from didww._transport import KeepAliveTransport
from tests.transport.faultserver import FaultServer, respond


def _read(wire: bytes, method: str = "GET", chunk: int = 7) -> tuple[int, dict[str, str], bytes]:
    """Feed ``wire`` to a reader in small pieces through a socket pair, as a server would."""
    ours, theirs = socket.socketpair()
    ours.settimeout(5)

    def serve() -> None:
        try:
            step = chunk if len(wire) < 4096 else 4096
            for start in range(0, len(wire), step):
                theirs.sendall(wire[start : start + step])
            theirs.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the reader gave up and closed its end

    writer = threading.Thread(target=serve)
    writer.start()
    try:
        answer = Reader(ours).read_answer(method)
    finally:
        ours.close()
        writer.join()
        theirs.close()
    headers = {k.decode().lower(): v.decode() for k, v in answer.headers}
    return answer.status, headers, answer.body


def test_reader_content_length_chunked_and_until_close() -> None:
    status, headers, body = _read(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello")
    assert (status, headers["x-a"], body) == (200, "1", b"hello")
    chunked = b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunked += b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n"
    assert _read(chunked)[::2] == (201, b"abcde")
    assert _read(b"HTTP/1.0 200 OK\r\n\r\nto the end")[2] == b"to the end"


def test_reader_takes_a_list_of_equal_lengths_and_refuses_unequal_ones() -> None:
    # A proxy that merges two Content-Length headers sends "5, 5": httpx reads it, and the
    # SDK's own reader refused every answer behind such a proxy (RFC 9110 section 8.6).
    for lengths in (b"5, 5", b"5,5", b"05 , 05", b"05"):
        assert _read(b"HTTP/1.1 200 OK\r\nContent-Length: %s\r\n\r\nhello" % lengths)[2] == b"hello"
    twice = b"HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\nContent-Length: 5\r\n\r\nhello"
    assert _read(twice)[2] == b"hello"
    # Written differently, the same number is refused, as httpx (h11) refuses it: a proxy that
    # merged two headers copies the text.
    for lengths in (b"5, 6", b"5, ", b"5, x", b"05, 5"):
        with pytest.raises(ProtocolError, match="Content-Length"):
            _read(b"HTTP/1.1 200 OK\r\nContent-Length: %s\r\n\r\nhello" % lengths)
    for second in (b"6", b"05"):
        with pytest.raises(ProtocolError, match="conflicting"):
            _read(
                b"HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\nContent-Length: %s\r\n\r\nhello"
                % second
            )


def test_reader_takes_a_body_of_many_tiny_chunks_whole() -> None:
    body = bytes(range(256)) * 80
    wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    wire += b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 3]), body[i : i + 3]) for i in range(0, len(body), 3)
    )
    wire += b"0\r\n\r\n"
    assert _read(wire)[2] == body  # lines and chunks straddle the 4 KiB pieces sent


def test_reader_refuses_trailers_longer_than_a_head_may_be() -> None:
    wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n"
    wire += b"X-Trailer: " + b"t" * 1000 + b"\r\n"
    assert _read(wire + b"\r\n")[2] == b"{}"
    # A peer that keeps sending trailer lines is stopped, not read until it stops.
    with pytest.raises(ProtocolError, match="trailers are too long"):
        _read(wire + (b"X-Trailer: " + b"t" * 1000 + b"\r\n") * 100)


def test_reader_skips_interim_answers_and_bodiless_statuses() -> None:
    wire = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n"
    assert _read(wire)[::2] == (204, b"")
    assert _read(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n", method="HEAD")[2] == b""


def test_reader_keeps_folded_header_lines() -> None:
    _, headers, _ = _read(b"HTTP/1.1 200 OK\r\nX-Long: a\r\n  b\r\nContent-Length: 0\r\n\r\n")
    assert headers["x-long"] == "a b"


@pytest.mark.parametrize(
    ("wire", "error"),
    [
        (b"", Disconnected),
        (b"SSH-2.0-OpenSSH\r\n\r\n", ProtocolError),
        (b"HTTP/1.1 2000 OK\r\n\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", ProtocolError),
        (b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70_000 + b"\r\n\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", CutShort),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", CutShort),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", ProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", ProtocolError),
    ],
)
def test_reader_refuses_what_is_not_http(wire: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        _read(wire)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


QUERIES = [
    None,
    didww.QueryParams().include("did_group", "did_group.stock_keeping_units"),
    didww.QueryParams().filter("number", "1 2+3%41/é?&=#").page(2, 50).sort("-created_at"),
    didww.QueryParams().filter(Unchecked("new[filter]"), ["a,b", 7]).fields("dids", ["number"]),
]


@pytest.mark.parametrize("params", QUERIES)
@pytest.mark.parametrize("base", ["/v3", "/v3/", "", "/a%20b/v3"])
def test_request_bytes_equal_what_httpx_would_send(base: str, params: object) -> None:
    client = didww.Client(api_key="k", base_url=f"http://127.0.0.1:9{base}")
    core = client._core
    body = {"data": {"type": "dids", "id": "x", "attributes": {"description": "é \u2028"}}}
    for method, path, sent in [
        ("GET", "/dids/a%2Fb", None),
        ("PATCH", "/dids/x", body),
        ("DELETE", "/dids/x", None),
        ("POST", "/orders", None),
    ]:
        query = params if method == "GET" else None
        planned = core.plan(method, path, params=query, body=sent)  # type: ignore[arg-type]
        request = planned.to_httpx()
        expected = b"%s %s HTTP/1.1\r\n" % (method.encode(), request.url.raw_path)
        expected += b"".join(b"%s: %s\r\n" % pair for pair in request.headers.raw)
        expected += b"\r\n" + request.read()
        assert core.wire_key == ("http", "127.0.0.1", 9)
        assert core.wire(planned, None) == expected
    client.close()


def test_a_base_url_the_fast_path_does_not_build_goes_through_httpx() -> None:
    client = didww.Client(api_key="k", base_url="http://user:pw@127.0.0.1:9/v3")
    assert client._core.wire_key is None
    client.close()


def test_plain_answers_become_httpx_objects_when_asked(server: FaultServer) -> None:
    did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
    server.default = lambda received: respond(200, did, headers={"X-Request-Id": "r-1"})
    with didww.Client(api_key="secret-api-key", base_url=server.url) as client:
        assert client.dids.find("d1").number == "1"
        raw = client.dids.with_raw_response.find("d1")
        assert isinstance(raw.http_response, httpx.Response)
        assert raw.request_id == "r-1"
        assert raw.http_response.request.url.path.endswith("/dids/d1")
        assert raw.http_response.json() == did
    assert server.connections == 1


def test_gzip_answers_leave_the_fast_path_and_are_decoded(server: FaultServer) -> None:
    import gzip
    import json

    did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
    packed = gzip.compress(json.dumps(did).encode())
    server.default = lambda received: respond(200, packed, headers={"Content-Encoding": "gzip"})
    with didww.Client(api_key="k", base_url=server.url) as client:
        assert client.dids.find("d1").number == "1"


def test_every_way_of_sending_asks_for_the_codings_the_sdk_undoes(server: FaultServer) -> None:
    # With no Accept-Encoding a server may use any coding (RFC 9110), and the SDK refuses br
    # and zstd as not asked for: no request carried the header. gzip and deflate it undoes.
    import asyncio

    did = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1"}}}
    server.default = lambda received: respond(200, did)
    with didww.Client(api_key="k", base_url=server.url) as client:
        client.dids.find("d1")  # the fast path
        client.dids.with_raw_response.find("d1")  # through httpx, on the SDK's own transport
    with (
        httpx.Client() as http,
        didww.Client(api_key="k", base_url=server.url, http_client=http) as client,
    ):
        client.dids.find("d1")  # a caller's http_client

    async def main() -> None:
        async with didww.AsyncClient(api_key="k", base_url=server.url) as aclient:
            await aclient.dids.find("d1")

    asyncio.run(main())
    assert [r.headers.get("accept-encoding") for r in server.received] == ["gzip, deflate"] * 4


def test_a_query_checked_once_is_not_trusted_for_an_equal_unchecked_one() -> None:
    client = didww.Client(api_key="k", base_url="http://127.0.0.1:9/v3")
    sneaky = didww.QueryParams().filter(Unchecked("brand_new"), "1")
    plain = didww.QueryParams().filter("brand_new", "1")
    assert sneaky == plain
    client.dids._list_call(sneaky)  # passes: Unchecked
    with pytest.raises(didww.ClientError, match="unknown filter 'brand_new'"):
        client.dids._list_call(plain)
    with pytest.raises(didww.ClientError, match="unknown filter 'brand_new'"):
        client.dids._list_call(plain)  # a failed check is not remembered as a pass
    client.close()


def test_transport_exchange_pools_the_socket(server: FaultServer) -> None:
    transport = KeepAliveTransport()
    url = httpx.URL(server.url)
    key = ("http", url.host, url.port or 80)
    payload = b"GET /v3/dids HTTP/1.1\r\nHost: %s\r\n\r\n" % url.netloc
    timeouts: dict[str, float | None] = {"connect": 5.0, "read": 5.0}
    for _ in range(3):
        assert transport.exchange(key, "GET", payload, timeouts).status == 200
    transport.close()
    assert server.connections == 1


def test_reader_stops_after_a_hundred_interim_answers() -> None:
    interim = b"HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\n"
    final = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
    assert _read(interim * 100 + final)[::2] == (200, b"{}")
    with pytest.raises(ProtocolError, match="more than 100 interim"):
        _read(interim * 101 + final)


@pytest.mark.parametrize("char", [b"\x00", b"\x1b", b"\x7f", b"\x0b"])
def test_reader_refuses_a_control_character_in_a_header(char: bytes) -> None:
    wire = b"HTTP/1.1 200 OK\r\nX-A: a" + char + b"b\r\nContent-Length: 2\r\n\r\n{}"
    with pytest.raises(ProtocolError, match="control character"):
        _read(wire)
    assert _read(b"HTTP/1.1 200 OK\r\nX-A: a\tb\r\nContent-Length: 2\r\n\r\n{}")[1]["x-a"] == "a\tb"
