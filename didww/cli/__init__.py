"""``didww``, the command line of the SDK: the ``cli`` extra (``pip install '.[cli]'`` in a
checkout).

The commands are generated from the SDK's catalog of the API when the tool starts: every resource
is a command group (``didww voice-in-trunks list``), with the operations, filters, sorts and
includes the spec gives it. See ``didww --help``.

This package is the only part of ``didww`` that imports Click and Rich; ``import didww`` never
does.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from didww.cli._config import ClientFactory

__all__ = ["MISSING_EXTRA", "main"]

MISSING_EXTRA = "didww: the command-line tool needs the cli extra ({name} is not installed): {hint}"
_EXTRA_MODULES = ("click", "rich")


def main(
    argv: Sequence[str] | None = None,
    *,
    client_factory: ClientFactory | None = None,
    env: Mapping[str, str] | None = None,
) -> int:
    """Run ``didww`` with ``argv`` (default: the process arguments); returns the exit status.

    ``client_factory`` builds the :class:`didww.Client` from the resolved settings (tests pass one
    that answers from :mod:`didww.testing`); ``env`` replaces ``os.environ``.
    """
    for module in _EXTRA_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            from didww._extras import install_hint

            hint = install_hint("cli")
            sys.stderr.write(MISSING_EXTRA.format(name=module, hint=hint) + "\n")
            return 2
    from didww.cli._app import run

    return run(argv, client_factory=client_factory, env=env)
