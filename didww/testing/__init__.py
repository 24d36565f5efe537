"""``didww.testing``: a stateful in-memory DIDWW API v3 simulator for tests.

The simulator serves every path and operation of the SDK's catalog with JSON:API behaviour
(includes, filters, sorting, pagination, sparse fieldsets, validation and error documents) over
seeded coverage data, and simulates the account: ordering numbers against stock and balance,
reservations that expire, exports that complete, signed callbacks.

In-process, through an ``httpx`` transport::

    sim = didww.testing.Simulator()
    with sim.client() as client:
        print(client.balance.find().total_balance)

On a loopback socket::

    with didww.testing.serve() as server:
        client = didww.Client(api_key=server.simulator.api_key, base_url=server.base_url)

or from a shell: ``python -m didww.testing serve --port 8080``. Either way it accepts the API key
:data:`DEFAULT_API_KEY` unless given another, and starts from the account of :data:`SEED`.

To test retry and error handling, make requests fail on purpose and look at what was sent::

    sim.faults.add(status=503, times=2)          # or kind="drop", kind="truncated", delay=...
    ...
    assert [r.status for r in sim.requests] == [503, 503, 200]

With pytest, the fixtures of :mod:`didww.testing.pytest_plugin` (``didww_simulator``,
``didww_client``, ``didww_async_client``, ``didww_server``, ``didww_clock``) are registered when
``didww`` is installed. See ``docs/testing.md``.

Its only runtime dependency is ``httpx``.
"""

from typing import TYPE_CHECKING, Any

from didww._lazy import attribute

if TYPE_CHECKING:
    from didww.testing._callbacks import Delivery
    from didww.testing._clock import ManualClock
    from didww.testing._faults import Exchange, Fault, FaultKind, Faults
    from didww.testing._http import SimRequest, SimResponse
    from didww.testing._ids import seed_id
    from didww.testing._keys import ENCRYPTION_FINGERPRINT, PUBLIC_KEYS
    from didww.testing._request_log import REQUEST_LOG_LIMIT, RecordedRequest, RequestLog
    from didww.testing._seed_ids import SEED, SeedIds
    from didww.testing._server import SimulatorServer, serve
    from didww.testing._simulator import (
        DEFAULT_API_KEY,
        DEFAULT_BASE_URL,
        DEFAULT_CALLBACK_SECRET,
        Simulator,
    )
    from didww.testing._transport import AsyncSimulatorTransport, SimulatorTransport
    from didww.testing._usage import SimulatorUsageError

# Loaded on first use: pytest imports this package for the plugin (didww.testing.pytest_plugin)
# in every project that has didww installed, and most never run the simulator.
_MODULES = {
    "Delivery": "_callbacks",
    "ManualClock": "_clock",
    "Exchange": "_faults",
    "Fault": "_faults",
    "FaultKind": "_faults",
    "Faults": "_faults",
    "SimRequest": "_http",
    "SimResponse": "_http",
    "seed_id": "_ids",
    "ENCRYPTION_FINGERPRINT": "_keys",
    "PUBLIC_KEYS": "_keys",
    "REQUEST_LOG_LIMIT": "_request_log",
    "RecordedRequest": "_request_log",
    "RequestLog": "_request_log",
    "SEED": "_seed_ids",
    "SeedIds": "_seed_ids",
    "SimulatorServer": "_server",
    "serve": "_server",
    "DEFAULT_API_KEY": "_simulator",
    "DEFAULT_BASE_URL": "_simulator",
    "DEFAULT_CALLBACK_SECRET": "_simulator",
    "Simulator": "_simulator",
    "AsyncSimulatorTransport": "_transport",
    "SimulatorTransport": "_transport",
    "SimulatorUsageError": "_usage",
}

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_BASE_URL",
    "DEFAULT_CALLBACK_SECRET",
    "ENCRYPTION_FINGERPRINT",
    "PUBLIC_KEYS",
    "REQUEST_LOG_LIMIT",
    "SEED",
    "AsyncSimulatorTransport",
    "Delivery",
    "Exchange",
    "Fault",
    "FaultKind",
    "Faults",
    "ManualClock",
    "RecordedRequest",
    "RequestLog",
    "SeedIds",
    "SimRequest",
    "SimResponse",
    "Simulator",
    "SimulatorServer",
    "SimulatorTransport",
    "SimulatorUsageError",
    "seed_id",
    "serve",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        return attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return sorted(__all__)
