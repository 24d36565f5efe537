"""``client.batch()`` over a real loopback server, sync (threads) and async (tasks).

Checked: outcomes come back in input order whatever order the answers arrive in; one item's
404 or 422 is that item's error and the others still succeed; no more requests are in flight at
once than ``concurrency``; the shared rate limit spaces every request; a create answered with 503
is not sent again; a bug in the caller's function stops the batch.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import didww
from tests.transport.faultserver import Action, FaultServer, Received, respond
from tests.transport.support import KINDS, FakeClock, run

ERROR = {"errors": [{"title": "no", "detail": "refused"}]}


def did(id: str) -> dict[str, Any]:
    return {"data": {"type": "dids", "id": id, "attributes": {"number": f"1555{id}"}}}


def trunk(id: str, name: str) -> dict[str, Any]:
    return {"data": {"type": "voice_in_trunks", "id": id, "attributes": {"name": name}}}


class Api(FaultServer):
    """Answers DID finds and updates and trunk creates; ``gate`` holds answers back."""

    def __init__(self) -> None:
        super().__init__()
        self.default = self._answer
        self.in_flight = 0
        self.most_in_flight = 0
        self.gate: threading.Barrier | None = None
        self.first_answer_waits_for: threading.Event | None = None
        self.creates_wait_for: threading.Event | None = None

    def _answer(self, received: Received) -> Action:
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.gate is not None:
                self.gate.wait()  # answers only once `parties` requests are in flight together
            return self._route(received)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _route(self, received: Received) -> Action:
        id = received.path.rsplit("/", 1)[-1]
        if received.method == "POST":
            name = json.loads(received.body)["data"]["attributes"]["name"]
            if self.creates_wait_for is not None:
                self.creates_wait_for.wait(timeout=5)
            if name == "flaky":
                return respond(503, ERROR)
            return respond(201, trunk(f"t-{name}", name))
        if id == "missing":
            return respond(404, ERROR)
        if received.method == "PATCH" and id == "bad":
            return respond(422, ERROR)
        if id == "slow" and self.first_answer_waits_for is not None:
            # The first item is answered last: it waits until every other item was answered.
            self.first_answer_waits_for.wait(timeout=10)
        return respond(200, did(id))

    def requests(self, method: str) -> list[str]:
        return [r.path.rsplit("/", 1)[-1] for r in self.received if r.method == method]


@pytest.fixture
def server() -> Iterator[Api]:
    with Api() as api:
        yield api


@pytest.mark.parametrize("kind", KINDS)
def test_outcomes_come_in_input_order_with_per_item_errors(kind: str, server: Api) -> None:
    ids = ["slow", "a", "missing", "b", "c", "d", "e", "f"]
    server.first_answer_waits_for = threading.Event()
    answered: list[str] = []
    client: Any = None

    def find(id: str) -> Any:
        if kind == "sync":
            found = client.dids.find(id)
            answered.append(id)
            if len(answered) == len(ids) - 2:  # all but "slow" and "missing"
                server.first_answer_waits_for.set()  # type: ignore[union-attr]
            return found

        async def afind() -> Any:
            found = await client.dids.find(id)
            answered.append(id)
            if len(answered) == len(ids) - 2:
                server.first_answer_waits_for.set()  # type: ignore[union-attr]
            return found

        return afind()

    def operation(c: Any) -> Any:
        nonlocal client
        client = c
        return c.batch(find, ids, concurrency=4)

    outcomes = run(kind, operation, base_url=server.url)
    assert [o.item for o in outcomes] == ids
    assert answered[-1] == "slow"  # answered last, listed first
    for outcome in outcomes:
        if outcome.item == "missing":
            assert not outcome.ok and outcome.value is None
            assert isinstance(outcome.error, didww.NotFoundError)
            with pytest.raises(didww.NotFoundError):
                outcome.unwrap()
        else:
            assert outcome.ok and outcome.error is None
            assert outcome.value.id == outcome.item == outcome.unwrap().id


@pytest.mark.parametrize("kind", KINDS)
def test_updates_report_404_and_422_for_their_items_only(kind: str, server: Api) -> None:
    models = [didww.DID(id) for id in ("a", "missing", "b", "bad", "c")]
    for model in models:
        model.description = f"line {model.id}"
    outcomes = run(
        kind, lambda c: c.batch(c.dids.update, models, concurrency=3), base_url=server.url
    )
    errors = {o.item.id: type(o.error) for o in outcomes if not o.ok}
    assert errors == {"missing": didww.NotFoundError, "bad": didww.UnprocessableEntityError}
    assert [o.value.id for o in outcomes if o.ok] == ["a", "b", "c"]
    assert sorted(server.requests("PATCH")) == ["a", "b", "bad", "c", "missing"]


@pytest.mark.parametrize("kind", KINDS)
def test_no_more_requests_in_flight_than_concurrency(kind: str, server: Api) -> None:
    # Every answer waits until 4 requests are in flight together: the batch must reach 4 at once
    # (or the barrier breaks), and the count shows it never goes past 4.
    server.gate = threading.Barrier(4, timeout=10)
    ids = [f"d{i}" for i in range(24)]
    outcomes = run(kind, lambda c: c.batch(c.dids.find, ids, concurrency=4), base_url=server.url)
    assert all(o.ok for o in outcomes)
    assert server.most_in_flight == 4
    assert len(server.requests("GET")) == 24


class FrozenClock(didww.Clock):
    """Time stands still; sleeps are recorded, not waited (so the limiter's plan is visible)."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return 500.0

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.mark.parametrize("kind", KINDS)
def test_the_rate_limit_is_shared_by_every_worker(kind: str, server: Api) -> None:
    clock = FrozenClock()
    ids = [f"d{i}" for i in range(20)]
    outcomes = run(
        kind,
        lambda c: c.batch(c.dids.find, ids, concurrency=8),
        base_url=server.url,
        rate_limit=10,
        clock=clock,
    )
    assert all(o.ok for o in outcomes)
    # One limiter for all workers: the 20 requests got 20 distinct slots 0.1 s apart.
    assert sorted(clock.sleeps) == pytest.approx([i * 0.1 for i in range(20)])


@pytest.mark.parametrize("kind", KINDS)
def test_a_create_answered_503_is_not_repeated(kind: str, server: Api) -> None:
    trunks = [
        didww.VoiceInTrunk(name=name, configuration=didww.PSTNConfiguration(dst="4420"))
        for name in ("one", "flaky", "two")
    ]
    clock = FakeClock()
    outcomes = run(
        kind,
        lambda c: c.batch(c.voice_in_trunks.create, trunks, concurrency=3),
        base_url=server.url,
        clock=clock,
        max_retries=2,
    )
    assert [o.ok for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, didww.ServerError)
    assert outcomes[1].error.attempts == 1
    names = [json.loads(r.body)["data"]["attributes"]["name"] for r in server.received]
    assert sorted(names) == ["flaky", "one", "two"]  # "flaky" went out once
    assert clock.sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_one_model_given_twice_is_created_once(kind: str, server: Api) -> None:
    # Each create checked the model's id, which arrives with the answer: all three POSTs went
    # out, and three trunks (or three charged orders) were made for one model.
    model = didww.VoiceInTrunk(name="one", configuration=didww.PSTNConfiguration(dst="4420"))
    server.creates_wait_for = threading.Event()
    refused: list[int] = []

    def operation(client: Any) -> Any:
        def fn(index: int) -> Any:
            try:
                return client.voice_in_trunks.create(model)
            except didww.ClientError:
                refused.append(index)
                if len(refused) == 2:  # the answer to the one sent is held until here
                    server.creates_wait_for.set()  # type: ignore[union-attr]
                raise

        if kind == "sync":
            return client.batch(fn, [0, 1, 2], concurrency=3)

        async def afn(index: int) -> Any:
            try:
                return await client.voice_in_trunks.create(model)
            except didww.ClientError:
                refused.append(index)
                if len(refused) == 2:
                    server.creates_wait_for.set()  # type: ignore[union-attr]
                raise

        return client.batch(afn, [0, 1, 2], concurrency=3)

    outcomes = run(kind, operation, base_url=server.url)
    assert len(server.requests("POST")) == 1
    assert [o.ok for o in outcomes].count(True) == 1
    for outcome in outcomes:
        if not outcome.ok:
            assert "is being created by another call" in str(outcome.error)
    assert model.id == "t-one"
    # Once the create has ended, the model is free again, and refused as one that exists.
    with pytest.raises(didww.ClientError, match="already has an id"):
        run(kind, lambda c: c.voice_in_trunks.create(model), base_url=server.url)


@pytest.mark.parametrize("kind", KINDS)
def test_a_failed_create_frees_its_model(kind: str, server: Api) -> None:
    model = didww.VoiceInTrunk(name="flaky", configuration=didww.PSTNConfiguration(dst="4420"))
    for _ in range(2):  # refused by the API both times, never by the SDK as "being created"
        with pytest.raises(didww.ServerError):
            run(kind, lambda c: c.voice_in_trunks.create(model), base_url=server.url)
    assert len(server.requests("POST")) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_bug_in_fn_is_raised_and_stops_the_batch(kind: str, server: Api) -> None:
    started: list[str] = []

    def operation(client: Any) -> Any:
        def fn(id: str) -> Any:
            started.append(id)
            if id == "boom":
                raise ValueError("a bug")
            return client.dids.find(id)

        if kind == "sync":
            return client.batch(fn, ["a", "boom", "b", "c"], concurrency=1)

        async def afn(id: str) -> Any:
            return await fn(id)

        return client.batch(afn, ["a", "boom", "b", "c"], concurrency=1)

    with pytest.raises(ValueError, match="a bug"):
        run(kind, operation, base_url=server.url)
    assert started == ["a", "boom"]
    assert server.requests("GET") == ["a"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_bug_in_one_thread_lets_running_calls_end_and_starts_no_more(
    kind: str, server: Api
) -> None:
    ids = [f"d{i}" for i in range(40)]

    def operation(client: Any) -> Any:
        if kind == "sync":

            def fn(id: str) -> Any:
                if id == "d3":
                    raise KeyError(id)
                return client.dids.find(id)

            return client.batch(fn, ids, concurrency=4)

        async def afn(id: str) -> Any:
            if id == "d3":
                raise KeyError(id)
            return await client.dids.find(id)

        return client.batch(afn, ids, concurrency=4)

    with pytest.raises(KeyError):
        run(kind, operation, base_url=server.url)
    # Items are handed out in order and none is started after the failure, so the batch stops
    # far short of its 40 items (the exact count depends on how the threads interleave).
    assert len(server.requests("GET")) < 20


@pytest.mark.parametrize("kind", KINDS)
def test_items_are_taken_as_workers_free_up_and_none_after_a_bug(kind: str, server: Api) -> None:
    # The whole input was read first: an endless generator never let the batch start.
    taken: list[int] = []

    def endless() -> Iterator[str]:
        for n in itertools.count():
            taken.append(n)
            yield "boom" if n == 5 else f"d{n}"

    def operation(client: Any) -> Any:
        if kind == "sync":

            def fn(id: str) -> Any:
                if id == "boom":
                    raise ValueError("a bug")
                return client.dids.find(id)

            return client.batch(fn, endless(), concurrency=2)

        async def afn(id: str) -> Any:
            if id == "boom":
                raise ValueError("a bug")
            return await client.dids.find(id)

        return client.batch(afn, endless(), concurrency=2)

    with pytest.raises(ValueError, match="a bug") as caught:
        run(kind, operation, base_url=server.url)
    # Up to the bug's item (the sixth), then at most one item queued per worker and one in the
    # caller's hand: never the endless rest.
    assert len(taken) <= 6 + 2 + 1
    assert len(server.requests("GET")) <= 7
    if sys.version_info >= (3, 11):
        (note,) = caught.value.__notes__
        assert "the batch stopped;" in note and "of its items had ended before" in note


@pytest.mark.parametrize("kind", KINDS)
def test_a_failing_generator_of_items_is_raised_once_the_running_calls_end(
    kind: str, server: Api
) -> None:
    def items() -> Iterator[str]:
        yield from ("a", "b", "c")
        raise LookupError("the caller's own")

    def operation(client: Any) -> Any:
        fn = client.dids.find
        return client.batch(fn, items(), concurrency=2)

    with pytest.raises(LookupError, match="the caller's own") as caught:
        run(kind, operation, base_url=server.url)
    # The items a worker had started are let end; any not started yet when the generator
    # failed are not sent (how many depends on the threads' timing).
    sent = server.requests("GET")
    assert set(sent) <= {"a", "b", "c"} and len(sent) == len(set(sent))
    if sys.version_info >= (3, 11):
        ended = f"{len(sent)} of its items had ended before ({len(sent)} succeeded"
        assert ended in caught.value.__notes__[0]


def test_the_items_are_taken_in_the_caller_s_thread_and_context(server: Api) -> None:
    # Taken on the workers' threads, a thread-bound iterable (a database cursor) failed, and
    # a generator reading a context variable the caller set saw its default.
    tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="none")
    tenant.set("acme")
    caller = threading.get_ident()
    seen: list[tuple[int, str]] = []

    def items() -> Iterator[str]:
        for id in ("a", "b", "c", "d"):
            seen.append((threading.get_ident(), tenant.get()))
            yield id

    with didww.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        outcomes = client.batch(client.dids.find, items(), concurrency=3)
    assert [o.unwrap().id for o in outcomes] == ["a", "b", "c", "d"]
    assert seen == [(caller, "acme")] * 4


@pytest.mark.parametrize("kind", KINDS)
def test_a_generator_of_items_gives_outcomes_in_its_order(kind: str, server: Api) -> None:
    ids = (f"d{n}" for n in range(7))
    outcomes = run(kind, lambda c: c.batch(c.dids.find, ids, concurrency=3), base_url=server.url)
    assert [o.value.id for o in outcomes] == [f"d{n}" for n in range(7)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True, "4"])
