"""Timing in interleaved rounds, and the table ``python -m benchmarks`` prints.

Every row is a ratio to a floor measured in the same run: each round times the floor and the
measured code back to back, so drift (CPU frequency, other processes) affects both alike, and the
ratio of each round is kept. A row shows the median ratio and its spread (min-max over rounds).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Row", "calibrate", "paired_rounds", "print_table", "ratio_row", "seconds"]


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    group: str
    what: str
    floor: str
    value: str  # the measured code's median, in its own unit
    ratios: Sequence[float]  # one per round
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.ratios)


def seconds(fn: Callable[[], object], number: int = 1) -> float:
    """Seconds per call of ``fn``, averaged over ``number`` calls, including freeing what the
    calls left behind.

    Garbage in reference cycles is freed only by the cyclic collector, usually later, during
    some other code. Left out, it would make code that leaves cycles look cheaper than code
    whose objects are freed as soon as they are dropped, so a collection ends the timed part.
    What a collection costs with nothing to free (walking the objects alive in the benchmark
    process) is measured right after and taken off.
    """
    gc.collect()
    start = time.perf_counter()
    for _ in range(number):
        fn()
    gc.collect()
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    gc.collect()
    idle = time.perf_counter() - start
    return max(elapsed - idle, 0.0) / number


def calibrate(fn: Callable[[], object], target: float = 0.02) -> int:
    """How many calls of ``fn`` make a sample of about ``target`` seconds (short ones are noisy).

    One call is timed as it is, without :func:`seconds`' collection: that subtracts an idle
    collection measured apart, which can come out longer than a short call and make it look
    free, and a call that looks free would be repeated millions of times.
    """
    fn()  # warm: the first call may load modules or fill caches the others find ready
    start = time.perf_counter()
    fn()
    once = time.perf_counter() - start
    return max(1, min(MAX_CALLS, int(target / max(once, 1e-6))))


MAX_CALLS = 10_000
"""The most calls one sample makes, whatever the first call's timing said."""


def paired_rounds(cases: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run every case once per round, in order, ``rounds`` times; each case returns its sample."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            samples[name].append(case())
    return samples


def ratio_row(
    group: str,
    what: str,
    floor: str,
    measured: Sequence[float],
    floors: Sequence[float],
    *,
    scale: float = 1e3,
    unit: str = "ms",
    digits: int = 2,
    note: str = "",
) -> Row:
    """A row of ``measured / floor`` per round; ``value`` is the measured median times ``scale``,
    with ``digits`` decimals, in ``unit``."""
    ratios = [m / f for m, f in zip(measured, floors, strict=True)]
    value = f"{statistics.median(measured) * scale:.{digits}f} {unit}"
    return Row(group, what, floor, value, ratios, note=note)


def _spread(row: Row) -> str:
    return f"{min(row.ratios):.2f}-{max(row.ratios):.2f}"


def print_table(rows: Sequence[Row], title: str) -> None:
    headers = ("group", "measurement", "floor (same run)", "median", "ratio", "spread", "n")
    cells = [
        (
            r.group,
            r.what,
            r.floor,
            r.value,
            f"{r.median:.2f}x",
            _spread(r),
            str(len(r.ratios)),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    right = {3, 4, 5, 6}

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(widths[i]) if i in right else v.ljust(widths[i]) for i, v in enumerate(values)
        ]
        return "| " + " | ".join(parts) + " |"

    print(f"\n{title}")
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for values in cells:
        print(line(values))
    notes = [(r.group, r.what, r.note) for r in rows if r.note]
    if notes:
        print()
        for group, what, note in notes:
            print(f"- {group} / {what}: {note}")
