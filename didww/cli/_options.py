"""Options shared by many commands: connection flags (accepted before or after the resource
word), ``--output``, ``--include`` and ``--fields``."""

from __future__ import annotations

from typing import Any

import click

from didww.cli._catalog import DEFAULT_VERSION, versions, versions_with
from didww.cli._config import API_VERSION_OPTION, API_VERSION_VARIABLE, TOKEN_VARIABLE
from didww.cli._output import FORMATS
from didww.cli._session import current_session

__all__ = ["connection_options", "fields_option", "include_option", "output_option"]


def _remember(attribute: str) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None or value is False:
            return  # not given here; an earlier (group-level) value stands
        setattr(current_session().flags, attribute, value)

    return callback


def _environment(name: str) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if not value:
            return
        flags = current_session().flags
        if flags.environment is not None and flags.environment != name:
            raise click.UsageError("--sandbox and --production exclude each other")
        flags.environment = name

    return callback


def _for_versions(bearer: bool) -> str:
    return " or ".join(versions_with(bearer=bearer))


def connection_options() -> list[click.Option]:
    """``--api-version``, ``--api-key``, ``--token``, ``--base-url``, ``--sandbox``/
    ``--production``, ``--verbose``: new objects for each command, recorded on the session rather
    than passed to the command.

    ``--api-version`` is read from the command line before click parses it (the command tree is
    that version's); it is declared here so that click accepts it and help lists it.
    """
    return [
        click.Option(
            [API_VERSION_OPTION],
            metavar="VERSION",
            expose_value=False,
            help=f"API version: {', '.join(versions())} (default: ${API_VERSION_VARIABLE}, else "
            f"{DEFAULT_VERSION}). Commands and options are that version's.",
        ),
        click.Option(
            ["--api-key"],
            metavar="KEY",
            expose_value=False,
            callback=_remember("api_key"),
            help=f"API key, for API version {_for_versions(False)} (default: $DIDWW_API_KEY). "
            "Never printed.",
        ),
        click.Option(
            ["--token"],
            metavar="TOKEN",
            expose_value=False,
            callback=_remember("token"),
            help=f"Bearer token, for API version {_for_versions(True)} (default: "
            f"${TOKEN_VARIABLE}). Never printed.",
        ),
        click.Option(
            ["--base-url"],
            metavar="URL",
            expose_value=False,
            callback=_remember("base_url"),
            help="API base URL (default: $DIDWW_BASE_URL, else the environment's).",
        ),
        click.Option(
            ["--sandbox"],
            is_flag=True,
            expose_value=False,
            callback=_environment("sandbox"),
            help="Use the sandbox API (the default; or $DIDWW_ENVIRONMENT=sandbox).",
        ),
        click.Option(
            ["--production"],
            is_flag=True,
            expose_value=False,
            callback=_environment("production"),
            help="Use the production API (real numbers, real money).",
        ),
        click.Option(
            ["--show-secrets"],
            is_flag=True,
            expose_value=False,
            callback=_remember("show_secrets"),
            help="Print the secrets of records (SIP passwords, generated credentials) instead "
            "of [FILTERED].",
        ),
        click.Option(
            ["-v", "--verbose"],
            is_flag=True,
            expose_value=False,
            callback=_remember("verbose"),
            help="Log each request (method, URL, status, request id) to stderr.",
        ),
    ]


def output_option() -> click.Option:
    return click.Option(
        ["-o", "--output"],
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="table for people, json (records) or csv (flat) for programs. In a table or "
        "csv an empty cell is null: a list has the columns its query asks for, whatever "
        "matched (a relationship's only with --include), and a record whose answer lacks one "
        "reads (not loaded) there.",
    )


def include_option(includes: tuple[str, ...]) -> click.Option:
    return click.Option(
        ["-i", "--include", "includes"],
        multiple=True,
        metavar="REL[,REL]",
        help=f"Side-load related resources: {', '.join(includes)}. Repeatable.",
    )


def fields_option() -> click.Option:
    return click.Option(
        ["--fields", "fields"],
        multiple=True,
        metavar="[TYPE=]NAME[,NAME]",
        help="Only these fields (of TYPE, for included resources). Repeatable.",
    )
