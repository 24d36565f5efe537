"""The CLI speaks every API version of the SDK: ``--api-version`` / ``DIDWW_API_VERSION`` choose
it, the commands are that version's, each version takes its own credential (an API key for
2026-04-16, a bearer token for 2026-10-22), and neither credential is ever printed.

What goes over the wire is read from the requests themselves (a transport in front of the
simulator sees the headers before anything filters them), or from a served simulator's log."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

import didww
import didww.cli
from didww import v2026_10_22
from didww._api import versions
from didww.cli._catalog import command_word, load
from didww.cli._config import Flags, Settings, default_client, resolve
from didww.cli._resources import operation_commands
from didww.testing import DEFAULT_BASE_URL, Simulator, serve
from tests.cli.conftest import API_KEY, HTTP, ROOT, Result, child_env
from tests.cli.test_files import recent_period

NEW = "2026-10-22"
"""The bearer-token version; the default (2026-04-16) is ``didww.API_VERSION``."""


class Wire(httpx.BaseTransport):
    """Hands requests to the simulator and keeps them as they were sent, credentials included."""

    def __init__(self, sim: Simulator) -> None:
        self._inner = sim.transport()
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self._inner.handle_request(request)


@pytest.fixture
def sim22() -> Simulator:
    return Simulator(api_version=NEW, api_key=API_KEY, export_delay=0, review_delay=0)


@pytest.fixture
def token(sim22: Simulator) -> str:
    return sim22.issue_token(scope="write")


def factory_for(sim: Simulator, wire: Wire | None = None) -> Any:
    """A client factory answering from ``sim`` (of either version) through ``wire``, with the
    credential the CLI resolved, so a wrong one is refused as the API would refuse it."""

    def factory(settings: Settings) -> Any:
        http = httpx.Client(transport=wire or sim.transport())
        if settings.api_version == NEW:
            return v2026_10_22.Client(
                token=settings.token, base_url=DEFAULT_BASE_URL, http_client=http, max_retries=0
            )
        return didww.Client(
            api_key=settings.api_key, base_url=DEFAULT_BASE_URL, http_client=http, max_retries=0
        )

    return factory


def never_called(settings: Settings) -> Any:
    raise AssertionError("no client may be built for a usage error")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    """``run(*args, env=..., factory=...)``: the CLI in-process; stdout and stderr captured."""

    def invoke(*args: str, env: Mapping[str, str], factory: Any) -> Result:
        capsys.readouterr()
        code = didww.cli.main(
            list(args), client_factory=None if factory is HTTP else factory, env=env
        )
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


# --- choosing the version ----------------------------------------------------------------------


def test_the_flag_or_the_variable_chooses_2026_10_22_and_the_token_goes_as_a_bearer_header(
    run: Any, sim22: Simulator, token: str
) -> None:
    for args, env in [
        (["--api-version", NEW], {"DIDWW_TOKEN": token}),
        ([f"--api-version={NEW}"], {"DIDWW_TOKEN": token}),
        ([], {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}),
        (["--token", token], {"DIDWW_API_VERSION": NEW}),
    ]:
        wire = Wire(sim22)
        result = run(
            *args, "sms-trunks", "list", "-o", "json", env=env, factory=factory_for(sim22, wire)
        )
        assert result.code == 0, result.err
        assert result.json() == []
        (sent,) = wire.sent
        assert (sent.method, sent.url.path) == ("GET", "/v3/sms_trunks")
        assert sent.headers["Authorization"] == f"Bearer {token}"
        assert "Api-Key" not in sent.headers
        assert "X-DIDWW-API-Version" not in sent.headers  # the token selects the version
        assert token not in result.out + result.err


def test_the_default_version_sends_the_api_key_and_its_version_header(run: Any) -> None:
    sim = Simulator(api_key=API_KEY)
    for args in ([], ["--api-version", didww.API_VERSION]):
        wire = Wire(sim)
        env = {"DIDWW_API_KEY": API_KEY}
        result = run(*args, "pops", "list", "-o", "json", env=env, factory=factory_for(sim, wire))
        assert result.code == 0, result.err
        assert len(result.json()) == len(sim.resources("pops"))
        (sent,) = wire.sent
        assert sent.url.path == "/v3/pops"
        assert sent.headers["Api-Key"] == API_KEY
        assert sent.headers["X-DIDWW-API-Version"] == didww.API_VERSION
        assert "Authorization" not in sent.headers


def test_the_version_flag_is_taken_after_the_resource_word_too(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_TOKEN": token}
    result = run("sms-trunks", "list", "--api-version", NEW, env=env, factory=factory_for(sim22))
    assert result.code == 0, result.err


@pytest.mark.parametrize(
    ("args", "env", "where"),
    [
        (["--api-version", "2027-01-01"], {}, "--api-version='2027-01-01'"),
        (["--api-version", "2026-10-22x"], {}, "--api-version='2026-10-22x'"),
        ([], {"DIDWW_API_VERSION": "latest"}, "DIDWW_API_VERSION='latest'"),
    ],
)
def test_an_unknown_version_is_a_usage_error_listing_the_known_ones(
    run: Any, args: list[str], env: dict[str, str], where: str
) -> None:
    result = run(
        *args, "balance", "find", env={**env, "DIDWW_API_KEY": API_KEY}, factory=never_called
    )
    assert result.code == 2
    known = " or ".join(versions())
    assert result.err == (
        f"didww: error: {where} is not an API version this SDK speaks: use {known}\n"
    )
    assert set(versions()) >= {didww.API_VERSION, NEW}  # the list is the SDK's own


def test_two_different_versions_on_one_command_line_are_refused(run: Any) -> None:
    result = run(
        "--api-version", NEW, "balance", "find", "--api-version", didww.API_VERSION,
        env={"DIDWW_API_KEY": API_KEY}, factory=never_called,
    )  # fmt: skip
    assert result.code == 2 and "--api-version is given twice" in result.err


def test_a_flag_beats_the_variable(run: Any, sim22: Simulator, token: str) -> None:
    env = {"DIDWW_API_VERSION": didww.API_VERSION, "DIDWW_TOKEN": token}
    result = run("--api-version", NEW, "sms-trunks", "list", env=env, factory=factory_for(sim22))
    assert result.code == 0, result.err


def test_version_and_verbose_name_the_version_spoken(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_TOKEN": token}
    shown = run("--api-version", NEW, "--version", env=env, factory=never_called)
    assert shown.out == f"didww {didww.__version__} (DIDWW API {NEW})\n"
    default = run("--version", env={}, factory=never_called)
    assert default.out == f"didww {didww.__version__} (DIDWW API {didww.API_VERSION})\n"
    verbose = run(
        "-v", "balance", "find", env={**env, "DIDWW_API_VERSION": NEW}, factory=factory_for(sim22)
    )
    assert verbose.code == 0, verbose.err
    lines = verbose.err.splitlines()
    assert f"didww: API version {NEW} (from DIDWW_API_VERSION)" in lines
    sandbox = v2026_10_22.Environment.SANDBOX.value
    assert f"didww: requests go to the sandbox API ({sandbox}); token from DIDWW_TOKEN" in lines
    assert any("GET http://didww-simulator.test/v3/balance" in line for line in lines)
    assert token not in verbose.out + verbose.err


# --- the commands are the version's ------------------------------------------------------------


def test_a_2026_10_22_command_is_absent_under_the_default_version(run: Any) -> None:
    env = {"DIDWW_API_KEY": API_KEY}
    result = run("sms-trunks", "list", env=env, factory=never_called)
    assert result.code == 2
    assert (
        f"No such command 'sms-trunks' in API version {didww.API_VERSION}: it is a command of "
        f"API version {NEW} (pass --api-version {NEW} or set DIDWW_API_VERSION)."
    ) in result.err
    assert "sms-trunks" not in run("--help", env=env, factory=never_called).out
    # A word no version has is still click's own message.
    unknown = run("teleporters", "list", env=env, factory=never_called)
    assert unknown.code == 2 and "No such command 'teleporters'" in unknown.err
    assert "API version" not in unknown.err


def test_resources_removed_in_2026_10_22_are_absent_there(run: Any, token: str) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    helped = run("--help", env=env, factory=never_called)
    assert helped.code == 0
    words = {
        line.split()[0] for line in helped.out.split("Commands:")[1].splitlines() if line.strip()
    }
    assert {"sms-trunks", "sms-trunk-groups"} <= words
    assert not words & {"pops", "did-group-types"}
    removed = run("pops", "list", env=env, factory=never_called)
    assert removed.code == 2
    assert f"No such command 'pops' in API version {NEW}" in removed.err
    assert f"--api-version {didww.API_VERSION}" in removed.err


def test_filters_and_values_are_checked_against_the_version(
    run: Any, sim22: Simulator, token: str
) -> None:
    wire = Wire(sim22)
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    mobile = run(
        "did-groups", "list", "-f", "number_type=mobile", "--fields", "prefix,number_type",
        "-o", "json", env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert mobile.code == 0, mobile.err
    assert mobile.json() and {g["attributes"]["number_type"] for g in mobile.json()} == {"mobile"}
    (sent,) = wire.sent
    assert sent.url.path == "/v3/did_groups"
    assert sent.url.params["filter[number_type]"] == "mobile"
    # The same filter does not exist in the default version; its DID group types did.
    old = run(
        "did-groups", "list", "-f", "number_type=mobile",
        env={"DIDWW_API_KEY": API_KEY}, factory=never_called,
    )  # fmt: skip
    assert old.code == 2 and "did_groups has no such filter" in old.err
    # A point of presence is an enum of 2026-10-22, checked before sending.
    bad = run("voice-in-trunks", "update", "ID", "--set", "pop=XYZ", env=env, factory=never_called)
    assert bad.code == 2 and "'XYZ' is not one of" in bad.err


def test_an_sms_trunk_is_created_and_shown_with_the_versions_columns(
    run: Any, sim22: Simulator, token: str
) -> None:
    wire = Wire(sim22)
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    configuration = {
        "type": "sms_to_email", "send_to": "support@example.com", "subject": "SMS",
        "message": "A text arrived.",
    }  # fmt: skip
    created = run(
        "sms-trunks", "create", "--set", "name=Support inbox",
        "--set", f"configuration={json.dumps(configuration)}", "-o", "json",
        env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert created.code == 0, created.err
    record = created.json()
    assert record["type"] == "sms_trunks"
    assert record["attributes"]["configuration"] == configuration
    (post,) = wire.sent
    assert (post.method, post.url.path) == ("POST", "/v3/sms_trunks")
    body = json.loads(post.content)
    assert body["data"]["type"] == "sms_trunks"
    assert body["data"]["attributes"]["configuration"]["type"] == "sms_to_email"
    # A list's columns are its query's, whatever matched: a relationship when it is included,
    # and the resource's meta, which reads (not loaded) for a trunk whose answer does not carry
    # it (meta.host is for a trunk that submits over HTTP; this one sends to email).
    listed = run(
        "sms-trunks", "list", "-i", "sms_trunk_group", "-o", "csv",
        env=env, factory=factory_for(sim22),
    )  # fmt: skip
    assert listed.code == 0, listed.err
    header, row = listed.out.splitlines()
    assert header.split(",")[:3] == ["id", "name", "external_reference_id"]
    assert "sms_trunk_group_id" in header.split(",") and header.endswith(",meta.host")
    assert row.startswith(f"{record['id']},Support inbox,") and row.endswith(",(not loaded)")
    table = run("sms-trunks", "find", record["id"], env=env, factory=factory_for(sim22))
    assert table.code == 0, table.err
    assert "Support inbox" in table.out and "allow_any_did_as_source" in table.out


def test_an_export_is_waited_for_and_downloaded_with_the_token(
    run: Any, sim22: Simulator, token: str, tmp_path: Any
) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    created = run(
        "exports", "create", "--set", "export_type=cdr_in",
        "--set", f"filters={json.dumps(recent_period(sim22))}", "-o", "json",
        env=env, factory=factory_for(sim22),
    )  # fmt: skip
    assert created.code == 0, created.err
    wire = Wire(sim22)
    destination = tmp_path / "cdr.csv"
    done = run(
        "exports", "download", created.json()["id"], str(destination), "--wait",
        env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert done.code == 0, done.err
    assert destination.read_bytes().count(b"\n") > 1
    export = sim22.resource("exports", created.json()["id"])
    assert export is not None and isinstance(export["attributes"], dict)
    download = wire.sent[-1]
    assert str(download.url) == export["attributes"]["url"]  # the file, with the token
    assert download.headers["Authorization"] == f"Bearer {token}"
    assert "Api-Key" not in download.headers


def test_every_2026_10_22_command_has_help(run: Any) -> None:
    env = {"DIDWW_API_VERSION": NEW}
    catalog = load(NEW)
    for info in catalog.resources.values():
        if not operation_commands(info):
            continue
        word = command_word(info)
        for command in operation_commands(info):
            result = run(word, command, "--help", env=env, factory=never_called)
            assert result.code == 0, (word, command, result.err)
            assert "--api-version VERSION" in result.out and "--token TOKEN" in result.out


def test_settings_and_the_default_client_are_the_versions() -> None:
    env = {"DIDWW_TOKEN": "tok-settings-0123456789", "DIDWW_API_KEY": "key-settings-0123456789"}
    bearer = resolve(Flags(), env, load(NEW))
    assert (bearer.api_version, bearer.api_key, bearer.key_source) == (NEW, None, "DIDWW_TOKEN")
    assert bearer.environment is v2026_10_22.Environment.SANDBOX
    assert "tok-settings" not in repr(bearer) and "key-settings" not in repr(bearer)
    flags = Flags(api_key="key-flag-0123456789", token="tok-flag-0123456789")
    assert "flag-0123456789" not in repr(flags)
    client = default_client(bearer)
    assert isinstance(client, v2026_10_22.Client)
    client.close()
    keyed = resolve(Flags(environment="production"), env, load(didww.API_VERSION))
    assert (keyed.token, keyed.key_source) == (None, "DIDWW_API_KEY")
    assert keyed.api_key == env["DIDWW_API_KEY"]
    assert keyed.environment is didww.Environment.PRODUCTION
    client = default_client(keyed)
    assert isinstance(client, didww.Client)
    client.close()


# --- credentials: each version its own, never printed ------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (
            ["--api-version", NEW, "--api-key", "sk-flag-key-55555"],
            {},
            f"didww: error: --api-key: API version {NEW} authenticates with a bearer token, not an "
            "API key: pass --token or set DIDWW_TOKEN (DIDWW mints tokens from your API key)\n",
        ),
        (
            ["--api-version", NEW],
            {"DIDWW_API_KEY": "sk-env-key-55555"},
            f"didww: error: no token: API version {NEW} authenticates with a bearer token: set the "
            "DIDWW_TOKEN environment variable (or pass --token); DIDWW_API_KEY is an API key, "
            "which this version does not take\n",
        ),
        (
            ["--token", "tok-flag-55555"],
            {"DIDWW_API_KEY": API_KEY},
            f"didww: error: --token: API version {didww.API_VERSION} authenticates with an API "
            "key, not a bearer token: pass --api-key or set DIDWW_API_KEY (tokens are for "
            f"--api-version {NEW})\n",
        ),
        (
            [],
            {"DIDWW_TOKEN": "tok-env-55555"},
            "didww: error: no API key: set the DIDWW_API_KEY environment variable (or pass "
            f"--api-key); DIDWW_TOKEN holds a bearer token, which API version {didww.API_VERSION} "
            f"does not take (it is for --api-version {NEW})\n",
        ),
        (["--api-version", NEW, "--token", " "], {}, "didww: error: --token is empty\n"),
    ],
)
def test_a_credential_of_the_other_version_is_a_clear_error_not_a_fallback(
    run: Any, args: list[str], env: dict[str, str], message: str
) -> None:
    result = run(*args, "balance", "find", env=env, factory=never_called)
    assert result.code == 2
    assert result.err == message
    for secret in ("sk-flag-key-55555", "sk-env-key-55555", "tok-flag-55555", "tok-env-55555"):
        assert secret not in result.out + result.err


def test_with_both_variables_set_each_version_uses_its_own(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_API_KEY": API_KEY, "DIDWW_TOKEN": token}
    wire22 = Wire(sim22)
    bearer = run(
        "--api-version", NEW, "balance", "find", env=env, factory=factory_for(sim22, wire22)
    )
    assert bearer.code == 0, bearer.err
    assert wire22.sent[0].headers["Authorization"] == f"Bearer {token}"
    assert "Api-Key" not in wire22.sent[0].headers
    sim = Simulator(api_key=API_KEY)
    wire = Wire(sim)
    assert run("balance", "find", env=env, factory=factory_for(sim, wire)).code == 0
    assert wire.sent[0].headers["Api-Key"] == API_KEY
    assert "Authorization" not in wire.sent[0].headers


def test_a_refused_token_is_an_api_error_and_no_token_is_printed(
    run: Any, sim22: Simulator, token: str
) -> None:
    stranger = Simulator(api_version=NEW).issue_token()  # signed by another simulator
    for extra in ([], ["--verbose"]):
        result = run(
            "--api-version", NEW, "--token", stranger, *extra, "sms-trunks", "list",
            env={"DIDWW_TOKEN": token}, factory=factory_for(sim22),
        )  # fmt: skip
        assert result.code == 1
        assert "HTTP 401" in result.err
        assert stranger not in result.out + result.err and token not in result.out + result.err
    assert "token from --token" in result.err


def test_a_token_in_a_usage_error_or_a_broken_token_is_not_echoed(run: Any) -> None:
    secret = "eyJ-secret-token-in-argv-777"
    stray = run(
        "--api-version", NEW, "sms-trunks", "list", "--token", secret, "extra-arg",
        env={}, factory=never_called,
    )  # fmt: skip
    assert stray.code == 2 and secret not in stray.err
    broken = run(
        "--api-version", NEW, "--token", "tok-has a-space-4242", "balance", "find",
        env={}, factory=HTTP,
    )  # fmt: skip
    assert broken.code == 2
    assert "token contains whitespace" in broken.err
    assert "tok-has" not in broken.err and "a-space-4242" not in broken.err


def test_an_unexpected_failure_never_shows_the_token(run: Any, token: str) -> None:
    def broken(settings: Settings) -> Any:
        raise RuntimeError(f"factory broke with {settings.token}")

    for extra in ([], ["-v"]):
        env = {"DIDWW_TOKEN": token}
        result = run(*extra, "--api-version", NEW, "balance", "find", env=env, factory=broken)
        assert result.code == 1
        assert token not in result.err and "[FILTERED]" in result.err


# --- over loopback: the CLI's own client, and the simulator it serves --------------------------


def test_a_served_2026_10_22_simulator_answers_the_cli_with_its_own_client(
    run: Any, sim22: Simulator, token: str
) -> None:
    with serve(sim22) as server:
        env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token, "DIDWW_BASE_URL": server.base_url}
        balance = run("balance", "find", "-o", "json", env=env, factory=HTTP)
        assert balance.code == 0, balance.err
        assert balance.json()["attributes"]["total_balance"] == "100.00"
        (sent,) = sim22.requests.matching("GET", "/balance")
        assert sent.headers.get("Authorization") == "[FILTERED]"  # sent, and kept out of logs
        assert sent.headers.get("Api-Key") is None and sent.status == 200


@pytest.fixture
def served_2026_10_22() -> Iterator[tuple[str, str]]:
    """``didww --api-version 2026-10-22 simulator serve --port 0`` in its own process; yields its
    base URL and the token it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "didww.cli", "--api-version", NEW, "simulator", "serve",
         "--port", "0", "--api-key", API_KEY],
        env=child_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().decode()
        assert banner.startswith("DIDWW simulator on http://127.0.0.1:"), banner
        assert process.stdout.readline().decode().strip() == f"API version {NEW}"
        authorization = process.stdout.readline().decode().split()
        assert authorization[:2] == ["Authorization:", "Bearer"], authorization
        yield banner.split()[3], authorization[2]
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def test_simulator_serve_serves_the_version_given_to_didww(
    run: Any, served_2026_10_22: tuple[str, str]
) -> None:
    url, token = served_2026_10_22
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token, "DIDWW_BASE_URL": url}
    trunks = run("sms-trunks", "list", "-o", "json", env=env, factory=HTTP)
    assert trunks.code == 0, trunks.err
    assert trunks.json() == []
    wrong = run(
        "sms-trunks", "list", env={**env, "DIDWW_TOKEN": "eyJ.not-a-token.4242"}, factory=HTTP
    )
    assert wrong.code == 1 and "HTTP 401" in wrong.err and "not-a-token" not in wrong.err


