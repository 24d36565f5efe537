"""Every Python block of README.md runs against the simulator, and type-checks as written.

Each block runs in a fresh namespace after the README's prelude block (``<!-- prelude -->``:
``import didww``, ``client = didww.Client()``), against a fresh simulator served on 127.0.0.1.
The environment names it as a reader's shell would (``DIDWW_BASE_URL``, ``DIDWW_API_KEY``), the
working directory is a temporary folder holding the files the README names (:data:`FILES`), and
the placeholder ids a reader would replace are replaced by seeded ones (:data:`PLACEHOLDERS`).
Blocks marked ``<!-- api: VERSION -->`` run against a simulator of that API version instead, with
a token it issued in place of the README's placeholder token (:data:`TOKEN_PLACEHOLDERS`).
Blocks marked ``<!-- not run: REASON -->`` are skipped with that reason, and
:data:`EXPECTED_SKIPS` lists how many are skipped for which reason, so none is skipped quietly.

Every block, run or not, is also written to a module (after the prelude) and checked by
``mypy --strict`` in a single run. See ``tests/readme_blocks.py`` for the marks.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_10_22
from didww.testing import SEED, Simulator, SimulatorServer, serve
from tests.readme_blocks import Block, as_module, read_blocks, with_ids

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

PLACEHOLDERS = {
    "DID-ID": SEED.did_us,
    "OTHER-DID-ID": SEED.did_gb,
    "TRUNK-ID": SEED.voice_in_trunk,
    "DID-GROUP-ID": SEED.group_us_new_york,
    "SKU-ID": SEED.sku_us_new_york_2,
    "CAPACITY-POOL-ID": SEED.capacity_pool,
    "IDENTITY-ID": SEED.identity,
    "PROOF-TYPE-ID": SEED.proof_type_passport,
    "EMERGENCY-SERVICE-ID": SEED.emergency_calling_service,
}
"""The ids a reader puts in place of the README's placeholders, here seeded ones."""

FILES = {"passport.pdf": b"%PDF-1.4\n% a stand-in for a scanned passport\n"}
"""Files the README reads from the working directory."""

EXPECTED_SKIPS = {"a real production call": 1}
"""Blocks marked ``<!-- not run: REASON -->``, by reason."""

ALL_BLOCKS = read_blocks(README)
PRELUDES = [b for b in ALL_BLOCKS if b.prelude]
BLOCKS = [with_ids(b, PLACEHOLDERS) for b in ALL_BLOCKS]
LEFT_OVER_PLACEHOLDER = re.compile(r'"[A-Z]+(?:-[A-Z]+)*-ID"')


@pytest.fixture
def didww_simulator() -> Simulator:
    """Real time with short delays, so the README's wait() calls see orders, exports and
    verifications move on (the plugin's default simulator has a clock that stands still)."""
    return Simulator(order_delay=0.2, export_delay=0.3, review_delay=0.3)


