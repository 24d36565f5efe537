"""A small keep-alive HTTP/1.1 server on 127.0.0.1 serving canned DID pages, for benchmarks.

It runs in its own process, so its Python work does not compete with the client for the GIL.
It answers ``GET /v3/dids`` (pages), ``GET /v3/dids/ID`` and ``PATCH /v3/dids/ID``; with
``delay`` every answer waits that long first, like a distant API (each connection has its own
thread, so concurrent requests wait concurrently).
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

PAGE_SIZE = 50
PAGES = 20


def _did(i: int) -> dict[str, Any]:
    return {
        "id": f"did-{i:05d}",
        "type": "dids",
        "attributes": {
            "number": f"1609555{i:05d}",
            "description": None,
            "blocked": False,
            "capacity_limit": 10,
            "created_at": "2026-03-01T12:30:45.123Z",
        },
        "relationships": {
            "voice_in_trunk": {"links": {"self": f"/v3/dids/did-{i:05d}/relationships/t"}}
        },
    }


class _Server:
    """The server itself; lives in the child process."""

    def __init__(self, connections: Any, delay: float, page_count: int, page_size: int) -> None:
        self.connections = connections
        owner = self
        pages = {}
        for number in range(1, page_count + 1):
            start = (number - 1) * page_size
            doc: dict[str, Any] = {
                "data": [_did(i) for i in range(start, start + page_size)],
                "meta": {"total_records": page_size * page_count},
                "links": {},
            }
            if number < page_count:
                doc["links"]["next"] = f"/v3/dids?page[number]={number + 1}&page[size]={page_size}"
            pages[number] = json.dumps(doc).encode()
        single = json.dumps({"data": _did(1)}).encode()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Without these, headers and body leave in separate packets and delayed ACKs add
            # ~40 ms to every request, hiding what the client itself costs.
            disable_nagle_algorithm = True
            wbufsize = 1 << 16

            def setup(self) -> None:
                super().setup()
                with owner.connections.get_lock():
                    owner.connections.value += 1

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/v3/dids":
                    number = int(parse_qs(parts.query).get("page[number]", ["1"])[0])
                    body = pages.get(number, pages[page_count])
                else:
                    body = single
                self._answer(body)

            def do_PATCH(self) -> None:
                # The request body is read (the connection stays usable) and the DID sent back.
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                doc = {"data": {**_did(1), "id": urlsplit(self.path).path.rsplit("/", 1)[-1]}}
                self._answer(json.dumps(doc).encode())

            def _answer(self, body: bytes) -> None:
                if delay:
                    time.sleep(delay)
                self.send_response(200)
                self.send_header("Content-Type", "application/vnd.api+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            # The default backlog of 5 drops connections when 16 clients connect at once.
            request_queue_size = 128

        self.http = Server(("127.0.0.1", 0), Handler)


def _serve(
    port: Any, connections: Any, stop: Any, delay: float, page_count: int, page_size: int
) -> None:
    server = _Server(connections, delay, page_count, page_size)
    port.value = server.http.server_address[1]
    thread = threading.Thread(target=server.http.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    stop.wait(600)  # bounded: a benchmark never runs that long
    server.http.shutdown()
    server.http.server_close()


class LoopbackServer:
    """Use as ``with LoopbackServer() as server``; ``connections`` counts accepted sockets."""

    def __init__(
        self, *, delay: float = 0.0, pages: int = PAGES, page_size: int = PAGE_SIZE
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._port = context.Value("i", 0)
        self._connections = context.Value("i", 0)
        self._stop = context.Event()
        self._process = context.Process(
            target=_serve,
            args=(self._port, self._connections, self._stop, delay, pages, page_size),
            daemon=True,
        )

    @property
    def connections(self) -> int:
        return int(self._connections.value)

    @property
    def port(self) -> int:
        return int(self._port.value)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v3"

    def __enter__(self) -> LoopbackServer:
        self._process.start()
        for _ in range(500):
            if self._port.value:
                break
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(timeout=10)
