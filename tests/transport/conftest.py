"""Fixtures shared by the transport tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.transport.test_hostile_wire import RawServer


@pytest.fixture
def raw() -> Iterator[Callable[..., RawServer]]:
    """Starts raw servers: ``raw(answer, close=False)``; all are stopped after the test."""
    running: list[RawServer] = []

    def start(answer: Callable[[str], bytes], *, close: bool = False) -> RawServer:
        running.append(RawServer(answer, close=close).__enter__())
        return running[-1]

    yield start
    for server in running:
        server.__exit__()
