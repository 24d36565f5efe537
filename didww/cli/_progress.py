"""Byte progress bars for downloads and uploads, on stderr, only when stderr is a terminal.

Piped or redirected, nothing is drawn: stdout stays clean for data and logs stay free of
terminal control codes.
"""

from __future__ import annotations

from types import TracebackType

from rich import filesize
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
)
from rich.text import Text

from didww._progress import Progress as ProgressHook

__all__ = ["RateColumn", "Transfers", "stderr_console"]


def stderr_console() -> Console:
    """The console for messages and progress on stderr."""
    return Console(stderr=True, highlight=False, markup=False, emoji=False)


class RateColumn(ProgressColumn):
    """The average rate since the transfer started (``1.2 MB/s``).

    Rich's own speed column needs several samples within a time window, so a transfer that ends
    between two refreshes would show no rate at all; the average always has one.
    """

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed
        if not elapsed or elapsed <= 0:
            return Text("? B/s", style="progress.data.speed")
        return Text(
            f"{filesize.decimal(int(task.completed / elapsed))}/s", style="progress.data.speed"
        )


class Transfers:
    """Progress bars for a few transfers, one line each: ``with Transfers() as bars: ...``.

    :meth:`track` returns the hook to hand to the SDK, or ``None`` when stderr is not a terminal.
    """

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or stderr_console()
        self.enabled = self.console.is_terminal and not self.console.is_dumb_terminal
        self._progress: Progress | None = None
        if self.enabled:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                RateColumn(),
                console=self.console,
            )

    def __enter__(self) -> Transfers:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, label: str, total: int | None = None) -> ProgressHook | None:
        """A new bar named ``label``; the returned hook moves it: ``hook(done, total)``."""
        progress = self._progress
        if progress is None:
            return None
        # Hidden until the transfer starts, so a request that fails first leaves no empty bar.
        task = progress.add_task(label, total=total, visible=False)

        def hook(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total, visible=True)

        return hook
