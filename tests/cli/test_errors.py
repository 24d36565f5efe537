"""Exit statuses and messages: API errors (1, with the request id), usage errors (2), the API key
and where it comes from, and that no traceback or key ever reaches the terminal."""

from __future__ import annotations

import socket
from typing import Any

import pytest

import didww
from didww.cli._config import Flags, Settings, resolve
from didww.cli._errors import InputError
from didww.testing import SEED, Simulator
from tests.cli.conftest import API_KEY, Runner, in_process_client


def never_called(settings: Settings) -> didww.Client:
    raise AssertionError("no client may be built for a usage error")


def test_not_found_exits_1_with_the_request_id(cli: Runner) -> None:
    result = cli("voice-in-trunks", "find", "no-such-trunk")
    assert result.code == 1
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[0] == "didww: error: the API answered HTTP 404 (NotFoundError)"
    assert "no-such-trunk" in lines[1]
    request_id = lines[-1].removeprefix("  request id: ")
    assert lines[-1].startswith("  request id: ") and len(request_id) > 8
    assert "Traceback" not in result.err


def test_a_missing_key_exits_2_naming_the_variable(cli: Runner) -> None:
    result = cli("dids", "list", env={}, factory=never_called)
    assert result.code == 2
    assert result.err == (
        "didww: error: no API key: set the DIDWW_API_KEY environment variable "
        "(or pass --api-key)\n"
    )
    assert cli("dids", "list", "--api-key", "", env={}, factory=never_called).code == 2


def test_help_needs_no_key(cli: Runner) -> None:
    result = cli("dids", "list", "--help", env={}, factory=never_called)
    assert result.code == 0 and "--filter KEY=VALUE" in result.out
    assert cli("--version", env={}, factory=never_called).out.startswith("didww ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dids", "list", "--filter", "colour=red"], "dids has no such filter (it has: "),
        (["dids", "list", "--filter", "blocked"], "--filter 'blocked': expected KEY=VALUE"),
        (["dids", "list", "--filter", "blocked=perhaps"], "expected true or false"),
        (["dids", "list", "--filter", "number="], "--filter number: the value is empty"),
        (["dids", "list", "--sort", "colour"], "dids cannot be sorted by colour"),
        (["dids", "list", "--sort=-"], "--sort -: give a field name after a single -"),
        (["dids", "list", "--sort=--number"], "give a field name after a single -"),
        (["dids", "list", "--output", "yaml"], "'yaml' is not one of"),
        (["dids", "list", "--bogus"], "--bogus"),
        (["dids", "list", "--sandbox", "--production"], "exclude each other"),
        (["teleporters", "list"], "No such command 'teleporters'"),
        (
            ["voice-in-trunks", "list", "-f", "configuration.type=fax"],
            "'fax' is not one of sip_configurations, pstn_configurations",
        ),
    ],
)
def test_usage_errors_exit_2_before_any_request(cli: Runner, args: list[str], message: str) -> None:
    result = cli(*args, factory=never_called)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_include_paths_are_checked_as_the_api_checks_them(cli: Runner, sim: Simulator) -> None:
    # A proof's files are a relationship but not an include of proofs: the API refuses them.
    result = cli("addresses", "list", "-i", "proofs.files", factory=never_called)
    assert result.code == 2
    assert "--include proofs.files: proofs cannot include files" in result.err
    assert "it can include: proof_type, entity" in result.err
    # The SDK refuses it too, before sending, as the simulator would answer it (400).
    with sim.client() as client, pytest.raises(didww.ClientError, match="unknown hop 'files'"):
        client.addresses.list(didww.QueryParams().include("proofs.files"))
    assert cli("addresses", "list", "-i", "proofs.proof_type", "-o", "json").code == 0


def test_environment_variables_and_flags() -> None:
    env = {"DIDWW_API_KEY": "k-env", "DIDWW_ENVIRONMENT": "Production"}
    settings = resolve(Flags(), env)
    assert settings.environment is didww.Environment.PRODUCTION and settings.base_url is None
    assert settings.key_source == "DIDWW_API_KEY"
    assert resolve(Flags(), {"DIDWW_API_KEY": "k"}).environment is didww.Environment.SANDBOX
    url = "http://127.0.0.1:8080/v3/"
    settings = resolve(Flags(), {**env, "DIDWW_BASE_URL": url})
    assert settings.target == "http://127.0.0.1:8080/v3"
    # a flag beats a variable; an explicit environment flag beats DIDWW_BASE_URL
    flagged = resolve(
        Flags(api_key="k-flag", environment="sandbox"), {**env, "DIDWW_BASE_URL": url}
    )
    assert (flagged.api_key, flagged.key_source) == ("k-flag", "--api-key")
    assert flagged.target == didww.Environment.SANDBOX.value
    assert resolve(Flags(base_url="https://x.test/v3"), env).target == "https://x.test/v3"
    with pytest.raises(InputError, match="DIDWW_ENVIRONMENT='staging' is not an environment"):
        resolve(Flags(), {"DIDWW_API_KEY": "k", "DIDWW_ENVIRONMENT": "staging"})
    with pytest.raises(InputError, match="DIDWW_BASE_URL='ftp://x': expected an http"):
        resolve(Flags(), {"DIDWW_API_KEY": "k", "DIDWW_BASE_URL": "ftp://x"})
    assert "k-env" not in repr(resolve(Flags(), env))


