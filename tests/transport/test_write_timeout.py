"""The write timeout, on both of the SDK's own transports: a server that takes none of a request
for that long ends it as a write timeout (the request did not get out whole), whatever the read
timeout is; a request that does get out is then bounded by the read timeout alone."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww._async_transport import AsyncKeepAliveTransport
from didww._transport import KeepAliveTransport

BIG = 32 * 1024 * 1024
"""More than any socket buffer takes: a request this long is out only if the server reads it."""
# Read and connect timeouts long enough that a test ending by one of them fails its assertion
# rather than passing by accident; the write timeout short, so that a passing test is quick.
TIMEOUTS = {"connect": 20.0, "read": 20.0, "write": 0.3, "pool": 20.0}


class DeafServer:
    """Accepts connections and never reads from them (a server stuck, or a full link)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.port = self._listener.getsockname()[1]
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:  # closed: the test is over
                return
            self._held.append(conn)

    def close(self) -> None:
        self._listener.close()
        for conn in self._held:
            conn.close()


@pytest.fixture
def deaf() -> Iterator[DeafServer]:
    server = DeafServer()
    yield server
    server.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _post(port: int, body: bytes, timeouts: dict[str, Any]) -> httpx.Request:
    return httpx.Request(
        "POST",
        f"http://127.0.0.1:{port}/v3/encrypted_files",
        content=body,
        extensions={"timeout": timeouts},
    )


def test_the_sync_transport_ends_a_request_the_server_does_not_take(deaf: DeafServer) -> None:
    transport = KeepAliveTransport()
    with pytest.raises(httpx.WriteTimeout, match="timed out sending the request"):
        transport.handle_request(_post(deaf.port, b"x" * BIG, TIMEOUTS))
    transport.close()


@pytest.mark.anyio
async def test_the_async_transport_ends_a_request_the_server_does_not_take(
    deaf: DeafServer,
) -> None:
    transport = AsyncKeepAliveTransport()
    with pytest.raises(httpx.WriteTimeout, match="timed out sending the request"):
        await transport.handle_async_request(_post(deaf.port, b"x" * BIG, TIMEOUTS))
    assert not any(transport._idle.values())  # the connection was not kept
    await transport.aclose()


@pytest.mark.anyio
async def test_a_request_that_fits_the_buffers_waits_by_the_read_timeout(
    deaf: DeafServer,
) -> None:
    # A short request is out at once: a server that then says nothing is a read timeout, even
    # with a write timeout shorter than the read timeout.
    short = {**TIMEOUTS, "read": 0.5, "write": 0.1}
    transport = AsyncKeepAliveTransport()
    with pytest.raises(httpx.ReadTimeout):
        await transport.handle_async_request(_post(deaf.port, b"{}", short))
    await transport.aclose()
    sync = KeepAliveTransport()
    with pytest.raises(httpx.ReadTimeout):
        sync.handle_request(_post(deaf.port, b"{}", short))
    sync.close()


def _huge_note() -> didww.DID:
    return didww.DID("d1", description="x" * BIG)


def test_the_clients_report_a_write_timeout_as_such(deaf: DeafServer) -> None:
    timeout = httpx.Timeout(20.0, write=0.3)
    url = f"http://127.0.0.1:{deaf.port}"
    client = didww.Client(api_key="secret-api-key", base_url=url, timeout=timeout)
    with client, pytest.raises(didww.APITimeoutError, match="write timeout") as raised:
        client.dids.update(_huge_note())
    assert "secret-api-key" not in str(raised.value)

    async def main() -> None:
        async with didww.AsyncClient(
            api_key="secret-api-key", base_url=url, timeout=timeout, max_retries=0
        ) as client:
            with pytest.raises(didww.APITimeoutError, match="write timeout"):
                await client.dids.update(_huge_note())

    asyncio.run(main())
