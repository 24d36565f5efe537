"""What a second user trial of the CLI found, each fixed: a base URL's password in --verbose,
output the terminal's encoding cannot hold, Ctrl-C while the tool loads, a closed stdout, control
characters from API data in tables, the simulator's default version and a bad
``DIDWW_API_VERSION``, hints in the CLI's words, the same columns whatever a list matched, a
closed pipe, and ``-o json`` fed back to ``update --file``.

In-process against the simulator where the harness can show it; in a separate process against
the served simulator where the process itself matters (stdout's encoding, a closed stdout)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import didww
import didww.cli
from didww._codecs import lone_surrogate
from didww.testing import SEED, Simulator, SimulatorServer
from tests.cli.conftest import API_KEY, ROOT, Runner, child_env, spawn

NEW = "2026-10-22"
ESCAPES = "A\x1b[31mRED\x1b]0;pwned\x07B"
"""A description that would turn a terminal red and retitle it."""


def describe(sim: Simulator, text: str) -> None:
    with sim.client() as client:
        did = client.dids.find(SEED.did_us)
        did.description = text
        client.dids.update(did)


def header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)))


# --- 2. --verbose shows the base URL without its secrets --------------------------------------


def test_verbose_filters_a_password_and_a_secret_query_value_out_of_the_base_url(
    cli: Runner,
) -> None:
    url = "http://proxyuser:ProxyPass99@127.0.0.1:9/v3?api_key=abc123secret"
    result = cli("-v", "balance", "find", env={"DIDWW_API_KEY": API_KEY, "DIDWW_BASE_URL": url})
    assert result.code == 0, result.err
    assert result.err.splitlines()[:2] == [
        "didww: API version 2026-04-16 (the default)",
        "didww: requests go to http://proxyuser:[FILTERED]@127.0.0.1:9/v3?api_key=[FILTERED]; "
        "API key from DIDWW_API_KEY",
    ]
    assert "ProxyPass99" not in result.err and "abc123secret" not in result.err


# --- 3. what stdout's encoding cannot hold; arguments that are not text -------------------------


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("json", '      "description": "Caf\\u00e9 line",'),
        ("csv", f"{SEED.did_us},12125550199,Caf? line,"),
        ("table", "Caf? line"),
    ],
)
def test_an_ascii_stdout_gets_escapes_or_question_marks_never_an_error(
    server: SimulatorServer, sim: Simulator, output: str, expected: str
) -> None:
    describe(sim, "Café line")
    done = spawn(["dids", "list", "-o", output], child_env(server, PYTHONIOENCODING="ascii"))
    assert (done.returncode, done.stderr) == (0, b"")
    lines = done.stdout.decode("ascii").splitlines()
    assert any(line.startswith(expected) or expected in line for line in lines), lines
    if output == "json":
        assert json.loads(done.stdout)[0]["attributes"]["description"] == "Café line"


def test_a_write_whose_answer_stdout_cannot_hold_exits_0(
    server: SimulatorServer, sim: Simulator
) -> None:
    describe(sim, "Café line")
    done = spawn(
        ["dids", "update", SEED.did_us, "--set", "capacity_limit=7"],
        child_env(server, PYTHONIOENCODING="ascii"),
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert "Caf? line" in done.stdout.decode("ascii")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["dids", "update", SEED.did_us, "--set", "description=Caf\udcc3\udca9"],
         "the value of --set description"),
        (["dids", "list", "--filter", "number=\udcc3\udcbc"], "the value of --filter number"),
        (["dids", "list", "--filter=number=\udcc3\udcbc"], "the value of --filter"),
        (["dids", "find", "\udcc3\udcbc"], "argument 3"),
    ],
)  # fmt: skip
def test_an_argument_the_locale_could_not_decode_is_a_usage_error_naming_it(
    cli: Runner, sim: Simulator, args: list[str], named: str
) -> None:
    result = cli(*args)
    assert (result.code, result.out) == (2, "")
    # This process reads arguments as UTF-8: a lone surrogate stands for bytes in another
    # encoding, which a UTF-8 locale would not help with. (Under LC_ALL=C: the next test.)
    assert sys.getfilesystemencoding() == "utf-8"
    assert result.err == (
        f"didww: error: {named} is not text in this terminal's encoding (utf-8): its bytes are "
        "not UTF-8: give it in UTF-8 (a file to write: another name)\n"
    )
    assert not sim.requests.matching("PATCH", "/dids")


def test_a_file_whose_name_is_not_utf_8_is_uploaded(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    # Its name is the file system's bytes (Latin-1 here): it was refused as undecodable text,
    # with advice to use a UTF-8 locale that was in use already.
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.pdf")
    with open(path, "wb") as file:
        file.write(b"%PDF-1.4 proof")
    name = os.fsdecode(path)
    assert lone_surrogate(name) is not None
    result = cli("encrypted-files", "upload", name, "-o", "json")
    assert result.code == 0, result.err
    assert len(result.json()) == 1
    # Given as --option=PATH too: a --file whose name is not UTF-8 is read.
    document = os.path.join(os.fsencode(tmp_path), b"r\xe9seau.json")
    with open(document, "w", encoding="utf-8") as file:
        file.write('{"attributes": {"name": "Latin-1 named"}}')
    made = cli("voice-in-trunk-groups", "create", f"--file={os.fsdecode(document)}")
    assert made.code == 0, made.err


def test_under_the_c_locale_without_utf8_mode_a_non_ascii_value_is_refused_unsent(
    server: SimulatorServer, sim: Simulator
) -> None:
    env = child_env(server, LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    done = subprocess.run(
        [sys.executable, "-m", "didww.cli", "dids", "update", SEED.did_us, "--set",
         "description=Café".encode()],
        env=env, cwd=ROOT, capture_output=True, stdin=subprocess.DEVNULL, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode().startswith(
        "didww: error: the value of --set description is not text in this terminal's encoding"
    )
    assert not sim.requests.matching("PATCH", "/dids")


# --- 4. Ctrl-C while the tool loads ------------------------------------------------------------


def test_ctrl_c_while_the_modules_load_says_interrupted_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(didww.cli, "_load", interrupted)
    assert didww.cli.main(["dids", "list"]) == 130
    assert capsys.readouterr() == ("", "didww: interrupted\n")


def test_the_module_the_console_script_imports_loads_none_of_the_commands() -> None:
    """(Not Click or Rich either, but httpx, which ``import didww`` loads, imports them for its
    own command line when they are installed.)"""
    code = (
        "import sys, didww.cli; print(sorted(m for m in sys.modules if m.startswith('didww.cli.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), cwd=ROOT, capture_output=True, check=False
    )  # fmt: skip
    assert done.stdout.decode() == "[]\n", done.stderr


# --- 5. a closed stdout ------------------------------------------------------------------------


def _without_stdout(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI as ``didww ARGS >&-``: its stdout closed before it starts."""
    return subprocess.run(
        [sys.executable, "-m", "didww.cli", *args],
        env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1), timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["dids", "list"],
        ["dids", "list", "-o", "json"],
        ["dids", "list", "-o", "csv"],
        ["dids", "update", SEED.did_us, "--set", "capacity_limit=7"],
        ["exports", "download", "EXPORT-ID", "-"],
        ["--help"],
    ],
)
def test_a_closed_stdout_is_one_clear_error_and_nothing_is_sent(
    server: SimulatorServer, sim: Simulator, args: list[str]
) -> None:
    done = _without_stdout(args, child_env(server))
    assert done.returncode == 1
    assert (
        done.stderr
        == b"didww: error: stdout is closed; redirect it to a file or /dev/null instead\n"
    )
    assert len(sim.requests) == 0


