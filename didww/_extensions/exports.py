"""Extensions of the ``/exports`` repositories (CDR download arrives with issue 5)."""

from __future__ import annotations

from didww._generated.models.exports import Export
from didww._repository import AsyncRepository, SyncRepository


class SyncExportExtension(SyncRepository[Export]):
    """Hand-written operations of ``client.exports``."""


class AsyncExportExtension(AsyncRepository[Export]):
    """Hand-written operations of ``AsyncClient.exports``."""
