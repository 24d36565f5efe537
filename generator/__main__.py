"""The generator's command line.

python -m generator                   write every generated file from spec/
python -m generator check             fail with a diff when a generated file is out of date
python -m generator diff OLD NEW      the changelog between two spec trees (exit 1: breaking)
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from generator import model as m
from generator.docs import CHANGES_OUTPUT, DOCS_OUTPUT, HEADER_TEXT, DocsError, render_docs
from generator.loader import SpecError, load_spec, load_versions
from generator.render import check, render_sdk, write

EXIT_OK = 0
EXIT_CHANGED = 1
"""``check``: files are out of date; ``diff``: the change is breaking."""
EXIT_SPEC_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate the didww SDK (one package per API version) and its reference "
        "docs from the spec trees, check them, or diff two trees.",
        epilog="Without a command, `generate` runs.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in (
        ("generate", "write didww/v*/, didww/__init__.py, didww/enums.py and docs/reference/"),
        ("check", "exit 1 with a unified diff when a generated file differs from the spec"),
    ):
        command = commands.add_parser(name, help=summary, description=summary)
        command.add_argument(
            "--spec",
            type=Path,
            default=Path("spec"),
            help="folder of the version trees and versions.yaml (default: spec)",
        )
        command.add_argument(
            "--out", type=Path, default=Path("."), help="project root to write into (default: .)"
        )
    diff = commands.add_parser(
        "diff",
        help="print the changelog between two spec trees; exit 1 when a change is breaking",
        description="Print, as Markdown, every resource, attribute, relationship, filter, sort, "
        "include, enum value and operation added, removed or changed from OLD to NEW, breaking "
        "changes marked. Exit status: 0 when nothing is breaking, 1 when something is (so a "
        "review can gate on it), 2 when a tree is not a valid spec.",
    )
    diff.add_argument("old", type=Path, help="the older version tree, e.g. spec/2026-04-16")
    diff.add_argument("new", type=Path, help="the newer version tree, e.g. spec/2026-10-22")
    diff.add_argument(
        "-o", "--output", type=Path, help="write the changelog to this file instead of stdout"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0].startswith("-") and args[0] not in ("-h", "--help")):
        args.insert(0, "generate")
    options = _parser().parse_args(args)
    if options.command == "diff":
        return _diff(options.old, options.new, options.output)
    return _generate(options.spec, options.out, check_only=options.command == "check")


def _generate(spec_root: Path, out: Path, *, check_only: bool) -> int:
    try:
        specs, default = load_versions(spec_root)
        files = render_sdk(specs, default)
        # Docs take (version, spec) pairs, the default version first.
        ordered = sorted(specs, key=lambda s: s.api.version != default)
        docs = render_docs([(s.api.version, s) for s in ordered])
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return EXIT_SPEC_ERROR
    except DocsError as exc:
        print(f"docs error: {exc}", file=sys.stderr)
        return EXIT_SPEC_ERROR
    files.update({f"{DOCS_OUTPUT.as_posix()}/{rel}": text for rel, text in docs.items()})
    files.update(_changelogs(specs))
    folders = (DOCS_OUTPUT, CHANGES_OUTPUT)
    if check_only:
        diff = check(out, files, folders)
        if diff:
            sys.stdout.write(diff)
            print(
                "\ngenerated files are out of date with spec/: run `make generate`", file=sys.stderr
            )
            return EXIT_CHANGED
        print(f"generated files are up to date ({len(files)} files, {len(specs)} API versions)")
        return EXIT_OK
    changed = write(out, files, folders)
    print(f"wrote {len(files)} files for {len(specs)} API versions, {len(changed)} changed")
    for path in changed:
        print(f"  {path}")
    return EXIT_OK


def _changelogs(specs: list[m.Spec]) -> dict[str, str]:
    """``docs/api-changes/<new>.md``: what changed from each version to the next one."""
    from generator.diff import changelog

    ordered = sorted(specs, key=lambda s: s.api.version)
    header = f"<!-- {HEADER_TEXT} -->\n"
    return {
        f"{CHANGES_OUTPUT.as_posix()}/{new.api.version}.md": header + changelog(old, new)
        for old, new in itertools.pairwise(ordered)
    }


def _diff(old_root: Path, new_root: Path, output: Path | None) -> int:
    from generator.diff import Comparison

    try:
        old, new = load_spec(old_root), load_spec(new_root)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return EXIT_SPEC_ERROR
    comparison = Comparison(old, new)
    text = comparison.markdown()
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    return EXIT_CHANGED if comparison.breaking else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
