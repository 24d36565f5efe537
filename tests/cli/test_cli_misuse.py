"""The CLI used the way a demanding engineer would: what it sends (the simulator's request log),
what it prints, and what it keeps to itself."""

from __future__ import annotations

import json
from pathlib import Path

from rich.cells import cell_len

from didww.testing import Simulator
from tests.cli.conftest import Runner


def _trunk_ids(sim: Simulator) -> list[str]:
    return [str(r["id"]) for r in sim.resources("voice_in_trunks")]


def _new_group(cli: Runner, sim: Simulator) -> str:
    (trunk,) = _trunk_ids(sim)
    created = cli(
        "voice-in-trunk-groups",
        "create",
        "--set",
        "name=Group",
        "--set",
        f"voice_in_trunk_ids={trunk}",
        "-o",
        "json",
    )
    assert created.code == 0, created.err
    assert created.json()["relationships"]["voice_in_trunks"] == [trunk]
    return str(created.json()["id"])


# --- secrets in messages -----------------------------------------------------------------------


def test_a_secret_nested_value_is_not_quoted_back_in_an_error(cli: Runner, sim: Simulator) -> None:
    # A numeric SIP password or username typed without quotes is a mistake, but its message
    # must not print the secret itself.
    for name in ("auth_password", "username"):
        configuration = {"type": "sip_configurations", "host": "pbx.example", name: 98765432109}
        result = cli(
            "voice-in-trunks",
            "create",
            "--set",
            "name=Trunk",
            "--set",
            f"configuration={json.dumps(configuration)}",
        )
        assert result.code == 2
        assert "98765432109" not in result.err + result.out
        assert f"configuration.{name}" in result.err and "secret" in result.err
        assert len(result.err.strip().splitlines()) == 1


def test_a_secret_in_a_file_is_not_quoted_back_either(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    path = tmp_path / "trunk.json"
    configuration = {"type": "sip_configurations", "host": "h", "auth_password": ["pw-4242-x"]}
    document = {"attributes": {"name": "T", "configuration": configuration}}
    path.write_text(json.dumps(document), encoding="utf-8")
    sim.requests.clear()
    result = cli("voice-in-trunks", "create", "--file", str(path))
    assert result.code == 2
    assert "pw-4242-x" not in result.err + result.out
    assert "attributes.configuration.auth_password" in result.err
    assert len(sim.requests) == 0  # refused before sending


def test_an_ordinary_nested_value_is_still_quoted_in_its_error(cli: Runner) -> None:
    configuration = {"type": "sip_configurations", "host": "h", "port": "five"}
    result = cli(
        "voice-in-trunks",
        "create",
        "--set",
        "name=T",
        "--set",
        f"configuration={json.dumps(configuration)}",
    )
    assert result.code == 2 and '"five"' in result.err


# --- to-many relationships -------------------------------------------------------------------


def test_null_clears_a_to_many_relationship_rather_than_naming_an_id_null(
    cli: Runner, sim: Simulator
) -> None:
    group = _new_group(cli, sim)
    sim.requests.clear()
    result = cli(
        "voice-in-trunk-groups", "update", group, "--set", "voice_in_trunk_ids=null", "-o", "json"
    )
    assert result.code == 0, result.err
    (sent,) = sim.requests.matching("PATCH")
    assert isinstance(sent.body, dict)
    assert sent.body["data"]["relationships"] == {"voice_in_trunks": {"data": []}}
    assert result.json()["relationships"].get("voice_in_trunks", []) == []


def test_an_empty_value_clears_a_to_many_relationship_the_same_way(
    cli: Runner, sim: Simulator
) -> None:
    group = _new_group(cli, sim)
    sim.requests.clear()
    result = cli("voice-in-trunk-groups", "update", group, "--set", "voice_in_trunk_ids=")
    assert result.code == 0, result.err
    (sent,) = sim.requests.matching("PATCH")
    assert isinstance(sent.body, dict)
    assert sent.body["data"]["relationships"] == {"voice_in_trunks": {"data": []}}


# --- piped tables keep each field on one line ------------------------------------------------


def test_a_piped_field_table_keeps_the_longest_value_on_one_line(
    cli: Runner, sim: Simulator
) -> None:
    (trunk,) = _trunk_ids(sim)
    value = "v" * 150 + "END"
    assert cli("voice-in-trunks", "update", trunk, "--set", f"description={value}").code == 0
    out = cli("voice-in-trunks", "find", trunk).out
    assert any(value in line for line in out.splitlines()), out


def test_piped_tables_count_wide_characters_as_two_cells(cli: Runner, sim: Simulator) -> None:
    (trunk,) = _trunk_ids(sim)
    value = "名前" * 40 + "終"
    assert cell_len(value) == 2 * len(value)
    assert cli("voice-in-trunks", "update", trunk, "--set", f"description={value}").code == 0
    for args in (("find", trunk), ("list", "--fields", "name,description")):
        out = cli("voice-in-trunks", *args).out
        assert any(value in line for line in out.splitlines()), out


def test_relationship_ids_go_by_the_names_the_models_give_them() -> None:
    # The command line took voice_in_trunks_ids and dids_ids where a script writes
    # voice_in_trunk_ids and did_ids: each refused the other's spelling.
    from didww.cli._catalog import id_column, load

    checked = 0
    for version in ("2026-04-16", "2026-10-22"):
        catalog = load(version)
        for info in catalog.resources.values():
            model = catalog.model_class(info.type)
            assert model is not None
            for rel in info.relationships:
                name = id_column(rel)
                assert model._ID_NAMES.get(name) == rel.name, (version, info.type, name)
                checked += 1
    assert checked > 100


def test_a_to_many_relationship_is_set_and_shown_as_did_ids(cli: Runner, sim: Simulator) -> None:
    trunk = sim.client().voice_in_trunks.list()[0].id
    made = cli(
        "voice-in-trunk-groups",
        "create",
        "--set",
        "name=G",
        "--set",
        f"voice_in_trunk_ids={trunk}",
        "-o",
        "csv",
    )
    assert made.code == 0, made.err
    header, row = made.out.splitlines()[:2]
    assert "voice_in_trunk_ids" in header.split(",") and trunk in row
    wrong = cli("voice-in-trunk-groups", "create", "--set", f"voice_in_trunks_ids={trunk}")
    assert wrong.code == 2 and "voice_in_trunk_ids" in wrong.err