def test_concurrency_must_be_a_positive_integer(kind: str, concurrency: Any) -> None:
    def operation(client: Any) -> Any:
        return client.batch(client.dids.find, ["a"], concurrency=concurrency)

    with pytest.raises(didww.ClientError, match="concurrency"):
        run(kind, operation)


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_batch_sends_nothing(kind: str, server: Api) -> None:
    assert run(kind, lambda c: c.batch(c.dids.find, []), base_url=server.url) == []
    assert server.received == []


def test_a_closed_client_refuses_the_batch_once_rather_than_each_item(server: Api) -> None:
    client = didww.Client(api_key="k", base_url=server.url)
    client.close()
    with pytest.raises(didww.ClientError, match="closed"):
        client.batch(client.dids.find, ["a", "b"])
    aclient = didww.AsyncClient(api_key="k", base_url=server.url)

    async def closed_then_batch() -> None:
        await aclient.close()
        await aclient.batch(aclient.dids.find, ["a", "b"])

    with pytest.raises(didww.ClientError, match="closed"):
        asyncio.run(closed_then_batch())
    assert server.received == []


def test_sync_batch_refuses_a_coroutine_function() -> None:
    async def fn(id: str) -> None:
        pass

    with didww.Client(api_key="k") as client, pytest.raises(didww.ClientError, match="Async"):
        client.batch(fn, ["a"])


