"""The real spec, ``--check``, stale-file removal, and the ``diff`` changelog."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __main__ as cli
from generator import model as m
from generator.__main__ import main
from generator.diff import changelog
from generator.docs import DOCS_OUTPUT
from generator.loader import load_spec
from generator.render import OUTPUT_PACKAGE, render
from tests.generator.refresh_golden import EXPECTED, EXPECTED_DOCS, GOLDEN_SPEC, read_expected

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / OUTPUT_PACKAGE


@pytest.fixture(scope="module")
def real_spec() -> m.Spec:
    return load_spec(REPO / "spec")


@pytest.fixture(scope="module")
def real_files(real_spec: m.Spec) -> dict[str, str]:
    return render(real_spec)


@pytest.fixture()
def render_real_once(
    monkeypatch: pytest.MonkeyPatch, real_spec: m.Spec, real_files: dict[str, str]
) -> None:
    """Rendering the real spec takes a second or two: ``main`` reuses one rendering of it for
    any spec equal to it (other specs are rendered as usual)."""

    def render_cached(spec: m.Spec) -> dict[str, str]:
        return dict(real_files) if spec == real_spec else render(spec)

    monkeypatch.setattr(cli, "render", render_cached)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- the real spec -----------------------------------------------------------------------------


def test_real_spec_loads(real_spec: m.Spec) -> None:
    assert len(real_spec.resources) == 38
    assert len({r.type for r in real_spec.resources}) == 38
    assert [r.type for r in real_spec.resources] == sorted(
        p.stem for p in (REPO / "spec" / "resources").glob("*.yaml")
    )
    balance = real_spec.resource("balances")
    assert balance is not None and balance.singleton and balance.operations == ("find",)
    public_keys = real_spec.resource("public_keys")
    assert public_keys is not None and public_keys.public


def test_real_spec_diffed_with_itself_has_no_changes(real_spec: m.Spec) -> None:
    assert changelog(real_spec, real_spec) == "No API changes.\n"


@pytest.mark.usefixtures("render_real_once")
def test_check_passes_on_the_repo(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["--check"]) == 0
    captured = capsys.readouterr()
    count = len(list(GENERATED.rglob("*.py")))
    count += len([p for p in (REPO / DOCS_OUTPUT).rglob("*") if p.is_file()])
    assert captured.out == f"generated code is up to date ({count} files)\n"
    assert captured.err == ""


# --- --check on a modified copy ----------------------------------------------------------------


@pytest.mark.usefixtures("render_real_once")
def test_check_fails_with_a_diff_when_a_generated_file_is_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(REPO / "spec", spec)
    shutil.copytree(GENERATED, tmp_path / OUTPUT_PACKAGE)
    shutil.copytree(REPO / DOCS_OUTPUT, tmp_path / DOCS_OUTPUT)
    edited = tmp_path / OUTPUT_PACKAGE / "models" / "balances.py"
    original = edited.read_text(encoding="utf-8")
    _edit(edited, 'TYPE = "balances"', 'TYPE = "balance"')

    assert main(["--check", "--spec", str(spec), "--out", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    name = "didww/_generated/models/balances.py"
    assert captured.out.startswith(f"--- committed/{name}\n+++ generated/{name}\n@@ ")
    assert '\n-    TYPE = "balance"\n' in captured.out
    assert '\n+    TYPE = "balances"\n' in captured.out
    assert captured.out.count("\n--- ") == 0, "only the edited file may be named"
    assert "out of date with spec/" in captured.err
    assert "make generate" in captured.err
    # --check never writes.
    assert edited.read_text(encoding="utf-8") != original


def _add_notes(spec: Path, text: str) -> None:
    """Add the ``notes`` resource, in the golden spec's first subject area."""
    (spec / "resources" / "notes.yaml").write_text(text, encoding="utf-8")
    _edit(spec / "subject_areas.yaml", "  - widgets\n", "  - widgets\n  - notes\n")


