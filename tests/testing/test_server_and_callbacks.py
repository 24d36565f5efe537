"""Over a real loopback socket: the server, export downloads and signed callbacks."""

from __future__ import annotations

import csv
import gzip
import http.client
import inspect
import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

import didww
from didww import enums
from didww.testing import DEFAULT_API_KEY, SEED, ManualClock, Simulator, SimulatorServer, serve
from didww.testing._cli import main
from tests.testing.conftest import CallbackReceiver

Q = didww.QueryParams
PERIOD = {"from": "2026-04-01 00:00:00", "to": "2026-04-10 00:00:00"}


def test_server_serves_the_sdk_with_keep_alive(didww_server: SimulatorServer) -> None:
    assert didww_server.base_url == f"http://127.0.0.1:{didww_server.port}/v3"
    with didww_server.client(max_retries=0) as client:
        for _ in range(3):  # several requests over one kept-alive connection
            assert client.balance.find().total_balance == 100
        groups = client.did_groups.list(
            Q().include("did_group_type").filter("country.id", SEED.country_gb).page(1, 2)
        )
        assert groups.total_records == 3 and len(groups) == 2
        assert groups.links["next"].startswith(didww_server.base_url + "/did_groups?")
        with pytest.raises(didww.NotFoundError):
            client.dids.find("missing")
    with httpx.Client(base_url=didww_server.base_url) as raw:
        answer = raw.get(
            "/countries",
            headers={
                "Api-Key": didww_server.simulator.api_key,
                "Content-Type": "application/vnd.api+json",
            },
        )
        assert (
            answer.status_code == 200
            and answer.headers["content-type"] == "application/vnd.api+json"
        )
        assert raw.get("/countries").status_code == 401
        assert raw.request("PUT", "/countries").status_code == 405


