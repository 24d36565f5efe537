"""Pytest fixtures for testing code that uses ``didww``, against the simulator.

Installing ``didww`` registers this module with pytest (the ``pytest11`` entry point ``didww``),
so the fixtures are there in every test without an import. With plugin autoloading turned off
(``PYTEST_DISABLE_PLUGIN_AUTOLOAD``), load it with ``-p didww.testing.pytest_plugin`` or
``pytest_plugins = ["didww.testing.pytest_plugin"]`` in the root ``conftest.py``.

Every fixture is function-scoped: each test gets a fresh simulator with the seeded account
(:data:`didww.testing.SEED`), so tests never see each other's changes.

- ``didww_simulator``: the :class:`~didww.testing.Simulator`; inject faults with
  ``didww_simulator.faults.add(...)`` and read ``didww_simulator.requests``.
- ``didww_client`` / ``didww_async_client``: SDK clients answered by it in-process, of the API
  version it serves (``didww.Client`` unless configured with another ``api_version``).
- ``didww_server``: the same simulator served on a loopback port, for code that builds its own
  client from a base URL and a key (``didww_server.base_url``, ``didww_server.api_key``).
- ``didww_clock``: the simulator's :class:`~didww.testing.ManualClock`. Simulated time stands
  still unless the test calls ``didww_clock.advance(seconds)``; the fixture clients wait on
  this clock too, so their backoff and ``Retry-After`` waits cost no real time.
- ``didww_simulator_options``: keyword arguments for the simulator; override the fixture, or
  mark a test (class, module) with ``@pytest.mark.didww_simulator(order_delay=5)``.
  ``api_version="2026-10-22"`` serves that version instead of the SDK's default.

This module imports pytest, so nothing in ``didww`` imports it: pytest loads it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

# The simulator is imported by the fixtures that use it, not here: pytest loads this module in
# every project that has didww installed, and most of their tests never use it.
if TYPE_CHECKING:
    import didww
    from didww.testing._clock import ManualClock
    from didww.testing._server import SimulatorServer
    from didww.testing._simulator import Simulator

__all__ = [
    "didww_async_client",
    "didww_client",
    "didww_clock",
    "didww_server",
    "didww_simulator",
    "didww_simulator_options",
]

MARKER = "didww_simulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): keyword arguments for this test's didww_simulator "
        "(didww.testing.Simulator), e.g. order_delay=5, seed=False or api_version='2026-10-22'",
    )


@pytest.fixture
def didww_simulator_options() -> dict[str, Any]:
    """Keyword arguments for :class:`didww.testing.Simulator` in ``didww_simulator``.

    Empty by default. Override this fixture in a ``conftest.py`` to configure every simulator
    of a directory::

        @pytest.fixture
        def didww_simulator_options():
            return {"order_delay": 5.0, "reservation_limit": 2}

    ``{"api_version": "2026-10-22"}`` serves that API version (its clients are then
    ``didww.v2026_10_22`` clients, already holding a token).

    A ``@pytest.mark.didww_simulator(**options)`` marker on a test, class or module adds to
    them (the closest marker wins).
    """
    return {}


@pytest.fixture
def didww_clock() -> ManualClock:
    """The simulator's clock: a :class:`didww.testing.ManualClock` that only moves when told.

    ``didww_clock.advance(2)`` moves simulated time on (orders, exports and verifications
    progress, reservations expire). The fixture clients use it as their ``didww.Clock``, so a
    client's waits move it forward instead of sleeping, and ``didww_clock.sleeps`` lists them.
    """
    from didww.testing._clock import ManualClock

    return ManualClock()


@pytest.fixture
def didww_simulator(
    request: pytest.FixtureRequest,
    didww_simulator_options: dict[str, Any],
    didww_clock: ManualClock,
) -> Simulator[Any, Any]:
    """A fresh :class:`didww.testing.Simulator` for this test, on ``didww_clock``.

    Configured by ``didww_simulator_options`` and ``@pytest.mark.didww_simulator(...)``; a
    ``clock`` given there replaces ``didww_clock``, an ``api_version`` picks the API version
    served. Add faults with ``.faults.add(...)``, assert on ``.requests``; ``.api_key`` is
    :data:`didww.testing.DEFAULT_API_KEY` unless configured; ``.issue_token()`` mints tokens
    for a bearer-token version.
    """
    options: dict[str, Any] = {"clock": didww_clock, **didww_simulator_options}
    # iter_markers gives the closest first (test, class, module): apply it last so it wins.
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes keyword arguments only, got {marker.args!r}"
            )
        options.update(marker.kwargs)
    from didww._errors import ArgumentError
    from didww.testing._simulator import Simulator

    try:
        simulator: Simulator[Any, Any] = Simulator(**options)
    except ArgumentError as exc:  # a misspelt option: the test's setup, not the SDK
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} or didww_simulator_options: {exc.message}"
        ) from None
    return simulator


def _client_clock(simulator: Simulator[Any, Any]) -> didww.Clock | None:
    from didww.testing._clock import ManualClock

    # A client sharing the simulator's manual clock waits in simulated time; with a real clock
    # it keeps the SDK's real one.
    return simulator.clock if isinstance(simulator.clock, ManualClock) else None


@pytest.fixture
def didww_client(didww_simulator: Simulator[Any, Any]) -> Iterator[Any]:
    """A :class:`didww.Client` answered by ``didww_simulator`` in-process (no sockets), or the
    client of the API version the simulator was configured with (a bearer-token version's comes
    with a token, renewed before it expires).

    It keeps the SDK's defaults (two retries included) and waits on ``didww_clock``, so retries
    after injected faults take no real time. Closed after the test.
    """
    with didww_simulator.client(clock=_client_clock(didww_simulator)) as client:
        yield client


@pytest.fixture
async def didww_async_client(didww_simulator: Simulator[Any, Any]) -> AsyncIterator[Any]:
    """A :class:`didww.AsyncClient` answered by ``didww_simulator`` in-process (or the async
    client of the API version the simulator was configured with).

    An async fixture: use it from tests run by the ``anyio`` pytest plugin
    (``@pytest.mark.anyio``), which comes with ``httpx``. Otherwise as ``didww_client``.
    """
    async with didww_simulator.async_client(clock=_client_clock(didww_simulator)) as client:
        yield client


@pytest.fixture
def didww_server(didww_simulator: Simulator[Any, Any]) -> Iterator[SimulatorServer[Any, Any]]:
    """``didww_simulator`` served over HTTP on 127.0.0.1 (a free port) during the test.

    For code that builds its own client or speaks HTTP itself: give it ``didww_server.base_url``
    (``http://127.0.0.1:<port>/v3``) and ``didww_server.api_key`` (or, for a bearer-token
    version, a token of ``didww_simulator.issue_token()``). It shares its state, faults
    and request log with ``didww_simulator`` and the in-process fixture clients. Fault delays
    are real time here, since the client's timeout is.
    """
    from didww.testing._server import serve

    with serve(didww_simulator) as server:
        yield server
