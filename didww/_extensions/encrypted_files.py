"""Extensions of the ``/encrypted_files`` repositories (multipart upload arrives with issue 5)."""

from __future__ import annotations

from didww._generated.models.encrypted_files import EncryptedFile
from didww._repository import AsyncRepository, SyncRepository


class SyncEncryptedFileExtension(SyncRepository[EncryptedFile]):
    """Hand-written operations of ``client.encrypted_files``."""


class AsyncEncryptedFileExtension(AsyncRepository[EncryptedFile]):
    """Hand-written operations of ``AsyncClient.encrypted_files``."""
