"""Repository bases: the generated repositories call these to plan, send and finish a call."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from didww._arguments import check_methods
from didww._core import Call, RepositoryCore
from didww._errors import APIConnectionError, APIError, ClientError
from didww._pages import AsyncWalk, Walk, aiter_models, iter_models
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._resource import Resource
from didww._resource_list import ResourceList
from didww._unknown import private, unknown_operation

if TYPE_CHECKING:
    from didww._client import AsyncClientBase, SyncClientBase

M = TypeVar("M", bound=Resource)


class SyncRepository(RepositoryCore[M]):
    """Base of the generated sync repositories."""

    def __init__(self, client: SyncClientBase) -> None:
        super().__init__(client._core)
        self._client = client

    def _list(self, params: QueryParams | None) -> ResourceList[M]:
        page = self._client._send(self._list_call(params))
        page._fetch = self._list
        return page

    def _iter(
        self, params: QueryParams | None, page_size: int | None, prefetch: bool | None = None
    ) -> Generator[M, None, None]:
        first = self._first_of_walk(params, page_size, prefetch)
        return Walk(iter_models(self._list, lambda: first, prefetch=prefetch))

    def _find(self, id: str | None, params: QueryParams | None) -> M:
        return self._client._send(self._find_call(id, params))

    def _create(self, model: M) -> M:
        with self._creating(model):
            return self._client._send(self._create_call(model))

    def _update(self, model: M) -> M:
        call = self._update_call(model)
        return model if call is None else self._client._send(call)

    def _delete(self, id_or_model: str | M) -> None:
        self._client._send(self._delete_call(id_or_model))

    def _wait(
        self, id_or_model: str | M, timeout: float, poll_interval: float, max_poll_interval: float
    ) -> M:
        poll = self._poll(timeout, poll_interval, max_poll_interval)
        id = self._wait_id(id_or_model)
        if isinstance(id_or_model, Resource) and poll.finished(id_or_model):
            return id_or_model
        last = id_or_model if isinstance(id_or_model, Resource) else None
        while True:
            call = poll.limit(self._find_call(id, None, "wait"))
            try:
                model = self._client._send(call)
            except (APIConnectionError, APIError) as exc:
                if not call.out_of_time:
                    raise  # a failure with time left, as it is
                raise poll.timed_out(exc, last, unsent=call.unsent) from exc
            last = model
            delay = poll.delay(model)
            if delay is None:
                return model
            self._client._pause(delay)


class AsyncRepository(RepositoryCore[M]):
    """Base of the generated async repositories."""

    def __init__(self, client: AsyncClientBase) -> None:
        super().__init__(client._core)
        self._client = client

    async def _list(self, params: QueryParams | None) -> ResourceList[M]:
        page = await self._client._send(self._list_call(params))
        page._afetch = self._list
        return page

    def _iter(
        self, params: QueryParams | None, page_size: int | None, prefetch: bool | None = None
    ) -> AsyncGenerator[M, None]:
        first = self._first_of_walk(params, page_size, prefetch)
        return AsyncWalk(aiter_models(self._list, lambda: first, prefetch=prefetch))

    async def _find(self, id: str | None, params: QueryParams | None) -> M:
        return await self._client._send(self._find_call(id, params))

    async def _create(self, model: M) -> M:
        with self._creating(model):
            return await self._client._send(self._create_call(model))

    async def _update(self, model: M) -> M:
        call = self._update_call(model)
        return model if call is None else await self._client._send(call)

    async def _delete(self, id_or_model: str | M) -> None:
        await self._client._send(self._delete_call(id_or_model))

    async def _wait(
        self, id_or_model: str | M, timeout: float, poll_interval: float, max_poll_interval: float
    ) -> M:
        poll = self._poll(timeout, poll_interval, max_poll_interval)
        id = self._wait_id(id_or_model)
        if isinstance(id_or_model, Resource) and poll.finished(id_or_model):
            return id_or_model
        last = id_or_model if isinstance(id_or_model, Resource) else None
        while True:
            call = poll.limit(self._find_call(id, None, "wait"))
            try:
                model = await self._client._send(call)
            except (APIConnectionError, APIError) as exc:
                if not call.out_of_time:
                    raise  # a failure with time left, as it is
                raise poll.timed_out(exc, last, unsent=call.unsent) from exc
            last = model
            delay = poll.delay(model)
            if delay is None:
                return model
            await self._client._apause(delay)


def _changes(repository: RepositoryCore[M], model: M) -> Call[M]:
    """The update call of a raw repository, which has no answer to give when nothing changed."""
    call = repository._update_call(model)
    if call is None:
        raise ClientError(
            f"{repository._name('update')}: nothing changed, so no request was sent "
            "(repository.update() returns the model as it is in that case)"
        )
    return call


class SyncRawRepository(Generic[M]):
    """Base of ``repository.with_raw_response``: the same calls, answered with a RawResponse."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_methods(cls)  # a misspelt keyword raises ArgumentError, not TypeError

    if not TYPE_CHECKING:  # type checkers would accept any name with a __getattr__

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise private(self, name)
            raise unknown_operation(self, name, self._repository._path)

    def __init__(self, repository: SyncRepository[M]) -> None:
        self._repository = repository
        self._client = repository._client

    def _list(self, params: QueryParams | None) -> RawResponse[ResourceList[M]]:
        raw = self._client._send_raw(self._repository._list_call(params))
        raw.parsed._fetch = self._repository._list
        return raw

    def _find(self, id: str | None, params: QueryParams | None) -> RawResponse[M]:
        return self._client._send_raw(self._repository._find_call(id, params))

    def _create(self, model: M) -> RawResponse[M]:
        with self._repository._creating(model):
            return self._client._send_raw(self._repository._create_call(model))

    def _update(self, model: M) -> RawResponse[M]:
        return self._client._send_raw(_changes(self._repository, model))

    def _delete(self, id_or_model: str | M) -> RawResponse[None]:
        return self._client._send_raw(self._repository._delete_call(id_or_model))


class AsyncRawRepository(Generic[M]):
    """Base of ``repository.with_raw_response`` on async clients."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_methods(cls)  # a misspelt keyword raises ArgumentError, not TypeError

    if not TYPE_CHECKING:  # type checkers would accept any name with a __getattr__

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise private(self, name)
            raise unknown_operation(self, name, self._repository._path)

    def __init__(self, repository: AsyncRepository[M]) -> None:
        self._repository = repository
        self._client = repository._client

    async def _list(self, params: QueryParams | None) -> RawResponse[ResourceList[M]]:
        raw = await self._client._send_raw(self._repository._list_call(params))
        raw.parsed._afetch = self._repository._list
        return raw

    async def _find(self, id: str | None, params: QueryParams | None) -> RawResponse[M]:
        return await self._client._send_raw(self._repository._find_call(id, params))

    async def _create(self, model: M) -> RawResponse[M]:
        with self._repository._creating(model):
            return await self._client._send_raw(self._repository._create_call(model))

    async def _update(self, model: M) -> RawResponse[M]:
        return await self._client._send_raw(_changes(self._repository, model))

    async def _delete(self, id_or_model: str | M) -> RawResponse[None]:
        return await self._client._send_raw(self._repository._delete_call(id_or_model))
