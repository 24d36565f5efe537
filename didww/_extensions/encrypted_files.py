"""Extensions of the ``/encrypted_files`` repositories: encrypting and uploading documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from didww._errors import UnprocessableEntityError
from didww._progress import Meter, Progress, check_progress
from didww._repository import AsyncRepository, SyncRepository
from didww._resource import Resource
from didww._upload import (
    Source,
    Upload,
    check_form,
    check_size,
    public_keys_call,
    read_upload,
    rejects_fingerprint,
    upload_call,
    upload_size,
)
from didww.encryption import EncryptionKeys, require_cryptography

if TYPE_CHECKING:
    from didww._catalog import MultipartInfo

EncryptedFile = TypeVar("EncryptedFile", bound=Resource)
"""The ``EncryptedFile`` model of the API version whose repository this extends."""


def _prepared(
    form: MultipartInfo,
    api_version: str,
    source: Source,
    description: str | None,
    filename: str | None,
    progress: Progress | None,
) -> tuple[Upload, Meter]:
    """What both twins check and read before any request: the document (refused when it breaks
    the version's form or size limit), its progress meter, and that encryption is available."""
    upload = read_upload(
        source,
        filename=filename,
        description=description,
        size_check=lambda size: check_size(form, size, api_version),
    )
    check_form(form, upload, api_version)
    meter = Meter(check_progress(progress, "encrypted_files.upload"), upload_size(upload))
    require_cryptography()
    return upload, meter


def _created(file: Resource) -> str:
    """What an upload created, for the note on a progress hook's late exception."""
    return f"{type(file).__name__} {file._id!r} was created and can be used"


class SyncEncryptedFileExtension(SyncRepository[EncryptedFile]):
    """Hand-written operations of ``client.encrypted_files``."""

    _form: ClassVar[MultipartInfo]
    """The upload's form, from the version's spec (set by the generated repository)."""
    _keys_public: ClassVar[bool]
    """Whether the version's spec lists ``public_keys`` as public, asked for without
    credentials (set by the generated repository)."""
    _encryption_keys: EncryptionKeys | None = None

    def upload(
        self,
        source: Source,
        *,
        description: str | None = None,
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> EncryptedFile:
        """Encrypt a document with DIDWW's public keys and upload it; returns the new file.

        ``source`` is the document: ``bytes``, a path (``str`` or ``os.PathLike``) or a binary file
        object. It is sent under ``filename``, by default the file's own name (``document.bin``
        for bytes or a nameless file object). The returned :class:`EncryptedFile`'s id can be used
        at once in a Proof, PermanentSupportingDocument or AddressVerification relationship.

        The public keys are fetched once per client and fetched again, with one more upload
        attempt, if the API rejects their fingerprint (it has rotated its keys). The upload is not
        repeated after it may have reached the API (only 429s and refused connections are
        retried). Needs the encryption extra (the ``cryptography`` package); raises
        :class:`didww.ClientError` for unusable input before sending anything, and the API's
        refusals as :class:`didww.APIError` subclasses with the server's error objects.

        The form sent is the one the API version's spec gives. Where it states a size limit for
        the file (2026-10-22: 20 MiB), a document whose encrypted form is larger raises
        :class:`didww.ClientError` naming both sizes, and the upload is not sent.

        ``progress``, if given, is called with ``(sent, size)`` in bytes of the document: with
        ``(0, size)`` before the request and ``(size, size)`` once the API has accepted it. The
        encrypted document goes out as one request body, so there are no steps in between. An
        exception the hook raises at ``(size, size)`` propagates with a note naming the file that
        was created (``exc.__notes__``), whose id the lost return value would have given.
        """
        upload, meter = _prepared(
            self._form, self._core.api_version, source, description, filename, progress
        )
        keys = self._keys(refresh=False)
        meter.start()
        try:
            created = self._client._send(upload_call(self, self._form, keys, upload))
        except UnprocessableEntityError as exc:
            if not rejects_fingerprint(exc) or self._keys(refresh=True) is keys:
                raise
            created = self._client._send(
                upload_call(self, self._form, self._keys(refresh=False), upload)
            )
        meter.finish(_created(created))
        return created

    def _keys(self, *, refresh: bool) -> EncryptionKeys:
        """The cached keys; ``refresh`` fetches them again (same object when they are unchanged)."""
        current = self._encryption_keys
        if current is None or refresh:
            keys = self._client._send(public_keys_call(self, public=self._keys_public))
            fetched = EncryptionKeys.from_public_keys(keys)
            if current is None or fetched.fingerprint != current.fingerprint:
                self._encryption_keys = current = fetched
        return current


class AsyncEncryptedFileExtension(AsyncRepository[EncryptedFile]):
    """Hand-written operations of ``AsyncClient.encrypted_files``."""

    _form: ClassVar[MultipartInfo]
    """The upload's form, from the version's spec (set by the generated repository)."""
    _keys_public: ClassVar[bool]
    """See :class:`SyncEncryptedFileExtension`."""
    _encryption_keys: EncryptionKeys | None = None

    async def upload(
        self,
        source: Source,
        *,
        description: str | None = None,
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> EncryptedFile:
        """The async twin of ``Client.encrypted_files.upload``: encrypt a document and upload it.

        ``source`` is ``bytes``, a path or a binary file object (read synchronously); ``filename``
        defaults to the file's own name, or ``document.bin``. Keys are fetched once per client and
        again, with one more attempt, when the API rejects their fingerprint; the upload is never
        repeated once it may have reached the API. Needs the encryption extra (the
        ``cryptography`` package).
        An encrypted document above the version's stated size limit raises
        :class:`didww.ClientError` and is not sent.
        ``progress`` is called with ``(0, size)`` before the request and ``(size, size)`` after
        (an exception it raises then gets a note naming the file created).
        """
        upload, meter = _prepared(
            self._form, self._core.api_version, source, description, filename, progress
        )
        keys = await self._keys(refresh=False)
        meter.start()
        try:
            created = await self._client._send(upload_call(self, self._form, keys, upload))
        except UnprocessableEntityError as exc:
            if not rejects_fingerprint(exc) or await self._keys(refresh=True) is keys:
                raise
            fresh = await self._keys(refresh=False)
            created = await self._client._send(upload_call(self, self._form, fresh, upload))
        meter.finish(_created(created))
        return created

    async def _keys(self, *, refresh: bool) -> EncryptionKeys:
        current = self._encryption_keys
        if current is None or refresh:
            keys = await self._client._send(public_keys_call(self, public=self._keys_public))
            fetched = EncryptionKeys.from_public_keys(keys)
            if current is None or fetched.fingerprint != current.fingerprint:
                self._encryption_keys = current = fetched
        return current
