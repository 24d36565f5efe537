"""When to send a request again, and how long to wait first. Pure logic, no I/O.

What is repeated, and why:

* 429 answers and failures to connect happened before the API did anything, so every request is
  repeated, orders included;
* 5xx answers, timeouts and connections dropped after the request went out may have reached the
  API, so only operations that are safe to repeat (the spec's idempotent ones) are repeated, unless
  the caller opts in with ``with_options(retry_non_idempotent=True)``.
"""

from __future__ import annotations

import datetime
import email.utils
from dataclasses import dataclass

import httpx

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Failures that prove the request never left this machine.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff settings: ``initial_delay`` doubling up to ``max_delay``, with jitter."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_DELAY
    max_delay: float = MAX_DELAY
    max_retry_after: float = MAX_RETRY_AFTER

    def backoff(self, retry: int, jitter: float) -> float:
        """Delay before retry number ``retry`` (1-based); ``jitter`` in [0, 1) trims up to 25%."""
        # The doubling stops once past any max_delay: 2.0 ** 1024 overflows, and max_retries
        # has no upper bound (retrying through a long outage is a choice the caller may make).
        base: float = min(self.max_delay, self.initial_delay * 2.0 ** min(retry - 1, 64))
        return base * (1 - 0.25 * jitter)

    def retry_after(self, header: str | None, now: float) -> float | None:
        """Seconds asked for by a ``Retry-After`` header (capped), or None when unusable."""
        if header is None:
            return None
        text = header.strip()
        if not text.isascii():
            # Neither a delay nor a date; float() would read non-ASCII digits ("٣") all the same.
            return None
        try:
            seconds = float(text)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:
                # An HTTP-date is always GMT (RFC 9110, 5.6.7). Its asctime form, and an RFC 850
                # date read as "-0000", carry no zone, so the parser leaves them naive; read
                # as local time they would be hours off, and refusing them would ignore them.
                when = when.replace(tzinfo=datetime.timezone.utc)
            # A date already past asks for no wait at all.
            return min(max(when.timestamp() - now, 0.0), self.max_retry_after)
        if seconds != seconds or seconds < 0:
            # NaN, or a negative number of seconds: not a delay (RFC 9110 allows digits only),
            # so the header is ignored and the usual backoff applies, rather than "retry now".
            return None
        return min(seconds, self.max_retry_after)


def response_is_retryable(status: int, idempotent: bool) -> bool:
    """429 is always worth repeating; 5xx only when repeating cannot do harm."""
    if status == 429:
        return True
    return status >= 500 and idempotent


def never_sent(exc: httpx.TransportError) -> bool:
    """Whether the failure proves the request never left this machine."""
    return isinstance(exc, _NOT_SENT)


def error_is_retryable(exc: httpx.TransportError, idempotent: bool) -> bool:
    """A request that never left may always be repeated; one that may have arrived, only if safe."""
    if isinstance(exc, _NOT_SENT):
        return True
    return idempotent
