"""Encrypted file uploads, shared by the sync and async shells: reading what the caller gave,
building the multipart request from the spec's form, and telling a rejected fingerprint from
other refusals.

The form (field names, which are required, the file's size limit) is not written here: each
version's generated repository carries its spec's ``multipart`` form as ``_form``, a
:class:`didww._catalog.MultipartInfo`, and the request is built from that.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Protocol, TypeVar, Union

from didww._answer import Answer
from didww._catalog import FORM_ATTRIBUTE, FORM_FINGERPRINT, MultipartInfo
from didww._codecs import lone_surrogate, surrogate_refusal
from didww._core import Call, RepositoryCore
from didww._errors import APIError, ClientError, is_released, shown
from didww._resource import Resource
from didww.encryption import EncryptionKeys

M = TypeVar("M", bound=Resource)

DEFAULT_FILENAME = "document.bin"
FILE_CONTENT_TYPE = "application/octet-stream"


class BinaryReader(Protocol):
    """Anything with ``read() -> bytes``: an open binary file, ``io.BytesIO``."""

    def read(self, /) -> bytes: ...


Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", BinaryReader]


@dataclass(frozen=True)
class Upload:
    """A document ready to encrypt: its bytes, the name it is sent under and the attributes the
    caller gave for the new file (``description``), by attribute name."""

    data: bytes | bytearray | memoryview
    filename: str
    attributes: Mapping[str, str] = field(default_factory=dict)


def _fail(message: str) -> ClientError:
    return ClientError(f"encrypted_files.upload: {message}")


def read_upload(
    source: object,
    *,
    filename: object,
    description: object,
    size_check: Callable[[int], None] | None = None,
) -> Upload:
    """Read the document; every mistake is a :class:`didww.ClientError`, before any request.
    ``size_check`` is given a file's size before it is read, so that a file too large to
    upload is refused without being read into memory."""
    if filename is not None and (not isinstance(filename, str) or not filename.strip()):
        raise _fail(f"filename must be a non-empty string, got {filename!r}")
    if description is not None and not isinstance(description, str):
        raise _fail(f"description must be a string, got {type(description).__name__}")
    # Both are the caller's own text, sent as it is (the description is kept and shown by the
    # API): one holding a lone surrogate is refused now, before the keys are fetched.
    for what, text in (("filename", filename), ("description", description)):
        if isinstance(text, str):
            index = lone_surrogate(text)
            if index is not None:
                raise _fail(f"{what} {shown(text)} {surrogate_refusal(text, index)}")
    data: object
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, default = source, DEFAULT_FILENAME
    elif isinstance(source, (str, os.PathLike)):
        try:
            path = Path(os.fspath(source))
        except TypeError:  # an os.PathLike whose __fspath__ gives bytes
            raise _fail("a path must be a str or an os.PathLike giving a str") from None
        try:
            stat = path.stat()
            if not S_ISREG(stat.st_mode):
                # A device (/dev/zero) or a pipe would be read without end, or block.
                raise _fail(f"{shown(str(path))} is not a regular file")
            if size_check is not None:
                size_check(stat.st_size)
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
        _check_at_start(source)
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
    if is_released(data):
        raise _fail("the document is a memoryview that was released")
    if not memoryview(data).nbytes:
        raise _fail("the document is empty")
    attributes = {"description": description} if description is not None else {}
    return Upload(data, filename or _sendable_name(default) or DEFAULT_FILENAME, attributes)


def _check_at_start(source: object) -> None:
    """Refuse a seekable file object that is not at its start: reading it would send the rest
    of the document only, a truncated proof the API takes. A stream that cannot seek (a pipe)
    is read from where it is, as it must be."""
    try:
        position = source.tell() if source.seekable() else 0  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return  # no way to tell: read as it is
    if isinstance(position, int) and position > 0:
        raise _fail(
            f"the file object is at byte {position}, not at its start, and only the rest would "
            "be sent: seek(0) first, or pass the bytes to upload"
        )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _sendable_name(name: str) -> str:
    """The name a document is sent under when it is the file's own: a name whose bytes on disk
    are not UTF-8 (a Latin-1 ``résumé.pdf`` from an old share), which Python gives with lone
    surrogates in place of those bytes, has U+FFFD in their place instead. The API keeps no file
    name (an encrypted file has a description only), so refusing the upload for it would help
    no one; ``filename=`` names it otherwise."""
    if lone_surrogate(name) is None:
        return name
    return _LONE_SURROGATE.sub("\ufffd", name)


def upload_size(upload: Upload) -> int:
    """The document's size in bytes, as its progress is reported."""
    return memoryview(upload.data).nbytes


