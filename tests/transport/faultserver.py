"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on cue, for transport tests.

Each arriving request takes the next action from a script (then the default action): answer,
answer slowly, reset the connection before or after reading the request, cut the body short,
send a body that does not end, redirect. The server counts connections and the requests it read
in full.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

MAX_SLOW_SECONDS = 2.0


@dataclass
class Received:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Action:
    kind: (
        str  # respond | reset_before_read | reset_after_read | truncated | slow | endless |
        # chunked | trickle
    )
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    framing: str = ""  # endless: chunked | close
    chunk: int = 0  # chunked: bytes per chunk
    head: bool = False  # trickle: the head too, not only the body


def respond(
    status: int = 200,
    body: Any = None,
    headers: dict[str, str] | None = None,
    content_type: str = "application/vnd.api+json",
) -> Action:
    raw = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
    return Action("respond", status, raw, {"Content-Type": content_type, **(headers or {})})


def html_502() -> Action:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    return respond(502, page, content_type="text/html")


def redirect(location: str, status: int = 302) -> Action:
    return Action("respond", status, b"", {"Location": location})


RESET_BEFORE_READ = Action("reset_before_read")
RESET_AFTER_READ = Action("reset_after_read")


def truncated(body: Any) -> Action:
    return Action("truncated", 200, json.dumps(body).encode())


ENDLESS_SECONDS = 10.0
"""How long an endless body is sent at most, should the client never stop reading it."""


def endless(framing: str, *, first: bytes = b"", headers: dict[str, str] | None = None) -> Action:
    """A 200 whose body never ends, until the client closes the connection: ``chunked`` (one
    64 KiB chunk after another) or ``close`` (no length: the body ends when the connection
    does). ``first`` is sent before the endless part (a gzip member, with ``headers`` saying
    so)."""
    if framing not in ("chunked", "close"):
        raise ValueError(framing)
    return Action("endless", 200, first, dict(headers or {}), framing=framing)


def chunked(status: int, body: bytes, size: int, headers: dict[str, str] | None = None) -> Action:
    """``body`` sent with chunked transfer coding, ``size`` bytes per chunk (framed here, so that
    the server only sends)."""
    extra = {"Content-Type": "application/vnd.api+json", **(headers or {})}
    framed = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
        for i in range(0, len(body), size)
    )
    return Action("chunked", status, framed + b"0\r\n\r\n", extra, chunk=size)


def trickle(answer: Action | Any, interval: float, *, head: bool = False) -> Action:
    """``answer`` (an action of :func:`respond` or :func:`redirect`, or a body for a 200) sent
    a byte every ``interval`` seconds (its head too, when ``head`` is set): each byte well
    within any read timeout, the whole far longer than a test waits. It stops when the client
    goes, or after ENDLESS_SECONDS."""
    action = answer if isinstance(answer, Action) else respond(200, answer)
    action.kind, action.delay, action.head = "trickle", interval, head
    return action


def slow(seconds: float, body: Any = None) -> Action:
    return delayed(respond(200, body), seconds)


def delayed(action: Action, seconds: float) -> Action:
    """``action`` (of :func:`respond` or :func:`redirect`) sent whole after ``seconds``."""
    action.kind, action.delay = "slow", min(seconds, MAX_SLOW_SECONDS)
    return action


_ServerT = TypeVar("_ServerT", bound="FaultServer")


