"""Time as the transport sees it: sleeping, measuring, and jitter. Injectable so tests stay fast."""

from __future__ import annotations

import random
import time

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
