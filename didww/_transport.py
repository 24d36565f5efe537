"""A lean HTTP/1.1 keep-alive transport for the sync client, built on ``http.client``.

httpx's default transport spends more time in Python per request than the network takes on a
fast link; this one keeps a small pool of ``http.client`` connections per host and hands httpx a
streamed response. It is used only when the caller supplies no ``http_client`` and no proxy is
configured in the environment; everything else goes through httpx's own transport.
"""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

_POOL_LIMIT = 10  # idle connections kept per host
STREAM = "didww.stream"
"""Request extension: set to True to get the body as a stream (downloads) instead of read."""
_CHUNK = 64 * 1024


def environment_has_proxy() -> bool:
    """Whether the environment asks for a proxy (httpx's own transport honours it; this one not)."""
    return any(urllib.request.getproxies().get(s) for s in ("http", "https", "all"))


class _Stream(httpx.SyncByteStream):
    """The body of one response; gives the connection back to the pool once read to the end."""

    def __init__(self, owner: KeepAliveTransport, key: Any, conn: Any, raw: Any) -> None:
        self._owner, self._key, self._conn, self._raw = owner, key, conn, raw

    def __iter__(self) -> Iterator[bytes]:
        with _reading(self._conn):
            while True:
                chunk = self._raw.read1(_CHUNK)
                if not chunk:
                    break
                yield chunk
            if self._raw.length:  # bytes still owed by a Content-Length body: the peer hung up
                raise http.client.IncompleteRead(b"", self._raw.length)
        self._owner._finish(self._key, self._conn, self._raw)
        self._conn = None

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        # Closed before the end: the connection is in an unknown state and cannot be reused.
        self._drop()


class KeepAliveTransport(httpx.BaseTransport):
    """HTTP/1.1 over pooled ``http.client`` connections; https is verified by default."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl = ssl_context or ssl.create_default_context()
        self._idle: dict[tuple[str, str, int], list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()

    def _acquire(
        self, key: tuple[str, str, int], connect_timeout: float | None
    ) -> http.client.HTTPConnection:
        with self._lock:
            idle = self._idle.get(key, [])
            while idle:
                conn = idle.pop()
                if _usable(conn):
                    return conn
                conn.close()
        scheme, host, port = key
        if scheme == "https":
            return http.client.HTTPSConnection(
                host, port, timeout=connect_timeout, context=self._ssl
            )
        return http.client.HTTPConnection(host, port, timeout=connect_timeout)

    def _finish(
        self, key: tuple[str, str, int], conn: http.client.HTTPConnection, raw: Any
    ) -> None:
        """After a body was read to its end: reuse the connection unless the server closes it."""
        raw.close()  # lets the connection send its next request
        if raw.will_close:
            conn.close()
        else:
            self._release(key, conn)

    def _release(self, key: tuple[str, str, int], conn: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < _POOL_LIMIT:
                idle.append(conn)
                return
        conn.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {scheme!r}")
        port = url.port or (443 if scheme == "https" else 80)
        key = (scheme, url.host, port)
        timeouts = request.extensions.get("timeout", {})
        conn = self._acquire(key, timeouts.get("connect"))
        target = url.raw_path.decode("ascii")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        body = request.read()
        try:
            if conn.sock is None:
                try:
                    conn.connect()
                except TimeoutError:
                    conn.close()
                    raise httpx.ConnectTimeout("timed out connecting") from None
                except OSError as exc:
                    conn.close()
                    raise httpx.ConnectError(str(exc)) from None
            sock: socket.socket = conn.sock
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(timeouts.get("read"))
            conn.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                conn.putheader(name, value)
            if body and not any(n.lower() == "content-length" for n, _ in headers):
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body or None)
            raw = conn.getresponse()
        except httpx.TransportError:
            raise
        except TimeoutError:
            conn.close()
            raise httpx.ReadTimeout("timed out waiting for the answer") from None
        except (http.client.RemoteDisconnected, http.client.BadStatusLine) as exc:
            conn.close()
            raise httpx.RemoteProtocolError(f"server disconnected: {exc}") from None
        except OSError as exc:
            conn.close()
            raise httpx.ReadError(str(exc)) from None
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": raw.reason.encode()}
        if request.extensions.get(STREAM):
            return httpx.Response(
                raw.status,
                headers=raw.getheaders(),
                stream=_Stream(self, key, conn, raw),
                extensions=extensions,
            )
        # API answers are small: reading them here saves a streaming round per request.
        with _reading(conn):
            content: bytes = raw.read()
        self._finish(key, conn, raw)
        return httpx.Response(
            raw.status, headers=raw.getheaders(), content=content, extensions=extensions
        )

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for conn in connections:
                conn.close()


@contextmanager
def _reading(conn: http.client.HTTPConnection | None) -> Iterator[None]:
    """Turn failures while reading a body into httpx errors; the connection is then discarded."""
    try:
        yield
    except http.client.IncompleteRead as exc:
        if conn is not None:
            conn.close()
        raise httpx.RemoteProtocolError(f"body cut short: {exc!r}") from None
    except TimeoutError:
        if conn is not None:
            conn.close()
        raise httpx.ReadTimeout("timed out reading the body") from None
    except OSError as exc:
        if conn is not None:
            conn.close()
        raise httpx.ReadError(str(exc)) from None


def _usable(conn: http.client.HTTPConnection) -> bool:
    """An idle keep-alive connection the server has not closed (readable now means EOF or junk)."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable
