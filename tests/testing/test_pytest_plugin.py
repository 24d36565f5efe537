"""didww's pytest plugin: registered by installing the package, fixtures fresh per test,
configurable by marker and by fixture override, clients bound to the simulator."""

from __future__ import annotations

import importlib
import subprocess
import sys
from importlib.metadata import entry_points
from typing import Any

import pytest

import didww
import didww.testing.pytest_plugin
from didww import enums
from didww.testing import DEFAULT_API_KEY, SEED, ManualClock, Simulator, SimulatorServer

pytest_plugins = ["pytester"]


def test_installing_didww_registers_the_plugin(pytestconfig: pytest.Config) -> None:
    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "didww"]
    assert entry.value == "didww.testing.pytest_plugin"
    assert pytestconfig.pluginmanager.get_plugin("didww") is didww.testing.pytest_plugin


def test_importing_didww_does_not_import_pytest() -> None:
    code = "import sys, didww, didww.testing; print('pytest' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.parametrize("attempt", [1, 2])
def test_each_test_gets_a_fresh_simulator(
    attempt: int, didww_simulator: Simulator, didww_client: didww.Client
) -> None:
    # Run twice: the second run would see two groups (and a longer log) if state leaked.
    assert len(didww_simulator.requests) == 0
    didww_client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Only one"))
    assert [g.name for g in didww_client.voice_in_trunk_groups.list()] == ["Only one"]
    assert didww_simulator.balance == 100


def test_the_client_is_answered_by_the_simulator_on_its_clock(
    didww_simulator: Simulator, didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    assert didww_simulator.clock is didww_clock
    assert didww_simulator.api_key == DEFAULT_API_KEY
    assert didww_client.dids.find(SEED.did_us).id == SEED.did_us
    assert [(r.method, r.path, r.status) for r in didww_simulator.requests] == [
        ("GET", f"/dids/{SEED.did_us}", 200)
    ]
    # Its backoff is spent on the simulator's clock: no real sleeping, time moves on.
    started = didww_clock()
    didww_simulator.faults.add(status=503, times=2)
    assert didww_client.balance.find().total_balance == 100
    assert didww_clock.sleeps == [0.5, 1.0]
    assert didww_clock() == started + 1.5


@pytest.mark.anyio
async def test_the_async_client_shares_the_simulator(
    didww_async_client: didww.AsyncClient, didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    group = await didww_async_client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="Async")
    )
    assert didww_client.voice_in_trunk_groups.find(group.id).name == "Async"
    assert [r.method for r in didww_simulator.requests] == ["POST", "GET"]


def test_the_server_serves_the_same_simulator(
    didww_server: SimulatorServer, didww_simulator: Simulator, didww_client: didww.Client
) -> None:
    assert didww_server.simulator is didww_simulator
    assert didww_server.base_url == f"http://127.0.0.1:{didww_server.port}/v3"
    assert didww_server.api_key == didww_simulator.api_key
    # Code under test builds its own client from a URL and a key.
    with didww.Client(api_key=didww_server.api_key, base_url=didww_server.base_url) as own:
        group = own.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="Served"))
    assert didww_client.voice_in_trunk_groups.find(group.id).name == "Served"
    served = didww_simulator.requests[0]
    assert served.url == f"{didww_server.base_url}/voice_in_trunk_groups"


@pytest.mark.didww_simulator(order_delay=60, reservation_limit=3)
def test_a_marker_configures_the_simulator(
    didww_client: didww.Client, didww_clock: ManualClock
) -> None:
    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_toll_free, qty=1)])
    )
    assert order.status == enums.OrderStatus.PENDING
    assert didww_client.did_reservations.list().meta["available_count"] == 3
    didww_clock.advance(60)
    assert didww_client.orders.find(order.id).status == enums.OrderStatus.COMPLETED


