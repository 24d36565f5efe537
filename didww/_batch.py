"""Many independent operations at once, a bounded number at a time, each with its own outcome.

``client.batch(fn, items)`` calls ``fn(item)`` for every item, ``concurrency`` at a time (threads
for the sync client, tasks for the async one) and returns one :class:`Outcome` per item, in the
order of ``items``. Every call goes through the client's normal request path, so its rate limit
(one limiter shared by all workers) and its retry rules apply to each request as usual: a create
that may have reached the API is not repeated.

What fails where:

* an SDK error (:class:`didww.DidwwError`: an API error status, a connection failure, a refused
  value) belongs to its item: it is recorded in that item's outcome and the batch goes on;
* any other exception is a bug in ``fn``: no further item is started, the operations already
  running are let finish, and then that exception is raised from ``batch()``, with a note saying
  how many items had ended (their outcomes are not returned: what they created stays created).
  So is :class:`didww.ArgumentError`: a method called with arguments it does not take fails the
  same way for every item, and so is an exception raised by ``items`` itself (a generator);
* Ctrl-C (or any exception raised into the sync ``batch()`` while it waits) starts nothing new
  and sends nothing more: a request already on the wire ends as it will, but is not retried
  (:func:`batch_interrupted`), and the worker threads do not keep the process alive.

Items are taken from ``items`` as workers free up, in the caller's thread and context (a cursor
bound to that thread works, a context variable it set is seen), at most one per worker ahead of
those running: a generator's items are made while earlier ones are being sent, and none is
taken after the batch stopped. The list returned holds an outcome for every item, so it grows
with the input all the same.
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
import queue
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from didww._errors import ArgumentError, ClientError, DidwwError
from didww._signal import Signal, nothing

__all__ = ["DEFAULT_CONCURRENCY", "Outcome", "arun_batch", "batch_interrupted", "run_batch"]

DEFAULT_CONCURRENCY = 16

T = TypeVar("T")
R = TypeVar("R")

_RUNNING: contextvars.ContextVar[_SyncState | None] = contextvars.ContextVar(
    "didww_batch", default=None
)
"""The sync batch the running call belongs to; set in the workers' context only."""


def on_interrupt(callback: Callable[[], None]) -> Callable[[], None]:
    """Have ``callback`` run when the sync batch whose item is running (or a batch whose item
    runs that one) is interrupted; returns the function that takes it back. Outside a batch,
    nothing is registered.

    A call waiting for its rate-limit turn registers the giving back of that turn: interrupted,
    its thread sleeps on until the turn comes and then sends nothing, and the turn would
    otherwise be lost to the requests made after the batch."""
    state = _RUNNING.get()
    if state is None:
        return nothing
    take_backs = []
    while state is not None:
        take_backs.append(state.interruption.on_set(callback))
        state = state._parent

    def take_back() -> None:
        for each in take_backs:
            each()

    return take_back


def batch_interrupted() -> bool:
    """Whether the code running is an item of a sync batch that was interrupted since.

    The client asks just before each send, as it does for a page fetched ahead: a call may be
    waiting (its rate-limit turn, a retry's pause) long after Ctrl-C ended the batch."""
    state = _RUNNING.get()
    return state is not None and state.interrupted


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    """What one item of a :meth:`Client.batch` came to: a ``value``, or an SDK ``error``.

    >>> for outcome in client.batch(client.dids.find, ids):  # doctest: +SKIP
    ...     if outcome.ok:
    ...         print(outcome.item, outcome.unwrap().number)
    ...     else:
    ...         print(outcome.item, "failed:", outcome.error)

    ``unwrap()`` is typed as what the operation returns; ``value`` is typed ``R | None``, which
    checking ``ok`` does not narrow.
    """

    item: T
    """The input item, as given."""
    value: R | None = None
    """What the operation returned (``None`` when it failed, or when it returns nothing)."""
    error: DidwwError | None = None
    """The SDK error the operation raised, or ``None`` when it succeeded."""

    @property
    def ok(self) -> bool:
        """Whether the operation succeeded."""
        return self.error is None

    def unwrap(self) -> R:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return cast(R, self.value)


