"""Time for the simulator: an injectable clock and the API's timestamp formats.

Every time-based transition (reservation expiry, export completion, order fulfilment) reads the
clock given to :class:`~didww.testing.Simulator`, so tests can move time forward instead of
sleeping.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import didww
from didww._arguments import check_methods
from didww._codecs import format_datetime
from didww._errors import shown_value
from didww._types import finite_float
from didww.testing._usage import LAST_TIMESTAMP, SimulatorUsageError
from didww.testing._usage import seconds as checked_seconds

Clock = Callable[[], float]
"""A function returning the current time as POSIX seconds (like :func:`time.time`)."""


class ManualClock(didww.Clock):
    """A clock that only moves when told to; thread-safe.

    Give it to the simulator (``Simulator(clock=clock)``) to control its time, and to a client
    (``sim.client(clock=clock)``) so the client's waits (backoff, ``Retry-After``, polling)
    move the same clock forward instead of sleeping: simulator and client then share one
    timeline that costs no real time. What the client asked to sleep is kept in :attr:`sleeps`.

    >>> clock = ManualClock(1_700_000_000.0)
    >>> clock.advance(2.5)
    >>> clock()
    1700000002.5
    """

    def __init__(self, start: float = 1_776_297_600.0) -> None:  # 2026-04-16T00:00:00Z
        begin = finite_float(start)
        if begin is None or not 0 <= begin <= LAST_TIMESTAMP:
            raise SimulatorUsageError(
                "ManualClock: start must be a Unix timestamp from 0 to 9999-12-31 "
                f"({LAST_TIMESTAMP:.0f}), got {shown_value(start)}"
            )
        self._now = begin
        self._lock = threading.Lock()
        self.sleeps: list[float] = []
        """Every wait a client using this clock asked for, in seconds, in order."""

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (never backwards)."""
        step = checked_seconds("ManualClock.advance: seconds", seconds)  # never backwards
        with self._lock:
            if self._now + step > LAST_TIMESTAMP:
                raise SimulatorUsageError(
                    "ManualClock.advance: the clock would pass 9999-12-31, the last day "
                    "a timestamp can fall on"
                )
            self._now += step

    # -- as a didww.Clock, for clients -----------------------------------------------------------

    def monotonic(self) -> float:
        return self()

    def now(self) -> float:
        return self()

    def sleep(self, seconds: float) -> None:
        """Record the wait and move the clock forward by it, at once."""
        with self._lock:
            self.sleeps.append(seconds)
            self._now += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def random(self) -> float:
        """No jitter: a client's backoff delays are exactly its policy's (0.5 s, 1 s, 2 s...)."""
        return 0.0

    def __repr__(self) -> str:
        return f"ManualClock({self._now!r})"


def to_datetime(seconds: float) -> dt.datetime:
    """POSIX seconds as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)


def iso(seconds: float) -> str:
    """The API's timestamp format: ISO 8601 UTC with milliseconds and ``Z``."""
    return format_datetime(to_datetime(seconds))


def iso_date(seconds: float, *, days: int = 0) -> str:
    """The UTC date of ``seconds`` plus ``days``, as ``YYYY-MM-DD``."""
    return (to_datetime(seconds).date() + dt.timedelta(days=days)).isoformat()


check_methods(ManualClock)  # a misspelt keyword raises ArgumentError, with the closest one
