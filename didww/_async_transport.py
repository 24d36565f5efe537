"""A lean HTTP/1.1 keep-alive transport for the async client: the twin of
:class:`didww._transport.KeepAliveTransport`.

httpx's default async transport (httpcore over anyio) spends about a millisecond of Python per
request, five times what the network takes on a fast link and as much as the whole sync round
trip. This one keeps a pool of connections per host as asyncio protocols: each writes a request
in one call and parses its answer with :class:`didww._http1.Parser` as the bytes arrive, in the
protocol's own callbacks, so that reading an answer costs one wake-up of the awaiting task.

Downloads (requests asking for a streamed body) go through httpx's own transport, made at the
first one: their time goes to the bytes, not to the round trip. Like the sync transport, this one
is used only when the caller supplies no ``http_client`` and the environment names no proxy.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable

import httpx

from didww import _body_limit
from didww._answer import unread_response
from didww._errors import ClientError
from didww._http1 import Answer, Disconnected, Parser, Steps
from didww._transport import (
    _ASYNC_LIMITS,
    _POOL_LIMIT,
    READ_FAILURES,
    STREAM,
    WRITE_TIMED_OUT,
    Key,
    idle_socket_usable,
    read_failure,
    shared_ssl_context,
)

__all__ = ["AsyncKeepAliveTransport"]

MAX_CONNECTIONS = 100
"""Connections open at once, as httpx's transport allows by default: more requests than that
at a time (``asyncio.gather`` over thousands of calls) wait for one, within the pool timeout,
rather than opening a socket each and running out of file descriptors."""
_CLOSING_TIME = 1.0
"""Seconds :meth:`AsyncKeepAliveTransport.aclose` waits for connections to close before it
aborts them (a TLS peer that never answers the closing handshake)."""


class _Connection(asyncio.Protocol):
    """One connection; parses the answer it waits for as its bytes arrive.

    A connection holding no request is idle: bytes arriving then (the peer and the parser
    disagree about where the last answer ended) or the peer closing make it unusable.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        on_lost: Callable[[_Connection], None] | None = None,
    ) -> None:
        self._loop = loop
        self._on_lost = on_lost
        """Called when the connection is closed (the pool counts open connections)."""
        self.counted = True
        """Whether the pool counts it among the open connections: set false by the pool when
        it stops counting it, once, whichever of closing and failing to connect comes first."""
        self.transport: asyncio.Transport | None = None
        self._parser = Parser(_body_limit.MAX_ANSWER_BYTES)
        self._steps: Steps[Answer] | None = None
        self._answer: asyncio.Future[Answer] | None = None
        self._last_data = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._write_timer: asyncio.TimerHandle | None = None
        self.broken = False
        self.lost: asyncio.Future[None] = loop.create_future()
        """Done once the connection is closed (its socket released)."""

    # --- asyncio.Protocol ---------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)  # a stream connection's
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self._steps is None:
            self.broken = True
            return
        self._last_data = self._loop.time()
        self._step(data)

    def eof_received(self) -> bool:
        self.broken = True
        if self._steps is not None:
            self._step(b"")
        return False  # let asyncio close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.broken = True
        if not self.lost.done():
            self.lost.set_result(None)
            if self._on_lost is not None:
                self._on_lost(self)
        if self._steps is None:
            return
        if exc is None:
            self._step(b"")
        else:
            self._end(exc)

    # --- the exchange -------------------------------------------------------------------------

    @property
    def poolable(self) -> bool:
        """Whether the connection may be kept for another request: the loop has seen no close
        and no stray bytes, and nothing is left to write (an answer that came before the
        request was all sent leaves the rest of it queued)."""
        transport = self.transport
        if self.broken or transport is None or transport.is_closing():
            return False
        return not transport.get_write_buffer_size()

    @property
    def usable(self) -> bool:
        """Whether a pooled connection can carry a request now: :attr:`poolable`, and its
        socket has nothing to read (a hang-up that came after the last answer, which the loop
        has not seen yet: the next request written there would be lost)."""
        if not self.poolable:
            return False
        assert self.transport is not None  # poolable says so
        sock = self.transport.get_extra_info("socket")
        return sock is None or idle_socket_usable(sock)

    def _step(self, data: bytes) -> None:
        steps = self._steps
        assert steps is not None  # the callers checked
        try:
            steps.send(data)
        except StopIteration as done:
            self._end(None, done.value)
        except Exception as exc:  # the parser's errors, handed to the awaiting task
            self._end(exc)

    def _end(self, exc: BaseException | None, answer: Answer | None = None) -> None:
        """The answer is in (or failed): hand it to the waiting task."""
        self._steps = None
        future = self._answer
        if future is None or future.done():
            return
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(answer)  # type: ignore[arg-type]

    async def exchange(
        self, payload: bytes, method: str, timeouts: dict[str, float | None]
    ) -> Answer:
        """Write ``payload`` (a whole request) and wait for its answer.

        Once the request is out, no more than the read timeout passes between two arrivals of
        bytes (``TimeoutError``). While it is going out, no more than the write timeout passes
        without the server taking some of it (``httpx.WriteTimeout``); a request that fits the
        socket's buffers is out at once."""
        read_timeout, write_timeout = timeouts.get("read"), timeouts.get("write")
        transport = self.transport
        assert transport is not None  # connected before it is used
        if self.broken or transport.is_closing():  # the server hung up as it accepted
            raise Disconnected("the server closed the connection without answering")
        loop = self._loop
        steps = self._parser.answer(method)
        next(steps)  # nothing is buffered on a usable connection: it waits for the first bytes
        future: asyncio.Future[Answer] = loop.create_future()
        self._answer = future
        self._steps = steps
        self._last_data = loop.time()
        if read_timeout is not None:
            self._timer = loop.call_at(
                self._last_data + read_timeout, self._check_time, future, read_timeout
            )
        try:
            transport.write(payload)
            unsent = transport.get_write_buffer_size()
            if unsent and write_timeout is not None:
                self._write_timer = loop.call_later(
                    write_timeout, self._check_sent, future, unsent, write_timeout
                )
            return await future
        finally:
            self._steps = None
            self._answer = None
            for timer in (self._timer, self._write_timer):
                if timer is not None:
                    timer.cancel()
            self._timer = self._write_timer = None

    def _check_sent(
        self, future: asyncio.Future[Answer], unsent: int, write_timeout: float
    ) -> None:
        """The write timer of the exchange waiting on ``future``, while its request is going
        out: fails it when the server took none of the ``unsent`` bytes for ``write_timeout``."""
        if self._answer is not future or future.done() or self.transport is None:
            return
        left = self.transport.get_write_buffer_size()
        if not left:
            self._write_timer = None  # all out: the read timer alone runs now
        elif left < unsent:  # some went out meanwhile: wait from now
            self._write_timer = self._loop.call_later(
                write_timeout, self._check_sent, future, left, write_timeout
            )
        else:
            self._end(httpx.WriteTimeout(WRITE_TIMED_OUT))

    def _check_time(self, future: asyncio.Future[Answer], read_timeout: float) -> None:
        """The read timer of the exchange waiting on ``future``: fails it once
        ``read_timeout`` passed without bytes."""
        if self._answer is not future or future.done():
            return  # that exchange is over (the handle is cancelled too: belt and braces)
        now = self._loop.time()
        if self.transport is not None and self.transport.get_write_buffer_size():
            # The request is still going out (the write timer watches that): the wait for
            # the answer starts once it is out.
            self._last_data = now
        due = self._last_data + read_timeout
        if now >= due:
            self._end(TimeoutError("timed out waiting for the answer"))
        else:  # bytes came meanwhile: wait from the last of them
            self._timer = self._loop.call_at(due, self._check_time, future, read_timeout)

    def close(self) -> None:
        """Close after what is written was sent (over TLS: with its closing handshake)."""
        self._closing()
        if self.transport is not None:
            self.transport.close()

    def abort(self) -> None:
        """Close at once: for a connection in an unknown state, whose answer is never wanted."""
        self._closing()
        if self.transport is not None:
            self.transport.abort()

    def _closing(self) -> None:
        self.broken = True
        # An exchange under way fails as a connection lost: the close that follows must not
        # read as the server's end of a body framed by the connection's end.
        if self._steps is not None:
            self._end(ConnectionAbortedError("the connection was closed under the request"))