def _generate(spec: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--spec", str(spec), "--out", str(out)]) == 0
    return capsys.readouterr().out


NOTES = """\
type: notes
class: Note
description: A note, only here to be removed again.
operations: [list, find]
attributes:
  body:
    type: string
    description: Text of the note.
"""


def test_generate_deletes_files_of_a_removed_resource(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, spec)
    _add_notes(spec, NOTES)
    out = tmp_path / "project"
    generated = out / OUTPUT_PACKAGE

    first = _generate(spec, out, capsys)
    assert first.startswith("wrote 34 files, 34 changed\n")  # 16 of code, 18 of docs
    model, repository = generated / "models" / "notes.py", generated / "repositories" / "notes.py"
    page = out / DOCS_OUTPUT / "2030-01-02" / "resources" / "notes.md"
    assert model.is_file() and repository.is_file() and page.is_file()
    assert "def notes(self) -> NoteRepository:" in (generated / "clients.py").read_text()

    (spec / "resources" / "notes.yaml").unlink()
    _edit(spec / "subject_areas.yaml", "  - notes\n", "")
    second = _generate(spec, out, capsys)
    assert not model.exists()
    assert not repository.exists()
    assert not page.exists()
    assert "notes" not in (generated / "clients.py").read_text()
    assert second.splitlines() == [
        "wrote 30 files, 14 changed",
        "  didww/_generated/__init__.py",
        "  didww/_generated/catalog.py",
        "  didww/_generated/clients.py",
        "  didww/_generated/models/__init__.py",
        "  didww/_generated/models/notes.py",
        "  didww/_generated/repositories/notes.py",
        "  docs/reference/2030-01-02/diagrams/all.svg",
        "  docs/reference/2030-01-02/diagrams/resources/notes.svg",
        "  docs/reference/2030-01-02/diagrams/workshop.svg",
        "  docs/reference/2030-01-02/index.md",
        "  docs/reference/2030-01-02/resources/notes.md",
        "  docs/reference/2030-01-02/workshop/index.md",
        "  docs/reference/index.md",
        "  docs/reference/nav.yml",
    ]
    # What is left is exactly the golden output.
    for folder, expected in ((OUTPUT_PACKAGE, EXPECTED), (DOCS_OUTPUT, EXPECTED_DOCS)):
        written = {
            p.relative_to(out / folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((out / folder).rglob("*"))
            if p.is_file()
        }
        assert written == read_expected(expected)

    third = _generate(spec, out, capsys)
    assert third == "wrote 30 files, 0 changed\n"


def test_check_names_stale_and_missing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "project"
    _generate(GOLDEN_SPEC, out, capsys)
    generated = out / OUTPUT_PACKAGE
    (generated / "models" / "ghost.py").write_text("GHOST = 1\n", encoding="utf-8")
    (generated / "api.py").unlink()

    assert main(["--check", "--spec", str(GOLDEN_SPEC), "--out", str(out)]) == 1
    diff = capsys.readouterr().out
    assert "--- /dev/null\n+++ generated/didww/_generated/api.py\n" in diff
    assert "+API_VERSION = " in diff
    assert "--- committed/didww/_generated/models/ghost.py\n+++ /dev/null\n" in diff
    assert "-GHOST = 1\n" in diff


# --- diff --------------------------------------------------------------------------------------

DIFF_NOTES = """\
type: notes
class: Note
description: A note.
operations: [list, find, create]
attributes:
  body:
    type: string
    access: writable
    description: Text of the note.
"""


@pytest.fixture()
def old_and_new(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    resources = new / "resources"
    # Added resource.
    _add_notes(new, DIFF_NOTES)
    # Removed attribute.
    _edit(
        resources / "widgets.yaml",
        "  count:\n    type: integer\n    description: How many there are.\n",
        "",
    )
    # Removed filter.
    _edit(resources / "widgets.yaml", "filters:\n- name\n- color\n", "filters:\n- name\n")
    # Type change.
    _edit(
        resources / "gadgets.yaml", "  title:\n    type: string\n", "  title:\n    type: integer\n"
    )
    # Added operation.
    _edit(resources / "gadgets.yaml", "- find\n", "- find\n- delete\n")
    # Added relationship.
    _edit(
        resources / "gadgets.yaml",
        "filters:\n",
        "relationships:\n  maker:\n    to: one\n    target: accounts\n"
        "    description: Who made it.\nfilters:\n",
    )
    # Enum value added, and enum value removed.
    _edit(new / "enums.yaml", "  - e164\n", "  - e164\n  - blue\n")
    _edit(new / "enums.yaml", "    HIGH: 10\n", "")
    return old, new


EXPECTED_CHANGELOG = """\
# API changes

- resource `notes` (Note) added: list, find, create
- gadgets: operation `delete` added
- BREAKING: gadgets.title: type string -> integer
- gadgets: relationship `maker` added (to-one accounts)
- BREAKING: widgets: attribute `count` removed
- BREAKING: widgets: filter `color` removed
- enum `Color`: value 'blue' added
- BREAKING: enum `Priority`: value 10 removed

8 change(s), 4 breaking.
"""


def test_changelog_lists_every_change(old_and_new: tuple[Path, Path]) -> None:
    old, new = (load_spec(p) for p in old_and_new)
    assert changelog(old, new) == EXPECTED_CHANGELOG


def test_changelog_in_reverse_marks_the_other_side_breaking(
    old_and_new: tuple[Path, Path],
) -> None:
    old, new = (load_spec(p) for p in old_and_new)
    lines = changelog(new, old).splitlines()
    assert "- BREAKING: resource `notes` (Note) removed" in lines
    assert "- BREAKING: gadgets: operation `delete` removed" in lines
    assert "- BREAKING: gadgets.title: type integer -> string" in lines
    assert "- BREAKING: gadgets: relationship `maker` removed" in lines
    assert "- widgets: attribute `count` added (integer, read_only)" in lines
    assert "- widgets: filter `color` added" in lines
    assert "- enum `Priority`: value 10 added" in lines
    assert "- BREAKING: enum `Color`: value 'blue' removed" in lines
    assert lines[-1] == "8 change(s), 5 breaking."


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(GOLDEN_SPEC, copy)
    assert changelog(load_spec(GOLDEN_SPEC), load_spec(copy)) == "No API changes.\n"


def test_diff_cli_prints_the_changelog(old_and_new: tuple[Path, Path]) -> None:
    old, new = old_and_new
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(old), str(new)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_CHANGELOG
    assert result.stderr == ""


def test_diff_cli_identical_and_broken_specs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(GOLDEN_SPEC), str(GOLDEN_SPEC)]) == 0
    assert capsys.readouterr().out == "No API changes.\n"

    broken = tmp_path / "broken"
    shutil.copytree(GOLDEN_SPEC, broken)
    _edit(broken / "resources" / "gadgets.yaml", "type: gadgets\n", "type: gizmos\n")
    assert main(["diff", str(GOLDEN_SPEC), str(broken)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"spec error: {broken / 'resources' / 'gadgets.yaml'}:1: "
        "type 'gizmos' does not match the file name 'gadgets'\n"
    )


def test_changelog_reports_api_union_enum_and_behaviour_changes(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    _edit(
        new / "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\nversion_header: false\n",
    )
    _edit(new / "enums.yaml", "    HIGH: 10\n", "    HIGH: 11\n")
    _edit(new / "objects.yaml", "fallback: GenericDelivery", "fallback: UnknownDelivery")
    _edit(
        new / "resources" / "widgets.yaml",
        "meta:\n  parts_count:",
        "page_size: {default: 50, max: 100}\n"
        "lifecycle:\n  attribute: color\n  terminal: [red]\nmeta:\n  parts_count:",
    )
    _edit(
        old / "resources" / "widgets.yaml",
        "meta:\n",
        "page_size: {default: 50, max: 1000}\nmeta:\n",
    )
    assert changelog(load_spec(old), load_spec(new)) == (
        "# API changes\n\n"
        "- BREAKING: authentication api_key -> bearer\n"
        "- requests no longer carry `X-DIDWW-API-Version`\n"
        "- widgets: lifecycle none -> color until red\n"
        "- BREAKING: widgets: page size default 50, max 1000 -> default 50, max 100\n"
        "- BREAKING: enum `Priority`: value 10 removed\n"
        "- enum `Priority`: value 11 added\n"
        "- BREAKING: enum `Priority`: member HIGH 10 -> 11\n"
        "- BREAKING: union `Delivery`: fallback GenericDelivery -> UnknownDelivery\n"
        "\n8 change(s), 5 breaking.\n"
    )
    reverse = changelog(load_spec(new), load_spec(old)).splitlines()
    assert "- BREAKING: authentication bearer -> api_key" in reverse
    assert "- requests now carry `X-DIDWW-API-Version`" in reverse
    assert "- widgets: page size default 50, max 100 -> default 50, max 1000" in reverse
