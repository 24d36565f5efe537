"""What a user trial of the CLI found, each fixed: flat output (CSV and tables) that made "not
loaded" read as null, API error hints that were never printed, misspelt query names without the
SDK's "did you mean", and a repeated ``--filter`` that kept only its last value.

Everything runs against the simulator, as the other CLI tests do. Answers of a shape the
simulator never gives (some records without a field that others carry) are made by editing its
answers on the way back (:class:`Edited`)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import didww
from didww import v2026_10_22
from didww.cli._config import Settings
from didww.cli._records import NOT_LOADED
from didww.testing import DEFAULT_BASE_URL, SEED, Simulator, serve
from tests.cli.conftest import API_KEY, HTTP, Runner, in_process_client

NEW = "2026-10-22"
"""The bearer-token version; the default, 2026-04-16, sends an API key."""

Body = dict[str, Any]


class Edited(httpx.BaseTransport):
    """The simulator's answers, each JSON:API document passed through ``edit`` on its way back;
    the requests are kept as sent."""

    def __init__(self, sim: Simulator, edit: Callable[[Body], None]) -> None:
        self._inner = sim.transport()
        self._edit = edit
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        answer = self._inner.handle_request(request)
        answer.read()
        if not answer.content:
            return answer
        body = json.loads(answer.content)
        self._edit(body)
        headers = {k: v for k, v in answer.headers.items() if k.lower() != "content-length"}
        return httpx.Response(answer.status_code, headers=headers, json=body)


def edited(sim: Simulator, edit: Callable[[Body], None]) -> tuple[Any, Edited]:
    """A client factory whose answers come from ``sim`` through ``edit``, and its transport."""
    transport = Edited(sim, edit)

    def factory(settings: Settings) -> didww.Client:
        return didww.Client(
            api_key=settings.api_key,
            base_url=DEFAULT_BASE_URL,
            http_client=httpx.Client(transport=transport),
            max_retries=0,
        )

    return factory, transport


def never_called(settings: Settings) -> Any:
    raise AssertionError("no client may be built for a usage error")


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def record_of(body: Body, id: str) -> Body:
    return next(r for r in body["data"] if r["id"] == id)


# --- 1. flat output: not loaded is never null --------------------------------------------------


def test_csv_has_no_column_for_a_relationship_the_answer_did_not_carry(cli: Runner) -> None:
    # The list answer carries voice_in_trunk as links only: the trunk is unknown, not null.
    result = cli("dids", "list", "-o", "csv")
    assert result.code == 0, result.err
    header = result.out.splitlines()[0].split(",")
    assert "voice_in_trunk_id" not in header and "number" in header
    assert not any(name.endswith(("_id", "_ids")) for name in header)


def test_with_the_include_csv_shows_the_trunk_and_an_empty_cell_is_null(
    cli: Runner, sim: Simulator
) -> None:
    result = cli("dids", "list", "--include", "voice_in_trunk", "-o", "csv")
    assert result.code == 0, result.err
    by_id = {r["id"]: r for r in rows(result.out)}
    assert by_id[SEED.did_us]["voice_in_trunk_id"] == SEED.voice_in_trunk
    # The other number is routed to no trunk: null on the wire, an empty cell here.
    assert by_id[SEED.did_gb]["voice_in_trunk_id"] == ""
    with sim.client() as client:
        did = client.dids.find(SEED.did_gb, didww.QueryParams().include("voice_in_trunk"))
        assert did.voice_in_trunk is None


def test_a_field_only_some_records_carry_reads_not_loaded_in_the_others(
    cli: Runner, sim: Simulator
) -> None:
    def mixed(body: Body) -> None:
        # As a server might answer: linkage for one record only, an attribute left out of one.
        gb = record_of(body, SEED.did_gb)
        del gb["relationships"]["voice_in_trunk"]["data"]
        del record_of(body, SEED.did_us)["attributes"]["description"]

    factory, _ = edited(sim, mixed)
    result = cli("dids", "list", "-i", "voice_in_trunk", "-o", "csv", factory=factory)
    assert result.code == 0, result.err
    by_id = {r["id"]: r for r in rows(result.out)}
    assert by_id[SEED.did_us]["voice_in_trunk_id"] == SEED.voice_in_trunk
    assert by_id[SEED.did_gb]["voice_in_trunk_id"] == NOT_LOADED == "(not loaded)"
    assert by_id[SEED.did_us]["description"] == NOT_LOADED
    assert by_id[SEED.did_gb]["description"] != NOT_LOADED

    as_json = cli("dids", "list", "-i", "voice_in_trunk", "-o", "json", factory=factory).json()
    gb = next(r for r in as_json if r["id"] == SEED.did_gb)
    assert "voice_in_trunk" not in gb["relationships"]  # JSON leaves it out, as before

    table = cli("dids", "list", "-i", "voice_in_trunk", factory=factory)
    assert table.code == 0, table.err
    gb_line = next(line for line in table.out.splitlines() if SEED.did_gb in line)
    assert NOT_LOADED in gb_line


def test_a_table_shows_no_column_for_an_unloaded_relationship_and_blanks_for_null(
    cli: Runner,
) -> None:
    plain = cli("dids", "list")
    assert plain.code == 0, plain.err
    assert "voice_in_trunk_id" not in plain.out and NOT_LOADED not in plain.out
    included = cli("dids", "list", "-i", "voice_in_trunk")
    assert "voice_in_trunk_id" in included.out and SEED.voice_in_trunk in included.out
    assert NOT_LOADED not in included.out


def test_find_as_csv_has_columns_for_what_was_loaded_only(cli: Runner) -> None:
    header = cli("dids", "find", SEED.did_us, "-o", "csv").out.splitlines()[0].split(",")
    assert "voice_in_trunk_id" not in header and "number" in header
    found = cli("dids", "find", SEED.did_us, "-i", "voice_in_trunk", "-o", "csv")
    assert rows(found.out)[0]["voice_in_trunk_id"] == SEED.voice_in_trunk


def test_a_relationship_cleared_to_null_is_shown_as_null(cli: Runner) -> None:
    # The answer of the update carries the linkage it set: null, which is not "not loaded".
    result = cli("dids", "update", SEED.did_us, "--set", "voice_in_trunk_id=null", "-o", "json")
    assert result.code == 0, result.err
    assert result.json()["relationships"]["voice_in_trunk"] is None
    flat = cli("dids", "update", SEED.did_us, "--set", "voice_in_trunk_id=null", "-o", "csv")
    assert rows(flat.out)[0]["voice_in_trunk_id"] == ""


def test_csv_help_says_what_an_empty_cell_means(cli: Runner) -> None:
    text = " ".join(cli("dids", "list", "--help", factory=never_called).out.split())
    assert "an empty cell is null" in text and "(not loaded)" in text


# --- 2. the error's hint, and the API version it may point at ----------------------------------


def hint_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("  hint: ")]


def test_a_refused_key_prints_the_sdks_hint_on_its_own_line(cli: Runner) -> None:
    wrong = "sk-wrong-key-4242424242"
    result = cli("--api-key", wrong, "dids", "list")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "didww: error: the API answered HTTP 401 (AuthenticationError)"
    assert hint_lines(result.err) == [
        "  hint: refused by didww-simulator.test, the API at a custom base_url: an API key works "
        "only in the environment it was made for"
    ]
    assert lines[-1].startswith("  request id: ")  # the request id stays last
    assert wrong not in result.out + result.err and API_KEY not in result.out + result.err


def test_a_hint_naming_a_secret_is_filtered(cli: Runner, sim: Simulator) -> None:
    # The 401 hint names the host; here the host holds the key the CLI was given, and a
    # simulator that takes another key refuses it.
    def factory(settings: Settings) -> didww.Client:
        return didww.Client(
            api_key=settings.api_key,
            base_url=f"http://{API_KEY}.test/v3",
            http_client=httpx.Client(
                transport=Simulator(api_key="sk-another-key-98765").transport()
            ),
            max_retries=0,
        )

    result = cli("dids", "list", factory=factory)
    assert result.code == 1
    (hint,) = hint_lines(result.err)
    assert hint.startswith("  hint: refused by [FILTERED].test,")
    assert API_KEY not in result.out + result.err


@pytest.fixture
def sim22() -> Simulator:
    return Simulator(api_version=NEW, api_key=API_KEY)


def token_client_of(sim: Simulator) -> Any:
    """A factory of 2026-10-22 clients (the token the CLI resolved) answered by ``sim``."""

    def factory(settings: Settings) -> Any:
        return v2026_10_22.Client(
            token=settings.token,
            base_url=DEFAULT_BASE_URL,
            http_client=httpx.Client(transport=sim.transport()),
            max_retries=0,
        )

    return factory


def test_an_api_key_sent_to_a_2026_10_22_server_points_at_that_version(
    cli: Runner, sim22: Simulator
) -> None:
    result = cli("dids", "list", factory=in_process_client(sim22))
    assert result.code == 1
    assert hint_lines(result.err)[-1] == (
        "  hint: didww speaks API version 2026-04-16 with an API key, and the server asked for a "
        "bearer token; if this server speaks 2026-10-22, pass --api-version 2026-10-22 with a "
        "bearer token (--token or DIDWW_TOKEN)"
    )
    assert API_KEY not in result.out + result.err


def test_a_token_sent_to_a_2026_04_16_server_points_at_that_version(
    cli: Runner, sim: Simulator, sim22: Simulator
) -> None:
    token = sim22.issue_token()
    env = {"DIDWW_TOKEN": token, "DIDWW_API_VERSION": NEW}
    result = cli("balance", "find", env=env, factory=token_client_of(sim))
    assert result.code == 1
    assert hint_lines(result.err) == [
        "  hint: didww-simulator.test asks for an API key (its answer names the Api-Key header), "
        "not a bearer token: it speaks an API version that takes API keys (2026-04-16), while "
        "this client speaks 2026-10-22, which takes tokens",
        "  hint: didww speaks API version 2026-10-22 with a bearer token, and the server's "
        "refusal lacks the WWW-Authenticate: Bearer challenge that every 401 of 2026-10-22 "
        "carries; if this server speaks 2026-04-16, pass --api-version 2026-04-16 with an API "
        "key (--api-key or DIDWW_API_KEY)",
    ]
    assert token not in result.out + result.err


def test_a_refusal_about_the_credential_itself_names_no_other_version(
    cli: Runner, sim22: Simulator
) -> None:
    # A token of another simulator: a 2026-10-22 refusal, with its Bearer challenge.
    stranger = Simulator(api_version=NEW).issue_token()
    env = {"DIDWW_TOKEN": stranger, "DIDWW_API_VERSION": NEW}
    result = cli("balance", "find", env=env, factory=token_client_of(sim22))
    assert result.code == 1
    (hint,) = hint_lines(result.err)
    assert "may have expired" in hint and "--api-version" not in result.err
    assert stranger not in result.out + result.err
    # A wrong key refused by a 2026-04-16 server: no challenge for a bearer token, no version.
    wrong = cli("--api-key", "sk-wrong-key-4242424242", "balance", "find")
    assert wrong.code == 1 and "--api-version" not in wrong.err


def test_over_http_a_key_sent_to_a_served_2026_10_22_simulator_gets_the_version_hint(
    cli: Runner, sim22: Simulator
) -> None:
    with serve(sim22) as server:
        env = {"DIDWW_API_KEY": API_KEY, "DIDWW_BASE_URL": server.base_url}
        result = cli("balance", "find", env=env, factory=HTTP)
    assert result.code == 1
    assert "pass --api-version 2026-10-22 with a bearer token" in hint_lines(result.err)[-1]
    assert API_KEY not in result.out + result.err


# --- 3. misspelt names: the SDK's "did you mean" -----------------------------------------------


def sdk_suggestion(sim: Simulator, params: didww.QueryParams) -> str | None:
    """The "did you mean 'x'?" of the SDK's own check of ``params`` on ``dids.list``."""
    with sim.client() as client, pytest.raises(didww.ClientError) as refused:
        client.dids.list(params)
    found = re.search(r"did you mean '[^']*'\?", refused.value.message)
    return found.group(0) if found else None


