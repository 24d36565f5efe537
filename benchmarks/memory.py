"""Memory: bytes retained by 1000 loaded DIDs, against the plain ``json.loads`` dicts of the same
document (tracemalloc; the figure is what stays allocated while the result is held)."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable

from benchmarks.decode import plan_of, read_models
from benchmarks.documents import did_page
from benchmarks.report import Row, paired_rounds, ratio_row
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

    samples = paired_rounds(
        {
            "floor": lambda: retained(lambda: json.loads(body)),
            "decoded": lambda: retained(decoded),
            "read": lambda: retained(read),
        },
        rounds,
    )

    def row(what: str, measured: list[float]) -> Row:
        return ratio_row(
            GROUP,
            what,
            "json.loads dicts",
            measured,
            samples["floor"],
            scale=1 / 1024,
            unit="KiB",
            digits=0,
        )

    return [
        row("1000 DIDs + 5 included types, decoded", samples["decoded"]),
        row("the same after reading every field", samples["read"]),
    ]