@pytest.fixture
def reader(
    didww_server: SimulatorServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[SimulatorServer]:
    """What a reader's shell has: the variables the README sets, a folder with their files."""
    monkeypatch.setenv("DIDWW_BASE_URL", didww_server.base_url)
    monkeypatch.setenv("DIDWW_API_KEY", didww_server.api_key)
    for name, content in FILES.items():
        (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    logger = logging.getLogger("didww")
    level, handlers = logger.level, list(logger.handlers)
    yield didww_server
    logger.setLevel(level)  # the README turns logging on; later tests must not inherit it
    logger.handlers[:] = handlers


TOKEN_PLACEHOLDERS = {
    '"A-TOKEN-YOU-MINTED"': "{token!r}",
    'Path("/run/secrets/didww-token")': "Path({token_file!r})",
}
"""What a bearer-token block says for the token a reader minted, and what stands in for it."""

BearerServer = SimulatorServer[v2026_10_22.Client, v2026_10_22.AsyncClient]
"""The simulator the bearer-token blocks talk to: API version 2026-10-22."""


@pytest.fixture
def bearer_reader(
    reader: SimulatorServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[BearerServer, dict[str, str]]]:
    """A simulator of API version 2026-10-22 served for the README's bearer-token blocks, and
    the replacements for the README's placeholder token (a token it issued, kept in a file)."""
    with serve(Simulator(api_version="2026-10-22")) as server:
        token = server.simulator.issue_token()
        token_file = tmp_path / "didww-token"
        token_file.write_text(token, encoding="utf-8")
        monkeypatch.setenv("DIDWW_BASE_URL", server.base_url)
        replacements = {
            placeholder: value.format(token=token, token_file=str(token_file))
            for placeholder, value in TOKEN_PLACEHOLDERS.items()
        }
        yield server, replacements


def with_token(block: Block, replacements: dict[str, str]) -> Block:
    code = block.code
    for placeholder, value in replacements.items():
        code = code.replace(placeholder, value)
    return Block(block.number, block.line, code, block.prelude, block.skip, block.api_version)


def preludes_before(block: Block) -> list[Block]:
    return [p for p in PRELUDES if p.number < block.number]


def close_clients(namespace: dict[str, Any]) -> None:
    for value in list(namespace.values()):
        if isinstance(value, didww.Client):
            value.close()


def run(block: Block) -> None:
    namespace: dict[str, Any] = {"__name__": f"readme_block_{block.number}"}
    try:
        for part in [*preludes_before(block), block]:
            result = eval(part.compiled(), namespace)  # exec, but returns the coroutine
            if part.is_async:
                asyncio.run(result)
    finally:
        close_clients(namespace)


DEFAULT_BLOCKS = [b for b in BLOCKS if b.api_version is None]
BEARER_BLOCKS = [b for b in BLOCKS if b.api_version is not None]


@pytest.mark.parametrize(
    "block", DEFAULT_BLOCKS, ids=[f"block{b.number}-line{b.line}" for b in DEFAULT_BLOCKS]
)
def test_readme_block_runs(block: Block, reader: SimulatorServer) -> None:
    if block.skip is not None:
        pytest.skip(f"{block.label}: not run: {block.skip}")
    assert not LEFT_OVER_PLACEHOLDER.search(block.code), f"{block.label}: add it to PLACEHOLDERS"
    run(block)  # an exception fails the test, with README line numbers in its traceback


@pytest.mark.parametrize(
    "block", BEARER_BLOCKS, ids=[f"block{b.number}-line{b.line}" for b in BEARER_BLOCKS]
)
def test_readme_bearer_block_runs(
    block: Block, bearer_reader: tuple[BearerServer, dict[str, str]]
) -> None:
    assert block.api_version == "2026-10-22", f"{block.label}: no simulator for that version yet"
    _, replacements = bearer_reader
    assert any(p in block.code for p in replacements), f"{block.label}: uses no token placeholder"
    run(with_token(block, replacements))


def test_the_bearer_blocks_are_run() -> None:
    assert len(BEARER_BLOCKS) == 3


def test_skipped_blocks_are_the_expected_ones() -> None:
    skipped = Counter(b.skip for b in BLOCKS if b.skip is not None)
    assert dict(skipped) == EXPECTED_SKIPS
    ran = [b for b in BLOCKS if b.skip is None]
    print(
        f"\nREADME.md: {len(BLOCKS)} Python blocks, {len(ran)} run against the simulator, "
        f"{sum(skipped.values())} not run: "
        + "; ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
    )
    assert len(ran) >= 20 and len(PRELUDES) == 1


def test_every_placeholder_is_used() -> None:
    used = {name for block in BLOCKS for name in block.replaced}
    assert used == set(PLACEHOLDERS), set(PLACEHOLDERS) - used


def test_readme_blocks_type_check(tmp_path: Path) -> None:
    modules = [as_module(block, preludes_before(block)) for block in ALL_BLOCKS]
    files = []
    for module in modules:
        path = tmp_path / f"{module.name}.py"
        path.write_text(module.text, encoding="utf-8")
        files.append(str(path))
    env = {**os.environ, "MYPYPATH": str(ROOT)}  # the checkout's didww, as an installed one
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version=3.10",
            "--no-error-summary",
            "--hide-error-context",
            "--no-color-output",
            f"--cache-dir={tmp_path / 'mypy-cache'}",
            *files,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    by_name = {m.name: m for m in modules}
    problems = []
    for line in done.stdout.splitlines():
        match = re.match(r"(?:.*/)?(readme_block_\d+)\.py:(\d+): (.*)", line)
        if match is None:
            problems.append(line)
            continue
        module = by_name[match.group(1)]
        readme_line = module.lines[int(match.group(2)) - 1]
        problems.append(f"README.md:{readme_line}: {match.group(3)}")
    assert done.returncode == 0 and not problems, "\n".join(problems) or done.stderr


def test_every_example_is_in_the_readme_table() -> None:
    # The table is written by hand (what each script shows is prose), so a new script must be
    # added to it: this fails until it is.
    text = README.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+\.py)` \|", text, flags=re.MULTILINE))
    scripts = {p.name for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_")}
    assert listed == scripts
