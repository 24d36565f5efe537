"""A lean HTTP/1.1 keep-alive transport for the sync client.

httpx's default transport spends more time in Python per request than the network takes on a
fast link. This one keeps a small pool of sockets per host, writes each request in one send (httpx
has already validated its headers) and reads answers with :mod:`didww._http1` (streamed downloads
with ``http.client.HTTPResponse``). It is used only when the caller supplies no ``http_client``
and no proxy is configured in the environment; everything else goes through httpx's own
transport.

The sync client also calls :meth:`KeepAliveTransport.exchange` directly with request bytes it
built itself, skipping ``httpx.Request``/``httpx.Response`` for plain answers (see
``SyncClientBase._exchange_call`` in :mod:`didww._client`); both entry points share the pool,
the reader and the error mapping.
"""

from __future__ import annotations

import http.client
import os
import select
import socket
import ssl
import threading
import time
import urllib.request
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from didww import _body_limit
from didww._answer import unread_response
from didww._errors import ClientError, redact_string
from didww._http1 import Answer, CutShort, Disconnected, ProtocolError, Reader, TooLarge

if TYPE_CHECKING:
    from didww._async_transport import AsyncKeepAliveTransport

# Idle connections kept per host. Above the default batch concurrency (16), so a batch's workers
# find their sockets again rather than closing and reopening the surplus after every round.
_POOL_LIMIT = 32
# The async client's httpx pools (behind a proxy, and for downloads): httpx keeps 20 idle
# connections by default, fewer than a batch of 32 would reuse; the total stays httpx's default.
_ASYNC_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=_POOL_LIMIT)
STREAM = "didww.stream"
"""Request extension: set to True to get the body as a stream (downloads) instead of read."""
ANSWER_BY = "didww.answer_by"
"""Request extension: the ``time.monotonic()`` by which the whole answer of an attempt of a call
with a deadline must be in, its redirects and a resend with a new token included (see
``didww._core.Attempts.answer_by``). The cut timeouts bound each wait for the network, not
their sum: without it, a server sending a byte every few seconds would hold a wait() long past
its deadline."""
_CHUNK = 64 * 1024

Key = tuple[str, str, int]


def environment_has_proxy() -> bool:
    """Whether the environment asks for a proxy (httpx's own transport honours it; this one not)."""
    return any(urllib.request.getproxies().get(s) for s in ("http", "https", "all"))


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY`` for an https URL, then
    ``ALL_PROXY``), as the variable and its URL with any password filtered, or None when there
    is none or ``NO_PROXY`` exempts the host: for an error about a connection that went through
    it, which would otherwise name only the API's host."""
    proxies = urllib.request.getproxies()
    for key in (url.scheme, "all"):
        proxy = proxies.get(key)
        if proxy:
            if urllib.request.proxy_bypass(url.host):
                return None
            return f"{key.upper()}_PROXY={redact_string(proxy)}"
    return None


_SSL_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_SSL_LOCK = threading.Lock()


def shared_ssl_context() -> ssl.SSLContext:
    """httpx's default context (certifi's authorities, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``
    when set), made once per process for each value of those variables and shared by the SDK's
    own clients, sync and async alike: a server one of them trusts, every one trusts.

    Made once because loading the authorities takes tens of milliseconds, which every client
    (and every event loop an ``AsyncClient`` runs in) paid, blocking its loop meanwhile. A
    context is safe to share between threads. Its authorities are those read when it was made:
    a bundle changed on disk afterwards is read by the next process. httpx sets the context's
    ALPN protocols on every connection it makes (``http/1.1`` for all of the SDK's clients, so
    sharing it changes nothing). A setting httpx cannot use raises :class:`~didww.ClientError`
    (see :func:`environment_settings`). The sync client looks the context up at its first https
    connection, the async one when it opens its pool."""
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    context = _SSL_CONTEXTS.get(key)
    if context is None:
        with _SSL_LOCK, environment_settings():
            context = _SSL_CONTEXTS.get(key)
            if context is None:
                context = _SSL_CONTEXTS[key] = httpx.create_ssl_context()
    return context


def async_http_client() -> tuple[httpx.AsyncClient, AsyncKeepAliveTransport | None]:
    """The ``httpx.AsyncClient`` an ``AsyncClient`` uses when the caller gives none, and the
    SDK's own async transport under it, which the client also drives directly; on httpx's
    transport (no SDK transport then) when the environment names a proxy."""
    context = shared_ssl_context()
    with environment_settings():
        if environment_has_proxy():
            return httpx.AsyncClient(limits=_ASYNC_LIMITS, verify=context), None
        from didww._async_transport import AsyncKeepAliveTransport  # loads asyncio

        transport = AsyncKeepAliveTransport(context)
        return httpx.AsyncClient(transport=transport), transport


