"""The real spec trees, ``check``, stale-file removal, and the ``diff`` changelog."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __main__ as cli
from generator import model as m
from generator.__main__ import main
from generator.diff import Comparison, changelog
from generator.docs import DOCS_OUTPUT, render_docs
from generator.loader import load_spec, load_versions
from generator.render import OWNED_FILES, render, render_sdk
from tests.generator.refresh_golden import EXPECTED, EXPECTED_DOCS, GOLDEN_SPEC, read_expected

REPO = Path(__file__).resolve().parents[2]
GOLDEN_VERSION = "2030-01-02"
GOLDEN_PACKAGE = "didww/v2030_01_02"


@pytest.fixture(scope="module")
def real_specs() -> tuple[list[m.Spec], str]:
    return load_versions(REPO / "spec")


@pytest.fixture(scope="module")
def real_files(real_specs: tuple[list[m.Spec], str]) -> dict[str, str]:
    return render_sdk(*real_specs)


@pytest.fixture()
def render_real_once(
    monkeypatch: pytest.MonkeyPatch,
    real_specs: tuple[list[m.Spec], str],
    real_files: dict[str, str],
) -> None:
    """Rendering the real trees takes seconds: ``main`` reuses one rendering of them for specs
    equal to them (others are rendered as usual)."""

    def render_cached(specs: list[m.Spec], default: str) -> dict[str, str]:
        if (specs, default) == real_specs:
            return dict(real_files)
        return render_sdk(specs, default)

    monkeypatch.setattr(cli, "render_sdk", render_cached)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _spec_root(tmp_path: Path, *trees: Path) -> Path:
    """A spec folder as the generator reads it: each tree under its version, the first default."""
    root = tmp_path / "spec"
    root.mkdir()
    versions = []
    for tree in trees:
        version = load_spec(tree).api.version
        shutil.copytree(tree, root / version)
        versions.append(version)
    (root / "versions.yaml").write_text(f'default: "{versions[0]}"\n', encoding="utf-8")
    return root


# --- the real spec trees -------------------------------------------------------------------------


def test_real_specs_load(real_specs: tuple[list[m.Spec], str]) -> None:
    specs, default = real_specs
    assert default == "2026-04-16"
    assert [s.api.version for s in specs] == ["2026-04-16", "2026-10-22"]
    current, next_ = specs
    assert len(current.resources) == 38 and len(next_.resources) == 39
    assert [r.type for r in current.resources] == sorted(
        p.stem for p in (REPO / "spec" / "2026-04-16" / "resources").glob("*.yaml")
    )
    balance = current.resource("balances")
    assert balance is not None and balance.singleton and balance.operations == ("find",)
    public_keys = next_.resource("public_keys")
    assert public_keys is not None and public_keys.public
    assert next_.resource("pops") is None and current.resource("sms_trunks") is None
    assert (current.api.auth, next_.api.auth) == ("api_key", "bearer")


def test_real_spec_diffed_with_itself_has_no_changes(
    real_specs: tuple[list[m.Spec], str],
) -> None:
    spec = real_specs[0][0]
    assert changelog(spec, spec) == "No API changes.\n"


@pytest.mark.usefixtures("render_real_once")
def test_check_passes_on_the_repo(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    real_files: dict[str, str],
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    docs = len([p for p in (REPO / DOCS_OUTPUT).rglob("*") if p.is_file()])
    changes = len(list((REPO / "docs" / "api-changes").glob("*.md")))
    total = len(real_files) + docs + changes
    assert captured.out == f"generated files are up to date ({total} files, 2 API versions)\n"
    assert captured.err == ""


def test_the_changelog_of_each_version_bump_is_generated() -> None:
    text = (REPO / "docs" / "api-changes" / "2026-10-22.md").read_text(encoding="utf-8")
    specs, _ = load_versions(REPO / "spec")
    assert text.endswith(changelog(specs[0], specs[1]))
    assert "**BREAKING**: resource `pops` (Pop) removed" in text
    assert "resource `sms_trunks` (SmsTrunk) added" in text


def test_the_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("generate", "check", "diff"):
        assert f"    {command} " in out
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    diff_help = capsys.readouterr().out
    words = " ".join(diff_help.split())
    assert "old new" in words and "Exit status: 0 when nothing is breaking, 1 when" in words


# --- check on a modified copy ------------------------------------------------------------------


@pytest.mark.usefixtures("render_real_once")
def test_check_fails_with_a_diff_when_a_generated_file_is_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO / "spec", tmp_path / "spec")
    for version in ("v2026_04_16", "v2026_10_22"):
        shutil.copytree(REPO / "didww" / version, tmp_path / "didww" / version)
    for name in OWNED_FILES:  # the generated files outside the version packages
        shutil.copy(REPO / name, tmp_path / name)
    shutil.copytree(REPO / DOCS_OUTPUT, tmp_path / DOCS_OUTPUT)
    shutil.copytree(REPO / "docs" / "api-changes", tmp_path / "docs" / "api-changes")
    edited = tmp_path / "didww" / "v2026_04_16" / "models" / "balances.py"
    original = edited.read_text(encoding="utf-8")
    _edit(edited, 'TYPE = "balances"', 'TYPE = "balance"')

    assert main(["check", "--spec", str(tmp_path / "spec"), "--out", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    name = "didww/v2026_04_16/models/balances.py"
    assert captured.out.startswith(f"--- committed/{name}\n+++ generated/{name}\n@@ ")
    assert '\n-    TYPE = "balance"\n' in captured.out
    assert '\n+    TYPE = "balances"\n' in captured.out
    assert captured.out.count("\n--- ") == 0, "only the edited file may be named"
    assert "out of date with spec/" in captured.err
    assert "make generate" in captured.err
    # check never writes.
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


def _written(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generate_deletes_files_of_a_removed_resource(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _spec_root(tmp_path, GOLDEN_SPEC)
    tree = root / GOLDEN_VERSION
    _add_notes(tree, NOTES)
    out = tmp_path / "project"
    generated = out / GOLDEN_PACKAGE

    first = _generate(root, out, capsys)
    assert first.startswith("wrote 38 files for 1 API versions, 38 changed\n")
    model, repository = generated / "models" / "notes.py", generated / "repositories" / "notes.py"
    page = out / DOCS_OUTPUT / GOLDEN_VERSION / "resources" / "notes.md"
    assert model.is_file() and repository.is_file() and page.is_file()
    assert "def notes(self) -> NoteRepository:" in (generated / "clients.py").read_text()

    (tree / "resources" / "notes.yaml").unlink()
    _edit(tree / "subject_areas.yaml", "  - notes\n", "")
    second = _generate(root, out, capsys)
    assert not model.exists()
    assert not repository.exists()
    assert not page.exists()
    assert "notes" not in (generated / "clients.py").read_text()
    changed = second.splitlines()
    assert changed[0] == "wrote 34 files for 1 API versions, 15 changed"
    assert "  didww/__init__.py" in changed
    assert f"  {GOLDEN_PACKAGE}/models/notes.py" in changed
    assert f"  {GOLDEN_PACKAGE}/repositories/notes.py" in changed
    assert f"  docs/reference/{GOLDEN_VERSION}/resources/notes.md" in changed
    # What is left is exactly the golden output.
    assert _written(generated) == read_expected(EXPECTED)
    assert _written(out / DOCS_OUTPUT) == read_expected(EXPECTED_DOCS)

    third = _generate(root, out, capsys)
    assert third == "wrote 34 files for 1 API versions, 0 changed\n"


def test_generate_deletes_the_package_of_a_removed_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer"
    shutil.copytree(GOLDEN_SPEC, newer)
    _edit(newer / "api.yaml", '"2030-01-02"', '"2031-05-06"')
    root = _spec_root(tmp_path, GOLDEN_SPEC, newer)
    out = tmp_path / "project"
    _generate(root, out, capsys)
    assert (out / "didww" / "v2031_05_06" / "clients.py").is_file()
    # Byte-code caches, as importing the packages leaves them.
    caches = [
        out / "didww" / "v2031_05_06" / "models" / "__pycache__",
        out / GOLDEN_PACKAGE / "__pycache__",
        out / GOLDEN_PACKAGE / "models" / "__pycache__",
    ]
    for cache in caches:
        cache.mkdir()
        (cache / "clients.cpython-311.pyc").write_bytes(b"\0")
    shutil.rmtree(root / "2031-05-06")
    _generate(root, out, capsys)
    # The removed version's package goes, caches and all; the kept one's caches stay.
    assert not (out / "didww" / "v2031_05_06").exists()
    assert (out / GOLDEN_PACKAGE / "clients.py").is_file()
    assert all(cache.is_dir() for cache in caches[1:])


def test_check_names_stale_and_missing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _spec_root(tmp_path, GOLDEN_SPEC)
    out = tmp_path / "project"
    _generate(root, out, capsys)
    generated = out / GOLDEN_PACKAGE
    (generated / "models" / "ghost.py").write_text("GHOST = 1\n", encoding="utf-8")
    (generated / "api.py").unlink()

    assert main(["check", "--spec", str(root), "--out", str(out)]) == 1
    diff = capsys.readouterr().out
    assert f"--- /dev/null\n+++ generated/{GOLDEN_PACKAGE}/api.py\n" in diff
    assert "+API_VERSION = " in diff
    assert f"--- committed/{GOLDEN_PACKAGE}/models/ghost.py\n+++ /dev/null\n" in diff
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
# API changes from 2030-01-02 to 2030-01-02

8 change(s), 4 breaking. Additions are safe for existing code; **BREAKING** marks what can break it.

## Resources added and removed

- resource `notes` (Note) added: list, find, create

## `gadgets` (Gadget)

- gadgets: operation `delete` added
- **BREAKING**: gadgets.title: type string -> integer
- gadgets: relationship `maker` added (to-one accounts)

## `widgets` (Widget)

- **BREAKING**: widgets: attribute `count` removed
- **BREAKING**: widgets: filter `color` removed

## Enums

- enum `Color`: value 'blue' added
- **BREAKING**: enum `Priority`: value 10 removed
"""