def _buffered(env: dict[str, str]) -> dict[str, str]:
    """``env`` without ``PYTHONUNBUFFERED``: a shell's usual stdout, written when its buffer
    fills or the program ends, rather than on every write."""
    return {k: v for k, v in env.items() if k != "PYTHONUNBUFFERED"}


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [["balance", "find", "-o", "csv"], ["dids", "list", "-o", "json"], ["--version"]]
)
def test_a_stdout_that_cannot_be_written_is_one_line_and_status_1(
    server: SimulatorServer, args: list[str]
) -> None:
    # A full disk, as `> /dev/full` gives: the output fails when written, or when Python flushes
    # it at exit. That last one was a traceback, "Exception ignored" and status 120.
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "didww.cli", *args],
            env=_buffered(child_env(server)), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=full,
            stderr=subprocess.PIPE, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("didww: error: ") and "No space left on device" in lines[0]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("status", "said"),
    [(0, ["didww: error: cannot write stdout: No space left on device"]), (1, [])],
)
def test_output_still_buffered_when_the_command_ends_is_flushed_once(
    status: int, said: list[str]
) -> None:
    # What a command leaves buffered is written as it ends: on a full disk, one line (none when
    # an error was reported already) and status 1, instead of a traceback from that flush, and
    # "Exception ignored" from Python's own at exit, with status 120.
    code = (
        "import sys; from didww.cli._app import _stdout_written; sys.stdout.write('id,total'); "
        f"sys.exit(_stdout_written({status}))"
    )
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-c", code], env=_buffered(child_env()), cwd=ROOT, stdout=full,
            stderr=subprocess.PIPE, timeout=120, check=False,
        )  # fmt: skip
    assert (done.returncode, done.stderr.decode().splitlines()) == (1, said)


