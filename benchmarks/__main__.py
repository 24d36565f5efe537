"""``python -m benchmarks``: what the SDK costs, as ratios to floors measured in the same run.

* decoding a 1000-DID page, against ``json.loads`` of the same bytes;
* walking 20 pages of 50 DIDs plus 200 sequential ``find`` calls against a loopback server,
  against a minimal ``http.client`` loop sending the same requests on one connection;
* encrypting a 10 MB document for upload, against raw AES-256-CBC of the same bytes (skipped
  when ``cryptography`` is not installed).

Every figure is the median of several timed rounds.
"""

from __future__ import annotations

import http.client
import json
import statistics
import time
from collections.abc import Callable

import didww
from benchmarks.documents import did_page
from benchmarks.encryption import encryption_benchmark
from benchmarks.loopback import PAGE_SIZE, PAGES, LoopbackServer
from didww._core import USER_AGENT
from didww._document import decode_document
from didww.v2026_04_16._registry import REGISTRY


def _median_seconds(fn: Callable[[], object], rounds: int = 15) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _decode(body: bytes) -> list[didww.DID]:
    doc = decode_document(body, 200, many=True, expected_type=None, registry=REGISTRY)
    return doc.data  # type: ignore[return-value]


def _decode_and_read_everything(body: bytes) -> None:
    for did in _decode(body):
        for name in type(did)._ATTRIBUTES:
            getattr(did, name)
        group, trunk = did.did_group, did.voice_in_trunk
        _ = did.order, did.capacity_pool, did.address_verification
        if group is not None:
            _ = group.features
        if trunk is not None:
            _ = trunk.configuration


def _floor_requests(port: int, finds: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    # The same request headers the SDK sends (http.client adds Host and Accept-Encoding).
    headers = {
        "Accept": "application/vnd.api+json",
        "Content-Type": "application/vnd.api+json",
        "User-Agent": USER_AGENT,
        "X-DIDWW-API-Version": didww.API_VERSION,
        "Api-Key": "k",
    }
    for number in range(1, PAGES + 1):
        connection.request(
            "GET", f"/v3/dids?page[number]={number}&page[size]={PAGE_SIZE}", headers=headers
        )
        json.loads(connection.getresponse().read())
    for _ in range(finds):
        connection.request("GET", "/v3/dids/did-00001", headers=headers)
        json.loads(connection.getresponse().read())
    connection.close()


def _sdk_requests(client: didww.Client, finds: int) -> None:
    walked = sum(1 for _ in client.dids.iter(page_size=PAGE_SIZE))
    assert walked == PAGE_SIZE * PAGES
    for _ in range(finds):
        client.dids.find("did-00001")


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and this process's CPU seconds (the server runs in another process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def transport_benchmark(finds: int = 200, rounds: int = 21) -> None:
    with LoopbackServer() as server, didww.Client(api_key="k", base_url=server.url) as client:
        _floor_requests(server.port, finds)  # warm-up
        before = server.connections
        _sdk_requests(client, finds)  # warm-up: opens the SDK's connection
        floor_samples, sdk_samples = [], []
        for _ in range(rounds):  # interleaved, so drift affects both alike
            floor_samples.append(_timed(lambda: _floor_requests(server.port, finds)))
            sdk_samples.append(_timed(lambda: _sdk_requests(client, finds)))
        sdk_connections = server.connections - before - rounds  # the floor opens one a round
    print(
        f"\n{PAGES} pages of {PAGE_SIZE} DIDs + {finds} finds over loopback HTTP "
        f"(server in another process; median of {rounds} interleaved rounds)"
    )
    for index, what in ((0, "wall clock"), (1, "client CPU")):
        floor = statistics.median(s[index] for s in floor_samples)
        sdk = statistics.median(s[index] for s in sdk_samples)
        print(f"{'http.client loop (floor), ' + what:<50} {floor * 1e3:8.2f} ms  {1:5.2f}x floor")
        print(
            f"{'didww.Client (iter + find), ' + what:<50} {sdk * 1e3:8.2f} ms  "
            f"{sdk / floor:5.2f}x floor"
        )
    print(f"connections the SDK opened over {rounds + 1} rounds: {sdk_connections}")


def main() -> None:
    body = did_page(1000)
    floor = _median_seconds(lambda: json.loads(body))
    rows = [
        ("json.loads (floor)", floor),
        ("decode 1000 DIDs + 5 included types", _median_seconds(lambda: _decode(body))),
        (
            "decode + read every attribute and relationship",
            _median_seconds(lambda: _decode_and_read_everything(body)),
        ),
    ]
    print(f"document: {len(body) / 1e6:.2f} MB, 1000 DIDs, 5 included relationship types")
    for label, seconds in rows:
        print(f"{label:<50} {seconds * 1e3:8.2f} ms  {seconds / floor:5.2f}x json.loads")
    transport_benchmark()
    encryption_benchmark()


if __name__ == "__main__":
    main()