def check_form(form: MultipartInfo, upload: Upload, api_version: str) -> None:
    """Refuse, before any request, what the form of ``api_version`` cannot carry: an attribute
    it has no field for, a required one left out, or a document already too large for the file
    field (encryption only adds bytes: padding and the wrapped keys)."""
    for name in upload.attributes:
        if form.attribute(name) is None:
            raise _fail(f"API {api_version}'s upload has no field for {name}")
    for form_field in form.fields:
        given = form_field.attribute in upload.attributes
        if form_field.role == FORM_ATTRIBUTE and form_field.required and not given:
            raise _fail(f"{form_field.attribute} is required by API {api_version}")
    check_size(form, upload_size(upload), api_version)


def check_size(form: MultipartInfo, size: int, api_version: str) -> None:
    """Refuse a document of ``size`` bytes that is too large for the form's file field already:
    encryption only adds bytes (padding and the wrapped keys)."""
    limit = form.file.max_bytes
    if limit is not None and size >= limit:
        raise _fail(
            f"the document is {size:,} bytes, so encrypted it is more than the {limit:,} bytes "
            f"API {api_version} takes in {form.file.name}"
        )


def public_keys_call(repository: RepositoryCore[M], *, public: bool) -> Call[list[Resource]]:
    """``GET /public_keys`` in the repository's API version, without credentials when the
    version's spec says the list is ``public``."""
    core = repository._core
    registry = repository._model._REGISTRY
    request = core.plan("GET", "/public_keys", public=public)

    def finish(response: Answer) -> list[Resource]:
        doc = core.document(response, many=True, expected_type="public_keys", registry=registry)
        return list(doc.data) if isinstance(doc.data, list) else []

    return Call(request, finish, idempotent=True)


def upload_call(
    repository: RepositoryCore[M], form: MultipartInfo, keys: EncryptionKeys, upload: Upload
) -> Call[M]:
    """``POST /encrypted_files`` as the multipart ``form``; never repeated once it may have
    arrived. Raises :class:`didww.ClientError`, sending nothing, when the encrypted document is
    larger than the form's file takes."""
    fields: dict[str, str] = {}
    for form_field in form.fields:  # the spec's order; httpx puts these before the file
        if form_field.role == FORM_FINGERPRINT:
            fields[form_field.name] = keys.fingerprint
        elif form_field.attribute is not None and form_field.attribute in upload.attributes:
            fields[form_field.name] = upload.attributes[form_field.attribute]
    encrypted = keys.encrypt(upload.data)
    # What goes on the wire as the file part, measured where it already is in memory: check_form
    # refused the documents that are too large whatever the keys, this the few bytes above it.
    limit = form.file.max_bytes
    if limit is not None and len(encrypted) > limit:
        added = len(encrypted) - upload_size(upload)
        raise _fail(
            f"the encrypted document is {len(encrypted):,} bytes, more than the {limit:,} bytes "
            f"API {repository._core.api_version} takes in {form.file.name}; encryption adds "
            f"{added:,} bytes, so the document may be at most {limit - added:,} bytes"
        )
    files = {form.file.name: (upload.filename, encrypted, FILE_CONTENT_TYPE)}
    request = repository._core.build_multipart_request(repository._path, fields, files)
    # The 201 answer is a JSON:API document under the media type the version's document gives.
    request.headers["Accept"] = form.answer_media_type
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
