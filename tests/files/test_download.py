"""client.exports.download against a real loopback server: a gzip that expands to hundreds of MB
in flat memory, the size cap, truncated and corrupt gzip, raw bytes, atomic writes, the API key
kept on the API host, and the async twin."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

import didww
from tests.files.server import CSV_HEADER, CSV_ROW, FileServer, csv_blocks, digest, gzip_stream
from tests.support import answered_export

BIG = 320 * 1024 * 1024  # bytes once gunzipped
PEAK_LIMIT = 20 * 1024 * 1024
CSV = CSV_HEADER + b"2026-04-01 10:00:00,1201,4420,65,0.0125,answered\n" * 1000
GZ = gzip.compress(CSV, mtime=0)


def export_document(id: str, url: str | None, status: str = "completed") -> dict[str, Any]:
    return {
        "data": {
            "type": "exports",
            "id": id,
            "attributes": {"status": status, "url": url, "export_type": "cdr_in"},
        }
    }


def export_model(id: str, url: str | None, status: str = "completed") -> didww.Export:
    return answered_export(url, id, status)


def completed(id: str, url: str) -> didww.Export:
    return answered_export(url, id)


def client_for(server: FileServer, **kwargs: Any) -> didww.Client:
    kwargs.setdefault("max_retries", 0)
    return didww.Client(api_key="secret-api-key", base_url=server.api_url, **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def measure_peak(run: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = run()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_big_gzip_streams_to_a_path_in_flat_memory(server: FileServer, tmp_path: Path) -> None:
    size, sha = digest(csv_blocks(BIG))
    server.serve("/files/cdr.csv.gz", lambda: gzip_stream(csv_blocks(BIG)))
    compressed = sum(len(c) for c in gzip_stream(csv_blocks(BIG)))
    destination = tmp_path / "cdr.csv"
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    with client_for(server) as client:
        started = time.perf_counter()
        written, peak = measure_peak(lambda: client.exports.download(export, destination))
        elapsed = time.perf_counter() - started
    assert written == size == BIG
    assert destination.stat().st_size == BIG
    got = hashlib.sha256()
    with destination.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            got.update(block)
    assert got.hexdigest() == sha
    assert leftovers(tmp_path) == ["cdr.csv"]
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 1e6:.1f} MB"
    print(
        f"\n{compressed / 1e6:.1f} MB gzip -> {BIG / 1e6:.0f} MB in {elapsed:.2f} s, "
        f"peak traced memory {peak / 1e6:.2f} MB"
    )


def test_the_size_cap_trips_with_a_clear_error_and_keeps_nothing(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve("/files/cdr.csv.gz", lambda: gzip_stream(csv_blocks(BIG)))
    destination = tmp_path / "cdr.csv"
    destination.write_bytes(b"the previous download\n")
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    with client_for(server) as client:
        with pytest.raises(didww.DownloadTooLargeError) as caught:
            client.exports.download(export, destination, max_decompressed_bytes=10_000_000)
        assert caught.value.limit == 10_000_000
        assert "max_decompressed_bytes" in str(caught.value)
        assert isinstance(caught.value, didww.DidwwError)
        assert destination.read_bytes() == b"the previous download\n"  # untouched
        assert leftovers(tmp_path) == ["cdr.csv"]
        # Raising the cap (or lifting it) lets the same file through.
        assert client.exports.download(export, destination, max_decompressed_bytes=BIG) == BIG
        (tmp_path / "cdr.csv").unlink()
        with pytest.raises(didww.DownloadTooLargeError):
            client.exports.download(export, tmp_path / "new.csv", max_decompressed_bytes=BIG - 1)
    assert leftovers(tmp_path) == []


def test_a_truncated_gzip_raises_and_leaves_no_file(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cut.csv.gz", GZ[: len(GZ) - 10])  # a complete HTTP body, gzip cut short
    server.serve("/files/cut-early.csv.gz", GZ[:40])
    with client_for(server) as client:
        for name in ("cut.csv.gz", "cut-early.csv.gz"):
            export = completed("e1", f"{server.url}/files/{name}")
            with pytest.raises(didww.DecodeError, match="truncated") as caught:
                client.exports.download(export, tmp_path / "cdr.csv")
            assert caught.value.http_status == 200
    assert leftovers(tmp_path) == []


def test_a_corrupt_gzip_raises(server: FileServer, tmp_path: Path) -> None:
    corrupt = bytearray(GZ)
    corrupt[-8] ^= 0xFF  # the CRC-32 of the trailer
    server.serve("/files/crc.csv.gz", bytes(corrupt))
    server.serve("/files/junk.csv.gz", GZ + b"trailing junk")
    with client_for(server) as client:
        with pytest.raises(didww.DecodeError, match="not valid gzip"):
            client.exports.download(completed("e1", server.url + "/files/crc.csv.gz"), io.BytesIO())
        with pytest.raises(didww.DecodeError, match="after the end of the gzip stream"):
            client.exports.download(
                completed("e1", server.url + "/files/junk.csv.gz"), tmp_path / "x.csv"
            )
    assert leftovers(tmp_path) == []


def test_a_body_cut_by_the_network_raises_and_leaves_no_file(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve("/files/cdr.csv.gz", GZ[:100], length=len(GZ))  # hangs up mid-body
    with client_for(server) as client, pytest.raises(didww.APIConnectionError):
        client.exports.download(completed("e1", server.url + "/files/cdr.csv.gz"), tmp_path / "a")
    assert leftovers(tmp_path) == []


def test_decompress_false_keeps_the_bytes_as_served(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", lambda: [GZ[:7], GZ[7:100], GZ[100:]], chunked=True)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    with client_for(server) as client:
        written = client.exports.download(export, tmp_path / "cdr.csv.gz", decompress=False)
        assert client.exports.download(export, tmp_path / "cdr.csv") == len(CSV)
    assert written == len(GZ)
    assert (tmp_path / "cdr.csv.gz").read_bytes() == GZ
    assert (tmp_path / "cdr.csv").read_bytes() == CSV


def test_gzip_is_recognised_by_its_magic_bytes_not_the_name(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve("/files/plain.csv.gz", CSV)  # named .gz, but plain CSV
    server.serve("/files/download", GZ, headers={"Content-Type": "application/octet-stream"})
    server.serve("/files/one-byte", b"x")
    server.serve("/files/empty", b"")
    with client_for(server) as client:
        for name, expected in [
            ("plain.csv.gz", CSV),
            ("download", CSV),
            ("one-byte", b"x"),
        ]:
            out = io.BytesIO()
            written = client.exports.download(completed("e", f"{server.url}/files/{name}"), out)
            assert (written, out.getvalue()) == (len(expected), expected), name


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        (b"", {}, "the export's file is empty"),
        (gzip.compress(b"", mtime=0), {}, "the export's file is empty"),
        # Blank lines only: kept as a file, and iter_rows() gave no rows, with nothing said.
        (b"\n\n", {}, "the export's file is blank (white space only) (an export holds"),
        (gzip.compress(b"\r\n \n", mtime=0), {}, "the export's file is blank"),
        (
            b"<html><body>Sign in</body></html>",
            {"Content-Type": "text/html; charset=utf-8"},
            "answered with a web page (text/html)",
        ),
        # Found by an outside trial: these were kept as a CSV whose only line is its header,
        # and iter_rows() gave no rows, as for a night without calls.
        (
            b"not gzip at all",
            {"Content-Type": "application/gzip"},
            "says application/gzip but the body is not gzip",
        ),
        (
            b'{"errors":[{"title":"x"}]}',
            {"Content-Type": "application/octet-stream"},
            "the body is a JSON document or markup, not a CSV",
        ),
        (b'\n  [{"title": "x"}]', {}, "the body is a JSON document or markup, not a CSV"),
        (b"<?xml version='1.0'?><Error/>", {}, "the body is a JSON document or markup"),
    ],
)
def test_an_answer_that_only_looks_like_the_file_is_refused(
    server: FileServer, tmp_path: Path, body: bytes, headers: dict[str, str], reason: str
) -> None:
    """A 200 with nothing in it, or a sign-in page, would be written as a night without calls."""
    server.serve("/files/cdr.csv.gz", body, headers=headers)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    target = tmp_path / "cdr.csv"
    with client_for(server) as client:
        with pytest.raises(didww.DecodeError, match=re.escape(reason)):
            client.exports.download(export, target)
        with pytest.raises(didww.DecodeError, match=re.escape(reason)):
            list(client.exports.iter_rows(export))
    assert leftovers(tmp_path) == []


def test_a_plain_csv_labelled_as_csv_or_octets_is_still_taken(server: FileServer) -> None:
    for name, content_type in [("a.csv", "text/csv"), ("b.csv", "application/octet-stream")]:
        server.serve(f"/files/{name}", CSV, headers={"Content-Type": content_type})
    with client_for(server) as client:
        for name in ("a.csv", "b.csv"):
            rows = list(client.exports.iter_rows(completed("e", f"{server.url}/files/{name}")))
            assert rows, name


@pytest.mark.anyio
async def test_the_async_client_refuses_a_body_labelled_gzip_that_is_not(
    server: FileServer,
) -> None:
    server.serve("/files/x.csv.gz", b"a,b\n1,2\n", headers={"Content-Type": "application/gzip"})
    export = completed("e", f"{server.url}/files/x.csv.gz")
    async with didww.AsyncClient(
        api_key="secret-api-key", base_url=server.api_url, max_retries=0
    ) as client:
        with pytest.raises(didww.DecodeError, match="says application/gzip"):
            await client.exports.download(export, io.BytesIO())
        with pytest.raises(didww.DecodeError, match="says application/gzip"):
            [row async for row in client.exports.iter_rows(export)]


def test_content_encoding_gzip_is_handled_once_and_capped(
    server: FileServer, tmp_path: Path
) -> None:
    # An object store serving a .csv.gz with "Content-Encoding: gzip": the file is the gzip.
    server.serve("/files/cdr.csv.gz", GZ, headers={"Content-Encoding": "gzip"})
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    with client_for(server) as client:
        assert client.exports.download(export, tmp_path / "a.csv") == len(CSV)
        assert client.exports.download(export, tmp_path / "b.gz", decompress=False) == len(GZ)
        with pytest.raises(didww.DownloadTooLargeError):
            client.exports.download(export, io.BytesIO(), max_decompressed_bytes=100)
    assert (tmp_path / "b.gz").read_bytes() == GZ
    assert server.seen[0].headers["accept-encoding"] == "identity"


def test_concatenated_gzip_members_and_zero_padding(server: FileServer) -> None:
    body = gzip.compress(b"a,b\n1,2\n") + gzip.compress(b"3,4\n") + b"\x00" * 10
    server.serve("/files/multi.gz", body)
    with client_for(server) as client:
        out = io.BytesIO()
        client.exports.download(completed("e", server.url + "/files/multi.gz"), out)
        rows = list(client.exports.iter_rows(completed("e", server.url + "/files/multi.gz")))
    assert out.getvalue() == b"a,b\n1,2\n3,4\n"
    assert rows == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_the_api_key_goes_to_the_api_host_only(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    with client_for(server) as client:
        client.exports.download(completed("e1", server.url + "/files/cdr.csv.gz"), io.BytesIO())
        client.exports.download(
            completed("e2", server.foreign_url + "/files/cdr.csv.gz"), io.BytesIO()
        )
    own, foreign = server.requests_to("/files/cdr.csv.gz")
    assert own.headers["api-key"] == "secret-api-key"
    assert "api-key" not in foreign.headers
    assert foreign.headers["host"].startswith("localhost:")
    assert foreign.headers["x-didww-api-version"] == "2026-04-16"


def test_a_redirect_to_another_host_drops_the_api_key(server: FileServer) -> None:
    server.serve(
        "/v3/exports/e1.csv.gz",
        b"",
        status=302,
        headers={"Location": server.foreign_url + "/bucket/e1.csv.gz?signature=abc"},
    )
    server.serve("/bucket/e1.csv.gz", GZ)
    with client_for(server) as client:
        out = io.BytesIO()
        client.exports.download(completed("e1", server.api_url + "/exports/e1.csv.gz"), out)
    assert out.getvalue() == CSV
    (first,) = server.requests_to("/v3/exports/e1.csv.gz")
    (second,) = server.requests_to("/bucket/e1.csv.gz")
    assert first.headers["api-key"] == "secret-api-key"
    assert "api-key" not in second.headers


def test_an_export_id_is_looked_up_first(server: FileServer, tmp_path: Path) -> None:
    server.serve_json("/v3/exports/e7", export_document("e7", server.url + "/files/e7.csv.gz"))
    server.serve("/files/e7.csv.gz", GZ)
    with client_for(server) as client:
        assert client.exports.download("e7", tmp_path / "e7.csv") == len(CSV)
        assert client.exports.download(didww.Export("e7"), tmp_path / "again.csv") == len(CSV)
    assert [s.path for s in server.seen] == ["/v3/exports/e7", "/files/e7.csv.gz"] * 2
    assert (tmp_path / "e7.csv").read_bytes() == CSV


def test_a_relative_url_is_taken_from_the_api_origin(server: FileServer) -> None:
    server.serve("/v3/exports/e1.csv.gz", GZ)
    with client_for(server) as client:
        out = io.BytesIO()
        client.exports.download(completed("e1", "/v3/exports/e1.csv.gz"), out)
    assert out.getvalue() == CSV
    assert server.seen[0].headers["api-key"] == "secret-api-key"


def test_an_export_that_is_not_ready_is_refused_without_a_request(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve_json("/v3/exports/e2", export_document("e2", None, status="processing"))
    pending = export_model("e1", None, "pending")
    with client_for(server) as client:
        with pytest.raises(didww.ClientError, match=r"not ready to download \(status pending"):
            client.exports.download(pending, tmp_path / "x.csv")
        assert server.seen == []
        with pytest.raises(didww.ClientError, match="status processing"):
            client.exports.download("e2", tmp_path / "x.csv")
    assert [s.path for s in server.seen] == ["/v3/exports/e2"]
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("make_destination", "message"),
    [
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: tmp / "missing" / "x.csv", "does not exist"),
        (lambda tmp: io.StringIO(), "text mode"),
        (lambda tmp: 42, "got int"),
        (lambda tmp: None, "got NoneType"),
        (lambda tmp: "", "the destination path is empty$"),
        (lambda tmp: b"cdr.csv", "got bytes"),
    ],
)
def test_bad_destinations_are_client_errors_before_any_request(
    server: FileServer, tmp_path: Path, make_destination: Callable[[Path], Any], message: str
) -> None:
    with client_for(server) as client, pytest.raises(didww.ClientError, match=message):
        client.exports.download("e1", make_destination(tmp_path))
    assert server.seen == []


@pytest.mark.parametrize("bad", [-1, 1.5, "10", True])
def test_bad_limits_and_exports_are_client_errors(server: FileServer, bad: object) -> None:
    with client_for(server) as client:
        with pytest.raises(didww.ClientError, match="max_decompressed_bytes"):
            client.exports.download("e1", io.BytesIO(), max_decompressed_bytes=bad)  # type: ignore[arg-type]
        with pytest.raises(didww.ClientError, match="expected an Export or an export id"):
            client.exports.download(3, io.BytesIO())  # type: ignore[arg-type]
        with pytest.raises(didww.ClientError, match="no id"):
            client.exports.download(" ", io.BytesIO())
    assert server.seen == []


def test_an_error_status_raises_and_leaves_no_file(server: FileServer, tmp_path: Path) -> None:
    server.serve(
        "/files/gone.csv.gz",
        b'{"errors":[{"title":"Not found","detail":"no such export file"}]}',
        status=404,
        headers={"Content-Type": "application/vnd.api+json"},
    )
    with client_for(server) as client, pytest.raises(didww.NotFoundError) as caught:
        client.exports.download(completed("e", server.url + "/files/gone.csv.gz"), tmp_path / "x")
    assert caught.value.errors[0].detail == "no such export file"
    assert leftovers(tmp_path) == []


def test_a_new_file_is_private_and_a_replaced_one_keeps_its_mode(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    shared = tmp_path / "shared.csv"
    shared.write_bytes(b"old")
    os.chmod(shared, 0o644)
    with client_for(server) as client:
        client.exports.download(export, tmp_path / "new.csv")
        client.exports.download(export, shared)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o644
    assert shared.read_bytes() == CSV


def test_iter_rows_streams_dicts_in_flat_memory(server: FileServer) -> None:
    # Wide rows: 64 MB of CSV in few enough rows to count them under tracemalloc quickly.
    total, wide = 64 * 1024 * 1024, CSV_ROW[:-1] + b" " + b"-" * 1000 + b"\n"
    server.serve("/files/rows.csv.gz", lambda: gzip_stream(csv_blocks(total, row=wide)))
    export = completed("e1", server.url + "/files/rows.csv.gz")

    def count() -> tuple[int, dict[str, str], dict[str, str]]:
        rows = client.exports.iter_rows(export)
        first = next(rows)
        last, n = first, 1
        for row in rows:
            last, n = row, n + 1
        return n, first, last

    with client_for(server) as client:
        (n, first, last), peak = measure_peak(count)
    text = b"".join(csv_blocks(total, row=wide))
    assert n == text.count(b"\n") - 1 + (not text.endswith(b"\n"))  # the last row is cut short
    del text
    assert first == {
        "date": "2026-04-01 10:00:00",
        "source": "12015550100",
        "destination": "442071234567",
        "duration": "65",
        "charge": "0.0125",
        "disconnect_reason": "answered " + "-" * 1000,
    }
    assert list(last) == list(first)
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 1e6:.1f} MB"
    print(f"\niter_rows: {n} rows, {total / 1e6:.0f} MB of CSV, peak {peak / 1e6:.2f} MB")


def test_iter_rows_parses_quoted_fields_and_can_stop_early(server: FileServer) -> None:
    text = (
        "\ufeffdate,source,note\r\n"
        '2026-04-01,"+1 201, ext. 5","said ""hi""\nthen hung up"\r\n'
        "\r\n"
        "2026-04-02,Zürich,\r\n"
        "2026-04-03,short\r\n"
    )
    server.serve("/files/rows.csv.gz", gzip.compress(text.encode()))
    produced: list[int] = []
    stopped = threading.Event()

    def counted() -> Iterator[bytes]:
        for block in csv_blocks(BIG):
            produced.append(len(block))
            yield block

    def big_body() -> Iterator[bytes]:
        try:
            # Stored, not compressed: the body is as long as the CSV, so the socket buffers
            # fill and the server waits on the client, as it would for a real export.
            yield from gzip_stream(counted(), level=0)
        finally:
            stopped.set()

    server.serve("/files/big.csv.gz", big_body)
    with client_for(server) as client:
        rows = list(client.exports.iter_rows(completed("e", server.url + "/files/rows.csv.gz")))
        assert rows == [
            {"date": "2026-04-01", "source": "+1 201, ext. 5", "note": 'said "hi"\nthen hung up'},
            {"date": "2026-04-02", "source": "Zürich", "note": ""},
            {"date": "2026-04-03", "source": "short", "note": ""},
        ]
        big = client.exports.iter_rows(completed("e", server.url + "/files/big.csv.gz"))
        assert next(big)["duration"] == "65"
        assert isinstance(big, Generator)
        big.close()  # stops reading and drops the connection
        # The server's writes fail once the connection is gone, and it stops making the body:
        # read to its end, the file would have been made whole.
        assert stopped.wait(30), "the server went on sending"
        assert sum(produced) < BIG // 2


def test_iter_rows_refuses_a_pending_export_at_call_time(server: FileServer) -> None:
    pending = export_model("e1", None, "processing")
    with client_for(server) as client, pytest.raises(didww.ClientError, match="not ready"):
        client.exports.iter_rows(pending)


# --- async ---------------------------------------------------------------------------------


def async_client_for(server: FileServer) -> didww.AsyncClient:
    return didww.AsyncClient(api_key="secret-api-key", base_url=server.api_url, max_retries=0)


@pytest.mark.anyio
async def test_async_big_download_in_flat_memory(server: FileServer, tmp_path: Path) -> None:
    total = 160 * 1024 * 1024
    size, sha = digest(csv_blocks(total))
    server.serve("/files/cdr.csv.gz", lambda: gzip_stream(csv_blocks(total)))
    destination = tmp_path / "cdr.csv"
    async with async_client_for(server) as client:
        export = completed("e1", server.url + "/files/cdr.csv.gz")
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            written = await client.exports.download(export, destination)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert written == size
    assert hashlib.sha256(destination.read_bytes()).hexdigest() == sha
    assert peak < PEAK_LIMIT, f"peak traced memory {peak / 1e6:.1f} MB"
    print(f"\nasync: {total / 1e6:.0f} MB gunzipped to a path, peak {peak / 1e6:.2f} MB")


@pytest.mark.anyio
async def test_async_cap_truncation_key_and_rows(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    server.serve("/files/cut.csv.gz", GZ[:-9])
    server.serve_json(
        "/v3/exports/e9", export_document("e9", server.foreign_url + "/files/cdr.csv.gz")
    )
    async with async_client_for(server) as client:
        with pytest.raises(didww.DownloadTooLargeError):
            await client.exports.download(
                completed("e1", server.url + "/files/cdr.csv.gz"),
                tmp_path / "a.csv",
                max_decompressed_bytes=1000,
            )
        with pytest.raises(didww.DecodeError, match="truncated"):
            await client.exports.download(
                completed("e1", server.url + "/files/cut.csv.gz"), tmp_path / "b.csv"
            )
        assert leftovers(tmp_path) == []
        raw = io.BytesIO()
        assert await client.exports.download("e9", raw, decompress=False) == len(GZ)
        rows = [row async for row in client.exports.iter_rows("e9")]
    assert raw.getvalue() == GZ
    assert len(rows) == 1000 and rows[0]["disconnect_reason"] == "answered"
    fetches = server.requests_to("/files/cdr.csv.gz")
    assert fetches[0].headers["api-key"] == "secret-api-key"  # own host
    assert all("api-key" not in s.headers for s in fetches[1:])  # localhost: foreign
    assert all(
        s.headers["api-key"] == "secret-api-key" for s in server.requests_to("/v3/exports/e9")
    )


def test_sync_and_async_write_the_same_file(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    with client_for(server) as client:
        client.exports.download(export, tmp_path / "sync.csv")

    async def main() -> None:
        async with async_client_for(server) as client:
            await client.exports.download(export, tmp_path / "async.csv")

    anyio.run(main)
    assert (tmp_path / "sync.csv").read_bytes() == (tmp_path / "async.csv").read_bytes() == CSV


# -- paths that are not plain files -------------------------------------------------------------


def test_a_symbolic_link_is_followed_and_kept(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    target = tmp_path / "real.csv"
    target.write_bytes(b"old")
    link = tmp_path / "latest.csv"
    link.symlink_to(target.name)
    with client_for(server) as client:
        assert client.exports.download(export, link) == len(CSV)
    assert link.is_symlink() and os.readlink(link) == "real.csv"  # the link stays
    assert target.read_bytes() == CSV  # and the file it points at is replaced
    assert leftovers(tmp_path) == ["latest.csv", "real.csv"]


def test_a_dangling_link_gets_its_target_written(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    link = tmp_path / "latest.csv"
    link.symlink_to("not-yet.csv")
    with client_for(server) as client:
        client.exports.download(export, link)
    assert link.is_symlink() and (tmp_path / "not-yet.csv").read_bytes() == CSV


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_named_pipe_is_written_into_not_replaced(
    kind: str, server: FileServer, tmp_path: Path
) -> None:
    """A pipe (like /dev/stdout or /dev/null, which are devices) is no file to rename over: the
    bytes go into it, and it is still a pipe afterwards."""
    import stat
    import threading

    server.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", server.url + "/files/cdr.csv.gz")
    pipe = tmp_path / "cdr.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    if kind == "sync":
        with client_for(server) as client:
            written = client.exports.download(export, pipe)
    else:

        async def main() -> int:
            async with async_client_for(server) as client:
                return await client.exports.download(export, pipe)

        written = anyio.run(main)
    reader.join(timeout=30)
    assert written == len(CSV) and received == [CSV]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert leftovers(tmp_path) == ["cdr.fifo"]  # no temporary file either


_TO_DEV_STDOUT = """
import sys
import didww
from tests.files.test_download import completed
url, api_url = sys.argv[1], sys.argv[2]
with didww.Client(api_key="k", base_url=api_url, max_retries=0) as c:
    written = c.exports.download(completed("e1", url), "/dev/stdout")
