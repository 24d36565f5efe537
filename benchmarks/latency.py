"""A distant API: every answer of the loopback server waits ``LATENCY`` (30 ms) first.

The floor is the latency itself, measured in the same run with a bare ``http.client`` loop
(sleep overshoot and loopback time included), so the ideals below use what the server really
takes rather than the nominal 30 ms.

* ``batch``: updates through ``client.batch`` (threads) and ``AsyncClient.batch`` (tasks) at
  concurrency N = 1, 4, 16; throughput as a ratio to the ideal N / latency (1.00 is perfect).
  By default N = 1 and N = 4 run fewer updates (64 and 250) so that every configuration takes
  about as long as 1000 updates at N = 16; ``--full`` runs 1000 at every N.
* ``iter``: a 50-page walk where the caller's own work on each page (a sleep) equals the latency,
  as ``iter()`` does by default (prefetching from the second page, since the first took the
  latency to arrive) and with ``prefetch=False``; wall time as a ratio to pages x latency
  (prefetch overlaps the two: ~1.0; one after the other: ~2.0). The async rows also name what a bare
  ``httpx.AsyncClient`` (on httpx's own transport, which the SDK no longer uses) takes per page
  in the same run, for comparison.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import statistics
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx

import didww
from benchmarks.loopback import LoopbackServer
from benchmarks.report import Row, paired_rounds
from benchmarks.transport import HEADERS

__all__ = ["latency_benchmark"]

GROUP = "latency"
LATENCY = 0.030
WALK_PAGES = 50
WALK_PAGE_SIZE = 20
CONCURRENCY = (1, 4, 16)
FULL_UPDATES = 1000
T = TypeVar("T")


def _updates(concurrency: int, full: bool) -> int:
    if full:
        return FULL_UPDATES
    return {1: 64, 4: 250}.get(concurrency, FULL_UPDATES)


def _dirty_dids(count: int) -> list[didww.DID]:
    dids = []
    for i in range(count):
        did = didww.DID(f"did-{i:05d}")
        did.description = f"line {i}"
        dids.append(did)
    return dids


def _measured_latency(port: int, requests: int = 10) -> float:
    """Seconds per request of a bare ``http.client`` loop against the delayed server."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    start = time.perf_counter()
    for _ in range(requests):
        connection.request("GET", "/v3/dids/did-00001", headers=HEADERS)
        connection.getresponse().read()
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed / requests


async def _measured_async_page_time(url: str, requests: int = 10) -> float:
    """Seconds per page fetch of a bare ``httpx.AsyncClient`` loop (``json.loads`` included):
    what any asyncio walk over httpx pays per page, before the SDK does anything."""
    async with httpx.AsyncClient() as http:
        page = f"{url}/dids?page[number]=2&page[size]={WALK_PAGE_SIZE}"
        await http.get(page, headers=HEADERS)  # connect
        start = time.perf_counter()
        for _ in range(requests):
            json.loads((await http.get(page, headers=HEADERS)).content)
        return (time.perf_counter() - start) / requests