@pytest.mark.parametrize(
    ("args", "params", "expected"),
    [
        (["--filter", "numbr=1"], didww.QueryParams().filter("numbr", "1"), "'number'"),
        (["--filter", "blokced=true"], didww.QueryParams().filter("blokced", "1"), "'blocked'"),
        (["--sort", "nmber"], didww.QueryParams().sort("nmber"), "'number'"),
        (["--sort", "-creatd_at"], didww.QueryParams().sort("-creatd_at"), "'created_at'"),
        (["--filter", "zzz=1"], didww.QueryParams().filter("zzz", "1"), None),
    ],
)
def test_a_misspelt_filter_or_sort_gets_the_suggestion_the_sdk_gives(
    cli: Runner,
    sim: Simulator,
    args: list[str],
    params: didww.QueryParams,
    expected: str | None,
) -> None:
    result = cli("dids", "list", *args, factory=never_called)
    assert result.code == 2
    said = re.search(r"did you mean '[^']*'\?", result.err)
    assert (said.group(0) if said else None) == sdk_suggestion(sim, params)
    assert (said.group(0) if said else None) == (
        None if expected is None else f"did you mean {expected}?"
    )
    assert "it has: " in result.err or "it can by: " in result.err  # the valid names stay


def test_include_and_fields_suggest_too(cli: Runner) -> None:
    include = cli("dids", "list", "-i", "voice_in_trnk", factory=never_called)
    assert include.code == 2 and "did you mean 'voice_in_trunk'?" in include.err
    fields = cli("dids", "list", "--fields", "numbr", factory=never_called)
    assert fields.code == 2 and "did you mean 'number'?" in fields.err