def proxied_http_client() -> httpx.Client:
    """The ``httpx.Client`` a sync ``Client`` sends through when the environment names a proxy
    (which the SDK's own transport does not speak)."""
    context = shared_ssl_context()
    with environment_settings():
        return httpx.Client(verify=context)


@contextmanager
def environment_settings() -> Iterator[None]:
    """Around building the SDK's own httpx client, which reads the environment's proxy and
    certificate settings: one it cannot use (``ALL_PROXY=socks5://...`` without the socks extra,
    an ``ftp://`` proxy, a proxy URL that does not parse, an ``SSL_CERT_FILE`` that is not
    there) raises :class:`~didww.ClientError` naming it, rather than httpx's ImportError,
    ValueError or InvalidURL."""
    try:
        yield
    except (ImportError, ValueError, OSError, httpx.InvalidURL) as exc:
        detail = redact_string(str(exc))
        raise ClientError(
            f"the HTTP settings of the environment cannot be used ({detail}): check the "
            "HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, SSL_CERT_FILE and SSL_CERT_DIR variables, or "
            "pass an http_client of your own"
        ) from None


WRITE_TIMED_OUT = (
    "timed out sending the request: the server took no more of it within the write timeout"
)
"""The message of a write timeout on both of the SDK's own transports."""


def _send(sock: socket.socket, payload: bytes, timeouts: dict[str, float | None]) -> None:
    """Write a whole request, no more than the write timeout at a time without progress
    (``httpx.WriteTimeout``, as httpx's transport raises), and leave the socket waiting by the
    read timeout for the answer."""
    write_timeout, read_timeout = timeouts.get("write"), timeouts.get("read")
    # A system call each time: only on change (the default timeout is the same for both).
    if sock.gettimeout() != write_timeout:
        sock.settimeout(write_timeout)
    try:
        sock.sendall(payload)
    except TimeoutError:
        raise httpx.WriteTimeout(WRITE_TIMED_OUT) from None
    if write_timeout != read_timeout:
        sock.settimeout(read_timeout)


READ_FAILURES = (TimeoutError, ProtocolError, CutShort, TooLarge, OSError)
"""What reading an answer with :mod:`didww._http1` can raise (``Disconnected`` is a
``ProtocolError``); :func:`read_failure` says what it becomes."""


def read_failure(exc: BaseException) -> Exception:
    """The error a failure in :data:`READ_FAILURES` is raised as, by both of the SDK's own
    transports: the ``httpx`` exception httpx's own transport would raise, so that retries and
    messages do not depend on which transport ran (an answer too long: the SDK's own error)."""
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout("timed out waiting for the answer")
    if isinstance(exc, Disconnected):
        return httpx.RemoteProtocolError(f"server disconnected: {exc}")
    if isinstance(exc, CutShort):
        return httpx.RemoteProtocolError(f"body cut short: {exc}")
    if isinstance(exc, TooLarge):
        return _body_limit.too_large(exc.status, exc.limit)
    if isinstance(exc, ProtocolError):
        return httpx.RemoteProtocolError(f"unreadable answer: {exc}")
    return httpx.ReadError(str(exc) or type(exc).__name__)


class _Stream(httpx.SyncByteStream):
    """The body of one response; gives the socket back to the pool once read to the end."""

    def __init__(self, owner: KeepAliveTransport, key: Key, sock: socket.socket, raw: Any) -> None:
        self._owner, self._key, self._raw = owner, key, raw
        self._sock: socket.socket | None = sock

    def __iter__(self) -> Iterator[bytes]:
        with _reading(self._sock, self._raw):
            while True:
                chunk = self._raw.read1(_CHUNK)
                if not chunk:
                    break
                yield chunk
            if self._raw.length:  # bytes still owed by a Content-Length body: the peer hung up
                raise http.client.IncompleteRead(b"", self._raw.length)
        sock, self._sock = self._sock, None
        if sock is not None:
            self._owner._finish(self._key, sock, self._raw)

    def close(self) -> None:
        # Closed before the end: the connection is in an unknown state and cannot be reused.
        _discard(self._sock, self._raw)
        self._sock = None