def check_concurrency(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ClientError(f"concurrency must be an integer >= 1, got {concurrency!r}")
    return concurrency


def check_fn(fn: object) -> None:
    """Refuse an ``fn`` that cannot be called, before any item is started."""
    if not callable(fn):
        raise ClientError(
            f"batch: fn must be a function to call with each item, got {type(fn).__name__}"
        )


def check_items(items: Iterable[T]) -> Iterator[T]:
    """An iterator over the items; refuses what is not an iterable of items, before any is
    started."""
    if isinstance(items, (str, bytes, bytearray)):
        # Iterable, but one per character is never what was meant: a single id was passed.
        raise ClientError(
            f"batch: items must be an iterable of items, got a single {type(items).__name__} "
            "(wrap it in a list)"
        )
    try:
        iterator = iter(items)
    except (TypeError, ClientError):  # an AsyncClient's iter() refuses a plain `for` itself
        hint = ""
        if hasattr(items, "__aiter__"):  # an AsyncClient's iter(): its items come one by one
            hint = ": collect an async iterable first, [item async for item in ...]"
        raise ClientError(
            f"batch: items must be an iterable of items (a list, a generator...), "
            f"got {type(items).__name__}{hint}"
        ) from None
    return iterator


def worker_count(items: Iterable[object], limit: int) -> int:
    """How many workers a batch of ``items`` needs: no more than it has items, when that is
    known without taking them."""
    return min(limit, len(items)) if isinstance(items, Sized) else limit


def note_ended(exc: BaseException, outcomes: list[Outcome[T, R] | None]) -> BaseException:
    """``exc``, raised from a batch that it stopped, with a note (Python 3.11 on) saying how
    many items had ended: their outcomes are lost with the list ``batch()`` does not return."""
    add_note = getattr(exc, "add_note", None)
    if add_note is not None:
        ended = [o for o in outcomes if o is not None]
        succeeded = sum(o.ok for o in ended)
        add_note(
            f"didww: the batch stopped; {len(ended)} of its items had ended before "
            f"({succeeded} succeeded: what they created or changed stays so)"
        )
    return exc


def run_batch(fn: Callable[[T], R], items: Iterable[T], concurrency: int) -> list[Outcome[T, R]]:
    """The sync batch: ``fn`` runs on up to ``concurrency`` threads started for this batch.

    The caller's thread takes the items, in its own context (a cursor bound to its thread, a
    context variable it set), and hands each to a free worker through a queue that holds one
    item per worker at most, so that no more are taken ahead than could start, and none once
    the batch stopped. Ctrl-C reaches that thread whether it waits for the next item or for a
    free worker.

    ``fn`` must return its value: one that returns an awaitable (an async function, or a
    function or ``partial`` that returns a coroutine) is refused with :class:`ClientError`
    rather than reported as a success whose value was never run.
    """
    limit = check_concurrency(concurrency)
    check_fn(fn)
    if inspect.iscoroutinefunction(fn):
        raise ClientError("batch: fn is a coroutine function; use AsyncClient.batch for those")
    iterator = check_items(items)
    # A batch run by an item of another batch stops when that one is interrupted too: Ctrl-C
    # reaches the thread that waits for the outer batch only.
    state = _SyncState(parent=_RUNNING.get())
    outcomes: list[Outcome[T, R] | None] = []
    # Each call sees the caller's context variables, as it would if the caller made it, and the
    # batch it belongs to.
    context = contextvars.copy_context()
    context.run(_RUNNING.set, state)

    def run_one(index: int, item: T) -> bool:
        """Run ``fn`` for one item; False when the batch must stop."""
        try:
            value = context.copy().run(fn, item)
        except ArgumentError as exc:  # a call fn makes wrongly: a bug, not this item's fault
            state.fail(exc)
            return False
        except DidwwError as exc:
            outcomes[index] = Outcome(item, error=exc)
        except BaseException as exc:  # a bug in fn: raised from batch() once others finish
            state.fail(exc)
            return False
        else:
            if inspect.isawaitable(value):  # nothing awaits it here: refuse the whole batch
                state.fail(_awaitable_returned(value))
                return False
            outcomes[index] = Outcome(item, value)
        return True

    def take() -> tuple[int, T] | None:
        """The next item and its index, taken in the caller's thread; None at the end, or
        once the batch stopped (an exception of the caller's iterator stops it)."""
        if state.stopped:
            return None
        try:
            item = next(iterator)
        except StopIteration:
            state.exhausted = True
            return None
        except Exception as exc:  # the caller's generator failed: raised once the calls end
            state.fail(exc)
            return None
        outcomes.append(None)
        return len(outcomes) - 1, item

    workers = worker_count(items, limit)
    if workers <= 1:
        while (taken := take()) is not None and run_one(*taken):
            pass  # no thread needed for one at a time
    else:
        _run_on_threads(workers, take, run_one, state)
    if state.failure is not None:
        raise note_ended(state.failure, outcomes)
    left = not state.exhausted and not (isinstance(items, Sized) and len(outcomes) == len(items))
    if state.interrupted and (left or any(o is None for o in outcomes)):
        # The batch whose item runs this one was interrupted: items were left unstarted, and a
        # list with holes is no answer.
        raise ClientError(
            "batch: the batch this one runs in was interrupted, and its items left unstarted "
            "were not sent"
        )
    return cast(list[Outcome[T, R]], outcomes)


_DONE: Any = object()
"""What the feeding thread puts in the queue for each worker once no item is left."""


def _run_on_threads(
    workers: int,
    take: Callable[[], tuple[int, T] | None],
    run_one: Callable[[int, T], bool],
    state: _SyncState,
) -> None:
    """Run the items ``take()`` gives on ``workers`` threads, fed from the calling thread."""
    work: queue.Queue[Any] = queue.Queue(maxsize=workers)

    def worker() -> None:
        while True:
            taken = work.get()
            if taken is _DONE or state.stopped or not run_one(*taken):
                return

    # Daemons: after Ctrl-C, a call still waiting for its answer must not hold the process.
    threads = [
        threading.Thread(target=worker, name=f"didww-batch-{n}", daemon=True)
        for n in range(workers)
    ]
    try:
        # Starting a thread waits for it to run: Ctrl-C can come then too, once the first
        # workers are sending.
        for thread in threads:
            thread.start()
        while (taken := take()) is not None:
            _put(work, taken, state)
        _end(work, len(threads), state)
        for thread in threads:
            thread.join()
    except BaseException:  # Ctrl-C while taking or waiting: start nothing new, send nothing more
        state.interrupt()
        _end(work, len(threads), state)
        raise


def _put(work: queue.Queue[Any], taken: tuple[int, Any], state: _SyncState) -> None:
    """Hand an item to the next free worker; dropped once the batch stopped (every worker may
    have ended then, and the queue would never have room)."""
    while not state.stopped:
        try:
            work.put(taken, timeout=0.05)
            return
        except queue.Full:
            continue


def _end(work: queue.Queue[Any], count: int, state: _SyncState) -> None:
    """Tell ``count`` workers that no item follows. When the queue is full and the batch
    stopped (its workers may have ended), the items still queued are dropped to make room:
    none of them started."""
    sent = 0
    while sent < count:
        try:
            work.put(_DONE, timeout=0.05)
            sent += 1
        except queue.Full:
            if state.stopped:
                _drop_items(work)


def _drop_items(work: queue.Queue[Any]) -> None:
    """Take the items out of ``work``, leaving the end marks already put in it."""
    marks = 0
    with contextlib.suppress(queue.Empty):
        while True:
            if work.get_nowait() is _DONE:
                marks += 1
    for _ in range(marks):  # room for them: they were just taken out, and no one else puts
        work.put_nowait(_DONE)


class _SyncState:
    """Whether a sync batch stopped, and why: a failure to raise, or an interruption."""

    def __init__(self, parent: _SyncState | None) -> None:
        self.exhausted = False
        """Whether every item was taken."""
        self._stopped = False
        self._interrupted = False
        self._parent = parent
        """The batch whose item runs this one, if any."""
        self._lock = threading.Lock()
        self.failure: BaseException | None = None
        self.interruption = Signal()
        """Set when the batch is interrupted (see :func:`on_interrupt`)."""

    @property
    def interrupted(self) -> bool:
        """Whether this batch, or one whose item runs it, was interrupted: its calls send
        nothing more."""
        return self._interrupted or (self._parent is not None and self._parent.interrupted)

    @property
    def stopped(self) -> bool:
        """Whether no further item is to start: a failure, or an interruption."""
        return self._stopped or self.interrupted

    def fail(self, exc: BaseException) -> None:
        with self._lock:  # the first failure is the one raised
            self._stopped = True
            if self.failure is None:
                self.failure = exc

    def interrupt(self) -> None:
        # Plain stores, no lock: a second Ctrl-C must not land while one is awaited and leave
        # the batch running.
        self._stopped = True
        self._interrupted = True
        self.interruption.set()


async def arun_batch(
    fn: Callable[[T], Awaitable[R]], items: Iterable[T], concurrency: int
) -> list[Outcome[T, R]]:
    """The async batch: ``fn`` runs in up to ``concurrency`` tasks started for this batch."""
    import asyncio  # here, so that sync users never import it

    limit = check_concurrency(concurrency)
    check_fn(fn)
    _refuse_sync_sdk_method(fn)
    work = check_items(items)
    outcomes: list[Outcome[T, R] | None] = []
    failures: list[BaseException] = []
    exhausted = False

    def take() -> tuple[int, T] | None:
        # Shared by the workers; it never awaits, so no lock.
        nonlocal exhausted
        if failures or exhausted:
            return None
        try:
            item = next(work)
        except StopIteration:
            exhausted = True
            return None
        except Exception as exc:  # the caller's generator failed: theirs to see
            failures.append(exc)
            return None
        outcomes.append(None)
        return len(outcomes) - 1, item

    async def worker() -> None:
        while (taken := take()) is not None:
            index, item = taken
            try:
                pending = fn(item)
                if not inspect.isawaitable(pending):
                    failures.append(_not_awaitable(pending))
                    return
                value = await pending
            except ArgumentError as exc:  # see run_batch
                failures.append(exc)
                return
            except DidwwError as exc:
                outcomes[index] = Outcome(item, error=exc)
            except Exception as exc:  # a bug in fn: raised from batch() once others finish
                failures.append(exc)
                return
            else:
                outcomes[index] = Outcome(item, value)

    tasks = [asyncio.ensure_future(worker()) for _ in range(worker_count(items, limit))]
    try:
        await asyncio.gather(*tasks)
    except BaseException:  # cancelled, or KeyboardInterrupt: nothing of this batch goes on
        for task in tasks:
            task.cancel()
        # gather() gives up at the first task that ends cancelled (fn raised CancelledError)
        # without waiting for the others: they are waited for here, so that no call of this
        # batch is still running, holding a connection, once its caller sees the exception.
        running = [task for task in tasks if not task.done()]
        if running:
            await asyncio.wait(running)
        raise
    if failures:
        raise note_ended(failures[0], outcomes)
    return cast(list[Outcome[T, R]], outcomes)


def _refuse_sync_sdk_method(fn: object) -> None:
    """Refuse, before any item runs, a method of a sync client or repository given to an async
    batch: each call would block the event loop and return a value, not an awaitable."""
    import functools

    from didww._client import SyncClientBase
    from didww._repository import SyncRawRepository, SyncRepository

    while isinstance(fn, functools.partial):
        fn = fn.func
    owner = getattr(fn, "__self__", None)
    if isinstance(owner, (SyncRepository, SyncRawRepository, SyncClientBase)):
        name = getattr(fn, "__name__", "method")
        raise ClientError(
            f"batch: fn is {type(owner).__name__}.{name} of a sync client; an AsyncClient's "
            "batch takes the AsyncClient's own methods (aclient.dids.update)"
        )


def _not_awaitable(value: object) -> ClientError:
    return ClientError(
        "batch: on an AsyncClient, fn must return an awaitable (pass an async function); for "
        f"one item it returned {type(value).__name__}: that call ran, and may have sent a "
        "request, but no other item was started"
    )


def _awaitable_returned(value: object) -> ClientError:
    """The error for a sync batch whose ``fn`` returned an awaitable, which is closed first."""
    if inspect.iscoroutine(value):
        # Never started, so closing runs none of its code and avoids the "coroutine was never
        # awaited" RuntimeWarning. Other awaitables (a Task) belong to a loop: left alone.
        value.close()
    return ClientError(
        f"batch: fn returned {type(value).__name__}, an awaitable nothing here awaits; "
        "use AsyncClient.batch for async functions"
    )
