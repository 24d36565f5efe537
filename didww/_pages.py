"""Walking every page of a list, optionally fetching the next page while the caller works.

With prefetching, the request for page ``n + 1`` goes out as soon as page ``n`` has arrived and
says another page follows, so the caller's work on page ``n`` and the network wait for page
``n + 1`` overlap. The rules:

* at most one page is fetched ahead, and only one the current page promised (never past the end);
* a page's failure is raised where the caller reaches that page: not earlier, and not lost;
* an iteration that ends early (``break``, an exception, ``close()``, garbage collection)
  abandons the page in flight: its answer is discarded and nothing further is requested.

``prefetch=None`` (what ``iter()`` does unless told) prefetches only once a page has taken at
least :data:`PREFETCH_AFTER` to arrive. Overlap saves at most one round trip per page, while
handing pages between threads (or tasks) costs a little on every page: against a server a few
hundred microseconds away (a local simulator, a loopback test server) the walk is faster without
it, and against the real API, tens of milliseconds away, prefetching pays from the second page.
``True`` always prefetches, ``False`` never does.

The sync walk uses one daemon thread per iteration (started only once a second page is due);
the async walk uses one ``asyncio`` task per page ahead, cancelled (and waited for) when the
walk ends early.
"""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from didww._errors import WrongFormError
from didww._signal import Signal
from didww._walks import PREFETCH

if TYPE_CHECKING:
    import asyncio

    from didww._query import QueryParams

__all__ = ["MAX_PAGES", "PREFETCH_AFTER", "AsyncWalk", "Walk", "aiter_models", "iter_models"]

# A page loop ends at the last page; this bound only stops a misbehaving server from looping us.
MAX_PAGES = 100_000

PREFETCH_AFTER = 0.002
"""Seconds a page must take to arrive before ``prefetch=None`` fetches the next one ahead.

Measured on two cores, handing a page over from the prefetch thread costs about 0.1 ms; a page
of 50 DIDs from a loopback server arrives in about 0.5 ms, so there prefetching made a 20-page
walk a third slower. Above 2 ms the overlap it buys outweighs that."""

_now = time.perf_counter


def _wanted(prefetch: bool | None, took: float) -> bool:
    """Whether to fetch the next page ahead, given how long the last one took to arrive."""
    return prefetch if prefetch is not None else took >= PREFETCH_AFTER


M_co = TypeVar("M_co", covariant=True)
M = TypeVar("M")


class Page(Protocol[M_co]):
    """What a walk needs from a page: its models and the parameters of the next page."""

    @property
    def next_page_params(self) -> QueryParams | None: ...

    def __iter__(self) -> Iterator[M_co]: ...


P = TypeVar("P", bound=Page[object])


class Walk(Generator[M, None, None]):
    """What a sync repository's ``iter()`` returns: the walk's generator, with an error of the
    SDK's own for ``async for`` (Python's is a bare TypeError). A ``for`` loop runs the generator
    itself, so the wrapper costs nothing per model."""

    __slots__ = ("__weakref__", "_models", "_what")

    def __init__(self, models: Generator[M, None, None], what: str = "iter()") -> None:
        self._models = models
        self._what = what

    def __iter__(self) -> Generator[M, None, None]:
        return self._models

    def __next__(self) -> M:
        return next(self._models)

    def send(self, value: None) -> M:
        return self._models.send(value)

    def throw(self, *args: Any) -> M:
        return self._models.throw(*args)

    def close(self) -> None:
        self._models.close()

    if not TYPE_CHECKING:  # type checkers report the mistake already

        def __aiter__(self):
            raise _wrong_loop(self._what, sync=True)

        def __getattr__(self, name):
            return _generator_attribute(self, "gi_", name)


class AsyncWalk(AsyncGenerator[M, None]):
    """What an async repository's ``iter()`` returns: the twin of :class:`Walk`, with an error
    of the SDK's own for a plain ``for``."""

    __slots__ = ("__weakref__", "_models", "_what")

    def __init__(self, models: AsyncGenerator[M, None], what: str = "iter()") -> None:
        self._models = models
        self._what = what

    def __aiter__(self) -> AsyncGenerator[M, None]:
        return self._models

    async def __anext__(self) -> M:
        return await self._models.__anext__()

    async def asend(self, value: None) -> M:
        return await self._models.asend(value)

    async def athrow(self, *args: Any) -> M:
        return await self._models.athrow(*args)

    async def aclose(self) -> None:
        await self._models.aclose()

    if not TYPE_CHECKING:

        def __iter__(self):
            raise _wrong_loop(self._what, sync=False)

        def __getattr__(self, name):
            return _generator_attribute(self, "ag_", name)


def _wrong_loop(what: str, *, sync: bool) -> WrongFormError:
    """The error for walking a sync walk with ``async for`` or an async one with ``for``."""
    if sync:
        return WrongFormError(
            f"a Client's {what} is walked with `for`, not `async for` (an AsyncClient's "
            f"{what} is the one for `async for`)"
        )
    return WrongFormError(
        f"an AsyncClient's {what} is walked with `async for`, not `for` (a Client's {what} is "
        "the one for `for`)"
    )


def _generator_attribute(walk: Walk[Any] | AsyncWalk[Any], prefix: str, name: str) -> Any:
    """The wrapped generator's own attributes (``gi_frame``, ``ag_running``...), which
    :func:`inspect.getgeneratorstate` and its async twin read; nothing else."""
    if name.startswith(prefix):
        return getattr(walk._models, name)
    text = f"{type(walk).__name__!r} object has no attribute {name!r}"
    raise AttributeError(text, name=name, obj=walk)


