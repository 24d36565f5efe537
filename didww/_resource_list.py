"""The result of a list call: a sequence of models with the document's meta and links."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from didww._types import JSON

M = TypeVar("M")


class ResourceList(Sequence[M], Generic[M]):
    """One page of resources."""

    __slots__ = ("_items", "links", "meta")

    def __init__(self, items: list[M], meta: dict[str, JSON], links: dict[str, JSON]) -> None:
        self._items = items
        self.meta = meta
        self.links = links

    @property
    def total_records(self) -> int | None:
        """``meta.total_records``: how many records match, over all pages (None when not sent)."""
        value = self.meta.get("total_records")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

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
