"""Answers a broken or hostile server sends as raw bytes, read by the built-in transports: lengths
no body has, lines ending in a bare LF, and header bytes that are not ASCII.

Both clients read API answers with the SDK's own HTTP/1.1 parser (``didww._http1``); the sync
client downloads with ``http.client``, the async one with httpx. Each case is sent over a real
loopback socket.
"""

from __future__ import annotations

import io
import json
import socket
import socketserver
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import didww
from didww._document import decode_document
from didww._http1 import Reader
from didww.v2026_04_16._registry import REGISTRY
from tests.transport.support import KINDS, run

DIDS = json.dumps({"data": [{"type": "dids", "id": "d1"}]}).encode()
CSV = b"date,source\n2026-04-01,1201\n"


class RawServer:
    """A loopback server answering every request with the bytes ``answer(target)`` returns, as
    they are (``target`` is the request's path and query). It counts connections and keeps them
    alive unless ``close`` is set, when it hangs up after each answer."""

    def __init__(self, answer: Callable[[str], bytes], *, close: bool = False) -> None:
        self.answer = answer
        self.close = close
        self.connections = 0
        self.targets: list[str] = []
        self._lock = threading.Lock()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def _handler(self) -> type[socketserver.BaseRequestHandler]:
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                sock.settimeout(10)
                with owner._lock:
                    owner.connections += 1
                reader = sock.makefile("rb")
                try:
                    while True:
                        target = _read_request(reader)
                        if target is None:
                            return
                        with owner._lock:
                            owner.targets.append(target)
                        sock.sendall(owner.answer(target))
                        if owner.close:
                            sock.shutdown(socket.SHUT_WR)
                            return
                except OSError:
                    return  # the client gave up on the answer and closed its end

        return Handler

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _read_request(reader: Any) -> str | None:
    """The target of the next request on the connection (its body read and dropped)."""
    line = reader.readline(65536)
    if not line:
        return None
    length = 0
    while True:
        header = reader.readline(65536)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    reader.read(length)
    return str(line.split(b" ")[1].decode("latin-1"))


def sync_client(server: RawServer) -> didww.Client:
    return didww.Client(api_key="secret-api-key", base_url=server.url + "/v3", max_retries=0)


# --- lengths no body has ----------------------------------------------------------------------


@pytest.mark.parametrize("length", [b"99999999999999999999", b"9" * 5000, b"1" + b"0" * 18])
def test_a_content_length_no_answer_has_is_a_connection_error(
    raw: Callable[..., RawServer], length: bytes
) -> None:
    # Before: bytearray(length) raised a raw OverflowError, or int() a ValueError past 4,300
    # digits.
    server = raw(lambda target: b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\n{}")
    with (
        sync_client(server) as client,
        pytest.raises(didww.APIConnectionError, match="bad Content-Length") as caught,
    ):
        client.dids.list()
    assert type(caught.value) is didww.APIConnectionError  # refused at once, not timed out


@pytest.mark.parametrize(
    "size",
    [b"F" * 26, b"1" + b"0" * 15, b"-5", b"+5", b"0x10", b"1_0", b" ", "\u0663".encode()],
)
def test_a_chunk_size_no_chunk_has_is_a_connection_error(
    raw: Callable[..., RawServer], size: bytes
) -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    server = raw(lambda target: head + size + b"\r\n{}\r\n0\r\n\r\n")
    with (
        sync_client(server) as client,
        pytest.raises(didww.APIConnectionError, match="bad chunk size") as caught,
    ):
        client.dids.list()
    assert type(caught.value) is didww.APIConnectionError


@pytest.mark.parametrize(
    "framing",
    [b"Content-Length: %d\r\n" % 2_000_000_000, b"Content-Length: %d\r\n" % 10**14, b"chunked"],
)
def test_an_announced_length_costs_no_memory_until_its_bytes_arrive(
    raw: Callable[..., RawServer], framing: bytes
) -> None:
    # Before: the reader allocated the whole announced length at once (2 GB; a MemoryError for
    # 100 TB). Now memory follows the bytes that came: four, then the server hangs up. A length
    # past the most the SDK reads of an answer (256 MiB) is refused before any of it is read.
    if framing == b"chunked":
        wire = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7735940\r\n{"da'
        expected: tuple[type[Exception], str] = (didww.APIConnectionError, "cut short")
    else:
        wire = b"HTTP/1.1 200 OK\r\n" + framing + b'\r\n{"da'
        expected = (didww.DecodeError, "longer than 268435456 bytes")
    server = raw(lambda target: wire, close=True)
    with sync_client(server) as client:
        tracemalloc.start()
        try:
            with pytest.raises(expected[0], match=expected[1]):
                client.dids.list()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"peak traced memory {peak / 1e6:.1f} MB"


def test_lengths_with_leading_zeros_are_still_read(raw: Callable[..., RawServer]) -> None:
    length = b"0" * 30 + b"%d" % len(DIDS)
    chunked = b"0" * 30 + b"%x\r\n" % len(DIDS) + DIDS + b"\r\n" + b"0" * 30 + b"\r\n\r\n"
    answers = [
        b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\n" + DIDS,
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
    ]
    left = iter(answers)
    server = raw(lambda target: next(left))
    with sync_client(server) as client:
        assert [d.id for d in client.dids.list()] == ["d1"]
        assert [d.id for d in client.dids.list()] == ["d1"]
    assert server.connections == 1  # each answer was read to its exact end


# --- lines ending in a bare LF ----------------------------------------------------------------


def _read_all(wire: bytes, count: int) -> list[tuple[int, list[tuple[bytes, bytes]], bytes]]:
    """``count`` answers read by one reader from ``wire``, sent a byte at a time so that every
    line end is split between two reads somewhere."""
    ours, theirs = socket.socketpair()
    ours.settimeout(10)

    def send() -> None:
        try:
            for i in range(len(wire)):
                theirs.sendall(wire[i : i + 1])
        except OSError:
            pass  # the reader gave up and closed its end

    writer = threading.Thread(target=send)
    writer.start()
    try:
        reader = Reader(ours)
        answers = [reader.read_answer("GET") for _ in range(count)]
    finally:
        ours.close()
        writer.join()
        theirs.close()
    return [(a.status, a.headers, a.body) for a in answers]


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.1 200 OK\nContent-Length: 2\nX-A: 1\n\nhi",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\nX-A: 1\r\n\r\nhi",
        b"HTTP/1.1 200 OK\nContent-Length: 2\r\nX-A: 1\n\r\nhi",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-A: 1\r\n\nhi",
        b"HTTP/1.1 200 OK\nX-A: 1\nTransfer-Encoding: chunked\n\n1;ext=x\nh\n1\r\ni\n0\nT: v\n\n",
        b"HTTP/1.1 200 OK\nX-A: 1\nX-B: a\n  b\nTransfer-Encoding: chunked\n\n2\r\nhi\r\n0\r\n\n",
    ],
)
def test_the_reader_takes_bare_lf_line_ends(wire: bytes) -> None:
    # The same answer twice on one connection: the first ends exactly where the second starts.
    first, second = _read_all(wire + wire, 2)
    assert first == second
    status, headers, body = first
    assert (status, body) == (200, b"hi")
    assert (b"X-A", b"1") in headers
    assert all(b"\r" not in name + value for name, value in headers)
    if b"X-B" in wire:  # a folded line goes on the header before it
        assert (b"X-B", b"a b") in headers


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_with_bare_lf_lines_is_read_at_once(
    raw: Callable[..., RawServer], kind: str
) -> None:
    # Before: the sync reader looked for CR LF CR LF only, so it waited out the read timeout.
    answers = [
        b"HTTP/1.1 200 OK\nContent-Type: application/vnd.api+json\n"
        b"Content-Length: %d\n\n" % len(DIDS) + DIDS,
        b"HTTP/1.1 200 OK\nContent-Type: application/vnd.api+json\n"
        b"Content-Length: %d\n\n" % len(DIDS) + DIDS,
    ]
    left = iter(answers)
    server = raw(lambda target: next(left))

    def two_lists(client: Any) -> Any:
        if kind == "sync":
            return [client.dids.list(), client.dids.list()]

        async def both() -> Any:
            return [await client.dids.list(), await client.dids.list()]

        return both()

    pages = run(kind, two_lists, base_url=server.url + "/v3", max_retries=0, timeout=10)
    assert [[d.id for d in page] for page in pages] == [["d1"], ["d1"]]
    assert server.connections == 1


