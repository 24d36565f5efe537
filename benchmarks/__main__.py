"""``python -m benchmarks [GROUP ...] [--rounds N] [--full]``: what the SDK costs, as ratios to
floors measured in the same run, printed as one table.

Groups (all of them when none is named):

* ``decode``: list answers turned into models and read, against ``json.loads`` and a hand-written
  dict walk; per-record cost at 5000 vs 100 records;
* ``memory``: bytes retained by 1000 loaded DIDs, against the ``json.loads`` dicts;
* ``transport``: find, update and page walk over loopback HTTP, against a bare ``http.client``
  loop sending the same requests;
* ``latency``: a server that answers after 30 ms: ``batch`` throughput at concurrency 1, 4, 16
  against N / latency, and a page walk with and without prefetching against pages x latency;
* ``coldstart``: ``import didww`` and the first request in a fresh interpreter, against httpx,
  and which heavy modules ``import didww`` loads;
* ``encryption``: encrypting a 10 MiB document, against raw AES (needs ``cryptography``).

Every row is the median of several interleaved rounds (the floor and the measured code back to
back in each round) with the spread of the per-round ratios (min-max).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from benchmarks.coldstart import coldstart_benchmark, heavy_modules
from benchmarks.decode import decode_benchmark
from benchmarks.encryption import encryption_benchmark
from benchmarks.latency import latency_benchmark
from benchmarks.memory import memory_benchmark
from benchmarks.report import Row, print_table
from benchmarks.transport import transport_benchmark

GROUPS: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    "decode": lambda a: decode_benchmark(**_rounds(a)),
    "memory": lambda a: memory_benchmark(**_rounds(a)),
    "transport": lambda a: transport_benchmark(**_rounds(a)),
    "latency": lambda a: latency_benchmark(full=a.full, **_rounds(a)),
    "coldstart": lambda a: coldstart_benchmark(**_rounds(a)),
    "encryption": lambda a: encryption_benchmark(**_rounds(a)),
}


def _rounds(args: argparse.Namespace) -> dict[str, int]:
    return {} if args.rounds is None else {"rounds": args.rounds}


def main(argv: list[str] | None = None) -> None:
    summary = " ".join((__doc__ or "").split("\n\n")[0].split())
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=summary)
    parser.add_argument(
        "groups",
        nargs="*",
        choices=[[], *GROUPS],
        metavar="GROUP",
        help=f"one or more of: {', '.join(GROUPS)} (default: all)",
    )
    parser.add_argument("--rounds", type=int, help="rounds per group (default: each group's own)")
    parser.add_argument(
        "--full",
        action="store_true",
        help="latency: 1000 updates at every concurrency, not only at 16",
    )
    args = parser.parse_args(argv)
    chosen = args.groups or list(GROUPS)
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        group_start = time.perf_counter()
        group_rows = GROUPS[name](args)
        print(
            f"{name}: {len(group_rows)} rows in {time.perf_counter() - group_start:.1f} s",
            flush=True,
        )
        rows += group_rows
    print_table(
        rows, f"ratios to floors measured in the same run ({time.perf_counter() - started:.0f} s)"
    )
    if "coldstart" in chosen:
        print("\nwhat `import didww` loads (fresh interpreter):")
        for line in heavy_modules():
            print(f"  {line}")


if __name__ == "__main__":
    main()
