"""``didww simulator serve [--port N] ...``: the simulator of :mod:`didww.testing` on a loopback
port, exactly as ``python -m didww.testing serve`` runs it (the same code and options)."""

from __future__ import annotations

import click

__all__ = ["simulator_command"]


def simulator_command() -> click.Command:
    def callback(args: tuple[str, ...]) -> None:
        # Imported here: the simulator is some forty modules no other command needs.
        from didww.testing._cli import main as simulator_main

        raise SystemExit(simulator_main(list(args), prog="didww simulator"))

    return click.Command(
        "simulator",
        help="Run the DIDWW simulator on 127.0.0.1: didww simulator serve --port 8080 "
        "(see didww simulator serve --help). No API key needed.",
        short_help="Serve a local DIDWW simulator (no account needed).",
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
        callback=callback,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        add_help_option=False,
    )
