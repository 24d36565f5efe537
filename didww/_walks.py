"""Whether the code running is a page fetched ahead for an ``iter()`` walk that has ended.

A module of its own, importing only ``contextvars`` and :mod:`didww._signal`, so that the client
can ask on every send without loading the paging machinery (threads, queues) for programs that
never walk.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Protocol

from didww._signal import nothing


class Fetch(Protocol):
    """A page fetch run ahead of its walk; the walk cancels it when it ends."""

    @property
    def cancelled(self) -> bool: ...

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Have ``callback`` run when the fetch is cancelled; returns what takes it back."""
        ...


PREFETCH: contextvars.ContextVar[Fetch | None] = contextvars.ContextVar(
    "didww_prefetch", default=None
)
"""The fetch ahead that the running code works for; set in the fetch's own context only."""


def prefetch_abandoned() -> bool:
    """Whether the code running is a page fetched ahead for a walk that has ended since.

    The client asks just before each send: the fetch may have waited (for its rate-limit turn, a
    token, a retry's pause) past the end of the walk, which then must request nothing more."""
    fetch = PREFETCH.get()
    return fetch is not None and fetch.cancelled


def on_abandon(callback: Callable[[], None]) -> Callable[[], None]:
    """Have ``callback`` run when the walk that the running code fetches a page ahead for ends;
    returns the function that takes it back. Outside a fetch ahead, nothing is registered.

    A fetch waiting for its rate-limit turn registers the giving back of that turn: it would
    otherwise sleep on until the turn came and then send nothing, and the caller's next request,
    made once the walk was left, waited for that turn to pass."""
    fetch = PREFETCH.get()
    if fetch is None:
        return nothing
    return fetch.on_cancel(callback)