class KeepAliveTransport(httpx.BaseTransport):
    """HTTP/1.1 over pooled sockets; https is verified as httpx verifies it by default."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        # None: the shared default (see shared_ssl_context), looked up at the first https
        # connection, so that a client that never makes one (a simulator on http) never loads
        # the authorities.
        self._ssl = ssl_context
        self._idle: dict[Key, list[socket.socket]] = {}
        self._lock = threading.Lock()
        # Set by close(): a request still in flight then (a page fetched ahead by another thread)
        # closes its socket when done instead of pooling it where nothing would close it.
        self._closed = False
        _TRANSPORTS.add(self)

    def _after_fork(self) -> None:
        """In a child process: forget the parent's connections. Shared with the parent, one
        socket would carry both processes' requests, and each could read the other's answer;
        the child's copies are closed (the parent's stay open) and it connects anew. The lock is
        made again: another thread of the parent may have held it when the process forked."""
        self._lock = threading.Lock()
        idle, self._idle = self._idle, {}
        for sockets in idle.values():
            for sock in sockets:
                sock.close()

    def _acquire(self, key: Key, connect_timeout: float | None) -> socket.socket:
        with self._lock:
            if self._closed:
                # The client's own check passed just before another thread closed it: nothing
                # may be sent once close() has returned, and nothing would close a new socket.
                raise ClientError(
                    "the client was closed while the request waited to be sent; it was not sent"
                )
            idle = self._idle.get(key, [])
            while idle:
                sock = idle.pop()
                if idle_socket_usable(sock):
                    return sock
                sock.close()
        scheme, host, port = key
        try:
            sock = socket.create_connection((host, port), timeout=connect_timeout)
        except TimeoutError:
            raise httpx.ConnectTimeout("timed out connecting") from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc)) from None
        except (UnicodeError, ValueError, OverflowError) as exc:
            # A host the resolver cannot encode (an empty or 64-character label) or a port out
            # of range: URLs are checked before they get here (didww._core.url_refusal), so
            # this is the last line, for one that slipped past.
            raise httpx.ConnectError(f"cannot connect to that address: {exc}") from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if scheme == "https":
            context = self._ssl or shared_ssl_context()
            try:
                sock = context.wrap_socket(sock, server_hostname=host)
            except TimeoutError:
                sock.close()
                raise httpx.ConnectTimeout("timed out in the TLS handshake") from None
            except OSError as exc:
                sock.close()
                raise httpx.ConnectError(str(exc)) from None
            except BaseException:  # Ctrl-C in the handshake: the socket is nobody's to close
                sock.close()
                raise
        if self._closed:
            # Closed while this connection was being opened: nothing may be sent once close()
            # has returned.
            sock.close()
            raise ClientError("the client was closed while the request was connecting; not sent")
        return sock

    def _finish(self, key: Key, sock: socket.socket, raw: Any) -> None:
        """After a streamed body was read to its end: reuse the socket unless the server
        closes it."""
        raw.close()
        if raw.will_close:
            sock.close()
            return
        self._release(key, sock)

    def _release(self, key: Key, sock: socket.socket) -> None:
        """Pool a socket whose answer was read to its end."""
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < _POOL_LIMIT and not self._closed:
                idle.append(sock)
                return
        sock.close()

    def exchange(
        self,
        key: Key,
        method: str,
        payload: bytes,
        timeouts: dict[str, float | None],
        until: float | None = None,
    ) -> Answer:
        """Send ``payload`` (a whole HTTP/1.1 request) and read the answer whole, by the
        ``time.monotonic()`` ``until`` when given (see :data:`ANSWER_BY`).

        Failures are raised as the ``httpx`` exceptions httpx's own transport would raise, so
        retries and error messages do not depend on which transport ran.
        """
        connect_timeout = timeouts.get("connect")
        if until is not None:
            _body_limit.check_time_to_send(until)  # a redirect's hop, or a resend, too late
            left = until - time.monotonic()
            connect_timeout = left if connect_timeout is None else min(connect_timeout, left)
        sock = self._acquire(key, connect_timeout)
        try:
            _send(sock, payload, timeouts)
            answer = Reader(sock, _body_limit.MAX_ANSWER_BYTES, until).read_answer(method)
        except READ_FAILURES as exc:
            sock.close()  # after a TooLarge too: the rest of the body is still coming
            if isinstance(exc, TimeoutError) and until is not None and time.monotonic() >= until:
                raise httpx.ReadTimeout(_body_limit.NOT_OVER_IN_TIME) from None
            raise read_failure(exc) from None
        except BaseException:
            # Interrupted (Ctrl-C) mid-exchange: an answer may still arrive on this socket, so
            # it can never carry another request; closed now rather than left to the collector.
            sock.close()
            raise
        if answer.reusable:
            self._release(key, sock)
        else:
            sock.close()
        return answer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {scheme!r}")
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        timeouts = request.extensions.get("timeout", {})
        head = [b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), url.raw_path)]
        head += [b"%s: %s\r\n" % pair for pair in request.headers.raw]
        head.append(b"\r\n")
        payload = b"".join(head) + request.read()
        if not request.extensions.get(STREAM):
            until = request.extensions.get(ANSWER_BY)
            answer = self.exchange(key, request.method, payload, timeouts, until)
            return unread_response(answer.status, answer.reason, answer.headers, answer.body)
        sock = self._acquire(key, timeouts.get("connect"))
        raw = None
        try:
            _send(sock, payload, timeouts)
            raw = http.client.HTTPResponse(sock, method=request.method)
            raw.begin()
        except TimeoutError:
            _discard(sock, raw)
            raise httpx.ReadTimeout("timed out waiting for the answer") from None
        except (http.client.RemoteDisconnected, http.client.BadStatusLine) as exc:
            _discard(sock, raw)
            raise httpx.RemoteProtocolError(f"server disconnected: {exc!r}") from None
        except (http.client.HTTPException, OSError) as exc:
            _discard(sock, raw)
            raise httpx.ReadError(str(exc)) from None
        except BaseException:  # interrupted: as in exchange(), the socket cannot be reused
            _discard(sock, raw)
            raise
        # Downloads can be large: their body is handed over as it arrives. http.client decodes
        # the head as latin-1, and httpx encodes str headers as ASCII: the bytes go back as they
        # came, so a UTF-8 file name (Content-Disposition, x-amz-meta-*) reads as on httpx's
        # own transport instead of failing.
        return httpx.Response(
            raw.status,
            headers=[(_wire(name), _wire(value)) for name, value in raw.getheaders()],
            stream=_Stream(self, key, sock, raw),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": _wire(raw.reason)},
        )

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
            self._closed = True
        for sockets in idle.values():
            for sock in sockets:
                sock.close()


_TRANSPORTS: weakref.WeakSet[KeepAliveTransport] = weakref.WeakSet()
"""Every transport of this process, for :func:`_forget_connections_in_child`."""


def _forget_connections_in_child() -> None:
    global _SSL_LOCK
    # Another thread of the parent may have been loading the authorities when it forked: held
    # in the child, the lock would never be released there.
    _SSL_LOCK = threading.Lock()
    for transport in list(_TRANSPORTS):
        transport._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX: a forked child must not share the parent's sockets
    os.register_at_fork(after_in_child=_forget_connections_in_child)


def _wire(text: str) -> bytes:
    """The bytes of a header text ``http.client`` decoded (latin-1 maps each byte to one
    character, so this cannot fail)."""
    return text.encode("latin-1")


def _discard(sock: socket.socket | None, raw: Any) -> None:
    """Close a connection that cannot be reused, with the reader on top of it."""
    if raw is not None:
        raw.close()
    if sock is not None:
        sock.close()


@contextmanager
def _reading(sock: socket.socket | None, raw: Any) -> Iterator[None]:
    """Turn failures while reading a body into httpx errors; the socket is then discarded."""
    try:
        yield
    except http.client.IncompleteRead as exc:
        _discard(sock, raw)
        raise httpx.RemoteProtocolError(f"body cut short: {exc!r}") from None
    except http.client.HTTPException as exc:  # a chunk size or trailer line past 64 KiB, say
        _discard(sock, raw)
        raise httpx.RemoteProtocolError(f"broken body: {type(exc).__name__}: {exc}") from None
    except TimeoutError:
        _discard(sock, raw)
        raise httpx.ReadTimeout("timed out reading the body") from None
    except OSError as exc:
        _discard(sock, raw)
        raise httpx.ReadError(str(exc)) from None


def idle_socket_usable(sock: Any) -> bool:
    """An idle keep-alive socket the server has not closed (readable now means EOF or junk);
    ``sock`` is a socket or anything with its ``fileno()`` (asyncio's socket view)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except ValueError:
        # select() cannot watch a descriptor numbered FD_SETSIZE (1024) or above, which every
        # new socket gets in a process holding many files open: without this, each pooled
        # socket would be thrown away and every request would open a new connection.
        return _usable_by_poll(sock)
    except OSError:
        return False
    return not readable


def _usable_by_poll(sock: Any) -> bool:
    """:func:`idle_socket_usable` for descriptors ``select()`` refuses (where ``poll()`` exists)."""
    poll = getattr(select, "poll", None)
    if poll is None:
        return False
    try:
        poller = poll()
        poller.register(sock, select.POLLIN)
        return not poller.poll(0)  # any event (data, hang-up, error): not reusable
    except (OSError, ValueError):  # closed meanwhile (no descriptor)
        return False
