"""Command line: ``python -m generator [--check] [--spec DIR] [--out DIR]`` and
``python -m generator diff OLD_SPEC_DIR NEW_SPEC_DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.loader import SpecError, load_spec
from generator.render import check, render, write


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["diff"]:
        return _diff(args[1:])
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if didww/ is out of date")
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="spec folder")
    parser.add_argument("--out", type=Path, default=Path("."), help="project root to write into")
    options = parser.parse_args(args)
    try:
        spec = load_spec(options.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    files = render(spec)
    if options.check:
        diff = check(options.out, files)
        if diff:
            sys.stdout.write(diff)
            print(
                "\ngenerated code is out of date with spec/: run `make generate`", file=sys.stderr
            )
            return 1
        print(f"generated code is up to date ({len(files)} files)")
        return 0
    changed = write(options.out, files)
    print(f"wrote {len(files)} files, {len(changed)} changed")
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