# --- 6. control characters from API data -------------------------------------------------------


def test_tables_show_control_characters_as_escapes(cli: Runner, sim: Simulator) -> None:
    describe(sim, ESCAPES)
    for args in (["dids", "list"], ["dids", "find", SEED.did_us]):
        result = cli(*args)
        assert result.code == 0, result.err
        assert "A\\x1b[31mRED\\x1b]0;pwned\\x07B" in result.out
        assert "\x1b" not in result.out and "\x07" not in result.out


def test_json_and_piped_csv_keep_the_value_exactly(cli: Runner, sim: Simulator) -> None:
    describe(sim, ESCAPES)
    as_json = cli("dids", "find", SEED.did_us, "-o", "json")
    assert as_json.json()["attributes"]["description"] == ESCAPES
    assert "\\u001b[31mRED" in as_json.out
    as_csv = cli("dids", "find", SEED.did_us, "-o", "csv")
    (row,) = csv.DictReader(io.StringIO(as_csv.out))
    assert row["description"] == ESCAPES


# --- 7. the simulator's default version; a bad DIDWW_API_VERSION --------------------------------


def test_help_and_version_work_with_a_bad_version_in_the_environment(cli: Runner) -> None:
    env = {"DIDWW_API_KEY": API_KEY, "DIDWW_API_VERSION": "bogus"}
    helped = cli("--help", env=env)
    assert helped.code == 0 and helped.out.startswith("Usage: didww [OPTIONS] COMMAND")
    version = cli("--version", env=env)
    assert (version.code, version.out) == (0, f"didww {didww.__version__} (DIDWW API 2026-04-16)\n")
    command = cli("dids", "list", env=env)
    assert (command.code, command.out) == (2, "")
    assert command.err == (
        "didww: error: DIDWW_API_VERSION='bogus' is not an API version this SDK speaks: use "
        "2026-04-16 or 2026-10-22\n"
    )
    flag = cli("--api-version", "bogus", "--help", env={"DIDWW_API_KEY": API_KEY})
    assert flag.code == 2 and flag.out == ""  # typed on this command line: refused at once


@pytest.mark.parametrize(("version", "served"), [(None, "2026-04-16"), (NEW, NEW)])
def test_simulator_serve_help_states_the_version_it_serves(
    version: str | None, served: str
) -> None:
    """It serves the version didww speaks (DIDWW_API_VERSION included), and says so."""
    env = child_env() if version is None else child_env(DIDWW_API_VERSION=version)
    done = spawn(["simulator", "serve", "--help"], env)
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.decode().split())
    assert f"the API version to serve (default: {served})" in text


def test_simulator_serve_refuses_a_bad_version_in_the_environment() -> None:
    done = spawn(["simulator", "serve", "--port", "0"], child_env(DIDWW_API_VERSION="bogus"))
    assert done.returncode == 2
    assert b"DIDWW_API_VERSION='bogus' is not an API version this SDK speaks" in done.stderr


# --- 9. hints in the CLI's words --------------------------------------------------------------


def test_an_unknown_value_of_a_related_filter_is_told_in_the_clis_words(cli: Runner) -> None:
    result = cli("dids", "list", "--filter", "did_group.features=voice_inn")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "didww: error: --filter did_group.features: 'voice_inn' is not one of voice_in, "
        "voice_out, t38, sms_in, p2p, a2p, emergency, cnam_out; did you mean 'voice_in'? (the "
        "values this SDK knows; a newer one takes a newer didww)\n"
    )
    assert "unchecked" not in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dids", "list", "--filter", "pending_removal=true"],
         "--filter pending_removal: dids has no such filter in API version 2026-10-22: it is a "
         "filter of API version 2026-04-16"),
        (["did-groups", "list", "--include", "did_group_type"],
         "--include did_group_type: did_groups cannot include did_group_type in API version "
         "2026-10-22: it is an include of API version 2026-04-16"),
        (["voice-in-trunks", "create", "--set", "pop_id=x"],
         "--set pop_id: voice_in_trunks has no such field in API version 2026-10-22: it is a "
         "field of API version 2026-04-16"),
    ],
)  # fmt: skip
def test_a_name_of_another_api_version_points_at_it_as_a_command_does(
    cli: Runner, args: list[str], message: str
) -> None:
    env = {"DIDWW_API_VERSION": NEW, "DIDWW_TOKEN": "a-token"}
    result = cli(*args, env=env)
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"didww: error: {message} (pass --api-version 2026-04-16 or set DIDWW_API_VERSION)\n"
    )


