"""``max_decompressed_bytes`` caps every byte a download writes (and every byte ``iter_rows``
reads into rows), gunzipped or not: a plain file far larger than expected stops the download as
a gzip bomb does, against a real loopback file server."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import didww
from tests.files.server import CSV_HEADER, CSV_ROW, FileServer
from tests.support import answered_export
from tests.transport.support import KINDS, run

PLAIN = CSV_HEADER + CSV_ROW * 15_000  # about 1 MB, not gzip
LIMIT = 1000
PREVIOUS = b"the previous download\n"


@pytest.fixture
def server() -> Iterator[FileServer]:
    with FileServer() as running:
        running.serve("/files/cdr.csv", PLAIN)
        running.serve("/files/chunked.csv", PLAIN, chunked=True)
        running.serve("/files/cdr.csv.gz", gzip.compress(PLAIN, mtime=0))
        yield running


export = answered_export


def download(kind: str, server: FileServer, path: str, destination: Any, **options: Any) -> Any:
    model = export(server.url + path)
    return run(
        kind,
        lambda client: client.exports.download(model, destination, **options),
        base_url=server.api_url,
        max_retries=0,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("path", ["/files/cdr.csv", "/files/chunked.csv"])
@pytest.mark.parametrize("decompress", [True, False])
def test_a_plain_file_past_the_limit_keeps_nothing_at_a_path(
    kind: str, path: str, decompress: bool, server: FileServer, tmp_path: Path
) -> None:
    # Before: written whole, 1 MB past a limit of 1000 bytes.
    destination = tmp_path / "cdr.csv"
    destination.write_bytes(PREVIOUS)
    with pytest.raises(didww.DownloadTooLargeError, match="max_decompressed_bytes") as caught:
        download(
            kind, server, path, destination, max_decompressed_bytes=LIMIT, decompress=decompress
        )
    assert caught.value.limit == LIMIT
    assert destination.read_bytes() == PREVIOUS  # untouched, as when a gzip grows too large
    assert leftovers(tmp_path) == ["cdr.csv"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_object_keeps_only_what_came_before_the_limit(kind: str, server: FileServer) -> None:
    sink = io.BytesIO()
    with pytest.raises(didww.DownloadTooLargeError):
        download(kind, server, "/files/cdr.csv", sink, max_decompressed_bytes=LIMIT)
    written = sink.getvalue()
    assert len(written) <= LIMIT
    assert PLAIN.startswith(written)


@pytest.mark.parametrize("kind", KINDS)
def test_the_limit_counts_the_bytes_written_exactly(
    kind: str, server: FileServer, tmp_path: Path
) -> None:
    gz = gzip.compress(PLAIN, mtime=0)
    plain, kept = tmp_path / "plain.csv", tmp_path / "kept.csv.gz"
    size = len(PLAIN)
    assert download(kind, server, "/files/cdr.csv", plain, max_decompressed_bytes=size) == size
    assert plain.read_bytes() == PLAIN
    # decompress=False writes the gzip as served: its own size is what counts.
    assert download(
        kind,
        server,
        "/files/cdr.csv.gz",
        kept,
        decompress=False,
        max_decompressed_bytes=len(gz),
    ) == len(gz)
    with pytest.raises(didww.DownloadTooLargeError):
        download(
            kind,
            server,
            "/files/cdr.csv.gz",
            io.BytesIO(),
            decompress=False,
            max_decompressed_bytes=len(gz) - 1,
        )
    with pytest.raises(didww.DownloadTooLargeError, match="expands to more than"):
        download(kind, server, "/files/cdr.csv.gz", io.BytesIO(), max_decompressed_bytes=size - 1)
    assert download(kind, server, "/files/cdr.csv", io.BytesIO(), max_decompressed_bytes=None) == (
        size
    )


@pytest.mark.parametrize("kind", KINDS)
def test_iter_rows_stops_at_the_limit_on_a_plain_file(kind: str, server: FileServer) -> None:
    rows: list[dict[str, str]] = []
    model = export(server.url + "/files/cdr.csv")

    def read(client: Any) -> Any:
        walk = client.exports.iter_rows(model, max_decompressed_bytes=LIMIT)
        if kind == "sync":
            rows.extend(walk)
            return None

        async def collect() -> None:
            async for row in walk:
                rows.append(row)

        return collect()

    with pytest.raises(didww.DownloadTooLargeError):
        run(kind, read, base_url=server.api_url, max_retries=0)
    # The rows handed out came from the bytes before the limit.
    assert len(rows) * len(CSV_ROW) <= LIMIT
