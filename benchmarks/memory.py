"""Memory: bytes retained by 1000 loaded DIDs, against the plain ``json.loads`` dicts of the same
document (tracemalloc; the figure is what stays allocated while the result is held)."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable

from benchmarks.decode import plan_of, read_models
from benchmarks.documents import did_page
from benchmarks.report import Row
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["memory_benchmark"]

GROUP = "memory"


def retained(load: Callable[[], object]) -> int:
    """Bytes still allocated after ``load()`` while its result is held."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = load()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del held
    return after - before


def memory_benchmark(rounds: int = 3) -> list[Row]:
    body = did_page(1000)
    plan = plan_of(body)

    def decoded() -> object:
        return decode_document(body, 200, many=True, expected_type=None, registry=REGISTRY).data

    def read() -> object:
        models = decoded()
        assert isinstance(models, list)
        read_models(models, plan)
        return models

    floor, sdk, after_reading = [], [], []
    for _ in range(rounds):
        floor.append(retained(lambda: json.loads(body)))
        sdk.append(retained(decoded))
        after_reading.append(retained(read))
    kib = 1 / 1024

    def row(what: str, samples: list[int]) -> Row:
        ratios = [s / f for s, f in zip(samples, floor, strict=True)]
        value = f"{sorted(samples)[len(samples) // 2] * kib:.0f} KiB"
        return Row(GROUP, what, "json.loads dicts", value, ratios)

    return [
        row("1000 DIDs + 5 included types, decoded", sdk),
        row("the same after reading every field", after_reading),
    ]