def _cancelling() -> bool:
    """Whether the running task was asked to stop (Python 3.11 and later can tell; 3.10
    cannot, and a connect timeout that comes with a cancellation is then reported as the
    timeout: the request is not sent either way)."""
    task = asyncio.current_task()
    cancelling = getattr(task, "cancelling", None)
    return bool(cancelling()) if cancelling is not None else False


def _expire(waiter: asyncio.Future[None]) -> None:
    """The pool timeout of a request waiting for room for a connection."""
    if not waiter.done():
        waiter.set_exception(
            httpx.PoolTimeout(
                f"no connection free within the pool timeout: {MAX_CONNECTIONS} are open"
            )
        )


class AsyncKeepAliveTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over pooled asyncio connections, in one event loop (the async client opens one
    per loop); https is verified as httpx verifies it by default."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl = ssl_context
        self._idle: dict[Key, list[_Connection]] = {}
        self._busy: set[_Connection] = set()
        """Connections carrying a request: closed by :meth:`aclose` too, as httpx's transport
        closes them, so that closing the client ends the requests under way at once."""
        self._closed = False
        self._streams: httpx.AsyncHTTPTransport | None = None
        self._open = 0
        """Connections opened (or being opened) and not closed yet: at most
        :data:`MAX_CONNECTIONS`."""
        self._waiting: list[asyncio.Future[None]] = []
        """Requests waiting for room for a connection, first come first served."""
        self._closing: set[_Connection] = set()
        """Connections closed after their answer and not released yet (over TLS, the closing
        handshake takes a round trip): :meth:`aclose` waits for them too."""

    async def _connect(
        self, key: Key, connect_timeout: float | None, made: list[_Connection]
    ) -> _Connection:
        """A new connection to ``key``; the protocol object, once made, is appended to
        ``made``, so that a caller whose connecting failed knows whether asyncio will close
        it (and so report it lost) or it never came to be."""
        scheme, host, port = key
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            context = self._ssl or shared_ssl_context()

        def protocol() -> _Connection:
            made.append(_Connection(loop, self._connection_lost))
            return made[-1]

        connecting = loop.create_task(
            loop.create_connection(
                protocol,
                host,
                port,
                ssl=context,
                server_hostname=host if context is not None else None,
            )
        )
        # A timer of its own rather than asyncio.wait_for, which on Python 3.10 and 3.11 can
        # swallow a cancellation that comes as the connection is made: a cancelled request
        # would then be sent all the same.
        expired = False

        def expire() -> None:
            nonlocal expired
            expired = True
            connecting.cancel()

        timer = None if connect_timeout is None else loop.call_later(connect_timeout, expire)
        try:
            _, connection = await connecting
        except asyncio.CancelledError:
            if expired and not _cancelling():
                raise httpx.ConnectTimeout("timed out connecting") from None
            raise
        except OSError as exc:  # ssl.SSLError (a certificate not trusted) among them
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        except (UnicodeError, ValueError, OverflowError) as exc:
            # See KeepAliveTransport._acquire: URLs are checked before they get here.
            raise httpx.ConnectError(f"cannot connect to that address: {exc}") from None
        finally:
            if timer is not None:
                timer.cancel()
        # asyncio sets TCP_NODELAY on every TCP connection it makes: requests leave at once.
        return connection

    def _connection_lost(self, connection: _Connection) -> None:
        """Stop counting ``connection`` among the open ones (once, however often it is said)."""
        if connection.counted:
            connection.counted = False
            self._open -= 1
            self._wake()

    def _wake(self) -> None:
        """Tell the first request waiting for room that there may be some."""
        while self._waiting:
            waiter = self._waiting.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _acquire(self, key: Key, timeouts: dict[str, float | None]) -> _Connection:
        """A usable pooled connection to ``key``, or a new one once there is room for it
        (``httpx.PoolTimeout`` when none comes within the pool timeout)."""
        loop = asyncio.get_running_loop()
        pool_timeout = timeouts.get("pool")
        until = None if pool_timeout is None else loop.time() + pool_timeout
        while True:
            if self._closed:
                raise ClientError(
                    "the client was closed while the request waited to be sent; it was not sent"
                )
            idle = self._idle.get(key)
            while idle:
                connection = idle.pop()
                if connection.usable:
                    return connection
                connection.abort()
            if self._open < MAX_CONNECTIONS:
                break
            # No room: an idle connection to another host makes some once it is closed.
            spare = next((pooled for pooled in self._idle.values() if pooled), None)
            if spare is not None:
                spare.pop(0).abort()
            await self._wait_for_room(loop, until)
        self._open += 1
        made: list[_Connection] = []
        try:
            connection = await self._connect(key, timeouts.get("connect"), made)
        except BaseException:
            if made:  # asyncio closes what it made, and the pool stops counting it now
                made[0].abort()
                self._connection_lost(made[0])
            else:
                self._open -= 1
                self._wake()
            raise
        if self._closed:
            connection.close()
            raise ClientError("the client was closed while the request was connecting; not sent")
        return connection

    async def _wait_for_room(self, loop: asyncio.AbstractEventLoop, until: float | None) -> None:
        """Wait until told there may be room for a connection (``httpx.PoolTimeout`` after
        ``until``, the loop's time). Waits on a future with a timer of its own rather than with
        ``asyncio.wait_for``, which on Python 3.10 and 3.11 can swallow a cancellation that
        comes as the future is done: the cancelled request would then be sent all the same."""
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiting.append(waiter)
        timer = None
        if until is not None:
            timer = loop.call_at(until, _expire, waiter)
        try:
            await waiter
        except BaseException:
            # Told there is room, and leaving all the same (cancelled as it was told): the
            # next request waiting is told instead, or it would wait for a room already free.
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._wake()
            raise
        finally:
            if timer is not None:
                timer.cancel()
            if waiter in self._waiting:
                self._waiting.remove(waiter)

    def _release(self, key: Key, connection: _Connection) -> None:
        idle = self._idle.setdefault(key, [])
        if connection.poolable and len(idle) < _POOL_LIMIT and not self._closed:
            idle.append(connection)
            self._wake()  # a request waiting for room may want this one
        else:
            self._close(connection)

    def _close(self, connection: _Connection) -> None:
        """Close a connection done with, kept track of until it is released."""
        connection.close()
        if not connection.lost.done():
            self._closing.add(connection)
            connection.lost.add_done_callback(lambda _: self._closing.discard(connection))

    async def exchange(
        self, key: Key, method: str, payload: bytes, timeouts: dict[str, float | None]
    ) -> Answer:
        """Send ``payload`` (a whole HTTP/1.1 request) and read the answer whole.

        Failures are raised as the ``httpx`` exceptions httpx's own transport would raise, as
        :meth:`KeepAliveTransport.exchange` does."""
        connection = await self._acquire(key, timeouts)
        self._busy.add(connection)
        try:
            answer = await connection.exchange(payload, method, timeouts)
        except READ_FAILURES as exc:
            connection.abort()  # after a TooLarge too: the rest of the body is still coming
            raise read_failure(exc) from None
        except BaseException:
            # Cancelled mid-exchange: an answer may still arrive on this connection, so it can
            # never carry another request.
            connection.abort()
            raise
        finally:
            self._busy.discard(connection)
        if answer.reusable:
            self._release(key, connection)
        else:
            self._close(connection)
        return answer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.extensions.get(STREAM):
            return await self._stream_transport().handle_async_request(request)
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {scheme!r}")
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        head = [b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), url.raw_path)]
        head += [b"%s: %s\r\n" % pair for pair in request.headers.raw]
        head.append(b"\r\n")
        payload = b"".join(head) + await request.aread()
        timeouts = request.extensions.get("timeout", {})
        answer = await self.exchange(key, request.method, payload, timeouts)
        return unread_response(answer.status, answer.reason, answer.headers, answer.body)

    def _stream_transport(self) -> httpx.AsyncHTTPTransport:
        if self._streams is None:
            self._streams = httpx.AsyncHTTPTransport(
                verify=self._ssl or shared_ssl_context(), limits=_ASYNC_LIMITS
            )
        return self._streams

    async def aclose(self) -> None:
        """Close every connection, the idle ones with their closing handshake, and end the
        requests under way (they fail as a connection lost); returns once the sockets are
        released, so that an event loop closed right after leaves none open."""
        self._closed = True
        # Requests waiting for room find the transport closed, and say so, at once.
        waiting, self._waiting = self._waiting, []
        for waiter in waiting:
            if not waiter.done():
                waiter.set_result(None)
        idle = [connection for pooled in self._idle.values() for connection in pooled]
        busy = list(self._busy)
        closing = list(self._closing)
        self._idle, self._busy = {}, set()
        for connection in idle:
            connection.close()
        for connection in busy:
            connection.abort()
        pending = [c.lost for c in idle + busy + closing if not c.lost.done()]
        if pending:
            # A TLS peer answers the closing handshake at once; one that does not is cut off.
            _, late = await asyncio.wait(pending, timeout=_CLOSING_TIME)
            if late:
                for connection in idle + closing:
                    connection.abort()
                await asyncio.wait(late, timeout=_CLOSING_TIME)
        if self._streams is not None:
            await self._streams.aclose()
