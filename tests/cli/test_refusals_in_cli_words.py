"""The SDK refuses some requests before sending them (a field the API requires, a condition
between fields); the command line says so with the names a user types, ``--set dids_ids``, not
the model's ``VoiceOutTrunk.dids``."""

from __future__ import annotations

from didww.testing import SEED, Simulator
from tests.cli.conftest import Runner

IP_ONLY = '{"type": "ip_only", "allowed_sip_ips": ["203.0.113.0/24"]}'


def test_a_create_without_a_required_relationship_names_its_option(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    result = cli(
        "addresses", "create", "--set", "city_name=Berlin", "--set", "postal_code=10115",
        "--set", "address=Unter den Linden 1", "--set", f"country_id={SEED.country_de}",
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: identity_id is required on create: the API makes no Address without it\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_create_without_a_required_attribute_names_it_without_its_class(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    result = cli("voice-out-trunks", "create", "--set", f"authentication_method={IP_ONLY}")
    assert result.code == 2
    assert result.err == (
        "didww: error: name is required on create: the API makes no VoiceOutTrunk without it\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_condition_on_a_relationship_names_its_option_on_create_and_update(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    sets = ["--set", "allow_any_did_as_cli=true", "--set", f"dids_ids={SEED.did_us}"]
    created = cli(
        "voice-out-trunks", "create", "--set", "name=Out", "--set",
        f"authentication_method={IP_ONLY}", *sets,
    )  # fmt: skip
    updated = cli("voice-out-trunks", "update", "any-trunk-id", *sets)
    for result in (created, updated):
        assert result.code == 2
        assert result.err == (
            "didww: error: dids_ids must be empty while allow_any_did_as_cli is true\n"
        )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_condition_on_an_attribute_names_the_attribute(cli: Runner, sim: Simulator) -> None:
    sim.requests.clear()
    result = cli(
        "identities", "create", "--set", "identity_type=business", "--set", "first_name=Ada",
        "--set", "last_name=Lovelace", "--set", "phone_number=442071234567",
        "--set", f"country_id={SEED.country_gb}",
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: company_name is required while identity_type is business\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent
