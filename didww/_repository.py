"""Repository bases: the generated repositories call these to plan, send and finish a call."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from didww._core import RepositoryCore
from didww._query import QueryParams
from didww._resource import Resource
from didww._resource_list import ResourceList

if TYPE_CHECKING:
    from didww._client import AsyncClientBase, SyncClientBase

M = TypeVar("M", bound=Resource)


class SyncRepository(RepositoryCore[M]):
    """Base of the generated sync repositories."""

    def __init__(self, client: SyncClientBase) -> None:
        super().__init__(client._core)
        self._client = client

    def _list(self, params: QueryParams | None) -> ResourceList[M]:
        return self._client._send(self._list_call(params))

    def _find(self, id: str | None, params: QueryParams | None) -> M:
        return self._client._send(self._find_call(id, params))

    def _create(self, model: M) -> M:
        return self._client._send(self._create_call(model))

    def _update(self, model: M) -> M:
        return self._client._send(self._update_call(model))

    def _delete(self, id_or_model: str | M) -> None:
        self._client._send(self._delete_call(id_or_model))


class AsyncRepository(RepositoryCore[M]):
    """Base of the generated async repositories."""

    def __init__(self, client: AsyncClientBase) -> None:
        super().__init__(client._core)
        self._client = client

    async def _list(self, params: QueryParams | None) -> ResourceList[M]:
        return await self._client._send(self._list_call(params))

    async def _find(self, id: str | None, params: QueryParams | None) -> M:
        return await self._client._send(self._find_call(id, params))

    async def _create(self, model: M) -> M:
        return await self._client._send(self._create_call(model))

    async def _update(self, model: M) -> M:
        return await self._client._send(self._update_call(model))

    async def _delete(self, id_or_model: str | M) -> None:
        await self._client._send(self._delete_call(id_or_model))