def test_the_environment_variable_takes_what_the_sdk_takes() -> None:
    for value in (
        "https://sandbox-api.didww.com/v3",
        "https://sandbox-api.didww.com/v3/",
        "SANDBOX",
    ):
        env = {"DIDWW_API_KEY": "k", "DIDWW_ENVIRONMENT": value}
        assert resolve(Flags(), env).environment is didww.Environment.SANDBOX
        with didww.Client(api_key="k", environment=value) as client:
            assert client._core.base_url == resolve(Flags(), env).target  # as the SDK reads it
    production = {"DIDWW_API_KEY": "k", "DIDWW_ENVIRONMENT": didww.Environment.PRODUCTION.value}
    assert resolve(Flags(), production).environment is didww.Environment.PRODUCTION
    with pytest.raises(InputError, match="is not an environment"):
        resolve(Flags(), {"DIDWW_API_KEY": "k", "DIDWW_ENVIRONMENT": "https://x.test/v3"})


def test_verbose_names_a_custom_base_url_once(cli: Runner, sim: Simulator) -> None:
    url = "http://127.0.0.1:9/v3"
    result = cli("-v", "--base-url", url, "balance", "find", factory=in_process_client(sim))
    assert result.code == 0, result.err
    assert f"didww: requests go to {url}; API key from DIDWW_API_KEY" in result.err.splitlines()
    settings = resolve(Flags(), {"DIDWW_API_KEY": "k"})
    assert settings.describe() == (
        f"requests go to the sandbox API ({settings.target}); API key from DIDWW_API_KEY"
    )


def test_flags_work_before_and_after_the_resource_word(cli: Runner, sim: Simulator) -> None:
    seen: list[Settings] = []

    def factory(settings: Settings) -> didww.Client:
        seen.append(settings)
        return in_process_client(sim)(settings)

    env: dict[str, str] = {}
    assert cli("--api-key", API_KEY, "balance", "find", env=env, factory=factory).code == 0
    assert cli("balance", "find", "--api-key", API_KEY, env=env, factory=factory).code == 0
    assert cli("--production", "balance", "find", "--api-key", API_KEY, env=env, factory=factory)
    assert [s.environment for s in seen][-1] is didww.Environment.PRODUCTION
    assert {s.key_source for s in seen} == {"--api-key"}


def test_a_wrong_key_is_an_api_error_and_no_key_is_ever_printed(cli: Runner) -> None:
    wrong = "sk-wrong-key-4242424242"
    for extra in ([], ["--verbose"]):
        result = cli("--api-key", wrong, *extra, "dids", "list", env={"DIDWW_API_KEY": API_KEY})
        assert result.code == 1
        assert "HTTP 401" in result.err
        assert wrong not in result.out + result.err
        assert API_KEY not in result.out + result.err
    assert "API key from --api-key" in result.err  # --verbose says where the key came from
    assert "GET http://didww-simulator.test/v3/dids" in result.err  # and logs the requests


def test_verbose_success_logs_requests_without_the_key(cli: Runner) -> None:
    result = cli("-v", "balance", "find")
    assert result.code == 0
    assert "API key from DIDWW_API_KEY" in result.err and "/v3/balance" in result.err
    assert API_KEY not in result.out + result.err


def test_a_key_in_a_usage_error_is_filtered(cli: Runner) -> None:
    # click would echo the stray argument; the key given after --api-key must not show
    result = cli("dids", "list", "--api-key", "sk-secret-in-argv-777", "extra-arg")
    assert result.code == 2
    assert "sk-secret-in-argv-777" not in result.err


def test_an_unreachable_api_exits_1(cli: Runner) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def factory(settings: Settings) -> didww.Client:
        return didww.Client(
            api_key=settings.api_key, base_url=f"http://127.0.0.1:{port}/v3", max_retries=0
        )

    result = cli("balance", "find", factory=factory)
    assert result.code == 1
    assert result.err.startswith("didww: error: no answer from the API")


def test_a_wrong_call_of_the_sdk_by_the_cli_itself_is_reported_as_a_bug(cli: Runner) -> None:
    # An ArgumentError is a ClientError, but not the user's: no usage status, no "error:" line
    # blaming the command as typed.
    def broken(settings: Settings) -> Any:
        return didww.Client(api_key=settings.api_key).with_options(max_retry=1)  # type: ignore[call-arg]

    result = cli("balance", "find", factory=broken)
    assert result.code == 1
    assert result.err.startswith("didww: unexpected error (ArgumentError): Client.with_options()")


@pytest.mark.parametrize("command", ["create", "update"])
def test_a_wrong_write_call_by_the_cli_itself_is_reported_as_a_bug(
    cli: Runner, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # create and update turn the SDK's ClientError into a usage error (exit 2) naming the
    # command: not an ArgumentError, which says the command line called the SDK wrongly.
    from didww._arguments import checked

    repository = type(didww.Client(api_key="k").voice_in_trunks)

    def changed_signature(self: Any, model: Any, confirm: bool) -> Any:
        raise AssertionError("never bound")

    monkeypatch.setattr(repository, command, checked(changed_signature))
    args = ["--set", "name=pbx"]
    if command == "update":
        args = [SEED.voice_in_trunk, *args]
    result = cli("voice-in-trunks", command, *args)
    assert result.code == 1
    assert result.err.startswith("didww: unexpected error (ArgumentError): ")


def test_an_unexpected_failure_is_one_line_unless_verbose(cli: Runner) -> None:
    def broken(settings: Settings) -> Any:
        raise RuntimeError(f"factory broke with {settings.api_key}")

    result = cli("balance", "find", factory=broken)
    assert result.code == 1
    assert "unexpected error (RuntimeError)" in result.err and "Traceback" not in result.err
    assert API_KEY not in result.err and "[FILTERED]" in result.err
    verbose = cli("-v", "balance", "find", factory=broken)
    assert verbose.code == 1 and "Traceback" in verbose.err and API_KEY not in verbose.err
