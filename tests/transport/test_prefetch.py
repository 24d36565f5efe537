"""``iter()`` fetches one page ahead while the caller works, over a real loopback server.

What is checked, sync and async: every model once and in order; never more requests than pages,
and never more than one page ahead of the caller; an early exit costs at most the one page that
was in flight and nothing after it; a page that fails is raised where the caller reaches it.
Without ``prefetch=``, a page is fetched ahead only after one took ``PREFETCH_AFTER`` or more
to arrive; those tests replace the walk's timer, so what a page "took" is set, not measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

import didww
from didww import _pages
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.support import FakeClock

PAGES = 5
SIZE = 4
TOTAL = PAGES * SIZE


def page_of(received: Received) -> int:
    return int(dict(received.query).get("page[number]", "1"))


def dids_page(number: int, size: int, base: str) -> Any:
    start = (number - 1) * size
    items = [
        {"type": "dids", "id": f"d{i}", "attributes": {"number": f"1555{i:04d}"}}
        for i in range(start, min(start + size, TOTAL))
    ]
    links = {"first": f"{base}/dids?page[number]=1&page[size]={size}"}
    if start + size < TOTAL:
        links["next"] = f"{base}/dids?page[number]={number + 1}&page[size]={size}"
    return {"data": items, "meta": {"total_records": TOTAL}, "links": links}


class PagedServer(FaultServer):
    """Serves ``PAGES`` pages of DIDs; ``fail`` maps a page number to the status it answers."""

    def __init__(self) -> None:
        super().__init__()
        self.fail: dict[int, int] = {}
        self.page_arrived = {n: threading.Event() for n in range(1, PAGES + 1)}
        self.default = self._answer

    def _answer(self, received: Received) -> Any:
        number = page_of(received)
        self.page_arrived[number].set()
        if number in self.fail:
            status = self.fail[number]
            return respond(status, {"errors": [{"title": "no", "detail": f"page {number}"}]})
        size = int(dict(received.query).get("page[size]", str(SIZE)))
        return respond(200, dids_page(number, size, self.url))

    @property
    def pages_requested(self) -> list[int]:
        return [page_of(r) for r in self.received]


@pytest.fixture
def server() -> Iterator[PagedServer]:
    with PagedServer() as paged:
        yield paged


class PageTimes:
    """Stands in for the walk's timer: the n-th page fetched "takes" ``durations[n]`` seconds
    (the last duration repeats)."""

    def __init__(self, *durations: float) -> None:
        self._durations = list(durations)
        self._now = 0.0
        self._started = False
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:  # the prefetch thread reads it too (never at the same time as the walk)
            if self._started:
                durations = self._durations
                self._now += durations.pop(0) if len(durations) > 1 else durations[0]
            self._started = not self._started
            return self._now


SLOW = 10 * _pages.PREFETCH_AFTER
FAST = _pages.PREFETCH_AFTER / 10


def page_of_model(did: didww.DID) -> int:
    return int(str(did.id)[1:]) // SIZE + 1


def join_prefetch_threads() -> None:
    """Wait for any page still in flight, so "nothing was requested afterwards" is final."""
    for thread in threading.enumerate():
        if thread.name == "didww-prefetch":
            thread.join(timeout=10)
            assert not thread.is_alive(), "the prefetch thread outlived its iteration"


# --- sync ------------------------------------------------------------------------------------


def test_sync_walk_is_complete_ordered_and_never_more_than_one_page_ahead(
    server: PagedServer,
) -> None:
    seen: list[str] = []
    with didww.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        for did in client.dids.iter(page_size=SIZE, prefetch=True):
            # Requests so far: at most the caller's page and the one after it.
            assert len(server.received) <= page_of_model(did) + 1
            seen.append(str(did.id))
    join_prefetch_threads()
    assert seen == [f"d{i}" for i in range(TOTAL)]
    assert server.pages_requested == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("prefetch", [True, None], ids=["prefetch=True", "default-slow-pages"])
def test_sync_next_page_is_requested_while_the_caller_is_on_this_one(
    server: PagedServer, monkeypatch: pytest.MonkeyPatch, prefetch: bool | None
) -> None:
    if prefetch is None:
        monkeypatch.setattr(_pages, "_now", PageTimes(SLOW))
    with didww.Client(api_key="k", base_url=server.url) as client:
        walk = client.dids.iter(page_size=SIZE, prefetch=prefetch)
        first = next(walk)
        # Still on the first model of page 1, and page 2 is on its way.
        assert server.page_arrived[2].wait(timeout=10)
        assert first.id == "d0"
        assert [d.id for d in walk][-1] == f"d{TOTAL - 1}"
    join_prefetch_threads()
    assert server.pages_requested == [1, 2, 3, 4, 5]


def test_sync_break_costs_at_most_the_page_in_flight(server: PagedServer) -> None:
    with didww.Client(api_key="k", base_url=server.url) as client:
        for did in client.dids.iter(page_size=SIZE, prefetch=True):
            if did.id == "d5":  # page 2: page 3 may be in flight
                break
        gc.collect()  # the abandoned iteration is finalised (CPython already did, by refcount)
        join_prefetch_threads()
        assert server.pages_requested in ([1, 2], [1, 2, 3])


def test_sync_close_abandons_the_walk(server: PagedServer) -> None:
    with didww.Client(api_key="k", base_url=server.url) as client:
        walk = client.dids.iter(page_size=SIZE, prefetch=True)
        assert next(walk).id == "d0"
        walk.close()
        join_prefetch_threads()
        assert server.pages_requested in ([1], [1, 2])
        with pytest.raises(StopIteration):
            next(walk)


def test_sync_without_prefetch_requests_each_page_when_reached(server: PagedServer) -> None:
    with didww.Client(api_key="k", base_url=server.url) as client:
        for did in client.dids.iter(page_size=SIZE, prefetch=False):
            assert len(server.received) == page_of_model(did)
            if did.id == "d5":
                break
    assert server.pages_requested == [1, 2]
    assert prefetch_threads() == []


def test_sync_failed_page_is_raised_where_the_caller_reaches_it(server: PagedServer) -> None:
    server.fail[3] = 404
    seen: list[str] = []
    with (
        didww.Client(api_key="k", base_url=server.url, max_retries=0) as client,
        pytest.raises(didww.NotFoundError) as caught,
    ):
        for did in client.dids.iter(page_size=SIZE, prefetch=True):
            seen.append(str(did.id))
    # Every model of pages 1 and 2 came first, although page 3 failed while page 2 was read.
    assert seen == [f"d{i}" for i in range(2 * SIZE)]
    assert caught.value.errors[0].detail == "page 3"
    join_prefetch_threads()
    assert server.pages_requested == [1, 2, 3]


def test_sync_failed_prefetch_is_not_raised_when_the_caller_stops_first(
    server: PagedServer,
) -> None:
    server.fail[2] = 422
    with didww.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        ids = []
        for did in client.dids.iter(page_size=SIZE, prefetch=True):
            ids.append(did.id)
            if len(ids) == SIZE:
                assert server.page_arrived[2].wait(timeout=10)
                break
    join_prefetch_threads()
    assert ids == [f"d{i}" for i in range(SIZE)]
    assert server.pages_requested == [1, 2]


def prefetch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "didww-prefetch"]


def test_sync_single_page_starts_no_thread(server: PagedServer) -> None:
    join_prefetch_threads()
    with didww.Client(api_key="k", base_url=server.url) as client:
        ids = [d.id for d in client.dids.iter(page_size=TOTAL, prefetch=True)]
        assert prefetch_threads() == []
    assert len(ids) == TOTAL
    assert server.pages_requested == [1]


def test_sync_default_does_not_fetch_ahead_when_pages_are_fast(
    server: PagedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    join_prefetch_threads()
    monkeypatch.setattr(_pages, "_now", PageTimes(FAST))
    seen: list[str] = []
    with didww.Client(api_key="k", base_url=server.url) as client:
        for did in client.dids.iter(page_size=SIZE):
            # Each page is requested only when the caller reaches it, on the caller's thread.
            assert server.pages_requested == list(range(1, page_of_model(did) + 1))
            assert prefetch_threads() == []
            seen.append(str(did.id))
    assert seen == [f"d{i}" for i in range(TOTAL)]


def test_sync_default_starts_fetching_ahead_when_pages_slow_down(
    server: PagedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pages, "_now", PageTimes(FAST, FAST, SLOW))
    with didww.Client(api_key="k", base_url=server.url) as client:
        walk = client.dids.iter(page_size=SIZE)
        for _ in range(2 * SIZE + 1):  # the first model of page 3, which took SLOW to arrive
            did = next(walk)
        assert page_of_model(did) == 3
        assert server.page_arrived[4].wait(timeout=10)
        assert [d.id for d in walk][-1] == f"d{TOTAL - 1}"
    join_prefetch_threads()
    assert server.pages_requested == [1, 2, 3, 4, 5]


# --- async -----------------------------------------------------------------------------------


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def settle(before: set[asyncio.Task[Any]]) -> None:
    """Wait for the tasks started since ``before`` (pages fetched ahead) to end, so that
    "nothing was requested afterwards" is final."""
    for task in asyncio.all_tasks() - before - {asyncio.current_task()}:
        with contextlib.suppress(asyncio.CancelledError, didww.DidwwError):
            await task


@pytest.mark.anyio
async def test_async_walk_is_complete_ordered_and_never_more_than_one_page_ahead(
    server: PagedServer,
) -> None:
    seen: list[str] = []
    async with didww.AsyncClient(api_key="k", base_url=server.url, max_retries=0) as client:
        async for did in client.dids.iter(page_size=SIZE, prefetch=True):
            assert len(server.received) <= page_of_model(did) + 1
            seen.append(str(did.id))
    assert seen == [f"d{i}" for i in range(TOTAL)]
    assert server.pages_requested == [1, 2, 3, 4, 5]


@pytest.mark.anyio
@pytest.mark.parametrize("prefetch", [True, None], ids=["prefetch=True", "default-slow-pages"])
async def test_async_next_page_is_requested_while_the_caller_is_on_this_one(
    server: PagedServer, monkeypatch: pytest.MonkeyPatch, prefetch: bool | None
) -> None:
    if prefetch is None:
        monkeypatch.setattr(_pages, "_now", PageTimes(SLOW))
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        walk = client.dids.iter(page_size=SIZE, prefetch=prefetch)
        first = await walk.__anext__()
        with anyio.fail_after(10):
            while not server.page_arrived[2].is_set():
                await asyncio.sleep(0.005)
        assert first.id == "d0"
        assert [d.id async for d in walk][-1] == f"d{TOTAL - 1}"
    assert server.pages_requested == [1, 2, 3, 4, 5]


@pytest.mark.anyio
async def test_async_break_costs_at_most_the_page_in_flight(server: PagedServer) -> None:
    before = asyncio.all_tasks()
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        async with contextlib.aclosing(client.dids.iter(page_size=SIZE, prefetch=True)) as walk:
            async for did in walk:
                if did.id == "d5":
                    break
        await settle(before)
        assert server.pages_requested in ([1, 2], [1, 2, 3])


@pytest.mark.anyio
async def test_async_break_without_aclose_is_cleaned_up(server: PagedServer) -> None:
    before = asyncio.all_tasks()
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        async for did in client.dids.iter(page_size=SIZE, prefetch=True):
            if did.id == "d5":
                break
        gc.collect()  # asyncio closes the abandoned generator in a task of its own
        for _ in range(3):
            await asyncio.sleep(0)
        await settle(before)
        assert server.pages_requested in ([1, 2], [1, 2, 3])


@pytest.mark.anyio
async def test_async_without_prefetch_requests_each_page_when_reached(server: PagedServer) -> None:
    before = asyncio.all_tasks()
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        async for did in client.dids.iter(page_size=SIZE, prefetch=False):
            assert len(server.received) == page_of_model(did)
            if did.id == "d5":
                break
        await settle(before)
    assert server.pages_requested == [1, 2]


@pytest.mark.anyio
async def test_async_failed_page_is_raised_where_the_caller_reaches_it(
    server: PagedServer,
) -> None:
    server.fail[3] = 404
    seen: list[str] = []
    async with didww.AsyncClient(api_key="k", base_url=server.url, max_retries=0) as client:
        with pytest.raises(didww.NotFoundError) as caught:
            async for did in client.dids.iter(page_size=SIZE, prefetch=True):
                seen.append(str(did.id))
    assert seen == [f"d{i}" for i in range(2 * SIZE)]
    assert caught.value.errors[0].detail == "page 3"
    assert server.pages_requested == [1, 2, 3]


@pytest.mark.anyio
async def test_async_failed_prefetch_is_not_raised_when_the_caller_stops_first(
    server: PagedServer, caplog: pytest.LogCaptureFixture
) -> None:
    before = asyncio.all_tasks()
    server.fail[2] = 422
    async with didww.AsyncClient(api_key="k", base_url=server.url, max_retries=0) as client:
        ids = []
        async with contextlib.aclosing(client.dids.iter(page_size=SIZE, prefetch=True)) as walk:
            async for did in walk:
                ids.append(did.id)
                if len(ids) == SIZE:
                    with anyio.fail_after(10):
                        while not server.page_arrived[2].is_set():
                            await asyncio.sleep(0.005)
                    break
        await settle(before)
    gc.collect()
    assert ids == [f"d{i}" for i in range(SIZE)]
    assert server.pages_requested == [1, 2]
    assert "never retrieved" not in caplog.text


@pytest.mark.anyio
async def test_async_default_does_not_fetch_ahead_when_pages_are_fast(
    server: PagedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pages, "_now", PageTimes(FAST))
    before = asyncio.all_tasks()
    seen: list[str] = []
    async with didww.AsyncClient(api_key="k", base_url=server.url) as client:
        async for did in client.dids.iter(page_size=SIZE):
            await asyncio.sleep(0.01)  # time enough for a page fetched ahead to be asked for
            assert server.pages_requested == list(range(1, page_of_model(did) + 1))
            assert asyncio.all_tasks() - before - {asyncio.current_task()} == set()
            seen.append(str(did.id))
    assert seen == [f"d{i}" for i in range(TOTAL)]


class HeldClock(FakeClock):
    """Sleeps of the prefetch thread wait until released (as its real rate-limit wait would);
    every other sleep is recorded and passes at once."""

    def __init__(self) -> None:
        super().__init__()
        self.prefetch_waiting = threading.Event()
        self.release = threading.Event()
        self.main_sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        if threading.current_thread().name == "didww-prefetch":
            self.prefetch_waiting.set()
            self.release.wait(10)
            return
        self.main_sleeps.append(seconds)


def test_sync_a_page_fetched_ahead_gives_its_rate_limit_turn_back_when_the_walk_ends(
    server: PagedServer,
) -> None:
    # The fetch ahead waits for its turn when the caller leaves the walk; its thread wakes later
    # and sends nothing, and the caller's next request takes that very turn rather than the one
    # after it (it waited a whole interval more before).
    clock = HeldClock()
    with didww.Client(api_key="k", base_url=server.url, rate_limit=0.5, clock=clock) as client:
        for _ in client.dids.iter(page_size=SIZE, prefetch=True):
            assert clock.prefetch_waiting.wait(5)  # page 2 booked the turn 2 s after page 1's
            break
        client.dids.list()
        clock.release.set()
        join_prefetch_threads()
    assert clock.main_sleeps == [0.0, 2.0]
    assert server.pages_requested == [1, 1]  # page 2 never went out
