"""The Python blocks of the guides (docs/*.md) import the modules and SDK names they use.

The guides' blocks are not run (README.md's are: tests/test_readme.py): they lean on a client
and on values of the reader's own (``client``, ``trunk_id``), as each page says. What a reader
cannot guess is an import the block leaves out: ``json.dumps(...)`` with no ``import json``
fails when pasted. So every name a block reads and never binds must be none of the standard
library's modules and none of the names ``didww`` exports (those are written ``didww.X``).
"""

from __future__ import annotations

import ast
import builtins
import re
import textwrap
from pathlib import Path

import pytest

import didww

GUIDES = sorted(Path(__file__).resolve().parent.parent.joinpath("docs").glob("*.md"))
FENCE = re.compile(r"^(\s*)```python\s*$")
END = re.compile(r"^\s*```\s*$")

MODULES = {
    "asyncio", "base64", "collections", "concurrent", "contextlib", "copy", "csv", "datetime",
    "decimal", "functools", "hashlib", "hmac", "io", "itertools", "json", "logging", "math",
    "os", "pathlib", "pickle", "re", "shutil", "signal", "subprocess", "sys", "tempfile",
    "threading", "time", "typing", "uuid",
}  # fmt: skip
"""Standard library modules a snippet may use (not every one: ``token`` is a module as well as
the placeholder for a bearer token)."""

# The pages say their snippets start from `import didww` and `from didww import enums`; the
# version packages are imported where used, as `from didww import v2026_10_22`.
SET_UP = {"didww", "enums", "v2026_04_16", "v2026_10_22"}
IMPORTABLE = MODULES | {"Decimal", "Path", "date", "datetime", "timedelta", "timezone", "Any"}
IMPORTABLE |= (set(didww.__all__) - SET_UP) - set(dir(builtins))


def _blocks(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        if FENCE.match(lines[index]) is None:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and END.match(lines[end]) is None:
            end += 1
        found.append((index + 1, textwrap.dedent("\n".join(lines[index + 1 : end]))))
        index = end + 1
    return found


def _unbound_reads(code: str) -> set[str]:
    """The names ``code`` reads and never binds anywhere (scopes are not told apart: a name
    bound in any of them counts as bound)."""
    tree = ast.parse(code)
    read: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).partition(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            bound.add(node.name)
    return read - bound


CASES = [
    pytest.param(path, line, code, id=f"{path.name}:{line}")
    for path in GUIDES
    for line, code in _blocks(path)
]


def test_the_guides_have_python_blocks() -> None:
    assert len(CASES) > 40


@pytest.mark.parametrize(("path", "line", "code"), CASES)
def test_a_guide_block_imports_what_it_uses(path: Path, line: int, code: str) -> None:
    missing = sorted(_unbound_reads(code) & IMPORTABLE)
    assert not missing, f"{path.name}:{line} uses {missing} without importing them"
