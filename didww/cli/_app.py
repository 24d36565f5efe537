"""The root ``didww`` command: connection options, the generated resource groups, the file
commands and the simulator; and :func:`run`, which turns every outcome into an exit status.

The API version is read from the command line (or ``DIDWW_API_VERSION``) before anything else,
and the tree is that version's: its resources, options and checks. The resource groups are built
when they are looked up, not when the tool starts: ``didww dids list`` builds the ``dids`` group
alone, and ``didww --help`` lists every group from the catalog without building any.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from typing import Any

import click

import didww
from didww._codecs import lone_surrogate
from didww.cli._catalog import (
    ResourceInfo,
    command_word,
    current,
    load,
    speaking,
    versions,
    versions_with,
)
from didww.cli._config import (
    API_VERSION_OPTION,
    API_VERSION_VARIABLE,
    TOKEN_VARIABLE,
    ClientFactory,
    VersionChoice,
    choose_version,
    option_values,
    other_versions,
)
from didww.cli._errors import EXIT_API, EXIT_OK, CommandFailed, InputError, Redactor, report
from didww.cli._files import file_commands
from didww.cli._options import connection_options
from didww.cli._resources import operation_commands, resource_group
from didww.cli._session import Session, environment_secrets
from didww.cli._simulator import simulator_command

__all__ = ["build_cli", "run"]


class _ReaderGone(Exception):
    """Stdout's reader went away (``didww ... | head``). Not an OSError, so that click, which
    turns a broken pipe into exit status 1 itself, lets it through to :func:`run`."""


HELP = """Work with the DIDWW API v3 from the shell.

\b
  didww dids list --filter blocked=false --include voice_in_trunk
  didww voice-in-trunks update ID --set capacity_limit=20 --set cli_format=e164
  didww exports download ID cdr.csv --wait

