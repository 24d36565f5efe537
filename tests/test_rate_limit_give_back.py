"""A request that stops waiting for its rate-limit turn gives the turn back.

Ctrl-C during the wait (sync) or a cancelled task (async) used to keep the start it had booked:
the next request then waited one interval more for a request that was never sent. Over real
loopback servers, with a clock that advances by what it is asked to sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import signal
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from didww._ratelimit import RateLimiter
from tests.transport.faultserver import FaultServer, Received, respond
from tests.transport.support import FakeClock


def _last(received: Received) -> str:
    return received.path.rsplit("/", 1)[-1]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        fault_server.default = lambda received: respond(
            200, {"data": {"type": "dids", "id": _last(received), "attributes": {}}}
        )
        yield fault_server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class InterruptedOnce(FakeClock):
    """Raises KeyboardInterrupt from the first wait longer than zero, as Ctrl-C would."""

    def __init__(self) -> None:
        super().__init__()
        self.interrupted = False

    def sleep(self, seconds: float) -> None:
        if seconds > 0 and not self.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        super().sleep(seconds)


def test_ctrl_c_while_waiting_gives_the_turn_back(server: FaultServer) -> None:
    clock = InterruptedOnce()
    with didww.Client(api_key="k", base_url=server.url, rate_limit=2, clock=clock) as client:
        client.dids.find("first")
        with pytest.raises(KeyboardInterrupt):
            client.dids.find("interrupted")
        client.dids.find("next")
    assert [_last(r) for r in server.received] == ["first", "next"]
    # "next" waits for the turn "interrupted" had booked (half a second after "first"), not
    # for the one after it.
    assert clock.sleeps == [0.0, 0.5]


@pytest.mark.anyio
async def test_a_cancelled_wait_gives_the_turn_back(server: FaultServer) -> None:
    clock = FakeClock()
    waiting = asyncio.Event()
    delays: list[float] = []

    async def asleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 2:  # the request that is cancelled
            waiting.set()
            await asyncio.Event().wait()
        clock.sleep(seconds)

    clock.asleep = asleep  # type: ignore[method-assign]
    async with didww.AsyncClient(
        api_key="k", base_url=server.url, rate_limit=2, clock=clock
    ) as client:
        await client.dids.find("first")
        cancelled = asyncio.ensure_future(client.dids.find("cancelled"))
        await waiting.wait()
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        await client.dids.find("next")
    assert [_last(r) for r in server.received] == ["first", "next"]
    assert delays == [0.0, 0.5, 0.5]


def test_a_turn_given_back_between_others_goes_to_the_next_caller_at_its_own_start() -> None:
    # Those booked after it keep their starts; a fourth caller takes the middle one's start,
    # not the third's: the spacing holds.
    clock = FakeClock()
    limiter = RateLimiter(2, clock)
    limiter.reserve()
    middle, _ = limiter.reserve()
    limiter.reserve()
    limiter._give_back(middle)
    assert limiter.reserve() == (clock.time + 0.5, 0.5)
    assert limiter.reserve() == (clock.time + 1.5, 1.5)  # then after the last one booked


@pytest.mark.parametrize("order", ["booked", "reversed"])
def test_a_cancelled_run_of_turns_is_given_back_whole(order: str) -> None:
    # A cancelled batch gives back its turns in the order its tasks end: before, only the last
    # booked was freed, and the next request waited for all the others.
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    first, _ = limiter.reserve()
    cancelled = [limiter.reserve()[0] for _ in range(14)]
    for start in cancelled if order == "booked" else reversed(cancelled):
        limiter._give_back(start)
    assert limiter.reserve() == (first + 1, first + 1 - clock.monotonic())
    assert limiter._free == []  # the whole run was at the end: unbooked, nothing kept


def test_a_turn_given_back_by_the_thread_holding_the_lock_is_not_waited_for() -> None:
    # A walk's ``finally`` gives back the turn of its page fetched ahead; the garbage collector
    # may run it in a thread that is inside reserve(), holding the limiter's lock. Waiting for
    # the lock there deadlocked the thread on itself.
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    limiter.reserve()
    second, _ = limiter.reserve()
    limiter.reserve()

    def given_back_under_the_lock() -> None:
        with limiter._lock:
            limiter._give_back(second)

    thread = threading.Thread(target=given_back_under_the_lock, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "giving a turn back waited for a lock its own thread held"
    assert limiter.reserve()[0] == second  # the next booking takes it all the same


def test_a_turn_given_back_and_gone_by_is_not_taken_late() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    limiter.reserve()
    middle, _ = limiter.reserve()
    last, _ = limiter.reserve()
    limiter._give_back(middle)
    clock.sleep(1.5)  # the middle start has passed
    start, delay = limiter.reserve()
    assert start == last + 1  # after the last booked, never crowding it at 1.5
    assert delay == pytest.approx(last + 1 - clock.monotonic())


class StandingClock(FakeClock):
    """Time stands still, and a wait for a turn still to come parks until :meth:`release`:
    a batch's items stay booked and waiting, as they would at a real rate, for as long as the
    test needs, without the test depending on how fast the machine is."""

    def __init__(self) -> None:
        super().__init__()
        self.parking = True
        self.parked_waits: list[float] = []
        self.parked = threading.Semaphore(0)
        """Released once per wait that parked."""
        self._released = threading.Event()

    def sleep(self, seconds: float) -> None:
        if seconds > 0 and self.parking:
            self.parked_waits.append(seconds)
            self.parked.release()
            self._released.wait(10)
            return
        super().sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0 and self.parking:
            self.parked_waits.append(seconds)
            self.parked.release()
            await asyncio.Event().wait()  # until cancelled
        super().sleep(seconds)

    def release(self) -> None:
        self.parking = False
        self._released.set()

    def wait_parked(self, count: int) -> None:
        for _ in range(count):
            assert self.parked.acquire(timeout=10), "the batch's items did not all wait"


@pytest.mark.anyio
async def test_a_client_whose_batch_was_cancelled_is_not_held_up(server: FaultServer) -> None:
    # 5 requests a second: the first item goes at once, the 14 others wait for their turns
    # (0.2 s apart) and are cancelled. The next request used to wait for all of them (3 s).
    clock = StandingClock()
    async with didww.AsyncClient(
        api_key="k", base_url=server.url, rate_limit=5, clock=clock
    ) as client:
        batch = asyncio.ensure_future(client.batch(client.dids.find, [f"d{i}" for i in range(15)]))
        await asyncio.to_thread(server.wait_received, 1)  # "d0" reached the server
        for _ in range(1000):  # the others are waiting for their turns
            if len(clock.parked_waits) == 14:
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail(f"{len(clock.parked_waits)} of 14 items waited for their turns")
        batch.cancel()
        with pytest.raises(asyncio.CancelledError):
            await batch
        clock.release()
        await client.dids.find("next")
    assert sorted(clock.parked_waits) == pytest.approx([0.2 * n for n in range(1, 15)])
    assert clock.sleeps == pytest.approx([0.0, 0.2])  # "d0" at once; "next" at the first turn
    assert [_last(r) for r in server.received] == ["d0", "next"]


@contextlib.contextmanager
def interrupted_once() -> Iterator[threading.Event]:
    """SIGINT raises KeyboardInterrupt in the main thread once (the event is set then), and is
    ignored after: it can be sent until it has been handled. A signal that comes just before
    the main thread blocks (in a join) is not seen until the block ends; sent again, it ends
    the block."""
    handled = threading.Event()

    def handler(signum: int, frame: Any) -> None:
        if not handled.is_set():
            handled.set()
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield handled
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_in_a_rate_limited_batch_gives_its_waiting_turns_back(server: FaultServer) -> None:
    # The batch's threads were asleep until their turns; interrupted, they send nothing when
    # they wake, and their turns held the next request for about three seconds.
    clock = StandingClock()
    main = threading.main_thread().ident
    assert main == threading.get_ident()  # the signal goes to this thread
    with interrupted_once() as handled:

        def interrupt_once_all_wait() -> None:
            clock.wait_parked(14)
            # The item with the first turn is sent: an interruption before it goes out would
            # (rightly) send nothing at all. Under load that thread can still be on its way.
            server.wait_received(1)
            while not handled.is_set():
                signal.pthread_kill(main, signal.SIGINT)
                handled.wait(0.05)

        with didww.Client(api_key="k", base_url=server.url, rate_limit=5, clock=clock) as client:
            interrupter = threading.Thread(target=interrupt_once_all_wait, daemon=True)
            interrupter.start()
            with pytest.raises(KeyboardInterrupt):
                client.batch(client.dids.find, [f"d{i}" for i in range(15)])
            interrupter.join(10)
            clock.parking = False  # "next" waits without parking; the batch's threads stay
            client.dids.find("next")
            clock.release()
            for thread in threading.enumerate():
                if thread.name.startswith("didww-batch-") and thread.is_alive():
                    thread.join(10)
    assert sorted(clock.parked_waits) == pytest.approx([0.2 * n for n in range(1, 15)])
    # The item that went first (any of them: threads) at once; "next" at the first turn.
    assert clock.sleeps == pytest.approx([0.0, 0.2])
    # The woken threads sent nothing.
    first, *rest = [_last(r) for r in server.received]
    assert first.startswith("d") and rest == ["next"]


def test_unbooking_goes_back_past_a_turn_given_back_and_gone_by() -> None:
    # The middle turn is given back after its time, while a later one is booked: it cannot be
    # taken late. When every turn after it is given back too, the next caller goes at once:
    # the only request sent was the first. The gone-by turn used to be forgotten when the
    # later one was booked, and the next caller waited for its successor's start.
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    limiter.reserve()  # the one request sent
    middle, _ = limiter.reserve()
    last, _ = limiter.reserve()
    clock.sleep(1.5)  # the middle start has passed
    limiter._give_back(middle)
    later, _ = limiter.reserve()
    assert later == last + 1
    clock.sleep(0.2)
    limiter._give_back(last)
    limiter._give_back(later)
    assert limiter.reserve() == (clock.monotonic(), 0.0)
    assert limiter.reserve()[0] == clock.monotonic() + 1  # and the spacing holds after it


@pytest.mark.parametrize("seed", range(200))
def test_turns_given_back_in_any_order_never_crowd_the_turns_held(seed: int) -> None:
    # Bookings, turns given back (before their time, or after it by a caller that never sent)
    # and time passing, in a random order: every start handed out is an interval or more from
    # every start still held.
    pick = random.Random(seed)
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    held: list[float] = []
    for _ in range(40):
        step = pick.random()
        if step < 0.5:
            start, delay = limiter.reserve()
            assert delay == pytest.approx(max(0.0, start - clock.monotonic()))
            crowded = [h for h in held if abs(start - h) < 1 - 1e-9]
            assert not crowded, f"{start} handed out within an interval of {crowded}"
            held.append(start)
        elif step < 0.8 and held:
            turn = pick.choice(held)
            held.remove(turn)
            limiter._give_back(turn)
        else:
            clock.sleep(pick.choice([0.1, 0.3, 0.5, 1.0, 1.7]))
