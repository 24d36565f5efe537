"""Exit statuses and the one place that turns an exception into a message on stderr.

``0`` success; ``1`` the API (or the network) said no; ``2`` the command line or an input file
cannot be used, and nothing was sent. Expected errors never show a Python traceback, and the API
key never appears in what is printed. An API error's ``hint`` (what the SDK can tell about it) is
printed on a line of its own, after the API's own words.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence

import click

import didww
from didww._errors import redact_text
from didww._extensions.orders import LOST_HINT
from didww.cli import EXIT_INTERRUPTED, INTERRUPTED

__all__ = [
    "EXIT_API",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandFailed",
    "InputError",
    "Redactor",
    "WriteInterrupted",
    "report",
    "write_under_way",
]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2


class InputError(Exception):
    """A flag value or input file the CLI cannot use; exit status 2, nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CommandFailed(Exception):
    """The command could not do its job for a reason other than bad input; exit status 1."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WriteInterrupted(KeyboardInterrupt):
    """Ctrl-C while a create, update, delete or upload was under way: DIDWW may have carried it
    out already, and the report says so, with ``check``: how to find out."""

    def __init__(self, check: str) -> None:
        super().__init__(check)
        self.check = check


@contextlib.contextmanager
def write_under_way(check: str) -> Iterator[None]:
    """Around the call that sends a write: Ctrl-C during it is reported as a
    :class:`WriteInterrupted` (``check`` says how to find out what became of it), rather than
    as an interruption that sent nothing. Running the command again could place an order
    twice."""
    try:
        yield
    except WriteInterrupted:
        raise
    except KeyboardInterrupt:
        raise WriteInterrupted(check) from None


class Redactor:
    """Replaces every known secret (the API key) in text meant for the terminal."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # Very short strings would blank out ordinary words; real keys are far longer. A key is
        # used stripped of surrounding whitespace (a trailing newline from a file or a paste),
        # so that form is hidden too.
        forms = {form for s in secrets if s for form in (s, s.strip())}
        self.secrets = sorted({s for s in forms if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        return redact_text(text, self.secrets)


class _RedactingStream:
    """A text stream for ``click.ClickException.show`` that filters secrets out of its output."""

    def __init__(self, redact: Redactor) -> None:
        self._redact = redact

    def write(self, text: str) -> int:
        return sys.stderr.write(self._redact(text))

    def flush(self) -> None:
        sys.stderr.flush()


_LOST_HINT_HERE = (
    "if the order had an external_reference_id, `didww orders list --filter "
    "external_reference_id=REFERENCE` shows whether it was placed"
)
"""The SDK's advice for a lost order answer names a Python call; a shell user gets the command."""


def _say(redact: Redactor, *lines: str) -> None:
    for line in lines:
        sys.stderr.write(redact(line.replace(LOST_HINT, _LOST_HINT_HERE)) + "\n")
    sys.stderr.flush()


def _api_error_lines(exc: didww.APIError, hints: Sequence[str]) -> list[str]:
    lines = [f"didww: error: the API answered HTTP {exc.http_status} ({type(exc).__name__})"]
    for error in exc.errors:
        text = error.detail or error.title or error.code or "(no detail)"
        if error.source_pointer:
            text += f" [at {error.source_pointer}]"
        lines.append(f"  - {text}")
    lines += [f"  hint: {hint}" for hint in (exc.hint, *hints) if hint]
    if exc.attempts > 1:
        lines.append(f"  after {exc.attempts} attempts")
    if exc.request_id:
        lines.append(f"  request id: {exc.request_id}")
    return lines


def report(
    exc: BaseException, redact: Redactor, *, verbose: bool = False, hints: Sequence[str] = ()
) -> int:
    """Print what went wrong (without secrets) and return the exit status for it; ``hints`` are
    further lines for an API error, from what the caller knows and the SDK does not (the API
    version spoken)."""
    if isinstance(exc, click.exceptions.Exit):
        return exc.exit_code
    if isinstance(exc, click.ClickException):
        exc.show(file=_RedactingStream(redact))  # type: ignore[arg-type]
        return exc.exit_code
    if isinstance(exc, (click.Abort, KeyboardInterrupt)):
        # Click turns Ctrl-C into Abort, from the KeyboardInterrupt raised.
        write = exc if isinstance(exc, WriteInterrupted) else exc.__cause__
        if isinstance(write, WriteInterrupted):
            _say(
                redact,
                f"{INTERRUPTED} while the request was out: DIDWW may have carried it out; "
                f"{write.check} before running the command again",
            )
        else:
            _say(redact, INTERRUPTED)
        return EXIT_INTERRUPTED
    if isinstance(exc, SystemExit):
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_API)
    # The command's own call into the SDK was wrong: a bug of the CLI, reported as unexpected.
    bug = isinstance(exc, didww.ArgumentError)
    if not bug and isinstance(exc, (InputError, didww.ClientError)):
        _say(redact, f"didww: error: {exc.message}")
        return EXIT_USAGE
    if isinstance(exc, didww.APIError):
        _say(redact, *_api_error_lines(exc, hints))
        return EXIT_API
    if isinstance(exc, didww.APITimeoutError):
        _say(redact, f"didww: error: timed out: {exc}")
        return EXIT_API
    if isinstance(exc, didww.APIConnectionError):
        _say(redact, f"didww: error: no answer from the API: {exc}")
        return EXIT_API
    if not bug and isinstance(exc, (didww.DidwwError, CommandFailed, OSError)):
        _say(redact, f"didww: error: {exc}")
        return EXIT_API
    lines = [f"didww: unexpected error ({type(exc).__name__}): {exc}"]
    if verbose:
        lines += "".join(traceback.format_exception(exc)).rstrip().splitlines()
    else:
        lines.append("  run again with --verbose to see where it happened")
    _say(redact, *lines)
    return EXIT_API
