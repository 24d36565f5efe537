"""How the CLI is installed and started: the console script, the core package free of Click and
Rich, the message when the extra is missing, and ``didww simulator serve`` end to end."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
from collections.abc import Iterator

import pytest

import didww
import didww.cli
from tests.cli.conftest import API_KEY, HTTP, ROOT, Runner, child_env, spawn


def test_the_didww_console_script_runs_the_cli() -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="didww")
    assert script.value == "didww.cli:main"
    assert script.load() is didww.cli.main


def test_the_core_package_works_without_click_and_rich() -> None:
    code = (
        "import sys\n"
        "for name in ('click', 'rich', 'typer'): sys.modules[name] = None  # not installed\n"
        "import didww, didww.testing, didww.encryption, didww.webhooks\n"
        "with didww.testing.Simulator().client() as c: print(c.balance.find().total_balance)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=ROOT, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "100.00"


def test_only_didww_cli_imports_click_or_rich() -> None:
    """(httpx imports them for its own command line when they are installed; didww never does.)"""
    offenders = []
    for path in sorted((ROOT / "didww").rglob("*.py")):
        if "cli" in path.relative_to(ROOT / "didww").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("click", "rich", "typer") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


@pytest.mark.parametrize("module", ["click", "rich"])
def test_a_missing_extra_is_named_with_the_install_command(module: str) -> None:
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"  # as if the package were not installed
        "from didww.cli import main; sys.exit(main(['balance', 'find']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=ROOT, capture_output=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"didww: the command-line tool needs the cli extra ({module} is not installed): "
        # The extra's own packages, from the installed metadata: `didww[cli]` would resolve
        # `didww` on PyPI, another project's SDK.
        "pip install 'click>=8.1' 'rich>=13'\n"
    )


def test_version_and_help_in_a_separate_process() -> None:
    done = spawn(["--version"], child_env())
    assert done.returncode == 0
    assert done.stdout.decode() == f"didww {didww.__version__} (DIDWW API {didww.API_VERSION})\n"
    helped = spawn(["--help"], child_env())
    assert helped.returncode == 0 and "voice-in-trunks" in helped.stdout.decode()


@pytest.mark.parametrize(
    ("args", "models"),
    [(["--help"], set()), (["dids", "list", "--help"], {"dids"})],
)
def test_a_command_loads_only_what_it_uses(args: list[str], models: set[str]) -> None:
    """The simulator is not loaded unless it is run, and a resource's model only when its group
    is used (the root help describes every group from the catalog)."""
    code = (
        "import contextlib, io, sys\n"
        "from didww.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): status = main({args!r})\n"
        "assert status == 0, status\n"
        "print(sorted(m for m in sys.modules if m.startswith('didww.testing')))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if '.models.' in m))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=ROOT, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    testing, loaded = done.stdout.decode().splitlines()
    assert testing == "[]"
    assert set(ast.literal_eval(loaded)) <= models


@pytest.fixture
def served_by_the_cli() -> Iterator[str]:
    """``didww simulator serve --port 0`` in its own process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.cli", "simulator", "serve", "--port", "0",
         "--api-key", API_KEY, "--export-delay", "0"],
        env=child_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().decode()
        assert banner.startswith("DIDWW simulator on http://127.0.0.1:"), banner
        yield banner.split()[3]
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def test_simulator_serve_answers_the_cli_over_loopback(served_by_the_cli: str, cli: Runner) -> None:
    env = {"DIDWW_API_KEY": API_KEY, "DIDWW_BASE_URL": served_by_the_cli}
    balance = cli("balance", "find", "-o", "json", env=env, factory=HTTP)
    assert balance.code == 0, balance.err
    assert balance.json()["attributes"]["total_balance"] == "100.00"
    trunks = cli("voice-in-trunks", "list", "-o", "json", env=env, factory=HTTP)
    assert [t["attributes"]["name"] for t in trunks.json()] == ["Office PBX"]
    missing = cli("dids", "find", "nope", env=env, factory=HTTP)
    assert missing.code == 1 and "request id:" in missing.err
    wrong = cli("balance", "find", env={**env, "DIDWW_API_KEY": "sk-not-the-key"}, factory=HTTP)
    assert wrong.code == 1 and "HTTP 401" in wrong.err and "sk-not-the-key" not in wrong.err


def test_simulator_serve_help_and_bad_options() -> None:
    helped = spawn(["simulator", "serve", "--help"], child_env())
    assert helped.returncode == 0
    text = helped.stdout.decode()
    assert "usage: didww simulator serve" in text and "--port" in text
    bad = spawn(["simulator", "serve", "--port", "many"], child_env())
    assert bad.returncode == 2 and "'many' is not a TCP port" in bad.stderr.decode()
