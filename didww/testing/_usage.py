"""Checks on how tests set up and drive a simulator, and the error they raise."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from didww._codecs import DECIMAL
from didww._errors import ClientError, shown_value
from didww._types import finite_float


class SimulatorUsageError(ClientError, ValueError):
    """A simulator was set up or driven in a way that cannot work (an unknown API version or
    resource type, a negative delay, a balance that is no amount).

    Part of the SDK's exception tree (a :class:`didww.ClientError`), and also a ``ValueError``
    as most of these were before, so that existing ``except ValueError`` code keeps working.
    """


LONGEST = 100 * 365.25 * 86400
"""The most seconds a simulator setting or a step of its clock may be: a century, past anything
a test needs, and short of timestamps beyond the years ``datetime`` holds (1e300 seconds was
taken, and the simulator failed later with OverflowError)."""

LAST_TIMESTAMP = 253_402_300_799.0
"""9999-12-31T23:59:59Z: no clock of the simulator reads later."""


def seconds(name: str, value: object, *, positive: bool = False) -> float:
    """``value`` as seconds: a finite number, not negative (above 0 with ``positive``), at most
    :data:`LONGEST`."""
    number = finite_float(value)
    if number is None:
        raise SimulatorUsageError(
            f"{name} must be a finite number of seconds, got {shown_value(value)}"
        )
    if number < 0 or (positive and number == 0):
        least = "greater than 0" if positive else "at least 0"
        raise SimulatorUsageError(f"{name} must be {least} seconds, got {value!r}")
    if number > LONGEST:
        raise SimulatorUsageError(
            f"{name} must be at most a century ({LONGEST:.0f} seconds), got {shown_value(value)}"
        )
    return number


def whole(name: str, value: object) -> int:
    """``value`` as a whole number of at least 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SimulatorUsageError(f"{name} must be a whole number of at least 0, got {value!r}")
    return value


def port(name: str, value: object) -> int:
    """``value`` as a TCP port: a whole number from 0 (any free port) to 65535."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise SimulatorUsageError(
            f"{name} must be a TCP port from 0 (any free one) to 65535, got {value!r}"
        )
    return value


def text(name: str, value: object) -> str:
    """``value`` as a non-empty str."""
    if not isinstance(value, str) or not value:
        shown = type(value).__name__ if not isinstance(value, str) else "an empty str"
        raise SimulatorUsageError(f"{name} must be a non-empty str, got {shown}")
    return value


def flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise SimulatorUsageError(f"{name} must be True or False, got {value!r}")
    return value


def clock(value: object) -> Callable[[], float]:
    if not callable(value):
        raise SimulatorUsageError(
            f"clock must be a function returning POSIX seconds (time.time, a ManualClock), "
            f"got {type(value).__name__}"
        )
    return value


def amount(name: str, value: object) -> Decimal:
    """``value`` as an exact, finite amount: a Decimal, an int or a numeric str (a float is
    refused: 0.1 is not exactly a tenth), as the SDK's decimal fields take them."""
    try:
        number: Decimal = DECIMAL.check(value)
    except ClientError as exc:
        raise SimulatorUsageError(f"{name}: {exc.message}") from None
    return number
