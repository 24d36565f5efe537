"""A flag set once, with what must run when it is: how a waiting request learns that its wait
has become pointless (its batch interrupted, its walk ended, its client closed).

A module of its own, with no imports beyond ``threading``: the client, the rate limiter, the
batch and the page walk all use it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["Signal", "nothing"]


class Signal:
    """Set once and for good. A callback registered with :meth:`on_set` runs when the signal is
    set, in the setting thread, or at once when it is set already."""

    __slots__ = ("_callbacks", "_lock", "_set")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._callbacks: dict[object, Callable[[], None]] = {}

    @property
    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        """Set it, and run what was registered (outside the lock: callbacks take their own)."""
        with self._lock:
            self._set = True
            callbacks, self._callbacks = list(self._callbacks.values()), {}
        for callback in callbacks:
            callback()

    def on_set(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Have ``callback`` run when the signal is set (at once if it is); returns the function
        that takes it back, for when the wait it ends is over anyway."""
        key = object()
        with self._lock:
            registered = not self._set
            if registered:
                self._callbacks[key] = callback
        if not registered:
            callback()

        def take_back() -> None:
            with self._lock:
                self._callbacks.pop(key, None)

        return take_back


def nothing() -> None:
    """The take-back of a callback registered nowhere."""