class AsyncRunner:
    """One event loop and one ``AsyncClient`` for the whole group, as a long-lived service has."""

    def __init__(self, base_url: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = self.run(self._open(base_url))

    async def _open(self, base_url: str) -> didww.AsyncClient:
        return didww.AsyncClient(api_key="k", base_url=base_url)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        self.loop.run_until_complete(self.client.close())
        self.loop.close()


def latency_benchmark(rounds: int = 3, full: bool = False) -> list[Row]:
    with (
        LoopbackServer(delay=LATENCY, pages=WALK_PAGES, page_size=WALK_PAGE_SIZE) as server,
        didww.Client(api_key="k", base_url=server.url) as client,
    ):
        runner = AsyncRunner(server.url)
        try:
            return _measure(server, client, runner, rounds, full)
        finally:
            runner.close()


def _measure(
    server: LoopbackServer,
    client: didww.Client,
    runner: AsyncRunner,
    rounds: int,
    full: bool,
) -> list[Row]:
    aclient = runner.client

    def sync_batch(n: int) -> Callable[[], float]:
        def sample() -> float:
            dids = _dirty_dids(_updates(n, full))
            start = time.perf_counter()
            outcomes = client.batch(client.dids.update, dids, concurrency=n)
            elapsed = time.perf_counter() - start
            assert all(o.ok for o in outcomes)
            return elapsed

        return sample

    def async_batch(n: int) -> Callable[[], float]:
        async def go(dids: list[didww.DID]) -> float:
            start = time.perf_counter()
            outcomes = await aclient.batch(aclient.dids.update, dids, concurrency=n)
            elapsed = time.perf_counter() - start
            assert all(o.ok for o in outcomes)
            return elapsed

        return lambda: runner.loop.run_until_complete(go(_dirty_dids(_updates(n, full))))

    def sync_walk(prefetch: bool | None) -> Callable[[], float]:
        def sample() -> float:
            start = time.perf_counter()
            for index, _ in enumerate(
                client.dids.iter(page_size=WALK_PAGE_SIZE, prefetch=prefetch)
            ):
                if index % WALK_PAGE_SIZE == 0:
                    time.sleep(LATENCY)  # the caller's own work on this page
            return time.perf_counter() - start

        return sample

    def async_walk(prefetch: bool | None) -> Callable[[], float]:
        async def go() -> float:
            start = time.perf_counter()
            index = 0
            async for _ in aclient.dids.iter(page_size=WALK_PAGE_SIZE, prefetch=prefetch):
                if index % WALK_PAGE_SIZE == 0:
                    await asyncio.sleep(LATENCY)
                index += 1
            return time.perf_counter() - start

        return lambda: runner.loop.run_until_complete(go())

    cases: dict[str, Callable[[], float]] = {
        "latency": lambda: _measured_latency(server.port),
        "async page": lambda: runner.loop.run_until_complete(_measured_async_page_time(server.url)),
    }
    for n in CONCURRENCY:
        cases[f"sync batch {n}"] = sync_batch(n)
        cases[f"async batch {n}"] = async_batch(n)
    for prefetch in (None, False):
        cases[f"sync walk {prefetch}"] = sync_walk(prefetch)
        cases[f"async walk {prefetch}"] = async_walk(prefetch)
    # Warm-up: open the connections a batch of 16 uses, on both clients.
    client.batch(client.dids.find, ["did-00001"] * 32, concurrency=16)
    runner.loop.run_until_complete(
        aclient.batch(aclient.dids.find, ["did-00001"] * 32, concurrency=16)
    )
    samples = paired_rounds(cases, rounds)
    latencies = samples["latency"]
    latency = statistics.median(latencies)
    rows = [
        Row(
            GROUP,
            "one request, bare http.client (the floor)",
            f"nominal {LATENCY * 1e3:.0f} ms",
            f"{latency * 1e3:.2f} ms",
            [value / LATENCY for value in latencies],
        )
    ]
    for flavour, shell in (("sync", "Client.batch"), ("async", "AsyncClient.batch")):
        for n in CONCURRENCY:
            count = _updates(n, full)
            ideal = [n / lat for lat in latencies]  # requests per second at zero client cost
            throughput = [count / s for s in samples[f"{flavour} batch {n}"]]
            rows.append(
                Row(
                    GROUP,
                    f"{shell}: {count} updates, concurrency {n}",
                    "ideal N / latency",
                    f"{statistics.median(throughput):.0f} req/s",
                    [t / i for t, i in zip(throughput, ideal, strict=True)],
                    note="target >= 0.8 at N = 16" if n == 16 else "",
                )
            )
    async_page = statistics.median(samples["async page"])
    for flavour, shell in (("sync", "Client"), ("async", "AsyncClient")):
        for prefetch in (None, False):
            walls = samples[f"{flavour} walk {prefetch}"]
            note = (
                "target <= 1.1 (first page + 50 overlapped pages = 1.02 at best)"
                if prefetch is None
                else "one after the other: ~2.0 expected"
            )
            if flavour == "async" and prefetch is None:
                best = (async_page + WALK_PAGES * max(async_page, LATENCY)) / (WALK_PAGES * latency)
                note += (
                    f"; a bare httpx.AsyncClient takes {async_page * 1e3:.1f} ms per page here: "
                    f"a walk over httpx's own transport could not go below {best:.2f}"
                )
            rows.append(
                Row(
                    GROUP,
                    f"{shell}.iter: {WALK_PAGES} pages, work = latency per page, "
                    + ("prefetch by default" if prefetch is None else "prefetch=False"),
                    "pages x latency",
                    f"{statistics.median(walls) * 1e3:.0f} ms",
                    [w / (WALK_PAGES * lat) for w, lat in zip(walls, latencies, strict=True)],
                    note=note,
                )
            )
    return rows
