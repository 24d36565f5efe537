"""``didww simulator serve [--port N] ...``: the simulator of :mod:`didww.testing` on a loopback
port, exactly as ``python -m didww.testing serve`` runs it (the same code and options).

It serves the API version the CLI speaks (``didww --api-version 2026-10-22 simulator serve``, or
``DIDWW_API_VERSION``) unless its own ``--api-version`` says otherwise, so that the commands of
the same shell find the resources they know.
"""

from __future__ import annotations

import click

from didww.cli._catalog import current
from didww.cli._config import API_VERSION_OPTION, option_values

__all__ = ["simulator_command"]


def _serving_the_version_spoken(args: list[str]) -> list[str]:
    """``args`` with ``--api-version`` of the version spoken added to ``serve``, unless given."""
    if args[:1] != ["serve"] or option_values(args, API_VERSION_OPTION):
        return args
    return ["serve", API_VERSION_OPTION, current().version, *args[1:]]


def simulator_command() -> click.Command:
    """The ``simulator`` command: its arguments go to the simulator's own command line."""

    def callback(args: tuple[str, ...]) -> None:
        # Imported here: the simulator is some forty modules no other command needs.
        from didww.testing._cli import main as simulator_main

        argv = _serving_the_version_spoken(list(args))
        raise SystemExit(simulator_main(argv, prog="didww simulator"))

    return click.Command(
        "simulator",
        help="Run the DIDWW simulator on 127.0.0.1: didww simulator serve --port 8080 "
        "(see didww simulator serve --help). It serves the API version given to didww "
        "(--api-version), and prints the key or token it accepts.",
        short_help="Serve a local DIDWW simulator (no account needed).",
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
        callback=callback,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        add_help_option=False,
    )
