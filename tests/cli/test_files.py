"""``exports wait``, ``exports download`` and ``encrypted-files upload``: in-process, and as a
separate process against the simulator served on loopback, with the progress bar drawn on a
pseudo-terminal and left out when the output is piped."""

from __future__ import annotations

import datetime as dt
import fcntl
import gzip
import inspect
import io
import os
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

import didww
from didww.testing import Simulator, SimulatorServer
from tests.cli.conftest import ROOT, Runner, child_env, in_process_client, spawn
from tests.transport.support import FakeClock

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")
BYTES = re.compile(r"\d+(\.\d+)?/\d+(\.\d+)? (bytes|kB|MB)")
RATE = re.compile(r"\d+(\.\d+)? (bytes|kB|MB|GB)/s")
BAR = "━"


def recent_period(sim: Simulator) -> dict[str, str]:
    """The day up to ``sim``'s now, as export ``filters``: these simulators keep real time, and
    the API exports only from the current and the two preceding months, never the future."""
    now = dt.datetime.fromtimestamp(sim.clock(), dt.timezone.utc)
    day = dt.timedelta(days=1)
    return {"from": f"{now - day:%Y-%m-%d %H:%M:%S}", "to": f"{now:%Y-%m-%d %H:%M:%S}"}


def new_export(sim: Simulator, server: SimulatorServer | None = None) -> str:
    """A CDR export; made through ``server`` when given, so its file URL is on that server."""
    if server is None:
        client = sim.client()
    else:
        client = didww.Client(api_key=sim.api_key, base_url=server.base_url, max_retries=0)
    with client:
        export = client.exports.create(
            didww.Export(export_type=didww.enums.ExportType.CDR_IN, filters=recent_period(sim))
        )
    assert export.id is not None
    return export.id


def expected_csv(sim: Simulator, export_id: str, server: SimulatorServer | None = None) -> bytes:
    """The export's file as the SDK itself downloads it (gunzipped)."""
    buffer = io.BytesIO()
    if server is None:
        client = sim.client()
    else:
        client = didww.Client(api_key=sim.api_key, base_url=server.base_url, max_retries=0)
    with client:
        client.exports.download(export_id, buffer)
    assert buffer.getvalue().count(b"\n") > 1
    return buffer.getvalue()