def test_choosing_a_version_loads_only_its_catalog() -> None:
    """``didww --help`` stays as cheap as before: the version's catalog only, no model, no
    simulator."""
    code = (
        "import contextlib, io, sys\n"
        "from didww.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['--api-version', {NEW!r}, '--help'])\n"
        "assert status == 0, status\n"
        "print(sorted(m for m in sys.modules if m.endswith('.catalog') or '.models.' in m\n"
        "             or m.startswith('didww.testing')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=ROOT, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert ast.literal_eval(done.stdout.decode()) == ["didww.v2026_10_22.catalog"]


# --- filters that take one value ----------------------------------------------------------------


def test_a_one_value_filter_takes_its_text_whole_and_refuses_a_list(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    wire = Wire(sim22)
    result = run(
        "dids", "list", "--filter", "description=Sales, EU", "-o", "json",
        env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert result.code == 0, result.err
    (request,) = wire.sent
    assert request.url.params["filter[description]"] == "Sales, EU"
    # A verification's status takes one value on 2026-10-22: a list is refused before sending.
    refused = run(
        "address-verifications", "list", "--filter", "status=pending,approved",
        env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert refused.code == 2, refused.err
    assert "--filter status takes one value in API 2026-10-22, got a list" in refused.err
    assert len(wire.sent) == 1


def test_a_one_value_filter_given_twice_says_it_takes_one_value(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    result = run(
        "dids", "list", "--filter", "description=a", "--filter", "description=b",
        env=env, factory=never_called,
    )  # fmt: skip
    assert result.code == 2
    assert "it takes one value in API 2026-10-22, not a list" in result.err
    assert "comma-separated" not in result.err
    helped = run("dids", "list", "--help", env=env, factory=never_called)
    assert "One value only, commas included:" in " ".join(helped.out.split())


def test_an_empty_filter_value_goes_where_the_document_takes_one(
    run: Any, sim22: Simulator, token: str
) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": token}
    wire = Wire(sim22)
    result = run(
        "dids", "list", "--filter", "description=", "-o", "json",
        env=env, factory=factory_for(sim22, wire),
    )  # fmt: skip
    assert result.code == 0, result.err
    (request,) = wire.sent
    assert request.url.params["filter[description]"] == ""
    refused = run("dids", "list", "--filter", "number=", env=env, factory=factory_for(sim22, wire))
    assert refused.code == 2 and "--filter number: the value is empty" in refused.err