# --- 4. a filter given twice -------------------------------------------------------------------


def test_a_filter_given_twice_with_different_values_is_refused(cli: Runner) -> None:
    result = cli(
        "dids", "list", "--filter", "number=12125550199", "--filter", "number=442071830199",
        factory=never_called,
    )  # fmt: skip
    assert result.code == 2 and result.out == ""
    assert result.err == (
        "didww: error: --filter number is given twice, as '12125550199' and '442071830199': to "
        "match any of several values, list them comma-separated in one --filter "
        "(--filter number=12125550199,442071830199)\n"
    )


def test_the_comma_separated_form_the_refusal_suggests_matches_either(
    cli: Runner, sim: Simulator
) -> None:
    factory, wire = edited(sim, lambda body: None)
    result = cli(
        "dids", "list", "--filter", "number=12125550199,442071830199", "-o", "json",
        factory=factory,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert {r["id"] for r in result.json()} == {SEED.did_us, SEED.did_gb}
    (request,) = wire.sent
    query = parse_qs(urlsplit(str(request.url)).query)
    assert query["filter[number]"] == ["12125550199,442071830199"]


def test_the_same_filter_value_twice_is_no_conflict(cli: Runner) -> None:
    result = cli(
        "dids", "list", "-f", "number=12125550199", "-f", "number=12125550199", "-o", "json"
    )
    assert result.code == 0, result.err
    assert [r["id"] for r in result.json()] == [SEED.did_us]


def test_a_bound_given_twice_is_refused_as_taking_one_value(cli: Runner) -> None:
    result = cli(
        "orders", "list", "-f", "created_at_gteq=2026-01-01", "-f", "created_at_gteq=2026-02-01",
        factory=never_called,
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: --filter created_at_gteq is given twice, as '2026-01-01' and "
        "'2026-02-01': a bound takes one value\n"
    )
