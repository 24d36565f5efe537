"""Transfers and retries refuse what they would otherwise get quietly wrong, each shown against a
real loopback server: what went over the wire, what was raised, what was left on disk."""

from __future__ import annotations

import gzip
import io
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

import didww
from didww.testing import Simulator
from tests.files.server import CSV_HEADER, CSV_ROW, FileServer
from tests.support import answered_export
from tests.transport.faultserver import RESET_AFTER_READ, FaultServer, respond
from tests.transport.support import KINDS, FakeClock, run

DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "123"}}}
ERRORS = {"errors": [{"title": "slow down", "status": "429"}]}
GZ = gzip.compress(CSV_HEADER + CSV_ROW * 100, mtime=0)


def completed(id: str, url: str) -> didww.Export:
    return answered_export(url, id)


@pytest.fixture
def files() -> Iterator[FileServer]:
    with FileServer() as server:
        yield server


def client_for(server: FileServer) -> didww.Client:
    return didww.Client(api_key="secret-api-key", base_url=server.api_url, max_retries=0)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- Retry-After ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "form",
    [
        # asctime, the third HTTP-date form every recipient must accept: no zone, GMT implied.
        lambda t: time.asctime(time.gmtime(t)),
        # An RFC 850 date whose zone the email parser reads as "unknown".
        lambda t: time.strftime("%A, %d-%b-%y %H:%M:%S -0000", time.gmtime(t)),
    ],
    ids=["asctime", "rfc850-unknown-zone"],
)
def test_retry_after_dates_without_a_zone_are_read_as_gmt(
    kind: str, form: Callable[[float], str]
) -> None:
    clock = FakeClock(start=1_750_000_000.0)
    with FaultServer() as server:
        header = form(clock.now() + 7)
        server.queue(respond(429, ERRORS, {"Retry-After": header}), respond(200, DID))
        did = run(kind, lambda c: c.dids.find("d1"), base_url=server.url, clock=clock)
        assert did.number == "123"
        assert [r.method for r in server.received] == ["GET", "GET"]
    # Before: the date was refused and the 0.5 s backoff used, far earlier than asked.
    assert clock.sleeps == [pytest.approx(7.0, abs=1.0)]


# --- uploads: unusable sources -------------------------------------------------------------


def _closed_file(tmp: Path) -> Any:
    path = tmp / "scan.pdf"
    path.write_bytes(b"%PDF-1.7")
    handle = open(path, "rb")  # noqa: SIM115 - closed at once, on purpose
    handle.close()
    return handle


@pytest.mark.parametrize(
    ("make_source", "message"),
    [
        (_closed_file, "the file is closed"),
        (lambda tmp: str(tmp / "scan\x00.pdf"), "holds a NUL"),
    ],
    ids=["closed-file", "nul-in-path"],
)
def test_unusable_upload_sources_are_client_errors_before_any_request(
    files: FileServer, tmp_path: Path, make_source: Callable[[Path], Any], message: str
) -> None:
    source = make_source(tmp_path)
    with client_for(files) as client, pytest.raises(didww.ClientError, match=message):
        client.encrypted_files.upload(source)
    assert files.seen == []  # not even the public keys were asked for


def test_a_document_passed_as_a_path_by_mistake_is_not_echoed_whole(files: FileServer) -> None:
    text = "Dear DIDWW, " + "x" * 200_000  # the document's text, not its path
    with client_for(files) as client, pytest.raises(didww.ClientError) as caught:
        client.encrypted_files.upload(text)
    message = str(caught.value)
    assert "cannot read 'Dear DIDWW, xxx" in message
    assert len(message) < 400
    assert files.seen == []


# --- downloads: answers that are not the file ------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "headers"),
    [
        (202, b"", {}),
        (204, b"", {}),
        (206, b"date,sou", {"Content-Range": "bytes 0-7/5000"}),
        (302, b"<html>moved</html>", {}),  # no Location: nothing to follow
        (301, b"<html>moved</html>", {"Location": "ftp://files.example/cdr.csv"}),
    ],
)
def test_an_answer_that_is_not_the_file_raises_and_writes_nothing(
    files: FileServer, tmp_path: Path, status: int, body: bytes, headers: dict[str, str]
) -> None:
    files.serve("/files/cdr.csv", body, status=status, headers=headers)
    export = completed("e1", files.url + "/files/cdr.csv")
    sink = io.BytesIO()
    with client_for(files) as client:
        for destination in (tmp_path / "cdr.csv", sink):
            with pytest.raises(didww.DecodeError, match=f"answered HTTP {status}") as caught:
                client.exports.download(export, destination)
            assert caught.value.http_status == status
        with pytest.raises(didww.DecodeError, match=f"answered HTTP {status}"):
            list(client.exports.iter_rows(export))
    # Before: an empty, partial or HTML "export" was written and its size returned.
    assert leftovers(tmp_path) == []
    assert sink.getvalue() == b""
    assert [s.path for s in files.seen] == ["/files/cdr.csv"] * 3


