"""A fake clock and a sync/async runner for transport tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import anyio

import didww


class FakeClock(didww.Clock):
    """Records sleeps and advances its own time instead of waiting."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.time = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return self.time

    def now(self) -> float:
        return self.monotonic()

    def random(self) -> float:
        return 0.0  # no jitter: delays are exactly the policy's base delays

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.time += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


KINDS = ["sync", "async"]


def run(kind: str, operation: Callable[[Any], Any], **client_args: Any) -> Any:
    """Run ``operation(client)`` with a sync or an async client built from ``client_args``."""
    client_args.setdefault("api_key", "secret-api-key")
    if kind == "sync":
        with didww.Client(**client_args) as client:
            return operation(client)

    async def main() -> Any:
        async with didww.AsyncClient(**client_args) as client:
            return await operation(client)

    return anyio.run(main)
