"""The root ``didww`` command: connection options, the generated resource groups, the file
commands and the simulator; and :func:`run`, which turns every outcome into an exit status."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

import click

import didww
from didww.cli._catalog import RESOURCES, command_word
from didww.cli._config import ClientFactory
from didww.cli._errors import EXIT_API, Redactor, report
from didww.cli._files import file_commands
from didww.cli._options import connection_options
from didww.cli._resources import resource_group
from didww.cli._session import Session
from didww.cli._simulator import simulator_command

__all__ = ["build_cli", "run"]

HELP = """Work with the DIDWW API v3 from the shell.

\b
  didww dids list --filter blocked=false --include voice_in_trunk
  didww voice-in-trunks update ID --set capacity_limit=20 --set cli_format=e164
  didww exports download ID cdr.csv --wait

Set DIDWW_API_KEY (and DIDWW_ENVIRONMENT=production for real numbers). Exit status: 0 done,
1 the API or the network refused, 2 bad command line or input (nothing was sent).
"""


def build_cli() -> click.Group:
    """The whole command tree; resource groups come from the catalog."""
    root = click.Group(
        "didww",
        help=HELP,
        params=connection_options(),
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        no_args_is_help=True,
    )
    root.params.append(
        click.Option(
            ["--version"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=_version,
            help="Show the SDK and API versions.",
        )
    )
    for info in RESOURCES.values():
        group = resource_group(info)
        if group is None:
            continue
        for command in file_commands(info.type):
            group.add_command(command)
        group.short_help = ", ".join(group.commands)
        root.add_command(group, command_word(info))
    root.add_command(simulator_command())
    return root


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"didww {didww.__version__} (DIDWW API {didww.API_VERSION})")
        ctx.exit(0)


def _secrets_in(argv: Sequence[str]) -> list[str]:
    """API keys given on the command line, found before parsing so that even a usage error
    about them never echoes them."""
    found = []
    for i, arg in enumerate(argv):
        if arg == "--api-key" and i + 1 < len(argv):
            found.append(argv[i + 1])
        elif arg.startswith("--api-key="):
            found.append(arg.split("=", 1)[1])
    return found


def run(
    argv: Sequence[str] | None = None,
    *,
    client_factory: ClientFactory | None = None,
    env: Mapping[str, str] | None = None,
) -> int:
    """Run one command line and return its exit status (0, 1 or 2)."""
    args = list(sys.argv[1:] if argv is None else argv)
    session = Session(client_factory, os.environ if env is None else env)
    redact = Redactor([*_secrets_in(args), *session.redactor().secrets])
    try:
        with session:
            status = build_cli().main(args, prog_name="didww", standalone_mode=False, obj=session)
        # Without standalone mode, click hands back the status of --help and --version exits.
        return status if isinstance(status, int) else 0
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_API
    except BaseException as exc:
        return report(exc, redact, verbose=session.flags.verbose)
