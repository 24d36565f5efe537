"""What ``mypy --strict`` says about a user's script (``user_script.py``) is exactly what the
script's ``# N:`` and ``# E:`` comments expect: every revealed type, every refused line.

An expectation comment applies to the next line that is code; several may stack above one line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("user_script.py")
EXPECTATION = re.compile(r"^\s*# ([NE]): (.+)$")
OUTPUT = re.compile(r"(?:.*[/\\])?user_script\.py:(\d+): (note|error): (.*)")
SEVERITY = {"N": "note", "E": "error"}


def expected() -> list[tuple[int, str, str]]:
    """(line, severity, message) of every expectation, on the line of code it applies to."""
    found: list[tuple[int, str, str]] = []
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECTATION.match(line)
        if match is not None:
            pending.append((SEVERITY[match.group(1)], match.group(2).strip()))
        elif line.strip() and not line.lstrip().startswith("#"):
            found.extend((number, severity, message) for severity, message in pending)
            pending = []
    assert not pending, "expectations after the last line of code"
    return found


def test_expectations_cover_reveals_and_errors() -> None:
    kinds = [severity for _, severity, _ in expected()]
    # Sanity of the script itself: the comments were read, reveals and refusals both.
    assert kinds.count("note") >= 25 and kinds.count("error") >= 10


def test_mypy_sees_the_user_script_as_expected(tmp_path: Path) -> None:
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
            "--show-absolute-path",
            f"--cache-dir={tmp_path / 'mypy-cache'}",
            str(SCRIPT),
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr  # 1: the errors the script expects
    seen = []
    for line in done.stdout.splitlines():
        match = OUTPUT.match(line)
        assert match is not None, f"unexpected mypy output: {line}"
        seen.append((int(match.group(1)), match.group(2), match.group(3).strip()))
    missing = sorted(set(expected()) - set(seen))
    unexpected = sorted(set(seen) - set(expected()))
    assert not missing and not unexpected, (
        "mypy's view of tests/typing/user_script.py changed\n"
        + "".join(f"  expected, not reported: line {n}: {s}: {m}\n" for n, s, m in missing)
        + "".join(f"  reported, not expected: line {n}: {s}: {m}\n" for n, s, m in unexpected)
    )
    assert len(seen) == len(expected())
