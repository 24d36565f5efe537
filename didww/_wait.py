"""Waiting for a resource whose status moves on its own (orders, exports, verifications...).

The spec marks such resources with a ``lifecycle``: the status attribute and the values at which it
stops moving. Their repositories get a generated ``wait()`` that polls with growing intervals until
a terminal status, and raises :class:`~didww.WaitTimeoutError` (carrying the last state) when the
time is up. This module decides when to ask again; the repositories send and sleep.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from didww._clock import LONGEST_WAIT, Clock
from didww._errors import ClientError, DidwwError, WaitTimeoutError
from didww._resource import Resource

if TYPE_CHECKING:
    from didww._core import Call

C = TypeVar("C", bound="Call[Any]")

DEFAULT_TIMEOUT = 300.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 30.0


class Poll:
    """When to ask again about a resource that has not reached a terminal status yet."""

    def __init__(
        self,
        clock: Clock,
        operation: str,
        attribute: str,
        terminal: frozenset[str],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
    ) -> None:
        for name, value in (
            ("timeout", timeout),
            ("poll_interval", poll_interval),
            ("max_poll_interval", max_poll_interval),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ClientError(f"{operation}: {name} must be a positive number of seconds")
            # Not math.inf (a poll interval of it sleeps for ever, and a wait that can never
            # time out is not what a timeout says), nor beyond what a clock's sleep takes.
            if not value <= LONGEST_WAIT:
                raise ClientError(
                    f"{operation}: {name} must be a finite number of seconds, at most "
                    f"{LONGEST_WAIT:.0f} (a year)"
                )
        if max_poll_interval < poll_interval:
            raise ClientError(f"{operation}: max_poll_interval must be >= poll_interval")
        self._clock = clock
        self._operation = operation
        self._attribute = attribute
        self._terminal = terminal
        self._timeout = float(timeout)
        self._deadline = clock.monotonic() + timeout
        self._interval = float(poll_interval)
        self._max = float(max_poll_interval)
        self.polls = 0

    def status(self, model: Resource) -> str | None:
        """The model's status, or None when it was not loaded."""
        return model._loaded_text(self._attribute)

    def _news(self, model: Resource) -> str:
        """A note when the last status is a value this SDK version does not know: the API may
        have added a final status since (say a failed export), which no wait of this version
        can recognise."""
        if not model.is_loaded(self._attribute):
            return ""
        value = getattr(model, self._attribute)
        if getattr(value, "is_known", True) is not False:
            return ""
        return (
            ", a status this version of the SDK does not know: it may be final; "
            "a newer didww knows it"
        )

    def finished(self, model: Resource) -> bool:
        """Whether ``model`` is at a terminal status (one this SDK does not know is not)."""
        return self.status(model) in self._terminal

    def limit(self, call: C) -> C:
        """``call`` (a poll), bounded by the wait's deadline: its attempts, and its retries
        after a 5xx, a 429 or a lost connection, end when the wait's time is up."""
        call.deadline = self._deadline
        return call

    def timed_out(
        self, error: DidwwError, last: Resource | None, *, unsent: str | None = None
    ) -> WaitTimeoutError:
        """The :class:`~didww.WaitTimeoutError` for a poll that failed for want of the wait's
        time (``error``, the poll's own, becomes its cause), with the last state seen. A poll
        ``unsent`` had no rate-limit turn before the deadline (``"rate_limit"``: the wait ends
        early) or no token from the provider in time (``"token"``)."""
        if unsent is None:
            self.polls += 1
            why = (
                f"the wait's {self._timeout:g} s ran out before a poll was answered "
                f"({type(error).__name__}, its __cause__)"
            )
        elif unsent == "token":
            why = (
                f"the wait's {self._timeout:g} s ran out while the token_provider had yet to "
                "give the next poll's token, so it was not sent (see its __cause__)"
            )
        else:
            why = (
                f"the wait ended before its {self._timeout:g} s were up: the client's rate limit "
                "had no turn for the next poll before then (other requests of the client had "
                "booked them; see its __cause__)"
            )
        seen = "never answered" if last is None else f"last {self._attribute}: "
        if last is not None:
            seen += f"{self.status(last) or 'unknown'}{self._news(last)}"
        return WaitTimeoutError(f"{self._operation}: {why}; {seen}", last=last, attempts=self.polls)

    def delay(self, model: Resource) -> float | None:
        """None when ``model`` is at a terminal status, else how long to sleep before asking
        again; raises :class:`~didww.WaitTimeoutError` once the deadline has passed."""
        self.polls += 1
        if self.finished(model):
            return None
        remaining = self._deadline - self._clock.monotonic()
        if remaining <= 0:
            name = type(model).__name__
            raise WaitTimeoutError(
                f"{self._operation}: {name} {model._id} did not reach "
                f"{' or '.join(sorted(self._terminal))} within {self._timeout:g} s "
                f"(last {self._attribute}: {self.status(model) or 'unknown'}{self._news(model)})",
                last=model,
                attempts=self.polls,
            )
        delay = min(self._interval, remaining)
        self._interval = min(self._interval * 2, self._max)
        return delay
