"""MkDocs hooks (``hooks:`` in ``mkdocs.yml``): the parts of the site that are not hand-written.

- ``on_config`` fills the navigation: an entry naming ``reference/nav.yml`` becomes the
  reference section that ``python -m generator`` wrote there, one naming ``api-changes/`` a page
  per API version bump that it wrote into that folder (newest first), and one naming
  ``cookbook/nav.yml`` a page per example script;
- ``on_files`` adds the cookbook pages, rendered from ``examples/`` (see :mod:`generator.cookbook`);
- ``on_page_markdown`` points the guides' links to example scripts at their cookbook pages;
- ``on_page_content`` drops the Sphinx roles (``:class:``, ``:meth:``...) and ``::`` markers
  that docstrings use, which mkdocstrings would otherwise print as they are;
- ``on_post_build`` records a digest of everything the site is built from in the site folder, so
  the browser test can tell whether ``site/`` is current (:func:`inputs_digest`).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path; make `generator` importable anyway
    sys.path.insert(0, str(ROOT))

from generator.cookbook import (
    CookbookError,
    Example,
    cookbook_links,
    cookbook_nav,
    read_examples,
    render_cookbook,
)
from generator.docs import CHANGES_FOLDER

REFERENCE_NAV = "reference/nav.yml"
API_CHANGES_NAV = f"{CHANGES_FOLDER}/"
COOKBOOK_NAV = "cookbook/nav.yml"
DIGEST_FILE = ".inputs-sha256"
"""Written into the site folder after a build: :func:`inputs_digest` of the sources it used."""

# What the site is built from, relative to the project root.
INPUTS = ("mkdocs.yml", "docs", "examples", "didww", "generator")


def inputs_digest(root: Path = ROOT) -> str:
    """A digest of every file the site is built from (sources only, caches aside)."""
    digest = hashlib.sha256()
    for name in INPUTS:
        top = root / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in paths:
            rel = path.relative_to(root)
            if "__pycache__" in rel.parts:
                continue
            digest.update(rel.as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


_EXAMPLES: dict[Path, list[Example]] = {}
"""The examples read for a build's navigation (``on_config``), kept for its pages (``on_files``)
and the links to them (``on_page_markdown``)."""


def _examples_folder(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent / "examples"


def _read_for_nav(config: MkDocsConfig) -> list[Example]:
    folder = _examples_folder(config)
    examples = _EXAMPLES[folder] = read_examples(folder)  # fresh on every build (mkdocs serve)
    return examples


def _read_for_pages(config: MkDocsConfig) -> list[Example]:
    folder = _examples_folder(config)
    examples = _EXAMPLES.get(folder)
    return examples if examples is not None else read_examples(folder)


def _expand(items: Any, config: MkDocsConfig) -> Any:
    """The nav with its placeholders replaced by the generated sections."""
    if isinstance(items, list):
        out: list[Any] = []
        for item in items:
            expanded = _expand(item, config)
            if isinstance(item, str) and isinstance(expanded, list):
                out.extend(expanded)  # a bare placeholder: its entries take its place
            else:
                out.append(expanded)
        return out
    if isinstance(items, dict):
        return {title: _expand(value, config) for title, value in items.items()}
    if items == REFERENCE_NAV:
        path = Path(config.docs_dir) / REFERENCE_NAV
        if not path.is_file():
            raise PluginError(f"{path} is missing: run `make generate`")
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    if items == API_CHANGES_NAV:
        return api_changes_nav(Path(config.docs_dir))
    if items == COOKBOOK_NAV:
        lines = cookbook_nav(_read_for_nav(config))
        return yaml.safe_load("\n".join(lines))
    return items


def api_changes_nav(docs_dir: Path) -> list[dict[str, str]]:
    """One entry per changelog in ``docs/api-changes/`` (named after the version it moves to),
    newest first, so a new API version's changelog is in the navigation without editing it."""
    pages = sorted((docs_dir / API_CHANGES_NAV).glob("*.md"), reverse=True)
    if not pages:
        raise PluginError(f"{docs_dir / API_CHANGES_NAV} holds no changelog: run `make generate`")
    return [{f"To {page.stem}": f"{API_CHANGES_NAV}{page.name}"} for page in pages]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        config.nav = _expand(config.nav, config)
    except CookbookError as exc:
        raise PluginError(str(exc)) from exc
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        pages = render_cookbook(_read_for_pages(config))
    except CookbookError as exc:
        raise PluginError(str(exc)) from exc
    for path, text in pages.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return cookbook_links(
        markdown, page.file.src_uri, Path(config.docs_dir), _read_for_pages(config)
    )


SPHINX_ROLE = re.compile(r":(?:class|meth|func|attr|data|mod|exc|obj):(?=<code>)")
LITERAL_MARKER = re.compile(r"<p>::</p>\n?")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return LITERAL_MARKER.sub("", SPHINX_ROLE.sub("", html))


def on_post_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).resolve().parent
    (Path(config.site_dir) / DIGEST_FILE).write_text(inputs_digest(root) + "\n", encoding="utf-8")