@pytest.mark.anyio
async def test_async_download_refuses_a_partial_answer(files: FileServer, tmp_path: Path) -> None:
    files.serve("/files/cdr.csv", b"date,sou", status=206)
    export = completed("e1", files.url + "/files/cdr.csv")
    async with didww.AsyncClient(api_key="k", base_url=files.api_url, max_retries=0) as client:
        with pytest.raises(didww.DecodeError, match="answered HTTP 206"):
            await client.exports.download(export, tmp_path / "cdr.csv")
    assert leftovers(tmp_path) == []
    assert len(files.requests_to("/files/cdr.csv")) == 1


def test_a_200_answer_is_still_written(files: FileServer, tmp_path: Path) -> None:
    files.serve("/files/cdr.csv.gz", GZ)
    with client_for(files) as client:
        written = client.exports.download(
            completed("e1", files.url + "/files/cdr.csv.gz"), tmp_path / "cdr.csv"
        )
    assert written == (tmp_path / "cdr.csv").stat().st_size > 0


# --- downloads: destinations ---------------------------------------------------------------


def test_a_long_but_valid_file_name_is_written(files: FileServer, tmp_path: Path) -> None:
    files.serve("/files/cdr.csv.gz", GZ)
    name = "cdr-" + "a" * 240 + ".csv"  # 248 bytes: a valid name, too long with ".part" added
    with client_for(files) as client:
        written = client.exports.download(
            completed("e1", files.url + "/files/cdr.csv.gz"), tmp_path / name
        )
    # Before: the temporary file's name passed the limit and OSError escaped mid-download.
    assert leftovers(tmp_path) == [name]
    assert (tmp_path / name).stat().st_size == written > 0


def _read_only_file(tmp: Path) -> Any:
    path = tmp / "old.csv"
    path.write_bytes(b"")
    return open(path, "rb")


def _closed_sink(tmp: Path) -> Any:
    sink = io.BytesIO()
    sink.close()
    return sink


@pytest.mark.parametrize(
    ("make_destination", "message"),
    [
        (lambda tmp: tmp / "cdr\x00.csv", "holds a NUL"),
        (lambda tmp: str(tmp / ("x" * 5000)), "cannot write to"),
        (lambda tmp: tmp / ("x" * 300), "cannot write to"),
        (_closed_sink, "is closed"),
        (_read_only_file, "reading only"),
    ],
    ids=["nul", "path-too-long", "name-too-long", "closed-file", "read-only-file"],
)
def test_unusable_destinations_are_client_errors_before_any_request(
    files: FileServer, tmp_path: Path, make_destination: Callable[[Path], Any], message: str
) -> None:
    destination = make_destination(tmp_path)
    try:
        with client_for(files) as client, pytest.raises(didww.ClientError, match=message):
            client.exports.download(completed("e1", files.url + "/files/x"), destination)
    finally:
        if hasattr(destination, "close"):
            destination.close()
    # Before: a ValueError or OSError, raised once the download had already been requested.
    assert files.seen == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_folder_no_file_can_be_created_in_is_a_client_error(files: FileServer) -> None:
    # /proc refuses new files even to root, so this holds whoever runs the tests.
    files.serve("/files/cdr.csv.gz", GZ)
    with client_for(files) as client, pytest.raises(didww.ClientError, match="cannot create"):
        client.exports.download(completed("e1", files.url + "/files/cdr.csv.gz"), "/proc/cdr.csv")
    assert not os.path.exists("/proc/cdr.csv")


def test_async_twin_refuses_a_closed_destination(files: FileServer) -> None:
    async def main() -> None:
        async with didww.AsyncClient(api_key="k", base_url=files.api_url) as client:
            with pytest.raises(didww.ClientError, match="is closed"):
                await client.exports.download(
                    completed("e1", files.url + "/files/x"), _closed_sink(Path("."))
                )

    anyio.run(main)
    assert files.seen == []


# --- a DELETE repeated after an attempt whose outcome is unknown ------------------------------

