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
import socket
import ssl

import httpx

from didww import _body_limit
from didww._answer import unread_response
from didww._errors import ClientError
from didww._http1 import Answer, CutShort, Disconnected, Parser, ProtocolError, Steps, TooLarge
from didww._transport import _ASYNC_LIMITS, _POOL_LIMIT, STREAM, Key, shared_ssl_context

__all__ = ["AsyncKeepAliveTransport"]


class _Connection(asyncio.Protocol):
    """One connection; parses the answer it waits for as its bytes arrive.

    A connection holding no request is idle: bytes arriving then (the peer and the parser
    disagree about where the last answer ended) or the peer closing make it unusable.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self._parser = Parser(_body_limit.MAX_ANSWER_BYTES)
        self._steps: Steps[Answer] | None = None
        self._answer: asyncio.Future[Answer] | None = None
        self._last_data = 0.0
        self.broken = False

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
        if self._steps is None:
            return
        if exc is None:
            self._step(b"")
        else:
            self._end(exc)

    # --- the exchange -------------------------------------------------------------------------

    @property
    def usable(self) -> bool:
        """Whether the connection may carry another request."""
        transport = self.transport
        return not self.broken and transport is not None and not transport.is_closing()

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

    async def exchange(self, payload: bytes, method: str, read_timeout: float | None) -> Answer:
        """Write ``payload`` (a whole request) and wait for its answer, no more than
        ``read_timeout`` seconds at a time between two arrivals of bytes (``TimeoutError``)."""
        transport = self.transport
        assert transport is not None  # connected before it is used
        loop = self._loop
        steps = self._parser.answer(method)
        next(steps)  # nothing is buffered on a usable connection: it waits for the first bytes
        future: asyncio.Future[Answer] = loop.create_future()
        self._answer = future
        self._steps = steps
        self._last_data = loop.time()
        timer = None
        if read_timeout is not None:
            timer = loop.call_at(self._last_data + read_timeout, self._check_time, read_timeout)
        try:
            transport.write(payload)
            return await future
        finally:
            self._steps = None
            self._answer = None
            if timer is not None:
                timer.cancel()

    def _check_time(self, read_timeout: float) -> None:
        """The read timer: fails the exchange once ``read_timeout`` passed without bytes."""
        if self._steps is None:
            return
        due = self._last_data + read_timeout
        if self._loop.time() >= due:
            self._end(TimeoutError("timed out waiting for the answer"))
        else:  # bytes came meanwhile: wait from the last of them
            self._loop.call_at(due, self._check_time, read_timeout)

    def close(self) -> None:
        self.broken = True
        if self.transport is not None:
            self.transport.close()


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

    async def _connect(self, key: Key, connect_timeout: float | None) -> _Connection:
        scheme, host, port = key
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            context = self._ssl or shared_ssl_context()
        try:
            _, connection = await asyncio.wait_for(
                loop.create_connection(
                    lambda: _Connection(loop),
                    host,
                    port,
                    ssl=context,
                    server_hostname=host if context is not None else None,
                ),
                connect_timeout,
            )
        except asyncio.TimeoutError:
            raise httpx.ConnectTimeout("timed out connecting") from None
        except OSError as exc:  # ssl.SSLError (a certificate not trusted) among them
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        except (UnicodeError, ValueError, OverflowError) as exc:
            # See KeepAliveTransport._acquire: URLs are checked before they get here.
            raise httpx.ConnectError(f"cannot connect to that address: {exc}") from None
        transport = connection.transport
        assert transport is not None
        sock = transport.get_extra_info("socket")
        if sock is not None:  # asyncio sets it too, on most platforms: made sure of here
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._closed:
            connection.close()
            raise ClientError("the client was closed while the request was connecting; not sent")
        return connection

    async def _acquire(self, key: Key, connect_timeout: float | None) -> _Connection:
        if self._closed:
            raise ClientError(
                "the client was closed while the request waited to be sent; it was not sent"
            )
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            if connection.usable:
                return connection
            connection.close()
        return await self._connect(key, connect_timeout)

    def _release(self, key: Key, connection: _Connection) -> None:
        idle = self._idle.setdefault(key, [])
        if connection.usable and len(idle) < _POOL_LIMIT and not self._closed:
            idle.append(connection)
        else:
            connection.close()

    async def exchange(
        self, key: Key, method: str, payload: bytes, timeouts: dict[str, float | None]
    ) -> Answer:
        """Send ``payload`` (a whole HTTP/1.1 request) and read the answer whole.

        Failures are raised as the ``httpx`` exceptions httpx's own transport would raise, as
        :meth:`KeepAliveTransport.exchange` does."""
        connection = await self._acquire(key, timeouts.get("connect"))
        self._busy.add(connection)
        try:
            answer = await connection.exchange(payload, method, timeouts.get("read"))
        except TimeoutError:
            connection.close()
            raise httpx.ReadTimeout("timed out waiting for the answer") from None
        except Disconnected as exc:
            connection.close()
            raise httpx.RemoteProtocolError(f"server disconnected: {exc}") from None
        except CutShort as exc:
            connection.close()
            raise httpx.RemoteProtocolError(f"body cut short: {exc}") from None
        except TooLarge as exc:
            connection.close()  # the rest of the body is still coming: never reuse it
            raise _body_limit.too_large(exc.status, exc.limit) from None
        except ProtocolError as exc:
            connection.close()
            raise httpx.RemoteProtocolError(f"unreadable answer: {exc}") from None
        except OSError as exc:
            connection.close()
            raise httpx.ReadError(str(exc) or type(exc).__name__) from None
        except BaseException:
            # Cancelled mid-exchange: an answer may still arrive on this connection, so it can
            # never carry another request.
            connection.close()
            raise
        finally:
            self._busy.discard(connection)
        if answer.reusable:
            self._release(key, connection)
        else:
            connection.close()
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
        self._closed = True
        idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()
        busy, self._busy = self._busy, set()
        for connection in busy:
            connection.close()
        if self._streams is not None:
            await self._streams.aclose()
