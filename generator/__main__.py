"""Command line: ``python -m generator [--check] [--spec DIR] [--out DIR]`` and
``python -m generator diff OLD_SPEC_DIR NEW_SPEC_DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.docs import DOCS_OUTPUT, DocsError, render_docs
from generator.loader import SpecError, load_spec
from generator.render import OUTPUT_PACKAGE, check, render, write


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["diff"]:
        return _diff(args[1:])
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if didww/_generated or docs/reference is out of date",
    )
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="spec folder")
    parser.add_argument("--out", type=Path, default=Path("."), help="project root to write into")
    options = parser.parse_args(args)
    try:
        spec = load_spec(options.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    try:
        # Each output folder the generator owns, with its files. Docs take (version, spec) pairs.
        outputs = {
            OUTPUT_PACKAGE: render(spec),
            DOCS_OUTPUT: render_docs([(spec.api.version, spec)]),
        }
    except DocsError as exc:
        print(f"docs error: {exc}", file=sys.stderr)
        return 2
    count = sum(len(files) for files in outputs.values())
    if options.check:
        diff = "".join(check(options.out, files, folder) for folder, files in outputs.items())
        if diff:
            sys.stdout.write(diff)
            print(
                "\ngenerated code is out of date with spec/: run `make generate`", file=sys.stderr
            )
            return 1
        print(f"generated code is up to date ({count} files)")
        return 0
    changed = [
        (folder / path).as_posix()
        for folder, files in outputs.items()
        for path in write(options.out, files, folder)
    ]
    print(f"wrote {count} files, {len(changed)} changed")
    for path in changed:
        print(f"  {path}")
    return 0


def _diff(args: list[str]) -> int:
    from generator.diff import changelog

    parser = argparse.ArgumentParser(prog="python -m generator diff")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    options = parser.parse_args(args)
    try:
        old, new = load_spec(options.old), load_spec(options.new)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(changelog(old, new))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
