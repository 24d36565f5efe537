"""What the MkDocs hooks change: the navigation (one page per API changelog, newest first) and
the guides' links to example scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError

from generator.cookbook import Example, cookbook_links, read_examples
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
    from mkdocs.structure.pages import Page

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
        # The pages' links to scripts are pointed with the same read (on_page_markdown).
        page = Page(None, next(f for f in files if f.src_uri == "cookbook/index.md"), config)
        pointed = hooks.on_page_markdown("[o](../../examples/orders.py)", page, config, files)
        assert pointed == "[o](orders.md)"
        assert reads == [ROOT / "examples"] * build


def _examples(root: Path, *names: str) -> list[Example]:
    folder = root / "examples"
    folder.mkdir()
    for name in names:
        (folder / f"{name}.py").write_text(f'"""{name}: does {name}."""\n', encoding="utf-8")
    return read_examples(folder)


def test_links_to_example_scripts_point_at_their_cookbook_pages(tmp_path: Path) -> None:
    examples = _examples(tmp_path, "orders", "quickstart")
    docs = tmp_path / "docs"
    (docs / "api").mkdir(parents=True)
    text = (
        "[o](../examples/orders.py) [q](../examples/quickstart.py#L3) [all](../examples/) "
        "[gone](../examples/missing.py) [guide](errors.md) [web](https://x.test/examples/orders.py)"
    )
    assert cookbook_links(text, "index.md", docs, examples) == (
        "[o](cookbook/orders.md) [q](cookbook/quickstart.md#L3) [all](cookbook/index.md) "
        "[gone](../examples/missing.py) [guide](errors.md) [web](https://x.test/examples/orders.py)"
    )
    # From a page one folder down, the same script is reached with one more "..".
    nested = cookbook_links("[o](../../examples/orders.py)", "api/index.md", docs, examples)
    assert nested == "[o](../cookbook/orders.md)"
    # A link that only looks like one (the wrong depth) is left for the strict build to refuse.
    wrong_depth = "[o](../examples/orders.py)"
    assert cookbook_links(wrong_depth, "api/index.md", docs, examples) == wrong_depth


def test_a_link_shown_as_code_is_left_as_it_is(tmp_path: Path) -> None:
    examples = _examples(tmp_path, "orders")
    docs = tmp_path / "docs"
    docs.mkdir()
    text = (
        "Write `[o](../examples/orders.py)` to link it:\n\n"
        "```markdown\n[o](../examples/orders.py)\n```\n\n"
        "~~~~\n[o](../examples/orders.py)\n~~~~\n\n"
        "[o](../examples/orders.py) and ``a ` tick`` [o](../examples/orders.py)\n"
    )
    assert cookbook_links(text, "index.md", docs, examples) == (
        "Write `[o](../examples/orders.py)` to link it:\n\n"
        "```markdown\n[o](../examples/orders.py)\n```\n\n"
        "~~~~\n[o](../examples/orders.py)\n~~~~\n\n"
        "[o](cookbook/orders.md) and ``a ` tick`` [o](cookbook/orders.md)\n"
    )


def test_the_guides_link_to_scripts_that_exist() -> None:
    # The links work where the sources are read; the site build points them at the cookbook.
    examples = read_examples(ROOT / "examples")
    linked = 0
    for page in (ROOT / "docs").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert "](cookbook/" not in text, f"{page.name}: link the script, not the built page"
        pointed = cookbook_links(text, page.name, ROOT / "docs", examples)
        linked += pointed.count("](cookbook/")
        assert "](../examples/" not in pointed, f"{page.name} links to a script that is missing"
    assert linked >= 6