print(f"wrote {written}", file=sys.stderr)
"""


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
def test_dev_stdout_is_written_into_and_a_file_opened_with_append_keeps_its_start(
    server: FileServer, tmp_path: Path
) -> None:
    import subprocess

    server.serve("/files/cdr.csv", CSV)
    log = tmp_path / "nightly.log"
    log.write_bytes(b"before\n")
    with open(log, "ab") as out:  # the shell's >>
        done = subprocess.run(
            [sys.executable, "-c", _TO_DEV_STDOUT, server.url + "/files/cdr.csv", server.api_url],
            stdout=out,
            stderr=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[2],
            timeout=60,
        )
    assert done.returncode == 0, done.stderr.decode()
    assert log.read_bytes() == b"before\n" + CSV
    assert leftovers(tmp_path) == ["nightly.log"]
    piped = subprocess.run(
        [sys.executable, "-c", _TO_DEV_STDOUT, server.url + "/files/cdr.csv", server.api_url],
        capture_output=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert piped.returncode == 0, piped.stderr.decode()
    assert piped.stdout == CSV  # a pipe


def test_iter_rows_refuses_a_header_that_repeats_a_column(server: FileServer) -> None:
    server.serve("/files/dup.csv", b"A,B,A\n1,2,3\n", headers={"Content-Type": "text/csv"})
    with (
        client_for(server) as client,
        pytest.raises(didww.DecodeError, match="names the column 'A' twice"),
    ):
        list(client.exports.iter_rows(completed("e", f"{server.url}/files/dup.csv")))


@pytest.mark.parametrize("opening", [b"", b'"'], ids=["no newline", "unclosed quote"])
def test_a_csv_record_without_end_is_refused_once_past_any_export_s_length(opening: bytes) -> None:
    # A gzip bomb of one endless line (or one endless quoted field) was held whole and, joined
    # anew on every chunk, took quadratic time: it stops at the longest record an export has.
    from didww._download import MAX_CSV_RECORD_CHARS, CsvRows

    rows = CsvRows()
    chunk = (b"a\n" if opening else b"a") * 32768
    fed = 0

    def chunks() -> Iterator[bytes]:
        nonlocal fed
        yield b"date,note\n" + opening
        while fed < 4 * MAX_CSV_RECORD_CHARS:  # far past the limit, if nothing stopped it
            fed += len(chunk)
            yield chunk

    with pytest.raises(didww.DecodeError, match=r"CSV line 2: a record runs past 16,777,216"):
        for data in chunks():
            list(rows.feed(data))
    assert MAX_CSV_RECORD_CHARS <= fed <= MAX_CSV_RECORD_CHARS + len(chunk)


class _Trickling(io.RawIOBase):
    """A raw file that takes at most ``most`` bytes a write, as a pipe or a socket may."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.got = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        taken = bytes(data[: self.most])
        self.got += taken
        return len(taken)


