"""The simulator on a real loopback socket: stdlib ``ThreadingHTTPServer``, HTTP/1.1 keep-alive.

Binds 127.0.0.1 only. :func:`serve` runs it in a background thread for the span of a ``with``
block; ``python -m didww.testing serve`` runs it in the foreground.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Generic, cast

from didww._arguments import check_methods, checked_function
from didww._errors import FILTERED, redact_url
from didww.testing import _usage as usage
from didww.testing._errors import internal_error
from didww.testing._faults import Exchange, truncate
from didww.testing._http import Headers, SimRequest, SimResponse
from didww.testing._simulator import AsyncT, Simulator, SyncT

logger = logging.getLogger("didww.testing")

HOST = "127.0.0.1"
IDLE_TIMEOUT = 30.0
"""Seconds a kept-alive connection may sit idle before the server closes it."""
MAX_BODY = 64 * 1024 * 1024


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default of 5 pending connections drops the rest of a burst (32 threads of
    # one client connecting at once), which the OS retries a second later: a stall no real API
    # shows, distorting timeouts and measurements made against the served simulator.
    request_queue_size = 128

    def __init__(self, simulator: Simulator[Any, Any], port: int) -> None:
        self.simulator = simulator
        self.stopping = threading.Event()
        """Set when the server stops, to end fault delays early."""
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__((HOST, port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-answer is routine for a test server; don't print tracebacks.
        logger.debug("connection from %s failed", client_address, exc_info=True)

    def close_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections so they exit."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "didww-simulator"
    timeout = IDLE_TIMEOUT
    # Headers and body go out in two writes; with Nagle's algorithm the body would wait for the
    # client's delayed ACK of the headers, about 40 ms per answer on Linux.
    disable_nagle_algorithm = True
    server: _Server

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            received = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                received += size
                if size == 0 or received > MAX_BODY:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            if received > MAX_BODY:
                raise ValueError("request body too large")
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        try:
            body = self._read_body()
            host = self.headers.get("Host") or f"{HOST}:{self.server.server_port}"
            request = SimRequest(
                self.command, f"http://{host}{self.path}", Headers(self.headers.items()), body
            )
            exchange = self.server.simulator.exchange(request)
        except Exception:  # the socket layer must answer too, never drop the connection silently
            logger.exception("didww simulator server failed on %s %s", self.command, self.path)
            exchange = Exchange(SimResponse.json(500, internal_error().document()))
            self.close_connection = True
        # A fault's delay is real time here: the client's timeout is. Stopping the server cuts
        # the wait short, and the connection is closed unanswered.
        if exchange.delay > 0 and self.server.stopping.wait(exchange.delay):
            self.close_connection = True
            return
        answer = exchange.response
        if answer is None:  # a "drop" fault: close the connection without a word
            self.close_connection = True
            return
        payload, length = answer.body, len(answer.body)
        if exchange.truncated:  # announce the whole body, send part of it, hang up
            payload, length = truncate(answer.body)
            self.close_connection = True
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        text = format % args
        line = getattr(self, "requestline", "")
        if line and line in text:
            # The request line's query may carry secrets (a signed download URL's signature, a
            # key sent as a filter): filtered as the simulator's request log filters them.
            text = text.replace(line, _shown_request_line(line))
        logger.debug("%s - %s", self.address_string(), text)


_SHOWN_BASE = "http://simulator"


def _shown_request_line(line: str) -> str:
    """``GET /v3/dids?filter%5Bapi_key%5D=... HTTP/1.1`` with the values of secret-looking
    query names filtered (:func:`didww._errors.redact_url`)."""
    method, _, rest = line.partition(" ")
    target, space, version = rest.rpartition(" ")
    if not space:
        target, version = rest, ""
    if "?" not in target:
        return line
    shown = redact_url(_SHOWN_BASE + target) if target.startswith("/") else ""
    if not shown.startswith(_SHOWN_BASE + "/"):  # not a path, or cut for an odd authority
        shown = _SHOWN_BASE + target.partition("?")[0] + "?" + FILTERED
    return " ".join(part for part in (method, shown[len(_SHOWN_BASE) :], version) if part)


class SimulatorServer(Generic[SyncT, AsyncT]):
    """A simulator served over HTTP on 127.0.0.1.

    Use it as a context manager (or call :meth:`start` and :meth:`stop`); :func:`serve` does both.
    """

    def __init__(self, simulator: Simulator[SyncT, AsyncT] | None = None, port: int = 0) -> None:
        self.simulator: Simulator[SyncT, AsyncT] = (
            simulator if simulator is not None else cast("Simulator[SyncT, AsyncT]", Simulator())
        )
        # Checked here: the socket module would raise a bare OverflowError for 70000.
        chosen = usage.port("port", port)
        try:
            self._httpd = _Server(self.simulator, chosen)
        except OSError as exc:  # the port is taken, or not ours to listen on
            raise usage.SimulatorUsageError(
                f"cannot listen on {HOST}:{chosen}: {exc.strerror or exc}; choose another port, "
                "or 0 for any free one"
            ) from None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The TCP port the server listens on (the free one picked when created with 0)."""
        return int(self._httpd.server_port)

    @property
    def base_url(self) -> str:
        """The base URL to give ``didww.Client`` (``http://127.0.0.1:<port>/v3``)."""
        return f"http://{HOST}:{self.port}/v3"

    @property
    def api_key(self) -> str:
        """The ``Api-Key`` the served simulator accepts."""
        return self.simulator.api_key

    def start(self) -> SimulatorServer[SyncT, AsyncT]:
        """Serve from a background thread."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="didww-simulator-server",
                daemon=True,
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve from the calling thread until interrupted."""
        self._httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Stop serving, close open connections and release the port."""
        self._httpd.stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5.0)
            self._thread = None
        self._httpd.close_connections()
        self._httpd.server_close()

    def client(self, **options: Any) -> SyncT:
        """A client of the served API version talking to this server over the socket, with
        credentials the simulator accepts (see :meth:`Simulator.client`)."""
        return cast(SyncT, self.simulator._connect(False, self.base_url, None, options))

    def async_client(self, **options: Any) -> AsyncT:
        """The async twin of :meth:`client`."""
        return cast(AsyncT, self.simulator._connect(True, self.base_url, None, options))

    def __enter__(self) -> SimulatorServer[SyncT, AsyncT]:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"SimulatorServer(base_url={self.base_url!r})"


@contextlib.contextmanager
@checked_function  # under contextmanager, which would hide the TypeError's origin
def serve(
    sim: Simulator[SyncT, AsyncT] | None = None, port: int = 0
) -> Iterator[SimulatorServer[SyncT, AsyncT]]:
    """Serve ``sim`` (a new :class:`Simulator` when None) on 127.0.0.1 for a ``with`` block.

    >>> with serve() as server:  # doctest: +SKIP
    ...     client = didww.Client(api_key=server.simulator.api_key, base_url=server.base_url)
    ...     same = server.client()  # the served version's client, with its credentials

    ``port=0`` picks a free port. The server is stopped and the port released on exit.
    """
    server: SimulatorServer[SyncT, AsyncT] = SimulatorServer(sim, port)
    try:
        yield server.start()
    finally:
        server.stop()


check_methods(SimulatorServer)  # a misspelt keyword raises ArgumentError, with the closest one