def test_a_chunked_answer_with_bare_lf_lines_is_read_at_once(
    raw: Callable[..., RawServer],
) -> None:
    chunked = b"%x\n" % len(DIDS) + DIDS + b"\n0\n\n"
    server = raw(
        lambda target: b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n" + chunked,
    )
    with sync_client(server) as client:
        assert [d.id for d in client.dids.list()] == ["d1"]
        assert [d.id for d in client.dids.list()] == ["d1"]
    assert server.connections == 1


# --- a downloaded file's answer ---------------------------------------------------------------


def _export(url: str) -> didww.Export:
    document = {"data": {"type": "exports", "id": "e1", "attributes": {"status": "completed"}}}
    document["data"]["attributes"]["url"] = url  # type: ignore[index]
    body = json.dumps(document).encode()
    decoded = decode_document(body, 200, many=False, expected_type="exports", registry=REGISTRY)
    assert isinstance(decoded.data, didww.Export)
    return decoded.data


def _download(kind: str, server: RawServer, destination: Any, **options: Any) -> Any:
    export = _export(server.url + "/files/cdr.csv")

    def go(client: Any) -> Any:
        return client.exports.download(export, destination, **options)

    return run(kind, go, base_url=server.url + "/v3", max_retries=0, timeout=10)


@pytest.mark.parametrize("kind", KINDS)
def test_a_download_whose_headers_are_not_ascii_is_written(
    raw: Callable[..., RawServer], kind: str, tmp_path: Path
) -> None:
    # Object stores send UTF-8 file names and metadata as raw bytes. Before: the sync client
    # failed with a raw UnicodeEncodeError making the response.
    head = (
        b"HTTP/1.1 200 \xc3\x96K\r\nContent-Type: text/csv\r\n"
        b'Content-Disposition: attachment; filename="r\xc3\xa9sum\xc3\xa9.csv"\r\n'
        b"x-amz-meta-owner: \xe2\x98\x83 \xff\r\n"
        b"Content-Length: %d\r\n\r\n" % len(CSV)
    )
    server = raw(lambda target: head + CSV)
    written = _download(kind, server, tmp_path / "cdr.csv")
    assert written == len(CSV)
    assert (tmp_path / "cdr.csv").read_bytes() == CSV


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "length",
    ["\u00b2".encode(), "\u0663".encode(), b"9" * 5000],
    ids=["superscript", "arabic-indic", "5000-digits"],
)
def test_a_content_length_that_is_no_number_leaves_the_file_length_unknown(
    raw: Callable[..., RawServer], kind: str, length: bytes
) -> None:
    # http.client reads such a body to the connection's end; the download and its progress
    # hook then go without a total. Before: str.isdigit() let these through to a raw ValueError
    # (or read "3" for U+0663).
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + length
    server = raw(lambda target: head + b"\r\nConnection: close\r\n\r\n" + CSV, close=True)
    seen: list[tuple[int, int | None]] = []
    sink = io.BytesIO()
    if kind == "async":
        # h11 refuses such a head outright: an SDK error all the same, never a raw one.
        with pytest.raises(didww.APIConnectionError):
            _download(kind, server, sink, progress=lambda d, t: seen.append((d, t)))
        return
    assert _download(kind, server, sink, progress=lambda d, t: seen.append((d, t))) == len(CSV)
    assert sink.getvalue() == CSV
    assert seen[0] == (0, None) and seen[-1] == (len(CSV), None)
