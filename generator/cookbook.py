"""The cookbook section of the documentation site: one page per script in ``examples/``.

Pages are rendered while the site is built (``mkdocs_hooks.py`` adds them), from the scripts'
module docstrings, and include each script itself with ``pymdownx.snippets``, so the cookbook can
neither miss an example nor show an outdated copy of one.

The guides link to the scripts themselves (``../examples/orders.py``), which works where the
sources are read (a repository browser, an editor); :func:`cookbook_links` points those links
at the cookbook's pages in the built site.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass
from pathlib import Path

from generator.docs import md, nav_line, template_environment

HEADER_TEXT = "Generated from examples/ while the site is built; edit the example script instead."
FOLDER = "cookbook"
"""Where the pages go, relative to the docs folder."""


@dataclass(frozen=True)
class Example:
    """One example script, as the cookbook shows it."""

    name: str
    title: str
    summary: str
    body: list[str]
    script: str
    page: str


class CookbookError(Exception):
    """An example cannot be shown (no docstring, or one without a summary)."""


def read_examples(folder: Path) -> list[Example]:
    """The runnable examples in ``folder`` (``_``-prefixed helpers aside), quickstart first."""
    scripts = sorted(p for p in folder.glob("*.py") if not p.name.startswith("_"))
    scripts.sort(key=lambda p: p.stem != "quickstart")
    if not scripts:
        raise CookbookError(f"no example scripts in {folder}")
    return [_example(path, folder.name) for path in scripts]


def _example(path: Path, folder: str) -> Example:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    if not docstring:
        raise CookbookError(f"{path.name} has no module docstring to introduce it")
    paragraphs = [" ".join(p.split()) for p in docstring.split("\n\n")]
    # Usage lines (`python examples/x.py ...`) give way to the page's own "Run it" section.
    paragraphs = [p for p in paragraphs if not p.startswith("python ")]
    first, body = paragraphs[0], paragraphs[1:]
    title, sep, summary = first.partition(": ")
    if not sep:
        title, summary = path.stem.replace("_", " ").capitalize(), first
    return Example(
        name=path.stem,
        title=title,
        summary=md(summary[:1].upper() + summary[1:]),
        body=[md(p) for p in body],
        script=f"{folder}/{path.name}",
        page=f"{path.stem}.md",
    )


def render_cookbook(examples: list[Example]) -> dict[str, str]:
    """The cookbook's pages, by path relative to the docs folder."""
    env = template_environment()
    files = {
        f"{FOLDER}/index.md": env.get_template("cookbook_index.md.j2").render(
            header=HEADER_TEXT, examples=examples
        )
    }
    for example in examples:
        files[f"{FOLDER}/{example.page}"] = env.get_template("cookbook_page.md.j2").render(
            header=HEADER_TEXT, example=example
        )
    return {path: text.rstrip("\n") + "\n" for path, text in files.items()}


def cookbook_nav(examples: list[Example]) -> list[str]:
    """The cookbook's navigation entries, as lines of YAML."""
    lines = [nav_line(0, "", f"{FOLDER}/index.md")]
    lines += [nav_line(0, e.title, f"{FOLDER}/{e.page}") for e in examples]
    return lines


_CODE_OR_LINK = re.compile(
    # Code first, so that a link shown as code (a fenced block, an inline span) is left alone.
    r"(?P<code>^[ \t]*(?P<fence>`{3,}|~{3,}).*?^[ \t]*(?P=fence)[ \t]*$"
    r"|(?P<ticks>`+)(?:(?!\n\n).)+?(?P=ticks))"
    r"|\]\((?P<target>[^)\s#]+)(?P<anchor>#[^)\s]*)?\)",
    re.MULTILINE | re.DOTALL,
)
"""A fenced code block, an inline code span, or the target of a Markdown inline link:
``[text](target#anchor)``."""


def cookbook_links(markdown: str, page: str, docs_dir: Path, examples: list[Example]) -> str:
    """``markdown`` (the page at ``page``, relative to ``docs_dir``) with its links to an example
    script pointing at that script's cookbook page, and those to the examples folder at the
    cookbook's index. Other links, and links inside code (a fenced block, an inline span), are
    left as they are."""
    if not examples:
        return markdown
    folder = (docs_dir.parent / Path(examples[0].script).parent).resolve()
    pages = {folder / Path(e.script).name: f"{FOLDER}/{e.page}" for e in examples}
    pages[folder] = f"{FOLDER}/index.md"
    here = (docs_dir / page).parent.resolve()

    def point(match: re.Match[str]) -> str:
        target = match["target"]
        if target is None or "://" in target or target.startswith("/"):  # code, or the web
            return match[0]
        found = pages.get(Path(os.path.normpath(here / target)))
        if found is None:
            return match[0]
        relative = Path(os.path.relpath(docs_dir.resolve() / found, here)).as_posix()
        return f"]({relative}{match['anchor'] or ''})"

    return _CODE_OR_LINK.sub(point, markdown)
