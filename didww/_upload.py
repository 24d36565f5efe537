"""Encrypted file uploads, shared by the sync and async shells: reading what the caller gave,
building the multipart request, and telling a rejected fingerprint from other refusals."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar, Union

from didww._answer import Answer
from didww._core import Call, RepositoryCore
from didww._errors import APIError, ClientError, shown
from didww._resource import Resource
from didww.encryption import EncryptionKeys

M = TypeVar("M", bound=Resource)

PATH = "/encrypted_files"
FIELD = "encrypted_files[{}]"
DEFAULT_FILENAME = "document.bin"
FILE_CONTENT_TYPE = "application/octet-stream"


class BinaryReader(Protocol):
    """Anything with ``read() -> bytes``: an open binary file, ``io.BytesIO``."""

    def read(self, /) -> bytes: ...


Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", BinaryReader]


@dataclass(frozen=True)
class Upload:
    """A document ready to encrypt: its bytes, the name it is sent under and its description."""

    data: bytes | bytearray | memoryview
    filename: str
    description: str | None


def _fail(message: str) -> ClientError:
    return ClientError(f"encrypted_files.upload: {message}")


def read_upload(source: object, *, filename: object, description: object) -> Upload:
    """Read the document; every mistake is a :class:`didww.ClientError`, before any request."""
    if filename is not None and (not isinstance(filename, str) or not filename.strip()):
        raise _fail(f"filename must be a non-empty string, got {filename!r}")
    if description is not None and not isinstance(description, str):
        raise _fail(f"description must be a string, got {type(description).__name__}")
    data: object
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, default = source, DEFAULT_FILENAME
    elif isinstance(source, (str, os.PathLike)):
        path = Path(os.fspath(source))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _fail(f"cannot read {shown(str(path))}: {exc.strerror or exc}") from None
        except ValueError:  # a NUL character: no file can have such a name
            raise _fail(f"{shown(str(path))} is not a file path (it holds a NUL)") from None
        default = path.name
    elif callable(getattr(source, "read", None)):
        if isinstance(source, io.TextIOBase):
            raise _fail("the file is open in text mode; open it with 'rb'")
        if getattr(source, "closed", False) is True:
            raise _fail("the file is closed; pass it while it is open, or pass its path")
        try:
            data = source.read()  # type: ignore[attr-defined]
        except (OSError, ValueError) as exc:  # ValueError: closed under us, or not readable
            raise _fail(f"cannot read the file: {exc}") from None
        name = getattr(source, "name", None)
        default = Path(name).name if isinstance(name, str) and name else DEFAULT_FILENAME
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise _fail(f"read() returned {type(data).__name__}, not bytes; open the file 'rb'")
    else:
        raise _fail(
            "expected bytes, a file path or a binary file object, got " f"{type(source).__name__}"
        )
    if not memoryview(data).nbytes:
        raise _fail("the document is empty")
    return Upload(data, filename or default or DEFAULT_FILENAME, description)


def upload_size(upload: Upload) -> int:
    """The document's size in bytes, as its progress is reported."""
    return memoryview(upload.data).nbytes


def public_keys_call(repository: RepositoryCore[M]) -> Call[list[Resource]]:
    """``GET /public_keys`` (public: no credentials) in the repository's API version."""
    core = repository._core
    registry = repository._model._REGISTRY
    request = core.plan("GET", "/public_keys", public=True)

    def finish(response: Answer) -> list[Resource]:
        doc = core.document(response, many=True, expected_type="public_keys", registry=registry)
        return list(doc.data) if isinstance(doc.data, list) else []

    return Call(request, finish, idempotent=True)


def upload_call(repository: RepositoryCore[M], keys: EncryptionKeys, upload: Upload) -> Call[M]:
    """``POST /encrypted_files`` as a multipart form; never repeated once it may have arrived."""
    fields = {FIELD.format("encryption_fingerprint"): keys.fingerprint}
    if upload.description is not None:
        fields[FIELD.format("description")] = upload.description
    files = {FIELD.format("file"): (upload.filename, keys.encrypt(upload.data), FILE_CONTENT_TYPE)}
    request = repository._core.build_multipart_request(PATH, fields, files)
    request.headers["Accept"] = "application/json"  # the 201 answer is JSON:API as application/json
    request.read()  # a body in memory, as retries, redirects and logging expect

    def finish(response: Answer) -> M:
        return repository._single(response)

    return Call(request, finish, idempotent=False)


def rejects_fingerprint(exc: APIError) -> bool:
    """Whether a 422 blames the encryption fingerprint (the public keys have changed)."""
    if exc.http_status != 422:
        return False
    for error in exc.errors:
        for text in (error.detail, error.title, error.source_pointer, error.code):
            if text and "fingerprint" in text.lower():
                return True
    return False
