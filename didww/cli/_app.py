"""The root ``didww`` command: connection options, the generated resource groups, the file
commands and the simulator; and :func:`run`, which turns every outcome into an exit status.

The resource groups are built when they are looked up, not when the tool starts: ``didww dids
list`` builds the ``dids`` group alone, and ``didww --help`` lists every group from the catalog
without building any.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from typing import Any

import click

import didww
from didww.cli._catalog import RESOURCES, ResourceInfo, command_word
from didww.cli._config import ClientFactory
from didww.cli._errors import EXIT_API, Redactor, report
from didww.cli._files import file_commands
from didww.cli._options import connection_options
from didww.cli._resources import operation_commands, resource_group
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


def _resource_command(info: ResourceInfo) -> click.Group:
    """The command group of a resource that has commands, with its file commands."""
    group = resource_group(info)
    extra = file_commands(info.type)
    for command in extra:
        group.add_command(command)
    group.short_help = _short_help(info, extra)
    return group


def _short_help(info: ResourceInfo, extra: list[click.Command] | None = None) -> str:
    """A resource group's line in the root help: its commands (``list, find, update``), with the
    file commands ``extra`` (made here when not given)."""
    if extra is None:
        extra = file_commands(info.type)
    return ", ".join([*operation_commands(info), *(c.name or "" for c in extra)])


class _Commands(MutableMapping[str, click.Command]):
    """The root's subcommands by name. Every resource with commands is listed from the catalog;
    its group is built the first time it is looked up."""

    def __init__(self) -> None:
        self.resources = {
            command_word(info): info for info in RESOURCES.values() if operation_commands(info)
        }
        self._built: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        command = self._built.get(name)
        if command is None:
            command = self._built[name] = _resource_command(self.resources[name])
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._built.pop(name, None)
        self.resources.pop(name, None)

    def unbuilt(self, name: str) -> ResourceInfo | None:
        """The resource of a group that has not been built yet."""
        return None if name in self._built else self.resources.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self.resources

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self.resources, *self._built]))

    def __len__(self) -> int:
        return len(dict.fromkeys([*self.resources, *self._built]))


class _Root(click.Group):
    """The ``didww`` group: lists the catalog's resources and builds only the one used."""

    commands: _Commands

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("didww", commands=_Commands(), **kwargs)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click does, but a resource group not built yet is described from the catalog."""
        rows = []
        for name in self.list_commands(ctx):
            info = self.commands.unbuilt(name)
            if info is not None:
                rows.append((name, _short_help(info)))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def build_cli() -> click.Group:
    """The whole command tree; resource groups come from the catalog (see :class:`_Root`)."""
    root = _Root(
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
        code = status if isinstance(status, int) else 0
    except BrokenPipeError:
        code = EXIT_API
    except BaseException as exc:
        code = report(exc, redact, verbose=session.flags.verbose)
    return _stdout_written(code)


def _stdout_written(code: int) -> int:
    """``code``, once what stdout still buffers is written; 1 when the reader went away.

    A reader that went away (``| head``) ends the command quietly, as other tools do. click
    handles a broken pipe it meets itself, but what is still buffered in the original stdout
    would fail again when Python exits, printing "Exception ignored" and exiting 120: it is
    written here, and on a broken pipe stdout is pointed at the null device instead.
    """
    stdout = sys.__stdout__
    if stdout is None:
        return code
    try:
        stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
        return EXIT_API
    return code
