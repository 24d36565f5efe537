"""Regenerate ``tests/generator/golden/expected/`` and ``expected_docs/`` from the golden spec.

Run from the project root after an intended change to the generator's output::

    python -m tests.generator.refresh_golden

Every file ``render()`` produces is stored under ``expected/`` and every file ``render_docs()``
produces under ``expected_docs/``, each as ``<path>.expected`` (so no tool treats the checked-in
copies as Python or as pages); files that are no longer produced are removed. Review the diff
before committing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.docs import render_docs
from generator.loader import load_spec
from generator.render import render

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SPEC = GOLDEN / "spec"
EXPECTED = GOLDEN / "expected"
EXPECTED_DOCS = GOLDEN / "expected_docs"
SUFFIX = ".expected"


def render_golden() -> dict[str, str]:
    """What the generator produces for the golden spec, by path relative to the output package."""
    return render(load_spec(GOLDEN_SPEC))


def render_golden_docs() -> dict[str, str]:
    """The reference pages of the golden spec, by path relative to ``docs/reference/``."""
    spec = load_spec(GOLDEN_SPEC)
    return render_docs([(spec.api.version, spec)])


def read_expected(folder: Path = EXPECTED) -> dict[str, str]:
    """A checked-in expected tree, keyed like :func:`render_golden` (suffix stripped)."""
    return {
        path.relative_to(folder).as_posix()[: -len(SUFFIX)]: path.read_bytes().decode("utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def write_expected(files: dict[str, str], folder: Path = EXPECTED) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    for rel, text in files.items():
        target = folder / (rel + SUFFIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))


def main() -> int:
    for folder, files in ((EXPECTED, render_golden()), (EXPECTED_DOCS, render_golden_docs())):
        write_expected(files, folder)
        print(f"wrote {len(files)} files to {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