class _WouldBlock(_Trickling):
    def write(self, data: Any) -> int | None:  # type: ignore[override]
        return None if self.got else super().write(data)


@pytest.mark.parametrize("most", [1, 7, 4096])
def test_a_raw_file_taking_part_of_each_write_gets_every_byte(
    server: FileServer, most: int
) -> None:
    # write() of a raw file may take fewer bytes than given: the rest was dropped, and the
    # download reported the whole size.
    server.serve("/files/a.csv", CSV, headers={"Content-Type": "text/csv"})
    out = _Trickling(most)
    with client_for(server) as client:
        written = client.exports.download(completed("e", f"{server.url}/files/a.csv"), out)
    assert bytes(out.got) == CSV and written == len(CSV)


def test_a_raw_file_that_would_block_fails_the_download(server: FileServer) -> None:
    server.serve("/files/a.csv", CSV, headers={"Content-Type": "text/csv"})
    with (
        client_for(server) as client,
        pytest.raises(didww.DownloadWriteError, match="non-blocking and was full"),
    ):
        client.exports.download(completed("e", f"{server.url}/files/a.csv"), _WouldBlock(3))


@pytest.mark.parametrize("returns", [None, True, 1, 0, -1, "ok"])
def test_a_writer_of_yours_takes_every_byte_once_whatever_it_returns(
    server: FileServer, returns: object
) -> None:
    # Not a raw file: what its write() returns is its own (a plain method returns None, some
    # return True or a compressed size), and is never taken for a count of bytes written.
    class Collector:
        def __init__(self) -> None:
            self.chunks: list[bytes] = []

        def write(self, data: bytes) -> object:
            self.chunks.append(bytes(data))
            return returns

    server.serve("/files/a.csv", CSV, headers={"Content-Type": "text/csv"})
    out = Collector()
    with client_for(server) as client:
        written = client.exports.download(completed("e", f"{server.url}/files/a.csv"), out)
    assert b"".join(out.chunks) == CSV and written == len(CSV)


