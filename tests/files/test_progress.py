"""The ``progress`` hooks of exports.download and encrypted_files.upload, sync and async: what they
are called with, when, and that a hook which is not a function is refused before any request."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest

import didww
from didww.testing import ManualClock, Simulator
from tests.files.conftest import KeyPair
from tests.files.server import CSV_HEADER, CSV_ROW, FileServer
from tests.files.support import fingerprint_error
from tests.files.test_download import client_for, completed
from tests.files.test_upload import FakeAPI

BODY = gzip.compress(CSV_HEADER + CSV_ROW * 5000, mtime=0)
DOCUMENT = b"%PDF-1.7\n" + b"x" * 3000 + b"\n%%EOF\n"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def completed_export(client: didww.Client) -> didww.Export:
    """An export of 1 April 2026, from a simulator on a ``ManualClock`` (which starts on
    2026-04-16): the period stays within the months the API exports from whenever this runs."""
    export = client.exports.create(
        didww.Export(
            export_type=didww.enums.ExportType.CDR_IN,
            filters={"from": "2026-04-01 00:00:00", "to": "2026-04-02 00:00:00"},
        )
    )
    assert export.id is not None
    return client.exports.wait(export.id, timeout=5)


def test_download_reports_received_bytes_against_the_content_length(
    server: FileServer, tmp_path: Path
) -> None:
    server.serve("/files/cdr.csv.gz", BODY)
    calls: list[tuple[int, int | None]] = []
    with client_for(server) as client:
        written = client.exports.download(
            completed("e1", server.url + "/files/cdr.csv.gz"),
            tmp_path / "cdr.csv",
            progress=lambda done, total: calls.append((done, total)),
        )
    assert written == len(CSV_HEADER + CSV_ROW * 5000)
    assert calls[0] == (0, len(BODY))
    assert calls[-1] == (len(BODY), len(BODY))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_chunked_download_reports_no_total(server: FileServer, tmp_path: Path) -> None:
    server.serve("/files/cdr.csv.gz", BODY, chunked=True)
    calls: list[tuple[int, int | None]] = []
    with client_for(server) as client:
        client.exports.download(
            completed("e1", server.url + "/files/cdr.csv.gz"),
            tmp_path / "cdr.csv",
            progress=lambda done, total: calls.append((done, total)),
        )
    assert {total for _, total in calls} == {None}
    assert calls[-1][0] == len(BODY)


def test_a_progress_that_is_not_a_function_is_refused_before_any_request(
    server: FileServer, tmp_path: Path
) -> None:
    with client_for(server) as client, pytest.raises(didww.ClientError, match="progress"):
        client.exports.download("e1", tmp_path / "cdr.csv", progress=5)  # type: ignore[arg-type]
    assert server.seen == []
    with Simulator().client() as client, pytest.raises(didww.ClientError, match="progress"):
        client.encrypted_files.upload(DOCUMENT, progress="no")  # type: ignore[arg-type]


def test_download_and_upload_progress_against_the_simulator(tmp_path: Path) -> None:
    sim = Simulator(export_delay=0, clock=ManualClock())
    downloads: list[tuple[int, int | None]] = []
    uploads: list[tuple[int, int | None]] = []
    with sim.client() as client:
        export = completed_export(client)
        client.exports.download(
            export, tmp_path / "cdr.csv", progress=lambda d, t: downloads.append((d, t))
        )
        created = client.encrypted_files.upload(
            DOCUMENT, progress=lambda d, t: uploads.append((d, t))
        )
    assert downloads[0][0] == 0 and downloads[-1][0] == downloads[-1][1]
    assert uploads == [(0, len(DOCUMENT)), (len(DOCUMENT), len(DOCUMENT))]
    assert created.id is not None


def test_upload_progress_through_a_key_rotation_and_a_refusal(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    a, b = key_pairs
    api = FakeAPI((a.pem, b.pem), (b.pem, a.pem))  # the keys rotate after the first upload
    api.uploads.append(httpx.Response(422, json=fingerprint_error()))
    rotated: list[tuple[int, int | None]] = []
    refused: list[tuple[int, int | None]] = []
    with api.recorder.client() as client:
        client.encrypted_files.upload(DOCUMENT, progress=lambda d, t: rotated.append((d, t)))
        api.uploads.append(httpx.Response(422, json={"errors": [{"detail": "file is invalid"}]}))
        with pytest.raises(didww.UnprocessableEntityError):
            client.encrypted_files.upload(DOCUMENT, progress=lambda d, t: refused.append((d, t)))
    assert rotated == [(0, len(DOCUMENT)), (len(DOCUMENT), len(DOCUMENT))]
    assert refused == [(0, len(DOCUMENT))]  # started, never reported as done


@pytest.mark.anyio
async def test_async_download_and_upload_progress(tmp_path: Path) -> None:
    sim = Simulator(export_delay=0, clock=ManualClock())
    downloads: list[tuple[int, int | None]] = []
    uploads: list[tuple[int, int | None]] = []
    with sim.client() as sync_client:
        export = completed_export(sync_client)
    async with sim.async_client() as client:
        await client.exports.download(
            export.id or "", tmp_path / "cdr.csv", progress=lambda d, t: downloads.append((d, t))
        )
        await client.encrypted_files.upload(DOCUMENT, progress=lambda d, t: uploads.append((d, t)))
    total = downloads[-1][1]
    assert total is not None
    assert downloads[0][0] == 0 and downloads[-1][0] == total > 0
    assert uploads == [(0, len(DOCUMENT)), (len(DOCUMENT), len(DOCUMENT))]


class _Cancelled(Exception):
    """A caller's own way of stopping a transfer from its progress hook."""


def _raise_when_done(done: int, total: int | None) -> None:
    if done and done == total:
        raise _Cancelled("stop")


def test_a_hook_raising_once_the_upload_is_done_names_the_file_it_created() -> None:
    # The caller's exception goes on (it may be a cancel), but the file exists by then: the
    # note is the only place its id is left, since the return value is lost.
    with Simulator().client() as client:
        with pytest.raises(_Cancelled) as raised:
            client.encrypted_files.upload(DOCUMENT, progress=_raise_when_done)
        [file] = client.encrypted_files.list()
    assert getattr(raised.value, "__notes__", None) == [
        "the progress hook raised after the transfer had completed: "
        f"EncryptedFile {file.id!r} was created and can be used"
    ]


@pytest.mark.anyio
async def test_the_async_upload_names_the_file_when_its_hook_raises_at_the_end() -> None:
    sim = Simulator()
    async with sim.async_client() as client:
        with pytest.raises(_Cancelled) as raised:
            await client.encrypted_files.upload(DOCUMENT, progress=_raise_when_done)
        files = [file async for file in client.encrypted_files.iter()]
    notes: list[str] = getattr(raised.value, "__notes__", [])
    assert [f"EncryptedFile {files[0].id!r} was created" in note for note in notes] == [True]


def test_a_hook_raising_at_the_start_sends_no_upload() -> None:
    def refuse(done: int, total: int | None) -> None:
        raise _Cancelled("not now")

    with Simulator().client() as client:
        with pytest.raises(_Cancelled) as raised:
            client.encrypted_files.upload(DOCUMENT, progress=refuse)
        assert client.encrypted_files.list() == []
    assert not getattr(raised.value, "__notes__", None)
