"""Loading on first use: what ``import didww`` does not pay for until a name is read.

Generated packages list where each public name lives; their module ``__getattr__`` calls
:func:`attribute`, which imports that module, caches the value in the package, and returns it.
Type checkers see ordinary imports (under ``TYPE_CHECKING``), so completion and ``mypy`` are
unaffected.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any


def attribute(package: str, where: dict[str, str], name: str, *, absolute: bool = False) -> Any:
    """``name`` from the module ``where`` says defines it (relative to ``package`` unless
    ``absolute``), cached in ``package``; AttributeError for a name it does not have."""
    module = where.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    target = module if absolute else f"{package}.{module}"
    value = getattr(importlib.import_module(target), name)
    setattr(sys.modules[package], name, value)
    return value


def submodule(package: str, name: str) -> ModuleType:
    """The submodule ``package.name``, imported now (``didww.enums``, ``didww.testing``...)."""
    module = importlib.import_module(f"{package}.{name}")
    setattr(sys.modules[package], name, module)
    return module