def test_an_error_document_served_as_the_file_is_shown_in_the_snippet(server: FileServer) -> None:
    # The snippet was empty, though the error's advice is to report it.
    body = b'{"errors": [{"title": "expired", "detail": "see https://u:pw@files.example/x"}]}'
    server.serve("/files/cdr.csv", body, headers={"Content-Type": "text/csv"})
    with client_for(server) as client, pytest.raises(didww.DecodeError) as caught:
        client.exports.download(completed("e1", server.url + "/files/cdr.csv"), io.BytesIO())
    snippet = caught.value.body_snippet
    assert snippet is not None and snippet.startswith('{"errors": [{"title": "expired"')
    assert "pw@" not in snippet  # a URL's password is blanked out, as in every snippet


def test_an_error_about_a_body_not_kept_shows_no_empty_snippet(server: FileServer) -> None:
    # The message ended "(HTTP 200; body starts: '')" for a body that was not empty at all.
    server.serve("/files/page", b"<html>Sign in</html>", headers={"Content-Type": "text/html"})
    with client_for(server) as client, pytest.raises(didww.DecodeError) as caught:
        list(client.exports.iter_rows(completed("e", f"{server.url}/files/page")))
    assert str(caught.value).endswith("nothing was written (HTTP 200)")
    assert caught.value.http_status == 200 and caught.value.body_snippet == ""


def test_a_401_from_a_file_url_without_credentials_says_so(server: FileServer) -> None:
    # It read "an API key works only in the environment it was made for": the key was fine,
    # and never went to that host.
    server.serve("/bucket/e1.csv.gz", b'{"errors": [{"title": "no"}]}', status=401)
    with client_for(server) as client, pytest.raises(didww.AuthenticationError) as caught:
        client.exports.download(
            completed("e1", server.foreign_url + "/bucket/e1.csv.gz"), io.BytesIO()
        )
    assert caught.value.hint is not None
    assert "asked for credentials, and the request carried none" in caught.value.hint
    assert "environment" not in caught.value.hint