Set DIDWW_API_KEY (and DIDWW_ENVIRONMENT=production for real numbers). For another API
version, set {version_variable} or pass --api-version; {bearer} takes a bearer token
({token_variable} or --token) instead of the key. Exit status: 0 done (or the reader of the
output stopped reading), 1 the API or the network refused, or stdout cannot be written, 2 bad
command line or input (nothing was sent), 130 interrupted.
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
    """The root's subcommands by name. Every resource with commands is listed from the catalog
    of the version spoken; its group is built the first time it is looked up."""

    def __init__(self) -> None:
        self.resources = {
            command_word(info): info
            for info in current().resources.values()
            if operation_commands(info)
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


def _versions_with_command(name: str) -> list[str]:
    """The other API versions that have a resource group called ``name`` (their catalogs are
    loaded only on this error path)."""
    return [
        version
        for version in versions()
        if version != current().version
        and any(
            command_word(info) == name and operation_commands(info)
            for info in load(version).resources.values()
        )
    ]


class _Root(click.Group):
    """The ``didww`` group: lists the catalog's resources and builds only the one used."""

    commands: _Commands

    def __init__(self, version_error: InputError | None = None, **kwargs: Any) -> None:
        super().__init__("didww", commands=_Commands(), **kwargs)
        self.version_error = version_error
        """Why ``DIDWW_API_VERSION`` cannot be used: raised when a command that speaks the API
        is looked up, so that ``--help`` and ``--version`` still work."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        with _reader_gone():  # --help and --version write while the root's options are parsed
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with _reader_gone():
            return super().invoke(ctx)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """As click does; a resource of another API version (``sms-trunks`` under 2026-04-16)
        is refused with the version that has it, rather than as an unknown word."""
        try:
            found = super().resolve_command(ctx, args)
        except click.UsageError:
            name = args[0] if args else ""
            if not name or name.startswith("-") or name in self.commands:
                raise  # an option click re-parsed, or a group's own error: not a lookup
            elsewhere = _versions_with_command(name)
            if not elsewhere:
                raise
            raise click.UsageError(
                f"No such command {name!r} in API version {current().version}: "
                f"{other_versions('a command', elsewhere)}.",
                ctx,
            ) from None
        if self.version_error is not None:
            raise self.version_error
        return found

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


def build_cli(version_error: InputError | None = None) -> click.Group:
    """The whole command tree of the version spoken (:func:`didww.cli._catalog.current`);
    resource groups come from its catalog (see :class:`_Root`). ``version_error``: why the
    environment's version cannot be used, for the commands to raise."""
    root = _Root(
        version_error,
        help=HELP.format(
            version_variable=API_VERSION_VARIABLE,
            token_variable=TOKEN_VARIABLE,
            bearer=" or ".join(versions_with(bearer=True)),
        ),
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
        click.echo(f"didww {didww.__version__} (DIDWW API {current().version})")
        ctx.exit(0)


def _secrets_in(argv: Sequence[str]) -> list[str]:
    """API keys and tokens given on the command line, found before parsing so that even a usage
    error about them never echoes them."""
    return [*option_values(argv, "--api-key"), *option_values(argv, "--token")]


def run(
    argv: Sequence[str] | None = None,
    *,
    client_factory: ClientFactory | None = None,
    env: Mapping[str, str] | None = None,
) -> int:
    """Run one command line and return its exit status (0, 1 or 2)."""
    args = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if env is None else env
    redact = Redactor([*_secrets_in(args), *environment_secrets(environ)])
    session: Session | None = None
    try:
        if sys.stdout is None:  # started with stdout closed (`>&-`): nowhere to write
            raise CommandFailed("stdout is closed; redirect it to a file or /dev/null instead")
        _check_decoded(args)
        # The version decides the command tree, so it is known before the tree is built.
        version, version_error = _version_or_default(args, environ)
        session = Session(client_factory, environ, version)
        with session, speaking(version.catalog):
            status = build_cli(version_error).main(
                args, prog_name="didww", standalone_mode=False, obj=session
            )
            _note_hidden(session)
        # Without standalone mode, click hands back the status of --help and --version exits.
        code = status if isinstance(status, int) else 0
    except (_ReaderGone, BrokenPipeError):
        code = EXIT_OK
    except BaseException as exc:
        code = report(
            exc,
            redact,
            verbose=session is not None and session.flags.verbose,
            hints=session.version_hints(exc) if session is not None else (),
        )
    return _stdout_written(code)


def _note_hidden(session: Session) -> None:
    """Say on stderr which secrets the output shows as [FILTERED], and how to print them."""
    if session.hidden:
        names = ", ".join(dict.fromkeys(session.hidden))
        sys.stderr.write(
            f"didww: note: secrets shown as [FILTERED]: {names} (--show-secrets prints them)\n"
        )


@contextmanager
def _reader_gone() -> Iterator[None]:
    """A broken pipe on stdout as :class:`_ReaderGone`: Python's own, or the SDK's when a
    download streamed to ``-`` met it (its errors for the network are no OSError)."""
    try:
        yield
    except BrokenPipeError as exc:
        raise _ReaderGone() from exc
    except didww.DownloadWriteError as exc:
        if exc.errno != errno.EPIPE:
            raise
        raise _ReaderGone() from exc


def _version_or_default(
    args: Sequence[str], env: Mapping[str, str]
) -> tuple[VersionChoice, InputError | None]:
    """The version to speak; a version ``DIDWW_API_VERSION`` names wrongly is an error for the
    commands alone (the default version's tree is built so that help and --version work), while
    ``--api-version``, on the command line at hand, is refused at once."""
    try:
        return choose_version(args, env), None
    except InputError as exc:
        if option_values(args, API_VERSION_OPTION):
            raise
        return choose_version(args, {}), exc


def _check_decoded(args: Sequence[str]) -> None:
    """Refuse an argument that is not text: bytes the locale's encoding could not decode (a
    UTF-8 ``é`` under ``LC_ALL=C`` without Python's UTF-8 mode) become lone surrogates, which no
    request can carry. Named by its option (``--set description``), never by its value, which
    may be a secret."""
    for number, arg in enumerate(args, 1):
        if lone_surrogate(arg) is None:
            continue
        if os.path.lexists(arg) or (arg.startswith("-") and os.path.lexists(arg.partition("=")[2])):
            # A file to upload or read (--file, --file=): its name is the file system's bytes,
            # which Python carries as these and opens as they are.
            continue
        name, equals, _ = arg.partition("=")
        named = bool(equals) and lone_surrogate(name) is None
        before = args[number - 2] if number > 1 else ""
        if named and arg.startswith("-"):
            where = f"the value of {name}"  # --option=VALUE
        elif named and before.startswith("-"):
            where = f"the value of {before} {name}"  # --set NAME=VALUE, --filter KEY=VALUE
        elif before.startswith("-") and lone_surrogate(before) is None:
            where = f"argument {number} (after {before})"
        else:
            where = f"argument {number}"
        encoding = sys.getfilesystemencoding()
        if codecs.lookup(encoding).name == "utf-8":
            # The locale is UTF-8 already: the bytes are in another encoding (a file name
            # written under Latin-1, say).
            advice = "its bytes are not UTF-8: give it in UTF-8 (a file to write: another name)"
        else:
            advice = "use a UTF-8 locale (LC_ALL=C.UTF-8) or set PYTHONUTF8=1"
        raise InputError(f"{where} is not text in this terminal's encoding ({encoding}): {advice}")


def _stdout_written(code: int) -> int:
    """``code``, once what stdout still buffers is written; 0 when the reader went away, 1 when
    stdout cannot be written.

    A reader that went away (``| head``) took what it wanted: the command ends quietly with 0,
    as ``grep`` or ``sed`` do, whenever the pipe closed (so ``set -o pipefail`` scripts do not
    fail at random). Any other failure to write (a full disk, ``> /dev/full``, an I/O error) is
    one line on stderr and status 1, unless an error was reported already. Either way, what is
    still buffered would fail again when Python exits, printing "Exception ignored" and exiting
    120: stdout is pointed at the null device instead.
    """
    stdout = sys.__stdout__
    if stdout is None:
        return code
    try:
        stdout.flush()
    except OSError as exc:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
        if isinstance(exc, BrokenPipeError):
            return EXIT_OK
        return _cannot_write(exc) if code == EXIT_OK else code
    return code


def _cannot_write(exc: OSError) -> int:
    sys.stderr.write(f"didww: error: cannot write stdout: {exc.strerror or exc}\n")
    return EXIT_API
