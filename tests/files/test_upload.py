"""client.encrypted_files.upload: the multipart request field by field, the file part decrypting
back to the input, key caching and rotation, error objects, never-repeated POSTs, bad input."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from tests.files.conftest import KeyPair
from tests.files.support import (
    decrypt,
    encrypted_file_document,
    fingerprint_error,
    multipart,
    public_keys_document,
    spki_sha1,
)
from tests.support import Recorder
from tests.transport.support import FakeClock

DOCUMENT = b"%PDF-1.7\n" + os.urandom(5000) + b"\n%%EOF\n"
FIELD = "encrypted_files[{}]"


class FakeAPI:
    """Answers GET /public_keys from a list of key sets and POST /encrypted_files from a queue."""

    def __init__(self, *key_sets: tuple[str, ...]) -> None:
        self.key_sets = list(key_sets)
        self.uploads: list[httpx.Response] = []
        self.recorder = Recorder(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/public_keys":
            keys = self.key_sets.pop(0) if len(self.key_sets) > 1 else self.key_sets[0]
            return httpx.Response(200, json=public_keys_document(*keys))
        assert request.url.path == "/v3/encrypted_files" and request.method == "POST"
        if self.uploads:
            return self.uploads.pop(0)
        description = None
        for part in multipart(request):
            if part.name == FIELD.format("description"):
                description = part.data.decode()
        return httpx.Response(
            201,
            json=encrypted_file_document(f"ef-{len(self.posts)}", description),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )

    @property
    def key_fetches(self) -> list[httpx.Request]:
        return [r for r in self.recorder.requests if r.url.path == "/v3/public_keys"]

    @property
    def posts(self) -> list[httpx.Request]:
        return [r for r in self.recorder.requests if r.url.path == "/v3/encrypted_files"]


def pems(pairs: tuple[KeyPair, KeyPair]) -> tuple[str, str]:
    return pairs[0].pem, pairs[1].pem


def test_upload_sends_the_multipart_form_field_by_field(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client:
        uploaded = client.encrypted_files.upload(
            DOCUMENT, description="Passport, page 1", filename="passport.pdf"
        )
    assert isinstance(uploaded, didww.EncryptedFile)
    assert uploaded.id == "ef-1" and uploaded.description == "Passport, page 1"
    assert uploaded.expires_at is not None and uploaded.expires_at.year == 2026

    keys_request, post = api.recorder.requests
    assert (keys_request.method, keys_request.url.path) == ("GET", "/v3/public_keys")
    assert keys_request.headers["Api-Key"] == "test-key"  # under the key in 2026-04-16
    assert (post.method, post.url.path) == ("POST", "/v3/encrypted_files")
    assert post.headers["Api-Key"] == "test-key"
    assert post.headers["X-DIDWW-API-Version"] == "2026-04-16"
    assert post.headers["Accept"] == "application/json"
    assert post.headers["Content-Length"] == str(len(post.content))

    parts = multipart(post)
    assert [p.name for p in parts] == [
        "encrypted_files[encryption_fingerprint]",
        "encrypted_files[description]",
        "encrypted_files[file]",
    ]
    fingerprint, description, file = parts
    a, b = key_pairs
    assert fingerprint.data.decode() == f"{spki_sha1(a.pem)}:::{spki_sha1(b.pem)}"
    assert (fingerprint.filename, fingerprint.content_type) == (None, None)
    assert description.data.decode() == "Passport, page 1"
    assert file.filename == "passport.pdf"
    assert file.content_type == "application/octet-stream"
    assert DOCUMENT not in file.data and DOCUMENT[:64] not in file.data
    assert decrypt(file.data, a.private, 0) == DOCUMENT
    assert decrypt(file.data, b.private, 1) == DOCUMENT


def test_without_description_the_field_is_left_out(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client:
        uploaded = client.encrypted_files.upload(DOCUMENT)
    assert uploaded.description is None
    names = [p.name for p in multipart(api.posts[0])]
    assert names == ["encrypted_files[encryption_fingerprint]", "encrypted_files[file]"]
    assert multipart(api.posts[0])[1].filename == "document.bin"


def _filename_of(api: FakeAPI, index: int) -> str | None:
    return multipart(api.posts[index])[-1].filename


def test_paths_and_file_objects_give_the_default_filename(
    key_pairs: tuple[KeyPair, KeyPair], tmp_path: Path
) -> None:
    path = tmp_path / "utility bill.pdf"
    path.write_bytes(DOCUMENT)
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client, path.open("rb") as opened:
        client.encrypted_files.upload(str(path))
        client.encrypted_files.upload(path)
        client.encrypted_files.upload(opened)
        client.encrypted_files.upload(io.BytesIO(DOCUMENT))
        client.encrypted_files.upload(path, filename="renamed.pdf")
        client.encrypted_files.upload(bytearray(DOCUMENT), filename="from-bytearray.pdf")
        client.encrypted_files.upload(memoryview(DOCUMENT))
    names = [_filename_of(api, i) for i in range(7)]
    assert names == [
        "utility bill.pdf",
        "utility bill.pdf",
        "utility bill.pdf",
        "document.bin",
        "renamed.pdf",
        "from-bytearray.pdf",
        "document.bin",
    ]
    for post in api.posts:
        assert decrypt(multipart(post)[-1].data, key_pairs[0].private, 0) == DOCUMENT


def test_keys_are_fetched_once_for_many_uploads(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client:
        first = client.encrypted_files.upload(b"one")
        second = client.encrypted_files.upload(b"two")
    assert (first.id, second.id) == ("ef-1", "ef-2")
    assert len(api.key_fetches) == 1
    assert len(api.posts) == 2


def test_a_rejected_fingerprint_refetches_the_keys_and_retries_once(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    a, b = key_pairs
    api = FakeAPI((a.pem, b.pem), (b.pem, a.pem))  # the API rotated (here: reordered) its keys
    api.uploads.append(httpx.Response(422, json=fingerprint_error()))
    with api.recorder.client() as client:
        uploaded = client.encrypted_files.upload(DOCUMENT)
        client.encrypted_files.upload(DOCUMENT)  # the new keys are kept
    assert uploaded.id == "ef-2"
    assert [r.method for r in api.recorder.requests] == ["GET", "POST", "GET", "POST", "POST"]
    old, new, kept = (multipart(p)[0].data.decode() for p in api.posts)
    assert old == f"{spki_sha1(a.pem)}:::{spki_sha1(b.pem)}"
    assert new == kept == f"{spki_sha1(b.pem)}:::{spki_sha1(a.pem)}"
    retried = multipart(api.posts[1])[-1].data
    assert decrypt(retried, b.private, 0) == DOCUMENT  # key A is now b
    assert decrypt(retried, a.private, 1) == DOCUMENT


def test_a_second_rejection_is_raised_after_one_retry(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    a, b = key_pairs
    api = FakeAPI((a.pem, b.pem), (b.pem, a.pem), (a.pem, b.pem))
    api.uploads += [httpx.Response(422, json=fingerprint_error())] * 2
    with api.recorder.client() as client, pytest.raises(didww.UnprocessableEntityError) as caught:
        client.encrypted_files.upload(DOCUMENT)
    assert len(api.posts) == 2 and len(api.key_fetches) == 2
    assert caught.value.errors[0].source_pointer == "/data/attributes/encryption_fingerprint"


def test_rejection_with_unchanged_keys_is_raised_without_repeating(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(httpx.Response(422, json=fingerprint_error()))
    with api.recorder.client() as client, pytest.raises(didww.UnprocessableEntityError):
        client.encrypted_files.upload(DOCUMENT)
    assert len(api.key_fetches) == 2 and len(api.posts) == 1


def test_other_refusals_keep_the_server_error_objects(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    errors = {
        "errors": [
            {
                "title": "is too large",
                "detail": "file - is too large (maximum is 10 MB)",
                "code": "100",
                "status": "422",
                "source": {"pointer": "/data/attributes/file"},
                "meta": {"limit": 10485760},
            },
            {"title": "can't be blank", "detail": "description - can't be blank"},
        ]
    }
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(
        httpx.Response(422, json=errors, headers={"X-Request-Id": "req-42"}),
    )
    with api.recorder.client() as client, pytest.raises(didww.UnprocessableEntityError) as caught:
        client.encrypted_files.upload(DOCUMENT)
    exc = caught.value
    assert exc.http_status == 422 and exc.request_id == "req-42"
    assert exc.errors == [
        didww.ErrorObject(
            title="is too large",
            detail="file - is too large (maximum is 10 MB)",
            code="100",
            status="422",
            source_pointer="/data/attributes/file",
            meta={"limit": 10485760},
        ),
        didww.ErrorObject(title="can't be blank", detail="description - can't be blank"),
    ]
    assert "file - is too large" in str(exc)
    assert len(api.key_fetches) == 1 and len(api.posts) == 1  # not a fingerprint problem


def test_authentication_error_on_upload(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(httpx.Response(401, json={"errors": [{"title": "Unauthorized"}]}))
    with api.recorder.client() as client, pytest.raises(didww.AuthenticationError) as caught:
        client.encrypted_files.upload(DOCUMENT)
    assert caught.value.errors[0].title == "Unauthorized"


def test_upload_is_not_repeated_after_a_5xx_but_is_after_a_429(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(httpx.Response(503, json={"errors": [{"title": "down"}]}))
    clock = FakeClock()
    with api.recorder.client(max_retries=2, clock=clock) as client:
        with pytest.raises(didww.ServerError):
            client.encrypted_files.upload(DOCUMENT)
        assert len(api.posts) == 1 and clock.sleeps == []
        api.uploads.append(httpx.Response(429, headers={"Retry-After": "2"}))
        assert client.encrypted_files.upload(DOCUMENT).id == "ef-3"
    assert len(api.posts) == 3 and clock.sleeps == [2.0]
    assert multipart(api.posts[1])[-1].data == multipart(api.posts[2])[-1].data  # same bytes


def test_a_dropped_connection_after_sending_is_not_retried(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))

    def drop(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadError("connection reset by peer")
        return api.answer(request)

    api.recorder.answer = drop
    client = api.recorder.client(max_retries=3, clock=FakeClock())
    with client, pytest.raises(didww.APIConnectionError):
        client.encrypted_files.upload(DOCUMENT)
    assert len(api.posts) == 1


def _released(data: bytes) -> memoryview:
    view = memoryview(data)
    view.release()
    return view


class _TextReader:
    def read(self) -> str:
        return "text"


@pytest.mark.parametrize(
    ("make_source", "kwargs", "message"),
    [
        (lambda tmp: 12345, {}, "expected bytes, a file path or a binary file object, got int"),
        (lambda tmp: None, {}, "got NoneType"),
        (lambda tmp: ["a"], {}, "got list"),
        (lambda tmp: tmp / "missing.pdf", {}, "cannot read"),
        (lambda tmp: str(tmp), {}, "is not a regular file"),
        (lambda tmp: io.StringIO("text"), {}, "text mode"),
        (lambda tmp: _TextReader(), {}, "returned str, not bytes"),
        (lambda tmp: b"", {}, "the document is empty"),
        (lambda tmp: io.BytesIO(b""), {}, "the document is empty"),
        (lambda tmp: _released(b"%PDF"), {}, "a memoryview that was released"),
        (lambda tmp: b"x", {"description": 5}, "description must be a string"),
        (lambda tmp: b"x", {"filename": ""}, "filename must be a non-empty string"),
        (lambda tmp: b"x", {"filename": b"a.pdf"}, "filename must be a non-empty string"),
    ],
)
def test_bad_input_is_a_client_error_before_any_request(
    tmp_path: Path,
    make_source: Callable[[Path], Any],
    kwargs: dict[str, Any],
    message: str,
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client, pytest.raises(didww.ClientError, match=message):
        client.encrypted_files.upload(make_source(tmp_path), **kwargs)
    assert api.recorder.requests == []


def test_missing_cryptography_fails_before_any_request(
    monkeypatch: pytest.MonkeyPatch, key_pairs: tuple[KeyPair, KeyPair]
) -> None:
    api = FakeAPI(pems(key_pairs))
    for name in list(sys.modules):
        if name == "cryptography" or name.startswith("cryptography."):
            monkeypatch.setitem(sys.modules, name, None)
    with api.recorder.client() as client, pytest.raises(didww.ClientError) as caught:
        client.encrypted_files.upload(DOCUMENT)
    assert "pip install 'cryptography>=42'" in str(caught.value)
    assert api.recorder.requests == []


@pytest.mark.parametrize(
    ("keys", "message"),
    [((), "listed 0 usable key"), (("only-one",), "listed 1 usable key"), (("x", "y"), "PEM")],
)
def test_unusable_public_keys_are_decode_errors(keys: tuple[str, ...], message: str) -> None:
    api = FakeAPI(keys)
    with api.recorder.client() as client, pytest.raises(didww.DecodeError, match=message):
        client.encrypted_files.upload(DOCUMENT)
    assert api.posts == []


def test_more_than_two_keys_uses_the_first_two(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    a, b = key_pairs
    api = FakeAPI((a.pem, b.pem, a.pem))
    with api.recorder.client() as client:
        client.encrypted_files.upload(DOCUMENT)
    assert multipart(api.posts[0])[0].data.decode() == f"{spki_sha1(a.pem)}:::{spki_sha1(b.pem)}"


def test_an_answer_that_is_not_json_api_is_a_decode_error(
    key_pairs: tuple[KeyPair, KeyPair],
) -> None:
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(httpx.Response(201, json={"ids": ["x"]}))
    with api.recorder.client() as client, pytest.raises(didww.DecodeError, match="no top-level"):
        client.encrypted_files.upload(DOCUMENT)


def test_each_client_copy_keeps_its_own_key_cache(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    api = FakeAPI(pems(key_pairs))
    with api.recorder.client() as client:
        client.encrypted_files.upload(b"one")
        assert client.encrypted_files is client.encrypted_files
        client.with_options(timeout=5).encrypted_files.upload(b"two")
        client.encrypted_files.upload(b"three")
    assert len(api.key_fetches) == 2


@pytest.mark.anyio
async def test_async_upload_and_key_rotation(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    a, b = key_pairs
    api = FakeAPI((a.pem, b.pem), (b.pem, a.pem))
    api.uploads.append(httpx.Response(422, json=fingerprint_error()))
    async with api.recorder.async_client() as client:
        uploaded = await client.encrypted_files.upload(
            io.BytesIO(DOCUMENT), description="Lease", filename="lease.pdf"
        )
        again = await client.encrypted_files.upload(DOCUMENT)
        with pytest.raises(didww.ClientError):
            await client.encrypted_files.upload(42)  # type: ignore[arg-type]
    assert (uploaded.id, uploaded.description, again.id) == ("ef-2", "Lease", "ef-3")
    assert [r.method for r in api.recorder.requests] == ["GET", "POST", "GET", "POST", "POST"]
    fingerprint, description, file = multipart(api.posts[1])
    assert fingerprint.data.decode() == f"{spki_sha1(b.pem)}:::{spki_sha1(a.pem)}"
    assert (description.data, file.filename) == (b"Lease", "lease.pdf")
    assert decrypt(file.data, a.private, 1) == DOCUMENT


@pytest.mark.anyio
async def test_async_upload_errors_keep_error_objects(key_pairs: tuple[KeyPair, KeyPair]) -> None:
    api = FakeAPI(pems(key_pairs))
    api.uploads.append(httpx.Response(422, json={"errors": [{"detail": "file - is invalid"}]}))
    async with api.recorder.async_client() as client:
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            await client.encrypted_files.upload(DOCUMENT)
    assert caught.value.errors[0].detail == "file - is invalid"
    assert len(api.key_fetches) == 1