def test_a_misspelt_set_name_gets_a_did_you_mean(cli: Runner) -> None:
    result = cli("dids", "update", SEED.did_us, "--set", "descripton=x")
    assert result.code == 2
    assert result.err.startswith(
        "didww: error: --set descripton: dids has no such field (did you mean 'description'?); "
        "--set takes: description, terminated,"
    )


# --- 10. the same columns whatever a list matched ----------------------------------------------


@pytest.mark.parametrize(
    ("matching", "matching_nothing"),
    [
        (["dids", "list"], ["dids", "list", "--filter", "number=000"]),
        (["dids", "list", "-i", "voice_in_trunk"],
         ["dids", "list", "-i", "voice_in_trunk", "--filter", "number=000"]),
        (["did-groups", "list", "--page-size", "2"],
         ["did-groups", "list", "--page-size", "2", "--page", "99"]),
    ],
)  # fmt: skip
def test_a_list_has_the_same_header_whether_or_not_it_matched(
    cli: Runner, matching: list[str], matching_nothing: list[str]
) -> None:
    some, none = cli(*matching, "-o", "csv"), cli(*matching_nothing, "-o", "csv")
    assert some.code == none.code == 0, some.err + none.err
    assert len(some.out.splitlines()) > 1 and len(none.out.splitlines()) == 1
    assert header(some.out) == header(none.out)
    included = "-i" in matching
    assert ("voice_in_trunk_id" in header(none.out)) is included
    assert not any(h.endswith("_id") for h in header(none.out) if not included)


# --- 12. -o json fed back to update --file -------------------------------------------------------


def test_find_as_json_goes_back_to_update_with_the_unchangeable_members_left_out(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    found = cli("voice-in-trunks", "find", SEED.voice_in_trunk, "-o", "json")
    record = found.json()
    record["attributes"]["name"] = "Renamed PBX"
    path = tmp_path / "trunk.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = cli(
        "voice-in-trunks", "update", SEED.voice_in_trunk, "--file", str(path), "-o", "json"
    )
    assert result.code == 0, result.err
    assert result.json()["attributes"]["name"] == "Renamed PBX"
    assert result.err == (
        f"didww: note: {path}: left out attributes.created_at, "
        "attributes.configuration.incoming_auth_username, "
        "attributes.configuration.incoming_auth_password (read-only or create-only: an update "
        "cannot change them)\n"
    )
    (patch,) = sim.requests.matching("PATCH", "/voice_in_trunks")
    assert isinstance(patch.body, dict)
    sent = patch.body["data"]["attributes"]
    assert "created_at" not in sent and "incoming_auth_username" not in sent["configuration"]


def test_a_create_file_is_still_refused_a_read_only_member(cli: Runner, tmp_path: Path) -> None:
    path = tmp_path / "trunk.json"
    path.write_text(json.dumps({"attributes": {"name": "x", "created_at": "2026-01-01T00:00:00Z"}}))
    result = cli("voice-in-trunks", "create", "--file", str(path))
    assert (result.code, result.err) == (
        2,
        f"didww: error: {path}: attributes.created_at is read-only\n",
    )


# --- the security trial: base URL passwords of any kind, numbers too long to read --------------


@pytest.mark.parametrize("password", ["Pass'word77", "Pass word77", "Pass/word77", "Pass?word77"])
def test_verbose_and_errors_hide_a_base_url_password_whatever_it_holds(
    cli: Runner, password: str
) -> None:
    url = f"http://proxyuser:{password}@127.0.0.1:9/v3"
    result = cli("-v", "balance", "find", env={"DIDWW_API_KEY": API_KEY, "DIDWW_BASE_URL": url})
    assert "word77" not in result.err and "word77" not in result.out
    assert "[FILTERED]" in result.err


def test_a_number_too_long_to_read_is_a_usage_error(cli: Runner, tmp_path: Path) -> None:
    document = tmp_path / "big.json"
    document.write_text('{"attributes": {"capacity_limit": ' + "9" * 5000 + "}}")
    result = cli("dids", "update", SEED.did_us, "--file", str(document))
    assert result.code == 2 and "a number too long or nesting too deep" in result.err
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000)
    result = cli("dids", "update", SEED.did_us, "--file", str(deep))
    assert result.code == 2 and "unexpected error" not in result.err


def test_python_dash_m_didww_is_the_command_too() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "didww", "--version"],
        env=child_env(), cwd=ROOT, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("didww ")
    assert done.stdout == subprocess.run(
        [sys.executable, "-m", "didww.cli", "--version"],
        env=child_env(), cwd=ROOT, capture_output=True, timeout=120, check=False,
    ).stdout  # fmt: skip
