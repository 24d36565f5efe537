"""Progress hooks of the file transfers (``exports.download``, ``encrypted_files.upload``)."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import TypeAlias, cast

import httpx

from didww._errors import ClientError
from didww._http1 import MAX_LENGTH_DIGITS

Progress: TypeAlias = Callable[[int, "int | None"], None]
"""Called as a transfer advances with the bytes moved so far and the total (None when unknown)."""


class Meter:
    """Counts the bytes of one transfer and tells the caller's hook, if there is one."""

    def __init__(self, progress: Progress | None, total: int | None) -> None:
        self._progress = progress
        self.total = total
        self.done = 0

    def start(self) -> None:
        """Report zero bytes, so that a display can show the total before the first byte moves."""
        if self._progress is not None:
            self._progress(0, self.total)

    def add(self, count: int) -> None:
        self.done += count
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self, created: str) -> None:
        """Report the whole transfer once the API has kept its result, ``created`` (for an
        error).

        The hook's own exception still propagates (it may be how a caller cancels), but by now
        cancelling is too late: the exception gets a note naming what was created, which would
        otherwise be lost with the return value and left behind unused."""
        try:
            self.add((self.total or 0) - self.done)
        except Exception as exc:
            add_note(exc, f"the progress hook raised after the transfer had completed: {created}")
            raise


def add_note(exc: BaseException, note: str) -> None:
    """``exc.add_note(note)``; on Python 3.10, which has no ``add_note``, the ``__notes__`` list
    that it fills (PEP 678: tools that print notes read it there)."""
    if sys.version_info >= (3, 11):
        exc.add_note(note)
    else:  # pragma: no cover - Python 3.10
        notes = getattr(exc, "__notes__", None)
        if not isinstance(notes, list):
            notes = []
            exc.__notes__ = notes  # type: ignore[attr-defined]
        notes.append(note)


def check_progress(progress: object, operation: str) -> Progress | None:
    """The hook, or a :class:`didww.ClientError` before any request when it cannot be called,
    or is async.

    The hook is called between chunks and its result dropped, on the sync and the async client
    alike: an ``async def`` hook would only make a coroutine that never runs, so the caller's
    display would silently stay blank (Python merely warns, at garbage collection).
    """
    if progress is None:
        return None
    if not callable(progress):
        raise ClientError(
            f"{operation}: progress must be a function of (done, total), "
            f"got {type(progress).__name__}"
        )
    if inspect.iscoroutinefunction(progress) or inspect.iscoroutinefunction(
        type(progress).__call__  # an object with an async __call__
    ):
        raise ClientError(
            f"{operation}: progress must be a plain function of (done, total), not an async "
            "one: it is called, never awaited, as the bytes move (on an AsyncClient too)"
        )
    return cast("Progress", progress)


def declared_length(text: str) -> int | None:
    """A ``Content-Length`` value as a number, or None when it is not one.

    ASCII digits only: ``str.isdigit()`` is also true for digits ``int()`` refuses ("²") or
    reads as another script's ("٣"), and ``int()`` raises past 4,300 digits."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text.lstrip("0")) > MAX_LENGTH_DIGITS:
        return None
    return int(text.lstrip("0") or "0")


def content_length(response: httpx.Response) -> int | None:
    """The body size the server announced, when it did so plainly (not content-encoded)."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        return None
    return declared_length(response.headers.get("Content-Length", ""))
