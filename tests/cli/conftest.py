"""Fixtures for the CLI tests: a simulator, the CLI run in-process against it (``cli``), the same
simulator served on loopback, and the CLI as a separate process (``spawn``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
import didww.cli
from didww.cli._config import Settings
from didww.testing import DEFAULT_BASE_URL, Simulator, SimulatorServer, serve

API_KEY = "sk-cli-test-0123456789"
"""The simulator's key: distinctive, so tests can check that it never appears in output."""
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def sim() -> Simulator:
    return Simulator(api_key=API_KEY, export_delay=0, review_delay=0)


def in_process_client(sim: Simulator, **options: Any) -> Callable[[Settings], didww.Client]:
    """A client factory answering from ``sim``; it uses the key the CLI resolved, so a wrong key
    is refused by the simulator as the API would."""

    def factory(settings: Settings) -> didww.Client:
        http = httpx.Client(transport=sim.transport())
        options.setdefault("max_retries", 0)
        return didww.Client(
            api_key=settings.api_key, base_url=DEFAULT_BASE_URL, http_client=http, **options
        )

    return factory


Runner = Callable[..., Result]
HTTP = object()
"""Pass as ``factory`` to let the CLI build its own client (real HTTP, for a served simulator)."""


@pytest.fixture
def cli(sim: Simulator, capsys: pytest.CaptureFixture[str]) -> Runner:
    """``cli("dids", "list", env={...}, factory=...)``: run the CLI in-process; by default its
    client answers from ``sim`` without sockets."""

    def run(*args: str, env: Mapping[str, str] | None = None, factory: Any = None) -> Result:
        capsys.readouterr()
        code = didww.cli.main(
            list(args),
            client_factory=None if factory is HTTP else (factory or in_process_client(sim)),
            env={"DIDWW_API_KEY": API_KEY} if env is None else env,
        )
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def server(sim: Simulator) -> Iterator[SimulatorServer]:
    with serve(sim) as running:
        yield running


def child_env(server: SimulatorServer | None = None, **extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: this interpreter's, without terminal hints."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DIDWW_", "TTY_", "FORCE_COLOR", "NO_COLOR", "COLUMNS", "LINES"))
    }
    env["PYTHONPATH"] = str(ROOT)
    if server is not None:
        env["DIDWW_BASE_URL"] = server.base_url
        env["DIDWW_API_KEY"] = API_KEY
    env.update(extra)
    return env


def spawn(
    args: list[str], env: dict[str, str], **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    """``python -m didww.cli ARGS`` as a separate process (the installed ``didww`` command)."""
    if "input" not in kwargs:
        kwargs["stdin"] = subprocess.DEVNULL
    return subprocess.run(
        [sys.executable, "-m", "didww.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
        **kwargs,
    )
