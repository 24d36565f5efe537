"""Downloads whose body is cut short on the way, over real loopback servers: the served simulator
with its ``truncated`` fault, the download tests' file server, and a server that sends bodies with
no length of their own.

A cut is repaired by reading the file again from its start and skipping what was passed on
already, within the client's ``max_retries``; once they are spent the download raises
``APIConnectionError`` naming the file, and nothing is left at a destination path. A file that is
broken in itself (corrupt gzip) is a ``DecodeError`` and is not read again.
"""

from __future__ import annotations

import gzip
import io
import itertools
import socket
import socketserver
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import enums
from didww._download import Replay
from didww.testing import ManualClock, SimulatorServer
from tests.files.server import CSV_HEADER, FileServer
from tests.support import answered_export

PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"}
ROWS = [
    {"date": "2026-04-01 10:00:00", "source": f"1201555{i:04d}", "destination": "4420", "n": str(i)}
    for i in range(2000)
]
CSV = ("date,source,destination,n\n" + "".join(",".join(r.values()) + "\n" for r in ROWS)).encode()
GZ = gzip.compress(CSV, mtime=0)
FILE = "/files/cdr.csv.gz"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def cut_first(body: bytes, times: int, at: int | None = None) -> Callable[[], Iterable[bytes]]:
    """A route body whose first ``times`` requests get only the first ``at`` bytes (half by
    default), the server hanging up short of the length it announced; later ones get it all."""
    calls = itertools.count()
    keep = len(body) // 2 if at is None else at

    def chunks() -> Iterable[bytes]:
        return [body[:keep]] if next(calls) < times else [body]

    return chunks


def serve_cut(server: FileServer, body: bytes, times: int, path: str = FILE) -> str:
    server.serve(path, cut_first(body, times), length=len(body))
    return server.url + path


export_at = answered_export


def client_for(server: FileServer, **kwargs: Any) -> didww.Client:
    kwargs.setdefault("clock", ManualClock())
    return didww.Client(api_key="secret-api-key", base_url=server.api_url, **kwargs)


def async_client_for(server: FileServer, **kwargs: Any) -> didww.AsyncClient:
    kwargs.setdefault("clock", ManualClock())
    return didww.AsyncClient(api_key="secret-api-key", base_url=server.api_url, **kwargs)


def assert_ours(error: didww.APIConnectionError, where: str) -> None:
    """The message is the SDK's own: the file and its host, no transport internals."""
    text = str(error)
    assert text.startswith(f"the download of {where} was cut short after "), text
    for internal in ("IncompleteRead", "RemoteProtocolError", "http.client", "peer closed"):
        assert internal not in text
    assert isinstance(error.__cause__, httpx.TransportError)
    assert not error.may_have_been_processed


# --- the served simulator and its truncated fault -----------------------------------------------


def simulator_export(client: didww.Client, clock: ManualClock) -> tuple[didww.Export, bytes]:
    """A completed export of the simulator, and its file as served (read once, unfaulted)."""
    created = client.exports.create(
        didww.Export(export_type=enums.ExportType.CDR_IN, filters=PERIOD)
    )
    clock.advance(60)
    export = client.exports.find(created.id)
    whole = io.BytesIO()
    client.exports.download(export, whole, decompress=False)
    return export, whole.getvalue()


def file_gets(server: SimulatorServer, export: didww.Export) -> int:
    path = f"/exports/{export.id}.csv.gz"
    return sum(1 for r in server.simulator.requests if r.method == "GET" and r.path == path)


def test_a_file_cut_once_is_read_again_and_written_whole(
    didww_server: SimulatorServer, didww_clock: ManualClock, tmp_path: Path
) -> None:
    with didww_server.client(clock=didww_clock) as client:
        export, served = simulator_export(client, didww_clock)
        expected = gzip.decompress(served)
        didww_server.simulator.faults.add(kind="truncated", path=f"/exports/{export.id}.csv.gz")
        sleeps_before = len(didww_clock.sleeps)
        assert client.exports.download(export, tmp_path / "tr.csv") == len(expected)
    assert (tmp_path / "tr.csv").read_bytes() == expected
    assert leftovers(tmp_path) == ["tr.csv"]
    assert (
        file_gets(didww_server, export) == 1 + 2
    )  # the unfaulted read, then the cut and the whole
    assert didww_clock.sleeps[sleeps_before:] == [0.5]  # the backoff of any safe request


