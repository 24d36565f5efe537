"""Fixtures for the simulator tests beyond didww's pytest plugin (``didww_simulator``,
``didww_client``, ``didww_server``, ``didww_clock``...): a raw httpx client for wire-level checks
and a tiny callback receiver."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from didww.testing import Simulator


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def as_json_api(request: httpx.Request) -> None:
    """Send a body as JSON:API when it was given as ``json=`` (which httpx labels
    ``application/json``) or as bare ``content=`` (unlabelled); multipart uploads keep theirs."""
    if request.headers.get("Content-Type", "application/json") == "application/json":
        request.headers["Content-Type"] = "application/vnd.api+json"


@pytest.fixture
def http(didww_simulator: Simulator) -> Iterator[httpx.Client]:
    """A raw httpx client on the in-process transport, with the API key, for wire-level checks.
    A ``json=`` body goes as JSON:API, as the API requires (multipart uploads keep theirs)."""
    with httpx.Client(
        transport=didww_simulator.transport(),
        base_url="http://sim.test/v3",
        headers={"Api-Key": didww_simulator.api_key},
        event_hooks={"request": [as_json_api]},
    ) as client:
        yield client


@dataclass(frozen=True)
class Received:
    """One callback as the receiver saw it."""

    method: str
    url: str
    headers: dict[str, str]
    payload: dict[str, str]
    query: str = ""
    """The query string as it arrived."""
    body: str = ""
    """The body as it arrived (a JSON callback's; ``payload`` is then empty)."""


class CallbackReceiver:
    """A loopback HTTP server that records every request it gets."""

    def __init__(self) -> None:
        self.requests: queue.Queue[Received] = queue.Queue()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                query = urlsplit(self.path).query
                is_json = (self.headers.get("Content-Type") or "").startswith("application/json")
                payload = {} if is_json else dict(parse_qsl(body or query, keep_blank_values=True))
                url = f"{receiver.url}{urlsplit(self.path).path}"
                received = Received(self.command, url, dict(self.headers), payload, query, body)
                receiver.requests.put(received)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _record

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    def next(self, timeout: float = 5.0) -> Received:
        return self.requests.get(timeout=timeout)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5.0)


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    running = CallbackReceiver()
    running.start()
    try:
        yield running
    finally:
        running.stop()
