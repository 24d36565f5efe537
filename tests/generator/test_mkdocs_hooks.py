"""The navigation the MkDocs hooks fill in: one page per API changelog, newest first."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError

from generator.mkdocs_hooks import API_CHANGES_NAV, api_changes_nav

ROOT = Path(__file__).resolve().parents[2]


def test_one_entry_per_changelog_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / API_CHANGES_NAV
    folder.mkdir()
    for version in ("2026-10-22", "2027-03-01"):
        (folder / f"{version}.md").write_text(f"# {version}\n", encoding="utf-8")
    assert api_changes_nav(tmp_path) == [
        {"To 2027-03-01": "api-changes/2027-03-01.md"},
        {"To 2026-10-22": "api-changes/2026-10-22.md"},
    ]


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / API_CHANGES_NAV).mkdir()
    with pytest.raises(PluginError, match="make generate"):
        api_changes_nav(tmp_path)


def test_the_site_lists_every_generated_changelog() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert {"API changes": API_CHANGES_NAV} in config["nav"]
    listed = {path for entry in api_changes_nav(ROOT / "docs") for path in entry.values()}
    on_disk = {f"api-changes/{p.name}" for p in (ROOT / "docs" / "api-changes").glob("*.md")}
    assert listed == on_disk and "api-changes/2026-10-22.md" in listed


def test_one_build_reads_the_examples_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator.cookbook import Example, read_examples

    reads: list[Path] = []

    def counting(folder: Path) -> list[Example]:
        reads.append(folder)
        return read_examples(folder)

    for build in (1, 2):  # as `mkdocs serve` rebuilds: each build reads the scripts afresh
        config = load_config(str(ROOT / "mkdocs.yml"))
        # MkDocs loads the hooks module by path, as a module of its own: patch that one.
        hooks = config["hooks"]["generator/mkdocs_hooks.py"]
        monkeypatch.setattr(hooks, "read_examples", counting)
        # Through MkDocs' own event runner, as `mkdocs build` calls the hooks.
        config = config.plugins.on_config(config)
        files = config.plugins.on_files(Files([]), config=config)
        assert reads == [ROOT / "examples"] * build
        pages = {f.src_uri for f in files}
        assert "cookbook/index.md" in pages and "cookbook/quickstart.md" in pages
        assert hooks._EXAMPLES == {}
