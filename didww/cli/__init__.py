"""``didww``, the command line of the SDK: the ``cli`` extra (``pip install '.[cli]'`` in a
checkout).

The commands are generated from the SDK's catalog of the API when the tool starts: every resource
is a command group (``didww voice-in-trunks list``), with the operations, filters, sorts and
includes the spec gives it. See ``didww --help``.

This package is the only part of ``didww`` that imports Click and Rich; ``import didww`` never
does. This module itself imports nothing else: it is what the console script loads, and every
import that takes time happens inside :func:`main`, where Ctrl-C ends the tool with its usual
message rather than a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from didww.cli._config import ClientFactory

__all__ = ["MISSING_EXTRA", "main"]

MISSING_EXTRA = "didww: the command-line tool needs the cli extra ({name} is not installed): {hint}"
_EXTRA_MODULES = ("click", "rich")
INTERRUPTED = "didww: interrupted"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command Ctrl-C ended


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
    try:
        run = _load()
        if run is None:
            return 2
        return run(argv, client_factory=client_factory, env=env)
    except KeyboardInterrupt:
        # Only while the modules load: once run() has started, it reports Ctrl-C itself.
        sys.stderr.write(INTERRUPTED + "\n")
        return EXIT_INTERRUPTED


def _load() -> Callable[..., int] | None:
    """``didww.cli._app.run``, once Click and Rich are found; None (with the install command on
    stderr) when one is missing."""
    import importlib

    for module in _EXTRA_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            from didww._extras import install_hint

            hint = install_hint("cli")
            sys.stderr.write(MISSING_EXTRA.format(name=module, hint=hint) + "\n")
            return None
    from didww.cli._app import run

    return run
