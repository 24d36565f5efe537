"""The result of a list call: a sequence of models with the document's meta and links."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from didww._errors import ClientError
from didww._types import JSON

if TYPE_CHECKING:
    from didww._query import QueryParams

M = TypeVar("M")


class ResourceList(Sequence[M], Generic[M]):
    """One page of resources; ``next_page()`` (or ``await anext_page()``) fetches the next one."""

    __slots__ = ("_afetch", "_fetch", "_items", "_next_params", "links", "meta")

    def __init__(self, items: list[M], meta: dict[str, JSON], links: dict[str, JSON]) -> None:
        self._items = items
        self.meta = meta
        self.links = links
        self._next_params: QueryParams | None = None
        self._fetch: Callable[[QueryParams], ResourceList[M]] | None = None
        self._afetch: Callable[[QueryParams], Awaitable[ResourceList[M]]] | None = None

    @property
    def total_records(self) -> int | None:
        """``meta.total_records``: how many records match, over all pages (None when not sent)."""
        value = self.meta.get("total_records")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def next_page_params(self) -> QueryParams | None:
        """The query parameters of the next page, or None on the last page."""
        return self._next_params

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._next_params is not None

    def next_page(self) -> ResourceList[M]:
        """Fetch the next page (sync clients)."""
        if self._next_params is None:
            raise ClientError("this is the last page")
        if self._fetch is None:
            self._refuse_detached()
            raise ClientError("this page came from an AsyncClient: use `await page.anext_page()`")
        return self._fetch(self._next_params)

    async def anext_page(self) -> ResourceList[M]:
        """Fetch the next page (async clients)."""
        if self._next_params is None:
            raise ClientError("this is the last page")
        if self._afetch is None:
            self._refuse_detached()
            raise ClientError("this page came from a sync Client: use `page.next_page()`")
        return await self._afetch(self._next_params)

    def _refuse_detached(self) -> None:
        if self._fetch is None and self._afetch is None:
            raise ClientError(
                "this page has no client to fetch the next one with (it was pickled, copied or "
                "built by hand): pass page.next_page_params to the repository's list()"
            )

    def __copy__(self) -> ResourceList[M]:
        # In the same process the client is still there: a copy fetches the next page too.
        other = ResourceList(self._items, self.meta, self.links)
        other._next_params = self._next_params
        other._fetch, other._afetch = self._fetch, self._afetch
        return other

    def __getstate__(self) -> dict[str, Any]:
        # What fetches the next page holds the client, its connections and locks, which no
        # pickle or copy can take: a page pickled (to a cache) or copied stands on its own.
        return {
            "_items": self._items,
            "meta": self.meta,
            "links": self.links,
            "_next_params": self._next_params,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._items = state["_items"]
        self.meta = state["meta"]
        self.links = state["links"]
        self._next_params = state["_next_params"]
        self._fetch = None
        self._afetch = None

    @overload
    def __getitem__(self, index: int) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> list[M]: ...

    def __getitem__(self, index: int | slice) -> M | list[M]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[M]:
        return iter(self._items)

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, ResourceList):
            return self._items == other._items
        return bool(self._items == other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ResourceList({self._items!r}, total_records={self.total_records!r})"
