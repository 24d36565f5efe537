"""A real HTTP/1.1 loopback server for download tests: it streams generated bodies (chunked or
with a Content-Length), can cut a body short, and records every request's headers."""

from __future__ import annotations

import hashlib
import json
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CSV_HEADER = b"date,source,destination,duration,charge,disconnect_reason\n"
CSV_ROW = b"2026-04-01 10:00:00,12015550100,442071234567,65,0.0125,answered\n"


@dataclass
class Route:
    body: Callable[[], Iterable[bytes]]
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    length: int | None = None
    """Content-Length to announce; None streams the body chunked."""


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class FileServer:
    """``with FileServer() as server:``; ``server.api_url`` is a base URL for clients."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._http = _QuietServer(("127.0.0.1", 0), _Handler)
        self._http.owner = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def foreign_url(self) -> str:
        """The same server under another host name: not the API host for the client."""
        return f"http://localhost:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + "/v3"

    def __enter__(self) -> FileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)

    def serve(
        self,
        path: str,
        body: bytes | Callable[[], Iterable[bytes]],
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        chunked: bool = False,
        length: int | None = None,
    ) -> None:
        if isinstance(body, bytes):
            data = body
            self.routes[path] = Route(
                lambda: [data],
                status,
                headers or {},
                None if chunked else (len(data) if length is None else length),
            )
        else:
            self.routes[path] = Route(body, status, headers or {}, length)

    def serve_json(self, path: str, document: Any, status: int = 200) -> None:
        self.serve(
            path,
            json.dumps(document).encode(),
            status=status,
            headers={"Content-Type": "application/vnd.api+json"},
        )

    def requests_to(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path == path]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-body is what several tests do on purpose


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        owner: FileServer = self.server.owner  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        with owner._lock:
            owner.seen.append(Seen("GET", path, {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(path)
        if route is None:
            route = Route(lambda: [b'{"errors":[{"title":"not found","status":"404"}]}'], 404)
            route.length = len(next(iter(route.body())))
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(route.length))
        self.end_headers()
        try:
            sent = 0
            for chunk in route.body():
                if not chunk:
                    continue
                if route.length is None:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                else:
                    self.wfile.write(chunk)
                sent += len(chunk)
            if route.length is None:
                self.wfile.write(b"0\r\n\r\n")
            elif sent < route.length:  # announced more than it has: hang up mid-body
                self.close_connection = True
            self.wfile.flush()
        except OSError:
            self.close_connection = True


def csv_blocks(total: int, block_size: int = 1 << 20, row: bytes = CSV_ROW) -> Iterator[bytes]:
    """``total`` bytes of CSV (a header, then the same row again and again), in blocks."""
    rows = row * (block_size // len(row))
    yield CSV_HEADER
    left = total - len(CSV_HEADER)
    while left > 0:
        block = rows if left >= len(rows) else rows[:left]
        yield block
        left -= len(block)


def gzip_stream(blocks: Iterable[bytes], level: int = 1) -> Iterator[bytes]:
    """One gzip member, compressed as the blocks come (the whole text is never in memory)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for block in blocks:
        out = compressor.compress(block)
        if out:
            yield out
    yield compressor.flush()


def digest(blocks: Iterable[bytes]) -> tuple[int, str]:
    """Size and SHA-256 of the bytes the blocks make up."""
    sha, size = hashlib.sha256(), 0
    for block in blocks:
        sha.update(block)
        size += len(block)
    return size, sha.hexdigest()
