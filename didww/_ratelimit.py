"""Client-side rate limiting: spaces requests so bulk jobs stay under the API's limit.

One limiter is shared by every thread and task using a client (and its ``with_options`` copies).
It hands out evenly spaced start times; callers wait outside the lock.
"""

from __future__ import annotations

import bisect
import threading
from collections import deque
from typing import overload

from didww._batch import on_interrupt
from didww._clock import LONGEST_WAIT, Clock, Wake
from didww._errors import ClientError, shown_value
from didww._types import finite_float
from didww._walks import on_abandon


class RateLimiter:
    """At most ``rate`` request starts per second."""

    def __init__(self, rate: float, clock: Clock, wake: Wake | None = None) -> None:
        # NaN fails every comparison (and would mean no limit at all); inf would mean none too.
        number = finite_float(rate)
        if number is None or not number * LONGEST_WAIT >= 1:
            raise ClientError(
                "rate_limit must be a positive, finite number of requests per second (at least "
                f"one a year), got {shown_value(rate)}"
            )
        self.rate = number
        self._interval = 1.0 / self.rate
        self._clock = clock
        self._wake = Wake() if wake is None else wake
        """Set when the client closes: a caller waiting for its turn stops waiting."""
        self._lock = threading.Lock()
        self._next_start = 0.0
        self._free: list[float] = []
        """Starts given back (see :meth:`_give_back`) before the last one booked, in order: the
        next callers take those still to come before booking new ones."""
        self._returned: deque[float] = deque()
        """Starts given back and not sorted into ``_free`` yet (see :meth:`_give_back`)."""

    @overload
    def reserve(self) -> tuple[float, float]: ...

    @overload
    def reserve(self, deadline: float | None) -> tuple[float, float] | None: ...

    def reserve(self, deadline: float | None = None) -> tuple[float, float] | None:
        """Book the next start time; returns it and how long the caller must wait for it. None,
        booking nothing, when that start falls after ``deadline`` (a wait's last poll)."""
        with self._lock:
            self._take_returned()
            now = self._clock.monotonic()
            free = self._free
            # A start given back and gone by is never handed out (taken now, it could crowd
            # the one booked after it), but it is kept for an interval: should the starts
            # after it be given back too, unbooking goes back past it (see _take_returned).
            # Older ones would only take unbooking back to a start as long gone as itself.
            while free and free[0] + self._interval <= now:
                free.pop(0)
            index = bisect.bisect_left(free, now)
            if index < len(free):
                # The first start given back still to come, or earlier: the starts given back
                # just before it (gone by, some of them) leave room back to the lowest of them,
                # since the start held before that one is at least an interval before it.
                low = index
                while low and free[low - 1] + self._interval == free[low]:
                    low -= 1
                start = max(now, free[low])
                if deadline is not None and start > deadline:
                    return None
                # Given back up to an interval after it, a start would crowd this one; before
                # it, none can be reached by unbooking any more (this one is held).
                del free[: bisect.bisect_left(free, start + self._interval)]
                return start, start - now
            start = max(now, self._next_start)
            if deadline is not None and start > deadline:
                return None
            self._next_start = start + self._interval
            return start, start - now

    def _give_back(self, start: float) -> None:
        """Free the start booked for a caller that stopped waiting (Ctrl-C, a cancelled task):
        the next request takes that very start rather than wait one interval more for a request
        that was never sent. Those booked after it keep theirs, so the spacing holds. Given back
        in any order (a cancelled batch gives back a whole run of them), the starts at the end
        of the bookings are unbooked, and the others kept for the next callers: before, only
        the last one was, and a client whose batch of a thousand was cancelled waited for the
        thousand turns before its next request.

        Never waits for the lock: it runs from a walk's ``finally`` too, which the garbage
        collector may run in a thread that holds the lock already (inside :meth:`reserve`).
        The start is queued (a deque's append is atomic) and sorted in by whoever holds the
        lock next, before it books anything."""
        self._returned.append(start)
        if self._lock.acquire(blocking=False):
            try:
                self._take_returned()
            finally:
                self._lock.release()

    def _take_returned(self) -> None:
        """Sort the starts given back into ``_free`` (the lock held); those at the end of the
        bookings are unbooked."""
        returned, free = self._returned, self._free
        while returned:
            bisect.insort(free, returned.popleft())
        while free and free[-1] + self._interval == self._next_start:
            self._next_start = free.pop()

    def wait(self, deadline: float | None = None) -> bool:
        """Wait for this caller's turn; False, at once, when it would come after ``deadline``."""
        booked = self.reserve(deadline)
        if booked is None:
            return False
        start, delay = booked
        once = threading.Lock()

        def give_back() -> None:
            if once.acquire(blocking=False):  # from this thread or the interrupting one: once
                self._give_back(start)

        # An item of a sync batch interrupted while it sleeps here, or a page fetched ahead for
        # a walk that has ended, sends nothing when it wakes: its turn is given back at once,
        # for the requests made after the batch or the walk.
        take_back = on_interrupt(give_back)
        take_back_fetch = on_abandon(give_back)
        try:
            self._wake.sleep(self._clock, delay)
        except BaseException:
            give_back()
            raise
        finally:
            take_back()
            take_back_fetch()
        return True

    async def await_turn(self, deadline: float | None = None) -> bool:
        """The async twin of :meth:`wait`."""
        booked = self.reserve(deadline)
        if booked is None:
            return False
        start, delay = booked
        try:
            await self._wake.asleep(self._clock, delay)
        except BaseException:  # CancelledError is a BaseException
            self._give_back(start)
            raise
        return True
