"""``python -m benchmarks``: decoding cost of a 1000-DID page as a ratio to ``json.loads``.

Every figure is the median of several timed rounds, divided by the median time of ``json.loads`` of
the same bytes measured in the same run, so the numbers compare across machines.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

import didww
from benchmarks.documents import did_page
from didww._document import decode_document


def _median_seconds(fn: Callable[[], object], rounds: int = 15) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _decode(body: bytes) -> list[didww.DID]:
    doc = decode_document(body, 200, many=True, expected_type=None)
    return doc.data  # type: ignore[return-value]


def _decode_and_read_everything(body: bytes) -> None:
    for did in _decode(body):
        for name in type(did)._ATTRIBUTES:
            getattr(did, name)
        group, trunk = did.did_group, did.voice_in_trunk
        _ = did.order, did.capacity_pool, did.address_verification
        if group is not None:
            _ = group.features
        if trunk is not None:
            _ = trunk.configuration


def main() -> None:
    body = did_page(1000)
    floor = _median_seconds(lambda: json.loads(body))
    rows = [
        ("json.loads (floor)", floor),
        ("decode 1000 DIDs + 5 included types", _median_seconds(lambda: _decode(body))),
        (
            "decode + read every attribute and relationship",
            _median_seconds(lambda: _decode_and_read_everything(body)),
        ),
    ]
    print(f"document: {len(body) / 1e6:.2f} MB, 1000 DIDs, 5 included relationship types")
    for label, seconds in rows:
        print(f"{label:<50} {seconds * 1e3:8.2f} ms  {seconds / floor:5.2f}x json.loads")


if __name__ == "__main__":
    main()
