"""Time as the transport sees it: sleeping, measuring, and jitter. Injectable so tests stay fast."""

from __future__ import annotations

import random
import time


class Clock:
    """The real clock. Tests pass a subclass that records sleeps instead of waiting."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            import asyncio  # here: `import didww` stays free of asyncio for sync users

            await asyncio.sleep(seconds)

    def random(self) -> float:
        """A number in [0, 1) used for backoff jitter."""
        return random.random()

    def now(self) -> float:
        """Wall-clock seconds since the epoch (for ``Retry-After`` dates)."""
        return time.time()