NOT_FOUND = {"errors": [{"title": "not found", "detail": "Record not found", "status": "404"}]}
FAILED = {"errors": [{"title": "internal", "status": "500"}]}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "first", [respond(503, FAILED), RESET_AFTER_READ], ids=["503", "answer-lost"]
)
def test_a_404_after_a_lost_delete_says_the_delete_may_have_happened(kind: str, first: Any) -> None:
    with FaultServer() as server:
        server.queue(first, respond(404, NOT_FOUND))
        with pytest.raises(didww.NotFoundError) as caught:
            run(
                kind,
                lambda c: c.voice_in_trunks.delete("t1"),
                base_url=server.url,
                clock=FakeClock(),
            )
        assert [(r.method, r.path) for r in server.received] == [
            ("DELETE", "/v3/voice_in_trunks/t1")
        ] * 2
    # Before: a bare 404 that read as if the trunk had never been there.
    assert "may have deleted it" in str(caught.value) and caught.value.attempts == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_404_on_a_first_or_refused_delete_has_no_such_note(kind: str) -> None:
    with FaultServer() as server:
        # A 429 is refused before anything is done: the 404 after it is the trunk's own.
        server.queue(respond(404, NOT_FOUND), respond(429, ERRORS), respond(404, NOT_FOUND))
        for _ in range(2):
            with pytest.raises(didww.NotFoundError) as caught:
                run(
                    kind,
                    lambda c: c.voice_in_trunks.delete("t1"),
                    base_url=server.url,
                    clock=FakeClock(),
                )
            assert "may have deleted" not in str(caught.value)


# --- downloads are retried as any read is -------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_download_is_retried_after_a_429_a_5xx_and_a_lost_connection(
    kind: str, tmp_path: Path
) -> None:
    csv = CSV_HEADER + CSV_ROW
    with FaultServer() as server:
        server.queue(
            respond(429, ERRORS, {"Retry-After": "3"}),
            respond(503, FAILED),
            RESET_AFTER_READ,
            respond(200, csv, content_type="text/csv"),
        )
        clock = FakeClock()
        export = completed("e1", server.url + "/files/cdr.csv")
        written = run(
            kind,
            lambda c: c.exports.download(export, tmp_path / "cdr.csv"),
            base_url=server.url,
            clock=clock,
            max_retries=3,
        )
        assert [(r.method, r.path) for r in server.received] == [("GET", "/v3/files/cdr.csv")] * 4
    # Before: the 429 was raised at once, though a download is a GET like any read.
    assert (tmp_path / "cdr.csv").read_bytes() == csv and written == len(csv)
    assert clock.sleeps[0] == 3.0 and len(clock.sleeps) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_download_error_that_stays_is_raised_after_the_retries(kind: str) -> None:
    with FaultServer() as server:
        server.queue(*[respond(503, FAILED)] * 3)
        export = completed("e1", server.url + "/files/cdr.csv")
        with pytest.raises(didww.ServerError) as caught:
            run(
                kind,
                lambda c: c.exports.download(export, io.BytesIO()),
                base_url=server.url,
                clock=FakeClock(),
                max_retries=2,
            )
        assert len(server.received) == 3
    assert caught.value.attempts == 3 and "after 3 attempts" in str(caught.value)


# --- downloads: a destination that fails while written -------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_under_a_file_object_is_a_download_write_error(files: FileServer) -> None:
    # /dev/full refuses every write with ENOSPC, as a full disk does.
    files.serve("/files/cdr.csv.gz", GZ)
    export = completed("e1", files.url + "/files/cdr.csv.gz")
    with (
        open("/dev/full", "wb", buffering=0) as full,
        client_for(files) as client,
        pytest.raises(didww.DownloadWriteError, match="may hold part") as caught,
    ):
        client.exports.download(export, full)
    # Before: a bare OSError from the file object.
    assert isinstance(caught.value, OSError) and caught.value.errno == 28
    assert "No space left" in str(caught.value)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_under_a_path_keeps_nothing(
    files: FileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The temporary file's writes go to /dev/full through a buffer, so the failure shows when
    # the buffer is flushed on close, after every chunk was taken: the last place it can show.
    files.serve("/files/cdr.csv.gz", GZ)

    def full(fd: int, mode: str) -> Any:
        os.close(fd)
        return open("/dev/full", mode)

    monkeypatch.setattr("didww._download.os.fdopen", full)
    with client_for(files) as client, pytest.raises(didww.DownloadWriteError) as caught:
        client.exports.download(
            completed("e1", files.url + "/files/cdr.csv.gz"), tmp_path / "cdr.csv"
        )
    assert caught.value.errno == 28 and "nothing was kept" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_path_that_is_not_a_regular_file_is_refused_before_reading(tmp_path: Path) -> None:
    # /dev/zero would be read without end, a pipe would block: both report a size of 0.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with Simulator().client() as client:
        for path in ("/dev/zero", fifo, tmp_path):
            with pytest.raises(didww.ClientError, match="is not a regular file"):
                client.encrypted_files.upload(path)
        assert client.encrypted_files.list() == []


def test_a_path_like_giving_bytes_is_refused() -> None:
    class BytesPath:
        def __fspath__(self) -> bytes:
            return b"/tmp/passport.pdf"

    with Simulator().client() as client, pytest.raises(didww.ClientError, match="a path must be"):
        client.encrypted_files.upload(BytesPath())  # type: ignore[arg-type]