def test_changelog_lists_every_change(old_and_new: tuple[Path, Path]) -> None:
    old, new = (load_spec(p) for p in old_and_new)
    assert changelog(old, new) == EXPECTED_CHANGELOG


def test_changelog_in_reverse_marks_the_other_side_breaking(
    old_and_new: tuple[Path, Path],
) -> None:
    old, new = (load_spec(p) for p in old_and_new)
    lines = changelog(new, old).splitlines()
    assert "- **BREAKING**: resource `notes` (Note) removed" in lines
    assert "- **BREAKING**: gadgets: operation `delete` removed" in lines
    assert "- **BREAKING**: gadgets.title: type integer -> string" in lines
    assert "- **BREAKING**: gadgets: relationship `maker` removed" in lines
    assert "- widgets: attribute `count` added (integer, read_only)" in lines
    assert "- widgets: filter `color` added" in lines
    assert "- enum `Priority`: value 10 added" in lines
    assert "- **BREAKING**: enum `Color`: value 'blue' removed" in lines
    assert lines[2].startswith("8 change(s), 5 breaking.")


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
    assert result.returncode == 1, result.stderr  # breaking changes: a review can gate on it
    assert result.stdout == EXPECTED_CHANGELOG
    assert result.stderr == ""


def test_diff_exits_zero_when_nothing_breaks(tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, new)
    _add_notes(new, DIFF_NOTES)
    output = tmp_path / "changes.md"
    assert main(["diff", str(GOLDEN_SPEC), str(new), "--output", str(output)]) == 0
    assert "resource `notes` (Note) added" in output.read_text(encoding="utf-8")


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
        "# API changes from 2030-01-02 to 2030-01-02\n\n"
        "8 change(s), 5 breaking. Additions are safe for existing code; **BREAKING** marks what "
        "can break it.\n\n"
        "## API\n\n"
        "- **BREAKING**: authentication api_key -> bearer\n"
        "- requests no longer carry `X-DIDWW-API-Version`\n\n"
        "## `widgets` (Widget)\n\n"
        "- widgets: lifecycle none -> color until red\n"
        "- **BREAKING**: widgets: page size default 50, max 1000 -> default 50, max 100\n\n"
        "## Enums\n\n"
        "- **BREAKING**: enum `Priority`: value 10 removed\n"
        "- enum `Priority`: value 11 added\n"
        "- **BREAKING**: enum `Priority`: member HIGH 10 -> 11\n\n"
        "## Nested objects and unions\n\n"
        "- **BREAKING**: union `Delivery`: fallback GenericDelivery -> UnknownDelivery\n"
    )
    reverse = changelog(load_spec(new), load_spec(old)).splitlines()
    assert "- **BREAKING**: authentication bearer -> api_key" in reverse
    assert "- requests now carry `X-DIDWW-API-Version`" in reverse
    assert "- widgets: page size default 50, max 100 -> default 50, max 1000" in reverse