def test_a_file_cut_every_time_raises_after_the_retries_and_keeps_nothing(
    didww_server: SimulatorServer, didww_clock: ManualClock, tmp_path: Path
) -> None:
    destination = tmp_path / "tr.csv"
    destination.write_bytes(b"the previous download\n")
    with didww_server.client(clock=didww_clock) as client:
        export, served = simulator_export(client, didww_clock)
        didww_server.simulator.faults.add(
            kind="truncated", path=f"/exports/{export.id}.csv.gz", times=5
        )
        sleeps_before = len(didww_clock.sleeps)
        with pytest.raises(didww.APIConnectionError) as caught:
            client.exports.download(export, destination)
    error = caught.value
    assert type(error) is didww.APIConnectionError
    assert error.attempts == 3  # max_retries=2, as for any read
    assert_ours(error, f"/v3/exports/{export.id}.csv.gz from 127.0.0.1:{didww_server.port}")
    half = len(served) // 2
    assert f"cut short after {half} of {len(served)} bytes (after 3 attempts)" in str(error)
    assert file_gets(didww_server, export) == 1 + 3
    assert didww_clock.sleeps[sleeps_before:] == [0.5, 1.0]
    assert destination.read_bytes() == b"the previous download\n"
    assert leftovers(tmp_path) == ["tr.csv"]  # no temporary file left behind


def test_max_retries_zero_reads_once(
    didww_server: SimulatorServer, didww_clock: ManualClock, tmp_path: Path
) -> None:
    with didww_server.client(clock=didww_clock, max_retries=0) as client:
        export, _ = simulator_export(client, didww_clock)
        didww_server.simulator.faults.add(kind="truncated", path=f"/exports/{export.id}.csv.gz")
        with pytest.raises(didww.APIConnectionError) as caught:
            client.exports.download(export, tmp_path / "tr.csv")
        assert caught.value.attempts == 1
        assert "attempts" not in str(caught.value)
        assert file_gets(didww_server, export) == 1 + 1
        # The fault is used up: the same call now works, once.
        client.exports.download(export, tmp_path / "tr.csv")
    assert file_gets(didww_server, export) == 1 + 2
    assert leftovers(tmp_path) == ["tr.csv"]


@pytest.mark.anyio
async def test_async_a_file_cut_once_is_whole_and_cut_every_time_raises(
    didww_server: SimulatorServer, didww_clock: ManualClock, tmp_path: Path
) -> None:
    with didww_server.client(clock=didww_clock) as sync:
        export, served = simulator_export(sync, didww_clock)
    path = f"/exports/{export.id}.csv.gz"
    faults = didww_server.simulator.faults
    async with didww_server.async_client(clock=didww_clock) as client:
        faults.add(kind="truncated", path=path)
        await client.exports.download(export, tmp_path / "once.csv")
        assert file_gets(didww_server, export) == 1 + 2
        faults.add(kind="truncated", path=path, times=5)
        with pytest.raises(didww.APIConnectionError) as caught:
            await client.exports.download(export, tmp_path / "always.csv")
        faults.clear()
        rows = [row async for row in client.exports.iter_rows(export)]
    assert (tmp_path / "once.csv").read_bytes() == gzip.decompress(served)
    assert caught.value.attempts == 3
    assert_ours(caught.value, f"/v3{path} from 127.0.0.1:{didww_server.port}")
    assert file_gets(didww_server, export) == 1 + 2 + 3 + 1
    assert leftovers(tmp_path) == ["once.csv"]
    assert len(rows) == 3


# --- the file server: rows, file objects, progress, a file that changed --------------------------


def test_iter_rows_goes_on_after_a_cut_with_no_row_twice(server: FileServer) -> None:
    url = serve_cut(server, CSV, times=1)
    with client_for(server) as client:
        rows = list(client.exports.iter_rows(export_at(url)))
    assert rows == ROWS
    assert len(server.requests_to(FILE)) == 2


