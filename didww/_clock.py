"""Time as the transport sees it: sleeping, measuring, and jitter. Injectable so tests stay fast."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from typing import Any

from didww._signal import Signal

LONGEST_WAIT = 365 * 24 * 3600.0
"""The longest wait the SDK accepts a setting to ask for (a year): a timeout, or the gap a rate
limit puts between requests. Sockets, ``time.sleep`` and event loops refuse waits past the
platform's time type (about 292 years) with a raw OverflowError on every request; a bound far
below that, and far above any useful wait, is refused up front instead."""


class Clock:
    """The real clock. Tests pass a subclass that records sleeps instead of waiting.

    A subclass that overrides ``sleep`` only has it used by async clients too: a test clock
    written for the sync client records the async client's waits rather than letting them
    really happen (it must not block, then: it runs in the event loop).
    """

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if type(self).sleep is not Clock.sleep:
            self.sleep(seconds)  # the subclass's own way of waiting (see the class)
            return
        if seconds > 0:
            import asyncio  # here: `import didww` stays free of asyncio for sync users

            await asyncio.sleep(seconds)

    def random(self) -> float:
        """A number in [0, 1) used for backoff jitter."""
        return random.random()

    def now(self) -> float:
        """Wall-clock seconds since the epoch (for ``Retry-After`` dates)."""
        return time.time()


class Wake:
    """Cuts short the pauses of a client's requests (a retry's backoff, a rate-limit turn, the
    interval between a wait's polls) once the client is closed: they would sleep out the pause
    and only then refuse to send, holding up the threads and tasks that close() was meant to
    release. Shared by a client and its ``with_options`` copies.

    A test's clock that sleeps its own way (a subclass overriding ``sleep`` or ``asleep``) is
    used as it is: it records pauses rather than waiting them out."""

    __slots__ = ("_closed",)

    def __init__(self) -> None:
        self._closed = Signal()

    def set(self) -> None:
        """Wake every pause under way, and end those to come at once."""
        self._closed.set()

    def sleep(self, clock: Clock, seconds: float) -> None:
        """``clock.sleep(seconds)``, ended early by :meth:`set`."""
        if type(clock).sleep is not Clock.sleep or seconds <= 0:
            clock.sleep(seconds)
            return
        event = threading.Event()
        take_back = self._closed.on_set(event.set)
        try:
            # In pieces: Event.wait() refuses a wait past threading.TIMEOUT_MAX (about 49 days
            # on Windows) with OverflowError, where time.sleep() took a year.
            until = time.monotonic() + seconds
            while not event.is_set() and (left := until - time.monotonic()) > 0:
                event.wait(min(left, threading.TIMEOUT_MAX))
        finally:
            take_back()

    async def asleep(self, clock: Clock, seconds: float) -> None:
        """``await clock.asleep(seconds)``, ended early by :meth:`set`."""
        real = type(clock).asleep is Clock.asleep and type(clock).sleep is Clock.sleep
        if not real or seconds <= 0:
            await clock.asleep(seconds)
            return
        import asyncio

        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()

        def wake() -> None:  # from close(), in this loop or in another thread
            with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits any more
                loop.call_soon_threadsafe(_resolve, woken)

        if self._closed.is_set:
            return
        take_back = self._closed.on_set(wake)
        try:
            await asyncio.wait([woken], timeout=seconds)
        finally:
            take_back()
            woken.cancel()


def _resolve(future: Any) -> None:
    if not future.done():
        future.set_result(None)
