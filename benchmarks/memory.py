"""Memory: bytes retained by 1000 loaded DIDs, against the plain ``json.loads`` dicts of the same
document (tracemalloc; the figure is what stays allocated while the result is held), and the peak
while a program goes through many pages one after another, dropping each, against the peak of
doing the same with ``json.loads`` and a dict walk."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable

from benchmarks.decode import dict_walk, plan_of, sdk_models, sdk_read
from benchmarks.documents import did_page
from benchmarks.report import Row, paired_rounds, ratio_row

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


def peak(walk: Callable[[], object]) -> int:
    """The most bytes allocated at once while ``walk()`` runs, with the cyclic collector left to
    run as it would in a program (what a page leaves in reference cycles stays until it does)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        walk()
        top = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return top - before


PAGES = 200


def memory_benchmark(rounds: int = 3) -> list[Row]:
    body = did_page(1000)
    plan = plan_of(body)

    page = did_page(50)
    page_plan = plan_of(page)

    def sdk_pages() -> None:
        models: object = None
        for _ in range(PAGES):
            # As `models = ...` in a program's loop: one page stays held while the next is read.
            models = sdk_read(page, page_plan)
        del models

    def dict_pages() -> None:
        for _ in range(PAGES):
            dict_walk(page, page_plan)

    samples = paired_rounds(
        {
            "floor": lambda: retained(lambda: json.loads(body)),
            "decoded": lambda: retained(lambda: sdk_models(body)),
            "read": lambda: retained(lambda: sdk_read(body, plan)),
            "pages floor": lambda: peak(dict_pages),
            "pages": lambda: peak(sdk_pages),
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
        ratio_row(
            GROUP,
            f"peak over {PAGES} pages of 50 DIDs + 5 included types, each read and dropped",
            "json.loads + dict walk, same pages",
            samples["pages"],
            samples["pages floor"],
            scale=1 / 1024,
            unit="KiB",
            digits=0,
        ),
    ]