def iter_models(
    fetch: Callable[[QueryParams], Page[M]],
    first: Callable[[], QueryParams],
    *,
    prefetch: bool | None,
) -> Generator[M, None, None]:
    """Every model of every page; ``first()`` gives the first page's parameters (called lazily)."""
    params: QueryParams | None = first()
    worker: _PageWorker[Page[M]] | None = None
    pending: _Job[Page[M]] | None = None
    try:
        for _ in range(MAX_PAGES):
            if pending is not None:
                page = pending.result()  # a prefetch failure is raised here, where it belongs
                took = pending.took
                pending = None
            elif params is not None:
                started = _now()
                page = fetch(params)
                took = _now() - started
            else:
                return
            params = page.next_page_params
            if params is not None and _wanted(prefetch, took):
                if worker is None:
                    worker = _PageWorker(fetch)
                pending = worker.submit(params)
                params = None
            yield from page
    finally:
        if worker is not None:
            worker.close(pending)


async def aiter_models(
    fetch: Callable[[QueryParams], Awaitable[Page[M]]],
    first: Callable[[], QueryParams],
    *,
    prefetch: bool | None,
) -> AsyncGenerator[M, None]:
    """The async twin of :func:`iter_models`; the page ahead is fetched by an asyncio task.

    A generator (``aclose()``), so that a caller leaving the walk early can end it at once."""
    import asyncio  # here, so that sync users never import it

    async def timed(params: QueryParams) -> tuple[Page[M], float]:
        started = _now()
        page = await fetch(params)
        return page, _now() - started

    params: QueryParams | None = first()
    pending: asyncio.Future[tuple[Page[M], float]] | None = None
    try:
        for _ in range(MAX_PAGES):
            if pending is not None:
                # A prefetch failure is raised here, where it belongs.
                page, took = await pending
                pending = None
            elif params is not None:
                page, took = await timed(params)
            else:
                return
            params = page.next_page_params
            if params is not None and _wanted(prefetch, took):
                pending = asyncio.ensure_future(timed(params))
                # Retrieved here whatever happens, so an abandoned failure is not reported as
                # "Task exception was never retrieved" when the walk ended early.
                pending.add_done_callback(_retrieve)
                params = None
            for model in page:
                yield model
    finally:
        if pending is not None and not pending.done():
            pending.cancel()
            # Waited for, so that once the walk is closed its page fetch has really ended: a
            # task merely asked to cancel still holds its connection until the loop runs it
            # again, and is "destroyed but pending" if the loop is closed first.
            await asyncio.wait((pending,))


def _retrieve(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()


class _PageWorker(Generic[P]):
    """One background thread that fetches the pages it is handed, one at a time, in order.

    The thread holds no reference to the walk, so a walk abandoned without ``close()`` is still
    garbage collected, and its ``finally`` closes the worker.
    """

    def __init__(self, fetch: Callable[[QueryParams], P]) -> None:
        self._jobs: queue.SimpleQueue[_Job[P] | None] = queue.SimpleQueue()
        # A daemon thread: a page that nobody will read must not hold up the interpreter's exit.
        thread = threading.Thread(
            target=_work, args=(fetch, self._jobs), name="didww-prefetch", daemon=True
        )
        thread.start()

    def submit(self, params: QueryParams) -> _Job[P]:
        # The fetch runs in the caller's context (contextvars), as it would without prefetching.
        job = _Job[P](params, contextvars.copy_context())
        self._jobs.put(job)
        return job

    def close(self, pending: _Job[P] | None) -> None:
        """Stop after the fetch in flight, if any; its answer is dropped.

        ``pending`` is cancelled, so a fetch the thread has not started yet is never sent.
        """
        if pending is not None:
            pending.cancel()
        self._jobs.put(None)


class _Job(Generic[P]):
    """One page to fetch, and then its answer or failure.

    (Not ``concurrent.futures.Future``: importing that package would cost every user of the SDK
    at import time, for a slot this small.)
    """

    __slots__ = ("_cancel", "_done", "_error", "_page", "context", "params", "took")

    def __init__(self, params: QueryParams, context: contextvars.Context) -> None:
        self.params = params
        self.context = context
        self._done = threading.Event()
        self._cancel = Signal()
        self._page: P | None = None
        self._error: BaseException | None = None
        self.took = 0.0
        """Seconds the fetch took, once done."""

    def cancel(self) -> None:
        """Drop this fetch: it is not sent unless it has started already (then what it waits
        for, see :meth:`on_cancel`, is given up at once)."""
        self._cancel.set()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """See :class:`didww._walks.Fetch`: run ``callback`` when this fetch is cancelled (at
        once if it is already); returns what takes it back."""
        return self._cancel.on_set(callback)

    def start(self) -> bool:
        """Whether to send it (False once cancelled)."""
        return not self._cancel.is_set

    def run(self, fetch: Callable[[QueryParams], P]) -> None:
        started = _now()
        try:
            self._page = self.context.run(self._fetch, fetch)
        except BaseException as exc:  # handed to the walk, which raises it where it belongs
            self._error = exc
        finally:
            self.took = _now() - started
            self._done.set()

    def _fetch(self, fetch: Callable[[QueryParams], P]) -> P:
        PREFETCH.set(self)  # in this job's own context: seen by its sends only
        return fetch(self.params)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set

    def result(self) -> P:
        self._done.wait()
        if self._error is not None:
            error, self._error = self._error, None  # no cycle through the traceback
            raise error
        assert self._page is not None
        return self._page


def _work(fetch: Callable[[QueryParams], P], jobs: queue.SimpleQueue[_Job[P] | None]) -> None:
    while True:
        job = jobs.get()
        if job is None:
            return
        if job.start():
            job.run(fetch)
        # else: the walk ended before this fetch started, so nothing is sent
