"""Bad settings for a served simulator are refused with a message, never a traceback: a port
outside 0-65535 (the socket module's bare OverflowError before) and a negative delay on the
command line (a SimulatorUsageError traceback before), and a bad port given to
``SimulatorServer`` in code (a SimulatorUsageError, like the simulator's other settings)."""

from __future__ import annotations

import pytest

import didww
from didww.testing import SimulatorServer
from didww.testing._cli import main


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_port_that_is_no_tcp_port_is_a_usage_error(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["serve", "--port", port])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --port: '{port}' is not a TCP port from 0 to 65535" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("option", ["--order-delay", "--export-delay", "--review-delay"])
def test_a_negative_delay_is_a_usage_error(option: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", option, "-1"]) == 2
    err = capsys.readouterr().err
    name = option.removeprefix("--").replace("-", "_")
    assert err == (
        f"python -m didww.testing serve: error: {name} must be at least 0 seconds, got -1.0\n"
    )


@pytest.mark.parametrize("port", [70000, -1, True, 8080.0])
def test_a_server_refuses_a_port_that_is_no_tcp_port(port: object) -> None:
    with pytest.raises(didww.ClientError, match="port must be a TCP port from 0"):
        SimulatorServer(port=port)  # type: ignore[arg-type]


def test_a_port_in_use_is_said_in_a_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with SimulatorServer() as taken:
        assert main(["serve", "--port", str(taken.port)]) == 1
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{taken.port}: " in err
    assert "choose another port, or 0 for any free one" in err and "Traceback" not in err


def test_the_balance_option_sets_the_accounts_balance(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each run of examples/orders.py spends about 40 of the seed's 100.00: a served simulator
    # had no way to start with more.
    from decimal import Decimal

    from didww.testing import _cli
    from didww.testing._usage import SimulatorUsageError

    made: list[didww.testing.Simulator] = []

    def server(simulator: didww.testing.Simulator, port: int) -> SimulatorServer:
        made.append(simulator)
        raise SimulatorUsageError("not served in a test")

    monkeypatch.setattr(_cli, "SimulatorServer", server)
    assert main(["serve", "--balance", "1000.50"]) == 1
    (simulator,) = made
    assert simulator.client().balance.find().total_balance == Decimal("1000.50")
    assert main(["serve", "--balance", "lots"]) == 2
    err = capsys.readouterr().err
    assert "serve: error: --balance: not a decimal number: 'lots'" in err