@pytest.mark.didww_simulator(api_key="class-key", reservation_limit=4)
class TestOptionsFixtureAndMarkers:
    @pytest.fixture
    def didww_simulator_options(self) -> dict[str, Any]:
        return {"seed": False, "reservation_limit": 5}

    @pytest.mark.didww_simulator(reservation_limit=6)
    def test_the_closest_marker_wins_over_the_class_and_the_options(
        self, didww_simulator: Simulator, didww_client: didww.Client
    ) -> None:
        assert didww_simulator.api_key == "class-key"  # from the class marker
        assert len(didww_client.countries.list()) == 0  # seed=False from the options
        assert didww_client.did_reservations.list().meta["available_count"] == 6

    def test_the_class_marker_wins_over_the_options(self, didww_client: didww.Client) -> None:
        assert didww_client.did_reservations.list().meta["available_count"] == 4


@pytest.mark.didww_simulator(clock=ManualClock(start=0.0))
def test_a_clock_given_as_an_option_replaces_didww_clock(
    didww_simulator: Simulator, didww_clock: ManualClock
) -> None:
    assert didww_simulator.clock is not didww_clock
    assert didww_simulator.clock() == 0.0


def test_plugin_in_a_fresh_pytest_session(pytester: pytest.Pytester) -> None:
    # What a user's project sees: no conftest, the plugin loaded from the entry point.
    pytester.makepyfile("""
        import pytest
        import didww

        @pytest.fixture
        def anyio_backend():
            return "asyncio"

        def test_sync(didww_client):
            assert didww_client.balance.find().total_balance == 100

        @pytest.mark.anyio
        async def test_async(didww_async_client, didww_simulator):
            assert (await didww_async_client.balance.find()).total_balance == 100
            assert len(didww_simulator.requests) == 1

        @pytest.mark.didww_simulator("positional")
        def test_bad_marker(didww_simulator):
            pass

        @pytest.mark.didww_simulator(api_verison="2026-10-22")
        def test_misspelt_marker(didww_simulator):
            pass
        """)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=2)
    result.stdout.fnmatch_lines(["*takes keyword arguments only*"])
    result.stdout.fnmatch_lines(
        [
            "*UsageError: @pytest.mark.didww_simulator or didww_simulator_options: Simulator() "
            "takes no api_verison= argument; did you mean api_version=?*"
        ]
    )


def test_pytest_fixtures_lists_them_with_their_docs(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--fixtures", "-p", "no:cacheprovider")
    # Each fixture is listed with the first line of its docstring.
    for name, doc in [
        ("didww_simulator_options", "Keyword arguments for :class:`didww.testing.Simulator`*"),
        ("didww_clock", "The simulator's clock*"),
        ("didww_simulator", "A fresh :class:`didww.testing.Simulator` for this test*"),
        ("didww_client", "A :class:`didww.Client` answered by ``didww_simulator``*"),
        ("didww_async_client", "A :class:`didww.AsyncClient` answered by*"),
        ("didww_server", "``didww_simulator`` served over HTTP on 127.0.0.1*"),
    ]:
        result.stdout.fnmatch_lines([f"{name} -- *", f"    {doc}"])


def test_loading_the_plugin_does_not_import_the_simulator(pytester: pytest.Pytester) -> None:
    # Every project with didww installed loads the plugin; only tests using a fixture pay for
    # the simulator. A fresh process: this one has it imported already.
    pytester.makepyfile("""
        import sys

        def test_nothing_of_the_simulator_is_loaded():
            assert [m for m in sys.modules if m.startswith("didww.testing.")] == [
                "didww.testing.pytest_plugin"
            ]

        def test_a_fixture_loads_it(didww_simulator):
            assert "didww.testing._simulator" in sys.modules
        """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_every_lazy_name_of_didww_testing_resolves_to_its_module() -> None:
    import didww.testing as testing

    assert set(testing._MODULES) == set(testing.__all__)
    for name in testing.__all__:
        value = getattr(testing, name)
        module = f"didww.testing.{testing._MODULES[name]}"
        assert getattr(importlib.import_module(module), name) is value
