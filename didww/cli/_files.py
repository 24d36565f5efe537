"""The hand-written commands added to the generated groups of their resources:

- ``didww <resource> wait ID [--timeout S]``, for every resource whose spec gives a lifecycle
  (orders, exports, verifications...): poll until its status is final, then show it;
- ``didww exports download ID PATH``: stream its file (gunzipped) to PATH, or ``-`` for stdout;
- ``didww encrypted-files upload PATH [PATH...]``: encrypt documents and upload them.

Transfers show a byte progress bar with the rate on stderr when it is a terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource
from rich import filesize

from didww.cli._catalog import ResourceInfo, current
from didww.cli._errors import CommandFailed, InputError, write_under_way
from didww.cli._options import connection_options, output_option
from didww.cli._output import printable, write_list, write_one
from didww.cli._progress import Transfers
from didww.cli._records import columns, to_record
from didww.cli._session import current_session

__all__ = ["file_commands"]

_COMPLETED = "completed"
"""The status of an export whose file is ready."""


def file_commands(resource_type: str) -> list[click.Command]:
    """The hand-written commands of a resource type (none for most): ``wait`` where the catalog
    gives a lifecycle, and the file transfers of the SDK's extensions."""
    info = current().resources[resource_type]
    commands = [_wait_command(info)] if info.lifecycle is not None else []
    # The transfers are those of the hand-written extensions of these two resources.
    if resource_type == "exports":
        commands.append(_download_command())
    if resource_type == "encrypted_files":
        commands.append(_upload_command())
    return commands


def _note(text: str) -> None:
    click.echo(f"didww: {text}", err=True)


def _final(info: ResourceInfo) -> str:
    """The final statuses of a resource with a lifecycle, for help texts: ``completed or
    canceled``."""
    assert info.lifecycle is not None
    return " or ".join(info.lifecycle.terminal)


def _timeout_option(info: ResourceInfo) -> click.Option:
    assert info.lifecycle is not None
    return click.Option(
        ["--timeout"],
        type=click.FloatRange(min=0, min_open=True),
        metavar="SECONDS",
        help=f"Give up (exit 1) when its {info.lifecycle.attribute} is not {_final(info)} by "
        f"then (default: the SDK's {info.type}.wait() timeout).",
    )


def _wait(info: ResourceInfo, id: str, timeout: float | None) -> Any:
    """Wait for the resource; without ``timeout``, as long as the SDK waits by default."""
    repository = current_session().repository(info)
    return repository.wait(id, **({} if timeout is None else {"timeout": timeout}))


def _wait_command(info: ResourceInfo) -> click.Command:
    def callback(id: str, timeout: float | None, output: str) -> None:
        write_one(to_record(_wait(info, id, timeout)), columns(info), output)

    assert info.lifecycle is not None
    return click.Command(
        "wait",
        help=f"Wait until its {info.lifecycle.attribute} is {_final(info)} (polling with growing "
        "pauses), then show it.",
        params=[
            click.Argument(["id"], metavar="ID"),
            _timeout_option(info),
            output_option(),
            *connection_options(),
        ],
        callback=callback,
    )


def _download_command() -> click.Command:
    def callback(id: str, path: str, wait: bool, timeout: float | None, gunzip: bool) -> None:
        if timeout is not None and not wait:
            raise InputError("--timeout goes with --wait")
        if not path.strip():  # Path("") would read as the current folder
            raise InputError("the destination path is empty; give a file path (or - for stdout)")
        if path != "-":
            _check_destination(Path(path))
            _check_suffix(path, gunzip)
        info = current().resources["exports"]
        exports = current_session().repository(info)
        export = _wait(info, id, timeout) if wait else exports.find(id)
        # The wire value: each version has its own ExportStatus, and members equal their values.
        if export.status != _COMPLETED or not export.url:
            raise CommandFailed(
                f"export {id} is not ready to download (status {export.status or 'unknown'}); "
                f"wait for it with `didww exports wait {id}`, or pass --wait"
            )
        destination: Any = sys.stdout.buffer if path == "-" else path
        with Transfers() as bars:
            hook = bars.track(f"export {id}")
            written = exports.download(export, destination, decompress=gunzip, progress=hook)
        if path == "-":
            sys.stdout.buffer.flush()
        else:
            _note(f"saved {filesize.decimal(written)} to {path}")

    return click.Command(
        "download",
        help="Download a completed export's file to PATH (- for stdout), gunzipped.",
        params=[
            click.Argument(["id"], metavar="ID"),
            click.Argument(["path"], metavar="PATH"),
            click.Option(["--wait"], is_flag=True, help="Wait for the export to complete first."),
            _timeout_option(current().resources["exports"]),
            click.Option(
                ["--gunzip/--no-gunzip"],
                default=True,
                show_default=True,
                help="Gunzip the file, or keep the bytes as served.",
            ),
            *connection_options(),
        ],
        callback=callback,
    )


def _check_suffix(path: str, gunzip: bool) -> None:
    """Refuse to gunzip into a ``.gz`` name unless told: a tool reading it would expect gzip."""
    source = click.get_current_context().get_parameter_source("gunzip")
    if gunzip and path.lower().endswith(".gz") and source is not ParameterSource.COMMANDLINE:
        raise InputError(
            f"{path} names a gzip file, but the download is gunzipped by default: pass "
            "--no-gunzip to keep the file as served, or --gunzip to gunzip it anyway"
        )


def _check_destination(path: Path) -> None:
    """Refuse a path that cannot be written before anything is fetched."""
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file path")
    if not path.parent.is_dir():
        raise InputError(f"the folder of {path} does not exist")


def _upload_command() -> click.Command:
    def callback(paths: tuple[str, ...], description: str | None, output: str) -> None:
        files = [Path(p) for p in paths]
        for file in files:  # check them all first: an upload cannot be taken back
            if not file.is_file():
                raise InputError(f"{file} is not a file")
            if file.stat().st_size == 0:
                raise InputError(f"{file} is empty")
        session = current_session()
        uploads = session.repository(current().resources["encrypted_files"])
        uploaded: list[Any] = []
        try:
            with Transfers() as bars:
                for file in files:
                    hook = bars.track(file.name, file.stat().st_size)
                    with write_under_way(
                        "`didww encrypted-files list` shows whether "
                        f"{printable(file.name)} was uploaded"
                    ):
                        uploaded.append(
                            uploads.upload(file, description=description, progress=hook)
                        )
        finally:
            if uploaded:
                info = current().resources["encrypted_files"]
                write_list((to_record(m) for m in uploaded), columns(info), output)
            if 0 < len(uploaded) < len(files):  # none uploaded: the error says enough
                _note(f"uploaded {len(uploaded)} of {len(files)} files before the error")

    return click.Command(
        "upload",
        help="Encrypt documents with DIDWW's public keys and upload them, one after another; "
        "shows the new files' ids, for proofs and verifications, one row per PATH in the order "
        "given. Needs the encryption extra (the cryptography package).",
        params=[
            click.Argument(["paths"], nargs=-1, required=True, metavar="PATH..."),
            click.Option(["--description"], help="Description stored with each file."),
            output_option(),
            *connection_options(),
        ],
        callback=callback,
    )