def test_wait_then_download_in_process(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    export = new_export(sim)
    waited = cli("exports", "wait", export, "--timeout", "30", "-o", "json")
    assert waited.code == 0, waited.err
    assert waited.json()["attributes"]["status"] == "completed"
    destination = tmp_path / "cdr.csv"
    result = cli("exports", "download", export, str(destination))
    assert result.code == 0, result.err
    assert destination.read_bytes() == expected_csv(sim, export)
    assert result.err.startswith("didww: saved ") and str(destination) in result.err
    assert BAR not in result.err and "/s" not in result.err  # not a terminal: no bar


def test_download_can_wait_and_refuses_an_export_that_is_not_ready(
    cli: Runner, tmp_path: Path
) -> None:
    sim = Simulator(export_delay=3600)
    export = new_export(sim)
    factory = in_process_client(sim)
    result = cli(
        "exports", "download", export, str(tmp_path / "x.csv"),
        env={"DIDWW_API_KEY": sim.api_key}, factory=factory,
    )  # fmt: skip
    assert result.code == 1
    assert f"export {export} is not ready to download (status pending)" in result.err
    assert f"`didww exports wait {export}`" in result.err
    assert list(tmp_path.iterdir()) == []


def test_wait_gives_up_after_its_timeout(cli: Runner) -> None:
    sim = Simulator(export_delay=3600)
    export = new_export(sim)
    clock = FakeClock()  # the client's clock: polls advance it instead of sleeping
    result = cli(
        "exports", "wait", export, "--timeout", "10",
        env={"DIDWW_API_KEY": sim.api_key}, factory=in_process_client(sim, clock=clock),
    )  # fmt: skip
    assert result.code == 1
    assert f"Export {export} did not reach completed within 10 s" in result.err
    assert sum(clock.sleeps) == pytest.approx(10)
    result = cli(
        "exports", "download", export, "out.csv", "--wait", "--timeout", "5",
        env={"DIDWW_API_KEY": sim.api_key}, factory=in_process_client(sim, clock=FakeClock()),
    )  # fmt: skip
    assert result.code == 1 and "did not reach completed within 5 s" in result.err


def test_without_timeout_wait_uses_the_sdks_default(cli: Runner) -> None:
    sim = Simulator(export_delay=3600)
    export = new_export(sim)
    with sim.client() as client:
        default = inspect.signature(client.exports.wait).parameters["timeout"].default
    for args in (["wait", export], ["download", export, "out.csv", "--wait"]):
        clock = FakeClock()
        result = cli(
            "exports", *args,
            env={"DIDWW_API_KEY": sim.api_key}, factory=in_process_client(sim, clock=clock),
        )  # fmt: skip
        assert result.code == 1
        assert f"did not reach completed within {default:g} s" in result.err
        assert sum(clock.sleeps) == pytest.approx(default)


def test_bad_download_destinations_exit_2(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    export = new_export(sim)
    result = cli("exports", "download", export, str(tmp_path))
    assert result.code == 2 and "is a folder" in result.err
    result = cli("exports", "download", export, str(tmp_path / "no" / "such" / "file.csv"))
    assert result.code == 2 and "does not exist" in result.err
    assert cli("exports", "download", export, "x.csv", "--timeout", "5").code == 2


def test_upload_several_documents(cli: Runner, sim: Simulator, tmp_path: Path) -> None:
    files = []
    for name in ("passport.pdf", "bill.pdf"):
        path = tmp_path / name
        path.write_bytes(b"%PDF-1.7\n" + name.encode() * 200 + b"\n%%EOF\n")
        files.append(str(path))
    result = cli("encrypted-files", "upload", *files, "--description", "KYC", "-o", "json")
    assert result.code == 0, result.err
    uploaded = result.json()
    assert [u["attributes"]["description"] for u in uploaded] == ["KYC", "KYC"]
    held = {str(r["id"]) for r in sim.resources("encrypted_files")}
    assert {u["id"] for u in uploaded} == held and len(held) == 2


def test_a_failed_upload_counts_what_went_before_it_only_when_something_did(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    files = []
    for name in ("passport.pdf", "bill.pdf"):
        path = tmp_path / name
        path.write_bytes(b"%PDF-1.7\n" + name.encode() * 200 + b"\n%%EOF\n")
        files.append(str(path))
    sim.faults.add(status=422, method="POST", path="/encrypted_files")
    first = cli("encrypted-files", "upload", *files)
    assert first.code == 1
    assert "before the error" not in first.err  # "uploaded 0 of 2 files" said nothing
    assert sim.resources("encrypted_files") == []


def test_upload_checks_every_file_before_sending_any(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for bad, message in ((tmp_path / "missing.pdf", "is not a file"), (empty, "is empty")):
        result = cli("encrypted-files", "upload", str(good), str(bad))
        assert result.code == 2 and message in result.err
    assert sim.resources("encrypted_files") == []


# --- a separate process against the served simulator -----------------------------------------


def run_on_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes, str]:
    """Run the CLI with stderr on a pseudo-terminal (100 columns) and stdout on a pipe; returns
    the exit status, stdout, and what the terminal received."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.cli", *args],
        env={**env, "TERM": "xterm-256color"},
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    screen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                raise AssertionError("the CLI wrote nothing for a minute")
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        out = process.stdout.read() if process.stdout else b""
        code = process.wait(timeout=60)
    finally:
        os.close(master)
        if process.stdout:
            process.stdout.close()
    return code, out, ANSI.sub("", screen.decode("utf-8", "replace"))


def test_download_draws_a_progress_bar_on_a_terminal(
    server: SimulatorServer, sim: Simulator, tmp_path: Path
) -> None:
    export = new_export(sim, server)
    destination = tmp_path / "cdr.csv"
    code, _, screen = run_on_terminal(
        ["exports", "download", export, str(destination), "--wait"], child_env(server)
    )
    assert code == 0, screen
    assert destination.read_bytes() == expected_csv(sim, export, server)
    assert f"export {export}" in screen and BAR in screen
    assert BYTES.search(screen), screen  # e.g. 0.2/0.2 kB
    assert RATE.search(screen), screen  # e.g. 25.3 kB/s
    assert "saved" in screen


def test_download_piped_has_no_bar_and_can_go_to_stdout(
    server: SimulatorServer, sim: Simulator, tmp_path: Path
) -> None:
    export = new_export(sim, server)
    destination = tmp_path / "cdr.csv"
    done = spawn(["exports", "download", export, str(destination), "--wait"], child_env(server))
    assert done.returncode == 0, done.stderr
    assert destination.read_bytes() == expected_csv(sim, export, server)
    err = done.stderr.decode()
    assert err.startswith("didww: saved ") and BAR not in err and not RATE.search(err)
    assert "\x1b[" not in err  # no terminal control codes in a pipe
    to_stdout = spawn(["exports", "download", export, "-"], child_env(server))
    assert to_stdout.returncode == 0 and to_stdout.stdout == expected_csv(sim, export, server)
    raw = spawn(["exports", "download", export, "-", "--no-gunzip"], child_env(server))
    assert gzip.decompress(raw.stdout) == expected_csv(sim, export, server)


@pytest.mark.parametrize(
    "args", [["did-groups", "list"], ["did-groups", "list", "-o", "csv"], ["exports", "download"]]
)
def test_a_reader_that_went_away_ends_quietly_with_0(
    server: SimulatorServer, sim: Simulator, args: list[str]
) -> None:
    if args[0] == "exports":
        args = [*args, new_export(sim, server), "-"]
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `didww ... | head` once head has exited: every write fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "didww.cli", *args],
            env=child_env(server), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=write_end,
            stderr=subprocess.PIPE, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    # The reader took what it wanted: 0 whenever the pipe closed, so `set -o pipefail` scripts
    # do not fail at random.
    assert done.returncode == 0
    assert done.stderr == b""  # no traceback, no "Exception ignored" from the final flush


def test_upload_draws_a_bar_per_file_on_a_terminal(
    server: SimulatorServer, sim: Simulator, tmp_path: Path
) -> None:
    document = tmp_path / "passport.pdf"
    document.write_bytes(b"%PDF-1.7\n" + os.urandom(20000) + b"\n%%EOF\n")
    code, out, screen = run_on_terminal(
        ["encrypted-files", "upload", str(document), "-o", "csv"], child_env(server)
    )
    assert code == 0, screen
    assert "passport.pdf" in screen and BAR in screen
    assert "20.0/20.0 kB" in screen and RATE.search(screen), screen
    (held,) = sim.resources("encrypted_files")
    assert out.decode().splitlines()[1].startswith(f"{held['id']},")


def test_create_from_stdin_in_a_separate_process(server: SimulatorServer, sim: Simulator) -> None:
    document = b'{"attributes": {"name": "From stdin"}}'
    done = spawn(
        ["voice-in-trunk-groups", "create", "--file", "-", "-o", "json"],
        child_env(server),
        input=document,
    )
    assert done.returncode == 0, done.stderr
    names = [r["attributes"]["name"] for r in sim.resources("voice_in_trunk_groups")]
    assert names == ["From stdin"]


def test_every_resource_with_a_lifecycle_has_a_wait_command(cli: Runner, sim: Simulator) -> None:
    from didww.v2026_04_16.catalog import RESOURCES

    with_lifecycle = sorted(t for t, info in RESOURCES.items() if info.lifecycle is not None)
    # Before: only exports had one, a list kept by hand next to the spec's lifecycles.
    assert len(with_lifecycle) >= 4 and "orders" in with_lifecycle
    for type_ in with_lifecycle:
        group = type_.replace("_", "-")
        helped = cli(group, "wait", "--help")
        assert helped.code == 0, (type_, helped.err)
        terminal = RESOURCES[type_].lifecycle
        assert terminal is not None and terminal.terminal[0] in helped.out
    assert cli("dids", "wait", "--help").code == 2  # no lifecycle: no wait
    with sim.client() as client:
        order = client.orders.list()[0]
    waited = cli("orders", "wait", order.id, "--timeout", "30", "-o", "json")
    assert waited.code == 0, waited.err
    assert waited.json()["id"] == order.id
    lifecycle = RESOURCES["orders"].lifecycle
    assert lifecycle is not None
    assert waited.json()["attributes"]["status"] in lifecycle.terminal