class FaultServer:
    """Start with ``with FaultServer() as server:``; ``server.url`` is its base URL."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.script: list[Action] = []
        self.default: Callable[[Received], Action] = lambda r: respond(200, {"data": []})
        self.received: list[Received] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._server = _Server((host, 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def wait_received(self, count: int, timeout: float = 5.0) -> int:
        """How many requests the server has read, once it has read ``count`` or ``timeout``
        seconds have passed: a request the client has written may still be on its way to the
        server's thread when the client's call returns."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                got = len(self.received)
            if got >= count or time.monotonic() >= deadline:
                return got
            time.sleep(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v3"

    def __enter__(self: _ServerT) -> _ServerT:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def queue(self, *actions: Action) -> FaultServer:
        with self._lock:
            self.script.extend(actions)
        return self

    def _next(self) -> Action | None:
        with self._lock:
            return self.script.pop(0) if self.script else None


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64  # concurrent clients connect at once; 5 made some SYNs wait 1 s
    owner: FaultServer


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        owner: FaultServer = self.server.owner  # type: ignore[attr-defined]
        sock: socket.socket = self.request
        sock.settimeout(5)
        with owner._lock:
            owner.connections += 1
        reader = sock.makefile("rb")
        for _ in range(1000):  # bounded keep-alive loop
            try:
                if not sock.recv(1, socket.MSG_PEEK):
                    return
            except OSError:
                return
            action = owner._next()
            if action is not None and action.kind == "reset_before_read":
                _reset(sock)
                return
            received = _read_request(reader)
            if received is None:
                return
            with owner._lock:
                owner.received.append(received)
            if action is None:
                action = owner.default(received)
            if action.kind == "reset_after_read":
                _reset(sock)
                return
            if action.kind == "slow":
                time.sleep(action.delay)
            try:
                if action.kind == "endless":
                    _send_endless(sock, action)
                    return
                if action.kind == "chunked":
                    _send_chunked(sock, action)
                    return
                if action.kind == "trickle":
                    _send_trickle(sock, action)
                    return
                if action.kind == "truncated":
                    head = _head(
                        action.status,
                        {"Content-Type": "application/vnd.api+json"},
                        len(action.body),
                    )
                    sock.sendall(head + action.body[: len(action.body) // 2])
                    sock.close()
                    return
                sock.sendall(_head(action.status, action.headers, len(action.body)) + action.body)
            except OSError:
                return


def _send_endless(sock: socket.socket, action: Action) -> None:
    """See :func:`endless`; returns when the client has gone (or after ENDLESS_SECONDS)."""
    framing = action.framing
    lines = ["HTTP/1.1 200 X", "Content-Type: application/vnd.api+json"]
    lines += ["Transfer-Encoding: chunked"] if framing == "chunked" else ["Connection: close"]
    lines += [f"{k}: {v}" for k, v in action.headers.items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
    piece = b"[" + b" " * (64 * 1024 - 1)
    first = action.body
    if framing == "chunked":
        piece = b"%x\r\n%s\r\n" % (len(piece), piece)
        first = b"%x\r\n%s\r\n" % (len(first), first) if first else b""
    try:
        sock.sendall(first)
    except OSError:
        sock.close()
        return
    deadline = time.monotonic() + ENDLESS_SECONDS
    try:
        while time.monotonic() < deadline:
            sock.sendall(piece)
    except OSError:
        return  # the client closed the connection
    finally:
        sock.close()


def _send_trickle(sock: socket.socket, action: Action) -> None:
    """See :func:`trickle`; the connection is closed afterwards, as its head says."""
    head = _head(action.status, action.headers, len(action.body), keep_alive=False)
    whole = head + action.body
    at_once = 0 if action.head else len(head)
    deadline = time.monotonic() + ENDLESS_SECONDS
    try:
        sock.sendall(whole[:at_once])
        for i in range(at_once, len(whole)):
            if time.monotonic() >= deadline:
                break
            time.sleep(action.delay)
            sock.sendall(whole[i : i + 1])
    except OSError:
        pass  # the client closed the connection
    finally:
        sock.close()


def _send_chunked(sock: socket.socket, action: Action) -> None:
    """See :func:`chunked`; the connection is closed afterwards."""
    lines = [f"HTTP/1.1 {action.status} X", "Transfer-Encoding: chunked", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in action.headers.items()]
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        sock.sendall(action.body)
    except OSError:
        pass
    finally:
        sock.close()


def _head(status: int, headers: dict[str, str], length: int, *, keep_alive: bool = True) -> bytes:
    connection = "keep-alive" if keep_alive else "close"
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {length}", f"Connection: {connection}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _read_request(reader: Any) -> Received | None:
    line = reader.readline(65536)
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        raw = reader.readline(65536)
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0") or 0))
    parts = urlsplit(target)
    return Received(method, parts.path, parse_qsl(parts.query), headers, body)