def test_connections_are_kept_alive(didww_server: SimulatorServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", didww_server.port, timeout=5)
    try:
        sockets = []
        for _ in range(3):
            connection.request("GET", "/v3/public_keys", headers={"Api-Key": DEFAULT_API_KEY})
            answer = connection.getresponse()
            assert answer.status == 200 and len(json.loads(answer.read())["data"]) == 2
            assert not answer.will_close
            sockets.append(connection.sock)
        assert sockets[0] is not None and all(s is sockets[0] for s in sockets)
    finally:
        connection.close()


def test_answers_are_not_held_back_by_nagles_algorithm(didww_server: SimulatorServer) -> None:
    # Headers and body go out in two writes: with Nagle's algorithm on, each answer's body
    # waited ~40 ms for the client's delayed ACK of its headers. The server's end of every
    # connection has it off.
    with didww_server.client(max_retries=0) as client:
        client.balance.find()
        server = didww_server._httpd
        with server._connections_lock:
            connections = list(server._connections)
        assert connections
        for connection in connections:
            assert connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_server_reads_chunked_bodies(didww_server: SimulatorServer) -> None:
    body = b'{"data": {"type": "voice_in_trunk_groups", "attributes": {"name": "Chunked"}}}'

    def chunks() -> Iterator[bytes]:
        yield body[:20]
        yield body[20:]

    with httpx.Client(base_url=didww_server.base_url) as raw:
        answer = raw.post(
            "/voice_in_trunk_groups",
            content=chunks(),
            headers={
                "Api-Key": didww_server.simulator.api_key,
                "Content-Type": "application/vnd.api+json",
            },
        )
    assert answer.status_code == 201 and answer.json()["data"]["attributes"]["name"] == "Chunked"


@pytest.mark.anyio
async def test_async_client_over_the_server_shares_state(didww_server: SimulatorServer) -> None:
    async with didww_server.async_client(max_retries=0) as client:
        group = await client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Async"))
    with didww_server.client(max_retries=0) as sync:
        assert sync.voice_in_trunk_groups.find(group.id).name == "Async"


def test_export_completes_and_downloads_as_gzipped_csv(
    didww_server: SimulatorServer, didww_clock: ManualClock
) -> None:
    with didww_server.client(max_retries=0) as client:
        export = client.exports.create(
            didww.Export(export_type=enums.ExportType.CDR_IN, filters=PERIOD)
        )
        assert export.status == enums.ExportStatus.PENDING and export.url is None
        didww_clock.advance(1)
        assert client.exports.find(export.id).status == enums.ExportStatus.PENDING
        didww_clock.advance(1)
        done = client.exports.find(export.id)
        assert done.status == enums.ExportStatus.COMPLETED
        assert done.url == f"{didww_server.base_url}/exports/{export.id}.csv.gz"
        with httpx.Client() as raw:
            download = raw.get(done.url, headers={"Api-Key": didww_server.api_key})
            assert raw.get(done.url).status_code == 401
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/gzip"
    rows = list(csv.reader(io.StringIO(gzip.decompress(download.content).decode())))
    assert rows[0][:3] == ["Date/Time Start (UTC)", "Source", "DID"]
    # Three made-up rows, inside the export's period and in time order.
    times = [row[0] for row in rows[1:]]
    assert len(times) == 3 and times == sorted(times)
    assert all(PERIOD["from"] <= t < PERIOD["to"] for t in times), times


def test_export_with_bad_filters_is_422(didww_client: didww.Client) -> None:
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.exports.create(
            # Dates without a time: the API wants "YYYY-MM-DD HH:MM:SS".
            didww.Export(
                export_type=enums.ExportType.CDR_OUT,
                filters={"from": "2026-04-02", "to": "2026-04-03"},
            )
        )
    assert str(caught.value.errors[0].source_pointer).startswith("/data/attributes/filters")


def test_signed_callbacks_reach_a_loopback_receiver(
    didww_simulator: Simulator,
    didww_client: didww.Client,
    didww_clock: ManualClock,
    receiver: CallbackReceiver,
) -> None:
    validator = didww.RequestValidator(didww_simulator.callback_secret)
    order = didww_client.orders.create(
        didww.Order(
            items=[didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
            callback_url=f"{receiver.url}/orders?token=abc",
            callback_method=enums.CallbackMethod.POST,
        )
    )
    got = receiver.next()
    assert got.method == "POST"
    assert got.payload == {"id": order.id, "status": "completed", "type": "orders"}
    signature = got.headers[didww.SIGNATURE_HEADER]
    assert validator.validate(f"{receiver.url}/orders?token=abc", got.payload, signature)
    assert not validator.validate(f"{receiver.url}/orders", got.payload, signature)

    export = didww_client.exports.create(
        didww.Export(
            export_type=enums.ExportType.CDR_OUT,
            filters=PERIOD,
            callback_url=f"{receiver.url}/exports",
        )
    )
    didww_clock.advance(2)
    didww_simulator.tick()  # nobody polls: the tick alone completes the export and calls back
    got = receiver.next()
    # The file's url is in the payload, as the 2026-10-22 document requires (it was left out).
    file_url = didww_client.exports.find(export.id or "").url
    assert file_url and got.payload == {
        "id": export.id,
        "status": "completed",
        "type": "exports",
        "url": file_url,
    }
    assert validator.validate(
        f"{receiver.url}/exports", got.payload, got.headers[didww.SIGNATURE_HEADER]
    )
    assert didww_simulator.wait_for_callbacks(5.0)
    assert [d.status_code for d in didww_simulator.deliveries] == [200, 200]


def test_callbacks_to_other_hosts_are_never_sent(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    didww_client.orders.create(
        didww.Order(
            items=[didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)],
            callback_url="http://example.com/hook",
        )
    )
    assert didww_simulator.wait_for_callbacks(1.0)
    (delivery,) = didww_simulator.deliveries
    assert (
        delivery.status_code is None and delivery.error is not None and "loopback" in delivery.error
    )


def test_serve_stops_and_releases_the_port() -> None:
    with serve() as server:
        port = server.port
        with httpx.Client() as raw:
            keys = raw.get(f"{server.base_url}/public_keys", headers={"Api-Key": DEFAULT_API_KEY})
            assert keys.status_code == 200
    with SimulatorServer(port=port) as again:  # the port is free again
        assert again.port == port


def test_command_line_serves_until_stopped() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.testing", "serve", "--port", "0", "--api-key", "cli-key"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        base_url = line.split()[3]
        assert "cli-key" not in line  # a key given on the command line is not echoed
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v3")
        deadline = time.monotonic() + 5
        with didww.Client(api_key="cli-key", base_url=base_url, max_retries=0) as client:
            while True:
                try:
                    assert client.balance.find().total_balance == 100
                    break
                except didww.APIConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()


def test_serve_help_shows_every_default_and_they_are_the_simulators(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # one line per option
    with pytest.raises(SystemExit) as info:
        main(["serve", "--help"])
    assert info.value.code == 0
    # Each option's entry: its line, plus the help text argparse puts on the next one.
    lines: dict[str, str] = {}
    option = ""
    for line in capsys.readouterr().out.split("options:")[1].splitlines():
        if line.startswith("  -"):
            option = line.split()[0].rstrip(",")
            lines[option] = line.strip()
        elif option and line.strip():
            lines[option] += " " + line.strip()
    assert set(lines) == {
        "-h",
        "--port",
        "--api-version",
        "--api-key",
        "--callback-secret",
        "--order-delay",
        "--export-delay",
        "--review-delay",
        "--reservation-ttl",
        "--reservation-limit",
        "--balance",
        "--no-seed",
        "--token-ttl",
        "-v",
    }
    for option, line in lines.items():
        assert option == "-h" or "(default: " in line, line
    assert lines["--port"].endswith("(default: 8080)")
    assert lines["--no-seed"].endswith("(default: False)")
    # Each simulator setting defaults to what Simulator() itself does.
    for name, parameter in inspect.signature(Simulator).parameters.items():
        if name not in ("clock", "seed", "api_version"):
            option = "--" + name.replace("_", "-")
            assert lines[option].endswith(f"(default: {parameter.default})"), option
    assert lines["--api-key"].endswith(f"(default: {DEFAULT_API_KEY})")
    # Simulator() serves the SDK's default version, which --help names.
    assert lines["--api-version"].endswith(f"(default: {didww.API_VERSION})")


def test_the_simulators_settings_show_no_key_or_secret() -> None:
    """A traceback that shows locals prints the settings: neither secret may be in them."""
    from didww.testing._context import Settings

    settings = Settings(api_key="key-ABC123", callback_secret="secret-XYZ789")
    assert "key-ABC123" not in repr(settings) and "secret-XYZ789" not in repr(settings)
    assert "order_delay" in repr(settings)
