"""Requests over loopback HTTP, against a bare ``http.client`` loop sending the same requests.

The server runs in another process and answers at once, so what is measured is the client: the
SDK builds, sends, parses and decodes; the floor sends the same bytes (same headers, same PATCH
body) on one kept-alive connection and runs ``json.loads`` on each answer. Wall clock and this
process's CPU time are reported separately (CPU includes the prefetch thread's work). The page
walk runs three ways: as ``iter()`` does by default (here, where a page arrives in well under
2 ms, without prefetching), with ``prefetch=True`` forced, and with ``prefetch=False``.

``AsyncClient`` gets its own floor: a bare asyncio loop writing the same bytes on one
kept-alive stream and running ``json.loads`` on each answer (an event loop's wake-ups cost what
a blocking socket's do not). Its rows also say what a bare ``httpx.AsyncClient`` loop takes
against that floor.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

import didww
from benchmarks.loopback import PAGE_SIZE, PAGES, LoopbackServer
from benchmarks.report import Row, paired_rounds, ratio_row
from didww._core import USER_AGENT

__all__ = ["HEADERS", "transport_benchmark"]

GROUP = "transport"
CALLS = 200

# The request headers the SDK sends (http.client adds Host and Content-Length).
HEADERS = {
    "Accept": "application/vnd.api+json",
    "Accept-Encoding": "gzip, deflate",
    "Content-Type": "application/vnd.api+json",
    "User-Agent": USER_AGENT,
    "X-DIDWW-API-Version": didww.API_VERSION,
    "Api-Key": "k",
}


def patch_body(id: str, description: str) -> bytes:
    """What ``client.dids.update`` sends after ``did.description = description``."""
    doc = {"data": {"type": "dids", "id": id, "attributes": {"description": description}}}
    return json.dumps(doc, separators=(",", ":")).encode()


class Floor:
    """The bare ``http.client`` loops."""

    def __init__(self, port: int) -> None:
        self.port = port

    def _exchange(
        self,
        connection: http.client.HTTPConnection,
        method: str,
        url: str,
        body: bytes | None = None,
    ) -> None:
        connection.request(method, url, body, headers=HEADERS)
        json.loads(connection.getresponse().read())

    def find(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        for _ in range(CALLS):
            self._exchange(connection, "GET", "/v3/dids/did-00001")
        connection.close()

    def update(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        for i in range(CALLS):
            body = patch_body("did-00001", f"line {i}")
            self._exchange(connection, "PATCH", "/v3/dids/did-00001", body)
        connection.close()

    def walk(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        for number in range(1, PAGES + 1):
            query = f"page[number]={number}&page[size]={PAGE_SIZE}"
            self._exchange(connection, "GET", f"/v3/dids?{query}")
        connection.close()


class Sdk:
    """The same work through ``didww.Client``."""

    def __init__(self, client: didww.Client) -> None:
        self.client = client
        self.did = client.dids.find("did-00001")

    def find(self) -> None:
        for _ in range(CALLS):
            self.client.dids.find("did-00001")

    def update(self) -> None:
        did = self.did
        for i in range(CALLS):
            did.description = f"line {i}"
            self.client.dids.update(did)

    def walk(self, prefetch: bool | None = None) -> None:
        walked = sum(1 for _ in self.client.dids.iter(page_size=PAGE_SIZE, prefetch=prefetch))
        assert walked == PAGE_SIZE * PAGES


class AsyncFloor:
    """The bare asyncio loops: the same request bytes as the ``http.client`` floor sends."""

    def __init__(self, port: int) -> None:
        self.port = port

    @staticmethod
    def _request(method: str, url: str, body: bytes | None = None) -> bytes:
        head = [f"{method} {url} HTTP/1.1", "Host: 127.0.0.1"]
        head += [f"{name}: {value}" for name, value in HEADERS.items()]
        if body is not None:
            head.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(head) + "\r\n\r\n").encode() + (body or b"")

    @staticmethod
    async def _exchange(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
    ) -> None:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        json.loads(await reader.readexactly(length))

    async def find(self) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        request = self._request("GET", "/v3/dids/did-00001")
        for _ in range(CALLS):
            await self._exchange(reader, writer, request)
        writer.close()
        await writer.wait_closed()

    async def update(self) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        for i in range(CALLS):
            body = patch_body("did-00001", f"line {i}")
            request = self._request("PATCH", "/v3/dids/did-00001", body)
            await self._exchange(reader, writer, request)
        writer.close()
        await writer.wait_closed()


class AsyncSdk:
    """The same work through ``didww.AsyncClient``, and through a bare ``httpx.AsyncClient``."""

    def __init__(self, client: didww.AsyncClient, http: httpx.AsyncClient, url: str) -> None:
        self.client, self.http, self.url = client, http, url
        self.did = didww.DID("did-00001")

    async def find(self) -> None:
        for _ in range(CALLS):
            await self.client.dids.find("did-00001")

    async def update(self) -> None:
        did = self.did
        for i in range(CALLS):
            did.description = f"line {i}"
            await self.client.dids.update(did)

    async def httpx_find(self) -> None:
        url = f"{self.url}/dids/did-00001"
        for _ in range(CALLS):
            json.loads((await self.http.get(url, headers=HEADERS)).content)


def _in_loop(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[None]]
) -> Callable[[], None]:
    return lambda: loop.run_until_complete(fn())


def _async_rows(url: str, port: int, rounds: int) -> list[Row]:
    loop = asyncio.new_event_loop()

    async def open_clients() -> AsyncSdk:
        return AsyncSdk(didww.AsyncClient(api_key="k", base_url=url), httpx.AsyncClient(), url)

    sdk = loop.run_until_complete(open_clients())
    floor = AsyncFloor(port)
    work: dict[str, Callable[[], Awaitable[None]]] = {
        "floor find": floor.find,
        "sdk find": sdk.find,
        "httpx find": sdk.httpx_find,
        "floor update": floor.update,
        "sdk update": sdk.update,
    }
    try:
        for fn in work.values():
            loop.run_until_complete(fn())  # warm-up
        cases = {name: _timed(_in_loop(loop, fn), cpu=False) for name, fn in work.items()}
        samples = paired_rounds(cases, rounds)
    finally:
        loop.run_until_complete(sdk.client.close())
        loop.run_until_complete(sdk.http.aclose())
        loop.close()
    httpx_ratio = statistics.median(
        h / f for h, f in zip(samples["httpx find"], samples["floor find"], strict=True)
    )
    return [
        ratio_row(
            GROUP,
            f"AsyncClient: {CALLS} x find, wall clock",
            "asyncio stream loop",
            samples["sdk find"],
            samples["floor find"],
            note=f"a bare httpx.AsyncClient loop: {httpx_ratio:.2f}x the same floor",
        ),
        ratio_row(
            GROUP,
            f"AsyncClient: {CALLS} x update (PATCH), wall clock",
            "asyncio stream loop",
            samples["sdk update"],
            samples["floor update"],
        ),
    ]


def _timed(fn: Callable[[], object], cpu: bool) -> Callable[[], float]:
    def sample() -> float:
        wall, used = time.perf_counter(), time.process_time()
        fn()
        return (time.process_time() - used) if cpu else (time.perf_counter() - wall)

    return sample


def transport_benchmark(rounds: int = 21) -> list[Row]:
    rows: list[Row] = []
    with LoopbackServer() as server, didww.Client(api_key="k", base_url=server.url) as client:
        floor, sdk = Floor(server.port), Sdk(client)
        work: dict[str, Callable[[], object]] = {
            "floor find": floor.find,
            "sdk find": sdk.find,
            "floor update": floor.update,
            "sdk update": sdk.update,
            "floor walk": floor.walk,
            "sdk walk": sdk.walk,
            "sdk walk prefetch": lambda: sdk.walk(prefetch=True),
            "sdk walk sequential": lambda: sdk.walk(prefetch=False),
        }
        for fn in work.values():
            fn()  # warm-up: connections open, code paths hot
        before = server.connections
        cases: dict[str, Callable[[], float]] = {}
        for name, fn in work.items():
            cases[f"{name} wall"] = _timed(fn, cpu=False)
            cases[f"{name} cpu"] = _timed(fn, cpu=True)
        samples = paired_rounds(cases, rounds)
        floor_connections = 3 * 2 * rounds  # the floor opens one per loop
        sdk_connections = server.connections - before - floor_connections
        async_rows = _async_rows(server.url, server.port, rounds)
    labels = {
        "find": f"{CALLS} x find",
        "update": f"{CALLS} x update (PATCH)",
        "walk": f"page walk, {PAGES} pages of {PAGE_SIZE} (default)",
        "walk prefetch": f"page walk, {PAGES} pages of {PAGE_SIZE} (prefetch=True)",
        "walk sequential": f"page walk, {PAGES} pages of {PAGE_SIZE} (prefetch=False)",
    }
    for what, label in labels.items():
        base = what.split()[0]
        for metric, shown in (("wall", "wall clock"), ("cpu", "client CPU")):
            note = ""
            if what == "find" and metric == "wall":
                note = f"connections the SDK opened over {rounds} rounds: {sdk_connections}"
            rows.append(
                ratio_row(
                    GROUP,
                    f"{label}, {shown}",
                    "http.client loop",
                    samples[f"sdk {what} {metric}"],
                    samples[f"floor {base} {metric}"],
                    note=note,
                )
            )
    return rows + async_rows
