"""``didww simulator serve [--port N] ...``: the simulator of :mod:`didww.testing` on a loopback
port, exactly as ``python -m didww.testing serve`` runs it (the same code and options).

It serves the API version the CLI speaks (``didww --api-version 2026-10-22 simulator serve``, or
``DIDWW_API_VERSION``) unless its own ``--api-version`` says otherwise, so that the commands of
the same shell find the resources they know; its ``--help`` states that version as the default.
Likewise it accepts the API key of the CLI (``--api-key`` or ``DIDWW_API_KEY``) unless its own
``--api-key`` names another (never printed, not even in ``--help``).
"""

from __future__ import annotations

import click

from didww._client import API_KEY_VARIABLE
from didww.cli._catalog import current
from didww.cli._session import current_session

__all__ = ["simulator_command"]


def simulator_command() -> click.Command:
    """The ``simulator`` command: its arguments go to the simulator's own command line."""

    def callback(args: tuple[str, ...]) -> None:
        # Imported here: the simulator is some forty modules no other command needs.
        from didww.testing._cli import main as simulator_main

        session = current_session()
        key = session.flags.api_key or session.env.get(API_KEY_VARIABLE, "").strip() or None
        status = simulator_main(
            list(args), prog="didww simulator", api_version=current().version, api_key=key
        )
        raise SystemExit(status)

    return click.Command(
        "simulator",
        help="Run the DIDWW simulator on 127.0.0.1: didww simulator serve --port 8080 "
        "(see didww simulator serve --help). It serves the API version didww speaks "
        "(--api-version or DIDWW_API_VERSION, else the default) unless serve's own "
        "--api-version names another, and prints the key or token it accepts. It accepts "
        "didww's own API key (--api-key or DIDWW_API_KEY) unless serve's --api-key names "
        "another, so that the commands of the same shell get in.",
        short_help="Serve a local DIDWW simulator (no account needed).",
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
        callback=callback,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        add_help_option=False,
    )
