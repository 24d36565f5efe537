"""What a third outside trial (an operations engineer on the command line and an async bulk
script) found in the command line, fixed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.cli.conftest import ROOT, child_env

KEY = "shell-key-4242"


@contextmanager
def _served(*words: str, **env: str) -> Iterator[tuple[str, str]]:
    """``didww WORDS... --port 0`` in its own process: its base URL and its banner line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.cli", *words, "--port", "0"],
        env=child_env(None, **env),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().decode()
        assert banner.startswith("DIDWW simulator on http://127.0.0.1:"), banner
        yield banner.split()[3], banner
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def _balance_status(url: str, key: str) -> int:
    with httpx.Client(headers={"Api-Key": key}, timeout=10) as http:
        return http.get(f"{url}/balance").status_code


@pytest.mark.parametrize(
    ("words", "env"),
    [
        (("--api-key", KEY, "simulator", "serve"), {}),
        (("simulator", "serve"), {"DIDWW_API_KEY": KEY}),
    ],
)
def test_simulator_serve_accepts_the_key_of_the_command_line_it_runs_in(
    words: tuple[str, ...], env: dict[str, str]
) -> None:
    # Before, it always took the simulator's own default key, and the next command of the same
    # shell (which sends DIDWW_API_KEY) got a 401.
    with _served(*words, **env) as (url, banner):
        assert _balance_status(url, KEY) == 200
        assert _balance_status(url, "simulator-api-key") == 401
    assert KEY not in banner and "DIDWW_API_KEY" in banner


def test_serves_own_api_key_wins_over_the_command_lines() -> None:
    with _served("simulator", "serve", "--api-key", "serve-key-1", DIDWW_API_KEY=KEY) as (url, _):
        assert _balance_status(url, "serve-key-1") == 200
        assert _balance_status(url, KEY) == 401


@pytest.mark.parametrize("key", ["a b", "key\tx", ""])
def test_simulator_serve_refuses_a_key_no_client_can_send(key: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "didww.cli", "simulator", "serve", "--port", "0", "--api-key", key],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "--api-key" in err
    if key.strip():
        assert key not in err
