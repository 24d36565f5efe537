"""The Python blocks of README.md, as the README test runs and type-checks them.

README.md marks blocks with an HTML comment on the line before the opening fence (invisible on
GitHub and in the rendered site):

- ``<!-- prelude -->``: the lines every later block starts from (``import didww``, a client...);
  the README says so in words. A prelude runs, and is type-checked, ahead of each later block.
- ``<!-- not run: REASON -->``: the block is type-checked but not run, for the REASON given
  (a real production call).
- ``<!-- api: VERSION -->``: the block talks to API version VERSION; it runs against a simulator
  of that version.

A block with ``await`` at the top level (``async with``, ``async for``) runs inside an event
loop; for mypy it becomes the body of an ``async def``.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType

FENCE = re.compile(r"^```python\s*$")
END = re.compile(r"^```\s*$")
MARK = re.compile(
    r"^<!--\s*(prelude|not run:\s*(?P<reason>.+?)|api:\s*(?P<version>[0-9-]+))\s*-->\s*$"
)
ASYNC_BODY = "async def _readme_block() -> None:"


@dataclass(frozen=True)
class Block:
    """One ```python block of the README."""

    number: int
    """1-based, counting Python blocks only."""
    line: int
    """The README line of the block's first code line."""
    code: str
    prelude: bool = False
    skip: str | None = None
    """Why the block is not run, or None when it runs."""
    api_version: str | None = None
    """The API version the block talks to, when it is not the SDK's default."""
    replaced: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def label(self) -> str:
        return f"README.md block {self.number} (line {self.line})"

    def compiled(self) -> CodeType:
        """The block compiled with README line numbers; top-level ``await`` is allowed."""
        tree = compile(
            self.code, "README.md", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        )
        ast.increment_lineno(tree, self.line - 1)
        code: CodeType = compile(tree, "README.md", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        return code

    @property
    def is_async(self) -> bool:
        return bool(self.compiled().co_flags & inspect.CO_COROUTINE)


def read_blocks(path: Path) -> list[Block]:
    """Every ```python block of ``path``, with its marks."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if not FENCE.match(lines[index]):
            index += 1
            continue
        start = index + 1
        end = start
        while end < len(lines) and not END.match(lines[end]):
            end += 1
        if end == len(lines):
            raise ValueError(f"README.md line {index + 1}: a ```python block is never closed")
        mark = MARK.match(lines[index - 1]) if index > 0 else None
        blocks.append(
            Block(
                number=len(blocks) + 1,
                line=start + 1,
                code="\n".join(lines[start:end]) + "\n",
                prelude=mark is not None and mark.group(1) == "prelude",
                skip=mark.group("reason") if mark is not None else None,
                api_version=mark.group("version") if mark is not None else None,
            )
        )
        index = end + 1
    return blocks


def with_ids(block: Block, placeholders: dict[str, str]) -> Block:
    """The block with each quoted placeholder id (``"DID-ID"``) replaced by a real one."""
    code, used = block.code, {}
    for placeholder, value in placeholders.items():
        quoted = f'"{placeholder}"'
        if quoted in code:
            code = code.replace(quoted, f'"{value}"')
            used[placeholder] = value
    return Block(block.number, block.line, code, block.prelude, block.skip, block.api_version, used)


@dataclass
class Module:
    """A block as a module for mypy: its preludes, then the block; a map back to README lines."""

    name: str
    text: str
    lines: list[int]
    """README line of each module line (0 for a line the test added)."""


def as_module(block: Block, preludes: list[Block]) -> Module:
    parts: list[str] = []
    origin: list[int] = []
    for part in [*preludes, block]:
        code_lines = part.code.splitlines()
        if part.is_async:
            parts.append(ASYNC_BODY)
            origin.append(0)
            code_lines = textwrap.indent(part.code, "    ").splitlines()
        parts.extend(code_lines)
        origin.extend(range(part.line, part.line + len(code_lines)))
    return Module(f"readme_block_{block.number:02d}", "\n".join(parts) + "\n", origin)
