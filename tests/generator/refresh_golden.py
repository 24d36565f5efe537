"""Regenerate ``tests/generator/golden/expected/`` from ``tests/generator/golden/spec/``.

Run from the project root after an intended change to the generator's output::

    python -m tests.generator.refresh_golden

Every file ``render()`` produces is stored as ``<path>.expected`` (so no tool treats the checked-in
copies as Python); files that are no longer produced are removed. Review the diff before committing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.loader import load_spec
from generator.render import render

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SPEC = GOLDEN / "spec"
EXPECTED = GOLDEN / "expected"
SUFFIX = ".expected"


def render_golden() -> dict[str, str]:
    """What the generator produces for the golden spec, by path relative to the output package."""
    return render(load_spec(GOLDEN_SPEC))


def read_expected() -> dict[str, str]:
    """The checked-in expected tree, keyed like :func:`render_golden` (suffix stripped)."""
    return {
        path.relative_to(EXPECTED).as_posix()[: -len(SUFFIX)]: path.read_bytes().decode("utf-8")
        for path in sorted(EXPECTED.rglob("*"))
        if path.is_file()
    }


def write_expected(files: dict[str, str]) -> None:
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    for rel, text in files.items():
        target = EXPECTED / (rel + SUFFIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))


def main() -> int:
    files = render_golden()
    write_expected(files)
    print(f"wrote {len(files)} files to {EXPECTED}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