def test_iter_rows_cut_every_time_raises_after_the_rows_it_had(server: FileServer) -> None:
    url = serve_cut(server, CSV, times=5)
    got: list[dict[str, str]] = []
    with client_for(server) as client, pytest.raises(didww.APIConnectionError) as caught:
        for row in client.exports.iter_rows(export_at(url)):
            got.append(row)
    assert 0 < len(got) < len(ROWS)  # rows came before the cut, and the result is not silent
    assert got == ROWS[: len(got)]  # none twice, none skipped
    assert caught.value.attempts == 3
    assert_ours(caught.value, f"{FILE} from 127.0.0.1:{server.port}")
    assert len(server.requests_to(FILE)) == 3


def test_a_file_object_gets_every_byte_once(server: FileServer) -> None:
    url = serve_cut(server, GZ, times=2)
    out = io.BytesIO()
    with client_for(server) as client:
        assert client.exports.download(export_at(url), out) == len(CSV)
    assert out.getvalue() == CSV
    assert len(server.requests_to(FILE)) == 3


def test_progress_never_counts_a_byte_twice(server: FileServer, tmp_path: Path) -> None:
    url = serve_cut(server, GZ, times=1)
    seen: list[tuple[int, int | None]] = []
    with client_for(server) as client:
        client.exports.download(
            export_at(url), tmp_path / "a.csv", progress=lambda d, t: seen.append((d, t))
        )
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[0] == 0 and done[-1] == len(GZ)
    assert {t for _, t in seen} == {len(GZ)}


def test_a_query_token_is_never_in_the_message(server: FileServer, tmp_path: Path) -> None:
    url = serve_cut(server, GZ, times=1) + "?signature=very-secret-token"
    with client_for(server, max_retries=0) as client, pytest.raises(didww.APIConnectionError) as c:
        client.exports.download(export_at(url), tmp_path / "a.csv")
    assert "very-secret-token" not in str(c.value) and "secret-api-key" not in str(c.value)
    assert_ours(c.value, f"{FILE} from 127.0.0.1:{server.port}")
    assert leftovers(tmp_path) == []