def test_async_batch_refuses_a_function_that_is_not_async(server: Api) -> None:
    def operation(client: Any) -> Any:
        return client.batch(lambda id: id, ["a", "b"])

    with pytest.raises(didww.ClientError, match="awaitable"):
        run("async", operation, base_url=server.url)


def test_sync_batch_runs_the_callers_context_in_each_thread(server: Api) -> None:
    import contextvars

    tag: contextvars.ContextVar[str] = contextvars.ContextVar("tag")
    tag.set("caller")
    with didww.Client(api_key="k", base_url=server.url) as client:
        outcomes = client.batch(lambda _: tag.get(), range(8), concurrency=4)
    assert [o.value for o in outcomes] == ["caller"] * 8


def test_ctrl_c_while_a_generator_makes_its_next_item_stops_the_batch_at_once() -> None:
    # The workers took the items under a lock that Ctrl-C's handling waited for: each made and
    # ran another item first, and a second Ctrl-C left the batch running in the background.
    made: list[int] = []
    ran: list[int] = []

    def slow() -> Iterator[int]:
        for n in range(8):
            if n:
                time.sleep(1)
            made.append(n)
            yield n

    def fn(n: int) -> int:
        ran.append(n)
        return n

    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    started = time.monotonic()
    timer.start()
    with didww.Client(api_key="k") as client, pytest.raises(KeyboardInterrupt):
        client.batch(fn, slow(), concurrency=4)
    assert time.monotonic() - started < 0.9
    time.sleep(1.2)  # what a batch left running would make and run meanwhile
    assert made == ran == [0]
    assert not [t for t in threading.enumerate() if t.name.startswith("didww-batch")]