def test_a_list_that_stops_or_starts_being_answered_whole_is_breaking(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    _edit(new / "resources" / "gadgets.yaml", "listing: whole\n", "")
    _edit(
        new / "resources" / "widgets.yaml",
        "meta:\n  parts_count:",
        "listing: capped\nmeta:\n  parts_count:",
    )
    lines = changelog(load_spec(old), load_spec(new)).splitlines()
    assert "- **BREAKING**: gadgets: listing whole -> paginated" in lines
    assert "- **BREAKING**: widgets: listing paginated -> capped" in lines
    _edit(old / "resources" / "gadgets.yaml", "listing: whole\n", "listing: whole_without_meta\n")
    _edit(new / "resources" / "gadgets.yaml", "type: gadgets\n", "type: gadgets\nlisting: whole\n")
    lines = changelog(load_spec(old), load_spec(new)).splitlines()
    assert "- gadgets: listing whole_without_meta -> whole" in lines


def test_a_sparse_field_no_longer_accepted_is_breaking_id_included(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    _edit(
        old / "resources" / "gadgets.yaml", "filters:\n", "fields: [id, title, sizes]\nfilters:\n"
    )
    _edit(new / "resources" / "gadgets.yaml", "filters:\n", "fields: [title, sizes]\nfilters:\n")
    lines = changelog(load_spec(old), load_spec(new)).splitlines()
    assert "- **BREAKING**: gadgets: sparse field `id` no longer accepted" in lines
    assert main(["diff", str(old), str(new)]) == 1


def test_no_longer_nullable_is_breaking_where_a_request_could_send_null(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    widgets = new / "resources" / "widgets.yaml"
    # color is writable (code may have sent null), price read-only (code only read it).
    _edit(
        widgets,
        "  color:\n    type: enum[Color]\n    nullable: true\n",
        "  color:\n    type: enum[Color]\n",
    )
    _edit(
        widgets,
        "  price:\n    type: decimal\n    nullable: true\n",
        "  price:\n    type: decimal\n",
    )
    lines = changelog(load_spec(old), load_spec(new)).splitlines()
    assert "- **BREAKING**: widgets.color: no longer nullable" in lines
    assert "- widgets.price: no longer nullable" in lines
    back = changelog(load_spec(new), load_spec(old)).splitlines()
    assert "- **BREAKING**: widgets.color: now nullable" in back
    assert "- **BREAKING**: widgets.price: now nullable" in back


def test_a_raisable_page_size_loads_renders_and_diffs(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(GOLDEN_SPEC, old)
    shutil.copytree(GOLDEN_SPEC, new)
    fixed = "page_size: {default: 50, max: 100}\nmeta:\n"
    _edit(old / "resources" / "widgets.yaml", "meta:\n", fixed)
    _edit(
        new / "resources" / "widgets.yaml",
        "meta:\n",
        "page_size: {default: 50, max: 100, raisable: true}\nmeta:\n",
    )
    fixed_spec, raisable_spec = load_spec(old), load_spec(new)
    widgets = raisable_spec.resource("widgets")
    assert widgets is not None and widgets.page_size == m.PageSize(50, 100, raisable=True)
    # The repository refuses no size; the catalog and the reference say the limit may move.
    files = render(raisable_spec)
    assert "_page_size_max" not in files["repositories/widgets.py"]
    assert "_page_size_max = 100" in render(fixed_spec)["repositories/widgets.py"]
    assert "page_size=PageSizeInfo(50, 100, raisable=True)" in files["catalog.py"]
    pages = render_docs([(raisable_spec.api.version, raisable_spec)])
    (page,) = (text for path, text in pages.items() if path.endswith("resources/widgets.md"))
    assert "at most 100 unless the account's limit has been raised" in page
    # Raising is no break; taking it back is.
    assert (
        "- widgets: page size default 50, max 100 -> default 50, max 100 (an account's may be "
        "raised)" in changelog(fixed_spec, raisable_spec).splitlines()
    )
    assert Comparison(raisable_spec, fixed_spec).breaking
    assert not Comparison(fixed_spec, raisable_spec).breaking
    # A lower maximum breaks whether or not an account may raise it (2026-10-22's 1000 -> 100).
    _edit(old / "resources" / "widgets.yaml", fixed, fixed.replace("max: 100", "max: 1000"))
    assert (
        "- **BREAKING**: widgets: page size default 50, max 1000 -> default 50, max 100 (an "
        "account's may be raised)" in changelog(load_spec(old), raisable_spec).splitlines()
    )


def test_changelog_reports_rules_added_dropped_and_changed(tmp_path: Path) -> None:
    root = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, root)
    old = load_spec(root)
    objects = root / "objects.yaml"
    text = objects.read_text()
    relay = "      set:\n        host: null\n        port: null\n"
    assert relay in text
    objects.write_text(text.replace(relay, "      set:\n        host: null\n"))
    changed = changelog(old, load_spec(root))
    assert (
        "- SmtpDelivery: rule changed: when `relay` == true: sets `host` to null, `port` to null"
        " -> sets `host` to null\n"
    ) in changed
    assert "rule dropped" not in changed and "new rule" not in changed
    # The order a rule lists its values in is no change.
    objects.write_text(text.replace(relay, "      set:\n        port: null\n        host: null\n"))
    assert "SmtpDelivery: rule" not in changelog(old, load_spec(root))
    objects.write_text(
        text.replace(
            "    - when:\n        attribute: host\n", "    - when:\n        attribute: port\n"
        )
    )
    moved = changelog(old, load_spec(root))
    assert "- SmtpDelivery: rule dropped: when `host` != null: sets `relay` to false\n" in moved
    assert "- SmtpDelivery: new rule: when `port` != null: sets `relay` to false\n" in moved
    assert "**BREAKING**: SmtpDelivery" not in moved