def test_a_file_that_changed_between_attempts_is_not_stitched(
    server: FileServer, tmp_path: Path
) -> None:
    other = CSV.replace(b"2026-04-01", b"2026-04-02")
    calls = itertools.count()
    server.serve(
        "/files/cdr.csv",
        lambda: [CSV[: len(CSV) // 2]] if next(calls) == 0 else [other],
        length=len(CSV),
    )
    with client_for(server) as client, pytest.raises(didww.APIConnectionError) as caught:
        client.exports.download(export_at(server.url + "/files/cdr.csv"), tmp_path / "a.csv")
    assert "holds other bytes" in str(caught.value) and "changed" in str(caught.value)
    assert caught.value.attempts == 2
    assert len(server.requests_to("/files/cdr.csv")) == 2  # not repeated: it would not help
    assert leftovers(tmp_path) == []


def test_the_rate_limit_holds_for_the_request_sent_again(server: FileServer) -> None:
    url = serve_cut(server, GZ, times=1)
    clock = ManualClock()
    with client_for(server, clock=clock, rate_limit=0.25) as client:
        client.exports.download(export_at(url), io.BytesIO())
    # The first start is free; the second waits out the backoff, then what is left of 4 s.
    assert clock.sleeps == [0.0, 0.5, 3.5]


@pytest.mark.anyio
async def test_async_rows_file_objects_and_the_retry_count(server: FileServer) -> None:
    serve_cut(server, CSV, times=1, path="/files/once.csv")
    serve_cut(server, CSV, times=5, path="/files/always.csv")
    serve_cut(server, GZ, times=2, path="/files/twice.csv.gz")
    got: list[dict[str, str]] = []
    out = io.BytesIO()
    async with async_client_for(server) as client:
        rows = [
            r async for r in client.exports.iter_rows(export_at(server.url + "/files/once.csv"))
        ]
        with pytest.raises(didww.APIConnectionError) as caught:
            async for row in client.exports.iter_rows(export_at(server.url + "/files/always.csv")):
                got.append(row)
        await client.exports.download(export_at(server.url + "/files/twice.csv.gz"), out)
    async with async_client_for(server, max_retries=0) as client:
        with pytest.raises(didww.APIConnectionError) as once:
            await client.exports.download(export_at(server.url + "/files/always.csv"), io.BytesIO())
    assert rows == ROWS
    assert 0 < len(got) < len(ROWS) and got == ROWS[: len(got)]
    assert caught.value.attempts == 3 and once.value.attempts == 1
    assert_ours(caught.value, f"/files/always.csv from 127.0.0.1:{server.port}")
    assert out.getvalue() == CSV
    assert [len(server.requests_to(f"/files/{name}")) for name in ("once.csv", "twice.csv.gz")] == [
        2,
        3,
    ]
    assert len(server.requests_to("/files/always.csv")) == 3 + 1


# --- a broken file is not a cut: DecodeError, read once -----------------------------------------


def broken_files(server: FileServer) -> dict[str, str]:
    corrupt = bytearray(GZ)
    corrupt[-8] ^= 0xFF  # the CRC-32 of the gzip trailer
    server.serve("/files/crc.csv.gz", bytes(corrupt))
    server.serve("/files/short.csv.gz", GZ[:-10])  # the whole body arrives; its gzip ends early
    return {"/files/crc.csv.gz": "not valid gzip", "/files/short.csv.gz": "truncated"}


def test_a_corrupt_file_is_a_decode_error_and_not_read_again(
    server: FileServer, tmp_path: Path
) -> None:
    with client_for(server) as client:
        for path, message in broken_files(server).items():
            with pytest.raises(didww.DecodeError, match=message):
                client.exports.download(export_at(server.url + path), tmp_path / "a.csv")
            with pytest.raises(didww.DecodeError, match=message):
                list(client.exports.iter_rows(export_at(server.url + path)))
            assert len(server.requests_to(path)) == 2  # once each: it would come back the same
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_async_a_corrupt_file_is_a_decode_error_and_not_read_again(
    server: FileServer, tmp_path: Path
) -> None:
    async with async_client_for(server) as client:
        for path, message in broken_files(server).items():
            with pytest.raises(didww.DecodeError, match=message):
                await client.exports.download(export_at(server.url + path), tmp_path / "a.csv")
            assert len(server.requests_to(path)) == 1
    assert leftovers(tmp_path) == []


# --- a body with no length of its own: its gzip end tells a cut ---------------------------------


class UnframedServer:
    """Answers every GET with ``200`` and a body that ends when the connection closes (neither
    ``Content-Length`` nor chunked): the next of ``bodies``, then ``default``. ``framing``, a
    header line, frames the bodies as it says (they are sent as given all the same)."""

    def __init__(self, default: bytes, bodies: Iterable[bytes] = (), framing: bytes = b"") -> None:
        self.default = default
        self.bodies = list(bodies)
        self.framing = framing
        self.requests = 0
        self._lock = threading.Lock()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _handler(self) -> type[socketserver.BaseRequestHandler]:
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                head = b""
                while b"\r\n\r\n" not in head:
                    data = sock.recv(4096)
                    if not data:
                        return
                    head += data
                with owner._lock:
                    owner.requests += 1
                    body = owner.bodies.pop(0) if owner.bodies else owner.default
                answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\n" + owner.framing
                sock.sendall(answer + b"Connection: close\r\n\r\n" + body)
                sock.shutdown(socket.SHUT_WR)

        return Handler

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> UnframedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def unframed() -> Iterator[Callable[..., UnframedServer]]:
    running: list[UnframedServer] = []

    def start(default: bytes, bodies: Iterable[bytes] = (), framing: bytes = b"") -> UnframedServer:
        running.append(UnframedServer(default, bodies, framing).__enter__())
        return running[-1]

    yield start
    for server in running:
        server.__exit__()


def unframed_client(server: UnframedServer, **kwargs: Any) -> didww.Client:
    return didww.Client(api_key="k", base_url=server.url + "/v3", clock=ManualClock(), **kwargs)


def test_an_unframed_gzip_that_stops_early_is_read_again(
    unframed: Callable[..., UnframedServer], tmp_path: Path
) -> None:
    server = unframed(GZ, [GZ[: len(GZ) // 3]])
    with unframed_client(server) as client:
        assert client.exports.download(export_at(server.url + FILE), tmp_path / "a.csv") == len(CSV)
    assert (tmp_path / "a.csv").read_bytes() == CSV
    assert server.requests == 2
    whole = unframed(GZ)
    with unframed_client(whole) as client:
        raw = io.BytesIO()
        client.exports.download(export_at(whole.url + FILE), raw, decompress=False)
    assert raw.getvalue() == GZ and whole.requests == 1


def test_an_unframed_gzip_that_always_stops_early_raises(
    unframed: Callable[..., UnframedServer], tmp_path: Path
) -> None:
    server = unframed(GZ[:100])
    with unframed_client(server) as client, pytest.raises(didww.APIConnectionError) as caught:
        # decompress=False too: the .gz would be written cut short otherwise.
        client.exports.download(export_at(server.url + FILE), tmp_path / "a.gz", decompress=False)
    assert caught.value.attempts == 3 and server.requests == 3
    assert str(caught.value).endswith(
        "was cut short after 100 bytes (the connection closed before the end of its gzip stream)"
        " (after 3 attempts)"
    )
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_async_an_unframed_gzip_that_stops_early_is_read_again(
    unframed: Callable[..., UnframedServer],
) -> None:
    server = unframed(GZ, [GZ[:50], GZ[:500]])
    out = io.BytesIO()
    async with didww.AsyncClient(
        api_key="k", base_url=server.url + "/v3", clock=ManualClock()
    ) as client:
        await client.exports.download(export_at(server.url + FILE), out)
    assert out.getvalue() == CSV and server.requests == 3


@pytest.mark.parametrize(
    "ending",
    [
        b"3;" + b"x" * 70_000 + b"\r\nabc\r\n0\r\n\r\n",  # a chunk size line past 64 KiB
        b"0\r\nX-Trailer: " + b"x" * 70_000 + b"\r\n\r\n",  # a trailer line past 64 KiB
    ],
    ids=["chunk size line", "trailer line"],
)
def test_a_chunked_body_with_an_endless_line_is_an_error_of_ours(
    ending: bytes, unframed: Callable[..., UnframedServer]
) -> None:
    # http.client gives up on such a line with its own LineTooLong, which escaped the download.
    body = b"%x\r\n%s\r\n" % (len(GZ), GZ) + ending
    server = unframed(body, framing=b"Transfer-Encoding: chunked\r\n")
    with (
        unframed_client(server, max_retries=1) as client,
        pytest.raises(didww.APIConnectionError) as caught,
    ):
        client.exports.download(export_at(server.url + FILE), io.BytesIO(), decompress=False)
    assert str(caught.value).startswith(f"the download of {FILE} from 127.0.0.1:")
    assert "LineTooLong" not in str(caught.value)
    assert server.requests == 2  # read again, as any body that broke off


# --- the message of a stalled body, without waiting for a real timeout --------------------------


def test_a_read_timeout_mid_body_is_an_api_timeout_error_of_ours() -> None:
    request = httpx.Request(
        "GET",
        "https://files.example/exports/e1.csv.gz?token=t",
        extensions={"timeout": {"read": 30}},
    )
    response = httpx.Response(200, headers={"Content-Length": "1000"}, content=b"", request=request)
    replay = Replay(response, attempts=1)
    replay.take(CSV_HEADER)
    lost = httpx.ReadTimeout("timed out")
    assert replay.cut(lost) == f"stalled after {len(CSV_HEADER)} of 1000 bytes (ReadTimeout)"
    error = replay.error(lost)
    assert isinstance(error, didww.APITimeoutError)
    assert str(error).startswith(
        "read timeout: the download of /exports/e1.csv.gz from files.example stalled after "
        f"{len(CSV_HEADER)} of 1000 bytes: no data came within 30 s"
    )
    assert error.__cause__ is lost
